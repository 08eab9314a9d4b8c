import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '@socrehab/domain';
import { personSearchKey } from '@socrehab/domain';
import { loadConfig, type Config } from '../config';
import { buildApp } from '../app/build-app';
import type { Database } from '../db/database';
import { createTestDatabase } from '../db/test-database';
import { caseTeamMembers, cases, dwellings, moveIns, organisations, personCodes, persons, serviceAgreements, users } from '../db/schema';
import { hashPassword } from '../modules/auth/passwords';

export const TEST_PASSWORD = 'Test-parole-123456';
export const TODAY = '2026-11-24';

/**
 * A small world written inline for HTTP tests: Rīga's social service, a provider with a manager, two
 * social workers and a mentor, a second provider, a funder, and three persons:
 * - anna: registered by Rīga, a Housing First client of the provider with sw1 and the mentor on her team;
 * - peteris: registered by Rīga, no case;
 * - other: registered by the second provider.
 */
export async function createTestWorld(overrides: Partial<Config> = {}) {
  const database = await createTestDatabase();
  const { db } = database;
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const org = async (name: string, kind: string, municipalityAtvk: string | null = null) =>
    (await db.insert(organisations).values({ name, kind, municipalityAtvk }).returning())[0]!;
  const riga = await org('Rīgas sociālais dienests', 'municipal_social_service', '0001000');
  const provider = await org('Biedrība „Mājas ceļš”', 'service_provider');
  const otherProvider = await org('Cits sniedzējs', 'service_provider');
  const funder = await org('Fonds', 'funder');
  const housing = await org('Rīgas namu pārvaldnieks', 'housing_provider', '0001000');
  const liepaja = await org('Liepājas sociālais dienests', 'municipal_social_service', '0005000');
  await db.insert(serviceAgreements).values({ providerOrganisationId: provider.id, programmeCode: 'housing_first', municipalityAtvk: '0001000', validFrom: '2022-09-01' });

  const user = async (email: string, organisationId: string, roles: Role[]) =>
    (await db.insert(users).values({ email, organisationId, roles, displayName: email.split('@')[0]!, passwordHash }).returning())[0]!;
  const u = {
    manager: await user('manager@test.lv', provider.id, ['manager']),
    sw1: await user('sw1@test.lv', provider.id, ['social_worker']),
    sw2: await user('sw2@test.lv', provider.id, ['social_worker']),
    mentor: await user('mentor@test.lv', provider.id, ['social_mentor']),
    municipal: await user('riga@test.lv', riga.id, ['municipal_social_worker']),
    funder: await user('funder@test.lv', funder.id, ['funder_analyst']),
    admin: await user('admin@test.lv', provider.id, ['administrator']),
    otherManager: await user('other@test.lv', otherProvider.id, ['manager']),
    housing: await user('housing@test.lv', housing.id, ['manager']),
    liepaja: await user('liepaja@test.lv', liepaja.id, ['municipal_social_worker']),
  };

  const person = async (givenNames: string, surnames: string, organisationId: string, createdBy: string, extra: Partial<typeof persons.$inferInsert> = {}) => {
    const [p] = await db.insert(persons).values({ givenNames, surnames, organisationId, createdBy, searchName: personSearchKey({ givenNames, surnames }), ...extra }).returning();
    if (p!.personalCode) await db.insert(personCodes).values({ personId: p!.id, organisationId, code: p!.personalCode, format: 'old' });
    return p!;
  };
  const p = {
    anna: await person('Anna', 'Bērziņa', riga.id, u.municipal.id, { birthDate: '1961-07-14', personalCode: '14076119428' }),
    peteris: await person('Pēteris', 'Kalniņš', riga.id, u.municipal.id, { birthDate: '1938-06-28' }),
    other: await person('Ilze', 'Ozola', otherProvider.id, u.otherManager.id),
  };
  const [annasCase] = await db.insert(cases).values({ organisationId: provider.id, personId: p.anna.id, municipalityAtvk: '0001000', programme: 'housing_first', openedOn: '2026-01-10', caseNumber: 'MV-2026-0001' }).returning();
  await db.insert(caseTeamMembers).values([
    { caseId: annasCase!.id, organisationId: provider.id, userId: u.sw1.id, teamRole: 'social_worker', fromDate: '2026-01-10' },
    { caseId: annasCase!.id, organisationId: provider.id, userId: u.mentor.id, teamRole: 'social_mentor', fromDate: '2026-01-10' },
  ]);

  const config: Config = { ...loadConfig({}), DEMO: 'off', ...overrides };
  const now = () => new Date(`${TODAY}T10:00:00Z`);
  const app = await buildApp({ db, config, now }, { serveWeb: false });
  return { database, db, app, config, orgs: { riga, provider, otherProvider, funder, housing, liepaja }, users: u, persons: p, cases: { annasCase: annasCase! }, close: () => closeWorld(app, database) };
}

type World = Awaited<ReturnType<typeof createTestWorld>>;

/**
 * A Housing First case of the provider in Rīga, opened on 20.02.2026 with sw1 and the mentor on the
 * team, whose person has moved into a dwelling of their own (default on 01.03.2026).
 */
export async function createMovedInCase(world: World, givenNames: string, surnames: string,
  options: { movedInOn?: string; person?: Partial<typeof persons.$inferInsert>; caseNumber?: string | null } = {}) {
  const movedInOn = options.movedInOn ?? '2026-03-01';
  const [p] = await world.db.insert(persons).values({ givenNames, surnames, organisationId: world.orgs.riga.id, createdBy: world.users.municipal.id, searchName: personSearchKey({ givenNames, surnames }), ...options.person }).returning();
  const [c] = await world.db.insert(cases).values({ organisationId: world.orgs.provider.id, personId: p!.id, municipalityAtvk: '0001000', programme: 'housing_first', openedOn: '2026-02-20', caseNumber: options.caseNumber ?? null }).returning();
  await world.db.insert(caseTeamMembers).values([
    { caseId: c!.id, organisationId: world.orgs.provider.id, userId: world.users.sw1.id, teamRole: 'social_worker', fromDate: '2026-02-20' },
    { caseId: c!.id, organisationId: world.orgs.provider.id, userId: world.users.mentor.id, teamRole: 'social_mentor', fromDate: '2026-02-20' },
  ]);
  const [d] = await world.db.insert(dwellings).values({
    organisationId: world.orgs.housing.id, municipalityAtvk: '0001000', address: `${surnames} iela 1, Rīga`, addressFolded: 'x', source: 'municipal_fund', landlord: 'Rīga',
    rooms: 1, floor: 1, hasLift: false, accessible: false, petsAllowed: false, amenities: {}, rentCents: 10000, utilitiesCents: 5000, status: 'occupied', createdBy: world.users.manager.id,
  }).returning();
  await world.db.insert(moveIns).values({
    organisationId: world.orgs.provider.id, caseId: c!.id, dwellingId: d!.id, movedInOn, accompaniedBy: 'sw1', crisisAgreement: '-', spareKeyUseAllowed: true,
    equipmentExplained: true, nothingEssentialMissing: true, handoverItems: [], lease: { landlord: 'Rīga', startsOn: movedInOn, rentEuros: 100, signedBy: 'person', coPaymentEuros: null }, recordedBy: world.users.sw1.id,
  });
  return { personId: p!.id, caseId: c!.id };
}

async function closeWorld(app: FastifyInstance, database: Database) {
  await app.close();
  await database.close();
}

/** A signed-in HTTP client: sends the session cookie and the CSRF token like the web app does. */
let signIns = 0;
export async function signIn(app: FastifyInstance, email: string, language: 'lv' | 'en' = 'lv') {
  // each sign-in from its own address, so the per-address rate limit never trips a test
  const remoteAddress = `127.1.${Math.floor(++signIns / 250)}.${signIns % 250}`;
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { email, password: TEST_PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = `sid=${res.cookies.find((c) => c.name === 'sid')!.value}`;
  const csrf = res.json().csrfToken as string;
  const request = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown): Promise<LightMyRequestResponse> =>
    app.inject({
      method, url, headers: { cookie, 'x-csrf-token': csrf, 'accept-language': language },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
  return {
    cookie, csrf,
    get: (url: string) => request('GET', url),
    post: (url: string, payload: unknown = {}) => request('POST', url, payload),
    put: (url: string, payload: unknown) => request('PUT', url, payload),
    delete: (url: string) => request('DELETE', url),
  };
}

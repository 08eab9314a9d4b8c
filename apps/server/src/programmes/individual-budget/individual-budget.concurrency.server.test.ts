import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { personSearchKey } from '@socrehab/domain';
import { IB_SERVICES } from '@socrehab/domain/programmes/individual-budget/index';
import { cases, ibCatalogue, ibPlanVersions, persons } from '../../db/schema';
import { createTestWorld, signIn } from '../../test/test-world';

/**
 * IB-1, IB-3 the writes two workers can hit at once, on the PostgreSQL server (PGlite serialises every
 * transaction): two plan versions made against the same version — one is saved, the other gets 409 and
 * the versions stay 1, 2, 3 … with no gap or twin; two openings for one person — one case, the other 409.
 */
const PAIRS = 6;
const BASE = '/api/individual-budget';
let world: Awaited<ReturnType<typeof createTestWorld>>;
type Client = Awaited<ReturnType<typeof signIn>>;
let a: Client, b: Client;

const insertPerson = async (givenNames: string) => (await world.db.insert(persons).values({
  givenNames, surnames: 'Vienlaicīga', organisationId: world.orgs.riga.id, createdBy: world.users.municipal.id, birthDate: '1990-05-05', searchName: personSearchKey({ givenNames, surnames: 'Vienlaicīga' }),
}).returning())[0]!;
const opening = (personId: string) => ({ personId, municipalityAtvk: '0001000', pilot: 'adults_mental_disorders', referredOn: '2026-05-10', openedOn: '2026-05-20', representative: 'person', caseManagerUserId: world.users.municipal.id });
const tag = (n: number) => String.fromCharCode(65 + n);
const version = (expectedVersion: number, reason: string) => ({
  expectedVersion, validFrom: '2026-06-01', reason, agreedBy: 'person', agreedOn: '2026-06-01',
  lines: [{ service: 'support_person', providerName: 'Biedrība „Atbalsts”', perMonth: 8, schedule: 'Pirmdienās' }],
});

beforeAll(async () => {
  world = await createTestWorld();
  await world.db.insert(ibCatalogue).values(IB_SERVICES.map((service) => ({ municipalityAtvk: '0001000', service, unitPriceCents: 2_000, nearestKm: 1, shortage: false })));
  a = await signIn(world.app, 'riga@test.lv');
  b = await signIn(world.app, 'riga@test.lv');
});
afterAll(() => world?.close());

describe.skipIf(!process.env.TEST_DATABASE_URL)('IB-1, IB-3 two workers at once (PostgreSQL server)', () => {
  it('IB-3 two plan versions made against the same version: one saved, the other 409; the versions have no gap and no twin', async () => {
    const opened = await a.post(`${BASE}/cases`, opening((await insertPerson('Plāns')).id));
    expect(opened.statusCode, opened.body).toBe(201);
    const caseId = opened.json().caseId as string;
    for (let i = 0; i < PAIRS; i++) {
      const [x, y] = await Promise.all([a.post(`${BASE}/cases/${caseId}/plan-versions`, version(i, `Pirmais ${tag(i)}`)), b.post(`${BASE}/cases/${caseId}/plan-versions`, version(i, `Otrais ${tag(i)}`))]);
      expect([x.statusCode, y.statusCode].sort(), `${x.body} ${y.body}`).toEqual([201, 409]);
      const loser = x.statusCode === 409 ? x : y;
      expect(loser.json().error.code).toBe('ib.plan_version_changed');
    }
    const versions = await world.db.select({ version: ibPlanVersions.version }).from(ibPlanVersions).where(eq(ibPlanVersions.caseId, caseId));
    expect(versions.map((v) => v.version).sort((p, q) => p - q)).toEqual(Array.from({ length: PAIRS }, (_, i) => i + 1));
  });

  it('IB-1 two openings for one person at once: one case, the other 409 at the person', async () => {
    for (let i = 0; i < PAIRS; i++) {
      const person = await insertPerson(`Divreiz${tag(i)}`);
      const [x, y] = await Promise.all([a.post(`${BASE}/cases`, opening(person.id)), b.post(`${BASE}/cases`, opening(person.id))]);
      expect([x.statusCode, y.statusCode].sort(), `${x.body} ${y.body}`).toEqual([201, 409]);
      const open = await world.db.select({ id: cases.id }).from(cases).where(eq(cases.personId, person.id));
      expect(open).toHaveLength(1);
    }
  });
});

import { count } from 'drizzle-orm';
import { addDays, isoDayInRiga, personSearchKey, type Role } from '@socrehab/domain';
import { MUNICIPALITIES } from '@socrehab/domain/reference/municipalities';
import type { Deps } from '../../app/context';
import type { Tx } from '../../db/database';
import { SERVER_PROGRAMMES, serverProgrammeOf } from '../../programmes/registry';
import { caseTeamMembers, cases, households, organisations, personCodes, personRelations, persons, users } from '../../db/schema';
import { appendAuditEvent } from '../audit/audit.repository';
import { diffFields } from '../audit/audit.events';
import { hashPassword } from '../auth/passwords';
import { FEMALE_GIVEN, MALE_GIVEN, newPersonalCode, oldPersonalCode, SURNAMES, seededRandom } from './latvian-names';

/** The password of every demo account (README). Demo accounts sign in only while DEMO=on. */
export const DEMO_PASSWORD = 'Demo-parole-2026';

const atvkOf = (nameLv: string) => MUNICIPALITIES.find((m) => m.nameLv === nameLv)!.atvk;

/** The demo organisations and one account per role; e-mail → [organisation key, name, roles]. */
export const DEMO_USERS: Record<string, [string, string, Role[]]> = {
  'admin@demo.lv': ['provider', 'Aija Administratore', ['administrator']],
  'vaditaja@demo.lv': ['provider', 'Vita Vadītāja', ['manager']],
  'socdarbs@demo.lv': ['provider', 'Sandis Sociālais', ['social_worker']],
  'socdarbs2@demo.lv': ['provider', 'Santa Sociālā', ['social_worker']],
  'mentors@demo.lv': ['provider', 'Miks Mentors', ['social_mentor']],
  'psihologs@demo.lv': ['provider', 'Paula Psiholoģe', ['specialist']],
  'riga@demo.lv': ['riga', 'Rita Rīdziniece', ['municipal_social_worker']],
  'liepaja@demo.lv': ['liepaja', 'Laila Liepājniece', ['municipal_social_worker']],
  'valmiera@demo.lv': ['valmiera', 'Valts Valmierietis', ['municipal_social_worker']],
  'finansetajs@demo.lv': ['funder', 'Franciska Finansētāja', ['funder_analyst']],
  'planotajs@demo.lv': ['region', 'Pauls Plānotājs', ['planner']],
  'majokli@demo.lv': ['housing', 'Māra Mājokle', ['manager']],
};

/**
 * Creates the demo world on an empty database; does nothing if any organisation exists. The people
 * registry is written directly; each programme's demo hook writes its own journeys through the real use cases. Every date of
 * a living case counts from the day of `deps.now()` (issue 12), so the world is alive whenever it is made.
 */
export async function seedDemoWorld(deps: Deps): Promise<boolean> {
  const { db } = deps;
  const now = deps.now();
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(organisations);
  if (n > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const orgs = await insertOrganisations(tx);
    const userIds: Record<string, string> = {};
    for (const [email, [org, displayName, roles]] of Object.entries(DEMO_USERS)) {
      const [u] = await tx.insert(users).values({ organisationId: orgs[org]!, email, displayName, roles, passwordHash, isDemo: true }).returning({ id: users.id });
      userIds[email] = u!.id;
    }
    await insertPersons(tx, orgs, userIds, now);
  });
  // each registered programme's demo part (Housing First's: its applicants, offers and served cases)
  for (const programme of SERVER_PROGRAMMES) await programme.demo?.(deps, serverProgrammeOf);
  return true;
}

async function insertOrganisations(tx: Tx) {
  const rows = [
    { key: 'riga', name: 'Rīgas valstspilsētas pašvaldības Labklājības departaments', kind: 'municipal_social_service', municipalityAtvk: atvkOf('Rīga'), regionCode: 'riga' },
    { key: 'liepaja', name: 'Liepājas valstspilsētas pašvaldības Sociālais dienests', kind: 'municipal_social_service', municipalityAtvk: atvkOf('Liepāja'), regionCode: 'kurzeme' },
    { key: 'valmiera', name: 'Valmieras novada pašvaldības Sociālais dienests', kind: 'municipal_social_service', municipalityAtvk: atvkOf('Valmieras novads'), regionCode: 'vidzeme' },
    { key: 'provider', name: 'Biedrība „Mājas ceļš”', kind: 'service_provider', municipalityAtvk: null, regionCode: null },
    { key: 'housing', name: 'SIA „Rīgas namu pārvaldnieks”', kind: 'housing_provider', municipalityAtvk: atvkOf('Rīga'), regionCode: 'riga' },
    { key: 'funder', name: 'Sabiedrības integrācijas fonds', kind: 'funder', municipalityAtvk: null, regionCode: null },
    { key: 'region', name: 'Rīgas plānošanas reģions', kind: 'planning_region', municipalityAtvk: null, regionCode: 'riga' },
  ];
  const ids: Record<string, string> = {};
  for (const { key, ...row } of rows) {
    const [o] = await tx.insert(organisations).values(row).returning({ id: organisations.id });
    ids[key] = o!.id;
  }
  return ids;
}

const WHEREABOUTS = ['no_fixed_residence', 'shelter', 'shelter', 'no_fixed_residence', 'declared_address', 'other_address', 'institution'] as const;

/** ~60 persons in families; about half have a Housing First case at the provider with a team. */
async function insertPersons(tx: Tx, orgs: Record<string, string>, userIds: Record<string, string>, now: Date) {
  const random = seededRandom(2026);
  const municipalities = [
    { org: 'riga', atvk: atvkOf('Rīga'), worker: 'riga@demo.lv' },
    { org: 'liepaja', atvk: atvkOf('Liepāja'), worker: 'liepaja@demo.lv' },
    { org: 'valmiera', atvk: atvkOf('Valmieras novads'), worker: 'valmiera@demo.lv' },
  ];
  let serial = 100;
  let personCount = 0;
  let registered = 0;
  const today = isoDayInRiga(now);
  const sequenceOfYear: Record<string, number> = {};

  const addPerson = async (m: (typeof municipalities)[number], female: boolean, surname: readonly [string, string], birthYear: number, householdId: string | null) => {
    const birthDate = `${birthYear}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    const codeKind = random.next();
    // many homeless clients have no documents at first; some already hold a new-format code
    const personalCode = codeKind < 0.15 ? null : codeKind < 0.25 ? newPersonalCode(serial * 7919) : oldPersonalCode(birthDate, serial);
    serial++;
    const fields = {
      givenNames: random.pick(female ? FEMALE_GIVEN : MALE_GIVEN),
      surnames: surname[female ? 1 : 0],
      personalCode,
      birthDate: codeKind < 0.15 && random.next() < 0.3 ? null : birthDate,
      gender: female ? 'female' : 'male',
      languages: random.next() < 0.3 ? ['lv', 'ru'] : ['lv'],
      phone: random.next() < 0.7 ? `+371 2${random.int(1000000, 9999999)}` : null,
      email: null,
      declaredAddress: random.next() < 0.5 ? `${random.pick(['Brīvības iela', 'Lāčplēša iela', 'Rīgas iela', 'Zvejnieku iela', 'Stacijas iela'])} ${random.int(1, 120)}-${random.int(1, 40)}` : null,
      whereaboutsKind: random.pick(WHEREABOUTS),
      whereabouts: null,
      notes: null,
    };
    const createdBy = userIds[m.worker]!;
    const [p] = await tx
      .insert(persons)
      .values({ ...fields, organisationId: orgs[m.org]!, householdId, searchName: personSearchKey(fields), createdBy })
      .returning({ id: persons.id });
    if (personalCode) await tx.insert(personCodes).values({ personId: p!.id, organisationId: orgs[m.org]!, code: personalCode, format: personalCode.startsWith('32') ? 'new' : 'old' });
    await appendAuditEvent(tx, { actorUserId: createdBy, actorOrganisationId: orgs[m.org]!, requestId: 'demo-seed', clientAddress: null }, {
      action: 'create', entityType: 'person', entityId: p!.id, personId: p!.id, changes: diffFields(null, fields),
    }, now);
    personCount++;
    return p!.id;
  };

  while (personCount < 60) {
    const m = municipalities[personCount % 3]!;
    const surname = random.pick(SURNAMES);
    const female = random.next() < 0.4;
    const family = random.next() < 0.45;
    const householdId = family
      ? (await tx.insert(households).values({ organisationId: orgs[m.org]! }).returning({ id: households.id }))[0]!.id
      : null;
    const headId = await addPerson(m, female, surname, random.int(1955, 1998), householdId);
    if (family) {
      const partnerId = await addPerson(m, !female, surname, random.int(1955, 1998), householdId);
      await tx.insert(personRelations).values({ organisationId: orgs[m.org]!, personId: headId, relatedPersonId: partnerId, kind: 'partner', createdBy: userIds[m.worker]! });
      for (let c = random.int(0, 2); c > 0; c--) {
        const childId = await addPerson(m, random.next() < 0.5, surname, random.int(2008, 2020), householdId);
        await tx.insert(personRelations).values({ organisationId: orgs[m.org]!, personId: childId, relatedPersonId: headId, kind: 'parent', createdBy: userIds[m.worker]! });
      }
    }
    // some heads of household are already in the provider's case register, opened in the past year, not yet moved in
    // (the served cases are written through the use cases by Housing First's demo hook, programmes/housing-first/demo); the second social worker leads them
    if (random.next() < 0.55 && registered < 6) {
      registered++;
      const openedOn = addDays(today, -random.int(20, 330));
      const year = openedOn.slice(0, 4);
      sequenceOfYear[year] = (sequenceOfYear[year] ?? 0) + 1;
      const [c] = await tx
        .insert(cases)
        .values({ organisationId: orgs.provider!, personId: headId, municipalityAtvk: m.atvk, programme: 'housing_first', caseNumber: `MV-${year}-${String(sequenceOfYear[year]).padStart(4, '0')}`, openedOn })
        .returning({ id: cases.id });
      await tx.insert(caseTeamMembers).values({ caseId: c!.id, organisationId: orgs.provider!, userId: userIds['socdarbs2@demo.lv']!, teamRole: 'social_worker', fromDate: openedOn });
      if (random.next() < 0.25) {
        await tx.insert(caseTeamMembers).values({ caseId: c!.id, organisationId: orgs.provider!, userId: userIds['psihologs@demo.lv']!, teamRole: 'specialist', fromDate: openedOn });
      }
    }
  }
}

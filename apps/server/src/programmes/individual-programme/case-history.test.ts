import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personSearchKey } from '@socrehab/domain';
import { auditLog, cases, dwellings, evaluations, households, ipCases, ipCoPayments, ipCosts, ipRecipients, ipServiceDeliveries, ipServiceLines, persons, serviceAgreements } from '../../db/schema';
import { createTestWorld, signIn } from '../../test/test-world';
import { sampleHistory, sampleHistoryV2 } from '../../modules/case-history/case-history.fixture';

/**
 * Issue 12 — an Individual Programme case's history in the case-history format: a family's case, its
 * plan's lines with a dwelling, deliveries, costs, the co-payment, a satisfaction survey and the ending,
 * recorded through the API, exported, imported into an empty database and exported again (IP-1 – IP-5).
 * Today in the test world is 24.11.2026.
 */
type World = Awaited<ReturnType<typeof createTestWorld>>;
type Client = Awaited<ReturnType<typeof signIn>>;
let world: World;
let empty: World;
let manager: Client;
let caseId: string;
let exported: string;
const BASE = '/api/individual-programme';
const IP_HEADER = '{"format":"socrehab.case-history","version":2,"programme":"individual_programme"}';

const importInto = (w: World, client: Client, text: string, query = '') =>
  w.app.inject({ method: 'POST', url: `/api/case-history/import${query}`, headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': 'application/x-ndjson', 'accept-language': 'en' }, payload: text });
const withIpAgreement = (w: World) =>
  w.db.insert(serviceAgreements).values({ providerOrganisationId: w.orgs.provider.id, programmeCode: 'individual_programme', municipalityAtvk: '0001000', validFrom: '2020-01-01' });
const ok = <T extends { statusCode: number; body: string }>(res: T, status = 200): T => { expect(res.statusCode, res.body).toBe(status); return res; };

beforeAll(async () => {
  world = await createTestWorld();
  await withIpAgreement(world);
  manager = await signIn(world.app, 'manager@test.lv', 'en');
  const riga = await signIn(world.app, 'riga@test.lv');
  // IP-1 a family: the mother and her child receive the service, the grandmother does not
  const [h] = await world.db.insert(households).values({ organisationId: world.orgs.riga.id }).returning();
  const member = async (givenNames: string, birthDate: string, personalCode: string | null = null) => (await world.db.insert(persons).values({
    givenNames, surnames: 'Kļaviņa', organisationId: world.orgs.riga.id, createdBy: world.users.municipal.id, householdId: h!.id, birthDate, personalCode, searchName: personSearchKey({ givenNames, surnames: 'Kļaviņa' }),
  }).returning())[0]!.id;
  const mother = await member('Inese', '1988-05-17');
  const child = await member('Roberts', '2017-02-09');
  await member('Velta', '1951-11-30');
  const [dwelling] = await world.db.insert(dwellings).values({
    organisationId: world.orgs.provider.id, municipalityAtvk: '0001000', address: 'Lāčplēša iela 71-4, Rīga', addressFolded: 'lacplesa iela 71-4, riga', source: 'municipal_fund',
    landlord: 'Rīgas valstspilsētas pašvaldība', rooms: 2, floor: 1, hasLift: false, accessible: true, petsAllowed: false,
    amenities: { water: true, heating: true, electricity: true, hotWater: true, furniture: true }, rentCents: 18000, utilitiesCents: 9000, notes: '<b>"pēdiņas"</b>', status: 'occupied', createdBy: world.users.manager.id,
  }).returning();

  const opened = ok(await riga.post(`${BASE}/cases`, {
    personId: mother, household: { householdId: h!.id, recipientIds: [mother, child] }, municipalityAtvk: '0001000', targetGroup: 'families_parents_mental_disorders',
    decidedOn: '2026-02-27', openedOn: '2026-03-02', communityServicesConsidered: 'Dienas centrs; ģimenes asistents', unmetNeedReason: 'Ģimenes vajadzības nevar apmierināt ar esošajiem pakalpojumiem (IP-1)\notrā rinda',
    servicePlace: 'programme_housing', agreementEndsOn: '2027-03-01', caseManagerUserId: world.users.sw1.id,
  }), 201);
  caseId = opened.json().caseId;
  const on = (path: string) => `${BASE}/cases/${caseId}${path}`;
  const housing = ok(await manager.post(on('/service-lines'), { line: 'housing', unit: 'days', plannedPerMonth: 30, fromMonth: '2026-03', dwellingId: dwelling!.id }), 201).json();
  const skills = ok(await manager.post(on('/service-lines'), { line: 'skills_support', skillAreas: ['raising_children', 'budgeting'], unit: 'hours', plannedPerMonth: 8.5, fromMonth: '2026-03', toMonth: '2026-12', note: 'Ar psihologu' }), 201).json();
  ok(await manager.post(on('/service-lines'), { line: 'consultations', unit: 'times', plannedPerMonth: 4, fromMonth: '2026-04' }), 201);
  ok(await manager.put(on(`/service-lines/${housing.id}/deliveries`), { month: '2026-03', delivered: 30 }));
  ok(await manager.put(on(`/service-lines/${skills.id}/deliveries`), { month: '2026-04', delivered: 6.5, note: 'Viena nodarbība atcelta' }));
  ok(await manager.put(on('/costs'), { month: '2026-03', kind: 'staff', plannedCents: 250000, actualCents: 248010 }));
  ok(await manager.put(on('/costs'), { month: '2026-03', kind: 'housing', plannedCents: 27000, actualCents: null }));
  ok(await manager.put(on('/co-payment'), { effectiveFrom: '2026-04', rentCents: 3000, managementCents: 500, electricityCents: 1250, gasCents: 0, utilitiesCents: 2000, basis: 'Pēc novērtējuma un plāna (IP-3)', assessedOn: '2026-03-20' }));
  ok(await manager.post(`/api/cases/${caseId}/evaluations`, { instrument: 'client_satisfaction', recordedOn: '2026-09-15', score: 4, answers: { safe: 5, comment: 'Paldies' }, note: 'Gada aptauja (IP-5)' }), 201);
  ok(await manager.post(on('/ending'), { endedOn: '2026-10-30', reason: 'goals_reached', note: 'Mērķi sasniegti' }));
  exported = ok(await manager.get(`/api/cases/${caseId}/history.jsonl`)).body;
  empty = await createTestWorld();
  await withIpAgreement(empty);
}, 120_000);
afterAll(async () => { await world.close(); await empty.close(); });

const types = (text: string) => text.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { type?: string }).type ?? 'header');

describe('an Individual Programme case in the case-history format (issue 12; IP-1 – IP-5)', () => {
  it('exports the case with a header naming the programme, and every fact the programme records', () => {
    expect(exported.split('\n')[0]).toBe(IP_HEADER);
    expect(types(exported)).toEqual([
      'header', 'person', 'person', 'dwelling', 'ip_case', 'ip_recipient', 'ip_recipient', 'ip_team_member',
      'ip_service_line', 'ip_service_line', 'ip_service_line', 'ip_service_delivery', 'ip_service_delivery', 'ip_cost', 'ip_cost', 'ip_co_payment', 'evaluation', 'ip_ending',
    ]);
    const theCase = JSON.parse(exported.split('\n').find((l) => l.includes('"type":"ip_case"'))!);
    expect(theCase).toMatchObject({
      targetGroup: 'families_parents_mental_disorders', decidedOn: '2026-02-27', openedOn: '2026-03-02', servicePlace: 'programme_housing', agreementEndsOn: '2027-03-01',
      decidedBy: 'riga@test.lv', caseManager: 'sw1@test.lv', caseNumber: 'IP-2026-0001', communityServicesConsidered: 'Dienas centrs; ģimenes asistents',
    });
    expect(exported).toContain('"type":"ip_ending","id":"' + caseId + '","endedOn":"2026-10-30","reason":"goals_reached","note":"Mērķi sasniegti"');
    expect(exported).toContain('"skillAreas":["raising_children","budgeting"]');
    // the grandmother receives no service: she is not in the case's history
    expect(exported).not.toContain('Velta');
  });

  it('round trip: export → import into an empty database → export gives the same text; a second import is a no-op', async () => {
    const emptyManager = await signIn(empty.app, 'manager@test.lv', 'en');
    const dry = ok(await importInto(empty, emptyManager, exported, '?dryRun=true'));
    expect(dry.json()).toMatchObject({ dryRun: true, created: 17, unchanged: 0 });
    const res = ok(await importInto(empty, emptyManager, exported), 201);
    expect(res.json()).toMatchObject({ created: 17, unchanged: 0, createdByType: { person: 2, dwelling: 1, ip_case: 1, ip_recipient: 2, ip_service_line: 3, evaluation: 1, ip_ending: 1 } });
    const again = ok(await emptyManager.get(`/api/cases/${caseId}/history.jsonl`)).body;
    expect(again).toBe(exported);

    // the case closed on its ending, at the importing provider under its agreement; the family's household with its receiving members
    const [theCase] = await empty.db.select().from(cases).where(eq(cases.id, caseId));
    expect(theCase).toMatchObject({ status: 'closed', closedOn: '2026-10-30', programme: 'individual_programme', organisationId: empty.orgs.provider.id });
    const [ip] = await empty.db.select().from(ipCases).where(eq(ipCases.caseId, caseId));
    expect(ip).toMatchObject({ endingReason: 'goals_reached', decidedBy: empty.users.municipal.id });
    const members = await empty.db.select().from(persons).where(eq(persons.householdId, ip!.householdId!));
    expect(members).toHaveLength(2);
    expect((await empty.db.select({ n: count() }).from(auditLog).where(eq(auditLog.entityId, caseId)))[0]!.n).toBeGreaterThan(0);

    const tables = [ipRecipients, ipServiceLines, ipServiceDeliveries, ipCosts, ipCoPayments, evaluations, persons, households, dwellings, auditLog] as const;
    const counts = async () => Promise.all(tables.map(async (t) => (await empty.db.select({ n: count() }).from(t))[0]!.n));
    const before = await counts();
    const second = ok(await importInto(empty, emptyManager, exported), 201);
    expect(second.json()).toMatchObject({ created: 0, unchanged: 17 });
    expect(await counts()).toEqual(before);
    // and into the database it came from: everything already there
    expect(ok(await importInto(world, manager, exported), 201).json()).toMatchObject({ created: 0, unchanged: 17 });
  });

  it('the organisation export names the programme asked (default Housing First)', async () => {
    const all = ok(await manager.get('/api/case-history/export.jsonl?programme=individual_programme')).body;
    expect(all).toBe(exported);
    expect(ok(await manager.get('/api/case-history/export.jsonl')).body.split('\n')[0]).toBe('{"format":"socrehab.case-history","version":2,"programme":"housing_first"}');
    expect((await manager.get('/api/case-history/export.jsonl?programme=family_support')).statusCode).toBe(400);
  });

  it('Housing First version-1 and version-2 files still import beside it', async () => {
    const emptyManager = await signIn(empty.app, 'manager@test.lv', 'en');
    expect(ok(await importInto(empty, emptyManager, sampleHistory()), 201).json()).toMatchObject({ created: 23 });
    expect(ok(await importInto(empty, emptyManager, sampleHistoryV2()), 201).json()).toMatchObject({ created: 29 });
  });
});

describe('an IP file is refused with the line, the field and the reason, and nothing is written', () => {
  const lines = () => exported.split('\n').filter(Boolean);
  /** The index of a type's line: its nth, or the one containing a text (lines of the same day are ordered by their random ids). */
  const at = (type: string, which: number | string = 0) => {
    const own = lines().map((l, i) => [l, i] as const).filter(([l]) => l.includes(`"type":"${type}"`));
    return (typeof which === 'number' ? own[which] : own.find(([l]) => l.includes(which)))![1];
  };
  /** The exported file under new ids (a new case in the same world), with fields of some lines changed. */
  const edited = (edits: Array<[type: string, which: number | string, fields: Record<string, unknown>]>, extra: string[] = []) => {
    const out = lines();
    for (const [type, nth, fields] of edits) out[at(type, nth)] = JSON.stringify({ ...JSON.parse(out[at(type, nth)]!), ...fields });
    return [...out, ...extra].join('\n').replace(/"caseNumber":"IP-2026-0001"/, '"caseNumber":"IP-2026-0900"').replace(/-[0-9a-f]{12}"/g, (m) => `${m.slice(0, -5)}beef"`);
  };
  const errorsOf = async (text: string) => {
    const before = (await world.db.select({ n: count() }).from(ipServiceLines))[0]!.n;
    const res = await importInto(world, manager, text);
    expect(res.statusCode).toBe(400);
    expect((await world.db.select({ n: count() }).from(ipServiceLines))[0]!.n).toBe(before);
    const errors = res.json().error.details.errors as Array<{ line: number; field: string; code: string; message: string }>;
    expect(errors.every((e) => e.message && e.message !== e.code)).toBe(true);
    return errors.map((e) => `${e.line}:${e.field}:${e.code}`);
  };

  it('a programme the format does not carry', async () => {
    expect(await errorsOf([IP_HEADER.replace('individual_programme', 'family_support'), ...lines().slice(1)].join('\n'))).toContain('1:programme:housing.caseHistory.errors.unknownProgramme');
  });

  it('a record of the other programme, either way', async () => {
    const hfCase = sampleHistory().split('\n')[5]!;
    expect(await errorsOf(edited([], [hfCase]))).toContain(`${lines().length + 1}:type:housing.caseHistory.errors.otherProgramme`);
    const hf = sampleHistoryV2().split('\n');
    expect(await errorsOf([...hf.slice(0, 3), lines()[at('ip_cost')]!].join('\n'))).toContain('4:type:housing.caseHistory.errors.otherProgramme');
  });

  it('a fact before the opening, after the ending, or in the future', async () => {
    const errors = await errorsOf(edited([
      ['evaluation', 0, { recordedOn: '2026-03-01' }],
      ['ip_service_delivery', 0, { month: '2026-02' }],
      ['ip_cost', 0, { month: '2026-11' }],
      ['ip_recipient', 1, { toDate: '2026-10-31' }],
      ['ip_co_payment', 0, { assessedOn: '2026-11-25' }],
      ['ip_case', 0, { decidedOn: '2026-03-03' }],
    ]));
    const line = (type: string, which: number | string = 0) => at(type, which) + 1;
    expect(errors).toEqual(expect.arrayContaining([
      `${line('evaluation')}:recordedOn:validation.beforeCaseOpened`,
      `${line('ip_service_delivery')}:month:ip.errors.monthOutsideCase`,
      `${line('ip_cost')}:month:ip.errors.monthOutsideCase`,
      `${line('ip_recipient', 1)}:toDate:validation.afterCaseClosed`,
      `${line('ip_co_payment')}:assessedOn:validation.dateInFuture`,
      `${line('ip_case')}:openedOn:ip.errors.openedBeforeDecision`,
    ]));
    const future = await errorsOf(edited([['ip_ending', 0, { endedOn: '2026-11-25' }], ['evaluation', 0, { recordedOn: '2026-11-25' }]]));
    expect(future).toEqual(expect.arrayContaining([`${line('ip_ending')}:endedOn:validation.dateInFuture`, `${line('evaluation')}:recordedOn:validation.dateInFuture`]));
  });

  it('a dangling reference, a line refused as the form refuses it, a survey off its scale, an unknown worker', async () => {
    const line = (type: string, which: number | string = 0) => at(type, which) + 1;
    const errors = await errorsOf(edited([
      ['ip_service_delivery', 1, { serviceLineId: '9d1d2f7e-0000-4000-8000-000000000000' }],
      ['ip_recipient', 0, { personId: '9d1d2f7e-0000-4000-8000-000000000001' }],
      ['ip_service_line', '"line":"skills_support"', { dwellingId: '9d1d2f7e-0000-4000-8000-000000000002' }],
      ['ip_service_line', '"line":"consultations"', { unit: 'days' }],
      ['evaluation', 0, { score: 7 }],
      ['ip_cost', 1, { recordedBy: 'ghost@test.lv' }],
    ]));
    expect(errors).toEqual(expect.arrayContaining([
      `${line('ip_service_delivery', 1)}:serviceLineId:housing.caseHistory.errors.unknownReference`,
      `${line('ip_recipient')}:personId:housing.caseHistory.errors.unknownReference`,
      `${line('ip_service_line', '"line":"skills_support"')}:dwellingId:housing.caseHistory.errors.unknownReference`,
      `${line('ip_service_line', '"line":"skills_support"')}:dwellingId:ip.errors.dwellingOnlyForHousing`,
      `${line('ip_service_line', '"line":"consultations"')}:unit:ip.errors.unitNotForLine`,
      `${line('evaluation')}:score:validation.tooBig`,
      `${line('ip_cost', 1)}:recordedBy:housing.caseHistory.errors.unknownWorker`,
    ]));
  });

  it('a provider without an agreement with the municipality, and a changed record on re-import', async () => {
    const other = await signIn(world.app, 'other@test.lv', 'en');
    const res = await importInto(world, other, edited([]));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.errors).toContainEqual(expect.objectContaining({ line: at('ip_case') + 1, field: 'openedOn', code: 'ip.errors.noAgreement' }));
    const changed = lines();
    changed[at('ip_cost')] = JSON.stringify({ ...JSON.parse(changed[at('ip_cost')]!), plannedCents: 1 });
    const conflict = await importInto(world, manager, changed.join('\n'));
    expect(conflict.json().error.details.errors).toEqual([expect.objectContaining({ line: at('ip_cost') + 1, field: 'plannedCents', code: 'housing.caseHistory.errors.conflictsWithExisting' })]);
    expect(res.json().error.details.errors.map((e: { code: string }) => e.code)).toEqual(expect.arrayContaining(['housing.caseHistory.errors.unknownWorker']));
  });
});

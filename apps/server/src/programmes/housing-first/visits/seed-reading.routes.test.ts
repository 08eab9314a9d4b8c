import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { caseTeamMembers, cases, contacts, dwellings, persons, users } from '../../../db/schema';
import { createMovedInCase, createTestWorld, signIn } from '../../../test/test-world';
import { sampleHistory, SAMPLE_IDS } from '../../../modules/case-history/case-history.fixture';

/** Issue 11 §3: the Housing First rules as seed 004 reads them, through the API (HF-2.2, HF-2.7, HF-3.2.2, HF-3.3, HF-3.4.5). */

let world: Awaited<ReturnType<typeof createTestWorld>>;
type Client = Awaited<ReturnType<typeof signIn>>;
let sw1: Client, manager: Client;

beforeAll(async () => {
  world = await createTestWorld();
  sw1 = await signIn(world.app, 'sw1@test.lv');
  manager = await signIn(world.app, 'manager@test.lv');
});
afterAll(() => world.close());

const visit = (visitedOn: string, outcome: string) => ({ visitedOn, workerIds: [world.users.sw1.id], place: 'Mājās', outcome, hours: 0 });
const contact = (contactOn: string, hours: number) => ({ contactOn, kind: 'consultation', mode: 'in_person', hours });

describe('HF-2.7, HF-3.2.2 the inspection period agreed with the person', () => {
  it('is 15 days unless agreed otherwise, is set with the case’s version, and the escalation uses it', async () => {
    const { caseId } = await createMovedInCase(world, 'Inese', 'Ābele', { movedInOn: '2026-10-01' });
    expect((await sw1.post(`/api/cases/${caseId}/visits`, visit('2026-10-05', 'met'))).statusCode).toBe(201);
    expect((await sw1.post(`/api/cases/${caseId}/visits`, visit('2026-10-12', 'not_home_no_notice'))).statusCode).toBe(201);
    const summaryOn = async (asOf: string) => (await sw1.get(`/api/cases/${caseId}/service?asOf=${asOf}`)).json();
    expect(await summaryOn('2026-10-15')).toMatchObject({ inspectionAfterDays: 15, escalation: { level: 'unreachable_week' } });

    const { version } = (await sw1.get(`/api/cases/${caseId}`)).json().case;
    const set = await sw1.put(`/api/cases/${caseId}/inspection-period`, { inspectionAfterDays: 10, version });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ inspectionAfterDays: 10, version: version + 1 });
    // a save from the version before is a conflict, not a silent overwrite
    expect((await sw1.put(`/api/cases/${caseId}/inspection-period`, { inspectionAfterDays: 20, version })).statusCode).toBe(409);
    const outOfRange = await sw1.put(`/api/cases/${caseId}/inspection-period`, { inspectionAfterDays: 0, version: version + 1 });
    expect(outOfRange.statusCode).toBe(400);
    expect(outOfRange.json().error.fields.inspectionAfterDays.message).toContain('1');

    expect((await summaryOn('2026-10-14')).escalation.permitted).not.toContain('inspect_dwelling');
    expect(await summaryOn('2026-10-15')).toMatchObject({ inspectionAfterDays: 10, escalation: { level: 'unreachable_inspection' } });
    // the worklist reads the same period
    const item = (await sw1.get('/api/worklists/worker?asOf=2026-10-15')).json().items.find((i: { caseId: string; kind: string }) => i.caseId === caseId && i.kind === 'escalation');
    expect(item.escalation.level).toBe('unreachable_inspection');
    expect((await (await signIn(world.app, 'sw2@test.lv')).put(`/api/cases/${caseId}/inspection-period`, { inspectionAfterDays: 5, version: version + 1 })).statusCode).toBe(404);
  });
});

describe('HF-3.4.5 one log for all workers: the specialist and the municipal social worker on the team record in their own name', () => {
  it('accepts their contacts and work-log entries while on the team, and refuses them off it', async () => {
    const { caseId } = await createMovedInCase(world, 'Kārlis', 'Liepiņš');
    const [sw] = await world.db.select().from(users).where(eq(users.id, world.users.sw1.id));
    await world.db.insert(users).values({ email: 'psihologs@test.lv', organisationId: world.orgs.provider.id, roles: ['specialist'], displayName: 'psihologs', passwordHash: sw!.passwordHash });
    const [specialistUser] = await world.db.select().from(users).where(eq(users.email, 'psihologs@test.lv'));
    const specialist = await signIn(world.app, 'psihologs@test.lv');
    const municipal = await signIn(world.app, 'riga@test.lv');
    expect((await specialist.post(`/api/cases/${caseId}/contacts`, contact('2026-03-10', 1))).statusCode).toBe(404);

    await world.db.insert(caseTeamMembers).values([
      { caseId, organisationId: world.orgs.provider.id, userId: specialistUser!.id, teamRole: 'specialist', fromDate: '2026-03-05' },
      { caseId, organisationId: world.orgs.provider.id, userId: world.users.municipal.id, teamRole: 'municipal_social_worker', fromDate: '2026-03-05' },
    ]);
    const byPsychologist = await specialist.post(`/api/cases/${caseId}/contacts`, { ...contact('2026-03-10', 1), notes: 'Konsultācija' });
    expect(byPsychologist.statusCode).toBe(201);
    expect(byPsychologist.json().contact).toMatchObject({ workerId: specialistUser!.id, recordedBy: specialistUser!.id });
    const entry = await specialist.post(`/api/cases/${caseId}/work-log`, { on: '2026-03-10', done: 'Psihologa konsultācija', lifeDomains: ['health'] });
    expect(entry.statusCode).toBe(201);
    expect(entry.json().entry.authorId).toBe(specialistUser!.id);
    expect((await municipal.post(`/api/cases/${caseId}/contacts`, contact('2026-03-11', 0.5))).statusCode).toBe(201);
    expect((await municipal.post(`/api/cases/${caseId}/work-log`, { on: '2026-03-11', done: 'Pabalsta jautājumi', lifeDomains: ['finances'] })).statusCode).toBe(201);
    // before joining the team, no
    expect((await specialist.post(`/api/cases/${caseId}/work-log`, { on: '2026-03-04', done: 'Par agru' })).statusCode).toBe(403);
    // what only the social worker, mentor or manager does stays theirs
    expect((await specialist.post(`/api/cases/${caseId}/visits`, { ...visit('2026-03-12', 'met'), workerIds: [specialistUser!.id] })).statusCode).toBe(403);
    const log = (await sw1.get(`/api/cases/${caseId}/work-log`)).json().items;
    expect(log.map((i: { kind: string }) => i.kind)).toEqual(expect.arrayContaining(['entry', 'contact']));
    expect(log).toHaveLength(4);
  });
});

describe('HF-2.2 the 300 contact hours count per person across a re-application within the engagement', () => {
  it('adds the hours of the person’s ended case of the engagement, refuses beyond 300 and shows an imported excess', async () => {
    const first = await createMovedInCase(world, 'Rūta', 'Kļava', { movedInOn: '2026-03-01' });
    await world.db.insert(contacts).values(Array.from({ length: 99 }, (_, i) => ({
      organisationId: world.orgs.provider.id, caseId: first.caseId, contactOn: `2026-0${3 + Math.floor(i / 28)}-${String((i % 28) + 1).padStart(2, '0')}`, kind: 'consultation', mode: 'in_person',
      hours: 3, workerId: world.users.sw1.id, lifeDomains: [], recordedBy: world.users.sw1.id,
    }))); // 297 h
    await world.db.update(cases).set({ status: 'closed', closedOn: '2026-07-01' }).where(eq(cases.id, first.caseId));
    // a re-application: a new case of the same person, 8 months after the first opened (20.02.2026) — the same engagement
    const second = await createMovedInCase(world, 'Rūta', 'Kļava', { movedInOn: '2026-10-20' });
    await world.db.update(cases).set({ personId: first.personId, openedOn: '2026-10-15' }).where(eq(cases.id, second.caseId));

    const near = await sw1.post(`/api/cases/${second.caseId}/contacts`, contact('2026-10-21', 2));
    expect(near.statusCode).toBe(201);
    expect(near.json()).toMatchObject({ hoursUsed: 299, hoursLeft: 1 });
    const over = await sw1.post(`/api/cases/${second.caseId}/contacts`, contact('2026-10-22', 1.25));
    expect(over.statusCode).toBe(422);
    expect(over.json().error.code).toBe('service.engagement_hours_exceeded');
    const last = await sw1.post(`/api/cases/${second.caseId}/contacts`, contact('2026-10-22', 1));
    expect(last.statusCode).toBe(201);
    expect(last.json()).toMatchObject({ hoursUsed: 300, hoursLeft: 0 });
    expect((await sw1.get(`/api/cases/${second.caseId}/service?asOf=2026-10-22`)).json().hours).toMatchObject({ used: 300, left: 0, exceededBy: 0 });

    // imported data over the cap: shown as exceeded on the case and on the worklist
    await world.db.insert(contacts).values({ organisationId: world.orgs.provider.id, caseId: first.caseId, contactOn: '2026-06-30', kind: 'consultation', mode: 'in_person', hours: 2, workerId: world.users.sw1.id, lifeDomains: [], recordedBy: world.users.sw1.id });
    expect((await sw1.get(`/api/cases/${second.caseId}/service?asOf=2026-10-22`)).json().hours).toMatchObject({ used: 302, left: 0, exceededBy: 2, warning: true });
    const items = (await sw1.get('/api/worklists/worker?asOf=2026-10-22')).json().items;
    expect(items.find((i: { caseId: string; kind: string }) => i.caseId === second.caseId && i.kind === 'contact_hours')).toMatchObject({ usedHours: 302, limit: 300 });
  });

  it('starts a new engagement with a case opened once the 12 calendar months have passed', async () => {
    const first = await createMovedInCase(world, 'Toms', 'Egle', { movedInOn: '2025-03-01' });
    await world.db.update(cases).set({ openedOn: '2025-02-20', status: 'closed', closedOn: '2025-12-01' }).where(eq(cases.id, first.caseId));
    await world.db.insert(contacts).values({ organisationId: world.orgs.provider.id, caseId: first.caseId, contactOn: '2025-03-02', kind: 'consultation', mode: 'in_person', hours: 3, workerId: world.users.sw1.id, lifeDomains: [], recordedBy: world.users.sw1.id });
    const second = await createMovedInCase(world, 'Toms', 'Egle');
    await world.db.update(cases).set({ personId: first.personId }).where(eq(cases.id, second.caseId)); // opened 20.02.2026: a new engagement
    expect((await sw1.get(`/api/cases/${second.caseId}/service?asOf=2026-03-02`)).json().hours.used).toBe(0);
    await world.db.update(cases).set({ openedOn: '2026-02-19' }).where(eq(cases.id, second.caseId)); // the day before: still the first one
    expect((await sw1.get(`/api/cases/${second.caseId}/service?asOf=2026-03-02`)).json().hours.used).toBe(3);
  });
});

describe('HF-3.3 an ended case; the address follows the move-in', () => {
  it('shows nothing due and no escalation, and is listed with the ended cases', async () => {
    const { caseId } = await createMovedInCase(world, 'Ilze', 'Vītola');
    expect((await sw1.post(`/api/cases/${caseId}/visits`, visit('2026-04-01', 'not_home_no_notice'))).statusCode).toBe(201);
    expect((await sw1.post(`/api/cases/${caseId}/ending`, { reason: 'person_wish', endsOn: '2026-05-10', noticeGivenOn: '2026-05-01', destination: 'market_flat' })).statusCode).toBe(201);
    expect((await sw1.get(`/api/cases/${caseId}/service?asOf=2026-05-09`)).json().escalation.level).not.toBe('none');
    const after = (await sw1.get(`/api/cases/${caseId}/service?asOf=2026-05-10`)).json();
    expect(after).toMatchObject({ ended: true, escalation: { level: 'none' }, reassessmentDue: null, nextReviewDue: null, initialPlanOfferDue: null });
    // only the ending's own evaluations stay on the worklist (HF-4.3 (2)–(5): at the ending), nothing of the service's rules
    const left = (await sw1.get('/api/worklists/worker?asOf=2026-05-10')).json().items.filter((i: { caseId: string }) => i.caseId === caseId);
    expect(left.map((i: { kind: string; at: string }) => `${i.kind}:${i.at}`)).toEqual(left.map(() => 'evaluation_due:ending'));

    const ids = async (query: string) => (await manager.get(`/api/cases?${query}`)).json().items.map((c: { id: string }) => c.id);
    expect(await ids('asOf=2026-05-09')).toContain(caseId);
    expect(await ids('asOf=2026-05-10')).not.toContain(caseId);
    expect(await ids('asOf=2026-05-10&status=ended')).toContain(caseId);
    expect(await ids('asOf=2026-05-09&status=ended')).not.toContain(caseId);
    expect(await ids('status=all')).toContain(caseId);
    expect((await manager.get('/api/cases?status=closed')).statusCode).toBe(400);
  });
});

describe('HF-3.2 a case imported from a case history is served like any other', () => {
  it('comes onto the worklists with every item due from its first visit or contact, and a move-in can be recorded naming the dwelling', async () => {
    const history = sampleHistory({ caseNumber: 'MIG-2025-0099' }).split('\n').filter((l) => !l.includes('"type":"exit"')).join('\n');
    const imported = await world.app.inject({
      method: 'POST', url: '/api/case-history/import', headers: { cookie: manager.cookie, 'x-csrf-token': manager.csrf, 'content-type': 'application/x-ndjson' }, payload: history,
    });
    expect(imported.statusCode).toBe(201);
    const [theCase] = await world.db.select().from(cases).where(eq(cases.id, SAMPLE_IDS.case));
    expect(theCase!.serviceBeganOn).toBe('2025-03-04');

    const items = (await manager.get(`/api/worklists/organisation?asOf=2025-05-20&caseId=${SAMPLE_IDS.case}`)).json().items;
    expect(items.map((i: { kind: string }) => i.kind)).toEqual(expect.arrayContaining(['evaluate_termination', 'weekly_visit', 'plan_review']));
    // HF-3.3.3 the imported extension of 20 April runs one calendar month
    expect(items.find((i: { kind: string }) => i.kind === 'evaluate_termination').escalation).toMatchObject({ extendedOn: '2025-04-20', extendedUntil: '2025-05-20' });

    const [dwelling] = await world.db.insert(dwellings).values({
      organisationId: world.orgs.housing.id, municipalityAtvk: '0001000', address: 'Kalnciema iela 5-3, Rīga', addressFolded: 'kalnciema iela 5 3 riga', source: 'municipal_fund', landlord: 'Rīga',
      rooms: 1, floor: 1, hasLift: false, accessible: false, petsAllowed: false, amenities: {}, rentCents: 10000, utilitiesCents: 5000, status: 'available', createdBy: world.users.manager.id,
    }).returning();
    const moveIn = {
      movedInOn: '2025-03-01', accompaniedBy: 'sw1', crisisAgreement: 'Rezerves atslēga pie komandas', spareKeyUseAllowed: true, equipmentExplained: true, nothingEssentialMissing: true, handoverItems: [],
      keys: [{ holder: 'person', holderName: 'Jānis', handedOn: '2025-03-01' }, { holder: 'team', holderName: 'sw1', handedOn: '2025-03-01' }],
      lease: { landlord: 'Rīga', startsOn: '2025-03-01', rentEuros: 100, signedBy: 'person', coPaymentEuros: null },
    };
    const unnamed = await manager.post(`/api/cases/${SAMPLE_IDS.case}/move-in`, moveIn);
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().error.fields.dwellingId.code).toBe('housing.errors.moveInNamesDwelling');
    const recorded = await manager.post(`/api/cases/${SAMPLE_IDS.case}/move-in`, { ...moveIn, dwellingId: dwelling!.id });
    expect(recorded.statusCode).toBe(201);
    // the person's address follows the move-in
    const [person] = await world.db.select().from(persons).where(eq(persons.id, SAMPLE_IDS.person));
    expect(person).toMatchObject({ whereaboutsKind: 'other_address', whereabouts: 'Kalnciema iela 5-3, Rīga' });
    const [occupied] = await world.db.select().from(dwellings).where(eq(dwellings.id, dwelling!.id));
    expect(occupied!.status).toBe('occupied');
  });
});

import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createMovedInCase, createTestWorld, signIn, TODAY } from '../../../test/test-world';
import { auditLog, cases, contacts, rehabilitationPlans } from '../../../db/schema';

let world: Awaited<ReturnType<typeof createTestWorld>>;
type Client = Awaited<ReturnType<typeof signIn>>;
let sw1: Client, sw2: Client, otherManager: Client, funder: Client;


const pdfText = (bytes: Buffer) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: bytes }).toString('utf8');
/** Reading order, each table cell's lines together, whitespace folded: for text that wraps inside a cell. */
const pdfFlat = (bytes: Buffer) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: bytes }).toString('utf8').replace(/\s+/g, ' ');
const audited = async (action: string, entityType: string, personId?: string) =>
  world.db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityType, entityType), ...(personId ? [eq(auditLog.personId, personId)] : [])));
const personOf = async (caseId: string) => (await world.db.select().from(cases).where(eq(cases.id, caseId)))[0]!.personId;

const goalV1 = {
  domain: 'housing', term: 'long', goal: 'Saglabāt mājokli', problem: 'Īres parāds', tasks: 'Samaksāt īri līdz 5. datumam', deadline: '2026-06-30',
  responsibleUserId: '', status: 'in_progress', reviewOn: '2026-03-19', result: null,
};

beforeAll(async () => {
  world = await createTestWorld();
  sw1 = await signIn(world.app, 'sw1@test.lv');
  sw2 = await signIn(world.app, 'sw2@test.lv');
  otherManager = await signIn(world.app, 'other@test.lv');
  funder = await signIn(world.app, 'funder@test.lv');
  goalV1.responsibleUserId = world.users.sw1.id;
});
afterAll(() => world.close());

describe('HF-3.4.4 the plan versions and reviews', () => {
  let caseId = '';
  beforeAll(async () => {
    caseId = (await createMovedInCase(world, 'Ērika', 'Žūriņa', { person: { personalCode: '14076119428' }, caseNumber: 'MV-2026-0042' })).caseId;
    expect((await sw1.post(`/api/cases/${caseId}/plans`, { basedOnVersion: 0, startedOn: '2026-03-05', goals: [goalV1, { domain: 'health', term: 'short', goal: 'Pierakstīties pie ģimenes ārsta', status: 'planned' }] })).statusCode).toBe(201);
    expect((await sw1.post(`/api/cases/${caseId}/plan-reviews`, { reviewedOn: '2026-03-19', note: 'Īre samaksāta; ārsts vēl jāizvēlas' })).statusCode).toBe(201);
    expect((await sw1.post(`/api/cases/${caseId}/plans`, { basedOnVersion: 1, startedOn: '2026-04-01', goals: [{ ...goalV1, status: 'done', result: 'Parāds nomaksāts' }, { domain: 'finances', term: 'short', goal: 'Sastādīt mēneša budžetu', tasks: 'Pierakstīt izdevumus', status: 'planned' }] })).statusCode).toBe(201);
    expect((await sw1.post(`/api/cases/${caseId}/plan-reviews`, { reviewedOn: '2026-04-15', note: 'Budžets sastādīts kopā ar mentoru' })).statusCode).toBe(201);
  });

  it('refuses a plan saved from a version that is no longer the newest (issue 11 §1: 409 with the current version, nothing stored)', async () => {
    const stale = await sw1.post(`/api/cases/${caseId}/plans`, { basedOnVersion: 1, startedOn: '2026-04-02', goals: [goalV1] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'plans.version_conflict', details: { current: { version: 2 } } });
    expect((await world.db.select({ version: rehabilitationPlans.version }).from(rehabilitationPlans).where(eq(rehabilitationPlans.caseId, caseId))).map((p) => p.version).sort()).toEqual([1, 2]);
  });

  it('lists every version newest first, the goals as stored with the responsible worker’s name, and the reviews', async () => {
    const res = await sw1.get(`/api/cases/${caseId}/plans`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.plans.map((p: { version: number }) => p.version)).toEqual([2, 1]);
    expect(body.plans[1]).toMatchObject({ startedOn: '2026-03-05', endedOn: null, recordedBy: world.users.sw1.id, recordedByName: 'sw1' });
    expect(body.plans[1].goals).toEqual([
      { domain: 'housing', term: 'long', goal: 'Saglabāt mājokli', problem: 'Īres parāds', tasks: 'Samaksāt īri līdz 5. datumam', deadline: '2026-06-30', responsibleUserId: world.users.sw1.id, responsibleName: 'sw1', status: 'in_progress', reviewOn: '2026-03-19', result: null },
      { domain: 'health', term: 'short', goal: 'Pierakstīties pie ģimenes ārsta', problem: null, tasks: null, deadline: null, responsibleUserId: null, responsibleName: null, status: 'planned', reviewOn: null, result: null },
    ]);
    expect(body.plans[0].goals[0]).toMatchObject({ status: 'done', result: 'Parāds nomaksāts' });
    expect(body.reviews.map((r: { reviewedOn: string; recordedByName: string }) => [r.reviewedOn, r.recordedByName])).toEqual([['2026-04-15', 'sw1'], ['2026-03-19', 'sw1']]);
    expect(await audited('view', 'rehabilitation_plan', await personOf(caseId))).toHaveLength(1);
  });

  it('prints the newest version for signatures, in Latvian by default', async () => {
    const res = await sw1.get(`/api/cases/${caseId}/plan.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload);
    expect(text).toContain('INDIVIDUĀLAIS SOCIĀLĀS REHABILITĀCIJAS PLĀNS');
    expect(text).toContain('Versija 2');
    expect(text).toContain('Ērika Žūriņa');
    expect(text).toContain('140761-19428'); // the code as people write it, DDMMYY-NNNNN (issue 11 §2)
    expect(text).toContain('MV-2026-0042');
    expect(text).toContain('Biedrība „Mājas ceļš”');
    expect(text).toContain('01.04.2026');
    expect(text).toContain('Mājokļa uzturēšana');
    expect(text).toContain('Finanses');
    const flat = pdfFlat(res.rawPayload);
    expect(flat).toContain('Īstermiņa: Sastādīt mēneša budžetu');
    expect(flat).toContain('Ilgtermiņa: Saglabāt mājokli Īres parāds Samaksāt īri līdz 5. datumam 30.06.2026 sw1 Izpildīts Izvērtējums: 19.03.2026 Rezultāts: Parāds nomaksāts');
    expect(text).toContain('30.06.2026');
    expect(text).toMatch(/Budžets sastādīts kopā ar mentoru/);
    expect(text).not.toContain('ārsts vēl jāizvēlas'); // a review of version 1
    expect(text).toContain('Ar plānu iepazinos un tam piekrītu');
    expect(text).toContain('Klients');
    expect(text).toContain('Sociālais darbinieks');
    expect(text.match(/Paraksts/g)).toHaveLength(2);
    expect(text).toContain('Vārds, uzvārds');
    expect(await audited('print', 'rehabilitation_plan', await personOf(caseId))).toHaveLength(1);
  });

  it('prints an earlier version with its own reviews, and in English with ?lang=en', async () => {
    const v1pdf = (await sw1.get(`/api/cases/${caseId}/plan.pdf?version=1`)).rawPayload;
    const v1 = pdfText(v1pdf);
    expect(v1).toContain('Versija 1');
    expect(pdfFlat(v1pdf)).toContain('Pierakstīties pie ģimenes ārsta');
    expect(v1).toContain('ārsts vēl jāizvēlas');
    const en = pdfText((await sw1.get(`/api/cases/${caseId}/plan.pdf?lang=en`)).rawPayload);
    expect(en).toContain('INDIVIDUAL SOCIAL REHABILITATION PLAN');
    expect(en).toContain('Housing management');
    expect(en).toContain('Signature');
    expect(en).toContain('Ērika Žūriņa');
    expect((await sw1.get(`/api/cases/${caseId}/plan.pdf?language=en`)).rawPayload.length).toBeGreaterThan(1000);
  });

  it('answers 404 for a version that does not exist or a case without a plan', async () => {
    const missing = await sw1.get(`/api/cases/${caseId}/plan.pdf?version=9`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('plans.version_not_found');
    const none = await sw1.get(`/api/cases/${world.cases.annasCase.id}/plan.pdf`);
    expect(none.json().error).toMatchObject({ code: 'plans.no_plan', message: 'Lietai vēl nav sociālās rehabilitācijas plāna' });
    expect((await sw1.get(`/api/cases/${world.cases.annasCase.id}/plans`)).json()).toEqual({ plans: [], reviews: [] });
  });

  it('is closed to a worker outside the team and to another organisation', async () => {
    for (const client of [sw2, otherManager, funder]) {
      for (const url of [`/api/cases/${caseId}/plans`, `/api/cases/${caseId}/plan.pdf`, `/api/cases/${caseId}/service`]) {
        expect([403, 404]).toContain((await client.get(url)).statusCode);
      }
    }
    expect((await sw2.get(`/api/cases/${caseId}/plans`)).statusCode).toBe(404);
    expect((await otherManager.get(`/api/cases/${caseId}/service`)).statusCode).toBe(404);
  });
});

describe('the service summary as of a day (HF-3.2, HF-2.2, HF-2.4)', () => {
  const service = async (caseId: string, asOf?: string) => {
    const res = await sw1.get(`/api/cases/${caseId}/service${asOf ? `?asOf=${asOf}` : ''}`);
    expect(res.statusCode).toBe(200);
    return res.json();
  };

  it('HF-2.2 warns from 80 % of the engagement’s hours: 239.75 h no, 240 h yes — and a later contact does not count before its day', async () => {
    const caseId = (await createMovedInCase(world, 'Jānis', 'Ķirsis')).caseId;
    const contact = (contactOn: string, hours: number) => ({
      organisationId: world.orgs.provider.id, caseId, contactOn, kind: 'consultation', mode: 'in_person', hours, workerId: world.users.sw1.id, lifeDomains: [], recordedBy: world.users.sw1.id,
    });
    await world.db.insert(contacts).values([contact('2026-03-10', 239.75), contact('2026-03-12', 0.25)]);
    expect((await service(caseId, '2026-03-11')).hours).toEqual({ used: 239.75, limit: 300, left: 60.25, warning: false, exceededBy: 0, perDayLimit: 3, usedOnDay: 0 });
    expect((await service(caseId, '2026-03-12')).hours).toEqual({ used: 240, limit: 300, left: 60, warning: true, exceededBy: 0, perDayLimit: 3, usedOnDay: 0.25 });
  });

  it('HF-3.2.2 shows the escalation of the day, counted from the last meeting at home, replayed: a meeting after asOf does not end it', async () => {
    const caseId = (await createMovedInCase(world, 'Māris', 'Ēvalds')).caseId;
    const visit = (visitedOn: string, outcome: string) => sw1.post(`/api/cases/${caseId}/visits`, { visitedOn, workerIds: [world.users.sw1.id], place: 'Mājās', outcome, hours: 0 });
    expect((await visit('2026-04-03', 'met')).statusCode).toBe(201);
    expect((await visit('2026-04-07', 'not_home_no_notice')).statusCode).toBe(201);
    expect((await visit('2026-04-16', 'met')).statusCode).toBe(201);
    expect((await service(caseId, '2026-04-06')).escalation.level).toBe('none');
    expect((await service(caseId, '2026-04-09')).escalation).toMatchObject({ level: 'missed_visit', rank: 1, unreachableSince: '2026-04-07', lastMetAtHomeOn: '2026-04-03', returnBy: '2026-04-14' });
    expect((await service(caseId, '2026-04-10')).escalation.level).toBe('unreachable_week');
    expect((await service(caseId, '2026-04-15')).escalation).toMatchObject({ level: 'unreachable_week', daysUnreachable: 12 });
    expect((await service(caseId, '2026-04-15')).escalation.permitted).toContain('whole_team_visit');
    expect((await service(caseId, '2026-04-16')).escalation.level).toBe('none');
  });

  it('the slot, the offers, the reviews, the re-assessment and the extensions — each only from its own day on', async () => {
    const caseId = (await createMovedInCase(world, 'Līga', 'Šņore')).caseId;
    const ok = async (p: Promise<{ statusCode: number; body: string }>) => { const r = await p; expect(r.statusCode, r.body).toBeLessThan(300); };
    await ok(sw1.put(`/api/cases/${caseId}/visit-slot`, { weekday: 2, atTime: '10:00', fromDate: '2026-03-03' }));
    await ok(sw1.put(`/api/cases/${caseId}/visit-slot`, { weekday: 4, atTime: '14:30', fromDate: '2026-05-05' }));
    const offer = (offered: string, offeredOn: string, answer: string) => ok(sw1.post(`/api/cases/${caseId}/support-offers`, { offered, offeredOn, answer, toldNotACondition: true }));
    await offer('initial_plan', '2026-03-05', 'accepted');
    await offer('wrap', '2026-03-05', 'declined');
    await offer('psychologist', '2026-03-06', 'declined');
    await offer('psychologist', '2026-03-20', 'later');
    await ok(sw1.post(`/api/cases/${caseId}/plans`, { basedOnVersion: 0, startedOn: '2026-03-06', goals: [goalV1] }));
    for (const day of ['2026-03-10', '2026-03-17', '2026-03-24', '2026-03-31', '2026-04-07', '2026-04-14']) {
      await ok(sw1.post(`/api/cases/${caseId}/plan-reviews`, { reviewedOn: day, note: `Pārskats ${day}` }));
    }
    await ok(sw1.post(`/api/cases/${caseId}/functioning-assessments`, { assessedOn: '2026-03-15', summary: 'Patstāvīgi rūpējas par sevi', domainNeeds: { housing: 'some', rights: 'none', daily_life: 'none', health: 'some', education_employment: 'none', finances: 'intensive' } }));
    // HF-3.3.3 an extension needs a month without reaching the person: not met at home since the move-in (01.03), missed on 07.04
    await ok(sw1.post(`/api/cases/${caseId}/visits`, { visitedOn: '2026-04-07', workerIds: [world.users.sw1.id], place: 'Mājās', outcome: 'not_home_no_notice', hours: 0 }));
    await ok(sw1.post(`/api/cases/${caseId}/escalation-extensions`, { recordedOn: '2026-05-10', reason: 'Ir ziņas, ka persona ir slimnīcā' }));

    const early = await service(caseId, '2026-03-14');
    expect(early).toMatchObject({
      asOf: '2026-03-14', visitSlot: { weekday: 2, atTime: '10:00', fromDate: '2026-03-03' },
      currentPlan: { version: 1, startedOn: '2026-03-06' }, nextReviewDue: { dueOn: '2026-03-24', due: false },
      lastAssessment: null, reassessmentDue: { dueOn: '2026-09-01' }, extensions: [], initialPlanOfferDue: null,
    });
    expect(early.offers.map((o: { offered: string; answer: string }) => [o.offered, o.answer])).toEqual([['initial_plan', 'accepted'], ['wrap', 'declined'], ['psychologist', 'declined']]);
    expect(early.reviews.map((r: { reviewedOn: string }) => r.reviewedOn)).toEqual(['2026-03-10']);

    const later = await service(caseId, '2026-05-10');
    expect(later.visitSlot).toEqual({ weekday: 4, atTime: '14:30', fromDate: '2026-05-05' });
    expect(later.offers[2]).toMatchObject({ offered: 'psychologist', offeredOn: '2026-03-20', answer: 'later', repeatDue: { dueOn: '2026-04-19', due: true } });
    expect(later.reviews.map((r: { reviewedOn: string }) => r.reviewedOn)).toEqual(['2026-04-14', '2026-04-07', '2026-03-31', '2026-03-24', '2026-03-17']);
    expect(later.reviews[0]).toMatchObject({ note: 'Pārskats 2026-04-14', recordedByName: 'sw1' });
    expect(later.nextReviewDue).toEqual({ dueOn: '2026-04-28', daysLeft: -12, due: true });
    expect(later.lastAssessment).toEqual({ kind: 'functioning', assessedOn: '2026-03-15', summary: 'Patstāvīgi rūpējas par sevi' });
    expect(later.reassessmentDue).toMatchObject({ dueOn: '2026-09-15', due: false });
    expect(later.extensions).toEqual([expect.objectContaining({ recordedOn: '2026-05-10', reason: 'Ir ziņas, ka persona ir slimnīcā', recordedByName: 'sw1' })]);
    expect((await service(caseId, '2026-05-09')).extensions).toEqual([]);
    expect((await service(caseId, '2026-03-02')).visitSlot).toBeNull();
  });

  it('is as of today in Riga by default, and the read is audited', async () => {
    const caseId = (await createMovedInCase(world, 'Dace', 'Ābele')).caseId;
    expect((await service(caseId)).asOf).toBe(TODAY);
    const events = await audited('view', 'case', await personOf(caseId));
    expect(events.map((e) => e.changes)).toEqual([{ view: 'service_summary', asOf: TODAY }]);
  });

  it('publishes the response shapes in the OpenAPI document', async () => {
    const doc = (await sw1.get('/api/openapi.json')).json();
    const summary = doc.paths['/api/cases/{id}/service'].get.responses['200'].content['application/json'].schema;
    expect(Object.keys(summary.properties)).toEqual(expect.arrayContaining(['asOf', 'visitSlot', 'hours', 'escalation', 'offers', 'reviews', 'nextReviewDue', 'lastAssessment', 'reassessmentDue', 'extensions']));
    const plans = doc.paths['/api/cases/{id}/plans'].get.responses['200'].content['application/json'].schema;
    expect(Object.keys(plans.properties)).toEqual(['plans', 'reviews']);
    expect(doc.paths['/api/cases/{id}/plan.pdf'].get.tags).toEqual(['housing first: rehabilitation plan']);
  });
});

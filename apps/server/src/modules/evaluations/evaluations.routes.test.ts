import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestWorld, signIn } from '../../test/test-world';
import { auditLog, caseTeamMembers, cases, serviceAgreements } from '../../db/schema';

let world: Awaited<ReturnType<typeof createTestWorld>>;
let ipCaseId: string;
type Item = { kind: string; caseId: string | null; instrument?: string; due?: { dueOn: string; daysLeft: number } };
const housingFirstItems = (items: Item[]) => items.filter((i) => i.caseId !== ipCaseId);

beforeAll(async () => {
  world = await createTestWorld(); // today 24.11.2026
});
afterAll(async () => world.close());

/** A case of a second programme (the Individual Programme, IP-5: client satisfaction at least yearly) for Pēteris, sw1 on its team. */
async function openIndividualProgrammeCase(openedOn: string) {
  const [c] = await world.db.insert(cases).values({
    organisationId: world.orgs.provider.id, personId: world.persons.peteris.id, municipalityAtvk: '0001000', programme: 'individual_programme', openedOn, caseNumber: 'IP-2025-0001',
  }).returning();
  await world.db.insert(caseTeamMembers).values({ caseId: c!.id, organisationId: world.orgs.provider.id, userId: world.users.sw1.id, teamRole: 'social_worker', fromDate: openedOn });
  return c!.id;
}

describe('worklists are the union of every programme (issue 12)', () => {
  let before: { worker: Item[]; organisation: { items: Item[]; counts: Record<string, number>; total: number } };

  it('an evaluation instrument due on a case of a second programme appears, Housing First’s items unchanged', async () => {
    const sw1 = await signIn(world.app, 'sw1@test.lv');
    const manager = await signIn(world.app, 'manager@test.lv');
    before = { worker: (await sw1.get('/api/worklists/worker')).json().items, organisation: (await manager.get('/api/worklists/organisation')).json() };

    ipCaseId = await openIndividualProgrammeCase('2025-12-01'); // a year from the start: 01.12.2026, in 7 days
    const worker = (await sw1.get('/api/worklists/worker')).json().items as Item[];
    expect(worker.filter((i) => i.kind === 'evaluation_due' && i.caseId === ipCaseId)).toEqual([expect.objectContaining({
      caseId: ipCaseId, programme: 'individual_programme', instrument: 'client_satisfaction', at: 'every', due: { dueOn: '2026-12-01', daysLeft: 7 },
      caseNumber: 'IP-2025-0001', personName: 'Pēteris Kalniņš', workers: [expect.objectContaining({ userId: world.users.sw1.id, teamRole: 'social_worker' })],
    })]);
    expect(housingFirstItems(worker)).toEqual(before.worker);

    const organisation = (await manager.get('/api/worklists/organisation')).json();
    expect(organisation.counts.evaluation_due).toBe((before.organisation.counts.evaluation_due ?? 0) + 1);
    expect(organisation.total).toBe(before.organisation.total + 1);
    expect(housingFirstItems(organisation.items)).toEqual(before.organisation.items);
    // not overdue yet: the overdue view leaves it out
    expect((await manager.get('/api/worklists/organisation?overdue=true')).json().items.some((i: Item) => i.kind === 'evaluation_due' && i.caseId === ipCaseId)).toBe(false);
    // overdue a week after its day, and most urgent among the items 8 days overdue or less
    const later = (await manager.get('/api/worklists/organisation?overdue=true&asOf=2026-12-09')).json();
    const overdue = later.items.find((i: Item) => i.kind === 'evaluation_due' && i.caseId === ipCaseId);
    expect(overdue.due).toEqual({ dueOn: '2026-12-01', daysLeft: -8 });
    // the page's items carry their case's team (read for the page only)
    expect(overdue.workers).toEqual([expect.objectContaining({ userId: world.users.sw1.id, teamRole: 'social_worker' })]);
  });

  it('the mentor of another case and a manager of another provider see none of it', async () => {
    const mentor = await signIn(world.app, 'mentor@test.lv');
    expect(((await mentor.get('/api/worklists/worker')).json().items as Item[]).some((i) => i.caseId === ipCaseId)).toBe(false);
    const other = await signIn(world.app, 'other@test.lv');
    expect(((await other.get('/api/worklists/organisation')).json().items as Item[]).some((i) => i.caseId === ipCaseId)).toBe(false);
  });
});

describe('the evaluation schedule on a case (issue 12; IP-5)', () => {
  it('lists the instruments due, records one on a day within the case, and counts the next from it', async () => {
    const sw1 = await signIn(world.app, 'sw1@test.lv');
    const first = (await sw1.get(`/api/cases/${ipCaseId}/evaluations`)).json();
    expect(first.instruments.map((i: { code: string }) => i.code)).toEqual(['client_satisfaction']);
    expect(first.due).toEqual([{ instrument: 'client_satisfaction', at: 'every', dueOn: '2026-12-01', daysLeft: 7 }]);

    const future = await sw1.post(`/api/cases/${ipCaseId}/evaluations`, { instrument: 'client_satisfaction', recordedOn: '2026-11-25', score: 4 });
    expect(future.statusCode).toBe(422);
    expect(future.json().error.fields.recordedOn.code).toBe('validation.dateInFuture');
    const beforeOpening = await sw1.post(`/api/cases/${ipCaseId}/evaluations`, { instrument: 'client_satisfaction', recordedOn: '2025-11-30' });
    expect(beforeOpening.json().error.fields.recordedOn.code).toBe('validation.beforeCaseOpened');
    const unknown = await sw1.post(`/api/cases/${ipCaseId}/evaluations`, { instrument: 'provider_self_assessment', recordedOn: '2026-11-20' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields.instrument.code).toBe('validation.invalidOption');
    const badAnswer = await sw1.post(`/api/cases/${ipCaseId}/evaluations`, { instrument: 'client_satisfaction', recordedOn: '2026-11-20', answers: { overall: { nested: 1 } } });
    expect(badAnswer.statusCode).toBe(400);

    // IP-5 the survey is answered on 1–5, and a survey without its score says nothing
    const noScore = await sw1.post(`/api/cases/${ipCaseId}/evaluations`, { instrument: 'client_satisfaction', recordedOn: '2026-11-20' });
    expect(noScore.json().error.fields.score.code).toBe('validation.required');
    const zero = await sw1.post(`/api/cases/${ipCaseId}/evaluations`, { instrument: 'client_satisfaction', recordedOn: '2026-11-20', score: 0 });
    expect(zero.json().error.fields.score).toMatchObject({ code: 'validation.tooSmall', params: { min: 1 } });
    const recorded = await sw1.post(`/api/cases/${ipCaseId}/evaluations`, { instrument: 'client_satisfaction', recordedOn: '2026-11-20', score: 4.5, answers: { overall: 5, wouldRecommend: true, comment: 'Paldies' } });
    expect(recorded.statusCode).toBe(201);
    const after = (await sw1.get(`/api/cases/${ipCaseId}/evaluations`)).json();
    expect(after.evaluations).toEqual([expect.objectContaining({ instrument: 'client_satisfaction', recordedOn: '2026-11-20', score: 4.5, answers: { overall: 5, wouldRecommend: true, comment: 'Paldies' }, recordedByName: 'sw1' })]);
    expect(after.due).toEqual([{ instrument: 'client_satisfaction', at: 'every', dueOn: '2027-11-20', daysLeft: 361 }]);
    expect(((await sw1.get('/api/worklists/worker')).json().items as Item[]).some((i) => i.kind === 'evaluation_due' && i.caseId === ipCaseId)).toBe(false);

    const audited = await world.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'evaluation'), eq(auditLog.personId, world.persons.peteris.id)));
    expect(audited.map((a) => a.action).sort()).toEqual(['create', 'view', 'view']); // the two reads and the record; refusals write nothing
  });

  it('a Housing First case schedules its HF-4.3 instruments here, but not its re-assessment: that is its own worklist rule (HF-2.4)', async () => {
    const sw1 = await signIn(world.app, 'sw1@test.lv');
    const hf = (await sw1.get(`/api/cases/${world.cases.annasCase.id}/evaluations`)).json();
    expect(hf.instruments.map((i: { code: string }) => i.code)).toEqual(['client_questionnaire', 'rehabilitation_review', 'client_satisfaction', 'service_quality']);
    const refused = await sw1.post(`/api/cases/${world.cases.annasCase.id}/evaluations`, { instrument: 'social_functioning', recordedOn: '2026-11-20' });
    expect(refused.json().error.fields.instrument.code).toBe('validation.invalidOption');
  });

  it('is refused to those outside the case', async () => {
    const other = await signIn(world.app, 'other@test.lv');
    expect((await other.get(`/api/cases/${ipCaseId}/evaluations`)).statusCode).toBe(404);
    expect((await other.post(`/api/cases/${ipCaseId}/evaluations`, { instrument: 'client_satisfaction', recordedOn: '2026-11-20' })).statusCode).toBe(404);
    // a worker of the same provider not on the case's team does not see its person
    const mentor = await signIn(world.app, 'mentor@test.lv');
    expect((await mentor.post(`/api/cases/${ipCaseId}/evaluations`, { instrument: 'client_satisfaction', recordedOn: '2026-11-20' })).statusCode).toBe(404);
  });
});

describe('the provider’s self-assessment (IP-6)', () => {
  it('is due a year after its first service agreement, on its managers’ organisation worklist, until recorded', async () => {
    const manager = await signIn(world.app, 'manager@test.lv');
    const url = '/api/programmes/individual_programme/provider-evaluations';
    expect((await manager.post(url, { instrument: 'provider_self_assessment', recordedOn: '2026-11-20' })).json().error.code).toBe('evaluations.no_agreement');
    await world.db.insert(serviceAgreements).values({ providerOrganisationId: world.orgs.provider.id, programmeCode: 'individual_programme', municipalityAtvk: '0001000', validFrom: '2025-11-30' });
    expect((await manager.get(url)).json().due).toEqual([{ instrument: 'provider_self_assessment', at: 'every', dueOn: '2026-11-30', daysLeft: 6 }]);
    const listed = (await manager.get('/api/worklists/organisation')).json().items as Item[];
    expect(listed.filter((i) => i.kind === 'evaluation_due' && i.caseId === null)).toEqual([expect.objectContaining({ instrument: 'provider_self_assessment', caseNumber: null, personName: null, workers: [] })]);

    const sw1 = await signIn(world.app, 'sw1@test.lv');
    expect((await sw1.post(url, { instrument: 'provider_self_assessment', recordedOn: '2026-11-20' })).statusCode).toBe(403);
    expect((await manager.post(url, { instrument: 'client_satisfaction', recordedOn: '2026-11-20' })).statusCode).toBe(400);
    expect((await manager.post(url, { instrument: 'provider_self_assessment', recordedOn: '2026-11-25' })).statusCode).toBe(422);
    const offScale = await manager.post(url, { instrument: 'provider_self_assessment', recordedOn: '2026-11-20', score: 80 });
    expect(offScale.json().error.fields.score).toEqual({ code: 'validation.tooBig', params: { max: 5 }, message: 'Vērtība nedrīkst pārsniegt 5' });
    expect((await manager.post(url, { instrument: 'provider_self_assessment', recordedOn: '2026-11-20', score: 4 })).statusCode).toBe(201);
    const after = (await manager.get(url)).json();
    expect(after.evaluations).toHaveLength(1);
    expect(after.due[0].dueOn).toBe('2027-11-20');
    expect(((await manager.get('/api/worklists/organisation')).json().items as Item[]).some((i) => i.caseId === null)).toBe(false);
  });
});

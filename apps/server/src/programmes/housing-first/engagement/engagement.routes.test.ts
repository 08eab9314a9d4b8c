import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createMovedInCase, createTestWorld, signIn } from '../../../test/test-world';
import { auditLog, cases } from '../../../db/schema';

let world: Awaited<ReturnType<typeof createTestWorld>>;
type Client = Awaited<ReturnType<typeof signIn>>;
let sw1: Client, sw2: Client, manager: Client, otherManager: Client;

beforeAll(async () => {
  world = await createTestWorld();
  sw1 = await signIn(world.app, 'sw1@test.lv');
  sw2 = await signIn(world.app, 'sw2@test.lv');
  manager = await signIn(world.app, 'manager@test.lv');
  otherManager = await signIn(world.app, 'other@test.lv');
});
afterAll(() => world.close());

/** A case served since 1.12.2025 with its contract signed that day: 12 months end on 1.12.2026, a week after today (24.11.2026). */
async function contractedCase(name: string, contractSignedOn: string | null = '2025-12-01') {
  const made = await createMovedInCase(world, name, 'Līgumniece');
  await world.db.update(cases).set({ openedOn: '2025-12-01', contractSignedOn }).where(eq(cases.id, made.caseId));
  return made;
}
const reason = 'Persona ārstējas slimnīcā';

describe('HF-2.2 the engagement of a case', () => {
  it('HF-2.2 12 months from the contract, 6 of minimum participation; a suspension moves both, an extension the end', async () => {
    const { caseId, personId } = await contractedCase('Inese');
    expect((await sw1.get(`/api/cases/${caseId}/engagement`)).json()).toMatchObject({
      asOf: '2026-11-24', contractSignedOn: '2025-12-01', settings: { engagementMonths: 12, minimumParticipationMonths: 6 },
      engagement: { agreedEndOn: '2026-12-01', minimumParticipationOn: '2026-06-01', minimumReached: true, daysLeft: 7, endApproaching: true },
      extensions: [], suspensions: [],
    });
    const suspended = await sw1.post(`/api/cases/${caseId}/engagement/suspensions`, { fromOn: '2026-04-01', toOn: '2026-04-10', reason, expectedEndOn: '2026-12-01' });
    expect(suspended.statusCode).toBe(201);
    expect(suspended.json().engagement).toMatchObject({ agreedEndOn: '2026-12-11', minimumParticipationOn: '2026-06-11', suspendedDays: 10 });

    const extended = await manager.post(`/api/cases/${caseId}/engagement/extensions`, { decidedOn: '2026-11-20', months: 3, reason: 'Vienošanās ar personu', expectedEndOn: '2026-12-11' });
    expect(extended.statusCode).toBe(201);
    expect(extended.json().engagement).toMatchObject({ agreedEndOn: '2027-03-11', endApproaching: false });
    // as of a day before the extension was decided, the end stood where it was
    expect((await sw1.get(`/api/cases/${caseId}/engagement?asOf=2026-11-19`)).json().engagement.agreedEndOn).toBe('2026-12-11');

    // HF-2.7 in the person's "what we hold about you" extract, labelled in Latvian
    const extract = JSON.stringify((await manager.get(`/api/persons/${personId}/extract.json`)).json());
    expect(extract).toContain('Līguma pagarinājumi');
    expect(extract).toContain('Pakalpojuma apturēšana');
    expect(extract).toContain('Vienošanās ar personu');
    expect(extract).toContain('"Mēneši":"3"');

    const audited = await world.db.select().from(auditLog).where(and(eq(auditLog.personId, personId), eq(auditLog.entityType, 'engagement_extension')));
    expect(audited).toMatchObject([{ action: 'create', changes: { agreedEndOn: { from: '2026-12-11', to: '2027-03-11' } } }]);
  });

  it('HF-2.2 an extension filled against an end already moved is refused (409), naming the end as it is', async () => {
    const { caseId } = await contractedCase('Baiba');
    expect((await sw1.post(`/api/cases/${caseId}/engagement/extensions`, { decidedOn: '2026-11-20', newEndOn: '2027-01-31', reason, expectedEndOn: '2026-12-01' })).statusCode).toBe(201);
    const stale = await manager.post(`/api/cases/${caseId}/engagement/extensions`, { decidedOn: '2026-11-21', months: 2, reason, expectedEndOn: '2026-12-01' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'engagement.stale' });
    expect(stale.json().error.message).toContain('31.01.2027');
  });

  it('HF-2.2 refuses what does not fit, with the field and the reason in Latvian', async () => {
    const { caseId } = await contractedCase('Dace');
    const post = (path: string, body: Record<string, unknown>) => sw1.post(`/api/cases/${caseId}/engagement/${path}`, body);
    const ext = { decidedOn: '2026-11-20', reason, expectedEndOn: '2026-12-01' };
    // months and a new day together, or neither
    expect((await post('extensions', { ...ext, months: 1, newEndOn: '2027-02-01' })).statusCode).toBe(400);
    expect((await post('extensions', ext)).statusCode).toBe(400);
    // a new end not later than the agreed one
    const notLater = await post('extensions', { ...ext, newEndOn: '2026-12-01' });
    expect(notLater.statusCode).toBe(400);
    expect(notLater.json().error.fields.newEndOn.message).toContain('01.12.2026');
    // the reason: required, no control characters
    expect((await post('extensions', { ...ext, months: 1, reason: '   ' })).json().error.fields.reason).toBeTruthy();
    expect((await post('extensions', { ...ext, months: 1, reason: 'a\u0000b' })).statusCode).toBe(400);
    expect((await post('extensions', { ...ext, months: 1, reason: 'x'.repeat(1001) })).statusCode).toBe(400);
    expect((await post('extensions', { ...ext, months: 25 })).statusCode).toBe(400);
    // a decision after today, or before the case
    expect((await post('extensions', { ...ext, months: 1, decidedOn: '2026-11-25' })).json().error.code).toBe('facts.date_in_future');
    expect((await post('extensions', { ...ext, months: 1, decidedOn: '2025-11-30' })).json().error.code).toBe('facts.before_case_opened');
    // suspensions: to before from, overlapping, before the contract
    const sus = { fromOn: '2026-05-01', toOn: '2026-05-10', reason, expectedEndOn: '2026-12-01' };
    expect((await post('suspensions', { ...sus, toOn: '2026-04-30' })).json().error.fields.toOn).toBeTruthy();
    expect((await post('suspensions', sus)).statusCode).toBe(201);
    const overlap = await post('suspensions', { ...sus, fromOn: '2026-05-10', toOn: '2026-05-12', expectedEndOn: '2026-12-11' });
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().error.fields.fromOn.message).toBe('Šajā laikā pakalpojums jau ir apturēts; periodi nedrīkst pārklāties');
    // hostile text is kept as text
    const html = '<script>alert(1)</script> “pēdiņas” \'; DROP TABLE cases; --';
    const kept = await post('suspensions', { ...sus, fromOn: '2026-06-01', toOn: '2026-06-01', reason: html, expectedEndOn: '2026-12-11' });
    expect(kept.statusCode).toBe(201);
    expect((await sw1.get(`/api/cases/${caseId}/engagement`)).json().suspensions.map((s: { reason: string }) => s.reason)).toContain(html);
  });

  it('HF-2.2 no contract day: nothing to extend', async () => {
    const { caseId } = await contractedCase('Laila', null);
    expect((await sw1.get(`/api/cases/${caseId}/engagement`)).json().engagement).toBeNull();
    const res = await sw1.post(`/api/cases/${caseId}/engagement/extensions`, { decidedOn: '2026-11-20', months: 1, reason, expectedEndOn: '2026-12-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.decidedOn.message).toBe('Lietai nav ierakstīta pakalpojuma līguma noslēgšanas diena');
  });

  it('HF-2.2 the team and the provider’s manager record; a worker not on the team does not see the case (their caseload), nor another provider', async () => {
    const { caseId } = await contractedCase('Maija');
    const body = { fromOn: '2026-07-01', toOn: '2026-07-02', reason, expectedEndOn: '2026-12-01' };
    expect((await sw2.post(`/api/cases/${caseId}/engagement/suspensions`, body)).statusCode).toBe(404);
    expect((await otherManager.post(`/api/cases/${caseId}/engagement/suspensions`, body)).statusCode).toBe(404);
    expect((await otherManager.get(`/api/cases/${caseId}/engagement`)).statusCode).toBe(404);
    expect((await manager.post(`/api/cases/${caseId}/engagement/suspensions`, body)).statusCode).toBe(201);
  });

  it('HF-2.2 a record made in error is cancelled with a reason, kept in the history, and counts no more; a closed case takes none', async () => {
    const { caseId } = await contractedCase('Zane');
    const made = (await sw1.post(`/api/cases/${caseId}/engagement/extensions`, { decidedOn: '2026-11-20', months: 1, reason, expectedEndOn: '2026-12-01' })).json();
    expect(made.engagement.agreedEndOn).toBe('2027-01-01');
    const cancel = (id: string) => sw1.post(`/api/cases/${caseId}/engagement/extensions/${id}/cancellation`, { reason: 'Ierakstīts kļūdas pēc' });
    expect((await cancel(made.extension.id)).statusCode).toBe(200);
    expect((await cancel(made.extension.id)).statusCode).toBe(409);
    const after = (await sw1.get(`/api/cases/${caseId}/engagement`)).json();
    expect(after.engagement.agreedEndOn).toBe('2026-12-01');
    expect(after.extensions).toMatchObject([{ id: made.extension.id, cancelReason: 'Ierakstīts kļūdas pēc' }]);

    await world.db.update(cases).set({ status: 'closed', closedOn: '2026-11-22' }).where(eq(cases.id, caseId));
    const closed = await sw1.post(`/api/cases/${caseId}/engagement/suspensions`, { fromOn: '2026-11-01', toOn: '2026-11-02', reason, expectedEndOn: '2026-12-01' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('cases.closed');
  });

  it('HF-2.2 the manager plans against the programme’s places: the capacity in force and the cases open on the day', async () => {
    const places = async (asOf: string) => (await manager.get(`/api/caseloads?asOf=${asOf}`)).json().places as { capacity: number; taken: number; takenByOrganisation: number };
    const before = await places('2026-11-24');
    expect(before.capacity).toBe(100);
    await contractedCase('Vieta');
    const after = await places('2026-11-24');
    expect(after).toEqual({ capacity: 100, taken: before.taken + 1, takenByOrganisation: before.takenByOrganisation + 1 });
    // a case opened on 1.12.2025 takes no place the day before
    expect((await places('2025-11-30')).taken).toBeLessThan(after.taken);
  });

  it('HF-2.2, HF-4.3 the evaluation schedule and the worklist see the agreed end', async () => {
    const { caseId } = await contractedCase('Rasma');
    const satisfaction = async () => ((await sw1.get(`/api/cases/${caseId}/evaluations?asOf=2026-11-24`)).json().due as Array<{ instrument: string; at: string; dueOn: string }>)
      .find((d) => d.instrument === 'client_satisfaction' && d.at === 'before_agreed_end');
    expect(await satisfaction()).toMatchObject({ dueOn: '2026-11-01' });
    const items = async () => ((await sw1.get('/api/worklists/worker?asOf=2026-11-24')).json().items as Array<{ kind: string; caseId: string; due?: { dueOn: string; daysLeft: number } }>)
      .filter((i) => i.caseId === caseId && i.kind === 'engagement_end');
    expect(await items()).toMatchObject([{ due: { dueOn: '2026-12-01', daysLeft: 7 } }]);
    expect((await sw1.post(`/api/cases/${caseId}/engagement/extensions`, { decidedOn: '2026-11-23', months: 6, reason, expectedEndOn: '2026-12-01' })).statusCode).toBe(201);
    expect(await satisfaction()).toMatchObject({ dueOn: '2027-05-01' });
    expect(await items()).toEqual([]);
  });
});

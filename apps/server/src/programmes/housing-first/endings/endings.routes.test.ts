import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createMovedInCase, createTestWorld, signIn } from '../../../test/test-world';
import { applications, cases } from '../../../db/schema';

let world: Awaited<ReturnType<typeof createTestWorld>>;
type Client = Awaited<ReturnType<typeof signIn>>;
let sw1: Client, mentor: Client, manager: Client;

beforeAll(async () => {
  world = await createTestWorld();
  sw1 = await signIn(world.app, 'sw1@test.lv');
  mentor = await signIn(world.app, 'mentor@test.lv');
  manager = await signIn(world.app, 'manager@test.lv');
});
afterAll(() => world.close());

describe('HF-3.3 ending the service', () => {
  it('ends for violence only by the joint decision of the social worker, the mentor and the manager, each in their own account', async () => {
    const { caseId } = await createMovedInCase(world, 'Ģirts', 'Ķēniņš');
    const res = await sw1.post(`/api/cases/${caseId}/ending`, { reason: 'violence', endsOn: '2026-06-01', destination: 'shelter', note: 'Draudi mentoram 28.05.2026' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ ending: { status: 'awaiting_confirmations' }, missingRoles: ['social_mentor', 'manager'] });
    expect((await sw1.post(`/api/cases/${caseId}/ending/confirmation`)).statusCode).toBe(409);
    expect((await (await signIn(world.app, 'sw2@test.lv')).post(`/api/cases/${caseId}/ending/confirmation`)).statusCode).toBe(404);
    expect((await mentor.post(`/api/cases/${caseId}/ending/confirmation`)).json()).toEqual({ final: false, missingRoles: ['manager'] });
    const [open] = await world.db.select().from(cases).where(eq(cases.id, caseId));
    expect(open!.status).toBe('open');
    expect((await manager.post(`/api/cases/${caseId}/ending/confirmation`)).json()).toEqual({ final: true, missingRoles: [] });
    const [closed] = await world.db.select().from(cases).where(eq(cases.id, caseId));
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-06-01' });

    const pdf = await manager.get(`/api/cases/${caseId}/ending-record.pdf`);
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf.rawPayload }).toString();
    expect(text).toContain('LIETAS IZBEIGŠANAS AKTS');
    expect(text).toMatch(/Vardarbība pret darbiniekiem/);
    expect(text).toContain('Gadījuma vadības eksperts');
  });

  it('flags a person’s wish with less than a week’s notice, and accepts a week', async () => {
    const short = await createMovedInCase(world, 'Līga', 'Ozola');
    expect((await sw1.post(`/api/cases/${short.caseId}/ending`, { reason: 'person_wish', endsOn: '2026-05-10', noticeGivenOn: '2026-05-04', destination: 'market_flat' })).json()).toMatchObject({ shortNotice: true, ending: { status: 'final' } });
    const week = await createMovedInCase(world, 'Dace', 'Liepa');
    expect((await sw1.post(`/api/cases/${week.caseId}/ending`, { reason: 'person_wish', endsOn: '2026-05-10', noticeGivenOn: '2026-05-03', destination: 'market_flat' })).json().shortNotice).toBe(false);
  });

  it('ends as unreachable only once a calendar month has passed since the person was last reached, and not while an extension runs (HF-3.3.3)', async () => {
    const { caseId } = await createMovedInCase(world, 'Guntis', 'Kalns');
    const visit = (visitedOn: string, outcome: string) => ({ visitedOn, workerIds: [world.users.sw1.id], place: 'Mājās', outcome, hours: 0 });
    expect((await sw1.post(`/api/cases/${caseId}/visits`, visit('2026-03-31', 'met'))).statusCode).toBe(201);
    expect((await sw1.post(`/api/cases/${caseId}/visits`, visit('2026-04-07', 'not_home_no_notice'))).statusCode).toBe(201);
    // 31 March + one calendar month is 30 April
    const early = await sw1.post(`/api/cases/${caseId}/ending`, { reason: 'unreachable', endsOn: '2026-04-29', destination: 'unknown' });
    expect(early.json().error.code).toBe('endings.not_unreachable');
    expect((await sw1.post(`/api/cases/${caseId}/escalation-extensions`, { recordedOn: '2026-04-30', reason: 'Ziņas, ka persona slimnīcā' })).statusCode).toBe(201);
    expect((await sw1.post(`/api/cases/${caseId}/ending`, { reason: 'unreachable', endsOn: '2026-05-29', destination: 'unknown' })).json().error.code).toBe('endings.not_unreachable');
    expect((await sw1.post(`/api/cases/${caseId}/ending`, { reason: 'unreachable', endsOn: '2026-05-30', destination: 'unknown' })).statusCode).toBe(201);
  });

  it('lets the person re-apply after an ending: a new application linked to the earlier case (HF-3.3.4)', async () => {
    const ended = await createMovedInCase(world, 'Roberts', 'Bērziņš');
    expect((await sw1.post(`/api/cases/${ended.caseId}/ending`, { reason: 'person_wish', endsOn: '2026-05-10', noticeGivenOn: '2026-05-01', destination: 'street' })).statusCode).toBe(201);
    const riga = await signIn(world.app, 'riga@test.lv');
    const res = await riga.post('/api/applications', { personId: ended.personId, municipalityAtvk: '0001000', submittedOn: '2026-09-01', answers: { householdSize: 1 } });
    expect(res.statusCode).toBe(201);
    const [row] = await world.db.select().from(applications).where(eq(applications.id, res.json().application.id));
    expect(row!.previousCaseId).toBe(ended.caseId);
    // its page names the earlier case and when it ended
    expect((await riga.get(`/api/applications/${row!.id}`)).json().previousCase).toEqual({ id: ended.caseId, caseNumber: null, closedOn: '2026-05-10' });
  });

  it('HF-2.2 an ending before the 6-month minimum participation is recorded with a warning, on the ending and on the worklist while it awaits confirmations', async () => {
    // contract 31.05.2026 + 6 months = 30.11.2026; today is 24.11.2026
    const contracted = async (name: string, contractSignedOn: string) => {
      const made = await createMovedInCase(world, name, 'Minimuma');
      await world.db.update(cases).set({ contractSignedOn }).where(eq(cases.id, made.caseId));
      return made;
    };
    const wish = await contracted('Ilze', '2026-05-31');
    const res = await sw1.post(`/api/cases/${wish.caseId}/ending`, { reason: 'person_wish', endsOn: '2026-11-24', noticeGivenOn: '2026-11-10', destination: 'market_flat' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ ending: { status: 'final' }, beforeMinimum: { endsOn: '2026-11-24', minimumParticipationOn: '2026-11-30', daysShort: 6 } });
    expect((await sw1.get(`/api/cases/${wish.caseId}/ending`)).json().beforeMinimum).toMatchObject({ minimumParticipationOn: '2026-11-30' });
    // 24.05.2026 + 6 months = 24.11.2026: an ending on that day has reached the minimum
    const reached = await contracted('Anna', '2026-05-24');
    expect((await sw1.post(`/api/cases/${reached.caseId}/ending`, { reason: 'person_wish', endsOn: '2026-11-24', noticeGivenOn: '2026-11-10', destination: 'market_flat' })).json().beforeMinimum).toBeNull();

    const pending = await contracted('Vija', '2026-05-31');
    expect((await sw1.post(`/api/cases/${pending.caseId}/ending`, { reason: 'violence', endsOn: '2026-11-23', destination: 'shelter' })).json()).toMatchObject({ beforeMinimum: { daysShort: 7 } });
    const items = ((await manager.get('/api/worklists/organisation?asOf=2026-11-24')).json().items as Array<{ kind: string; caseId: string }>).filter((i) => i.kind === 'ending_before_minimum');
    expect(items).toEqual([expect.objectContaining({ caseId: pending.caseId, endsOn: '2026-11-23', minimumParticipationOn: '2026-11-30', daysShort: 7 })]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestWorld, signIn } from '../../../test/test-world';
import { auditLog, dwellings, moveIns } from '../../../db/schema';

let world: Awaited<ReturnType<typeof createTestWorld>>;

beforeAll(async () => {
  world = await createTestWorld();
  const [d] = await world.db.insert(dwellings).values({
    organisationId: world.orgs.housing.id, municipalityAtvk: '0001000', address: 'Purvciema iela 1-1, Rīga', addressFolded: 'purvciema iela 1 1 riga', source: 'municipal_fund',
    landlord: 'Rīga', rooms: 1, floor: 1, hasLift: false, accessible: false, petsAllowed: false, amenities: {}, rentCents: 10000, utilitiesCents: 5000, status: 'occupied', createdBy: world.users.manager.id,
  }).returning();
  await world.db.insert(moveIns).values({
    organisationId: world.orgs.provider.id, caseId: world.cases.annasCase.id, dwellingId: d!.id, movedInOn: '2026-03-01', accompaniedBy: 'sw1', crisisAgreement: '-', spareKeyUseAllowed: true,
    equipmentExplained: true, nothingEssentialMissing: true, handoverItems: [], lease: { landlord: 'Rīga', startsOn: '2026-03-01', rentEuros: 100, signedBy: 'person', coPaymentEuros: null }, recordedBy: world.users.sw1.id,
  });
});
afterAll(() => world.close());

describe('HF-3.2.1 planned visits feed and HF-3.2.7 change of worker', () => {
  it('gives a worker a secret iCalendar link showing case numbers, never names', async () => {
    const sw1 = await signIn(world.app, 'sw1@test.lv');
    expect((await sw1.put(`/api/cases/${world.cases.annasCase.id}/visit-slot`, { weekday: 3, atTime: '10:30', fromDate: '2026-11-01' })).statusCode).toBe(200);
    const { path } = (await sw1.post('/api/me/calendar-feed')).json();
    const feed = await world.app.inject({ method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.body).toContain('SUMMARY:Mājas vizīte — MV-2026-0001');
    expect(feed.body).toContain('DTSTART;TZID=Europe/Riga:20261125T103000'); // the first Wednesday from 24.11.2026
    expect(feed.body).not.toContain('Bērziņa');
    expect((await world.app.inject({ method: 'GET', url: '/api/calendar/aaaaaaaaaaaaaaaaaaaaaaaa.ics' })).statusCode).toBe(404);
  });

  it('changes the mentor at the person’s wish without pausing the service, keeping the reason', async () => {
    const manager = await signIn(world.app, 'manager@test.lv');
    const page = (await manager.get(`/api/cases/${world.cases.annasCase.id}`)).json();
    const mentor = page.team.find((m: { teamRole: string }) => m.teamRole === 'social_mentor');
    const res = await manager.post(`/api/cases/${world.cases.annasCase.id}/team/${mentor.id}/change`, { toUserId: world.users.sw2.id, fromDate: '2026-11-24', reason: 'Persona lūdz citu mentoru' });
    expect(res.json().error.fields.userId.code).toBe('housing.errors.workerNotInOrganisation'); // sw2 is no mentor
    const reassigned = await manager.post(`/api/cases/${world.cases.annasCase.id}/team/${page.team.find((m: { teamRole: string }) => m.teamRole === 'social_worker').id}/change`, {
      toUserId: world.users.sw2.id, fromDate: '2026-11-24', reason: 'Persona vēlas citu sociālo darbinieku',
    });
    expect(reassigned.statusCode).toBe(201);
    const after = (await manager.get(`/api/cases/${world.cases.annasCase.id}?asOf=2026-11-24`)).json();
    const workers = after.team.filter((m: { teamRole: string }) => m.teamRole === 'social_worker');
    expect(workers.map((w: { active: boolean; toDate: string | null; changeReason: string | null }) => [w.active, w.toDate, w.changeReason])).toEqual([
      [false, '2026-11-23', 'Persona vēlas citu sociālo darbinieku'], [true, null, null],
    ]);
  });

  it('records damage to the dwelling without ending the service (HF-3.2.6)', async () => {
    const manager = await signIn(world.app, 'manager@test.lv');
    expect((await manager.post(`/api/cases/${world.cases.annasCase.id}/incidents`, { kind: 'dwelling_damage', occurredOn: '2026-11-20', description: 'Izsists logs virtuvē', actionTaken: 'Pieteikts remonts' })).statusCode).toBe(201);
    const page = (await manager.get(`/api/cases/${world.cases.annasCase.id}`)).json();
    expect(page.incidents[0]).toMatchObject({ kind: 'dwelling_damage' });
    expect(page.case.status).toBe('open');
  });
});

interface PlannedVisits {
  worker: { id: string; displayName: string };
  planned: Array<{ caseNumber: string; personName: string; on: string; atTime: string; status: string; visit: { outcome: string } | null }>;
  unplanned: Array<{ on: string; outcome: string; status: string }>;
}

// after the tests above: Anna's slot is Wednesday 10:30 from 01.11.2026; sw1 left her team on 23.11.2026, sw2 joined on 24.11.2026 (today)
describe('HF-3.2.1 the planned visits calendar of a worker', () => {
  const period = (from: string, to: string, userId?: string) => `/api/calendar/planned-visits?from=${from}&to=${to}${userId ? `&userId=${userId}` : ''}`;
  const visit = (visitedOn: string, outcome: string) => ({ visitedOn, atTime: '10:30', workerIds: [world.users.mentor.id], place: 'Mājās', outcome, ...(outcome === 'met' ? { hours: 1, lifeDomains: ['housing'] } : { hours: 0 }) });

  it('shows the weekly slot’s days with the case number and the name, each with the visit recorded that day', async () => {
    const mentor = await signIn(world.app, 'mentor@test.lv');
    expect((await mentor.post(`/api/cases/${world.cases.annasCase.id}/visits`, visit('2026-11-18', 'not_home_no_notice'))).statusCode).toBe(201);
    expect((await mentor.post(`/api/cases/${world.cases.annasCase.id}/visits`, visit('2026-11-20', 'met'))).statusCode).toBe(201);
    const res = await mentor.get(period('2026-11-09', '2026-11-29'));
    expect(res.statusCode).toBe(200);
    const body = res.json() as PlannedVisits;
    expect(body.worker.id).toBe(world.users.mentor.id);
    expect(body.planned.map((p) => [p.on, p.atTime, p.status, p.visit?.outcome ?? null])).toEqual([
      ['2026-11-11', '10:30', 'unrecorded', null], ['2026-11-18', '10:30', 'missed', 'not_home_no_notice'], ['2026-11-25', '10:30', 'upcoming', null],
    ]);
    expect(body.planned[0]).toMatchObject({ caseNumber: 'MV-2026-0001', personName: 'Anna Bērziņa' });
    expect(body.unplanned).toEqual([expect.objectContaining({ on: '2026-11-20', outcome: 'met', status: 'done' })]);
  });

  it('moves the visits when the slot changes, from the new slot’s first day', async () => {
    const sw2 = await signIn(world.app, 'sw2@test.lv');
    expect((await sw2.put(`/api/cases/${world.cases.annasCase.id}/visit-slot`, { weekday: 5, atTime: '14:00', fromDate: '2026-12-01' })).statusCode).toBe(200);
    const body = (await sw2.get(period('2026-11-23', '2026-12-13'))).json() as PlannedVisits;
    expect(body.planned.map((p) => `${p.on} ${p.atTime}`)).toEqual(['2026-11-25 10:30', '2026-12-04 14:00', '2026-12-11 14:00']);
  });

  it('only while the worker is on the team (HF-3.2.7): the new worker from the change, the former one no more', async () => {
    const sw2 = await signIn(world.app, 'sw2@test.lv');
    expect(((await sw2.get(period('2026-11-09', '2026-11-29'))).json() as PlannedVisits).planned.map((p) => p.on)).toEqual(['2026-11-25']);
    // sw1 is no longer on Anna's team, so no longer sees her (the access rule of personal data)
    const sw1 = await signIn(world.app, 'sw1@test.lv');
    expect(((await sw1.get(period('2026-11-09', '2026-11-29'))).json() as PlannedVisits).planned).toEqual([]);
  });

  it('lets a manager see a worker of the organisation, and nobody else see another’s', async () => {
    const manager = await signIn(world.app, 'manager@test.lv');
    const body = (await manager.get(period('2026-11-16', '2026-11-22', world.users.mentor.id))).json() as PlannedVisits;
    expect(body.worker).toEqual({ id: world.users.mentor.id, displayName: 'mentor' });
    expect(body.planned.map((p) => [p.on, p.personName, p.status])).toEqual([['2026-11-18', 'Anna Bērziņa', 'missed']]);
    expect((await manager.get(period('2026-11-16', '2026-11-22', world.users.otherManager.id))).statusCode).toBe(404);
    const sw2 = await signIn(world.app, 'sw2@test.lv');
    expect((await sw2.get(period('2026-11-16', '2026-11-22', world.users.mentor.id))).statusCode).toBe(403);
    expect((await world.app.inject({ method: 'GET', url: period('2026-11-16', '2026-11-22') })).statusCode).toBe(401);
  });

  it('refuses more than 62 days, or a period ending before it starts, in the user’s language', async () => {
    const mentor = await signIn(world.app, 'mentor@test.lv');
    expect((await mentor.get(period('2026-11-01', '2027-01-01'))).statusCode).toBe(200); // 62 days
    const tooLong = await mentor.get(period('2026-11-01', '2027-01-02'));
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error).toMatchObject({ code: 'calendar.range_too_long', message: 'Plānotos apmeklējumus var skatīt ne vairāk kā 62 dienas uzreiz; izvēlieties īsāku periodu' });
    const inEnglish = await (await signIn(world.app, 'mentor@test.lv', 'en')).get(period('2026-11-01', '2027-01-02'));
    expect(inEnglish.json().error.message).toContain('at most 62 days');
    expect((await mentor.get(period('2026-11-30', '2026-11-29'))).json().error.code).toBe('calendar.range_reversed');
    expect((await mentor.get(period('2026-11-30', '30.11.2026'))).statusCode).toBe(400);
  });

  it('audits each read with the worker, the period and the cases shown', async () => {
    const manager = await signIn(world.app, 'manager@test.lv');
    await manager.get(period('2026-12-01', '2026-12-07', world.users.mentor.id));
    const rows = await world.db.select().from(auditLog).where(and(eq(auditLog.entityId, 'planned_visits'), eq(auditLog.actorUserId, world.users.manager.id)));
    expect(rows.at(-1)).toMatchObject({ action: 'view', entityType: 'worklist', changes: { userId: world.users.mentor.id, from: '2026-12-01', to: '2026-12-07', cases: [world.cases.annasCase.id] } });
  });
});

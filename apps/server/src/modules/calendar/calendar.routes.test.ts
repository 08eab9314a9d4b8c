import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, signIn } from '../../test/test-world';

let world: Awaited<ReturnType<typeof createTestWorld>>;

beforeAll(async () => { world = await createTestWorld(); });
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

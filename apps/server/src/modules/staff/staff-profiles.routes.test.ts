import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMovedInCase, createTestWorld, signIn } from '../../test/test-world';

let world: Awaited<ReturnType<typeof createTestWorld>>;
type Client = Awaited<ReturnType<typeof signIn>>;
let manager: Client;

const profile = {
  qualifications: [
    { kind: 'education', title: 'Sociālā darba maģistrs — “Rīgas Stradiņa universitāte”', issuer: 'RSU', obtainedOn: '2015-06-20', validUntil: null },
    { kind: 'certificate', title: 'Pirmās palīdzības apliecība', issuer: 'LSA', obtainedOn: '2025-02-01', validUntil: '2028-02-01' },
  ],
  languages: [{ language: 'lv', level: 'native' }, { language: 'ru', level: 'advanced' }],
};

beforeAll(async () => {
  world = await createTestWorld();
  manager = await signIn(world.app, 'manager@test.lv');
});
afterAll(() => world.close());

describe('HF-2.6 staff qualifications and languages', () => {
  it('the manager records a staff member’s qualifications and languages; the list shows the languages; the save is audited', async () => {
    const saved = await manager.put(`/api/users/${world.users.sw1.id}/staff-profile`, profile);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().languageStanding).toBe('latvian');
    const read = (await manager.get(`/api/users/${world.users.sw1.id}/staff-profile`)).json();
    expect(read.qualifications.map((q: { title: string }) => q.title)).toEqual([profile.qualifications[0]!.title, 'Pirmās palīdzības apliecība']);
    expect(read.qualifications[1]).toMatchObject({ kind: 'certificate', obtainedOn: '2025-02-01', validUntil: '2028-02-01' });
    const list = (await manager.get('/api/staff-languages')).json().items;
    expect(list.find((u: { userId: string }) => u.userId === world.users.sw1.id)).toMatchObject({ languages: [{ language: 'lv', level: 'native' }, { language: 'ru', level: 'advanced' }], languageStanding: 'latvian' });
    expect(list.find((u: { userId: string }) => u.userId === world.users.sw2.id).languageStanding).toBe('notRecorded');
    const audit = (await manager.get(`/api/audit?actorUserId=${world.users.manager.id}`)).json();
    expect(JSON.stringify(audit)).toContain('staff_profile');
  });

  it('a second save replaces the first (a language removed is gone)', async () => {
    expect((await manager.put(`/api/users/${world.users.sw1.id}/staff-profile`, { ...profile, languages: [{ language: 'lv', level: 'native' }] })).statusCode).toBe(200);
    expect((await manager.get(`/api/users/${world.users.sw1.id}/staff-profile`)).json().languages).toEqual([{ language: 'lv', level: 'native' }]);
  });

  it('is refused to a worker and another organisation’s manager (404: not theirs to see) and to an administrator (403)', async () => {
    expect((await (await signIn(world.app, 'sw1@test.lv')).put(`/api/users/${world.users.sw2.id}/staff-profile`, profile)).statusCode).toBe(404);
    expect((await (await signIn(world.app, 'sw1@test.lv')).get(`/api/users/${world.users.sw1.id}/staff-profile`)).statusCode).toBe(404);
    expect((await (await signIn(world.app, 'other@test.lv')).put(`/api/users/${world.users.sw2.id}/staff-profile`, profile)).statusCode).toBe(404);
    expect((await (await signIn(world.app, 'admin@test.lv')).put(`/api/users/${world.users.sw2.id}/staff-profile`, profile)).statusCode).toBe(403);
  });

  it('refuses bad input with 4xx naming the field: a future date, a language twice, an unknown level', async () => {
    const future = await manager.put(`/api/users/${world.users.sw2.id}/staff-profile`, { ...profile, qualifications: [{ ...profile.qualifications[0], obtainedOn: '2027-01-01' }] });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields).toHaveProperty(['qualifications.0.obtainedOn']);
    expect((await manager.put(`/api/users/${world.users.sw2.id}/staff-profile`, { ...profile, languages: [{ language: 'lv', level: 'native' }, { language: 'lv', level: 'basic' }] })).statusCode).toBe(400);
    expect((await manager.put(`/api/users/${world.users.sw2.id}/staff-profile`, { ...profile, languages: [{ language: 'lv', level: 'C2' }] })).statusCode).toBe(400);
  });

  it('stores hostile strings exactly', async () => {
    const title = '<script>alert(1)</script> \'; DROP TABLE users; -- Ķ ģ Ņ';
    expect((await manager.put(`/api/users/${world.users.sw2.id}/staff-profile`, { qualifications: [{ kind: 'training', title, issuer: null }], languages: [] })).statusCode).toBe(200);
    expect((await manager.get(`/api/users/${world.users.sw2.id}/staff-profile`)).json().qualifications[0].title).toBe(title);
  });

  it('warns — does not refuse — when a worker without Latvian is put on a team; the team shows each member’s languages', async () => {
    const { caseId } = await createMovedInCase(world, 'Olga', 'Ivanova', { person: { languages: ['ru'] } });
    expect((await manager.put(`/api/users/${world.users.sw2.id}/staff-profile`, { qualifications: [], languages: [{ language: 'ru', level: 'native' }, { language: 'en', level: 'basic' }] })).statusCode).toBe(200);
    const assigned = await manager.post(`/api/cases/${caseId}/team`, { userId: world.users.sw2.id, teamRole: 'social_worker', fromDate: '2026-11-01' });
    expect(assigned.statusCode).toBe(201);
    expect(assigned.json().warnings).toEqual(['latvianMissing']);
    const team = (await manager.get(`/api/cases/${caseId}`)).json().team;
    expect(team.find((m: { userId: string }) => m.userId === world.users.sw2.id)).toMatchObject({ languages: [{ language: 'en', level: 'basic' }, { language: 'ru', level: 'native' }], sharedLanguages: ['ru'] });
    expect(team.find((m: { userId: string }) => m.userId === world.users.sw1.id).sharedLanguages).toEqual([]);
  });
});

describe('HF-2.6 the staff profile keeps every version', () => {
  it('HF-2.6 each save that changes the profile is a new version with who saved it and when; the history shows what changed; a same save adds none', async () => {
    const id = world.users.mentor.id;
    expect((await manager.put(`/api/users/${id}/staff-profile`, profile)).statusCode).toBe(200);
    expect((await manager.put(`/api/users/${id}/staff-profile`, { qualifications: [profile.qualifications[0]], languages: [{ language: 'lv', level: 'native' }, { language: 'ru', level: 'intermediate' }, { language: 'en', level: 'basic' }] })).statusCode).toBe(200);
    expect((await manager.put(`/api/users/${id}/staff-profile`, { qualifications: [profile.qualifications[0]], languages: [{ language: 'lv', level: 'native' }, { language: 'ru', level: 'intermediate' }, { language: 'en', level: 'basic' }] })).statusCode).toBe(200);
    const history = await manager.get(`/api/users/${id}/staff-profile/history`);
    expect(history.statusCode).toBe(200);
    const versions = history.json().versions as Array<{ version: number; recordedAt: string; recordedBy: { id: string; displayName: string }; languages: unknown[]; qualifications: unknown[]; changes: Record<string, unknown[]> }>;
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[0]).toMatchObject({
      recordedBy: { id: world.users.manager.id },
      changes: { languagesAdded: [{ language: 'en', level: 'basic' }], languagesChanged: [{ language: 'ru', from: 'advanced', to: 'intermediate' }], languagesRemoved: [], qualificationsRemoved: [{ title: 'Pirmās palīdzības apliecība' }] },
    });
    expect(versions[0]!.recordedAt).toMatch(/^\d{4}-\d\d-\d\d/);
    // the first version still holds what it held: nothing overwritten
    expect(versions[1]).toMatchObject({ languages: profile.languages, qualifications: [{ title: profile.qualifications[0]!.title }, { title: 'Pirmās palīdzības apliecība', validUntil: '2028-02-01' }] });
    expect(versions[1]!.changes.qualificationsAdded).toHaveLength(2);
    // the history is as private as the profile
    expect((await (await signIn(world.app, 'sw1@test.lv')).get(`/api/users/${id}/staff-profile/history`)).statusCode).toBe(404);
    expect((await (await signIn(world.app, 'other@test.lv')).get(`/api/users/${id}/staff-profile/history`)).statusCode).toBe(404);
  });
});

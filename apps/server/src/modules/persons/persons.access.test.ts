import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestWorld, signIn } from '../../test/test-world';
import { auditLog } from '../../db/schema';

let world: Awaited<ReturnType<typeof createTestWorld>>;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(() => world.close());

const namesOf = async (email: string) => {
  const client = await signIn(world.app, email);
  const res = await client.get('/api/persons');
  return res.statusCode === 200 ? (res.json().items as { givenNames: string }[]).map((p) => p.givenNames).sort() : res.statusCode;
};

describe('who sees whom (one scoping rule for every person query)', () => {
  it('a social worker sees only the persons whose case team they are on', async () => {
    expect(await namesOf('sw1@test.lv')).toEqual(['Anna']);
    expect(await namesOf('sw2@test.lv')).toEqual([]);
  });

  it('a mentor on the team sees the person', async () => {
    expect(await namesOf('mentor@test.lv')).toEqual(['Anna']);
  });

  it('a manager sees the persons with a case in their organisation, not the other provider’s', async () => {
    expect(await namesOf('manager@test.lv')).toEqual(['Anna']);
    expect(await namesOf('other@test.lv')).toEqual(['Ilze']);
  });

  it('a search by personal code finds a person only in the searcher’s scope, in every shape of it', async () => {
    const byCode = async (email: string, code: string) => {
      const res = await (await signIn(world.app, email)).get(`/api/persons?q=${code}`);
      return (res.json().items as { givenNames: string }[]).map((p) => p.givenNames);
    };
    for (const code of ['14076119428', '140761-19428']) {
      // a caseload, a provider's clients (checked person by person), the municipality's social service
      for (const email of ['sw1@test.lv', 'manager@test.lv', 'riga@test.lv']) expect(await byCode(email, code), email).toEqual(['Anna']);
      for (const email of ['sw2@test.lv', 'other@test.lv', 'liepaja@test.lv']) expect(await byCode(email, code), email).toEqual([]);
    }
  });

  it('a municipal social worker sees their municipality’s applicants', async () => {
    expect(await namesOf('riga@test.lv')).toEqual(['Anna', 'Pēteris']);
  });

  it('a funder analyst and an administrator see no personal data at all', async () => {
    expect(await namesOf('funder@test.lv')).toBe(403);
    expect(await namesOf('admin@test.lv')).toBe(403);
    const funder = await signIn(world.app, 'funder@test.lv');
    expect((await funder.get(`/api/persons/${world.persons.anna.id}`)).statusCode).toBe(403);
  });

  it('a person out of scope is answered 404, as if it did not exist', async () => {
    const sw2 = await signIn(world.app, 'sw2@test.lv');
    const res = await sw2.get(`/api/persons/${world.persons.anna.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('persons.not_found');
    expect((await sw2.put(`/api/persons/${world.persons.anna.id}`, { version: 1, person: { givenNames: 'X', surnames: 'Y' } })).statusCode).toBe(404);
  });

  it('a team member who left the team no longer sees the person', async () => {
    const { caseTeamMembers } = await import('../../db/schema');
    await world.db.update(caseTeamMembers).set({ toDate: '2026-11-23' }).where(eq(caseTeamMembers.userId, world.users.mentor.id));
    expect(await namesOf('mentor@test.lv')).toEqual([]);
  });

  it('every view of a person’s record is written to the audit log', async () => {
    const sw1 = await signIn(world.app, 'sw1@test.lv');
    const res = await sw1.get(`/api/persons/${world.persons.anna.id}`);
    expect(res.statusCode).toBe(200);
    const views = await world.db.select().from(auditLog).where(and(eq(auditLog.personId, world.persons.anna.id), eq(auditLog.action, 'view')));
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ actorUserId: world.users.sw1.id, entityType: 'person', requestId: expect.any(String) });
  });

  it('funders get aggregates with small cells suppressed', async () => {
    const funder = await signIn(world.app, 'funder@test.lv');
    const res = await funder.get('/api/stats/overview');
    expect(res.statusCode).toBe(200);
    const riga = res.json().byMunicipality.find((m: { atvk: string }) => m.atvk === '0001000');
    expect(riga).toMatchObject({ persons: null, suppressed: true });
    expect(JSON.stringify(res.json())).not.toContain('Anna');
  });
});

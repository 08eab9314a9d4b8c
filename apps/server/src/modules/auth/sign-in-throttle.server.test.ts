import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestWorld, TEST_PASSWORD } from '../../test/test-world';
import { auditLog } from '../../db/schema';

/**
 * Concurrency class "lost update" for the sign-in counter (issue 11 §1, ASVS 2.2.1): on the PostgreSQL
 * server many connections guess at once; PGlite's one connection would serialise them and hide a race.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('sign-in lockout under concurrent guesses (PostgreSQL server)', () => {
  let world: Awaited<ReturnType<typeof createTestWorld>>;
  beforeAll(async () => {
    world = await createTestWorld();
  });
  afterAll(() => world.close());

  it('checks at most LOGIN_MAX_FAILURES of 30 concurrent wrong passwords, then refuses the right one while locked', async () => {
    const guesses = await Promise.all(Array.from({ length: 30 }, (_, i) =>
      world.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: `10.3.${Math.floor(i / 200)}.${i % 200}`, payload: { email: 'mentor@test.lv', password: `wrong-${i}` } })));
    const statuses = guesses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(world.config.LOGIN_MAX_FAILURES - 1);
    expect(statuses.filter((s) => s === 423)).toHaveLength(30 - (world.config.LOGIN_MAX_FAILURES - 1));
    // every password actually checked and found wrong leaves one audit entry
    const checked = await world.db.select().from(auditLog).where(and(eq(auditLog.actorUserId, world.users.mentor.id), eq(auditLog.action, 'sign_in_failed')));
    expect(checked).toHaveLength(world.config.LOGIN_MAX_FAILURES);

    const right = await world.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.3.9.9', payload: { email: 'mentor@test.lv', password: TEST_PASSWORD } });
    expect(right.statusCode).toBe(423);
  });
});

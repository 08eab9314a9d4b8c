import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { SessionActor } from './sessions.repository';
import { hashToken, SessionCache, sessionCache } from './sessions.repository';
import { sessions } from '../../db/schema';
import { createTestWorld, signIn, TEST_PASSWORD } from '../../test/test-world';

const tokenOf = (cookie: string) => cookie.replace(/^sid=/, '');

describe('the session cache over HTTP', () => {
  let world: Awaited<ReturnType<typeof createTestWorld>>;
  beforeAll(async () => {
    world = await createTestWorld();
  });
  afterAll(() => world.close());
  beforeEach(() => sessionCache.clear());

  it('answers from the cache for a few seconds (a session deleted behind the process’s back still works until the TTL)', async () => {
    const client = await signIn(world.app, 'sw1@test.lv');
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
    // what another process signing the user out would do: this process does not hear of it
    await world.db.delete(sessions).where(eq(sessions.tokenHash, hashToken(tokenOf(client.cookie))));
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
    sessionCache.clear(); // = the TTL running out
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('forgets the session at sign-out', async () => {
    const client = await signIn(world.app, 'sw1@test.lv');
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('forgets every session of the user at sign-out everywhere, cached or not', async () => {
    const a = await signIn(world.app, 'admin@test.lv');
    const b = await signIn(world.app, 'admin@test.lv');
    const someoneElse = await signIn(world.app, 'manager@test.lv');
    for (const c of [a, b, someoneElse]) expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    expect(sessionCache.get(hashToken(tokenOf(b.cookie)), new Date('2026-11-24T10:00:00Z'))).not.toBeNull();
    expect((await a.post('/api/auth/logout-everywhere')).statusCode).toBe(204);
    expect((await b.get('/api/auth/me')).statusCode).toBe(401);
    expect((await a.get('/api/auth/me')).statusCode).toBe(401);
    expect((await someoneElse.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('forgets the other sessions at a password change and keeps this one', async () => {
    const here = await signIn(world.app, 'sw2@test.lv');
    const elsewhere = await signIn(world.app, 'sw2@test.lv');
    expect((await here.get('/api/auth/me')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).statusCode).toBe(200);
    const ok = await here.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'A-much-longer-password-1' });
    expect(ok.statusCode).toBe(204);
    expect((await elsewhere.get('/api/auth/me')).statusCode).toBe(401);
    expect((await here.get('/api/auth/me')).statusCode).toBe(200);
    expect((await here.get('/api/auth/me')).statusCode).toBe(200);
  });
});

describe('SessionCache', () => {
  const now = new Date('2026-11-24T10:00:00Z');
  const session = (tokenHash: string, userId: string, expiresAt = new Date(now.getTime() + 30 * 60_000)): SessionActor => ({
    tokenHash,
    csrfToken: 'c',
    lastSeenAt: now,
    expiresAt,
    actor: { userId, organisationId: 'o', organisationKind: 'service_provider', municipalityAtvk: null, roles: ['social_worker'] },
    user: { id: userId, email: `${userId}@test.lv`, displayName: userId, roles: ['social_worker'] },
    organisation: { id: 'o', name: 'O', kind: 'service_provider', municipalityAtvk: null },
  });

  it('keeps an entry for the TTL only', () => {
    let t = 0;
    const cache = new SessionCache(5_000, 100, () => t);
    cache.set(session('a', 'u1'));
    t = 4_999;
    expect(cache.get('a', now)?.user.id).toBe('u1');
    t = 5_000;
    expect(cache.get('a', now)).toBeNull();
    expect(cache.size).toBe(0);
  });

  it('never serves a session past its expiry, and follows a touch', () => {
    const cache = new SessionCache(5_000, 100, () => 0);
    cache.set(session('a', 'u1', new Date(now.getTime() + 1_000)));
    expect(cache.get('a', new Date(now.getTime() + 1_000))).toBeNull();
    cache.set(session('b', 'u1', new Date(now.getTime() + 1_000)));
    const later = new Date(now.getTime() + 60_000);
    cache.touched('b', later, new Date(later.getTime() + 30 * 60_000));
    expect(cache.get('b', later)?.lastSeenAt).toEqual(later);
  });

  it('is bounded: the oldest entry goes first', () => {
    const cache = new SessionCache(5_000, 3, () => 0);
    for (const t of ['a', 'b', 'c', 'd']) cache.set(session(t, `u-${t}`));
    expect(cache.size).toBe(3);
    expect(cache.get('a', now)).toBeNull();
    expect(cache.get('d', now)).not.toBeNull();
  });

  it('forgets a user’s sessions and does not cache them again for one TTL (a read just before the deleting commit)', () => {
    let t = 0;
    const cache = new SessionCache(5_000, 100, () => t);
    cache.set(session('a', 'u1'));
    cache.set(session('b', 'u1'));
    cache.set(session('c', 'u2'));
    cache.forgetUser('u1');
    expect(cache.get('a', now)).toBeNull();
    expect(cache.get('b', now)).toBeNull();
    expect(cache.get('c', now)).not.toBeNull();
    cache.set(session('a', 'u1'));
    expect(cache.get('a', now)).toBeNull();
    t = 5_000;
    cache.set(session('a', 'u1'));
    expect(cache.get('a', now)).not.toBeNull();
    cache.forgetToken('a');
    expect(cache.get('a', now)).toBeNull();
  });
});

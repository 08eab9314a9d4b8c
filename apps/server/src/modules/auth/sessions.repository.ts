import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, ne, sql } from 'drizzle-orm';
import type { Actor, OrganisationKind, Role } from '@socrehab/domain';
import type { Db, Tx } from '../../db/database';
import { organisations, sessions, users } from '../../db/schema';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates a session; returns the raw token for the cookie (only its hash is stored). */
export async function createSession(tx: Tx, userId: string, idleMinutes: number, now: Date) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await tx.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    csrfToken,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + idleMinutes * 60_000),
  });
  return { token, csrfToken };
}

export interface SessionActor {
  tokenHash: string;
  csrfToken: string;
  lastSeenAt: Date;
  expiresAt: Date;
  actor: Actor;
  user: { id: string; email: string; displayName: string; roles: Role[] };
  organisation: { id: string; name: string; kind: OrganisationKind; municipalityAtvk: string | null };
}

/**
 * The live session behind a cookie token, with its user and organisation — one indexed query.
 * A demo account's session is live only while demo mode is on (`demoAccounts`): turning DEMO off
 * ends the sessions demo accounts already had (issue 11 §5).
 */
export function findSessionActor(db: Db, token: string, now: Date, demoAccounts: boolean): Promise<SessionActor | null> {
  return findSessionActorByHash(db, hashToken(token), now, demoAccounts);
}

async function findSessionActorByHash(db: Db, tokenHash: string, now: Date, demoAccounts: boolean): Promise<SessionActor | null> {
  const [row] = await db
    .select({
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      email: users.email,
      displayName: users.displayName,
      roles: users.roles,
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      municipalityAtvk: organisations.municipalityAtvk,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), eq(users.active, true), demoAccounts ? undefined : eq(users.isDemo, false)))
    .limit(1);
  if (!row) return null;
  const roles = row.roles as Role[];
  const organisation = {
    id: row.organisationId,
    name: row.organisationName,
    kind: row.organisationKind as OrganisationKind,
    municipalityAtvk: row.municipalityAtvk,
  };
  return {
    tokenHash,
    csrfToken: row.csrfToken,
    lastSeenAt: row.lastSeenAt,
    expiresAt: row.expiresAt,
    user: { id: row.userId, email: row.email, displayName: row.displayName, roles },
    organisation,
    actor: {
      userId: row.userId,
      organisationId: organisation.id,
      organisationKind: organisation.kind,
      municipalityAtvk: organisation.municipalityAtvk,
      roles,
    },
  };
}

/** Slides the idle expiry forward; called at most once a minute per session to spare writes. */
export async function touchSession(db: Db, tokenHash: string, idleMinutes: number, now: Date) {
  const expiresAt = new Date(now.getTime() + idleMinutes * 60_000);
  await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.tokenHash, tokenHash));
  sessionCache.touched(tokenHash, now, expiresAt);
}

/** Ends one session (sign-out). */
export async function deleteSession(tx: Tx, tokenHash: string) {
  const [deleted] = await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).returning({ userId: sessions.userId });
  sessionCache.forgetToken(tokenHash, deleted?.userId);
}
/** Ends every session of a user (sign-out everywhere). */
export async function deleteSessionsOfUser(tx: Tx, userId: string) {
  await tx.delete(sessions).where(eq(sessions.userId, userId));
  sessionCache.forgetUser(userId);
}
/** Ends every session of a user but one (a password change keeps the session it was made in). */
export async function deleteOtherSessionsOfUser(tx: Tx, userId: string, keepTokenHash: string) {
  await tx.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash)));
  sessionCache.forgetUser(userId);
}
export const deleteExpiredSessions = (db: Db, now: Date) => db.delete(sessions).where(sql`${sessions.expiresAt} < ${now}`);

/**
 * A short-lived in-process cache of token hash → session actor, read by the session hook on every
 * request so that most requests skip the session query (one round trip of the person page's and the
 * search's few).
 *
 * The trade-off: a cached session is trusted for up to `ttlMs` without asking the database.
 * - In this process nothing is stale: sign-out, sign-out everywhere, a password change (every
 *   `delete…` above) and a lock-out forget the user's entries at once. Because the deletion only
 *   takes effect at commit, the user's sessions are also not cached again for one TTL afterwards: a
 *   request that read the row just before the commit cannot put it back.
 * - Another process (several app servers behind a balancer) does not hear of it: a session ended
 *   there, a user deactivated or a role or organisation changed directly in the database keeps working
 *   here for at most `ttlMs`. That TTL (a few seconds) is the bound on staleness; keep it short.
 * - Expiry is checked on every hit against the entry's `expiresAt` and the request's clock, as the
 *   query does, so an idle session still ends on time; `touchSession` moves the cached expiry with the
 *   stored one. A hit past the cached expiry asks the database (another process may have slid it).
 * The size is bounded: the oldest entry is dropped first.
 */
export class SessionCache {
  private readonly entries = new Map<string, { session: SessionActor; storedAt: number }>();
  /** user id → monotonic time until which that user's sessions are not cached again. */
  private readonly quiet = new Map<string, number>();

  constructor(
    private readonly ttlMs = 5_000,
    private readonly maxEntries = 10_000,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  get(tokenHash: string, now: Date): SessionActor | null {
    const entry = this.entries.get(tokenHash);
    if (!entry) return null;
    if (this.clock() - entry.storedAt >= this.ttlMs || entry.session.expiresAt <= now) {
      this.entries.delete(tokenHash);
      return null;
    }
    return entry.session;
  }

  set(session: SessionActor): void {
    const at = this.clock();
    const quietUntil = this.quiet.get(session.user.id);
    if (quietUntil !== undefined) {
      if (at < quietUntil) return;
      this.quiet.delete(session.user.id);
    }
    this.entries.delete(session.tokenHash); // re-inserted last: the oldest stays first
    this.entries.set(session.tokenHash, { session, storedAt: at });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  touched(tokenHash: string, lastSeenAt: Date, expiresAt: Date): void {
    const entry = this.entries.get(tokenHash);
    if (entry) entry.session = { ...entry.session, lastSeenAt, expiresAt };
  }

  forgetToken(tokenHash: string, userId?: string): void {
    const userOfEntry = this.entries.get(tokenHash)?.session.user.id;
    this.entries.delete(tokenHash);
    const user = userId ?? userOfEntry;
    if (user) this.quietFor(user);
  }

  forgetUser(userId: string): void {
    for (const [tokenHash, entry] of this.entries) if (entry.session.user.id === userId) this.entries.delete(tokenHash);
    this.quietFor(userId);
  }

  clear(): void {
    this.entries.clear();
    this.quiet.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private quietFor(userId: string): void {
    const at = this.clock();
    if (this.quiet.size >= this.maxEntries) for (const [user, until] of this.quiet) if (until <= at) this.quiet.delete(user);
    this.quiet.set(userId, at + this.ttlMs);
  }
}

/** The process's session cache (see SessionCache). */
export const sessionCache = new SessionCache();

/** `findSessionActor` through the process's cache: what the session hook reads on every request. */
export async function findSessionActorCached(db: Db, token: string, now: Date, demoAccounts: boolean): Promise<SessionActor | null> {
  const tokenHash = hashToken(token);
  const cached = sessionCache.get(tokenHash, now);
  if (cached) return cached;
  const session = await findSessionActorByHash(db, tokenHash, now, demoAccounts);
  if (session) sessionCache.set(session);
  return session;
}

/** Forgets a user's cached sessions, e.g. when the account is locked or deactivated. */
export const forgetCachedSessionsOfUser = (userId: string) => sessionCache.forgetUser(userId);

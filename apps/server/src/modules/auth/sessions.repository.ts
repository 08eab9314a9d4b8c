import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
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
  actor: Actor;
  user: { id: string; email: string; displayName: string; roles: Role[] };
  organisation: { id: string; name: string; kind: OrganisationKind; municipalityAtvk: string | null };
}

/** The live session behind a cookie token, with its user and organisation — one indexed query. */
export async function findSessionActor(db: Db, token: string, now: Date): Promise<SessionActor | null> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
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
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), eq(users.active, true)))
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
  await db
    .update(sessions)
    .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + idleMinutes * 60_000) })
    .where(eq(sessions.tokenHash, tokenHash));
}

export const deleteSession = (tx: Tx, tokenHash: string) => tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
export const deleteSessionsOfUser = (tx: Tx, userId: string) => tx.delete(sessions).where(eq(sessions.userId, userId));
export const deleteExpiredSessions = (db: Db, now: Date) => db.delete(sessions).where(sql`${sessions.expiresAt} < ${now}`);

import { createHash } from 'node:crypto';
import { and, eq, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { signInThrottle } from '../../db/schema';

/** The throttle's key: the SHA-256 of the normalised e-mail, so guessed addresses are not stored. */
export const emailHashOf = (normalisedEmail: string) => createHash('sha256').update(normalisedEmail, 'utf8').digest('hex');

/** Idle rows older than this are removed at a successful sign-in (unknown e-mails do not pile up). */
const IDLE_ROW_MS = 24 * 60 * 60_000;

export type SignInClaim = { locked: false; failures: number; lockedUntil: Date | null } | { locked: true; lockedUntil: Date };

/**
 * Claims one password check for an e-mail, counted as a failure until the sign-in succeeds, in ONE
 * statement before the password is verified (ASVS 2.2.1): concurrent guesses on the PostgreSQL
 * server are serialised on the row, so at most `maxFailures` checks run before the lock. The claim
 * that reaches `maxFailures` sets the lock itself; a lock that has ended starts the count again at 1.
 * Returns `locked: true` (and no check is made) while a lock runs.
 */
export async function claimSignInAttempt(db: Db, emailHash: string, maxFailures: number, lockMinutes: number, now: Date): Promise<SignInClaim> {
  const lockUntil = new Date(now.getTime() + lockMinutes * 60_000);
  const failures = sql`CASE WHEN ${signInThrottle.lockedUntil} IS NOT NULL THEN 1 ELSE ${signInThrottle.failures} + 1 END`;
  const [claimed] = await db
    .insert(signInThrottle)
    .values({ emailHash, failures: 1, lockedUntil: maxFailures <= 1 ? lockUntil : null, updatedAt: now })
    .onConflictDoUpdate({
      target: signInThrottle.emailHash,
      set: {
        failures,
        lockedUntil: sql`CASE WHEN ${failures} >= ${maxFailures} THEN ${lockUntil.toISOString()}::timestamptz END`,
        updatedAt: now,
      },
      setWhere: or(isNull(signInThrottle.lockedUntil), lte(signInThrottle.lockedUntil, now)),
    })
    .returning({ failures: signInThrottle.failures, lockedUntil: signInThrottle.lockedUntil });
  if (claimed) return { locked: false, failures: claimed.failures, lockedUntil: claimed.lockedUntil };
  const [row] = await db.select({ lockedUntil: signInThrottle.lockedUntil }).from(signInThrottle).where(eq(signInThrottle.emailHash, emailHash));
  return { locked: true, lockedUntil: row?.lockedUntil ?? lockUntil };
}

/** A successful sign-in clears the e-mail's failures and removes rows idle for a day. */
export async function clearSignInFailures(tx: Tx, emailHash: string, now: Date) {
  const idleSince = new Date(now.getTime() - IDLE_ROW_MS);
  await tx.delete(signInThrottle).where(or(
    eq(signInThrottle.emailHash, emailHash),
    and(lt(signInThrottle.updatedAt, idleSince), or(isNull(signInThrottle.lockedUntil), lte(signInThrottle.lockedUntil, now))),
  ));
}

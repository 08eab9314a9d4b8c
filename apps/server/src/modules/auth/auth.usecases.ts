import { eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import { type Ctx, type Deps, originOf } from '../../app/context';
import { users } from '../../db/schema';
import { appendAuditEvent } from '../audit/audit.repository';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords';
import { createSession, deleteOtherSessionsOfUser, deleteSession, deleteSessionsOfUser, forgetCachedSessionsOfUser } from './sessions.repository';

const invalidCredentials = () => new AppError(401, 'auth.invalid_credentials', 'errors.auth.invalidCredentials');

/**
 * Signs a user in with e-mail and password. After LOGIN_MAX_FAILURES wrong passwords in a row the
 * account is locked for LOGIN_LOCK_MINUTES; demo accounts work only in demo mode.
 */
export async function signIn(input: { email: string; password: string }, deps: Deps & { requestId: string; clientAddress: string | null }) {
  const now = deps.now();
  const email = input.email.trim().toLowerCase();
  const [user] = await deps.db.select().from(users).where(eq(users.email, email)).limit(1);
  if (!user || !user.active) {
    await verifyPassword(DUMMY_HASH, input.password);
    throw invalidCredentials();
  }
  if (user.isDemo && deps.config.DEMO !== 'on') throw new AppError(403, 'auth.demo_disabled', 'errors.auth.demoDisabled');
  if (user.lockedUntil && user.lockedUntil > now) throw lockedError(user.lockedUntil, now);

  const origin = { actorUserId: user.id, actorOrganisationId: user.organisationId, requestId: deps.requestId, clientAddress: deps.clientAddress };
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const failures = user.failedLogins + 1;
    const lockedUntil = failures >= deps.config.LOGIN_MAX_FAILURES ? new Date(now.getTime() + deps.config.LOGIN_LOCK_MINUTES * 60_000) : null;
    await deps.db.transaction(async (tx) => {
      await tx.update(users).set({ failedLogins: lockedUntil ? 0 : failures, lockedUntil }).where(eq(users.id, user.id));
      await appendAuditEvent(tx, origin, { action: 'sign_in_failed', entityType: 'user', entityId: user.id, personId: null, changes: lockedUntil ? { locked: true } : null }, now);
    });
    if (lockedUntil) {
      forgetCachedSessionsOfUser(user.id); // the session cache holds nothing of a locked account
      throw lockedError(lockedUntil, now);
    }
    throw invalidCredentials();
  }

  return deps.db.transaction(async (tx) => {
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
    const session = await createSession(tx, user.id, deps.config.SESSION_IDLE_MINUTES, now);
    await appendAuditEvent(tx, origin, { action: 'sign_in', entityType: 'session', entityId: user.id, personId: null }, now);
    return session;
  });
}

function lockedError(until: Date, now: Date) {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new AppError(423, 'auth.locked', 'errors.auth.locked', { params: { minutes } });
}

export async function signOut(tokenHash: string, ctx: Ctx) {
  await ctx.db.transaction(async (tx) => {
    await deleteSession(tx, tokenHash);
    await appendAuditEvent(tx, originOf(ctx), { action: 'sign_out', entityType: 'session', entityId: ctx.actor.userId, personId: null }, ctx.now());
  });
}

/** Ends every session of the user, on every device. */
export async function signOutEverywhere(ctx: Ctx) {
  await ctx.db.transaction(async (tx) => {
    await deleteSessionsOfUser(tx, ctx.actor.userId);
    await appendAuditEvent(tx, originOf(ctx), { action: 'sign_out_everywhere', entityType: 'user', entityId: ctx.actor.userId, personId: null }, ctx.now());
  });
}

/** Changes the password and ends every other session; the current one stays signed in. */
export async function changePassword(input: { currentPassword: string; newPassword: string; currentTokenHash: string }, ctx: Ctx) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.userId)).limit(1);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError(403, 'auth.wrong_password', 'errors.auth.wrongPassword', { fields: { currentPassword: 'errors.auth.wrongPassword' } });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: ctx.now().toISOString() }).where(eq(users.id, user.id));
    await deleteOtherSessionsOfUser(tx, user.id, input.currentTokenHash);
    await appendAuditEvent(tx, originOf(ctx), { action: 'password_change', entityType: 'user', entityId: user.id, personId: null }, ctx.now());
  });
}

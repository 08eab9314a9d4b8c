import { AppError } from '../../shared/errors';
import { type Ctx, type Deps, originOf } from '../../app/context';
import { appendAuditEvent } from '../audit/audit.repository';
import { getUserByEmail, getUserById, setPassword } from './credentials.repository';
import { DUMMY_HASH, hashPassword, isCommonPassword, verifyPassword } from './passwords';
import { claimSignInAttempt, clearSignInFailures, emailHashOf } from './sign-in-throttle.repository';
import { createSession, deleteOtherSessionsOfUser, deleteSession, deleteSessionsOfUser, forgetCachedSessionsOfUser } from './sessions.repository';

const invalidCredentials = () => new AppError(401, 'auth.invalid_credentials', 'errors.auth.invalidCredentials');

/**
 * Signs a user in with e-mail and password. After LOGIN_MAX_FAILURES wrong passwords in a row the
 * e-mail is locked for LOGIN_LOCK_MINUTES; demo accounts work only in demo mode.
 * Each attempt is claimed before its password is checked (sign-in-throttle.repository.ts), so
 * concurrent guesses cannot check more than the allowed number. An unknown e-mail is counted,
 * locked and verified (against a dummy hash) exactly like an account: the answer, locked or not,
 * does not tell whether the account exists (ASVS 2.2.1, 3.2 of issue 11).
 */
export async function signIn(input: { email: string; password: string }, deps: Deps & { requestId: string; clientAddress: string | null }) {
  const now = deps.now();
  const email = input.email.trim().toLowerCase();
  const user = await getUserByEmail(deps.db, email);
  if (user?.active && user.isDemo && deps.config.DEMO !== 'on') throw new AppError(403, 'auth.demo_disabled', 'errors.auth.demoDisabled');

  const emailHash = emailHashOf(email);
  const claim = await claimSignInAttempt(deps.db, emailHash, deps.config.LOGIN_MAX_FAILURES, deps.config.LOGIN_LOCK_MINUTES, now);
  if (claim.locked) throw lockedError(claim.lockedUntil, now);
  const account = user?.active ? user : null;
  const verified = await verifyPassword(account?.passwordHash ?? DUMMY_HASH, input.password);

  if (!account || !verified) {
    if (account) {
      const origin = { actorUserId: account.id, actorOrganisationId: account.organisationId, requestId: deps.requestId, clientAddress: deps.clientAddress };
      await appendAuditEvent(deps.db, origin, { action: 'sign_in_failed', entityType: 'user', entityId: account.id, personId: null, changes: claim.lockedUntil ? { locked: true } : null }, now);
      if (claim.lockedUntil) forgetCachedSessionsOfUser(account.id); // the session cache holds nothing of a locked account
    }
    if (claim.lockedUntil) throw lockedError(claim.lockedUntil, now);
    throw invalidCredentials();
  }

  const origin = { actorUserId: account.id, actorOrganisationId: account.organisationId, requestId: deps.requestId, clientAddress: deps.clientAddress };
  return deps.db.transaction(async (tx) => {
    await clearSignInFailures(tx, emailHash, now);
    const session = await createSession(tx, account.id, deps.config.SESSION_IDLE_MINUTES, now);
    await appendAuditEvent(tx, origin, { action: 'sign_in', entityType: 'session', entityId: account.id, personId: null }, now);
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
  const user = await getUserById(ctx.db, ctx.actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError(403, 'auth.wrong_password', 'errors.auth.wrongPassword', { fields: { currentPassword: 'errors.auth.wrongPassword' } });
  }
  if (isCommonPassword(input.newPassword)) {
    throw new AppError(400, 'validation.failed', 'errors.validation', { fields: { newPassword: 'validation.passwordCommon' } });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await setPassword(tx, user.id, passwordHash, ctx.now().toISOString());
    await deleteOtherSessionsOfUser(tx, user.id, input.currentTokenHash);
    await appendAuditEvent(tx, originOf(ctx), { action: 'password_change', entityType: 'user', entityId: user.id, personId: null }, ctx.now());
  });
}

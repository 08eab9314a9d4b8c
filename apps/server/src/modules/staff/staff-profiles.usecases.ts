import { checkPastDate, diffStaffProfiles, isUnchangedProfile, staffLanguageStanding, type Actor, type StaffProfileInput } from '@socrehab/domain';
import { type Ctx, originOf, today } from '../../app/context';
import { forbidden, invalidField, notFound } from '../../shared/errors';
import { appendAuditEvent } from '../audit/audit.repository';
import { findUserInScope } from '../users/users.repository';
import { findLatestStaffProfileVersion, findStaffProfileVersions, getStaffProfile, insertStaffProfileVersion, lockStaffMember, replaceStaffProfile } from './staff-profiles.repository';

/** HF-2.6 a manager records the qualifications and languages of their own organisation's staff. */
const canRecordStaffProfile = (actor: Actor, organisationId: string) => actor.roles.includes('manager') && actor.organisationId === organisationId;

const notFoundStaff = () => notFound('users.not_found', 'errors.notFound');

/** HF-2.6 a staff member's profile, for whoever may list the user (a manager of their organisation, an administrator). */
export async function readStaffProfile(userId: string, ctx: Ctx) {
  if (!(await findUserInScope(ctx.db, ctx.actor, userId))) throw notFoundStaff();
  const profile = await getStaffProfile(ctx.db, userId);
  return { ...profile, languageStanding: staffLanguageStanding(profile.languages) };
}

/**
 * HF-2.6 saves a staff member's whole profile (it replaces the one in force), in one transaction with
 * the audit entry naming what was and what is, and keeps it as the member's next version with who saved
 * it and when (migration 0023) — a save that changes nothing adds no version. A qualification is
 * obtained by today at the latest.
 */
export async function saveStaffProfile(userId: string, input: StaffProfileInput, ctx: Ctx) {
  input.qualifications.forEach((q, i) => {
    if (q.obtainedOn && checkPastDate(q.obtainedOn, today(ctx))) throw invalidField(`qualifications.${i}.obtainedOn`, 'validation.dateInFuture');
  });
  return ctx.db.transaction(async (tx) => {
    const member = await lockStaffMember(tx, userId);
    if (!member || !(await findUserInScope(tx, ctx.actor, userId))) throw notFoundStaff();
    if (!canRecordStaffProfile(ctx.actor, member.organisationId)) throw forbidden();
    const before = await getStaffProfile(tx, userId);
    await replaceStaffProfile(tx, member, input, ctx.actor.userId);
    const after = await getStaffProfile(tx, userId);
    const latest = await findLatestStaffProfileVersion(tx, userId);
    if (!latest || !isUnchangedProfile(diffStaffProfiles(latest, after))) {
      await insertStaffProfileVersion(tx, member, (latest?.version ?? 0) + 1, after, ctx.actor.userId, ctx.now().toISOString());
    }
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'update', entityType: 'staff_profile', entityId: userId, personId: null,
      changes: { qualifications: { from: before.qualifications.map(({ id: _id, ...q }) => q), to: input.qualifications }, languages: { from: before.languages, to: input.languages } },
    }, ctx.now());
    return { ...after, languageStanding: staffLanguageStanding(after.languages) };
  });
}

/**
 * HF-2.6 every version of a staff member's profile, newest first, each with who saved it, when, and what
 * it changed against the one before — for whoever may read the profile.
 */
export async function readStaffProfileHistory(userId: string, ctx: Ctx) {
  if (!(await findUserInScope(ctx.db, ctx.actor, userId))) throw notFoundStaff();
  const versions = await findStaffProfileVersions(ctx.db, userId);
  return {
    versions: versions.map((v, i) => ({ ...v, changes: diffStaffProfiles(versions[i + 1] ?? null, v) })),
  };
}

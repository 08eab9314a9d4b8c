import type { z } from 'zod';
import {
  checkEnrolment, computeAttendance, isCentreManager, isCentreStaff, isChildRole, isWithinGroup, type GroupKind, type MemberRole,
  type createGroupSchema, type enrolSchema, type groupSessionSchema,
} from '@socrehab/domain/programmes/family-support/index';
import { type Ctx, originOf, today } from '../../app/context';
import type { Tx } from '../../db/database';
import { appendAuditEvent } from '../../modules/audit/audit.repository';
import { requireFactDate, requirePastDate } from '../../shared/fact-dates';
import { AppError, forbidden, invalidField, isUniqueViolation } from '../../shared/errors';
import { requireRecordableFamilyCase } from './family-support.access';
import * as repo from './family-support.repository';

/** FS-2 support groups and camps: places, participants, sessions and attendance, facilitated by the centre's staff. */

const groupNotFound = () => new AppError(404, 'fs.group_not_found', 'fs.errors.groupNotFound');
const ENROLMENT_MESSAGES = { group_full: 'fs.errors.groupFull', group_ended: 'fs.errors.groupEnded', child_in_adult_group: 'fs.errors.childInAdultGroup', adult_in_camp: 'fs.errors.adultInCamp' } as const;

async function requireStaffIds(tx: Tx, ctx: Ctx, field: string, ids: readonly string[]) {
  // the centres' staff, and the manager who runs them
  const staff = new Set([...(await repo.findStaff(tx, ctx.actor.organisationId)).filter((s) => s.active).map((s) => s.userId), ...(isCentreManager(ctx.actor) ? [ctx.actor.userId] : [])]);
  const bad = ids.findIndex((id) => !staff.has(id));
  if (bad >= 0) throw invalidField(`${field}.${bad}`, 'fs.errors.notFacilitator');
}

async function requireOwnGroup(tx: Tx, ctx: Ctx, groupId: string, lock = false) {
  const found = await repo.getGroup(tx, groupId, lock);
  if (!found || found.group.organisationId !== ctx.actor.organisationId || !isCentreStaff(ctx.actor)) throw groupNotFound();
  return found;
}

/** FS-2 a centre's manager opens a support group or camp with its places and facilitators. */
export async function createGroup(input: z.infer<typeof createGroupSchema>, ctx: Ctx) {
  if (!isCentreManager(ctx.actor)) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const centre = await repo.getCentre(tx, input.centreId);
    if (!centre || centre.organisationId !== ctx.actor.organisationId) throw invalidField('centreId', 'fs.errors.centreNotFound');
    if (input.endsOn < input.startsOn) throw invalidField('endsOn', 'fs.errors.endsBeforeStart');
    await requireStaffIds(tx, ctx, 'facilitatorUserIds', input.facilitatorUserIds);
    const group = await repo.insertGroup(tx, { ...input, organisationId: ctx.actor.organisationId, facilitatorUserIds: [...new Set(input.facilitatorUserIds)], createdBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'fs_group', entityId: group.id, personId: null, changes: { ...input } }, ctx.now());
    return { id: group.id };
  });
}

/** FS-2 the provider's groups and camps with places taken and sessions held (no personal data). */
export async function findGroups(ctx: Ctx) {
  if (!isCentreStaff(ctx.actor)) throw forbidden();
  const rows = await repo.findGroups(ctx.db, ctx.actor.organisationId);
  return {
    items: rows.map((r) => ({
      id: r.group.id, kind: r.group.kind as GroupKind, name: r.group.name, centreName: r.centreName, startsOn: r.group.startsOn, endsOn: r.group.endsOn, places: r.group.places,
      enrolled: r.enrolled, placesLeft: Math.max(0, r.group.places - r.enrolled), sessions: r.sessions,
    })),
  };
}

/**
 * FS-2 a group with its participants, sessions and attendance. Its facilitators and the centre's manager
 * see the participants' names (they take the attendance); the read is audited per participant.
 */
export async function getGroup(groupId: string, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const { group, centreName } = await requireOwnGroup(tx, ctx, groupId);
    const facilitator = group.facilitatorUserIds.includes(ctx.actor.userId);
    if (!facilitator && !ctx.actor.roles.includes('manager')) throw groupNotFound();
    const participants = await repo.findParticipants(tx, groupId);
    const sessions = await repo.findSessions(tx, { groupId });
    const attendance = computeAttendance(sessions.map((s) => ({ id: s.id, present: s.present })), participants.map((p) => p.personId));
    for (const p of participants) await appendAuditEvent(tx, originOf(ctx), { action: 'view', entityType: 'fs_group', entityId: groupId, personId: p.personId }, ctx.now());
    return {
      id: group.id, kind: group.kind as GroupKind, name: group.name, centreName, startsOn: group.startsOn, endsOn: group.endsOn, places: group.places, placesLeft: Math.max(0, group.places - participants.length),
      participants: participants.map((p) => ({ personId: p.personId, caseId: p.caseId, caseNumber: p.caseNumber, fullName: `${p.givenNames} ${p.surnames}`, enrolledOn: p.enrolledOn, attended: attendance.perPerson.find((a) => a.personId === p.personId)?.attended ?? 0 })),
      sessions: sessions.map((s) => ({ id: s.id, heldOn: s.heldOn, topic: s.topic, present: s.present })),
      attendanceRate: attendance.rate,
      abilities: { record: facilitator || ctx.actor.roles.includes('manager') },
    };
  });
}

/**
 * FS-2 a family's member takes a place: recorded by the family's team (or the manager). The group's row
 * is locked, so two workers taking the last place at once get one place and one 409.
 */
export async function enrol(groupId: string, input: z.infer<typeof enrolSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const { row } = await requireRecordableFamilyCase(tx, ctx, input.caseId);
    const found = await repo.getGroup(tx, groupId, true);
    if (!found || found.group.organisationId !== row.organisationId) throw groupNotFound();
    requireFactDate(row, 'enrolledOn', input.enrolledOn, ctx);
    const member = (await repo.findMembers(tx, input.caseId)).find((m) => m.personId === input.personId);
    if (!member) throw invalidField('personId', 'fs.errors.notMember');
    const enrolled = await repo.countParticipants(tx, groupId);
    const problem = checkEnrolment({ kind: found.group.kind as GroupKind, places: found.group.places, endsOn: found.group.endsOn, enrolled }, isChildRole(member.role as MemberRole), input.enrolledOn);
    if (problem === 'group_full') throw new AppError(409, 'fs.group_full', 'fs.errors.groupFull', { fields: { groupId: 'fs.errors.groupFull' } });
    if (problem) throw invalidField(problem === 'group_ended' ? 'enrolledOn' : 'personId', ENROLMENT_MESSAGES[problem]);
    const inserted = await repo.insertParticipant(tx, { groupId, organisationId: row.organisationId, caseId: input.caseId, personId: input.personId, enrolledOn: input.enrolledOn, enrolledBy: ctx.actor.userId })
      .catch((e: unknown) => { if (isUniqueViolation(e)) return null; throw e; });
    if (!inserted) throw new AppError(409, 'fs.already_enrolled', 'fs.errors.alreadyEnrolled', { fields: { personId: 'fs.errors.alreadyEnrolled' } });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'fs_group', entityId: groupId, personId: input.personId, changes: { caseId: input.caseId, enrolledOn: input.enrolledOn } }, ctx.now());
    return { groupId, personId: input.personId, placesLeft: found.group.places - enrolled - 1 };
  });
}

/** FS-2 a group's session with its facilitators and the participants who attended. */
export async function recordGroupSession(groupId: string, input: z.infer<typeof groupSessionSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const { group } = await requireOwnGroup(tx, ctx, groupId);
    if (!group.facilitatorUserIds.includes(ctx.actor.userId) && !ctx.actor.roles.includes('manager')) throw forbidden();
    requirePastDate('heldOn', input.heldOn, ctx);
    if (!isWithinGroup(group, input.heldOn)) throw invalidField('heldOn', 'fs.errors.outsideGroup');
    await requireStaffIds(tx, ctx, 'facilitatorUserIds', input.facilitatorUserIds);
    const participants = new Set((await repo.findParticipants(tx, groupId)).map((p) => p.personId));
    const stranger = input.presentPersonIds.findIndex((p) => !participants.has(p));
    if (stranger >= 0) throw invalidField(`presentPersonIds.${stranger}`, 'fs.errors.notParticipant');
    const session = await repo.insertSession(tx, {
      organisationId: group.organisationId, groupId, kind: 'group', heldOn: input.heldOn, topic: input.topic, facilitatorUserIds: [...new Set(input.facilitatorUserIds)], recordedBy: ctx.actor.userId,
    }, [...new Set(input.presentPersonIds)]);
    for (const personId of new Set(input.presentPersonIds)) await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'fs_group', entityId: session.id, personId, changes: { attended: input.heldOn } }, ctx.now());
    return { id: session.id, heldOn: input.heldOn, present: input.presentPersonIds.length, asOf: today(ctx) };
  });
}

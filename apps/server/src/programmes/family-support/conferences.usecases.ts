import type { z } from 'zod';
import { checkConferenceHeld, isCentreManager, isCentreStaff, isTrainedLeader, type holdConferenceSchema, type leaderTrainingSchema, type reviewConferenceSchema, type startConferenceSchema } from '@socrehab/domain/programmes/family-support/index';
import { type Ctx, originOf } from '../../app/context';
import type { Tx } from '../../db/database';
import { appendAuditEvent } from '../../modules/audit/audit.repository';
import { requireFactDate, requirePastDate } from '../../shared/fact-dates';
import { AppError, forbidden, invalidField } from '../../shared/errors';
import { requireRecordableFamilyCase } from './family-support.access';
import * as repo from './family-support.repository';

/** FS-4 the family group conference: preparation by a trained coordinator, the invitations, the family's plan, its review; the leaders' training. */

const HELD_MESSAGES = {
  before_preparation: 'fs.errors.heldBeforePreparation', no_family_member: 'fs.errors.noFamilyMemberPresent',
  review_not_after_conference: 'fs.errors.reviewNotAfterConference', review_too_late: 'fs.errors.reviewTooLate',
} as const;

const trainingsOf = async (tx: Tx, userId: string) => (await repo.findTrainings(tx, { userId })).map((t) => ({ kind: t.training.kind as 'training' | 'supervision', heldOn: t.training.heldOn }));

/** FS-4 a coordinator — trained as a conference leader by the day — starts preparing a conference and invites the family and its network. */
export async function startConference(caseId: string, input: z.infer<typeof startConferenceSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const { row } = await requireRecordableFamilyCase(tx, ctx, caseId);
    requireFactDate(row, 'preparationStartedOn', input.preparationStartedOn, ctx);
    const staff = (await repo.findStaff(tx, row.organisationId)).some((s) => s.userId === input.coordinatorUserId && s.active);
    if (!staff) throw invalidField('coordinatorUserId', 'fs.errors.notCentreStaff');
    if (!isTrainedLeader(await trainingsOf(tx, input.coordinatorUserId), input.preparationStartedOn)) throw invalidField('coordinatorUserId', 'fs.errors.coordinatorNotTrained');
    const conference = await repo.insertConference(tx, {
      organisationId: row.organisationId, caseId, coordinatorUserId: input.coordinatorUserId, preparationStartedOn: input.preparationStartedOn, createdBy: ctx.actor.userId,
    }, input.invitees);
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'fs_conference', entityId: conference.id, personId: row.personId, changes: { ...input } }, ctx.now());
    return { id: conference.id };
  });
}

async function requireConference(tx: Tx, ctx: Ctx, conferenceId: string) {
  const conference = await repo.getConference(tx, conferenceId, true);
  if (!conference || conference.organisationId !== ctx.actor.organisationId) throw new AppError(404, 'fs.conference_not_found', 'fs.errors.conferenceNotFound');
  const { row } = await requireRecordableFamilyCase(tx, ctx, conference.caseId);
  return { conference, row };
}

/** FS-4 the conference was held: who came (a family member among them), the family's own plan — the case's plan from then — and the review day. */
export async function holdConference(conferenceId: string, input: z.infer<typeof holdConferenceSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const { conference, row } = await requireConference(tx, ctx, conferenceId);
    if (conference.heldOn) throw new AppError(409, 'fs.conference_held', 'fs.errors.conferenceHeld');
    requireFactDate(row, 'heldOn', input.heldOn, ctx);
    const invitees = await repo.findInvitees(tx, conferenceId);
    const unknown = input.attendedInviteeIds.findIndex((id) => !invitees.some((i) => i.id === id));
    if (unknown >= 0) throw invalidField(`attendedInviteeIds.${unknown}`, 'fs.errors.unknownInvitee');
    const familyMembersPresent = invitees.filter((i) => i.familyMember && input.attendedInviteeIds.includes(i.id)).length;
    const problem = checkConferenceHeld({ preparationStartedOn: conference.preparationStartedOn, heldOn: input.heldOn, reviewOn: input.reviewOn, familyMembersPresent });
    if (problem) throw invalidField(problem.field === 'attendees' ? 'attendedInviteeIds' : problem.field, HELD_MESSAGES[problem.reason]);
    await repo.holdConference(tx, conferenceId, { heldOn: input.heldOn, plan: input.plan, reviewOn: input.reviewOn }, input.attendedInviteeIds);
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'fs_conference', entityId: conferenceId, personId: row.personId, changes: { heldOn: input.heldOn, reviewOn: input.reviewOn, attended: input.attendedInviteeIds.length } }, ctx.now());
    return { id: conferenceId, heldOn: input.heldOn, reviewOn: input.reviewOn };
  });
}

/** FS-4 the plan's review, on or after the conference. */
export async function reviewConference(conferenceId: string, input: z.infer<typeof reviewConferenceSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const { conference, row } = await requireConference(tx, ctx, conferenceId);
    if (!conference.heldOn) throw new AppError(409, 'fs.conference_not_held', 'fs.errors.conferenceNotHeld');
    if (conference.reviewedOn) throw new AppError(409, 'fs.conference_reviewed', 'fs.errors.conferenceReviewed');
    requireFactDate(row, 'reviewedOn', input.reviewedOn, ctx);
    if (input.reviewedOn < conference.heldOn) throw invalidField('reviewedOn', 'fs.errors.reviewBeforeHeld');
    await repo.reviewConference(tx, conferenceId, input.reviewedOn, input.outcome);
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'fs_conference', entityId: conferenceId, personId: row.personId, changes: { reviewedOn: input.reviewedOn } }, ctx.now());
    return { id: conferenceId, reviewedOn: input.reviewedOn };
  });
}

/** FS-4 conference leaders' training and supervision (the manager records them; the staff read them). */
export async function findLeaderTrainings(ctx: Ctx) {
  if (!isCentreStaff(ctx.actor)) throw forbidden();
  const rows = await repo.findTrainings(ctx.db, { organisationId: ctx.actor.organisationId });
  return { items: rows.map((r) => ({ id: r.training.id, userId: r.training.userId, displayName: r.displayName, kind: r.training.kind as 'training' | 'supervision', heldOn: r.training.heldOn, givenBy: r.training.givenBy, note: r.training.note })) };
}
export async function recordLeaderTraining(input: z.infer<typeof leaderTrainingSchema>, ctx: Ctx) {
  if (!isCentreManager(ctx.actor)) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    requirePastDate('heldOn', input.heldOn, ctx);
    if (!(await repo.findStaff(tx, ctx.actor.organisationId)).some((s) => s.userId === input.userId)) throw invalidField('userId', 'fs.errors.notCentreStaff');
    const row = await repo.insertTraining(tx, { ...input, organisationId: ctx.actor.organisationId, recordedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'fs_conference', entityId: row.id, personId: null, changes: { ...input } }, ctx.now());
    return { id: row.id };
  });
}

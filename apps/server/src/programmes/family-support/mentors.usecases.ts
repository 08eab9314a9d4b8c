import type { z } from 'zod';
import { computeCheckRenewal, computeMentorStatus, checkMentorMatch, isCentreManager, isCentreStaff, type CreateMentorInput, type MentorMatchProblem, type endMatchSchema, type matchMentorSchema, type mentorMeetingSchema, type mentorSupervisionSchema, type updateMentorSchema } from '@socrehab/domain/programmes/family-support/index';
import { type Ctx, originOf, today } from '../../app/context';
import type { Tx } from '../../db/database';
import { appendAuditEvent } from '../../modules/audit/audit.repository';
import { requireFactDate, requirePastDate } from '../../shared/fact-dates';
import { AppError, forbidden, invalidField, isUniqueViolation } from '../../shared/errors';
import { requireRecordableFamilyCase } from './family-support.access';
import * as repo from './family-support.repository';

/** FS-3 the volunteer mentors' register: checks and training, matching to a family, meetings, supervision, ending. */

const mentorNotFound = () => new AppError(404, 'fs.mentor_not_found', 'fs.errors.mentorNotFound');
const MATCH_MESSAGES: Record<MentorMatchProblem, string> = {
  no_check: 'fs.errors.noCheck', check_expired: 'fs.errors.checkExpired', no_training: 'fs.errors.noTraining', mentor_ended: 'fs.errors.mentorEnded', already_matched: 'fs.errors.alreadyMatched',
};

async function requireOwnMentor(tx: Tx, ctx: Ctx, mentorId: string, lock = false) {
  const mentor = await repo.getMentor(tx, mentorId, lock);
  if (!mentor || mentor.organisationId !== ctx.actor.organisationId || !isCentreStaff(ctx.actor)) throw mentorNotFound();
  return mentor;
}

function requireCheckDates(input: { checkDoneOn: string | null; checkValidUntil: string | null; trainingCompletedOn: string | null }, ctx: Ctx) {
  requirePastDate('checkDoneOn', input.checkDoneOn, ctx);
  requirePastDate('trainingCompletedOn', input.trainingCompletedOn, ctx);
  if (input.checkDoneOn && input.checkValidUntil && input.checkValidUntil < input.checkDoneOn) throw invalidField('checkValidUntil', 'fs.errors.checkUntilBeforeDone');
  if (!!input.checkDoneOn !== !!input.checkValidUntil) throw invalidField(input.checkDoneOn ? 'checkValidUntil' : 'checkDoneOn', 'validation.required');
}

/** FS-3 the register: each mentor's check, training, status and current family (its case number); the centre's staff read it. */
export async function findMentors(ctx: Ctx) {
  if (!isCentreStaff(ctx.actor)) throw forbidden();
  const on = today(ctx);
  const mentors = await repo.findMentors(ctx.db, ctx.actor.organisationId);
  const matches = await repo.findMatches(ctx.db, { organisationId: ctx.actor.organisationId });
  const supervisions = await repo.findSupervisions(ctx.db, mentors.map((m) => m.mentor.id));
  await appendAuditEvent(ctx.db, originOf(ctx), { action: 'view', entityType: 'fs_mentor', entityId: null, personId: null, changes: { listed: mentors.length } }, ctx.now());
  return {
    items: mentors.map(({ mentor, centreName }) => {
      const active = matches.filter((m) => m.match.mentorId === mentor.id && !m.match.endedOn);
      return {
        id: mentor.id, fullName: `${mentor.givenNames} ${mentor.surnames}`, centreId: mentor.centreId, centreName, phone: mentor.phone, checkDoneOn: mentor.checkDoneOn, checkValidUntil: mentor.checkValidUntil,
        trainingCompletedOn: mentor.trainingCompletedOn, endedOn: mentor.endedOn, status: computeMentorStatus(mentor, active.length, on), problems: checkMentorMatch(mentor, active.length, on),
        checkRenewal: computeCheckRenewal(mentor.checkValidUntil, on),
        currentMatch: active[0] ? { matchId: active[0].match.id, caseId: active[0].match.caseId, caseNumber: active[0].caseNumber, matchedOn: active[0].match.matchedOn } : null,
        matchesInAll: matches.filter((m) => m.match.mentorId === mentor.id).length,
        lastSupervisionOn: supervisions.find((s) => s.mentorId === mentor.id)?.heldOn ?? null,
      };
    }),
  };
}

/** FS-3 a volunteer joins the register (the manager), with the check and training as far as done. */
export async function createMentor(input: CreateMentorInput, ctx: Ctx) {
  if (!isCentreManager(ctx.actor)) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const centre = await repo.getCentre(tx, input.centreId);
    if (!centre || centre.organisationId !== ctx.actor.organisationId) throw invalidField('centreId', 'fs.errors.centreNotFound');
    requireCheckDates(input, ctx);
    const mentor = await repo.insertMentor(tx, { ...input, organisationId: ctx.actor.organisationId, createdBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'fs_mentor', entityId: mentor.id, personId: null, changes: { ...input } }, ctx.now());
    return { id: mentor.id };
  });
}

/** FS-3 the check renewed, the training completed, or the mentor leaving the register (the manager). */
export async function updateMentor(mentorId: string, input: z.infer<typeof updateMentorSchema>, ctx: Ctx) {
  if (!isCentreManager(ctx.actor)) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const mentor = await requireOwnMentor(tx, ctx, mentorId, true);
    requireCheckDates(input, ctx);
    requirePastDate('endedOn', input.endedOn, ctx);
    const updated = await repo.updateMentor(tx, mentorId, input);
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'update', entityType: 'fs_mentor', entityId: mentorId, personId: null,
      changes: Object.fromEntries((Object.keys(input) as (keyof typeof input)[]).map((k) => [k, { from: mentor[k], to: input[k] }])),
    }, ctx.now());
    return { id: updated.id };
  });
}

/**
 * FS-3 matching a mentor to a family (the manager or the family's team): only with a valid check and
 * completed training on the day, one family at a time. The mentor's row is locked and a unique index
 * keeps one active matching per mentor: two matchings of one mentor at once give one 201 and one 409.
 */
export async function matchMentor(mentorId: string, input: z.infer<typeof matchMentorSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const { row } = await requireRecordableFamilyCase(tx, ctx, input.caseId);
    const mentor = await requireOwnMentor(tx, ctx, mentorId, true);
    requireFactDate(row, 'matchedOn', input.matchedOn, ctx);
    const active = (await repo.findMatches(tx, { mentorId })).filter((m) => !m.match.endedOn);
    const problems = checkMentorMatch(mentor, active.length, input.matchedOn);
    if (problems.includes('already_matched') && problems.length === 1) throw new AppError(409, 'fs.mentor_matched', 'fs.errors.alreadyMatched', { fields: { mentorId: 'fs.errors.alreadyMatched' } });
    const first = problems.find((p) => p !== 'already_matched');
    if (first) throw invalidField(first === 'no_training' ? 'trainingCompletedOn' : first === 'mentor_ended' ? 'mentorId' : 'checkValidUntil', MATCH_MESSAGES[first]);
    const match = await repo.insertMatch(tx, { organisationId: row.organisationId, mentorId, caseId: input.caseId, matchedOn: input.matchedOn, matchedBy: ctx.actor.userId }).catch((e: unknown) => {
      if (isUniqueViolation(e, 'fs_mentor_matches_mentor_active')) throw new AppError(409, 'fs.mentor_matched', 'fs.errors.alreadyMatched', { fields: { mentorId: 'fs.errors.alreadyMatched' } });
      if (isUniqueViolation(e, 'fs_mentor_matches_case_active')) throw new AppError(409, 'fs.family_has_mentor', 'fs.errors.familyHasMentor', { fields: { caseId: 'fs.errors.familyHasMentor' } });
      throw e;
    });
    await appendAuditEvent(tx, originOf(ctx), { action: 'assign', entityType: 'fs_mentor', entityId: match.id, personId: row.personId, changes: { mentorId, caseId: input.caseId, matchedOn: input.matchedOn } }, ctx.now());
    return { matchId: match.id };
  });
}

async function requireOpenMatch(tx: Tx, ctx: Ctx, matchId: string) {
  const match = await repo.getMatch(tx, matchId, true);
  if (!match || match.organisationId !== ctx.actor.organisationId) throw new AppError(404, 'fs.match_not_found', 'fs.errors.matchNotFound');
  const { row } = await requireRecordableFamilyCase(tx, ctx, match.caseId);
  if (match.endedOn) throw new AppError(409, 'fs.match_ended', 'fs.errors.matchEnded');
  return { match, row };
}

/** FS-3 the mentor's meeting with the family. */
export async function recordMeeting(matchId: string, input: z.infer<typeof mentorMeetingSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const { match, row } = await requireOpenMatch(tx, ctx, matchId);
    requireFactDate(row, 'heldOn', input.heldOn, ctx);
    if (input.heldOn < match.matchedOn) throw invalidField('heldOn', 'fs.errors.beforeMatch');
    const meeting = await repo.insertMeeting(tx, { ...input, organisationId: match.organisationId, matchId, recordedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'fs_mentor', entityId: meeting.id, personId: row.personId, changes: { meeting: input.heldOn, minutes: input.minutes } }, ctx.now());
    return { id: meeting.id };
  });
}

/** FS-3 the matching ends (its reason kept). */
export async function endMatch(matchId: string, input: z.infer<typeof endMatchSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const { match, row } = await requireOpenMatch(tx, ctx, matchId);
    requireFactDate(row, 'endedOn', input.endedOn, ctx);
    if (input.endedOn < match.matchedOn) throw invalidField('endedOn', 'fs.errors.beforeMatch');
    await repo.endMatch(tx, matchId, input.endedOn, input.reason);
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'fs_mentor', entityId: matchId, personId: row.personId, changes: { endedOn: input.endedOn, reason: input.reason } }, ctx.now());
    return { matchId, endedOn: input.endedOn };
  });
}

/** FS-3 a mentor's supervision by a member of the centre's staff (the manager records it). */
export async function recordSupervision(mentorId: string, input: z.infer<typeof mentorSupervisionSchema>, ctx: Ctx) {
  if (!isCentreManager(ctx.actor)) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const mentor = await requireOwnMentor(tx, ctx, mentorId);
    requirePastDate('heldOn', input.heldOn, ctx);
    const staff = (await repo.findStaff(tx, ctx.actor.organisationId)).some((s) => s.userId === input.supervisorUserId) || input.supervisorUserId === ctx.actor.userId;
    if (!staff) throw invalidField('supervisorUserId', 'fs.errors.notCentreStaff');
    const row = await repo.insertSupervision(tx, { ...input, organisationId: mentor.organisationId, mentorId, recordedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'fs_mentor', entityId: row.id, personId: null, changes: { supervision: input.heldOn, mentorId } }, ctx.now());
    return { id: row.id };
  });
}

import type { z } from 'zod';
import { computeEndingStatus, computeEscalation, isShortNotice, type endCaseSchema, type EndingReason, type JointDecisionRole, type VisitOutcome } from '@socrehab/domain/programmes/housing-first/index';
import { type Ctx, originOf, today } from '../../../app/context';
import type { Tx } from '../../../db/database';
import { AppError, conflict, forbidden, invalidField } from '../../../shared/errors';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { findTeam, getMoveIn, updateCase } from '../../../modules/cases/cases.repository';
import { requireRecordableCase, requireVisibleCase } from '../../../modules/cases/cases.usecases';
import { requireFactDate } from '../../../shared/fact-dates';
import { findServiceFacts } from '../visits/visits.repository';
import { endingBeforeMinimumOf } from '../engagement/engagement.usecases';
import * as repo from './endings.repository';

type CaseRow = Awaited<ReturnType<typeof requireVisibleCase>>;

/** The joint-decision role the actor holds on this case, if any (HF-3.3.2). */
async function jointRoleOf(tx: Tx, ctx: Ctx, theCase: CaseRow, date: string): Promise<JointDecisionRole | null> {
  if (ctx.actor.organisationId !== theCase.organisationId) return null;
  if (ctx.actor.roles.includes('manager')) return 'manager';
  const member = (await findTeam(tx, theCase.id)).find(({ member }) => member.userId === ctx.actor.userId && member.fromDate <= date && (!member.toDate || member.toDate >= date));
  if (member?.member.teamRole === 'social_worker' || member?.member.teamRole === 'social_mentor') return member.member.teamRole;
  return null;
}

async function confirm(tx: Tx, ctx: Ctx, theCase: CaseRow, endingId: string, role: JointDecisionRole) {
  await repo.insertConfirmation(tx, { organisationId: theCase.organisationId, endingId, teamRole: role, userId: ctx.actor.userId, confirmedAt: ctx.now().toISOString() });
}

/** Closes the case when the ending is final (HF-3.3). */
async function finaliseIfComplete(tx: Tx, ctx: Ctx, theCase: CaseRow) {
  const found = (await repo.getEnding(tx, theCase.id))!;
  const status = computeEndingStatus(found.ending.reason as EndingReason, found.confirmations.map((c) => c.teamRole));
  if (status.final && found.ending.status !== 'final') {
    await repo.markEndingFinal(tx, found.ending.id);
    await updateCase(tx, theCase.id, { status: 'closed', closedOn: found.ending.endsOn, version: theCase.version + 1 });
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'case', entityId: theCase.id, personId: theCase.personId, changes: { status: { from: 'open', to: 'closed' }, closedOn: { from: null, to: found.ending.endsOn } } }, ctx.now());
  }
  return status;
}

/**
 * HF-3.3 ends a case with the exit data (HF-4.2 C). The person's wish with less than a week's notice
 * is flagged; "unreachable" needs a month without reaching the person and no extension running
 * (HF-3.3.3); violence needs the social worker, the mentor and the manager to confirm, each in their
 * own account (HF-3.3.2) — the proposer's confirmation is the first. An ending before the 6-month
 * minimum participation is recorded and told (`beforeMinimum`, HF-2.2).
 */
export async function endCase(caseId: string, input: z.infer<typeof endCaseSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableCase(tx, ctx, caseId, input.endsOn, { field: 'endsOn' });
    if (await repo.getEnding(tx, caseId)) throw conflict('endings.exists', 'housing.errors.endingExists');
    if (input.noticeGivenOn) {
      requireFactDate(theCase, 'noticeGivenOn', input.noticeGivenOn, ctx);
      if (input.noticeGivenOn > input.endsOn) throw invalidField('noticeGivenOn', 'housing.errors.noticeAfterEnd');
    }
    if (input.reason === 'unreachable') {
      const facts = await findServiceFacts(tx, [caseId], input.endsOn);
      const moveIn = await getMoveIn(tx, caseId);
      const escalation = computeEscalation(
        facts.visits.map((v) => ({ on: v.on, outcome: v.outcome as VisitOutcome, healthRisk: v.healthRisk })),
        facts.contacts.filter((c) => c.reachedPerson), facts.extensions, { inspectionAfterDays: theCase.inspectionAfterDays }, input.endsOn,
        moveIn?.movedInOn ?? theCase.serviceBeganOn,
      );
      // HF-3.3.3 a calendar month without reaching the person, and no extension still running
      if (escalation.level !== 'evaluate_termination' || !escalation.permitted.includes('evaluate_termination')) throw new AppError(422, 'endings.not_unreachable', 'housing.errors.endingNotUnreachable', { details: escalation });
    }
    const role = input.reason === 'violence' ? await jointRoleOf(tx, ctx, theCase, input.endsOn) : null;
    if (input.reason === 'violence' && !role) throw new AppError(403, 'endings.not_joint_decider', 'housing.errors.notJointDecider');
    const ending = await repo.insertEnding(tx, {
      organisationId: theCase.organisationId, caseId, reason: input.reason, endsOn: input.endsOn, noticeGivenOn: input.noticeGivenOn ?? null,
      destination: input.destination, note: input.note, proposedBy: ctx.actor.userId, status: 'awaiting_confirmations',
    });
    if (role) await confirm(tx, ctx, theCase, ending.id, role);
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'case_ending', entityId: ending.id, personId: theCase.personId, changes: { reason: input.reason, endsOn: input.endsOn, destination: input.destination } }, ctx.now());
    const status = await finaliseIfComplete(tx, ctx, theCase);
    return {
      ending: { ...ending, status: status.final ? 'final' : 'awaiting_confirmations' }, missingRoles: status.missingRoles, shortNotice: input.reason === 'person_wish' && isShortNotice(input.noticeGivenOn ?? null, input.endsOn),
      // HF-2.2 ended before the minimum participation: told, not refused (the seed's minimum is an aim, not a bar)
      beforeMinimum: await endingBeforeMinimumOf(tx, theCase, input.endsOn),
    };
  });
}

/** HF-3.3.2 one of the three confirms the joint decision in their own account. */
export async function confirmEnding(caseId: string, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireVisibleCase(tx, ctx, caseId, true);
    const found = await repo.getEnding(tx, caseId);
    if (!found) throw new AppError(404, 'endings.not_found', 'housing.errors.endingNotFound');
    const role = await jointRoleOf(tx, ctx, theCase, found.ending.endsOn);
    if (!role || found.ending.reason !== 'violence') throw forbidden();
    if (found.confirmations.some((c) => c.teamRole === role)) throw conflict('endings.already_confirmed', 'housing.errors.alreadyConfirmed');
    await confirm(tx, ctx, theCase, found.ending.id, role);
    await appendAuditEvent(tx, originOf(ctx), { action: 'decide', entityType: 'case_ending', entityId: found.ending.id, personId: theCase.personId, changes: { confirmedAs: role } }, ctx.now());
    return finaliseIfComplete(tx, ctx, theCase);
  });
}

/** The ending of a case with its confirmations and what the actor may still do. */
export async function getEndingDetail(caseId: string, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireVisibleCase(tx, ctx, caseId);
    const found = await repo.getEnding(tx, caseId);
    if (!found) return { ending: null, confirmations: [], missingRoles: [], shortNotice: false, beforeMinimum: null, abilities: { confirm: false } };
    const status = computeEndingStatus(found.ending.reason as EndingReason, found.confirmations.map((c) => c.teamRole));
    const role = await jointRoleOf(tx, ctx, theCase, today(ctx) < found.ending.endsOn ? today(ctx) : found.ending.endsOn);
    return {
      ending: found.ending, confirmations: found.confirmations, missingRoles: status.missingRoles,
      shortNotice: found.ending.reason === 'person_wish' && isShortNotice(found.ending.noticeGivenOn, found.ending.endsOn),
      beforeMinimum: await endingBeforeMinimumOf(tx, theCase, found.ending.endsOn),
      abilities: { confirm: !!role && status.missingRoles.includes(role) },
    };
  });
}


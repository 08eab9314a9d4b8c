import type { z } from 'zod';
import { formatDate } from '@socrehab/domain';
import {
  checkEndingBeforeMinimum, checkEngagementExtension, checkEngagementSuspension, computeEngagement, type cancelEngagementRecordSchema, type EngagementHistory, type EngagementProblem, type ProgrammeSettings,
  type recordEngagementExtensionSchema, type recordEngagementSuspensionSchema,
} from '@socrehab/domain/programmes/housing-first/index';
import { type Ctx, originOf, today } from '../../../app/context';
import type { Tx } from '../../../db/database';
import { AppError, conflict, invalidField } from '../../../shared/errors';
import { requireFactDate } from '../../../shared/fact-dates';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { caseNotFound, requireRecordableCase, requireVisibleCase, settingsOfCase, type CaseRow } from '../../../modules/cases/cases.usecases';
import * as repo from './engagement.repository';

/**
 * HF-2.2 a case's engagement: 12 months from the contract (the settings it opened under), at least 6 of
 * participation, its agreed end moved by extensions and paused by suspensions (`engagement.rules.ts`).
 * Records are never changed: one recorded in error is cancelled with a reason, and a new one recorded.
 */

const PROGRAMME = 'housing_first';

/** A Housing First case the actor may see; another programme's case is not found here. */
async function requireHousingFirstCase(tx: Tx, ctx: Ctx, caseId: string) {
  const theCase = await requireVisibleCase(tx, ctx, caseId);
  if (theCase.programme !== PROGRAMME) throw caseNotFound();
  return theCase;
}

const active = <T extends { cancelledAt: string | null }>(rows: readonly T[]) => rows.filter((r) => r.cancelledAt === null);

/** The case's records, its history as the rules read it (cancelled records left out), and its settings. */
async function engagementOf(tx: Tx, theCase: CaseRow) {
  const records = await repo.findEngagementRecords(tx, theCase.id);
  const history: EngagementHistory = { contractSignedOn: theCase.contractSignedOn, extensions: active(records.extensions), suspensions: active(records.suspensions) };
  const { settings } = await settingsOfCase<ProgrammeSettings>(tx, theCase);
  return { records, history, settings };
}

/** HF-2.2 an ending of this case dated `endsOn` before its minimum participation (suspended days not counted), or null: a warning shown, never a refusal. */
export async function endingBeforeMinimumOf(tx: Tx, theCase: CaseRow, endsOn: string) {
  if (theCase.programme !== PROGRAMME) return null;
  const { history, settings } = await engagementOf(tx, theCase);
  return checkEndingBeforeMinimum(history, settings, endsOn);
}

const PROBLEM_KEYS: Record<EngagementProblem, string> = {
  newEndNotLater: 'housing.errors.engagementNewEndNotLater',
  suspensionOverlaps: 'housing.errors.engagementSuspensionOverlaps',
  beforeEngagement: 'housing.errors.engagementBeforeStart',
  toBeforeFrom: 'housing.errors.periodToBeforeFrom',
};

/** The agreed end the form was filled against is still the agreed end; else someone saved meanwhile (409). */
function requireCurrentEnd(agreedEndOn: string, expectedEndOn: string) {
  if (agreedEndOn !== expectedEndOn) {
    throw new AppError(409, 'engagement.stale', 'housing.errors.engagementStale', { params: { agreedEndOn: formatDate(agreedEndOn) }, details: { agreedEndOn } });
  }
}

/** HF-2.2 the engagement of a case as of a day (today by default), with every extension and suspension recorded — cancelled ones too. */
export async function getEngagement(caseId: string, asOf: string | undefined, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireHousingFirstCase(tx, ctx, caseId);
    const { records, history, settings } = await engagementOf(tx, theCase);
    const day = asOf ?? today(ctx);
    await appendAuditEvent(tx, originOf(ctx), { action: 'view', entityType: 'case', entityId: caseId, personId: theCase.personId, changes: { engagement: true, asOf: day } }, ctx.now());
    return {
      asOf: day,
      contractSignedOn: theCase.contractSignedOn,
      settings: { engagementMonths: settings.engagementMonths, minimumParticipationMonths: settings.minimumParticipationMonths },
      engagement: computeEngagement(history, settings, day),
      extensions: records.extensions,
      suspensions: records.suspensions,
    };
  });
}

/**
 * HF-2.2 extends the agreed end — by months or to a later day — with a reason, decided on a day within the
 * case and not after today. The case's row is locked for the transaction: a second extension at once
 * waits, then finds the end it was filled against already moved (409), so both never apply to a stale end.
 */
export async function recordExtension(caseId: string, input: z.infer<typeof recordEngagementExtensionSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    await requireHousingFirstCase(tx, ctx, caseId);
    const theCase = await requireRecordableCase(tx, ctx, caseId, input.decidedOn, { field: 'decidedOn' });
    const { history, settings } = await engagementOf(tx, theCase);
    if (!history.contractSignedOn) throw invalidField('decidedOn', 'housing.errors.engagementNoContract');
    const now = computeEngagement(history, settings, today(ctx) > input.decidedOn ? today(ctx) : input.decidedOn);
    if (now) requireCurrentEnd(now.agreedEndOn, input.expectedEndOn);
    const problem = checkEngagementExtension(now, input);
    if (problem) throw invalidField(problem === 'newEndNotLater' ? 'newEndOn' : 'decidedOn', PROBLEM_KEYS[problem], { agreedEndOn: formatDate(now?.agreedEndOn) });
    const extension = await repo.insertExtension(tx, {
      organisationId: theCase.organisationId, caseId, decidedOn: input.decidedOn, months: input.months, newEndOn: input.newEndOn, reason: input.reason, recordedBy: ctx.actor.userId,
    });
    const after = computeEngagement({ ...history, extensions: [...history.extensions, extension] }, settings, today(ctx) > input.decidedOn ? today(ctx) : input.decidedOn)!;
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'create', entityType: 'engagement_extension', entityId: extension.id, personId: theCase.personId,
      changes: { decidedOn: input.decidedOn, months: input.months, newEndOn: input.newEndOn, agreedEndOn: { from: now!.agreedEndOn, to: after.agreedEndOn } },
    }, ctx.now());
    return { extension, engagement: after };
  });
}

/**
 * HF-2.2 suspends the engagement from a day (within the case, not after today) to a day (which may be
 * ahead), with a reason; the suspended days move the agreed end. Periods do not overlap.
 */
export async function recordSuspension(caseId: string, input: z.infer<typeof recordEngagementSuspensionSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    await requireHousingFirstCase(tx, ctx, caseId);
    const theCase = await requireRecordableCase(tx, ctx, caseId, input.fromOn, { field: 'fromOn' });
    requireFactDate(theCase, 'toOn', input.toOn, ctx, { plannedAhead: true });
    const { history, settings } = await engagementOf(tx, theCase);
    if (!history.contractSignedOn) throw invalidField('fromOn', 'housing.errors.engagementNoContract');
    const day = today(ctx) > input.fromOn ? today(ctx) : input.fromOn;
    const now = computeEngagement(history, settings, day);
    if (now) requireCurrentEnd(now.agreedEndOn, input.expectedEndOn);
    const problem = checkEngagementSuspension(history, input);
    if (problem) throw invalidField(problem === 'toBeforeFrom' ? 'toOn' : 'fromOn', PROBLEM_KEYS[problem]);
    const suspension = await repo.insertSuspension(tx, {
      organisationId: theCase.organisationId, caseId, fromOn: input.fromOn, toOn: input.toOn, reason: input.reason, recordedBy: ctx.actor.userId,
    });
    const after = computeEngagement({ ...history, suspensions: [...history.suspensions, suspension] }, settings, day)!;
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'create', entityType: 'engagement_suspension', entityId: suspension.id, personId: theCase.personId,
      changes: { fromOn: input.fromOn, toOn: input.toOn, agreedEndOn: { from: now?.agreedEndOn ?? null, to: after.agreedEndOn } },
    }, ctx.now());
    return { suspension, engagement: after };
  });
}

/** An extension or suspension recorded in error is cancelled with a reason (kept, audited), by whoever may record on the case today. */
export async function cancelEngagementRecord(caseId: string, kind: 'extension' | 'suspension', recordId: string, input: z.infer<typeof cancelEngagementRecordSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    await requireHousingFirstCase(tx, ctx, caseId);
    const theCase = await requireRecordableCase(tx, ctx, caseId, today(ctx));
    if (theCase.status === 'closed') requireFactDate(theCase, 'reason', today(ctx), ctx);
    const found = await repo.findRecord(tx, kind, caseId, recordId);
    if (!found) throw new AppError(404, 'engagement.not_found', 'housing.errors.engagementRecordNotFound');
    if (found.cancelledAt) throw conflict('engagement.already_cancelled', 'housing.errors.engagementAlreadyCancelled');
    const row = (await repo.cancelRecord(tx, kind, caseId, recordId, { userId: ctx.actor.userId, at: ctx.now().toISOString(), reason: input.reason }))!;
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'update', entityType: kind === 'extension' ? 'engagement_extension' : 'engagement_suspension', entityId: recordId, personId: theCase.personId,
      changes: { cancelled: { from: false, to: true } },
    }, ctx.now());
    return { [kind]: row };
  });
}

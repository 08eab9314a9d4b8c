import type { z } from 'zod';
import type { functioningAssessmentSchema, planReviewSchema, recordSupportOfferSchema, savePlanSchema } from '@socrehab/domain/programmes/housing-first/index';
import { type Ctx, originOf } from '../../../app/context';
import { conflict } from '../../../shared/errors';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { requireRecordableCase } from '../../../modules/cases/cases.usecases';
import * as repo from './plans.repository';

/**
 * HF-3.2.3, HF-3.2.4 records an offer — the initial rehabilitation plan, a WRAP, or an additional
 * service — and the person's answer. Declining is a full answer: nothing further is demanded.
 */
export async function recordSupportOffer(caseId: string, input: z.infer<typeof recordSupportOfferSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableCase(tx, ctx, caseId, input.offeredOn, { field: 'offeredOn' });
    const offer = await repo.insertSupportOffer(tx, { ...input, organisationId: theCase.organisationId, caseId, recordedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'support_offer', entityId: offer.id, personId: theCase.personId, changes: { offered: input.offered, answer: input.answer } }, ctx.now());
    return { offer };
  });
}

/** HF-3.4.4 saves the rehabilitation plan as a new version; earlier versions are kept. */
export async function savePlan(caseId: string, input: z.infer<typeof savePlanSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableCase(tx, ctx, caseId, input.startedOn, { field: 'startedOn' });
    // issue 11 §1: read under the case's row lock, so of two saves from the same version one is a 409
    const [latest] = await repo.findPlanVersions(tx, caseId);
    if ((latest?.version ?? 0) !== input.basedOnVersion) throw conflict('plans.version_conflict', 'housing.errors.versionConflict', { current: latest ?? null });
    const plan = await repo.insertPlanVersion(tx, { organisationId: theCase.organisationId, caseId, version: input.basedOnVersion + 1, startedOn: input.startedOn, goals: input.goals, recordedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'rehabilitation_plan', entityId: plan.id, personId: theCase.personId, changes: { version: plan.version, goals: input.goals.length } }, ctx.now());
    return { plan };
  });
}

/** HF-3.2.5 the person and the social worker review the plan (at least every two weeks). */
export async function reviewPlan(caseId: string, input: z.infer<typeof planReviewSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableCase(tx, ctx, caseId, input.reviewedOn, { field: 'reviewedOn' });
    const review = await repo.insertPlanReview(tx, { ...input, organisationId: theCase.organisationId, caseId, recordedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'plan_review', entityId: review.id, personId: theCase.personId, changes: { reviewedOn: input.reviewedOn } }, ctx.now());
    return { review };
  });
}

/** HF-2.4 the social functioning re-assessment (every 6 months). */
export async function recordFunctioningAssessment(caseId: string, input: z.infer<typeof functioningAssessmentSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableCase(tx, ctx, caseId, input.assessedOn, { field: 'assessedOn' });
    const assessment = await repo.insertFunctioningAssessment(tx, { ...input, organisationId: theCase.organisationId, caseId, recordedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'functioning_assessment', entityId: assessment.id, personId: theCase.personId, changes: { assessedOn: input.assessedOn } }, ctx.now());
    return { assessment };
  });
}

import type { PlanGoalView, PlanVersionView, PlanVersionsResponse } from '@socrehab/domain/programmes/housing-first/plan-responses.schemas';
import { type Ctx, originOf } from '../../../app/context';
import type { Tx } from '../../../db/database';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { requireVisibleCase } from '../../../modules/cases/cases.usecases';
import * as queries from './plans.reads.repository';

type PlanRow = Awaited<ReturnType<typeof queries.findPlanVersionsWithNames>>[number];

const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : null);

/** A stored goal (validated by planGoalSchema when saved) with its optional fields as null. */
function goalView(goal: Record<string, unknown>, names: ReadonlyMap<string, string>): PlanGoalView {
  const responsibleUserId = text(goal.responsibleUserId);
  return {
    domain: goal.domain as PlanGoalView['domain'], term: goal.term as PlanGoalView['term'], goal: String(goal.goal ?? ''),
    problem: text(goal.problem), tasks: text(goal.tasks), deadline: text(goal.deadline),
    responsibleUserId, responsibleName: responsibleUserId ? names.get(responsibleUserId) ?? null : null,
    status: (goal.status ?? 'planned') as PlanGoalView['status'], reviewOn: text(goal.reviewOn), result: text(goal.result),
  };
}

/** HF-3.4.4 the case's plan versions, newest first, with every name they show. */
export async function loadPlanVersions(tx: Tx, caseId: string): Promise<PlanVersionView[]> {
  const rows: PlanRow[] = await queries.findPlanVersionsWithNames(tx, caseId);
  const names = await queries.findUserNames(tx, rows.flatMap(({ plan }) => plan.goals.map((g) => text(g.responsibleUserId)).filter((id): id is string => id !== null)));
  return rows.map(({ plan, recordedByName }) => ({
    id: plan.id, version: plan.version, startedOn: plan.startedOn, endedOn: plan.endedOn,
    goals: plan.goals.map((g) => goalView(g, names)), recordedBy: plan.recordedBy, recordedByName, createdAt: plan.createdAt,
  }));
}

/**
 * HF-3.4.4, HF-3.2.5 every version of the individual social rehabilitation plan and every review of
 * it, newest first, for anyone who may see the case; the read is audited.
 */
export async function getPlanVersions(caseId: string, ctx: Ctx): Promise<PlanVersionsResponse> {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireVisibleCase(tx, ctx, caseId);
    const plans = await loadPlanVersions(tx, caseId);
    const reviews = await queries.findPlanReviewsWithNames(tx, caseId);
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'view', entityType: 'rehabilitation_plan', entityId: caseId, personId: theCase.personId, changes: { versions: plans.map((p) => p.version), reviews: reviews.length },
    }, ctx.now());
    return { plans, reviews };
  });
}

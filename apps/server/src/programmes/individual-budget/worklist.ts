import { computeBudgetPeriod, computeLedger, firstDayOf, monthOf } from '@socrehab/domain/programmes/individual-budget/index';
import type { Ctx } from '../../app/context';
import type { Reader } from '../../db/database';
import { findOpenCases } from '../../modules/worklists/open-cases.repository';
import type { CaseScope, RankedWorklistItem } from '../programme-module';
import * as repo from './individual-budget.repository';
import { currentPeriodOf, ledgerFactsOf, warningPercentOn } from './individual-budget.usecases';

/**
 * IB-4 the programme's own worklist items: an open case whose current budget period warns — spent at
 * the threshold, the plan heading over the budget, or the budget exceeded — so the social worker and
 * the family revise the plan in time. The re-assessments (IB-2) and the end-of-pilot meetings (IB-6)
 * come from the core's evaluation schedule.
 */
const URGENCY = { exceeded: 30, projected_over: 20, near: 10 } as const;

export async function ibWorklist(db: Reader, _ctx: Ctx, scope: CaseScope, asOf: string): Promise<RankedWorklistItem[]> {
  const open = (await findOpenCases(db, scope, [repo.PROGRAMME], asOf)).filter((c) => !c.closedOn || c.closedOn > asOf);
  if (!open.length) return [];
  // the current period of each case by the programme's own rules (IB-2, IB-4), then its facts up to the day's month;
  // the day's warning threshold is read together with the assessments
  const [assessed, warningPercent] = await Promise.all([repo.findAssessmentBudgets(db, open.map((c) => c.id)), warningPercentOn(db, asOf)]);
  const assessments = new Map<string, typeof assessed>();
  for (const a of assessed) assessments.set(a.caseId, [...(assessments.get(a.caseId) ?? []), a]);
  const current = open.flatMap((c) => {
    const own = assessments.get(c.id) ?? [];
    const period = currentPeriodOf(own, asOf);
    const assessment = own[period - 1];
    if (!assessment) return [];
    const { from, to } = computeBudgetPeriod(assessment.assessedOn);
    return [{ c, period, assessment, fromMonth: from, toMonth: firstDayOf(monthOf(to < asOf ? to : asOf)) }];
  });
  const facts = new Map((await repo.findPeriodFacts(db, current.map(({ c, fromMonth, toMonth }) => ({ caseId: c.id, fromMonth, toMonth })))).map((f) => [f.caseId, f]));
  const warned = [];
  for (const { c, period, assessment } of current) {
    const f = facts.get(c.id)!;
    const ledger = computeLedger(ledgerFactsOf(assessment, f.versions, f.deliveries, f.interruptions, warningPercent, asOf));
    if (ledger.warning) warned.push({ c, ledger, period });
  }
  return warned.map(({ c, ledger, period }) => ({
    urgency: URGENCY[ledger.warning!],
    overdue: ledger.warning === 'exceeded',
    item: {
      kind: 'ib_budget_warning', caseId: c.id,
      due: { dueOn: asOf, daysLeft: 0 }, warning: ledger.warning, period, budgetCents: ledger.budgetCents, spentCents: ledger.spentCents, projectedCents: ledger.projectedCents,
    } as RankedWorklistItem['item'],
  }));
}

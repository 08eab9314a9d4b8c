import { computeLedger, PERIOD_MONTHS } from '@socrehab/domain/programmes/individual-budget/index';
import type { SQL } from 'drizzle-orm';
import type { Ctx } from '../../app/context';
import type { Tx } from '../../db/database';
import { findOpenCases, findTeamsOn } from '../../modules/worklists/open-cases.repository';
import type { RankedWorklistItem } from '../programme-module';
import * as repo from './individual-budget.repository';
import { ledgerFactsOf, warningPercentOn } from './individual-budget.usecases';

/**
 * IB-4 the programme's own worklist items: an open case whose current budget period warns — spent at
 * the threshold, the plan heading over the budget, or the budget exceeded — so the social worker and
 * the family revise the plan in time. The re-assessments (IB-2) and the end-of-pilot meetings (IB-6)
 * come from the core's evaluation schedule.
 */
const URGENCY = { exceeded: 30, projected_over: 20, near: 10 } as const;

export async function ibWorklist(tx: Tx, ctx: Ctx, scope: SQL, asOf: string): Promise<RankedWorklistItem[]> {
  const open = (await findOpenCases(tx, ctx, scope, [repo.PROGRAMME], asOf)).filter((c) => !c.closedOn || c.closedOn > asOf);
  if (!open.length) return [];
  const periods = new Map((await repo.findCurrentPeriodFacts(tx, open.map((c) => c.id), asOf, PERIOD_MONTHS)).map((p) => [p.caseId, p]));
  const warningPercent = await warningPercentOn(tx, asOf);
  const warned = [];
  for (const c of open) {
    const p = periods.get(c.id);
    if (!p) continue;
    const ledger = computeLedger(ledgerFactsOf(p, p.versions, p.deliveries, p.interruptions, warningPercent, asOf));
    if (ledger.warning) warned.push({ c, ledger, period: p.period });
  }
  const teams = await findTeamsOn(tx, warned.map((w) => w.c.id), asOf);
  return warned.map(({ c, ledger, period }) => ({
    urgency: URGENCY[ledger.warning!],
    overdue: ledger.warning === 'exceeded',
    item: {
      kind: 'ib_budget_warning', caseId: c.id, caseNumber: c.caseNumber, personName: c.personName, workers: teams.get(c.id) ?? [],
      due: { dueOn: asOf, daysLeft: 0 }, warning: ledger.warning, period, budgetCents: ledger.budgetCents, spentCents: ledger.spentCents, projectedCents: ledger.projectedCents,
    } as RankedWorklistItem['item'],
  }));
}

import { addDays, daysBetween } from '../../shared/dates';
import type { IbService } from './catalogue';

/**
 * IB-4, IB-5 the budget ledger: for each service and month of a budget period, what the support plan
 * planned, what was delivered and what was spent, against the indicative budget; warnings before the
 * budget is exceeded; service interruptions (from, to, reason) counted in the days of each month they
 * cover; what the family could not carry out (planned less delivered, where no interruption explains it).
 * Money in euro cents; volumes with up to two decimals.
 */
export type Month = string;

export interface PlanLine { service: IbService; perMonth: number; unitPriceCents: number }
export interface PlanVersionFacts { version: number; validFrom: string; lines: readonly PlanLine[] }
export interface DeliveryFacts { service: IbService; month: Month; delivered: number; spentCents: number }
export interface InterruptionFacts { service: IbService; from: string; to: string | null; reason: string }

export type BudgetWarning = 'exceeded' | 'projected_over' | 'near' | null;

export interface LedgerCell {
  service: IbService;
  month: Month;
  planned: number;
  /** Planned less the share of the month the service was interrupted. */
  expected: number;
  delivered: number;
  plannedCents: number;
  spentCents: number;
  interruptedDays: number;
  /** Not delivered because of an interruption (planned − expected). */
  interruptedShortfall: number;
  /** Not carried out for other reasons (expected − delivered, when positive), counted once the month has ended. */
  notCarriedOut: number;
}

export interface LedgerFacts {
  months: readonly Month[];
  budgetCents: number;
  versions: readonly PlanVersionFacts[];
  deliveries: readonly DeliveryFacts[];
  interruptions: readonly InterruptionFacts[];
  /** IB-4 warn once spending reaches this share of the budget (per cent, a setting). */
  warningPercent: number;
  asOf: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const lastDayOf = (month: Month) => addDays(`${nextMonth(month)}-01`, -1);
function nextMonth(month: Month): Month {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
export const daysInMonth = (month: Month) => Number(lastDayOf(month).slice(8, 10));

/** IB-3 the plan version in force in a month: the latest valid from on or before the month's last day (none: null). */
export function planVersionInMonth(versions: readonly PlanVersionFacts[], month: Month): PlanVersionFacts | null {
  return [...versions].filter((v) => v.validFrom <= lastDayOf(month)).sort((a, b) => a.version - b.version).at(-1) ?? null;
}

/**
 * IB-5 the days of `month` an interruption covers, both ends counted; an interruption not yet over
 * (no end) covers the month to its last day.
 */
export function computeInterruptedDays(interruption: Pick<InterruptionFacts, 'from' | 'to'>, month: Month): number {
  const start = interruption.from > `${month}-01` ? interruption.from : `${month}-01`;
  const last = lastDayOf(month);
  const end = interruption.to === null || interruption.to > last ? last : interruption.to;
  return end < start ? 0 : daysBetween(start, end) + 1;
}

/** IB-5 the days of a month a service was interrupted, overlapping interruptions counted once. */
function interruptedDaysOf(interruptions: readonly InterruptionFacts[], service: IbService, month: Month): number {
  const days = new Set<number>();
  for (const i of interruptions.filter((x) => x.service === service)) {
    const n = computeInterruptedDays(i, month);
    if (n === 0) continue;
    const startDay = Number((i.from > `${month}-01` ? i.from : `${month}-01`).slice(8, 10));
    for (let d = startDay; d < startDay + n; d++) days.add(d);
  }
  return days.size;
}

/** IB-4 one cell of the ledger: a service in a month. */
function cellOf(facts: LedgerFacts, service: IbService, month: Month): LedgerCell {
  const line = planVersionInMonth(facts.versions, month)?.lines.find((l) => l.service === service) ?? null;
  const planned = line?.perMonth ?? 0;
  const interruptedDays = interruptedDaysOf(facts.interruptions, service, month);
  const expected = round2(planned * (1 - interruptedDays / daysInMonth(month)));
  const ofMonth = facts.deliveries.filter((d) => d.service === service && d.month === month);
  const delivered = round2(ofMonth.reduce((s, d) => s + d.delivered, 0));
  const ended = lastDayOf(month) < facts.asOf;
  return {
    service, month, planned, expected, delivered,
    plannedCents: Math.round(planned * (line?.unitPriceCents ?? 0)),
    spentCents: ofMonth.reduce((s, d) => s + d.spentCents, 0),
    interruptedDays,
    interruptedShortfall: round2(planned - expected),
    notCarriedOut: ended ? Math.max(0, round2(expected - delivered)) : 0,
  };
}

/**
 * IB-4 the warning of a budget:
 * - `exceeded`: spent more than the budget;
 * - `projected_over`: what was spent plus what the plan still has to spend this month and in the period's
 *   later months would exceed it — the warning before it happens;
 * - `near`: spent at least `warningPercent` of it;
 * - none otherwise. A budget of 0 with nothing spent warns of nothing.
 */
export function computeBudgetWarning(budgetCents: number, spentCents: number, projectedCents: number, warningPercent: number): BudgetWarning {
  if (spentCents > budgetCents) return 'exceeded';
  if (projectedCents > budgetCents) return 'projected_over';
  if (spentCents > 0 && spentCents * 100 >= budgetCents * warningPercent) return 'near';
  return null;
}

/** IB-4 the ledger of a budget period: per service and month, per service and per month in all, the budget and its warning. */
export function computeLedger(facts: LedgerFacts) {
  const services = [...new Set([
    ...facts.versions.flatMap((v) => v.lines.map((l) => l.service)),
    ...facts.deliveries.filter((d) => facts.months.includes(d.month)).map((d) => d.service),
  ])];
  const cells = services.flatMap((s) => facts.months.map((m) => cellOf(facts, s, m)));
  const sum = (rows: readonly LedgerCell[], key: 'plannedCents' | 'spentCents' | 'planned' | 'delivered' | 'notCarriedOut' | 'interruptedShortfall' | 'interruptedDays') =>
    round2(rows.reduce((s, c) => s + c[key], 0));
  const byService = services.map((service) => {
    const rows = cells.filter((c) => c.service === service);
    return { service, planned: sum(rows, 'planned'), delivered: sum(rows, 'delivered'), plannedCents: sum(rows, 'plannedCents'), spentCents: sum(rows, 'spentCents'),
      notCarriedOut: sum(rows, 'notCarriedOut'), interruptedShortfall: sum(rows, 'interruptedShortfall'), interruptedDays: sum(rows, 'interruptedDays') };
  });
  const currentMonth = facts.asOf.slice(0, 7);
  let cumulative = 0;
  const byMonth = facts.months.map((month) => {
    const rows = cells.filter((c) => c.month === month);
    cumulative += sum(rows, 'spentCents');
    return { month, plannedCents: sum(rows, 'plannedCents'), spentCents: sum(rows, 'spentCents'), cumulativeSpentCents: cumulative };
  });
  const spentCents = sum(cells, 'spentCents');
  // what the plan still has to spend: this month's and later months' planned cost not yet spent
  const stillToSpend = cells.filter((c) => c.month >= currentMonth).reduce((s, c) => s + Math.max(0, c.plannedCents - c.spentCents), 0);
  const projectedCents = spentCents + stillToSpend;
  return {
    budgetCents: facts.budgetCents,
    plannedCents: sum(cells, 'plannedCents'),
    spentCents,
    remainingCents: facts.budgetCents - spentCents,
    projectedCents,
    spentPercent: facts.budgetCents > 0 ? Math.round((spentCents * 1000) / facts.budgetCents) / 10 : null,
    warning: computeBudgetWarning(facts.budgetCents, spentCents, projectedCents, facts.warningPercent),
    cells, byService, byMonth,
  };
}
export type Ledger = ReturnType<typeof computeLedger>;

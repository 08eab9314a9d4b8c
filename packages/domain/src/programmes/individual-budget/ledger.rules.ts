import { daysBetween } from '../../shared/dates';
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
const EPOCH = '1970-01-01';

/**
 * A month's bounds, worked out once per ledger: the month as an integer (year × 12 + month − 1), its days,
 * its first and last day (as days from 1970-01-01, and the last as `yyyy-mm-dd`). The ledger runs for
 * every budget period of every case in the programme's report (bench/README.md, IB-5).
 */
interface MonthBounds { month: Month; firstDay: number; lastDay: number; lastDayIso: string; days: number }
function monthBounds(month: Month): MonthBounds {
  const year = Number(month.slice(0, 4)), m = Number(month.slice(5, 7));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  const firstDay = daysBetween(EPOCH, `${month}-01`);
  return { month, firstDay, lastDay: firstDay + days - 1, lastDayIso: `${month}-${days}`, days };
}
const lastDayOf = (month: Month) => monthBounds(month).lastDayIso;
export const daysInMonth = (month: Month) => monthBounds(month).days;

/** IB-3 the plan version in force in a month: the latest valid from on or before the month's last day (none: null). */
export function planVersionInMonth(versions: readonly PlanVersionFacts[], month: Month): PlanVersionFacts | null {
  const last = lastDayOf(month);
  let inForce: PlanVersionFacts | null = null;
  for (const v of versions) if (v.validFrom <= last && (!inForce || v.version >= inForce.version)) inForce = v;
  return inForce;
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

/** An interruption as days from 1970-01-01 (not yet over: no end). */
interface Span { from: number; to: number }

/** IB-5 the days of a month a service was interrupted, overlapping interruptions counted once (`spans` in order of their start). */
function interruptedDaysIn(spans: readonly Span[], bounds: MonthBounds): number {
  let days = 0;
  let countedTo = bounds.firstDay - 1;
  for (const span of spans) {
    const start = Math.max(span.from, countedTo + 1), end = Math.min(span.to, bounds.lastDay);
    if (end < start) continue;
    days += end - start + 1;
    countedTo = end;
  }
  return days;
}

/** IB-4 the cells of a ledger: each service (of the plan versions, then of the period's deliveries) in each month of the period. */
export function computeLedgerCells(facts: LedgerFacts): LedgerCell[] {
  const months = facts.months.map((month) => {
    const bounds = monthBounds(month);
    const version = planVersionInMonth(facts.versions, month);
    return { ...bounds, version, ended: bounds.lastDayIso < facts.asOf };
  });
  // each service's deliveries summed per month of the period once, in their order (a filter over every delivery per cell grew with cells × deliveries)
  const monthAt = new Map(facts.months.map((month, at) => [month, at]));
  const delivered = new Map<IbService, { delivered: number[]; spentCents: number[] }>();
  for (const d of facts.deliveries) {
    const at = monthAt.get(d.month);
    if (at === undefined) continue;
    let sums = delivered.get(d.service);
    if (!sums) delivered.set(d.service, sums = { delivered: months.map(() => 0), spentCents: months.map(() => 0) });
    sums.delivered[at]! += d.delivered;
    sums.spentCents[at]! += d.spentCents;
  }
  const services = new Set([...facts.versions.flatMap((v) => v.lines.map((l) => l.service)), ...delivered.keys()]);
  const cells: LedgerCell[] = [];
  for (const service of services) {
    const spans = facts.interruptions.filter((i) => i.service === service)
      .map((i): Span => ({ from: daysBetween(EPOCH, i.from), to: i.to === null ? Infinity : daysBetween(EPOCH, i.to) }))
      .sort((a, b) => a.from - b.from);
    const sums = delivered.get(service);
    months.forEach((m, at) => {
      const line = m.version?.lines.find((l) => l.service === service) ?? null;
      const planned = line?.perMonth ?? 0;
      const interruptedDays = spans.length === 0 ? 0 : interruptedDaysIn(spans, m);
      const expected = round2(planned * (1 - interruptedDays / m.days));
      const deliveredVolume = round2(sums?.delivered[at] ?? 0);
      cells.push({
        service, month: m.month, planned, expected, delivered: deliveredVolume,
        plannedCents: Math.round(planned * (line?.unitPriceCents ?? 0)),
        spentCents: sums?.spentCents[at] ?? 0,
        interruptedDays,
        interruptedShortfall: round2(planned - expected),
        notCarriedOut: m.ended ? Math.max(0, round2(expected - deliveredVolume)) : 0,
      });
    });
  }
  return cells;
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
  const cells = computeLedgerCells(facts);
  const sum = (rows: readonly LedgerCell[], key: 'plannedCents' | 'spentCents' | 'planned' | 'delivered' | 'notCarriedOut' | 'interruptedShortfall' | 'interruptedDays') =>
    round2(rows.reduce((s, c) => s + c[key], 0));
  // the cells run service by service, each over the period's months
  const perService = facts.months.length;
  const services = Array.from({ length: perService === 0 ? 0 : cells.length / perService }, (_, i) => cells.slice(i * perService, (i + 1) * perService));
  const byService = services.map((rows) => ({
    service: rows[0]!.service, planned: sum(rows, 'planned'), delivered: sum(rows, 'delivered'), plannedCents: sum(rows, 'plannedCents'), spentCents: sum(rows, 'spentCents'),
    notCarriedOut: sum(rows, 'notCarriedOut'), interruptedShortfall: sum(rows, 'interruptedShortfall'), interruptedDays: sum(rows, 'interruptedDays'),
  }));
  const currentMonth = facts.asOf.slice(0, 7);
  let cumulative = 0;
  const byMonth = facts.months.map((month, m) => {
    const rows = services.map((ofService) => ofService[m]!);
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

import { addDays, addMonths, daysBetween } from '../../shared/dates';
import type { Month } from './ledger.rules';

/**
 * IB-1, IB-2 budget periods and re-assessment. The team assesses at the start and re-assesses after each
 * 6-month period (seed 002: "pirmais 6 mēnešu periods ir noslēdzies … tika veikta atkārtota vajadzību
 * izvērtēšana"). Each assessment opens a budget period of 6 calendar months counted from the month it
 * was made in (an assessment on 10.02 opens February–July); the next re-assessment falls due 6 calendar
 * months after the last assessment's day (31.08 → 28.02, 29.02 in a leap year), as the core's evaluation
 * schedule counts it.
 */
export const PERIOD_MONTHS = 6;

export const monthOf = (day: string): Month => day.slice(0, 7);
export const firstDayOf = (month: Month) => `${month}-01`;

/** `2026-03` moved by `by` calendar months. */
export function shiftMonth(month: Month, by: number): Month {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  const m = (index % 12) + 1;
  return `${Math.floor(index / 12)}-${m < 10 ? '0' : ''}${m}`;
}

/** The months of the budget period an assessment on `assessedOn` opens (6, from its month). */
export function computePeriodMonths(assessedOn: string): Month[] {
  return Array.from({ length: PERIOD_MONTHS }, (_, i) => shiftMonth(monthOf(assessedOn), i));
}

/** The budget period an assessment opens: its first and last day. */
export function computeBudgetPeriod(assessedOn: string) {
  const months = computePeriodMonths(assessedOn);
  return { from: firstDayOf(months[0]!), to: addDays(firstDayOf(shiftMonth(months.at(-1)!, 1)), -1), months };
}

/** IB-2 the day the next re-assessment is due: 6 calendar months after the last assessment (none yet: the start day). */
export function computeReassessmentDue(openedOn: string, assessmentDays: readonly string[], asOf: string) {
  const last = assessmentDays.filter((d) => d <= asOf).sort().at(-1) ?? null;
  const dueOn = last ? addMonths(last, PERIOD_MONTHS) : openedOn;
  return { dueOn, kind: last ? 'reassessment' as const : 'initial' as const, daysLeft: daysBetween(asOf, dueOn) };
}

import { addMonths, daysBetween } from '../../shared/dates';
import type { ExitDestination } from './ending.rules';

/**
 * HF-4.2 the pilot's indicators (seed 004 §4.2, after the Canadian Housing First performance guide),
 * as pure functions of the cases' recorded facts and a day. Indicators D–F read the client
 * questionnaire (HF-4.3 (2)), which is recorded later (issue 13).
 */

/** One Housing First case as the indicators read it. */
export interface IndicatorCase {
  caseId: string;
  /** The day the client began to receive the service (the case's `serviceBeganOn`, else its opening). */
  startedOn: string;
  /** The day the client moved into the dwelling, if they have. */
  movedInOn: string | null;
  /** The service's last day, if it has ended. */
  endedOn: string | null;
  /** Where the client went when the service ended (HF-4.2 C). */
  exitDestination: ExitDestination | null;
}

export interface Period { from: string; to: string }

/** A share of a whole, null while the whole is empty (nothing to divide). */
export interface Share { count: number; of: number; share: number | null }
const shareOf = (count: number, of: number): Share => ({ count, of, share: of === 0 ? null : count / of });

/** Someone leaving to one of these lives in a dwelling of their own after the service (HF-4.2 C i, ii). */
export const HOUSED_DESTINATIONS: readonly ExitDestination[] = ['market_flat', 'social_flat'];

/** Served in the period: the service began on or before its last day and had not ended before its first. */
const servedIn = (c: IndicatorCase, period: Period) => c.startedOn <= period.to && (c.endedOn === null || c.endedOn >= period.from);

/** HF-4.2 A the clients who took part in the programme in the period, against its capacity (the pilot: 100). */
export function computeServedAgainstCapacity(cases: readonly IndicatorCase[], period: Period, capacity: number): Share {
  return shareOf(cases.filter((c) => servedIn(c, period)).length, capacity);
}

/**
 * HF-4.2 B the length of stay "from receiving the service to its end", in days, of the cases that ended
 * in the period (those still served have no length yet): their number, mean and median.
 */
export function computeLengthOfStay(cases: readonly IndicatorCase[], period: Period) {
  const days = cases
    .filter((c): c is IndicatorCase & { endedOn: string } => c.endedOn !== null && c.endedOn >= period.from && c.endedOn <= period.to)
    .map((c) => daysBetween(c.startedOn, c.endedOn))
    .sort((a, b) => a - b);
  if (days.length === 0) return { cases: 0, meanDays: null, medianDays: null };
  const middle = Math.floor(days.length / 2);
  return {
    cases: days.length,
    meanDays: days.reduce((sum, d) => sum + d, 0) / days.length,
    medianDays: days.length % 2 ? days[middle]! : (days[middle - 1]! + days[middle]!) / 2,
  };
}

/**
 * HF-4.2 B i, ii the share of clients living in a dwelling `months` calendar months after they moved in
 * (31 January + 6 months is 31 July; 29 February + 12 months is 28 February). Counted are the clients
 * whose mark falls on or before `asOf`; one is housed on the mark when the service had not ended before
 * that day, or it ended with the client moving to a market or a social flat.
 */
export function computeHousingRetention(cases: readonly IndicatorCase[], months: number, asOf: string): Share {
  const reached = cases.map((c) => isHousedAfter(c, months, asOf)).filter((h): h is boolean => h !== null);
  return shareOf(reached.filter(Boolean).length, reached.length);
}

/** HF-4.2 B i, ii one client: housed `months` calendar months after moving in; null when the mark is not reached by `asOf` (or they never moved in). */
export function isHousedAfter(c: IndicatorCase, months: number, asOf: string): boolean | null {
  if (c.movedInOn === null) return null;
  const mark = addMonths(c.movedInOn, months);
  if (mark > asOf) return null;
  return c.endedOn === null || c.endedOn >= mark || (c.exitDestination !== null && HOUSED_DESTINATIONS.includes(c.exitDestination));
}

/** HF-4.2 C where the clients whose service ended in the period went: each destination's count and share. */
export function computeExitDestinations(cases: readonly IndicatorCase[], period: Period) {
  const ended = cases.filter((c) => c.endedOn !== null && c.endedOn >= period.from && c.endedOn <= period.to);
  const counts = new Map<ExitDestination | 'not_recorded', number>();
  for (const c of ended) counts.set(c.exitDestination ?? 'not_recorded', (counts.get(c.exitDestination ?? 'not_recorded') ?? 0) + 1);
  return [...counts].map(([destination, count]) => ({ destination, ...shareOf(count, ended.length) }));
}

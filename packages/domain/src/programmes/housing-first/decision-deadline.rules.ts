import { addDays, daysBetween } from '../../shared/dates';

export interface DecisionDeadline {
  /** The last day the decision is on time. */
  dueOn: string;
  /** Days left until `dueOn` (0 on the last day, negative when overdue). */
  daysLeft: number;
  overdue: boolean;
}

/**
 * HF-3.1.4 — a decision within `decisionDeadlineDays` (30) days of the application: submitted on day
 * 0, the decision on day 30 is on time, on day 31 it is overdue.
 */
export function computeDecisionDeadline(submittedOn: string, decisionDeadlineDays: number, asOf: string): DecisionDeadline {
  const dueOn = addDays(submittedOn, decisionDeadlineDays);
  const daysLeft = daysBetween(asOf, dueOn);
  return { dueOn, daysLeft, overdue: daysLeft < 0 };
}

/** Worklist order: overdue first, then the fewest days left; ties by submission. */
export function compareByDeadline(a: { daysLeft: number; submittedOn: string }, b: { daysLeft: number; submittedOn: string }): number {
  return a.daysLeft - b.daysLeft || a.submittedOn.localeCompare(b.submittedOn);
}

import { addDays } from '@socrehab/domain';
import type { PlanGoalView, PlanVersionView } from '@socrehab/domain/programmes/housing-first/plan-responses.schemas';

/**
 * HF-3.4.6 what the plan-implementation report says about a period, from the history as recorded: the
 * plan versions in force in it, their goals with the completion marks, the reviews in it and the work
 * done (visits, contacts, work-log entries and hours). Pure: the route loads, this summarises.
 */
export interface PlanReportInput {
  from: string;
  to: string;
  plans: readonly PlanVersionView[];
  reviews: ReadonlyArray<{ reviewedOn: string; note: string; recordedByName: string | null }>;
  visits: ReadonlyArray<{ visitedOn: string; outcome: string; hours: number }>;
  contacts: ReadonlyArray<{ contactOn: string; hours: number }>;
  workLogEntries: ReadonlyArray<{ entryOn: string }>;
}

export const GOAL_STATUSES = ['done', 'in_progress', 'planned', 'dropped'] as const;

export function summarisePlanReport(input: PlanReportInput) {
  const within = (day: string) => day >= input.from && day <= input.to;
  // a version is in force from its start to the day before the next one starts (or its own end)
  const byStart = [...input.plans].sort((a, b) => a.startedOn.localeCompare(b.startedOn));
  const inForce = byStart.filter((plan, i) => {
    const until = plan.endedOn ?? (byStart[i + 1] ? addDays(byStart[i + 1]!.startedOn, -1) : null);
    return plan.startedOn <= input.to && (!until || until >= input.from);
  });
  const latest = inForce.at(-1) ?? null;
  const goals: readonly PlanGoalView[] = latest?.goals ?? [];
  const statusCounts = Object.fromEntries(GOAL_STATUSES.map((s) => [s, goals.filter((g) => g.status === s).length])) as Record<(typeof GOAL_STATUSES)[number], number>;
  const visits = input.visits.filter((v) => within(v.visitedOn));
  const contacts = input.contacts.filter((c) => within(c.contactOn));
  const hundredths = (hours: number) => Math.round(hours * 100);
  return {
    versions: inForce.map((p) => ({ version: p.version, startedOn: p.startedOn, endedOn: p.endedOn })),
    latest,
    statusCounts,
    /** goals whose deadline fell in the period, and whether they were met */
    dueInPeriod: goals.filter((g) => g.deadline && within(g.deadline)),
    reviews: input.reviews.filter((r) => within(r.reviewedOn)).sort((a, b) => a.reviewedOn.localeCompare(b.reviewedOn)),
    work: {
      visits: visits.length,
      visitsMet: visits.filter((v) => v.outcome === 'met').length,
      contacts: contacts.length,
      workLogEntries: input.workLogEntries.filter((e) => within(e.entryOn)).length,
      hours: ([...visits, ...contacts].reduce((sum, r) => sum + hundredths(r.hours), 0)) / 100,
    },
  };
}


import { addDays, addMonths, daysBetween } from '../../shared/dates';

export interface Due {
  dueOn: string;
  /** Days until due (0 on the day, negative when overdue). */
  daysLeft: number;
  due: boolean;
}

const dueAt = (dueOn: string, asOf: string): Due => {
  const daysLeft = daysBetween(asOf, dueOn);
  return { dueOn, daysLeft, due: daysLeft <= 0 };
};

/**
 * HF-3.2.5 — while a rehabilitation plan is being followed, the person and the social worker review
 * it at least every two weeks: 13 days after the last review (or the plan's start) it is not yet due,
 * on day 14 it is.
 */
export function computePlanReviewDue(planStartedOn: string, reviews: readonly string[], asOf: string, everyDays = 14): Due {
  const last = [planStartedOn, ...reviews.filter((r) => r <= asOf)].sort().pop()!;
  return dueAt(addDays(last, everyDays), asOf);
}

/** HF-2.4, HF-4.3(1) — the social functioning is re-assessed every 6 months after the last assessment. */
export function computeReassessmentDue(lastAssessedOn: string, asOf: string, everyMonths = 6): Due {
  return dueAt(addMonths(lastAssessedOn, everyMonths), asOf);
}

/**
 * HF-3.2.4 — at the first weekly visit the social worker offers an initial rehabilitation plan: due
 * once the person has been met at home and no offer is recorded. Declined is an answer too — nothing
 * further is demanded.
 */
export function computeInitialPlanOfferDue(firstMetOn: string | null, planOfferedOn: string | null, asOf: string): Due | null {
  if (!firstMetOn || firstMetOn > asOf || (planOfferedOn && planOfferedOn <= asOf)) return null;
  return dueAt(firstMetOn, asOf);
}

/**
 * HF-3.2.1 — a home visit at least every week: due 7 days after the last visit, or from moving in.
 */
export function computeWeeklyVisitDue(movedInOn: string, visitDates: readonly string[], asOf: string, everyDays = 7): Due {
  const last = [movedInOn, ...visitDates.filter((v) => v <= asOf)].sort().pop()!;
  return dueAt(addDays(last, everyDays), asOf);
}

/** HF-3.2.3 — an offer answered "later" is made again after `afterDays`; a refusal is respected. */
export function computeOfferRepeatDue(answeredOn: string, answer: 'accepted' | 'declined' | 'later', asOf: string, afterDays = 30): Due | null {
  return answer === 'later' ? dueAt(addDays(answeredOn, afterDays), asOf) : null;
}

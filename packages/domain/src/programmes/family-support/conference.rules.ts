import { addMonths, daysBetween } from '../../shared/dates';

/**
 * FS-4 the family group conference: a coordinator prepares it, the family and its network are invited,
 * the family makes its own plan (it becomes the case's plan), a review date is set and the review held.
 * Where seed 003 is silent: the review is set by default three calendar months after the conference and
 * may be set at most six; the coordinator is someone trained as a conference leader before the preparation began.
 */

export const DEFAULT_REVIEW_MONTHS = 3;
export const MAX_REVIEW_MONTHS = 6;

/** FS-4 the review day suggested for a conference held on a day (three calendar months: 30.11 → 28.02 or 29.02). */
export const computeDefaultReviewDate = (heldOn: string) => addMonths(heldOn, DEFAULT_REVIEW_MONTHS);

export type ConferenceProblem =
  | { field: 'heldOn'; reason: 'before_preparation' }
  | { field: 'attendees'; reason: 'no_family_member' }
  | { field: 'reviewOn'; reason: 'review_not_after_conference' | 'review_too_late' };

/**
 * FS-4 recording a held conference: not before its preparation began, with at least one member of the
 * family present (it is the family's own plan), and a review day after the conference and no later than
 * six calendar months after it (its last day included).
 */
export function checkConferenceHeld(input: { preparationStartedOn: string; heldOn: string; reviewOn: string; familyMembersPresent: number }): ConferenceProblem | null {
  if (input.heldOn < input.preparationStartedOn) return { field: 'heldOn', reason: 'before_preparation' };
  if (input.familyMembersPresent < 1) return { field: 'attendees', reason: 'no_family_member' };
  if (input.reviewOn <= input.heldOn) return { field: 'reviewOn', reason: 'review_not_after_conference' };
  if (input.reviewOn > addMonths(input.heldOn, MAX_REVIEW_MONTHS)) return { field: 'reviewOn', reason: 'review_too_late' };
  return null;
}

/** FS-4 a conference leader: trained (a completed training on or before the day) to coordinate a conference whose preparation begins that day. */
export function isTrainedLeader(trainings: readonly { kind: 'training' | 'supervision'; heldOn: string }[], on: string) {
  return trainings.some((t) => t.kind === 'training' && t.heldOn <= on);
}

export type ConferenceStage = 'preparing' | 'held' | 'reviewed';

/** FS-4 where a conference stands and, once held and not yet reviewed, how many days are left until its review (negative: overdue). */
export function computeConferenceStage(c: { heldOn: string | null; reviewOn: string | null; reviewedOn: string | null }, asOf: string): { stage: ConferenceStage; reviewDaysLeft: number | null } {
  if (c.reviewedOn) return { stage: 'reviewed', reviewDaysLeft: null };
  if (!c.heldOn || !c.reviewOn) return { stage: 'preparing', reviewDaysLeft: null };
  return { stage: 'held', reviewDaysLeft: daysBetween(asOf, c.reviewOn) };
}

/** FS-4 the case's plan: the family's own plan of its latest held conference (by the day it was held). */
export function computeCurrentFamilyPlan<T extends { heldOn: string | null; plan: string | null }>(conferences: readonly T[], asOf: string): T | null {
  return conferences.filter((c) => c.heldOn && c.heldOn <= asOf && c.plan).sort((a, b) => (a.heldOn! < b.heldOn! ? 1 : -1))[0] ?? null;
}

import { addDays, addMonths, daysBetween } from '../../shared/dates';

/**
 * FS-3 volunteer mentors: the register with each mentor's background check and training, matching a
 * mentor to a family, meetings, supervision and ending. Pure functions of the mentor's record and a day.
 */

export interface MentorRecord {
  /** The day the background check (the criminal-record and child-protection check) was made, and until when it is valid. */
  checkDoneOn: string | null;
  checkValidUntil: string | null;
  /** The day the mentor completed the training for volunteer mentors. */
  trainingCompletedOn: string | null;
  /** The mentor left the register on this day. */
  endedOn: string | null;
}

export type MentorMatchProblem = 'no_check' | 'check_expired' | 'no_training' | 'mentor_ended' | 'already_matched';

/**
 * FS-3 whether a mentor may be matched to a family on a day: a check made on or before the day and
 * valid on it (its last valid day included), training completed on or before the day, still on the
 * register, and not matched to another family at the time (a volunteer mentors one family at a time).
 * Gives every problem, in that order; an empty list means the matching may be made.
 */
export function checkMentorMatch(mentor: MentorRecord, activeMatches: number, on: string): MentorMatchProblem[] {
  const problems: MentorMatchProblem[] = [];
  if (!mentor.checkDoneOn || !mentor.checkValidUntil || mentor.checkDoneOn > on) problems.push('no_check');
  else if (mentor.checkValidUntil < on) problems.push('check_expired');
  if (!mentor.trainingCompletedOn || mentor.trainingCompletedOn > on) problems.push('no_training');
  if (mentor.endedOn && mentor.endedOn <= on) problems.push('mentor_ended');
  if (activeMatches > 0) problems.push('already_matched');
  return problems;
}

/** FS-3 a mentor's standing on a day, as the register shows it. */
export function computeMentorStatus(mentor: MentorRecord, activeMatches: number, on: string): 'ended' | 'not_ready' | 'matched' | 'available' {
  if (mentor.endedOn && mentor.endedOn <= on) return 'ended';
  const problems = checkMentorMatch(mentor, 0, on);
  if (problems.length > 0) return 'not_ready';
  return activeMatches > 0 ? 'matched' : 'available';
}

/** FS-3 days before a check's end from which the register and worklist warn that it is to be renewed. */
export const CHECK_RENEWAL_WARNING_DAYS = 30;

/**
 * FS-3 a matched mentor's supervision is due every `everyMonths` calendar months from the later of the
 * matching and the last supervision (31.01 + 1 month = 28.02 or 29.02).
 */
export function computeSupervisionDue(matchedOn: string, supervisions: readonly string[], everyMonths: number, asOf: string) {
  const last = [matchedOn, ...supervisions.filter((s) => s <= asOf)].sort().at(-1)!;
  const dueOn = addMonths(last, everyMonths);
  return { dueOn, daysLeft: daysBetween(asOf, dueOn) };
}

/** FS-3 the check ends within the warning window (or has ended) on a day: when to renew it. */
export function computeCheckRenewal(checkValidUntil: string | null, asOf: string) {
  if (!checkValidUntil) return null;
  const daysLeft = daysBetween(asOf, checkValidUntil);
  return daysLeft <= CHECK_RENEWAL_WARNING_DAYS ? { dueOn: checkValidUntil, daysLeft, warnFrom: addDays(checkValidUntil, -CHECK_RENEWAL_WARNING_DAYS) } : null;
}

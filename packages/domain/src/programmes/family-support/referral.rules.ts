import { addDays, daysBetween } from '../../shared/dates';

/**
 * FS-5 the county social service assesses a family and refers it to a family support centre, with the
 * premises and information it provides. Where seed 003 is silent: the centre decides on a referral within
 * ten days of receiving it; it accepts (opening the family's case) or declines with a reason.
 */
export const REFERRAL_DECISION_DAYS = 10;
export const REFERRAL_REASONS = ['parenting_difficulties', 'child_disability', 'domestic_violence', 'crisis', 'poverty_social_exclusion', 'other'] as const;
export type ReferralReason = (typeof REFERRAL_REASONS)[number];

/** FS-5 when the centre's decision on a referral is due and how many days are left (negative: overdue). */
export function computeReferralDecisionDue(referredOn: string, asOf: string) {
  const dueOn = addDays(referredOn, REFERRAL_DECISION_DAYS);
  return { dueOn, daysLeft: daysBetween(asOf, dueOn) };
}

/** FS-5 a referral's assessment precedes it, and the case opens on or after the referral. */
export function checkReferralDates(input: { assessedOn: string; referredOn: string }): 'assessed_after_referral' | null {
  return input.assessedOn > input.referredOn ? 'assessed_after_referral' : null;
}

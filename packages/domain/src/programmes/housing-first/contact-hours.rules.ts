import { addMonths } from '../../shared/dates';

/** HF-2.2 kinds of contact with the provider's experts and how they happen. */
export const CONTACT_KINDS = ['home_visit', 'phone_call', 'accompanying', 'consultation', 'group_session', 'remote'] as const;
export const CONTACT_MODES = ['in_person', 'phone', 'remote'] as const;

/** Contact hours as stored (hundredths of an hour: 1.25 h, 0.1 h = 6 min), more than none and at most a day. */
export const isStorableHours = (hours: number) => hours > 0 && hours <= 24 && Math.abs(hours * 100 - Math.round(hours * 100)) < 1e-6;

/**
 * Issue 11 §2 — durations are rounded only when the programme's settings say so: with
 * `contactMinutesStep` (15 → quarter hours) the hours must be whole steps; without it any hundredth of an hour is fine.
 */
export const fitsContactStep = (hours: number, stepMinutes: number | undefined) =>
  !stepMinutes || Math.abs((hours * 60) / stepMinutes - Math.round((hours * 60) / stepMinutes)) < 1e-6;

export type DailyHoursCheck =
  | { allowed: true; dayTotal: number; justified: boolean }
  | { allowed: false; dayTotal: number; limit: number };

/**
 * HF-2.2 — at most `contactHoursPerDay` (3) contact hours a day for one person, in person and by phone
 * together; more only with a written justification by a social worker or mentor. 3.00 h is allowed,
 * 3.25 h without a justification is refused.
 */
export function checkDailyContactHours(hoursThatDay: number, newHours: number, limit: number, justification: string | null): DailyHoursCheck {
  const dayTotal = hoursThatDay + newHours;
  if (dayTotal <= limit) return { allowed: true, dayTotal, justified: false };
  if (justification && justification.trim().length > 0) return { allowed: true, dayTotal, justified: true };
  return { allowed: false, dayTotal, limit };
}

export type EngagementHoursCheck =
  | { allowed: true; total: number; left: number; warning: boolean }
  | { allowed: false; total: number; limit: number };

/** Share of the engagement's hours after which the case warns (HF-2.2). */
export const CONTACT_HOURS_WARNING_SHARE = 0.8;

/**
 * HF-2.2 — at most `contactHoursPerEngagement` (300) hours per engagement: a total of 299.5 h or 300 h
 * is allowed, 300.5 h refused; from 80 % on the case warns.
 */
export function checkEngagementHours(usedHours: number, newHours: number, limit: number): EngagementHoursCheck {
  const total = usedHours + newHours;
  if (total > limit) return { allowed: false, total, limit };
  return { allowed: true, total, left: limit - total, warning: total >= limit * CONTACT_HOURS_WARNING_SHARE };
}

/**
 * HF-2.2, HF-3.3.4 — the first day of the engagement a case belongs to. An engagement begins when a case
 * of the person opens with no engagement running and lasts `engagementMonths` calendar months; a case
 * opened within it (a re-application after an ending) belongs to it, so the 300 hours count per person
 * across both; a case opened after it begins a new one. `openings` are the person's cases' opening days
 * in the programme (the case's own among them).
 */
export function computeEngagementStart(openings: readonly string[], openedOn: string, engagementMonths: number): string {
  let start: string | null = null;
  for (const day of [...openings].sort()) {
    if (day > openedOn) break;
    if (start === null || day >= addMonths(start, engagementMonths)) start = day;
  }
  return start ?? openedOn;
}

import { z } from 'zod';
import { daysBetween } from '../../shared/dates';
import { freeText, isoDate, optionalText } from '../../shared/validation';
import { LIFE_DOMAINS } from './support-team.rules';

/** HF-3.3 why a case ends. */
export const ENDING_REASONS = ['term_ended', 'person_wish', 'violence', 'unreachable'] as const;
export type EndingReason = (typeof ENDING_REASONS)[number];
/** HF-4.2(C) where the person went. */
export const EXIT_DESTINATIONS = ['market_flat', 'social_flat', 'shelter', 'street', 'hospital', 'prison', 'died', 'unknown', 'other'] as const;
export type ExitDestination = (typeof EXIT_DESTINATIONS)[number];
/** HF-3.3.2 who must each confirm an ending for violence, in their own account. */
export const JOINT_DECISION_ROLES = ['social_worker', 'social_mentor', 'manager'] as const;
export type JointDecisionRole = (typeof JOINT_DECISION_ROLES)[number];

/** HF-3.3.1 the person's wish needs at least a week's notice. */
export const MIN_NOTICE_DAYS = 7;

/** HF-3.3.1 — notice of at least 7 days: 7 days before is enough, 6 is short (shown, not refused). */
export function isShortNotice(noticeGivenOn: string | null, endsOn: string): boolean {
  return noticeGivenOn === null || daysBetween(noticeGivenOn, endsOn) < MIN_NOTICE_DAYS;
}

/**
 * HF-3.3.2 — an ending for violence is final only when the social worker, the mentor and the manager
 * have each confirmed; every other reason is final when recorded.
 */
export function computeEndingStatus(reason: EndingReason, confirmedRoles: readonly string[]): { final: boolean; missingRoles: JointDecisionRole[] } {
  if (reason !== 'violence') return { final: true, missingRoles: [] };
  const missingRoles = JOINT_DECISION_ROLES.filter((r) => !confirmedRoles.includes(r));
  return { final: missingRoles.length === 0, missingRoles };
}

export const endCaseSchema = z.object({
  reason: z.enum(ENDING_REASONS, { error: 'validation.invalidOption' }),
  endsOn: isoDate,
  noticeGivenOn: isoDate.nullish(),
  destination: z.enum(EXIT_DESTINATIONS, { error: 'validation.invalidOption' }),
  note: optionalText(2000),
}).strict();

export const workLogEntrySchema = z.object({
  on: isoDate,
  goals: optionalText(2000),
  topics: optionalText(2000),
  done: freeText(4000).min(1, { error: 'validation.required' }),
  results: optionalText(2000),
  conclusions: optionalText(2000),
  interProfessionalNotes: optionalText(2000),
  lifeDomains: z.array(z.enum(LIFE_DOMAINS, { error: 'validation.invalidOption' })).max(LIFE_DOMAINS.length).default([]),
}).strict();

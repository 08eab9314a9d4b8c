import { addDays, daysBetween } from '../shared/dates';

/** HF-3.2.1 how a home visit went. */
export const VISIT_OUTCOMES = [
  'met', // satikts mājās
  'not_home_no_notice', // nav mājās, nebrīdinot
  'notice_given', // brīdināja, ka nebūs
  'met_elsewhere', // satikts citur
  'phone_only', // sazināts tikai pa tālruni
] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];

/** Outcomes that mean the person was reached: the escalation ends. */
const REACHED: ReadonlySet<VisitOutcome> = new Set(['met', 'met_elsewhere', 'phone_only', 'notice_given']);

export interface VisitFact {
  on: string;
  outcome: VisitOutcome;
  /** The worker saw a risk to health at this miss (HF-3.2.2 "or sooner where health is at risk"). */
  healthRisk?: boolean;
}

/** Any other contact that reached the person (a phone call, a meeting elsewhere). */
export interface ReachFact {
  on: string;
}

/** HF-3.3.3 the team's recorded decision to wait one more month before evaluating termination. */
export interface ExtensionFact {
  on: string;
  reason: string;
}

/**
 * HF-3.2.2 the levels of a missed-visit escalation, each with the action it permits:
 * 0 none; 1 a missed visit — phone, come back within 7 days; 2 unreachable a week — the whole team may
 * come, staff may enter to check on safety; 3 unreachable 15 days (or the agreed period) — visits on
 * other days, the provider may inspect the dwelling (HF-2.7); 4 unreachable a month — termination
 * must be evaluated (HF-3.3.3), unless the team recorded one month's extension.
 */
export const ESCALATION_LEVELS = ['none', 'missed_visit', 'unreachable_week', 'unreachable_inspection', 'evaluate_termination'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export const ESCALATION_ACTIONS = [
  'phone', 'return_within_week', 'enter_to_check_safety', 'whole_team_visit', 'visit_other_days', 'inspect_dwelling', 'evaluate_termination',
  'extension_running',
] as const;
export type EscalationAction = (typeof ESCALATION_ACTIONS)[number];

export interface EscalationSettings {
  /** HF-2.7 / HF-3.2.2 days unreachable before visits on other days and an inspection (15, or as agreed). */
  inspectionAfterDays: number;
  /** HF-3.3.3 days unreachable before termination is evaluated (more than 30: a whole month). */
  terminationAfterDays: number;
  /** HF-3.3.3 days one extension adds. */
  extensionDays: number;
}

export const HF_ESCALATION_DEFAULTS: EscalationSettings = { inspectionAfterDays: 15, terminationAfterDays: 31, extensionDays: 30 };

export interface Escalation {
  level: EscalationLevel;
  /** 0–4, for ordering and comparison. */
  rank: number;
  /** The first missed visit since the person was last reached. */
  unreachableSince: string | null;
  daysUnreachable: number;
  permitted: EscalationAction[];
  /** Return at the latest by this day (HF-3.2.2: within a week of the miss). */
  returnBy: string | null;
  /** When an extension is running, the day it ends. */
  extendedUntil: string | null;
}

/**
 * HF-3.2.2, HF-3.3.3 — the escalation on `asOf`, from the visits and contacts recorded up to that day
 * (anything later is ignored, so any past day can be replayed). It starts at the first visit missed
 * without notice after the person was last reached and ends as soon as they are reached again.
 */
export function computeEscalation(
  visits: readonly VisitFact[], reaches: readonly ReachFact[], extensions: readonly ExtensionFact[], settings: EscalationSettings, asOf: string,
): Escalation {
  const known = visits.filter((v) => v.on <= asOf);
  const lastReached = [...known.filter((v) => REACHED.has(v.outcome)).map((v) => v.on), ...reaches.filter((r) => r.on <= asOf).map((r) => r.on)]
    .reduce<string | null>((latest, on) => (latest === null || on > latest ? on : latest), null);
  const misses = known
    .filter((v) => v.outcome === 'not_home_no_notice' && (lastReached === null || v.on > lastReached))
    .sort((a, b) => a.on.localeCompare(b.on));
  if (misses.length === 0) {
    return { level: 'none', rank: 0, unreachableSince: null, daysUnreachable: 0, permitted: [], returnBy: null, extendedUntil: null };
  }
  const since = misses[0]!.on;
  const days = daysBetween(since, asOf);
  const lastMiss = misses[misses.length - 1]!;
  const healthRisk = misses.some((m) => m.healthRisk);
  const secondWeekInARow = misses.length >= 2 && daysBetween(since, lastMiss.on) >= 7;
  const extension = extensions.filter((e) => e.on <= asOf && e.on >= since).sort((a, b) => a.on.localeCompare(b.on))[0];
  const terminationDay = settings.terminationAfterDays + (extension ? settings.extensionDays : 0);

  const permitted: EscalationAction[] = ['phone', 'return_within_week'];
  let rank = 1;
  if (healthRisk || secondWeekInARow) permitted.push('enter_to_check_safety');
  if (days >= 7) {
    rank = 2;
    if (!permitted.includes('enter_to_check_safety')) permitted.push('enter_to_check_safety');
    permitted.push('whole_team_visit');
  }
  if (days >= settings.inspectionAfterDays) {
    rank = 3;
    permitted.push('visit_other_days', 'inspect_dwelling');
  }
  if (days >= settings.terminationAfterDays) {
    if (days >= terminationDay) {
      rank = 4;
      permitted.push('evaluate_termination');
    } else {
      permitted.push('extension_running');
    }
  }
  return {
    level: ESCALATION_LEVELS[rank]!, rank, unreachableSince: since, daysUnreachable: days, permitted,
    returnBy: addDays(lastMiss.on, 7), extendedUntil: extension ? addDays(since, terminationDay) : null,
  };
}

import { addDays, addMonths, daysBetween } from '../../shared/dates';

/** HF-3.2.1 how a home visit went. */
export const VISIT_OUTCOMES = [
  'met', // satikts mājās
  'not_home_no_notice', // nav mājās, nebrīdinot
  'notice_given', // brīdināja, ka nebūs
  'met_elsewhere', // satikts citur
  'phone_only', // sazināts tikai pa tālruni
] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];

/**
 * HF-3.3.3 outcomes that reached the person ("satikt mājoklī vai citādi sasniegt"): met at home or
 * elsewhere, reached by phone, or the person let the team know beforehand. Only `met` is a meeting at
 * home (HF-3.2.1, HF-3.2.2 "sasniedzama dzīvesvietā").
 */
const REACHED: ReadonlySet<VisitOutcome> = new Set(['met', 'met_elsewhere', 'phone_only', 'notice_given']);

/** HF-3.2.1 the weekly home visit: the team came to the home (a miss without notice too); a call or a meeting elsewhere is not it. */
export const isHomeVisit = (outcome: VisitOutcome) => outcome === 'met' || outcome === 'not_home_no_notice';

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
 * 0 none; 1 a visit missed without notice — phone, come back within 7 days; 2 not met at home for a
 * week — the whole team may come to the next meeting; 3 absent and unreachable for 15 days (or the
 * period agreed with the person) — visits on other days, the provider may inspect the dwelling (HF-2.7);
 * 4 not met at home nor reached otherwise for a calendar month — termination is to be evaluated
 * (HF-3.3.3), while an extension runs too (shown with its end). Entering to check on safety is permitted
 * at the second missed week in a row, or sooner at a recorded health risk — never by time alone.
 */
export const ESCALATION_LEVELS = ['none', 'missed_visit', 'unreachable_week', 'unreachable_inspection', 'evaluate_termination'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export const ESCALATION_ACTIONS = [
  'phone', 'return_within_week', 'enter_to_check_safety', 'whole_team_visit', 'visit_other_days', 'inspect_dwelling', 'evaluate_termination',
  'extension_running',
] as const;
export type EscalationAction = (typeof ESCALATION_ACTIONS)[number];

export interface EscalationSettings {
  /** HF-2.7 / HF-3.2.2 days absent and unreachable before visits on other days and an inspection: 15, or as agreed with the person (per case). */
  inspectionAfterDays: number;
}

/** HF-2.7 the seed's 15 days, where no other period was agreed with the person. */
export const DEFAULT_INSPECTION_AFTER_DAYS = 15;
export const HF_ESCALATION_DEFAULTS: EscalationSettings = { inspectionAfterDays: DEFAULT_INSPECTION_AFTER_DAYS };

export interface Escalation {
  level: EscalationLevel;
  /** 0–4, for ordering and comparison. */
  rank: number;
  /** The first visit missed without notice since the person was last met at home. */
  unreachableSince: string | null;
  /** HF-3.2.2 the last meeting at home (a met visit, or the move-in) the week counts from; null if none is known. */
  lastMetAtHomeOn: string | null;
  /** HF-3.3.3 the last time the person was reached at all — at home, elsewhere, by phone — the month counts from. */
  lastReachedOn: string | null;
  /** Days since the person was last reached (from the first miss when no reach is known). */
  daysUnreachable: number;
  permitted: EscalationAction[];
  /** Return at the latest by this day (HF-3.2.2: within a week of the miss). */
  returnBy: string | null;
  /** HF-3.3.3 the day a calendar month without reaching the person has passed: termination is evaluated, an extension may be recorded. */
  monthPassesOn: string | null;
  /** HF-3.3.3 the extension of this run of absence, when recorded, and the day its one calendar month ends. */
  extendedOn: string | null;
  extendedUntil: string | null;
}

const NONE: Escalation = {
  level: 'none', rank: 0, unreachableSince: null, lastMetAtHomeOn: null, lastReachedOn: null, daysUnreachable: 0, permitted: [], returnBy: null,
  monthPassesOn: null, extendedOn: null, extendedUntil: null,
};

const latestOf = (days: ReadonlyArray<string | null>) => days.reduce<string | null>((latest, on) => (on !== null && (latest === null || on > latest) ? on : latest), null);

/**
 * HF-3.3.3 the extension that counts in a run of absence: the first recorded once the month has passed
 * (on `monthPassesOn` or later) — a run has at most one; an earlier one is no extension.
 */
export function extensionOfRun(extensions: readonly ExtensionFact[], monthPassesOn: string, asOf: string): ExtensionFact | null {
  return extensions.filter((e) => e.on >= monthPassesOn && e.on <= asOf).sort((a, b) => a.on.localeCompare(b.on))[0] ?? null;
}

/**
 * HF-3.2.2, HF-3.3.3 — the escalation on `asOf`, from the visits, contacts and extensions recorded up to
 * that day (anything later is ignored, so any past day can be replayed). The periods run from the last
 * time the person was actually reached, not from the first missed visit (seed 004, 3.2.2 and 3.3.3):
 * the week from the last meeting at home (`servedFrom`, the move-in, counts as one), the 15 days and the
 * month from the last meeting at home or contact by other means. A phone call or a meeting elsewhere
 * reaches the person but is not the weekly home visit, so it resets the month, not the week. It starts
 * at a visit missed without notice after the last meeting at home and ends at the next one.
 */
export function computeEscalation(
  visits: readonly VisitFact[], reaches: readonly ReachFact[], extensions: readonly ExtensionFact[], settings: EscalationSettings, asOf: string,
  servedFrom: string | null = null,
): Escalation {
  const known = visits.filter((v) => v.on <= asOf);
  const lastMetAtHome = latestOf([servedFrom !== null && servedFrom <= asOf ? servedFrom : null, ...known.filter((v) => v.outcome === 'met').map((v) => v.on)]);
  const misses = known
    .filter((v) => v.outcome === 'not_home_no_notice' && (lastMetAtHome === null || v.on > lastMetAtHome))
    .sort((a, b) => a.on.localeCompare(b.on));
  if (misses.length === 0) return NONE;
  const firstMiss = misses[0]!.on;
  const lastMiss = misses[misses.length - 1]!;
  const lastReached = latestOf([lastMetAtHome, ...known.filter((v) => REACHED.has(v.outcome)).map((v) => v.on), ...reaches.filter((r) => r.on <= asOf).map((r) => r.on)]);
  const daysNotMetAtHome = daysBetween(lastMetAtHome ?? firstMiss, asOf);
  const reachedFrom = lastReached ?? firstMiss;
  const daysUnreachable = daysBetween(reachedFrom, asOf);
  const monthPassesOn = addMonths(reachedFrom, 1);

  const permitted: EscalationAction[] = ['phone', 'return_within_week'];
  let rank = 1;
  // "otro nedēļu pēc kārtas vai apzinoties riskus personas veselībai – ātrāk": a second weekly miss, or a recorded health risk
  if (misses.some((m) => m.healthRisk) || daysBetween(firstMiss, lastMiss.on) >= 7) permitted.push('enter_to_check_safety');
  // "vismaz nedēļu nav bijusi sasniedzama dzīvesvietā": a week since the last meeting at home
  if (daysNotMetAtHome >= 7) {
    rank = 2;
    permitted.push('whole_team_visit');
  }
  // "nav sasniedzams 15 dienas (vai citā laika periodā, vienojoties ar klientu)"
  if (daysUnreachable >= settings.inspectionAfterDays) {
    rank = Math.max(rank, 3);
    permitted.push('visit_other_days', 'inspect_dwelling');
  }
  let extension: ExtensionFact | null = null;
  let extendedUntil: string | null = null;
  if (asOf >= monthPassesOn) {
    rank = 4;
    extension = extensionOfRun(extensions, monthPassesOn, asOf);
    extendedUntil = extension ? addMonths(extension.on, 1) : null;
    permitted.push(extendedUntil !== null && asOf < extendedUntil ? 'extension_running' : 'evaluate_termination');
  }
  return {
    level: ESCALATION_LEVELS[rank]!, rank, unreachableSince: firstMiss, lastMetAtHomeOn: lastMetAtHome, lastReachedOn: lastReached, daysUnreachable, permitted,
    returnBy: addDays(lastMiss.on, 7), monthPassesOn, extendedOn: extension?.on ?? null, extendedUntil,
  };
}

export type ExtensionCheck = { allowed: true } | { allowed: false; reason: 'no_month_unreachable' | 'already_extended'; monthPassesOn: string | null; extendedOn: string | null };

/**
 * HF-3.3.3 — an extension is recorded only once a calendar month has passed without meeting or
 * reaching the person (on the day the month passes, not the day before), and at most once per run of
 * absence. `escalation` is the case's escalation on the extension's day, before it is recorded.
 */
export function checkExtension(escalation: Escalation): ExtensionCheck {
  if (escalation.rank < 4) return { allowed: false, reason: 'no_month_unreachable', monthPassesOn: escalation.monthPassesOn, extendedOn: null };
  if (escalation.extendedOn !== null) return { allowed: false, reason: 'already_extended', monthPassesOn: escalation.monthPassesOn, extendedOn: escalation.extendedOn };
  return { allowed: true };
}

import { addDays, addMonths, daysBetween } from '../../shared/dates';
import type { ProgrammeSettings } from './settings';

/**
 * HF-2.2 a person's engagement in the programme: 12 months from the service contract (seed 004 §2.1
 * "personas iesaiste … ir 12 (divpadsmit) mēneši"), of which at least 6 of participation ("vismaz 6
 * (sešus) mēnešus 12 (divpadsmit) mēnešu periodā") — both the programme's settings in force when the
 * case opened. The agreed end may be extended (by months, or to a new day, with a reason) and the
 * service suspended for a period (with a reason).
 *
 * The choices where the seed is silent:
 * - the engagement starts on the contract's day (HF-3.1.7.2 "slēdz līgumu"); a case without one has none yet;
 * - months are calendar months clamped to the month's end (31.01 + 1 month = 28.02, or 29.02 in a leap year),
 *   and the engagement's last day is that day (1.09.2022 + 12 months = 1.09.2023);
 * - a suspension pauses the engagement: each of its days (from and to included) moves the agreed end
 *   and, if it began before the minimum participation was reached, the minimum participation's day, one day later;
 * - extensions and suspensions apply in the order of their days (a suspension first on a tie): an
 *   extension by months adds calendar months to the end as it stood, one to a new day sets it;
 * - the end is approaching from one calendar month before it (the seed's evaluations are due "one month
 *   before the contract ends", HF-4.3) — and stays on the worklist while the case is open after it.
 */

export interface EngagementExtension {
  id?: string;
  decidedOn: string;
  /** Calendar months added to the agreed end, or… */
  months: number | null;
  /** …the new agreed end. */
  newEndOn: string | null;
  reason: string;
}

export interface EngagementSuspension {
  id?: string;
  fromOn: string;
  toOn: string;
  reason: string;
}

/** What the engagement is computed from: the case's contract day and the extensions and suspensions recorded (cancelled ones left out). */
export interface EngagementHistory {
  contractSignedOn: string | null;
  extensions: readonly EngagementExtension[];
  suspensions: readonly EngagementSuspension[];
}

export interface Engagement {
  startsOn: string;
  /** The end by the settings alone: the start plus `engagementMonths`. */
  plannedEndOn: string;
  /** The end after the extensions and suspensions known on the day. */
  agreedEndOn: string;
  /** The day the minimum participation is reached (suspended days added). */
  minimumParticipationOn: string;
  minimumReached: boolean;
  /** Days from the day asked about to the agreed end (0 on it, negative after it). */
  daysLeft: number;
  /** From one calendar month before the agreed end on. */
  endApproaching: boolean;
  suspendedDays: number;
  /** A suspension covers the day. */
  suspendedOn: boolean;
}

/** The days a suspension pauses the engagement: from and to included. */
export const suspensionDays = (s: Pick<EngagementSuspension, 'fromOn' | 'toOn'>) => daysBetween(s.fromOn, s.toOn) + 1;

/** How long before the agreed end it shows as approaching (calendar months). */
export const END_APPROACHING_MONTHS = 1;

/**
 * HF-2.2 the engagement of a case as of `asOf`: only extensions decided and suspensions begun on or
 * before that day count, so the engagement of any past day can be replayed. Null without a contract
 * day, or before it.
 */
export function computeEngagement(history: EngagementHistory, settings: Pick<ProgrammeSettings, 'engagementMonths' | 'minimumParticipationMonths'>, asOf: string): Engagement | null {
  const startsOn = history.contractSignedOn;
  if (!startsOn || startsOn > asOf) return null;
  const plannedEndOn = addMonths(startsOn, settings.engagementMonths);
  const events = [
    ...history.suspensions.filter((s) => s.fromOn <= asOf).map((s) => ({ on: s.fromOn, order: 0, suspension: s, extension: null })),
    ...history.extensions.filter((e) => e.decidedOn <= asOf).map((e) => ({ on: e.decidedOn, order: 1, suspension: null, extension: e })),
  ].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.order - b.order));

  let agreedEndOn = plannedEndOn;
  let minimumParticipationOn = addMonths(startsOn, settings.minimumParticipationMonths);
  let suspendedDays = 0;
  for (const { suspension, extension } of events) {
    if (suspension) {
      const days = suspensionDays(suspension);
      suspendedDays += days;
      agreedEndOn = addDays(agreedEndOn, days);
      if (suspension.fromOn < minimumParticipationOn) minimumParticipationOn = addDays(minimumParticipationOn, days);
    } else if (extension) {
      agreedEndOn = extendedEnd(agreedEndOn, extension);
    }
  }
  const daysLeft = daysBetween(asOf, agreedEndOn);
  return {
    startsOn, plannedEndOn, agreedEndOn, minimumParticipationOn,
    minimumReached: asOf >= minimumParticipationOn,
    daysLeft,
    endApproaching: asOf >= addMonths(agreedEndOn, -END_APPROACHING_MONTHS),
    suspendedDays,
    suspendedOn: history.suspensions.some((s) => s.fromOn <= asOf && asOf <= s.toOn),
  };
}

/** HF-2.2 the agreed end after one extension: calendar months added to it, or the new day. */
export function extendedEnd(agreedEndOn: string, extension: Pick<EngagementExtension, 'months' | 'newEndOn'>): string {
  if (extension.newEndOn) return extension.newEndOn;
  return addMonths(agreedEndOn, extension.months ?? 0);
}

export type EngagementProblem = 'newEndNotLater' | 'suspensionOverlaps' | 'beforeEngagement' | 'toBeforeFrom';

/** HF-2.2 an extension decided on a day, against the agreed end then: a new end must be later than it. */
export function checkEngagementExtension(engagement: Engagement | null, extension: Pick<EngagementExtension, 'decidedOn' | 'months' | 'newEndOn'>): EngagementProblem | null {
  if (!engagement || extension.decidedOn < engagement.startsOn) return 'beforeEngagement';
  if (extension.newEndOn && extension.newEndOn <= engagement.agreedEndOn) return 'newEndNotLater';
  return null;
}

/** HF-2.2 a suspension: within the engagement (from its start), its end not before its beginning, and overlapping no other. */
export function checkEngagementSuspension(history: EngagementHistory, suspension: Pick<EngagementSuspension, 'fromOn' | 'toOn'>): EngagementProblem | null {
  if (!history.contractSignedOn || suspension.fromOn < history.contractSignedOn) return 'beforeEngagement';
  if (suspension.toOn < suspension.fromOn) return 'toBeforeFrom';
  if (history.suspensions.some((s) => s.fromOn <= suspension.toOn && suspension.fromOn <= s.toOn)) return 'suspensionOverlaps';
  return null;
}

/** HF-2.2 an ending dated before the minimum participation was reached: that day and how many days short. */
export interface EndingBeforeMinimum {
  endsOn: string;
  minimumParticipationOn: string;
  /** Days from the ending to the minimum participation's day (1: the day before it). */
  daysShort: number;
}

/**
 * HF-2.2 seed 004 §2.1: "persona … var piedalīties vismaz 6 (sešus) mēnešus 12 (divpadsmit) mēnešu
 * periodā" — the programme's aim for each person, not a bar on leaving: the person's wish, violence or a
 * month unreachable end a case whenever they happen (HF-3.3), so an ending before the minimum is shown
 * as a warning, never refused. The minimum is the contract's day plus `minimumParticipationMonths`
 * calendar months (31.08 + 6 months = 28.02), reached on that day; suspended days do not count as
 * participation — a suspension begun before the minimum was reached moves it a day later for each of
 * its days (`computeEngagement`): the seed counts months the person "piedalās", and a suspended service
 * (a hospital stay, a prison term) is months they do not. An ending on a case without a contract (or
 * dated before it) has no engagement to fall short of: null.
 */
export function checkEndingBeforeMinimum(
  history: EngagementHistory, settings: Pick<ProgrammeSettings, 'engagementMonths' | 'minimumParticipationMonths'>, endsOn: string,
): EndingBeforeMinimum | null {
  const engagement = computeEngagement(history, settings, endsOn);
  if (!engagement || engagement.minimumReached) return null;
  return { endsOn, minimumParticipationOn: engagement.minimumParticipationOn, daysShort: daysBetween(endsOn, engagement.minimumParticipationOn) };
}

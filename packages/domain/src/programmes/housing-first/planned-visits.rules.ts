import { addDays, daysBetween, isoWeekday } from '../../shared/dates';
import type { VisitOutcome } from './visit-escalation.rules';

/** HF-3.2.1 one version of a case's fixed weekly visit slot: ISO weekday (1 = Monday … 7 = Sunday), `hh:mm`, in force from a day. */
export interface VisitSlotVersion {
  weekday: number;
  atTime: string;
  fromDate: string;
}

/** A period (inclusive; `toDate` null = open) — a worker's time on a case's team. */
export interface DayPeriod {
  fromDate: string;
  toDate: string | null;
}

export interface PlannedVisitDaysInput {
  /** The slot versions, oldest set first: on a day the version with the latest `fromDate` on or before it wins, ties to the later in the list. */
  slots: readonly VisitSlotVersion[];
  /** First and last day asked for (inclusive). */
  from: string;
  to: string;
  /** The home visits begin on the move-in day; no move-in, no visits. */
  movedInOn: string | null;
  /** The case's closing day: no visit on or after it. */
  closedOn: string | null;
  /** When given, only days inside one of these periods (the worker on the team); otherwise every day. */
  onTeam?: readonly DayPeriod[];
}

export interface PlannedVisitDay {
  on: string;
  atTime: string;
}

export { isoWeekday, mondayOf } from '../../shared/dates';

/** The slot in force on a day, or null before the first one. */
export function slotInForce(slots: readonly VisitSlotVersion[], on: string): VisitSlotVersion | null {
  let found: VisitSlotVersion | null = null;
  for (const slot of slots) if (slot.fromDate <= on && (!found || slot.fromDate >= found.fromDate)) found = slot;
  return found;
}

/**
 * HF-3.2.1 "at least one home visit a week, preferably on a fixed weekday and time": the days a case's
 * weekly slot produces between `from` and `to` — each day whose weekday is that of the slot in force on
 * it, from the move-in until the day before closing, and (for one worker) only while they are on the team.
 */
export function computePlannedVisitDays(input: PlannedVisitDaysInput): PlannedVisitDay[] {
  const { slots, from, to, movedInOn, closedOn, onTeam } = input;
  if (!movedInOn || slots.length === 0) return [];
  const days: PlannedVisitDay[] = [];
  for (let i = 0, n = daysBetween(from, to); i <= n; i++) {
    const on = addDays(from, i);
    if (on < movedInOn || (closedOn && on >= closedOn)) continue;
    if (onTeam && !onTeam.some((p) => p.fromDate <= on && (p.toDate === null || p.toDate >= on))) continue;
    const slot = slotInForce(slots, on);
    if (slot && slot.weekday === isoWeekday(on)) days.push({ on, atTime: slot.atTime });
  }
  return days;
}

/** How a planned visit stands: recorded (done, missed, the person gave notice), or not yet recorded (upcoming, unrecorded once past). */
export type PlannedVisitStatus = 'done' | 'missed' | 'excused' | 'upcoming' | 'unrecorded';

/** HF-3.2.1–2 a planned visit's status from the visit recorded on the case that day, if any, as of `today`. */
export function computePlannedVisitStatus(on: string, recorded: { outcome: VisitOutcome } | null, today: string): PlannedVisitStatus {
  if (recorded) return recorded.outcome === 'not_home_no_notice' ? 'missed' : recorded.outcome === 'notice_given' ? 'excused' : 'done';
  return on >= today ? 'upcoming' : 'unrecorded';
}

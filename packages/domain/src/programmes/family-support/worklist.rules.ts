import { addDays, daysBetween } from '../../shared/dates';
import { computeConferenceStage } from './conference.rules';
import { CRISIS_CONTACT_DAYS } from './groups.rules';
import { computeCheckRenewal, computeSupervisionDue } from './mentors.rules';

/** The kinds of item the family support programme puts on the worklists. */
export const FS_WORKLIST_KINDS = ['fs_conference_review', 'fs_mentor_supervision', 'fs_mentor_check', 'fs_crisis_contact'] as const;
export type FsWorklistKind = (typeof FS_WORKLIST_KINDS)[number];

/** Items show from two weeks before they are due. */
export const WORKLIST_AHEAD_DAYS = 14;

export interface FsCaseFacts {
  caseId: string;
  conferences: readonly { id: string; heldOn: string | null; reviewOn: string | null; reviewedOn: string | null }[];
  matches: readonly { id: string; mentorName: string; matchedOn: string; supervisions: readonly string[]; checkValidUntil: string | null }[];
  /** The day the family was last marked in crisis (null: not in crisis), and the days of its sessions. */
  crisisSince: string | null;
  sessionDays: readonly string[];
}

export interface FsDueItem { kind: FsWorklistKind; caseId: string; dueOn: string; daysLeft: number; detail: Record<string, string> }

/**
 * FS-2, FS-3, FS-4 what is due on a family's case on a day (pure: its record and the day): the review
 * of a held conference; a matched mentor's supervision (every `supervisionMonths`) and the renewal of the
 * mentor's check; a family in crisis not yet contacted since. Shown from two weeks before the day.
 */
export function computeFsDueItems(facts: FsCaseFacts, supervisionMonths: number, asOf: string): FsDueItem[] {
  const items: FsDueItem[] = [];
  const shows = (daysLeft: number) => daysLeft <= WORKLIST_AHEAD_DAYS;
  for (const c of facts.conferences) {
    const { stage, reviewDaysLeft } = computeConferenceStage(c, asOf);
    if (stage === 'held' && reviewDaysLeft !== null && shows(reviewDaysLeft)) items.push({ kind: 'fs_conference_review', caseId: facts.caseId, dueOn: c.reviewOn!, daysLeft: reviewDaysLeft, detail: { conferenceId: c.id } });
  }
  for (const m of facts.matches) {
    const due = computeSupervisionDue(m.matchedOn, m.supervisions, supervisionMonths, asOf);
    if (shows(due.daysLeft)) items.push({ kind: 'fs_mentor_supervision', caseId: facts.caseId, ...due, detail: { matchId: m.id, mentorName: m.mentorName } });
    const renewal = computeCheckRenewal(m.checkValidUntil, asOf);
    if (renewal) items.push({ kind: 'fs_mentor_check', caseId: facts.caseId, dueOn: renewal.dueOn, daysLeft: renewal.daysLeft, detail: { matchId: m.id, mentorName: m.mentorName } });
  }
  if (facts.crisisSince && facts.crisisSince <= asOf && !facts.sessionDays.some((d) => d >= facts.crisisSince! && d <= asOf)) {
    const dueOn = addDays(facts.crisisSince, CRISIS_CONTACT_DAYS);
    items.push({ kind: 'fs_crisis_contact', caseId: facts.caseId, dueOn, daysLeft: daysBetween(asOf, dueOn), detail: {} });
  }
  return items;
}

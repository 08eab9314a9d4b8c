/**
 * FS-2 individual work, support groups (parents raising children with disabilities; women who suffer
 * domestic violence), camps, and crisis support for families. Pure rules over a group's record and a day.
 */
export const GROUP_KINDS = ['parents_disabled_children', 'domestic_violence', 'camp'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** FS-2 the kinds of a family's own session (individual work; crisis support). */
export const SESSION_KINDS = ['individual', 'family', 'crisis'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export type EnrolmentProblem = 'group_full' | 'group_ended' | 'child_in_adult_group' | 'adult_in_camp';

/**
 * FS-2 whether a family's member may join a group on a day: the group has not ended, a place is left
 * (the last place goes to whoever takes it first), support groups are for the family's adults and camps
 * for its children (where seed 003 is silent: a camp is for the children, accompanied by its staff).
 */
export function checkEnrolment(group: { kind: GroupKind; places: number; endsOn: string; enrolled: number }, memberIsChild: boolean, on: string): EnrolmentProblem | null {
  if (group.endsOn < on) return 'group_ended';
  if (group.kind === 'camp' && !memberIsChild) return 'adult_in_camp';
  if (group.kind !== 'camp' && memberIsChild) return 'child_in_adult_group';
  if (group.enrolled >= group.places) return 'group_full';
  return null;
}

/** FS-2 a group's session is held within the group's time (first and last days included). */
export const isWithinGroup = (group: { startsOn: string; endsOn: string }, heldOn: string) => heldOn >= group.startsOn && heldOn <= group.endsOn;

/** FS-2 attendance of a group: the sessions held and, per participant, how many attended, with the rate (0–1). */
export function computeAttendance(sessions: readonly { id: string; present: readonly string[] }[], participants: readonly string[]) {
  const perPerson = participants.map((personId) => ({ personId, attended: sessions.filter((s) => s.present.includes(personId)).length }));
  const possible = sessions.length * participants.length;
  const attended = perPerson.reduce((sum, p) => sum + p.attended, 0);
  return { sessions: sessions.length, perPerson, rate: possible === 0 ? null : attended / possible };
}

/** FS-2 crisis support: a family marked in crisis is contacted within this many days (where seed 003 is silent: two days). */
export const CRISIS_CONTACT_DAYS = 2;

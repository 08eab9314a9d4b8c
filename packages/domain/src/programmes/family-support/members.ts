/** FS-1 the family is the case subject: a household with its adults and children, each member with a role. */
export const MEMBER_ROLES = ['mother', 'father', 'guardian', 'grandparent', 'other_adult', 'child', 'foster_child'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Roles that make a member one of the family's children (their records are protected: see `policies.ts`). */
export const CHILD_ROLES: readonly MemberRole[] = ['child', 'foster_child'];
export const isChildRole = (role: MemberRole) => CHILD_ROLES.includes(role);

/** FS-1 the centres' professions (seed 003: social workers, psychologists, lawyers, family assistants). */
export const PROFESSIONS = ['social_worker', 'psychologist', 'lawyer', 'family_assistant'] as const;
export type Profession = (typeof PROFESSIONS)[number];

/** FS-1 the core team role a centre's profession takes on a case's team (psychologists and lawyers are specialists; family assistants work as mentors do). */
export const TEAM_ROLE_OF: Record<Profession, 'social_worker' | 'specialist' | 'social_mentor'> = {
  social_worker: 'social_worker', psychologist: 'specialist', lawyer: 'specialist', family_assistant: 'social_mentor',
};

/** Age in whole years on a day (a birthday counts from its day; 29 February counts from 1 March in other years). */
export function computeAgeOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export interface FamilyMember { personId: string; role: MemberRole; birthDate: string | null }

/**
 * FS-1 a family's composition on a day: its children (by role) and adults. A member with the role of a
 * child who has turned 18 stays the family's child in its records (the project counted children by role).
 */
export function computeFamilyComposition(members: readonly FamilyMember[]) {
  const children = members.filter((m) => isChildRole(m.role));
  return { children: children.length, adults: members.length - children.length };
}

/**
 * FS-1 the members a family case may be opened with: at least one adult and one child, the case's
 * person (the family's contact) an adult of it, no person twice. Gives the problem's field, or null.
 */
export function checkFamilyMembers(contactPersonId: string, members: readonly FamilyMember[]): { field: string; reason: 'no_child' | 'no_adult' | 'contact_not_adult' | 'duplicate' } | null {
  if (new Set(members.map((m) => m.personId)).size !== members.length) return { field: 'members', reason: 'duplicate' };
  if (!members.some((m) => isChildRole(m.role))) return { field: 'members', reason: 'no_child' };
  if (!members.some((m) => !isChildRole(m.role))) return { field: 'members', reason: 'no_adult' };
  const contact = members.find((m) => m.personId === contactPersonId);
  if (!contact || isChildRole(contact.role)) return { field: 'contactPersonId', reason: 'contact_not_adult' };
  return null;
}

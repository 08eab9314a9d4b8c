import type { TargetGroup } from './target-groups';
import { TARGET_GROUPS } from './target-groups';

/**
 * IP-4 the report by target group for a year: the recipients served in it, with sex and
 * family-with-child breakdowns.
 *
 * How the seed's figures fit together (seed 000, Outcomes): the table counts recipients — children
 * with disabilities 8, adults with mental disorders 12, families with children whose parents have
 * mental disorders 7, a victim of violence 1; 28 in all. The sentence before it says "16 adults with
 * mental disorders, of which 7 are women and 9 are men, incl. 4 families with a child". 16 is not a
 * row: it is the 12 adults served on their own plus the 4 parents with mental disorders served in
 * the families row (16 − 12 = 4, one parent in each of the "4 families with a child"). The families
 * row's other 3 recipients are children of those families; in the fourth family the service is
 * given to the parent alone. So: adults with mental disorders = the adults of the adults row and the
 * adults of the families row, by sex, and "in a family with a child" counts those whose case is a
 * family's with a child in it.
 */
export interface ServedRecipient {
  personId: string;
  targetGroup: TargetGroup;
  gender: 'female' | 'male' | 'unspecified' | null;
  /** Age 18 or over on the first day served in the year. */
  adult: boolean;
  /** The recipient's case is a family's and a child lives in the family. */
  familyWithChild: boolean;
  /** When several cases in the year, the latest start decides the row. */
  fromDate: string;
}

export interface TargetGroupRow {
  targetGroup: TargetGroup;
  total: number;
  women: number;
  men: number;
  adults: number;
  children: number;
}

export interface TargetGroupCounts {
  rows: TargetGroupRow[];
  total: number;
  adultsWithMentalDisorders: { total: number; women: number; men: number; inFamilyWithChild: number };
}

const ADULT_MENTAL_DISORDER_GROUPS: readonly TargetGroup[] = ['adults_with_mental_disorders', 'families_parents_mental_disorders'];

/** IP-4 the counts of a year's recipients: each person once, in the row of their latest case that year. */
export function computeTargetGroupCounts(served: readonly ServedRecipient[]): TargetGroupCounts {
  const byPerson = new Map<string, ServedRecipient>();
  for (const r of served) {
    const seen = byPerson.get(r.personId);
    if (!seen || r.fromDate > seen.fromDate) byPerson.set(r.personId, r);
  }
  const persons = [...byPerson.values()];
  const rows = TARGET_GROUPS.map((targetGroup) => {
    const inRow = persons.filter((p) => p.targetGroup === targetGroup);
    return {
      targetGroup,
      total: inRow.length,
      women: inRow.filter((p) => p.gender === 'female').length,
      men: inRow.filter((p) => p.gender === 'male').length,
      adults: inRow.filter((p) => p.adult).length,
      children: inRow.filter((p) => !p.adult).length,
    };
  });
  const adultsMd = persons.filter((p) => p.adult && ADULT_MENTAL_DISORDER_GROUPS.includes(p.targetGroup));
  return {
    rows,
    total: persons.length,
    adultsWithMentalDisorders: {
      total: adultsMd.length,
      women: adultsMd.filter((p) => p.gender === 'female').length,
      men: adultsMd.filter((p) => p.gender === 'male').length,
      inFamilyWithChild: adultsMd.filter((p) => p.familyWithChild).length,
    },
  };
}

/** Age in whole years on `on` (both `yyyy-mm-dd`). */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

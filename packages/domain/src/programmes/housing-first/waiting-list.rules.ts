/** HF-1.3 selection priority factors. */
export const PRIORITY_FACTORS = [
  'long_term_no_fixed_residence', // ilgstoši bez noteiktas dzīvesvietas
  'long_shelter_use', // ilgstoši izmanto patversmi
  'addiction', // atkarības
  'mental_disorder', // garīga rakstura traucējumi (GRT), ko var pārvaldīt ar atbalstu mājās
  'imprisonment', // ieslodzījuma pieredze
] as const;
export type PriorityFactor = (typeof PRIORITY_FACTORS)[number];

/** The version of the ordering rule; stored with every entry so a position can be explained later. */
export const WAITING_LIST_RULE_VERSION = 'hf-waiting-list-1';

export interface WaitingListCandidate {
  id: string;
  decidedOn: string;
  priorityFactors: readonly PriorityFactor[];
}

export interface WaitingListPosition<T extends WaitingListCandidate> {
  entry: T;
  position: number;
  /** Why here: ahead are those with more priority factors, then those with as many decided earlier. */
  explanation: { aheadWithMoreFactors: number; aheadWithSameFactorsDecidedEarlier: number; ruleVersion: string };
}

/**
 * HF-1.3, HF-3.1.4 — the waiting list order (rule `hf-waiting-list-1`): more selection priority
 * factors first; among equals, the earlier positive decision first; then by id so the order is total.
 */
export function computeWaitingList<T extends WaitingListCandidate>(entries: readonly T[]): WaitingListPosition<T>[] {
  const sorted = [...entries].sort(
    (a, b) => b.priorityFactors.length - a.priorityFactors.length || a.decidedOn.localeCompare(b.decidedOn) || a.id.localeCompare(b.id),
  );
  return sorted.map((entry, i) => {
    const ahead = sorted.slice(0, i);
    const more = ahead.filter((a) => a.priorityFactors.length > entry.priorityFactors.length).length;
    return {
      entry,
      position: i + 1,
      explanation: { aheadWithMoreFactors: more, aheadWithSameFactorsDecidedEarlier: ahead.length - more, ruleVersion: WAITING_LIST_RULE_VERSION },
    };
  });
}

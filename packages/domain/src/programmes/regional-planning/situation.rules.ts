import { TARGET_GROUPS, type TargetGroup } from './catalogue';

/**
 * RP-2 the current situation per municipality and catalogue service, and RP-7 its split by target group:
 * figures computed from the product's records (aggregates only; a count under the small-cell limit is
 * never shown, nor one that would give it back by subtraction) or, where the municipality's services do
 * not use the product, entered in the update round.
 */

export const FIGURES = ['providers', 'places', 'clients', 'waiting', 'waitingDays', 'costCents'] as const;
export type Figure = (typeof FIGURES)[number];
/** The figures that count persons (suppressed below the limit). */
export const PERSON_COUNTS: readonly Figure[] = ['clients', 'waiting'];

export type Split = Partial<Record<TargetGroup, number>>;
export interface SituationCell {
  municipalityAtvk: string;
  service: string;
  source: 'records' | 'round';
  providers: number | null;
  places: number | null;
  clients: number | null;
  waiting: number | null;
  waitingDays: number | null;
  costCents: number | null;
  /** RP-7 clients by target group. */
  clientsByGroup: Split;
}

/** RP-7 a split is consistent when its groups are the programme's and its parts sum to the total. */
export function checkTargetGroupSplit(total: number | null, split: Split): 'unknown_group' | 'split_not_total' | null {
  if (Object.keys(split).some((k) => !(TARGET_GROUPS as readonly string[]).includes(k))) return 'unknown_group';
  const values = Object.values(split);
  if (values.length === 0) return null;
  return total === null || values.reduce((t, v) => t + (v ?? 0), 0) === total ? null : 'split_not_total';
}

/** RP-7 one figure of many cells split by target group (sums of the cells' splits). */
export function computeSplitTotals(cells: readonly SituationCell[]): Record<TargetGroup, number> {
  const out = Object.fromEntries(TARGET_GROUPS.map((g) => [g, 0])) as Record<TargetGroup, number>;
  for (const c of cells) for (const g of TARGET_GROUPS) out[g] += c.clientsByGroup[g] ?? 0;
  return out;
}

/**
 * RP-2 a person count from records as the planning pages may show it: below `limit` (but above 0) → null; a
 * split whose group is below the limit hides that group and, if only one group would be hidden, the next
 * smallest too (so it cannot be got back by subtracting from the total).
 */
export function suppressCell(cell: SituationCell, limit: number): SituationCell {
  if (cell.source !== 'records') return cell;
  const hide = (n: number | null) => (n !== null && n > 0 && n < limit ? null : n);
  const entries = Object.entries(cell.clientsByGroup) as [TargetGroup, number][];
  const small = new Set(entries.filter(([, n]) => n > 0 && n < limit).map(([g]) => g));
  if (small.size === 1 && entries.length > 1) {
    const next = entries.filter(([g]) => !small.has(g)).sort((a, b) => a[1] - b[1])[0];
    if (next) small.add(next[0]);
  }
  const clients = hide(cell.clients);
  return {
    ...cell, clients, waiting: hide(cell.waiting),
    clientsByGroup: clients === null ? {} : Object.fromEntries(entries.map(([g, n]) => [g, small.has(g) ? null : n]).filter(([, n]) => n !== null)) as Split,
  };
}

/** RP-2 the records' figures win where a municipality's services use the product; else the round's entry; else a gap. */
export function computeSituation(fromRecords: readonly SituationCell[], fromRound: readonly SituationCell[]): SituationCell[] {
  const key = (c: SituationCell) => `${c.municipalityAtvk}|${c.service}`;
  const merged = new Map(fromRound.map((c) => [key(c), c]));
  for (const c of fromRecords) {
    const entered = merged.get(key(c));
    merged.set(key(c), entered ? { ...entered, source: 'records', clients: c.clients, clientsByGroup: c.clientsByGroup, waiting: c.waiting ?? entered.waiting, waitingDays: c.waitingDays ?? entered.waitingDays } : c);
  }
  return [...merged.values()];
}

/** RP-2 a gap: a catalogue service a municipality has neither on its own (places or clients) nor through cooperation. */
export function computeGaps(municipalities: readonly string[], services: readonly string[], cells: readonly SituationCell[], cooperating: ReadonlySet<string> = new Set()): { municipalityAtvk: string; service: string }[] {
  const has = new Set(cells.filter((c) => (c.places ?? 0) > 0 || (c.clients ?? 0) > 0 || (c.clients === null && c.source === 'records')).map((c) => `${c.municipalityAtvk}|${c.service}`));
  return municipalities.flatMap((m) => services.filter((s) => !has.has(`${m}|${s}`) && !cooperating.has(`${m}|${s}`)).map((service) => ({ municipalityAtvk: m, service })));
}

/** RP-3 a municipality's stance on a catalogue service in its development model. */
export const STANCES = ['priority', 'ready_to_support', 'not_planned'] as const;
export type Stance = (typeof STANCES)[number];

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

/** RP-7 the figures split by target group: those that add up over persons (the number of providers and the mean wait do not). */
export const SPLIT_FIGURES = ['places', 'clients', 'waiting', 'costCents'] as const;
export type SplitFigure = (typeof SPLIT_FIGURES)[number];
export type SplitKey = `${SplitFigure}ByGroup`;
export const splitKeyOf = (figure: SplitFigure): SplitKey => `${figure}ByGroup`;

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
  /** RP-7 each figure that adds up, by target group ({}: not split). */
  clientsByGroup: Split;
  placesByGroup: Split;
  waitingByGroup: Split;
  costCentsByGroup: Split;
}

/**
 * RP-7 one figure of a cell for one target group: the cell's split where it has one; a service of a single
 * target group (a shelter's clients are homeless people) counts wholly in it, and a service not for the group
 * has none of it; otherwise 'not_split'. null: hidden (a small cell) or not known.
 */
export function computeGroupFigure(cell: SituationCell, figure: SplitFigure, group: TargetGroup, serviceGroups: readonly TargetGroup[]): number | null | 'not_split' {
  const split = cell[splitKeyOf(figure)];
  const total = cell[figure];
  const parts = Object.values(split);
  // a group left out of a split is none of it — unless the split no longer adds up because a small group was hidden
  if (parts.length > 0) return split[group] ?? (parts.reduce((t, n) => t + (n ?? 0), 0) === total ? 0 : null);
  if (total === null) return null;
  if (total === 0 || !serviceGroups.includes(group)) return 0;
  return serviceGroups.length === 1 ? total : 'not_split';
}

/** RP-7 a split is consistent when its groups are the programme's and its parts sum to the total. */
export function checkTargetGroupSplit(total: number | null, split: Split): 'unknown_group' | 'split_not_total' | null {
  if (Object.keys(split).some((k) => !(TARGET_GROUPS as readonly string[]).includes(k))) return 'unknown_group';
  const values = Object.values(split);
  if (values.length === 0) return null;
  return total === null || values.reduce((t, v) => t + (v ?? 0), 0) === total ? null : 'split_not_total';
}

/** RP-7 one figure of many cells split by target group (sums of the cells' splits; clients unless another figure is named). */
export function computeSplitTotals(cells: readonly SituationCell[], figure: SplitFigure = 'clients'): Record<TargetGroup, number> {
  const out = Object.fromEntries(TARGET_GROUPS.map((g) => [g, 0])) as Record<TargetGroup, number>;
  for (const c of cells) for (const g of TARGET_GROUPS) out[g] += c[splitKeyOf(figure)][g] ?? 0;
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
  const hideSplit = (total: number | null, split: Split): Split => {
    if (total === null) return {};
    const entries = Object.entries(split) as [TargetGroup, number][];
    const small = new Set(entries.filter(([, n]) => n > 0 && n < limit).map(([g]) => g));
    if (small.size === 1 && entries.length > 1) {
      const next = entries.filter(([g]) => !small.has(g)).sort((a, b) => a[1] - b[1])[0];
      if (next) small.add(next[0]);
    }
    return Object.fromEntries(entries.filter(([g]) => !small.has(g))) as Split;
  };
  const clients = hide(cell.clients);
  const waiting = hide(cell.waiting);
  return { ...cell, clients, waiting, clientsByGroup: hideSplit(clients, cell.clientsByGroup), waitingByGroup: hideSplit(waiting, cell.waitingByGroup) };
}

/** RP-2 the records' figures win where a municipality's services use the product; else the round's entry; else a gap. */
export function computeSituation(fromRecords: readonly SituationCell[], fromRound: readonly SituationCell[]): SituationCell[] {
  const key = (c: SituationCell) => `${c.municipalityAtvk}|${c.service}`;
  const merged = new Map(fromRound.map((c) => [key(c), c]));
  for (const c of fromRecords) {
    const entered = merged.get(key(c));
    merged.set(key(c), entered ? {
      ...entered, source: 'records', clients: c.clients, clientsByGroup: c.clientsByGroup,
      waiting: c.waiting ?? entered.waiting, waitingByGroup: c.waiting === null ? entered.waitingByGroup : c.waitingByGroup, waitingDays: c.waitingDays ?? entered.waitingDays,
    } : c);
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

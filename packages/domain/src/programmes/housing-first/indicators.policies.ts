import type { Actor } from '../../access/roles';

/**
 * HF-4.2 who reads the programme's indicators, and over which cases: a provider's staff their own
 * organisation's cases, a municipal social service its municipality's (exact figures, they hold the
 * cases); funders and planners the whole programme as aggregates with small cells suppressed.
 */
export type HfIndicatorsView =
  | { kind: 'provider'; organisationId: string }
  | { kind: 'municipality'; municipalityAtvk: string }
  | { kind: 'aggregates' }
  | { kind: 'none' };

export function computeHfIndicatorsView(actor: Actor): HfIndicatorsView {
  const has = (...roles: Actor['roles'][number][]) => roles.some((r) => actor.roles.includes(r));
  if (actor.organisationKind === 'service_provider' && has('manager', 'social_worker', 'social_mentor', 'specialist')) return { kind: 'provider', organisationId: actor.organisationId };
  if (actor.organisationKind === 'municipal_social_service' && actor.municipalityAtvk && has('manager', 'municipal_social_worker')) return { kind: 'municipality', municipalityAtvk: actor.municipalityAtvk };
  if (has('funder_analyst', 'planner')) return { kind: 'aggregates' };
  return { kind: 'none' };
}

/** One sum among the counts shown: `total` = Σ `parts` (ids of counts). */
export interface CountEquation { total: string; parts: string[] }

/**
 * Small-cell suppression over counts tied by several sums at once (the programme's total, its
 * municipalities and its providers; each figure's breakdown), by the core's rule (`suppressSmallCells`):
 * counts of 1 to limit−1 hidden, then, while a sum has exactly one hidden member, its smallest shown
 * non-zero part hidden too (else the smallest part, else the total).
 */
export function suppressCountsInEquations(counts: ReadonlyMap<string, number>, equations: readonly CountEquation[], limit: number): Set<string> {
  const hidden = new Set<string>();
  const count = (id: string) => counts.get(id) ?? 0;
  for (const [id, n] of counts) if (n > 0 && n < limit) hidden.add(id);
  for (let changed = true; changed;) {
    changed = false;
    for (const eq of equations) {
      if ([eq.total, ...eq.parts].filter((id) => hidden.has(id)).length !== 1) continue;
      const shown = eq.parts.filter((id) => !hidden.has(id)).sort((a, b) => count(a) - count(b) || (a < b ? -1 : 1));
      hidden.add(shown.find((id) => count(id) > 0) ?? shown[0] ?? eq.total);
      changed = true;
    }
  }
  return hidden;
}

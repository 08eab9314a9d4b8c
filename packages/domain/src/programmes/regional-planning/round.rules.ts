import type { Actor } from '../../access/roles';

/**
 * RP-6 the update round (seed 001: "programmas aktualizēšanas un koriģēšanas kārtība, kurā nepieciešamā
 * informācija tiek ievākta no pašām pašvaldībām"): the region opens a round with a deadline; each
 * municipality's officer fills in its part and confirms it; the region sees who is done, reminds the rest
 * and closes the round. The figures are versioned by round: a closed round's figures are never changed.
 */

export type RoundStatus = 'open' | 'closed';
export type PartStatus = 'not_started' | 'in_progress' | 'confirmed';

export interface RoundFacts { status: RoundStatus; openedOn: string; deadline: string }
export interface PartFacts { municipalityAtvk: string; status: PartStatus; lastRemindedOn: string | null }

/** RP-6 a round opens on a day with a deadline after it. */
export function checkRoundOpening(openedOn: string, deadline: string): 'deadline_not_after_opening' | null {
  return deadline <= openedOn ? 'deadline_not_after_opening' : null;
}

/** RP-6 who plans for the region: the planning region's planner. */
export const isRegionPlanner = (actor: Actor) => actor.organisationKind === 'planning_region' && actor.roles.includes('planner');

/** RP-6 who fills in a municipality's part: the municipal social service's officer of that municipality, only its own. */
export const isMunicipalOfficerOf = (actor: Actor, municipalityAtvk: string) =>
  actor.organisationKind === 'municipal_social_service' && actor.municipalityAtvk === municipalityAtvk && (actor.roles.includes('municipal_social_worker') || actor.roles.includes('manager'));

/** RP-6 why a municipality's part may not be changed now (null: it may). A confirmed part is reopened by editing it again before the round closes. */
export function computePartEditRefusal(round: RoundFacts, actor: Actor, municipalityAtvk: string): 'round_closed' | 'not_own_municipality' | null {
  if (!isMunicipalOfficerOf(actor, municipalityAtvk)) return 'not_own_municipality';
  if (round.status === 'closed') return 'round_closed';
  return null;
}

/** RP-6 the next state of a part: saving figures puts it in progress (a confirmed part back too); confirming needs figures. */
export function computeNextPartStatus(current: PartStatus, action: 'save' | 'confirm'): PartStatus | 'nothing_to_confirm' {
  if (action === 'save') return 'in_progress';
  return current === 'not_started' ? 'nothing_to_confirm' : 'confirmed';
}

export interface RoundProgress { total: number; confirmed: number; inProgress: number; notStarted: number; overdue: boolean; toRemind: string[] }

/**
 * RP-6 who is done: the parts by state; past the deadline an open round is overdue; the parts to remind are
 * those not confirmed and not already reminded on `asOf` (one reminder a day).
 */
export function computeRoundProgress(round: RoundFacts, parts: readonly PartFacts[], asOf: string): RoundProgress {
  const open = round.status === 'open';
  return {
    total: parts.length,
    confirmed: parts.filter((p) => p.status === 'confirmed').length,
    inProgress: parts.filter((p) => p.status === 'in_progress').length,
    notStarted: parts.filter((p) => p.status === 'not_started').length,
    overdue: open && asOf > round.deadline,
    toRemind: open ? parts.filter((p) => p.status !== 'confirmed' && p.lastRemindedOn !== asOf).map((p) => p.municipalityAtvk) : [],
  };
}

/** RP-6 a round may close when every part is confirmed, or after its deadline (the unconfirmed parts keep the previous round's figures). */
export function computeCloseRefusal(round: RoundFacts, parts: readonly PartFacts[], asOf: string): 'already_closed' | 'parts_unconfirmed_before_deadline' | null {
  if (round.status === 'closed') return 'already_closed';
  if (parts.some((p) => p.status !== 'confirmed') && asOf <= round.deadline) return 'parts_unconfirmed_before_deadline';
  return null;
}

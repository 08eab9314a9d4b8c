import type { Actor } from '../../access/roles';
import { checkDwellingOffer, computeDwellingMatches, type DwellingForMatching, type DwellingMatch, type HousingNeeds } from './dwelling-offers.rules';
import { canManageApplications, canRecordOnCase } from './granting.policies';

/**
 * HF-3.2.6 — a lease breach starts re-housing: a new dwelling is found. Damage to the dwelling (and any
 * other incident) is only recorded. No incident is a reason to end the service.
 */
export const startsRehousing = (incidentKind: string) => incidentKind === 'lease_breach';

/**
 * HF-3.2.6 re-housing is done by the provider's team (as any recording on the case) or by the
 * municipality's social service, which offers dwellings in the first round (HF-3.1.5).
 */
export const canRehouse = (actor: Actor, caseOrganisationId: string, caseMunicipalityAtvk: string, isOnTeam: boolean) =>
  canRecordOnCase(actor, caseOrganisationId, isOnTeam) || canManageApplications(actor, caseMunicipalityAtvk);

/**
 * HF-3.2.6 with HF-3.1.5 — the proposals of a re-housing round: the same matching as the first round,
 * without the dwelling the person is leaving and those already offered in this round.
 */
export function computeRehousingProposals<T extends DwellingForMatching>(
  dwellings: readonly T[], atvk: string, needs: HousingNeeds, preferredAreaFolded: string | null,
  exclude: { currentDwellingId: string | null; offeredIds: readonly string[] },
): DwellingMatch<T>[] {
  const skip = new Set([...(exclude.currentDwellingId ? [exclude.currentDwellingId] : []), ...exclude.offeredIds]);
  return computeDwellingMatches(dwellings.filter((d) => !skip.has(d.id)), atvk, needs, preferredAreaFolded);
}

export type RehousingOfferCheck =
  | { allowed: true }
  | { allowed: false; reason: 'round_closed' | 'current_dwelling' | 'already_offered' | 'already_chosen' }
  | { allowed: false; reason: 'too_many'; limit: number };

/**
 * HF-3.2.6 with HF-3.1.5 — whether one more dwelling may be offered in a re-housing round: only while
 * the round is open, never the dwelling the person is leaving, not twice, not after a choice, and at
 * most `maxDwellingsOffered` (3) in the round — each new round counts from zero.
 */
export function checkRehousingOffer(
  round: { closedOn: string | null; fromDwellingId: string | null },
  offersInRound: ReadonlyArray<{ dwellingId: string; answer: string }>,
  dwellingId: string,
  maxDwellingsOffered: number,
): RehousingOfferCheck {
  if (round.closedOn) return { allowed: false, reason: 'round_closed' };
  if (round.fromDwellingId === dwellingId) return { allowed: false, reason: 'current_dwelling' };
  if (offersInRound.some((o) => o.answer === 'chosen')) return { allowed: false, reason: 'already_chosen' };
  if (offersInRound.some((o) => o.dwellingId === dwellingId)) return { allowed: false, reason: 'already_offered' };
  const limit = checkDwellingOffer(offersInRound.length, maxDwellingsOffered);
  return limit.allowed ? limit : { allowed: false, reason: 'too_many', limit: limit.limit };
}

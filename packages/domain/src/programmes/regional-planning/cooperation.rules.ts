/**
 * RP-4 inter-municipal cooperation (seed 001: services "kuru attīstīšana vienā pašvaldībā no finansiālo vai
 * citu apsvērumu viedokļa nebūtu racionāla"): a service built together by partner municipalities, with
 * their shares of the cost and of the places, and the agreement's dates.
 */

export interface CooperationShare { municipalityAtvk: string; costPercent: number; placesPercent: number }
export interface CooperationAgreement { service: string; validFrom: string; validTo: string | null; shares: readonly CooperationShare[] }

export type CooperationProblem =
  | { field: 'shares'; problem: 'too_few_partners' | 'partner_twice' | 'cost_not_100' | 'places_not_100' | 'share_out_of_range' }
  | { field: 'validTo'; problem: 'ends_before_start' };

/** Shares in hundredths of a per cent, so 33,33 + 33,33 + 33,34 sums exactly. */
const hundredths = (p: number) => Math.round(p * 100);

/** RP-4 an agreement: two partners or more, each once, each share 0–100 %, cost and places each summing to exactly 100 %, the end not before the start. */
export function checkCooperationAgreement(a: CooperationAgreement): CooperationProblem[] {
  const problems: CooperationProblem[] = [];
  if (a.shares.length < 2) problems.push({ field: 'shares', problem: 'too_few_partners' });
  if (new Set(a.shares.map((x) => x.municipalityAtvk)).size !== a.shares.length) problems.push({ field: 'shares', problem: 'partner_twice' });
  if (a.shares.some((x) => x.costPercent < 0 || x.costPercent > 100 || x.placesPercent < 0 || x.placesPercent > 100)) problems.push({ field: 'shares', problem: 'share_out_of_range' });
  if (a.shares.reduce((t, x) => t + hundredths(x.costPercent), 0) !== 10_000) problems.push({ field: 'shares', problem: 'cost_not_100' });
  if (a.shares.reduce((t, x) => t + hundredths(x.placesPercent), 0) !== 10_000) problems.push({ field: 'shares', problem: 'places_not_100' });
  if (a.validTo !== null && a.validTo < a.validFrom) problems.push({ field: 'validTo', problem: 'ends_before_start' });
  return problems;
}

/** RP-4 each partner's part of a total cost (cents) and of the places, by its shares; the remainder of rounding goes to the largest share. */
export function computeCooperationSplit(shares: readonly CooperationShare[], costCents: number, places: number) {
  const split = (total: number, pick: (s: CooperationShare) => number) => {
    const parts = shares.map((x) => Math.floor((total * hundredths(pick(x))) / 10_000));
    const rest = total - parts.reduce((t, x) => t + x, 0);
    const largest = shares.reduce((best, x, i) => (pick(x) > pick(shares[best]!) ? i : best), 0);
    parts[largest] = (parts[largest] ?? 0) + rest;
    return parts;
  };
  const cost = split(costCents, (x) => x.costPercent);
  const placesSplit = split(places, (x) => x.placesPercent);
  return shares.map((x, i) => ({ municipalityAtvk: x.municipalityAtvk, costCents: cost[i]!, places: placesSplit[i]! }));
}

/** RP-4 in force on a day. */
export const isAgreementInForce = (a: Pick<CooperationAgreement, 'validFrom' | 'validTo'>, on: string) => a.validFrom <= on && (a.validTo === null || on <= a.validTo);

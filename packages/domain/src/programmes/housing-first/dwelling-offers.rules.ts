/** What the housing-needs questionnaire asks that matching understands (HF-3.1.3). */
export interface HousingNeeds {
  householdSize?: number | null;
  /** Preferred area: a district, street or village, matched against the address. */
  preferredArea?: string | null;
  /** The highest floor the person can reach without a lift. */
  maxFloorWithoutLift?: number | null;
  needsAccessible?: boolean | null;
  hasPets?: boolean | null;
}

export interface DwellingForMatching {
  id: string;
  municipalityAtvk: string;
  addressFolded: string;
  rooms: number;
  floor: number;
  hasLift: boolean;
  accessible: boolean;
  petsAllowed: boolean;
  amenities: Record<string, boolean>;
  status: string;
}

export interface DwellingMatch<T> {
  dwelling: T;
  score: number;
  /** i18n keys of why it fits, shown beside each proposal. */
  reasons: string[];
}

/**
 * HF-3.1.5 — the available dwellings in the person's municipality that fit the questionnaire, best
 * first: enough rooms, reachable floor, accessibility and pets where asked; the preferred area and
 * more amenities rank higher. `folded` is the preferred area folded like the addresses.
 */
export function computeDwellingMatches<T extends DwellingForMatching>(
  dwellings: readonly T[], atvk: string, needs: HousingNeeds, preferredAreaFolded: string | null,
): DwellingMatch<T>[] {
  const minRooms = Math.max(1, (needs.householdSize ?? 1) - 1);
  const matches: DwellingMatch<T>[] = [];
  for (const d of dwellings) {
    if (d.status !== 'available' || d.municipalityAtvk !== atvk || d.rooms < minRooms) continue;
    if (needs.maxFloorWithoutLift != null && !d.hasLift && d.floor > needs.maxFloorWithoutLift) continue;
    if (needs.needsAccessible && !d.accessible) continue;
    if (needs.hasPets && !d.petsAllowed) continue;
    const reasons = ['housing.match.rooms'];
    let score = 0;
    if (preferredAreaFolded && isInArea(d.addressFolded, preferredAreaFolded)) {
      score += 10;
      reasons.push('housing.match.preferredArea');
    }
    const amenities = Object.values(d.amenities).filter(Boolean).length;
    score += amenities;
    if (amenities === Object.keys(d.amenities).length) reasons.push('housing.match.allAmenities');
    matches.push({ dwelling: d, score, reasons });
  }
  return matches.sort((a, b) => b.score - a.score || a.dwelling.id.localeCompare(b.dwelling.id));
}

/**
 * Whether a folded address lies in the preferred area, whatever the case ending: each word of the
 * area (4 letters or more) is cut to its stem — Latvian endings are one or two letters — and must
 * begin a word of the address (`purvciems` finds `Purvciema iela 3`).
 */
export function isInArea(addressFolded: string, areaFolded: string): boolean {
  const words = addressFolded.split(' ');
  const stems = areaFolded.split(' ').filter((w) => w.length >= 4).map((w) => w.slice(0, Math.max(4, w.length - 2)));
  return stems.length > 0 && stems.every((stem) => words.some((w) => w.startsWith(stem)));
}

export type OfferCheck = { allowed: true } | { allowed: false; limit: number };

/**
 * HF-3.1.5 — at most `maxDwellingsOffered` (3) dwellings are offered to a person in one housing round:
 * the third offer is allowed, the fourth refused.
 */
export function checkDwellingOffer(offersInRound: number, maxDwellingsOffered: number): OfferCheck {
  return offersInRound + 1 > maxDwellingsOffered ? { allowed: false, limit: maxDwellingsOffered } : { allowed: true };
}

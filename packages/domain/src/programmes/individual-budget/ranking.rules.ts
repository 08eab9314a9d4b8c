import type { IbService } from './catalogue';

/**
 * IB-2 the combined list of community services. The assessment team ranks the services it proposes
 * (1 = the most needed) with their intensity; the parents (or the person, or the guardian) rank the
 * services too. The method, stated to the users as well:
 *
 *   the combined score of a service is the sum of its two ranks; a service only one side ranked gets,
 *   on the other side, the rank after that side's last (its list's length + 1); the lower score comes
 *   first; ties are broken by the team's rank, then by the family's rank.
 *
 * Each service shows both ranks and how far apart they are (family rank − team rank: negative when the
 * family puts it higher than the team).
 */
export interface Ranked { service: IbService; rank: number }

export interface CombinedRank {
  service: IbService;
  position: number;
  teamRank: number | null;
  familyRank: number | null;
  score: number;
  /** familyRank − teamRank; null when one side did not rank it. */
  difference: number | null;
  /** Both ranked it, at different places; or only one side ranked it. */
  differs: boolean;
}

/** IB-2 a ranking's problem: a rank repeated or not 1..n in order, or a service twice. */
export function checkRanking(ranked: readonly Ranked[]): 'duplicate_service' | 'ranks_not_sequential' | null {
  if (new Set(ranked.map((r) => r.service)).size !== ranked.length) return 'duplicate_service';
  const ranks = ranked.map((r) => r.rank).sort((a, b) => a - b);
  if (ranks.some((r, i) => r !== i + 1)) return 'ranks_not_sequential';
  return null;
}

/** IB-2 the combined list from the team's and the family's rankings (the method above). */
export function computeCombinedRanking(team: readonly Ranked[], family: readonly Ranked[]): CombinedRank[] {
  const services = [...new Set([...team.map((r) => r.service), ...family.map((r) => r.service)])];
  const rows = services.map((service) => {
    const teamRank = team.find((r) => r.service === service)?.rank ?? null;
    const familyRank = family.find((r) => r.service === service)?.rank ?? null;
    const score = (teamRank ?? team.length + 1) + (familyRank ?? family.length + 1);
    const difference = teamRank !== null && familyRank !== null ? familyRank - teamRank : null;
    return { service, teamRank, familyRank, score, difference, differs: difference === null || difference !== 0 };
  });
  const big = Number.MAX_SAFE_INTEGER;
  rows.sort((a, b) => a.score - b.score || (a.teamRank ?? big) - (b.teamRank ?? big) || (a.familyRank ?? big) - (b.familyRank ?? big) || a.service.localeCompare(b.service));
  return rows.map((r, i) => ({ ...r, position: i + 1 }));
}

import type { Me } from '../../modules/auth/auth.api';
import { useMe } from '../../shared/auth/session';

/** What the signed-in user may see of regional planning, as the server decided (GET /api/auth/me). */
export interface RpAbilities {
  /** RP-1 – RP-7 the region's aggregates: the planner and the municipal officers. */
  view: boolean;
  /** RP-6 opening, reminding and closing rounds: the region's planner. */
  manage: boolean;
  /** RP-6 filling in their own municipality's part. */
  editOwnPart: boolean;
}
const NONE: RpAbilities = { view: false, manage: false, editOwnPart: false };

export const rpAbilitiesOf = (me: Me): RpAbilities => (me as Me & { programmes?: { regional_planning?: RpAbilities } }).programmes?.regional_planning ?? NONE;
export const useRpAbilities = () => rpAbilitiesOf(useMe());

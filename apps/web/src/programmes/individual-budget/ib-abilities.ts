import type { Me } from '../../modules/auth/auth.api';
import { useMe } from '../../shared/auth/session';

/** What the signed-in user may see of the Individual Budget programme, as the server decided (GET /api/auth/me). */
export interface IbAbilities {
  /** IB-1 the programme's cases (those who work with clients). */
  cases: boolean;
  /** IB-1 opening a case (social workers and managers). */
  open: boolean;
  /** IB-3, IB-5 the catalogue and the report of unmet and interrupted services (case holders, funders, planners). */
  report: boolean;
}
const NONE: IbAbilities = { cases: false, open: false, report: false };

export const ibAbilitiesOf = (me: Me): IbAbilities =>
  (me as Me & { programmes?: { individual_budget?: IbAbilities } }).programmes?.individual_budget ?? NONE;

export const useIbAbilities = () => ibAbilitiesOf(useMe());

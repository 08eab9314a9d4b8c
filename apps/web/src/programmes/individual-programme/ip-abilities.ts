import type { Me } from '../../modules/auth/auth.api';
import { useMe } from '../../shared/auth/session';

/** What the signed-in user may see of the Individual Programme, as the server decided (GET /api/auth/me). */
export interface IpAbilities {
  /** The programme's cases (the provider's staff, the welfare department). */
  cases: boolean;
  /** IP-1 opening a case (the welfare department with a contracted provider, or a provider's staff). */
  open: boolean;
  /** IP-4 – IP-6 the overview of the contracted providers (the welfare department). */
  providers: boolean;
  /** IP-4 the target-group report. */
  report: boolean;
}
const NONE: IpAbilities = { cases: false, open: false, providers: false, report: false };

/** The Individual Programme's abilities of a `me` answer (none when the server sends none). */
export const ipAbilitiesOf = (me: Me): IpAbilities =>
  (me as Me & { programmes?: { individual_programme?: IpAbilities } }).programmes?.individual_programme ?? NONE;

export const useIpAbilities = () => ipAbilitiesOf(useMe());

import type { Me } from '../../modules/auth/auth.api';
import { useMe } from '../../shared/auth/session';

/** What the signed-in user may see of family support, as the server decided (GET /api/auth/me). */
export interface FsAbilities { families: boolean; refer: boolean; referrals: boolean; groups: boolean; mentors: boolean; manage: boolean; finance: boolean; report: boolean }
const NONE: FsAbilities = { families: false, refer: false, referrals: false, groups: false, mentors: false, manage: false, finance: false, report: false };

export const fsAbilitiesOf = (me: Me): FsAbilities => (me as Me & { programmes?: { family_support?: FsAbilities } }).programmes?.family_support ?? NONE;
export const useFsAbilities = () => fsAbilitiesOf(useMe());

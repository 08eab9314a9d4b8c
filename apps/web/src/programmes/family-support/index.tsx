import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { ForbiddenPage } from '../../app/StatusPages';
import type { WebProgramme } from '../programme-module';
import { useFsAbilities, type FsAbilities } from './fs-abilities';
import { FsNavigation } from './FsNavigation';
import { familySupportWorklistKinds } from './worklist-kinds';
import { fsPagesLv } from './i18n/fs-pages.lv';
import { fsPagesEn } from './i18n/fs-pages.en';
import { familySupportEn } from '@socrehab/domain/programmes/family-support/i18n/family-support.en';
import { familySupportLv } from '@socrehab/domain/programmes/family-support/i18n/family-support.lv';
import { lazyPage } from '../../app/lazy-page';

const FamiliesPage = lazyPage(() => import('./pages/FamiliesPage'), 'FamiliesPage');
const ReferralPage = lazyPage(() => import('./pages/ReferralPage'), 'ReferralPage');
const FamilyCasePage = lazyPage(() => import('./pages/FamilyCasePage'), 'FamilyCasePage');
const GroupPage = lazyPage(() => import('./pages/GroupsPage'), 'GroupPage');
const GroupsPage = lazyPage(() => import('./pages/GroupsPage'), 'GroupsPage');
const MentorsPage = lazyPage(() => import('./pages/MentorsPage'), 'MentorsPage');
const FinancePage = lazyPage(() => import('./pages/FinancePage'), 'FinancePage');
const ReportPage = lazyPage(() => import('./pages/ReportPage'), 'ReportPage');

function FsAllowed({ ability, children }: { ability: keyof FsAbilities; children: ReactNode }) {
  return useFsAbilities()[ability] ? children : <ForbiddenPage />;
}
const page = (path: string, ability: keyof FsAbilities, element: ReactNode) => <Route key={path} path={path} element={<FsAllowed ability={ability}>{element}</FsAllowed>} />;

/** Family support in the web app (FS-1 – FS-6): families and referrals, the family's case, groups and camps, mentors, finance, the report. */
export const familySupportWeb: WebProgramme = {
  code: 'family_support',
  messages: { lv: { fs: familySupportLv, fsPages: fsPagesLv }, en: { fs: familySupportEn, fsPages: fsPagesEn } },
  routes: () => [
    page('fs/families', 'families', <FamiliesPage />),
    page('fs/referrals/new', 'refer', <ReferralPage />),
    page('fs/families/:id', 'families', <FamilyCasePage />),
    page('fs/groups', 'groups', <GroupsPage />),
    page('fs/groups/:id', 'groups', <GroupPage />),
    page('fs/mentors', 'mentors', <MentorsPage />),
    page('fs/finance', 'finance', <FinancePage />),
    page('fs/report', 'report', <ReportPage />),
  ],
  Navigation: FsNavigation,
  worklistKinds: familySupportWorklistKinds,
  casePath: (caseId) => `/fs/families/${caseId}`,
};

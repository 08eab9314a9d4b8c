import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { ForbiddenPage } from '../../app/StatusPages';
import type { WebProgramme } from '../programme-module';
import { useFsAbilities, type FsAbilities } from './fs-abilities';
import { FsNavigation } from './FsNavigation';
import { familySupportWorklistKinds } from './worklist-kinds';
import { FamiliesPage } from './pages/FamiliesPage';
import { ReferralPage } from './pages/ReferralPage';
import { FamilyCasePage } from './pages/FamilyCasePage';
import { GroupPage, GroupsPage } from './pages/GroupsPage';
import { MentorsPage } from './pages/MentorsPage';
import { FinancePage } from './pages/FinancePage';
import { ReportPage } from './pages/ReportPage';
import { fsPagesLv } from './i18n/fs-pages.lv';
import { fsPagesEn } from './i18n/fs-pages.en';

function FsAllowed({ ability, children }: { ability: keyof FsAbilities; children: ReactNode }) {
  return useFsAbilities()[ability] ? children : <ForbiddenPage />;
}
const page = (path: string, ability: keyof FsAbilities, element: ReactNode) => <Route key={path} path={path} element={<FsAllowed ability={ability}>{element}</FsAllowed>} />;

/** Family support in the web app (FS-1 – FS-6): families and referrals, the family's case, groups and camps, mentors, finance, the report. */
export const familySupportWeb: WebProgramme = {
  code: 'family_support',
  messages: { lv: { fsPages: fsPagesLv }, en: { fsPages: fsPagesEn } },
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

import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { useSession } from '../../shared/auth/session';
import { ForbiddenPage } from '../../app/StatusPages';
import { housingFirstOf, type HousingFirstAbilities } from './housing-first.api';
import { ServiceAllowed } from '../../modules/service/service.routes';
import { lazyPage } from '../../app/lazy-page';

const WorklistPage = lazyPage(() => import('./pages/WorklistPage'), 'WorklistPage');
const FirstContactPage = lazyPage(() => import('./pages/FirstContactPage'), 'FirstContactPage');
const ApplicationFormPage = lazyPage(() => import('./pages/ApplicationFormPage'), 'ApplicationFormPage');
const ApplicationPage = lazyPage(() => import('./pages/ApplicationPage'), 'ApplicationPage');
const EligibilityPage = lazyPage(() => import('./pages/EligibilityPage'), 'EligibilityPage');
const OpenCasePage = lazyPage(() => import('./pages/OpenCasePage'), 'OpenCasePage');
const WaitingListPage = lazyPage(() => import('./pages/WaitingListPage'), 'WaitingListPage');
const CasesPage = lazyPage(() => import('./pages/CasesPage'), 'CasesPage');
const CasePage = lazyPage(() => import('./pages/CasePage'), 'CasePage');
const InitialAssessmentPage = lazyPage(() => import('./pages/InitialAssessmentPage'), 'InitialAssessmentPage');
const MoveInPage = lazyPage(() => import('./pages/MoveInPage'), 'MoveInPage');
const CaseloadsPage = lazyPage(() => import('./pages/CaseloadsPage'), 'CaseloadsPage');
const IndicatorsPage = lazyPage(() => import('./pages/IndicatorsPage'), 'IndicatorsPage');
const IndicatorCasesPage = lazyPage(() => import('./pages/IndicatorCasesPage'), 'IndicatorCasesPage');
const DisclosuresPage = lazyPage(() => import('./pages/DisclosuresPage'), 'DisclosuresPage');
const DwellingsPage = lazyPage(() => import('./pages/DwellingsPage'), 'DwellingsPage');
const DwellingFormPage = lazyPage(() => import('./pages/DwellingFormPage'), 'DwellingFormPage');
const CaseServicePage = lazyPage(() => import('./service/pages/CaseServicePage'), 'CaseServicePage');
const WorkerChangePage = lazyPage(() => import('./service/pages/WorkerChangePage'), 'WorkerChangePage');

type Ability = keyof HousingFirstAbilities;

/** Shows the page only when GET /api/auth/me granted one of the Housing First abilities. */
function HfAllowed({ ability, children }: { ability: Ability | Ability[]; children: ReactNode }) {
  const { me } = useSession();
  const abilities = me ? housingFirstOf(me) : null;
  const needed = Array.isArray(ability) ? ability : [ability];
  return abilities && needed.some((a) => abilities[a]) ? children : <ForbiddenPage />;
}

const page = (path: string, ability: Ability | Ability[], element: ReactNode) => (
  <Route key={path} path={path} element={<HfAllowed ability={ability}>{element}</HfAllowed>} />
);

/** The Housing First pages (HF-3.1), each behind the ability the server granted. */
export function housingFirstRoutes() {
  return [
    page('hf/worklist', 'municipalWorklist', <WorklistPage />),
    page('hf/first-contacts/new', 'municipalWorklist', <FirstContactPage />),
    page('hf/applications/new', 'municipalWorklist', <ApplicationFormPage />),
    page('hf/applications/:id', ['municipalWorklist', 'waitingList'], <ApplicationPage />),
    page('hf/applications/:id/eligibility', 'municipalWorklist', <EligibilityPage />),
    page('hf/applications/:id/open-case', 'waitingList', <OpenCasePage />),
    page('hf/waiting-list', 'waitingList', <WaitingListPage />),
    page('hf/cases', 'cases', <CasesPage />),
    page('hf/cases/:id', 'cases', <CasePage />),
    page('hf/cases/:id/initial-assessment', 'cases', <InitialAssessmentPage />),
    page('hf/cases/:id/move-in', 'cases', <MoveInPage />),
    page('hf/caseloads', 'caseloads', <CaseloadsPage />),
    page('hf/indicators', 'indicators', <IndicatorsPage />),
    page('hf/indicators/cases', 'indicators', <IndicatorCasesPage />),
    page('hf/disclosures', 'disclosures', <DisclosuresPage />),
    page('hf/dwellings', 'dwellings', <DwellingsPage />),
    page('hf/dwellings/new', 'dwellings', <DwellingFormPage />),
    page('hf/dwellings/:id', 'dwellings', <DwellingFormPage />),
    // receiving the service (HF-3.2–3.4): the case's service page, for the provider's staff the worklists are for
    <Route key="cases/:id/service" path="cases/:id/service" element={<ServiceAllowed need="any"><CaseServicePage /></ServiceAllowed>} />,
    <Route key="cases/:id/service/worker-change" path="cases/:id/service/worker-change" element={<ServiceAllowed need="any"><WorkerChangePage /></ServiceAllowed>} />,
  ];
}

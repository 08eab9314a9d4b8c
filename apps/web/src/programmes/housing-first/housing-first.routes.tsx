import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { useSession } from '../../shared/auth/session';
import { ForbiddenPage } from '../../app/StatusPages';
import { housingFirstOf, type HousingFirstAbilities } from './housing-first.api';
import { WorklistPage } from './pages/WorklistPage';
import { FirstContactPage } from './pages/FirstContactPage';
import { ApplicationFormPage } from './pages/ApplicationFormPage';
import { ApplicationPage } from './pages/ApplicationPage';
import { EligibilityPage } from './pages/EligibilityPage';
import { OpenCasePage } from './pages/OpenCasePage';
import { WaitingListPage } from './pages/WaitingListPage';
import { CasesPage } from './pages/CasesPage';
import { CasePage } from './pages/CasePage';
import { InitialAssessmentPage } from './pages/InitialAssessmentPage';
import { MoveInPage } from './pages/MoveInPage';
import { CaseloadsPage } from './pages/CaseloadsPage';
import { IndicatorsPage } from './pages/IndicatorsPage';
import { IndicatorCasesPage } from './pages/IndicatorCasesPage';
import { DisclosuresPage } from './pages/DisclosuresPage';
import { DwellingsPage } from './pages/DwellingsPage';
import { DwellingFormPage } from './pages/DwellingFormPage';
import { ServiceAllowed } from '../../modules/service/service.routes';
import { CaseServicePage } from './service/pages/CaseServicePage';
import { WorkerChangePage } from './service/pages/WorkerChangePage';

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

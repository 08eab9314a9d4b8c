import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { useSession } from '../../shared/auth/session';
import { ForbiddenPage } from '../../app/StatusPages';
import { serviceAbilitiesOf } from './service-abilities';
import { CaseHistoryImportPage } from './pages/CaseHistoryImportPage';
import { CaseServicePage } from './pages/CaseServicePage';
import { MyMorningPage } from './pages/MyMorningPage';
import { OrganisationWorklistPage } from './pages/OrganisationWorklistPage';
import { PlannedVisitsPage } from './pages/PlannedVisitsPage';
import { WorkerChangePage } from './pages/WorkerChangePage';

type Need = 'worker' | 'organisation' | 'any';

function ServiceAllowed({ need, children }: { need: Need; children: ReactNode }) {
  const { me } = useSession();
  const a = me ? serviceAbilitiesOf(me) : null;
  const ok = a && (need === 'any' ? a.worker || a.organisation : a[need]);
  return ok ? children : <ForbiddenPage />;
}

const page = (path: string, need: Need, element: ReactNode) => <Route key={path} path={path} element={<ServiceAllowed need={need}>{element}</ServiceAllowed>} />;

/** Receiving the service (HF-3.2–3.4): the worklists, the planned visits calendar and the case service page. */
export function serviceRoutes() {
  return [
    page('service/my-morning', 'worker', <MyMorningPage />),
    page('service/organisation', 'organisation', <OrganisationWorklistPage />),
    page('service/calendar', 'any', <PlannedVisitsPage />),
    page('service/import', 'organisation', <CaseHistoryImportPage />),
    page('cases/:id/service', 'any', <CaseServicePage />),
    page('cases/:id/service/worker-change', 'any', <WorkerChangePage />),
  ];
}

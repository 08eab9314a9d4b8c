import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { useSession } from '../../shared/auth/session';
import { ForbiddenPage } from '../../app/StatusPages';
import { serviceAbilitiesOf } from './service-abilities';
import { lazyPage } from '../../app/lazy-page';

const CaseHistoryImportPage = lazyPage(() => import('./pages/CaseHistoryImportPage'), 'CaseHistoryImportPage');
const MyMorningPage = lazyPage(() => import('./pages/MyMorningPage'), 'MyMorningPage');
const OrganisationWorklistPage = lazyPage(() => import('./pages/OrganisationWorklistPage'), 'OrganisationWorklistPage');
const PlannedVisitsPage = lazyPage(() => import('./pages/PlannedVisitsPage'), 'PlannedVisitsPage');

export type Need = 'worker' | 'organisation' | 'any';

/** Shows the page to the provider's staff the worklists are for (`need`), otherwise a "no access" page. */
export function ServiceAllowed({ need, children }: { need: Need; children: ReactNode }) {
  const { me } = useSession();
  const a = me ? serviceAbilitiesOf(me) : null;
  const ok = a && (need === 'any' ? a.visits : a[need]);
  return ok ? children : <ForbiddenPage />;
}

const page = (path: string, need: Need, element: ReactNode) => <Route key={path} path={path} element={<ServiceAllowed need={need}>{element}</ServiceAllowed>} />;

/** The worklists of every programme, the planned visits calendar and the case-history import; a programme adds its own case pages. */
export function serviceRoutes() {
  return [
    page('service/my-morning', 'worker', <MyMorningPage />),
    page('service/organisation', 'organisation', <OrganisationWorklistPage />),
    page('service/calendar', 'any', <PlannedVisitsPage />),
    page('service/import', 'organisation', <CaseHistoryImportPage />),
  ];
}

import { Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useSession } from '../shared/auth/session';
import type { Abilities } from '../modules/auth/auth.api';
import { SignInPage } from '../modules/auth/pages/SignInPage';
import { housingFirstOf } from '../programmes/housing-first/housing-first.api';
import { serviceRoutes } from '../modules/service/service.routes';
import { WEB_PROGRAMMES } from '../programmes/registry';
import { joinWorklistKinds, WorklistKindsProvider } from '../modules/service/worklist-kinds';
import { ForbiddenPage, NotFoundPage } from './StatusPages';
import { AppLayout } from './layout/AppLayout';
import { RequireSignIn } from './RequireSignIn';
import { FullPageLoader } from '../shared/ui/FullPageLoader';
import { lazyPage } from './lazy-page';

const PersonsPage = lazyPage(() => import('../modules/persons/pages/PersonsPage'), 'PersonsPage');
const RegisterPersonPage = lazyPage(() => import('../modules/persons/pages/RegisterPersonPage'), 'RegisterPersonPage');
const PersonPage = lazyPage(() => import('../modules/persons/pages/PersonPage'), 'PersonPage');
const OverviewPage = lazyPage(() => import('../modules/stats/pages/OverviewPage'), 'OverviewPage');
const UsersPage = lazyPage(() => import('../modules/users/pages/UsersPage'), 'UsersPage');
const UserAuditPage = lazyPage(() => import('../modules/audit/pages/UserAuditPage'), 'UserAuditPage');
const OrganisationAuditPage = lazyPage(() => import('../modules/audit/pages/OrganisationAuditPage'), 'OrganisationAuditPage');

/** Shows the page only when the server granted the ability; otherwise a "no access" page. */
function Allowed({ ability, children }: { ability: keyof Abilities | Array<keyof Abilities>; children: ReactNode }) {
  const { me } = useSession();
  const needed = Array.isArray(ability) ? ability : [ability];
  return me && needed.some((a) => me.abilities[a]) ? children : <ForbiddenPage />;
}

/** The start page follows the role: the registry for those who work with people, the overview for others. */
function Home() {
  const { me } = useSession();
  const hf = me ? housingFirstOf(me) : null;
  if (!me?.abilities.readPersons && !me?.abilities.readAggregates && hf?.dwellings) return <Navigate to="/hf/dwellings" replace />;
  return <Navigate to={me?.abilities.readPersons ? '/persons' : '/overview'} replace />;
}

/** The registered programmes' kinds of worklist item, for the core's worklists. */
const WORKLIST_KINDS = {
  ...joinWorklistKinds(WEB_PROGRAMMES.flatMap((p) => (p.worklistKinds ? [p.worklistKinds] : []))),
  casePaths: Object.fromEntries(WEB_PROGRAMMES.flatMap((p) => (p.casePath ? [[p.code, p.casePath] as const] : []))),
};

export function AppRoutes() {
  return (
    <WorklistKindsProvider kinds={WORKLIST_KINDS}>
    <Suspense fallback={<FullPageLoader />}>
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route element={<RequireSignIn><AppLayout /></RequireSignIn>}>
        <Route index element={<Home />} />
        <Route path="persons" element={<Allowed ability="readPersons"><PersonsPage /></Allowed>} />
        <Route path="persons/new" element={<Allowed ability="createPerson"><RegisterPersonPage /></Allowed>} />
        <Route path="persons/:id" element={<Allowed ability="readPersons"><PersonPage /></Allowed>} />
        <Route path="overview" element={<Allowed ability="readAggregates"><OverviewPage /></Allowed>} />
        <Route path="users" element={<Allowed ability={['readAudit', 'manageUsers']}><UsersPage /></Allowed>} />
        <Route path="users/:id/audit" element={<Allowed ability="readAudit"><UserAuditPage /></Allowed>} />
        <Route path="audit" element={<Allowed ability="readAudit"><OrganisationAuditPage /></Allowed>} />
        {WEB_PROGRAMMES.flatMap((p) => p.routes())}
        {serviceRoutes()}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
    </Suspense>
    </WorklistKindsProvider>
  );
}

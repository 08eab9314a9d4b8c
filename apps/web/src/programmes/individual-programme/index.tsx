import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { ForbiddenPage } from '../../app/StatusPages';
import type { WebProgramme } from '../programme-module';
import { useIpAbilities, type IpAbilities } from './ip-abilities';
import { IpNavigation } from './components/IpNavigation';
import { IpCasesPage } from './pages/IpCasesPage';
import { IpCasePage } from './pages/IpCasePage';
import { IpOpenCasePage } from './pages/IpOpenCasePage';
import { IpPlanPage } from './pages/IpPlanPage';
import { ProvidersOverviewPage } from './pages/ProvidersOverviewPage';
import { ProviderLedgerPage } from './pages/ProviderLedgerPage';
import { TargetGroupReportPage } from './pages/TargetGroupReportPage';
import { ipPagesLv } from './i18n/ip-pages.lv';
import { ipPagesEn } from './i18n/ip-pages.en';

function IpAllowed({ ability, children }: { ability: keyof IpAbilities; children: ReactNode }) {
  return useIpAbilities()[ability] ? children : <ForbiddenPage />;
}

const page = (path: string, ability: keyof IpAbilities, element: ReactNode) => (
  <Route key={path} path={path} element={<IpAllowed ability={ability}>{element}</IpAllowed>} />
);

/** The Individual Programme in the web app (IP-1 – IP-6): its cases, plan and ledger, the providers' overview and the target-group report. */
export const individualProgrammeWeb: WebProgramme = {
  code: 'individual_programme',
  messages: { lv: { ipPages: ipPagesLv }, en: { ipPages: ipPagesEn } },
  routes: () => [
    page('ip/cases', 'cases', <IpCasesPage />),
    page('ip/cases/new', 'open', <IpOpenCasePage />),
    page('ip/cases/:id', 'cases', <IpCasePage />),
    page('ip/cases/:id/plan', 'cases', <IpPlanPage />),
    page('ip/providers', 'providers', <ProvidersOverviewPage />),
    // the welfare department reads any of its providers' ledgers, a provider's manager its own (the page tells them apart)
    page('ip/providers/:id/ledger', 'report', <ProviderLedgerPage />),
    page('ip/reports/target-groups', 'report', <TargetGroupReportPage />),
  ],
  Navigation: IpNavigation,
  casePath: (caseId) => `/ip/cases/${caseId}`,
};

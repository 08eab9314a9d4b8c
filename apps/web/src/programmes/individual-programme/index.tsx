import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { ForbiddenPage } from '../../app/StatusPages';
import type { WebProgramme } from '../programme-module';
import { useIpAbilities, type IpAbilities } from './ip-abilities';
import { IpNavigation } from './components/IpNavigation';
import { ipPagesLv } from './i18n/ip-pages.lv';
import { ipPagesEn } from './i18n/ip-pages.en';
import { individualProgrammeEn } from '@socrehab/domain/programmes/individual-programme/i18n/individual-programme.en';
import { individualProgrammeLv } from '@socrehab/domain/programmes/individual-programme/i18n/individual-programme.lv';
import { lazyPage } from '../../app/lazy-page';

const IpCasesPage = lazyPage(() => import('./pages/IpCasesPage'), 'IpCasesPage');
const IpCasePage = lazyPage(() => import('./pages/IpCasePage'), 'IpCasePage');
const IpOpenCasePage = lazyPage(() => import('./pages/IpOpenCasePage'), 'IpOpenCasePage');
const IpPlanPage = lazyPage(() => import('./pages/IpPlanPage'), 'IpPlanPage');
const ProvidersOverviewPage = lazyPage(() => import('./pages/ProvidersOverviewPage'), 'ProvidersOverviewPage');
const ProviderLedgerPage = lazyPage(() => import('./pages/ProviderLedgerPage'), 'ProviderLedgerPage');
const TargetGroupReportPage = lazyPage(() => import('./pages/TargetGroupReportPage'), 'TargetGroupReportPage');

function IpAllowed({ ability, children }: { ability: keyof IpAbilities; children: ReactNode }) {
  return useIpAbilities()[ability] ? children : <ForbiddenPage />;
}

const page = (path: string, ability: keyof IpAbilities, element: ReactNode) => (
  <Route key={path} path={path} element={<IpAllowed ability={ability}>{element}</IpAllowed>} />
);

/** The Individual Programme in the web app (IP-1 – IP-6): its cases, plan and ledger, the providers' overview and the target-group report. */
export const individualProgrammeWeb: WebProgramme = {
  code: 'individual_programme',
  messages: { lv: { ip: individualProgrammeLv, ipPages: ipPagesLv }, en: { ip: individualProgrammeEn, ipPages: ipPagesEn } },
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

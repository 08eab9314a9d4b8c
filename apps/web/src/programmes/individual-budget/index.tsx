import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { ForbiddenPage } from '../../app/StatusPages';
import type { WebProgramme } from '../programme-module';
import { useIbAbilities, type IbAbilities } from './ib-abilities';
import { IbNavigation } from './components/IbNavigation';
import { individualBudgetWorklistKinds } from './worklist-kinds';
import { ibPagesLv } from './i18n/ib-pages.lv';
import { ibPagesEn } from './i18n/ib-pages.en';
import { individualBudgetEn } from '@socrehab/domain/programmes/individual-budget/i18n/individual-budget.en';
import { individualBudgetLv } from '@socrehab/domain/programmes/individual-budget/i18n/individual-budget.lv';
import { lazyPage } from '../../app/lazy-page';

const IbCasesPage = lazyPage(() => import('./pages/IbCasesPage'), 'IbCasesPage');
const IbOpenCasePage = lazyPage(() => import('./pages/IbOpenCasePage'), 'IbOpenCasePage');
const IbCasePage = lazyPage(() => import('./pages/IbCasePage'), 'IbCasePage');
const IbLedgerPage = lazyPage(() => import('./pages/IbLedgerPage'), 'IbLedgerPage');
const IbReportPage = lazyPage(() => import('./pages/IbReportPage'), 'IbReportPage');

function IbAllowed({ ability, children }: { ability: keyof IbAbilities; children: ReactNode }) {
  return useIbAbilities()[ability] ? children : <ForbiddenPage />;
}

const page = (path: string, ability: keyof IbAbilities, element: ReactNode) => (
  <Route key={path} path={path} element={<IbAllowed ability={ability}>{element}</IbAllowed>} />
);

/** The Individual Budget model in the web app (IB-1 – IB-6): its cases, assessments and plan, the ledger, and the report of unmet services with the catalogue. */
export const individualBudgetWeb: WebProgramme = {
  code: 'individual_budget',
  messages: {
    lv: { ib: individualBudgetLv, ibPages: ibPagesLv, service: { worklist: { groups: { ib_budget_warning: ibPagesLv.worklist.budgetWarning } } } },
    en: { ib: individualBudgetEn, ibPages: ibPagesEn, service: { worklist: { groups: { ib_budget_warning: ibPagesEn.worklist.budgetWarning } } } },
  },
  routes: () => [
    page('ib/cases', 'cases', <IbCasesPage />),
    page('ib/cases/new', 'open', <IbOpenCasePage />),
    page('ib/cases/:id', 'cases', <IbCasePage />),
    page('ib/cases/:id/ledger', 'cases', <IbLedgerPage />),
    page('ib/report', 'report', <IbReportPage />),
  ],
  Navigation: IbNavigation,
  worklistKinds: individualBudgetWorklistKinds,
  casePath: (caseId) => `/ib/cases/${caseId}`,
};

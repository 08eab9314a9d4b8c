import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { ForbiddenPage } from '../../app/StatusPages';
import type { WebProgramme } from '../programme-module';
import { useRpAbilities, type RpAbilities } from './rp-abilities';
import { RpNavigation } from './components/RpNavigation';
import { rpPagesLv } from './i18n/rp-pages.lv';
import { rpPagesEn } from './i18n/rp-pages.en';
import { regionalPlanningEn } from '@socrehab/domain/programmes/regional-planning/i18n/regional-planning.en';
import { regionalPlanningLv } from '@socrehab/domain/programmes/regional-planning/i18n/regional-planning.lv';
import { regionalPlanningWorklistKinds } from './worklist-kinds';
import { lazyPage } from '../../app/lazy-page';

const RpOverviewPage = lazyPage(() => import('./pages/RpOverviewPage'), 'RpOverviewPage');
const RpCataloguePage = lazyPage(() => import('./pages/RpCataloguePage'), 'RpCataloguePage');
const RpRoundsPage = lazyPage(() => import('./pages/RpRoundsPage'), 'RpRoundsPage');
const RpRoundPage = lazyPage(() => import('./pages/RpRoundPage'), 'RpRoundPage');
const RpPartPage = lazyPage(() => import('./pages/RpPartPage'), 'RpPartPage');
const RpCatalogueVersionPage = lazyPage(() => import('./pages/RpCatalogueVersionPage'), 'RpCatalogueVersionPage');

function RpAllowed({ ability, children }: { ability: keyof RpAbilities; children: ReactNode }) {
  return useRpAbilities()[ability] ? children : <ForbiddenPage />;
}
const page = (path: string, element: ReactNode, ability: keyof RpAbilities = 'view') => <Route key={path} path={path} element={<RpAllowed ability={ability}>{element}</RpAllowed>} />;

/** Regional planning in the web app (RP-1 – RP-7): the region's overview (map, matrix, forecast vs actual), the catalogue, the update rounds and each municipality's part. */
export const regionalPlanningWeb: WebProgramme = {
  code: 'regional_planning',
  messages: { lv: { rp: regionalPlanningLv, rpPages: rpPagesLv }, en: { rp: regionalPlanningEn, rpPages: rpPagesEn } },
  routes: () => [
    page('rp', <RpOverviewPage />),
    page('rp/catalogue', <RpCataloguePage />),
    page('rp/catalogue/new-version', <RpCatalogueVersionPage />, 'manage'),
    page('rp/rounds', <RpRoundsPage />),
    page('rp/rounds/:id', <RpRoundPage />),
    page('rp/rounds/:id/parts/:atvk', <RpPartPage />),
  ],
  Navigation: RpNavigation,
  // RP-6 the officer's part of an open round not yet confirmed, on their worklist
  worklistKinds: regionalPlanningWorklistKinds,
};

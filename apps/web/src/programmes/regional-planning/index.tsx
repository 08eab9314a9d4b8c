import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { ForbiddenPage } from '../../app/StatusPages';
import type { WebProgramme } from '../programme-module';
import { useRpAbilities, type RpAbilities } from './rp-abilities';
import { RpNavigation } from './components/RpNavigation';
import { RpOverviewPage } from './pages/RpOverviewPage';
import { RpCataloguePage } from './pages/RpCataloguePage';
import { RpRoundsPage } from './pages/RpRoundsPage';
import { RpRoundPage } from './pages/RpRoundPage';
import { RpPartPage } from './pages/RpPartPage';
import { rpPagesLv } from './i18n/rp-pages.lv';
import { rpPagesEn } from './i18n/rp-pages.en';
import { regionalPlanningWorklistKinds } from './worklist-kinds';

function RpAllowed({ ability, children }: { ability: keyof RpAbilities; children: ReactNode }) {
  return useRpAbilities()[ability] ? children : <ForbiddenPage />;
}
const page = (path: string, element: ReactNode) => <Route key={path} path={path} element={<RpAllowed ability="view">{element}</RpAllowed>} />;

/** Regional planning in the web app (RP-1 – RP-7): the region's overview (map, matrix, forecast vs actual), the catalogue, the update rounds and each municipality's part. */
export const regionalPlanningWeb: WebProgramme = {
  code: 'regional_planning',
  messages: { lv: { rpPages: rpPagesLv }, en: { rpPages: rpPagesEn } },
  routes: () => [
    page('rp', <RpOverviewPage />),
    page('rp/catalogue', <RpCataloguePage />),
    page('rp/rounds', <RpRoundsPage />),
    page('rp/rounds/:id', <RpRoundPage />),
    page('rp/rounds/:id/parts/:atvk', <RpPartPage />),
  ],
  Navigation: RpNavigation,
  // RP-6 the officer's part of an open round not yet confirmed, on their worklist
  worklistKinds: regionalPlanningWorklistKinds,
};

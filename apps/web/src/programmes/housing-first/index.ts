import { HousingFirstNavigation } from './components/HousingFirstNavigation';
import { housingFirstRoutes } from './housing-first.routes';
import type { WebProgramme } from '../programme-module';

/** Housing First in the web app: today's pages and navigation (HF-3.1). */
export const housingFirstWeb: WebProgramme = {
  code: 'housing_first',
  routes: housingFirstRoutes,
  Navigation: HousingFirstNavigation,
};

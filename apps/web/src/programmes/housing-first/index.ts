import { HousingFirstNavigation } from './components/HousingFirstNavigation';
import { housingFirstRoutes } from './housing-first.routes';
import type { WebProgramme } from '../programme-module';
import { hfEn } from './i18n/housing-first.en';
import { hfLv } from './i18n/housing-first.lv';
import { outcomesEn } from './i18n/outcomes.en';
import { outcomesLv } from './i18n/outcomes.lv';
import { housingFirstWorklistKinds } from './service/worklist-kinds';
import { housingFirstEn as housingEn } from '@socrehab/domain/programmes/housing-first/i18n/housing-first.en';
import { housingFirstLv as housingLv } from '@socrehab/domain/programmes/housing-first/i18n/housing-first.lv';

/** Housing First in the web app: today's pages and navigation (HF-3.1), its kinds of worklist item (HF-3.2, HF-2.2, HF-2.4). */
export const housingFirstWeb: WebProgramme = {
  code: 'housing_first',
  messages: { lv: { housing: housingLv, hf: { ...hfLv, outcomes: outcomesLv } }, en: { housing: housingEn, hf: { ...hfEn, outcomes: outcomesEn } } },
  routes: housingFirstRoutes,
  Navigation: HousingFirstNavigation,
  worklistKinds: housingFirstWorklistKinds,
};

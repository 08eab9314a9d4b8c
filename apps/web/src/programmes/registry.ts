import type { WebProgramme } from './programme-module';
import { housingFirstWeb } from './housing-first';
import { individualProgrammeWeb } from './individual-programme';
import { individualBudgetWeb } from './individual-budget';
import { regionalPlanningWeb } from './regional-planning';
import { familySupportWeb } from './family-support';

/** The web modules of the registered programmes (issue 12): one line each. */
export const WEB_PROGRAMMES: readonly WebProgramme[] = [
  housingFirstWeb,
  individualProgrammeWeb,
  individualBudgetWeb,
  familySupportWeb,
  regionalPlanningWeb,
];


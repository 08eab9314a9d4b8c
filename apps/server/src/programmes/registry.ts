import type { ProgrammeCode } from '@socrehab/domain';
import type { ServerProgramme } from './programme-module';
import { housingFirstServer } from './housing-first';
import { individualProgrammeServer } from './individual-programme';
import { individualBudgetServer } from './individual-budget';
import { familySupportServer } from './family-support';
import { regionalPlanningServer } from './regional-planning';

/** The server modules of the registered programmes (issue 12): one line each. */
export const SERVER_PROGRAMMES: readonly ServerProgramme[] = [
  housingFirstServer,
  individualProgrammeServer,
  individualBudgetServer,
  familySupportServer,
  regionalPlanningServer,
];

export function serverProgrammeOf(code: ProgrammeCode | string): ServerProgramme | undefined {
  return SERVER_PROGRAMMES.find((p) => p.definition.code === code);
}

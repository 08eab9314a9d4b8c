import { canOpenIbCase, computeIbReportView, individualBudgetProgramme } from '@socrehab/domain/programmes/individual-budget/index';
import { canReadPersons } from '@socrehab/domain';
import type { ServerProgramme } from '../programme-module';
import { seedIndividualBudgetDemo } from './demo';
import { individualBudgetRoutes } from './individual-budget.routes';
import { ibPersonExtract } from './subject-access';
import { ibWorklist } from './worklist';

/**
 * The Individual Budget model on the server (seed 002, IB-1 – IB-6): its routes under
 * /api/individual-budget, its budget warnings on the worklists (IB-4) beside the core's evaluation
 * schedule (IB-2 re-assessments, IB-6 end-of-pilot meetings), and its demo data (the two pilots).
 */
export const individualBudgetServer: ServerProgramme = {
  definition: individualBudgetProgramme,
  routes: individualBudgetRoutes,
  // the cases to those who work with clients; opening to social workers and managers; the report and the catalogue to case holders, funders and planners
  abilities: (actor) => ({ cases: canReadPersons(actor), open: canOpenIbCase(actor), report: computeIbReportView(actor).kind !== 'none' }),
  worklist: ibWorklist,
  demo: seedIndividualBudgetDemo,
  // HF-2.7 what the person's extract shows of an Individual Budget case
  personExtract: ibPersonExtract,
};

import { canReadPersons } from '@socrehab/domain';
import { canOpenIpCase, computeIpReportView, individualProgramme } from '@socrehab/domain/programmes/individual-programme/index';
import type { ServerProgramme } from '../programme-module';
import { ipCaseHistory } from './case-history';
import { seedIndividualProgrammeDemo } from './demo';
import { findAgreedEnds } from './individual-programme.repository';
import { individualProgrammeRoutes } from './individual-programme.routes';

/**
 * The Individual Programme on the server (seed 000, IP-1 – IP-6): its routes under
 * /api/individual-programme, the agreed end of each client's service agreement for the core's
 * evaluation schedule (IP-5 "one month before it expires"), its case histories and its demo data.
 */
export const individualProgrammeServer: ServerProgramme = {
  definition: individualProgramme,
  routes: individualProgrammeRoutes,
  // the web's pages: the cases to those who work with clients, the providers' overview to the welfare department (IP-4), the report to whoever may read it;
  // opening a case (IP-1) in the web to a provider's staff — its form takes the case manager from the user's own organisation
  // (the welfare department also opens through the API, naming a provider's social worker the web cannot list yet)
  abilities: (actor) => {
    const view = computeIpReportView(actor).kind;
    const open = canOpenIpCase(actor) && actor.organisationKind === 'service_provider';
    return { cases: canReadPersons(actor), open, providers: view === 'municipality', report: view !== 'none' };
  },
  async agreedEndsOn(tx, caseIds) {
    return new Map((await findAgreedEnds(tx, caseIds)).map((r) => [r.caseId, r.agreementEndsOn]));
  },
  // its cases in the case-history format (issue 12): the case, recipients, plan, deliveries, costs, co-payments, surveys and ending
  caseHistory: ipCaseHistory,
  demo: seedIndividualProgrammeDemo,
};

import { canReadPersons } from '@socrehab/domain';
import { canOpenIpCase, computeIpReportView, individualProgramme } from '@socrehab/domain/programmes/individual-programme/index';
import type { ServerProgramme } from '../programme-module';
import { ipCaseHistory } from './case-history';
import { seedIndividualProgrammeDemo } from './demo';
import { findAgreedEnds } from './individual-programme.repository';
import { individualProgrammeRoutes } from './individual-programme.routes';
import { ipPersonExtract } from './subject-access';

/**
 * The Individual Programme on the server (seed 000, IP-1 – IP-6): its routes under
 * /api/individual-programme, the agreed end of each client's service agreement for the core's
 * evaluation schedule (IP-5 "one month before it expires"), its case histories and its demo data.
 */
export const individualProgrammeServer: ServerProgramme = {
  definition: individualProgramme,
  routes: individualProgrammeRoutes,
  // the web's pages: the cases to those who work with clients, the providers' overview to the welfare department (IP-4), the report to whoever may read it;
  // opening a case (IP-1) to the welfare department and the providers' staff — its form lists the case managers they may choose (GET /case-managers)
  abilities: (actor) => {
    const view = computeIpReportView(actor).kind;
    return { cases: canReadPersons(actor), open: canOpenIpCase(actor), providers: view === 'municipality', report: view !== 'none' };
  },
  async agreedEndsOn(db, caseIds) {
    return new Map((await findAgreedEnds(db, caseIds)).map((r) => [r.caseId, r.agreementEndsOn]));
  },
  // its cases in the case-history format (issue 12): the case, recipients, plan, deliveries, costs, co-payments, surveys and ending
  caseHistory: ipCaseHistory,
  // HF-2.7, GDPR Art. 15: its records in a person's "what we hold about you" extract
  personExtract: ipPersonExtract,
  demo: seedIndividualProgrammeDemo,
};

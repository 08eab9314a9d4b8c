import { canRefer, computeFsReportView, familySupportProgramme, isCentreManager, isCentreStaff } from '@socrehab/domain/programmes/family-support/index';
import type { ServerProgramme } from '../programme-module';
import { seedFamilySupportDemo } from './demo';
import { familySupportRoutes } from './family-support.routes';
import { familySupportWorklist } from './worklist';

/**
 * Family support (seed 003, FS-1 – FS-6) on the server: its routes under /api/family-support, its worklist
 * items beside every other programme's, its pages' abilities and its demo data.
 */
export const familySupportServer: ServerProgramme = {
  definition: familySupportProgramme,
  routes: familySupportRoutes,
  worklist: familySupportWorklist,
  abilities: (actor) => ({
    families: isCentreStaff(actor) || canRefer(actor),
    refer: canRefer(actor),
    referrals: isCentreManager(actor) || canRefer(actor),
    groups: isCentreStaff(actor),
    mentors: isCentreStaff(actor),
    manage: isCentreManager(actor),
    finance: isCentreManager(actor),
    report: computeFsReportView(actor).kind !== 'none',
  }),
  demo: seedFamilySupportDemo,
};

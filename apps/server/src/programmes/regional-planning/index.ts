import { isRegionPlanner, regionalPlanningProgramme } from '@socrehab/domain/programmes/regional-planning/index';
import { MUNICIPALITIES } from '@socrehab/domain/reference/municipalities';
import type { ServerProgramme } from '../programme-module';
import { seedRegionalPlanningDemo } from './demo';
import { regionalPlanningRoutes } from './regional-planning.routes';
import { regionalPlanningWorklist } from './regional-planning.worklist';

/**
 * Regional planning of social services on the server (seed 001, RP-1 – RP-7): its routes under
 * /api/regional-planning, its demo data (the Rīga planning region's rounds) and, on a municipal officer's
 * worklist, their part of an open round not yet confirmed (RP-6). It keeps no cases.
 */
export const regionalPlanningServer: ServerProgramme = {
  definition: regionalPlanningProgramme,
  routes: regionalPlanningRoutes,
  // the planning pages to the region's planner and to the officers of municipal social services (the region is checked on every request)
  abilities: (actor) => {
    const officer = actor.organisationKind === 'municipal_social_service' && !!actor.municipalityAtvk && MUNICIPALITIES.some((m) => m.atvk === actor.municipalityAtvk)
      && (actor.roles.includes('municipal_social_worker') || actor.roles.includes('manager'));
    // RP-6 an officer's reminders are on their worklist ("my morning"), also where the municipal social service has no cases of its own there
    return { view: isRegionPlanner(actor) || officer, manage: isRegionPlanner(actor), editOwnPart: officer, worklist: officer };
  },
  // RP-6 the officer's part of an open round not yet confirmed: about their organisation, not a case (the scope of cases does not apply),
  // so on their own list and their organisation's (a municipal social service's manager), never on one case's
  worklist: (db, ctx, _scope, asOf, view) => (view === 'case' ? Promise.resolve([]) : regionalPlanningWorklist(db, ctx, asOf)),
  demo: seedRegionalPlanningDemo,
};

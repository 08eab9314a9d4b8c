import { computeHousingFirstAbilities, housingFirstProgramme, isOverdueItem, urgencyOf } from '@socrehab/domain/programmes/housing-first/index';
import type { ServerProgramme } from '../programme-module';
import { seedHousingFirstDemo } from './demo/demo';
import { housingFirstRoutes } from './housing-first.routes';
import { computeHousingFirstWorklist } from './worklists/worklists.usecases';
import { exportHousingFirstLines } from './case-history/case-history.export';
import { housingFirstImport } from './case-history/case-history.import';
import { housingFirstPersonExtract } from './subject-access/extract';
import { agreedEndsOfCases } from './engagement/engagement.agreed-ends';

/**
 * Housing First on the server (issue 12). Its own endpoints (`housing-first.routes.ts`): HF-3.1.5 dwelling
 * offers, HF-3.2.6 re-housing, HF-3.2 visits and contacts with the service summary, the rehabilitation plan
 * (HF-3.2.3–3.2.5, HF-3.4.4, HF-2.4), HF-3.3 ending the service and its printed documents; the rest are the
 * core modules' it uses (applications, dwellings, cases, work log). Its worklist is the service standards' rules
 * (HF-3.2, HF-2.2, HF-2.4), whose 6-monthly re-assessment item is its social functioning instrument; its
 * case histories are the case-history module's; its demo data (`demo/`) the core's demo seeding calls.
 */
export const housingFirstServer: ServerProgramme = {
  definition: housingFirstProgramme,
  routes: housingFirstRoutes,
  // its pages (HF-3.1): sent with GET /api/auth/me under `programmes.housing_first`, to the organisations that take part in it by a service agreement
  abilities: computeHousingFirstAbilities,
  async worklist(db, _ctx, scope, asOf) {
    return (await computeHousingFirstWorklist(db, scope, asOf)).map((item) => ({ item, urgency: urgencyOf(item), overdue: isOverdueItem(item) }));
  },
  instrumentsInOwnWorklist: ['social_functioning'],
  // HF-2.2, HF-4.3 the engagement's agreed end (the contract's months, extensions and suspensions) for the core's "before the agreed end"
  agreedEndsOn: agreedEndsOfCases,
  // the case-history format, versions 1 and 2 (issue 4, issue 12): its records' codec, export and import (`case-history/`)
  caseHistory: { exportLines: exportHousingFirstLines, planImport: housingFirstImport },
  // HF-2.7, GDPR Art. 15: its records in a person's "what we hold about you" extract
  personExtract: housingFirstPersonExtract,
  demo: seedHousingFirstDemo,
};

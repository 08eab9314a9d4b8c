import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../app/context';
import { applicationRoutes } from './applications/applications.routes';
import { calendarRoutes } from './calendar/calendar.routes';
import { caseRoutes } from './cases/cases.routes';
import { criteriaRoutes } from './applications/criteria.routes';
import { documentRoutes } from './documents/documents.routes';
import { endingRoutes } from './endings/endings.routes';
import { engagementRoutes } from './engagement/engagement.routes';
import { indicatorRoutes } from './indicators/indicators.routes';
import { offerRoutes } from './offers/offers.routes';
import { planRoutes } from './plans/plans.routes';
import { protocolRoutes } from './protocols/protocols.routes';
import { researchRoutes } from './research/research.routes';
import { serviceRoutes } from './visits/visits.routes';
import { workLogRoutes } from './work-log/work-log.routes';

/**
 * Housing First's own endpoints (issue 12), mounted by the core through the programme's `routes` hook:
 * HF-1.4, HF-3.1.3 a municipality's eligibility criteria and questionnaire, HF-3.1.1–3.1.4 first contacts, applications, eligibility, decisions and the waiting list, HF-3.1.6–3.1.10,
 * HF-2.4, HF-3.2.7 opening the case and its steps up to moving in, its team and caseloads,
 * HF-3.1.5 dwelling offers, HF-3.2.6 re-housing, HF-3.2 and HF-2.2 visits, contacts and the service summary,
 * HF-3.2.3–3.2.5, HF-3.4.4, HF-2.4 support offers, the rehabilitation plan, its reviews and re-assessments,
 * HF-2.2 the engagement's agreed end, extensions and suspensions, HF-3.3 ending the service, its printed granting documents (the decision letter, the contract, the
 * consent, the case title page, the handover act), HF-3.4.5 the work log and HF-3.2.1 the planned visits'
 * calendar with its iCalendar feed, HF-4.2 the indicators A, B, C. Its paths are those it always had.
 */
export function housingFirstRoutes(app: FastifyInstance, deps: Deps) {
  applicationRoutes(app, deps);
  criteriaRoutes(app, deps);
  caseRoutes(app, deps);
  offerRoutes(app, deps);
  serviceRoutes(app, deps);
  planRoutes(app, deps);
  protocolRoutes(app, deps);
  endingRoutes(app, deps);
  engagementRoutes(app, deps);
  documentRoutes(app, deps);
  workLogRoutes(app, deps);
  calendarRoutes(app, deps);
  indicatorRoutes(app, deps);
  researchRoutes(app, deps);
}

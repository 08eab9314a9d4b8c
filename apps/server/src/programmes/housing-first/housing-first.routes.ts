import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../app/context';
import { documentRoutes } from './documents/documents.routes';
import { endingRoutes } from './endings/endings.routes';
import { offerRoutes } from './offers/offers.routes';
import { planRoutes } from './plans/plans.routes';
import { serviceRoutes } from './visits/visits.routes';

/**
 * Housing First's own endpoints (issue 12), mounted by the core through the programme's `routes` hook:
 * HF-3.1.5 dwelling offers, HF-3.2.6 re-housing, HF-3.2 and HF-2.2 visits, contacts and the service summary,
 * HF-3.2.3–3.2.5, HF-3.4.4, HF-2.4 support offers, the rehabilitation plan, its reviews and re-assessments,
 * HF-3.3 ending the service, and its printed granting documents (the decision letter, the contract, the
 * consent, the case title page, the handover act). Its paths are those it always had.
 */
export function housingFirstRoutes(app: FastifyInstance, deps: Deps) {
  offerRoutes(app, deps);
  serviceRoutes(app, deps);
  planRoutes(app, deps);
  endingRoutes(app, deps);
  documentRoutes(app, deps);
}

import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../app/context';
import { offerRoutes } from './offers/offers.routes';

/**
 * Housing First's own endpoints (issue 12), mounted by the core through the programme's `routes` hook:
 * HF-3.1.5 dwelling offers and HF-3.2.6 re-housing. Its paths are those it always had.
 */
export function housingFirstRoutes(app: FastifyInstance, deps: Deps) {
  offerRoutes(app, deps);
}

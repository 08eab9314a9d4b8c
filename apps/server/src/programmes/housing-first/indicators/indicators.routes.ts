import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '@socrehab/domain';
import type { Deps } from '../../../app/context';
import { requireCtx } from '../../../app/session.plugin';
import { getHfIndicators } from './indicators.usecases';

// the period's order is checked once its defaults are filled in (`getHfIndicators`)
const query = z.object({ from: isoDate.optional(), to: isoDate.optional(), asOf: isoDate.optional() });

/** HF-4.2 the programme's indicators A, B, C for a period. */
export function indicatorRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/programmes/housing_first/indicators', {
    schema: {
      tags: ['housing first: indicators'],
      summary: 'HF-4.2 A served against the capacity, B length of stay and housed after 6 and 12 months, C exit destinations — the programme, per municipality and per provider; aggregates with small cells suppressed for funders and planners',
      querystring: query,
    },
  }, async (request) => getHfIndicators(request.query, requireCtx(request, deps)));
}

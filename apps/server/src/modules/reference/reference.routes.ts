import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '@socrehab/domain';
import { findMunicipalitiesValidOn, MUNICIPALITIES, PLANNING_REGIONS } from '@socrehab/domain/reference/municipalities';

export function referenceRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/reference/municipalities', {
    schema: { tags: ['reference'], summary: 'Latvian municipalities (ATVK), optionally those valid on a date', querystring: z.object({ validOn: isoDate.optional() }) },
  }, async (request) => ({ items: request.query.validOn ? findMunicipalitiesValidOn(request.query.validOn) : MUNICIPALITIES }));
  r.get('/api/reference/planning-regions', { schema: { tags: ['reference'], summary: 'The five planning regions' } }, async () => ({ items: PLANNING_REGIONS }));
}

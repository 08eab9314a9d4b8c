import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DWELLING_STATUSES, dwellingFieldsSchema, updateDwellingSchema } from '@socrehab/domain';
import { type Deps, today } from '../../app/context';
import { requireCtx } from '../../app/session.plugin';
import { createDwelling, listDwellings, listHandovers, updateDwelling } from './dwellings.usecases';

const idParams = z.object({ id: z.uuid({ error: 'validation.invalidId' }) });
const tags = ['housing first: dwellings'];

/** HF-3.1.5 the housing stock (matching and offers: offers.routes.ts). */
export function dwellingRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/dwellings', {
    schema: { tags, summary: 'Dwellings of the organisation and of the municipalities it works in', querystring: z.object({ status: z.enum(DWELLING_STATUSES).optional(), municipalityAtvk: z.string().regex(/^\d{7}$/).optional() }) },
  }, async (request) => {
    const ctx = requireCtx(request, deps);
    return listDwellings({ ...request.query, date: today(ctx) }, ctx);
  });

  r.get('/api/dwellings/handovers', { schema: { tags, summary: 'Handovers into the organisation’s own dwellings: day, inventory, keys — never the client' } }, async (request) =>
    listHandovers(requireCtx(request, deps)));

  r.post('/api/dwellings', { schema: { tags, summary: 'Add a dwelling to the housing stock', body: dwellingFieldsSchema } }, async (request, reply) =>
    reply.status(201).send(await createDwelling(request.body, requireCtx(request, deps))));

  r.put('/api/dwellings/:id', { schema: { tags, summary: 'Edit a dwelling and its status (optimistic concurrency by version)', params: idParams, body: updateDwellingSchema } }, async (request) =>
    updateDwelling(request.params.id, request.body, requireCtx(request, deps)));
}

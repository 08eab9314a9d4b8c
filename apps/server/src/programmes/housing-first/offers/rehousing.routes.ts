import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { offerDwellingSchema, recordRehousingMoveSchema } from '@socrehab/domain/programmes/housing-first/index';
import type { Deps } from '../../../app/context';
import { requireCtx } from '../../../app/session.plugin';
import { languageOf } from '../../../shared/i18n';
import { getRehousing, offerRehousingDwelling, recordRehousingMove } from './rehousing.usecases';

const idParams = z.object({ id: z.uuid({ error: 'validation.invalidId' }) });
const tags = ['housing first: re-housing'];

/** HF-3.2.6 re-housing after a lease breach; the answers go through POST /api/offers/:id/answer like every offer. */
export function rehousingRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/cases/:id/rehousing', {
    schema: { tags, summary: 'The open re-housing round with its proposals and offers, past dwelling changes, incidents (the view is audited)', params: idParams },
  }, async (request) => getRehousing(request.params.id, requireCtx(request, deps), languageOf(request.headers['accept-language'])));

  r.post('/api/cases/:id/rehousing/offers', {
    schema: { tags, summary: 'Offer a dwelling in the open re-housing round — at most 3 per round (HF-3.2.6, HF-3.1.5)', params: idParams, body: offerDwellingSchema },
  }, async (request, reply) => reply.status(201).send(await offerRehousingDwelling(request.params.id, request.body, requireCtx(request, deps))));

  r.post('/api/cases/:id/rehousing/move', {
    schema: { tags, summary: 'The move to the chosen dwelling: the old one freed, the new one occupied, the round closed; the case stays open', params: idParams, body: recordRehousingMoveSchema },
  }, async (request) => recordRehousingMove(request.params.id, request.body, requireCtx(request, deps)));
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { answerOfferSchema, offerDwellingSchema } from '@socrehab/domain/programmes/housing-first/index';
import { type Deps, today } from '../../../app/context';
import { requireCtx } from '../../../app/session.plugin';
import { answerOffer, offerDwelling, proposeDwellings } from './offers.usecases';
import { rehousingRoutes } from './rehousing.routes';

const idParams = z.object({ id: z.uuid({ error: 'validation.invalidId' }) });
const tags = ['housing first: dwellings'];

/** HF-3.1.5 matching and offers of dwellings to the waiting list; HF-3.2.6 re-housing (rehousing.routes.ts). */
export function offerRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/applications/:id/dwelling-proposals', { schema: { tags, summary: 'Available dwellings that fit the questionnaire, best first (HF-3.1.5)', params: idParams } }, async (request) => {
    const ctx = requireCtx(request, deps);
    return proposeDwellings(request.params.id, today(ctx), ctx);
  });

  r.post('/api/applications/:id/offers', { schema: { tags, summary: 'Offer a dwelling — at most 3 per person (HF-3.1.5)', params: idParams, body: offerDwellingSchema } }, async (request, reply) =>
    reply.status(201).send(await offerDwelling(request.params.id, request.body, requireCtx(request, deps))));

  r.post('/api/offers/:id/answer', { schema: { tags, summary: 'Record the person’s choice or refusal; the chosen dwelling is reserved', params: idParams, body: answerOfferSchema } }, async (request) =>
    answerOffer(request.params.id, request.body, requireCtx(request, deps)));

  rehousingRoutes(app, deps);
}

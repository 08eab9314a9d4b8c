import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate, recordEvaluationSchema } from '@socrehab/domain';
import { type Deps, today } from '../../app/context';
import { requireCtx } from '../../app/session.plugin';
import { getCaseEvaluations, getProviderEvaluations, recordCaseEvaluation, recordProviderEvaluation, type ProgrammeLookup } from './evaluations.usecases';

const idParams = z.object({ id: z.uuid({ error: 'validation.invalidId' }) });
const codeParams = z.object({ code: z.string().regex(/^[a-z_]{1,60}$/, { error: 'validation.invalidOption' }) });
const asOfQuery = z.object({ asOf: isoDate.optional() });
const tags = ['evaluations'];

/** The core's evaluation schedule (issue 12; HF-4.3, IP-5, IP-6): instruments recorded, and what is due. */
export function evaluationRoutes(app: FastifyInstance, deps: Deps, lookup: ProgrammeLookup) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/cases/:id/evaluations', { schema: { tags, summary: 'Record an evaluation instrument completed about the case (its team)', params: idParams, body: recordEvaluationSchema } }, async (request, reply) =>
    reply.status(201).send(await recordCaseEvaluation(request.params.id, request.body, requireCtx(request, deps), lookup)));

  r.get('/api/cases/:id/evaluations', { schema: { tags, summary: 'The case’s evaluations and the instruments due on it as of a day', params: idParams, querystring: asOfQuery } }, async (request) => {
    const ctx = requireCtx(request, deps);
    return getCaseEvaluations(request.params.id, request.query.asOf ?? today(ctx), ctx, lookup);
  });

  r.post('/api/programmes/:code/provider-evaluations', { schema: { tags, summary: 'Record the provider’s evaluation of itself in a programme (its managers; IP-6)', params: codeParams, body: recordEvaluationSchema } }, async (request, reply) =>
    reply.status(201).send(await recordProviderEvaluation(request.params.code, request.body, requireCtx(request, deps), lookup)));

  r.get('/api/programmes/:code/provider-evaluations', { schema: { tags, summary: 'The provider’s own evaluations in a programme and those due as of a day (its managers)', params: codeParams, querystring: asOfQuery } }, async (request) =>
    getProviderEvaluations(request.params.code, request.query.asOf, requireCtx(request, deps), lookup));
}

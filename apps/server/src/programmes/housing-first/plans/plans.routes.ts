import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { functioningAssessmentSchema, planReviewSchema, recordSupportOfferSchema, savePlanSchema } from '@socrehab/domain/programmes/housing-first/index';
import { planVersionsResponseSchema } from '@socrehab/domain/programmes/housing-first/plan-responses.schemas';
import type { Deps } from '../../../app/context';
import { requireCtx } from '../../../app/session.plugin';
import { languageOf } from '../../../shared/i18n';
import { printPlan } from './plan-document';
import { recordFunctioningAssessment, recordSupportOffer, reviewPlan, savePlan } from './plans.usecases';
import { getPlanVersions } from './plans.views';

const idParams = z.object({ id: z.uuid({ error: 'validation.invalidId' }) });
const planPdfQuery = z.object({
  version: z.coerce.number({ error: 'validation.invalid' }).int({ error: 'validation.invalid' }).positive({ error: 'validation.invalid' }).optional(),
  /** The document's language, as for the other PDFs; `lang` is accepted too. */
  language: z.enum(['lv', 'en']).optional(),
  lang: z.enum(['lv', 'en']).optional(),
});
const tags = ['housing first: rehabilitation plan'];

/**
 * HF-3.2.3–3.2.5, HF-3.4.4, HF-2.4: offers, the rehabilitation plan and its reviews, functioning
 * re-assessments, the printable plan, and the case's service summary as of a day.
 */
export function planRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: Parameters<typeof requireCtx>[0]) => requireCtx(request, deps);

  r.post('/api/cases/:id/support-offers', { schema: { tags, summary: 'Offer the initial plan, a WRAP or an additional service, with the answer (HF-3.2.3–4)', params: idParams, body: recordSupportOfferSchema } }, async (request, reply) =>
    reply.status(201).send(await recordSupportOffer(request.params.id, request.body, ctxOf(request))));
  r.post('/api/cases/:id/plans', { schema: { tags, summary: 'Save the rehabilitation plan as a new version (HF-3.4.4)', params: idParams, body: savePlanSchema } }, async (request, reply) =>
    reply.status(201).send(await savePlan(request.params.id, request.body, ctxOf(request))));
  r.post('/api/cases/:id/plan-reviews', { schema: { tags, summary: 'Review the plan with the person (HF-3.2.5)', params: idParams, body: planReviewSchema } }, async (request, reply) =>
    reply.status(201).send(await reviewPlan(request.params.id, request.body, ctxOf(request))));
  r.post('/api/cases/:id/functioning-assessments', { schema: { tags, summary: 'Re-assess social functioning (HF-2.4)', params: idParams, body: functioningAssessmentSchema } }, async (request, reply) =>
    reply.status(201).send(await recordFunctioningAssessment(request.params.id, request.body, ctxOf(request))));

  r.get('/api/cases/:id/plans', {
    schema: { tags, summary: 'Every version of the rehabilitation plan and every review, newest first (HF-3.4.4, HF-3.2.5)', params: idParams, response: { 200: planVersionsResponseSchema } },
  }, async (request) => getPlanVersions(request.params.id, ctxOf(request)));

  r.get('/api/cases/:id/plan.pdf', {
    schema: { tags, summary: 'The rehabilitation plan for signatures: a version, the newest by default (HF-3.4.4)', params: idParams, querystring: planPdfQuery },
  }, async (request, reply) => {
    const language = request.query.language ?? request.query.lang ?? languageOf(request.headers['accept-language']);
    const pdf = await printPlan(request.params.id, request.query.version, language, ctxOf(request));
    return reply.header('content-type', 'application/pdf').header('content-disposition', 'inline; filename="rehabilitacijas-plans.pdf"').send(pdf);
  });
}

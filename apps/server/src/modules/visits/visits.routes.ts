import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  functioningAssessmentSchema, isoDate, planReviewSchema, recordContactSchema, recordExtensionSchema, recordSupportOfferSchema, recordVisitSchema,
  savePlanSchema, setVisitSlotSchema,
} from '@socrehab/domain';
import { type Deps, today } from '../../app/context';
import { requireCtx } from '../../app/session.plugin';
import { recordFunctioningAssessment, recordSupportOffer, reviewPlan, savePlan } from '../plans/plans.usecases';
import { getOrganisationWorklist, getWorkerWorklist } from '../worklists/worklists.usecases';
import { recordContact, recordExtension, recordVisit, setVisitSlot } from './visits.usecases';

const idParams = z.object({ id: z.uuid({ error: 'validation.invalidId' }) });
const asOfQuery = z.object({ asOf: isoDate.optional() });
const tags = ['housing first: receiving the service'];

/** HF-2.2, HF-3.2: visits, contacts, offers, the plan, re-assessments, and the worklists as of a day. */
export function serviceRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: Parameters<typeof requireCtx>[0]) => requireCtx(request, deps);
  const created = <T>(reply: { status: (n: number) => { send: (b: T) => unknown } }, body: T) => reply.status(201).send(body);

  r.put('/api/cases/:id/visit-slot', { schema: { tags, summary: 'The fixed weekly visit slot (HF-3.2.1)', params: idParams, body: setVisitSlotSchema } }, async (request) =>
    setVisitSlot(request.params.id, request.body, ctxOf(request)));
  r.post('/api/cases/:id/visits', { schema: { tags, summary: 'Record a home visit; its hours count as contact hours (HF-3.2.1, HF-2.2)', params: idParams, body: recordVisitSchema } }, async (request, reply) =>
    created(reply, await recordVisit(request.params.id, request.body, ctxOf(request))));
  r.post('/api/cases/:id/contacts', { schema: { tags, summary: 'Record a contact: at most 3 h a day without justification, 300 h per engagement (HF-2.2)', params: idParams, body: recordContactSchema } }, async (request, reply) =>
    created(reply, await recordContact(request.params.id, request.body, ctxOf(request))));
  r.post('/api/cases/:id/escalation-extensions', { schema: { tags, summary: 'Wait one more month before evaluating termination (HF-3.3.3)', params: idParams, body: recordExtensionSchema } }, async (request, reply) =>
    created(reply, await recordExtension(request.params.id, request.body, ctxOf(request))));
  r.post('/api/cases/:id/support-offers', { schema: { tags, summary: 'Offer the initial plan, a WRAP or an additional service, with the answer (HF-3.2.3–4)', params: idParams, body: recordSupportOfferSchema } }, async (request, reply) =>
    created(reply, await recordSupportOffer(request.params.id, request.body, ctxOf(request))));
  r.post('/api/cases/:id/plans', { schema: { tags, summary: 'Save the rehabilitation plan as a new version (HF-3.4.4)', params: idParams, body: savePlanSchema } }, async (request, reply) =>
    created(reply, await savePlan(request.params.id, request.body, ctxOf(request))));
  r.post('/api/cases/:id/plan-reviews', { schema: { tags, summary: 'Review the plan with the person (HF-3.2.5)', params: idParams, body: planReviewSchema } }, async (request, reply) =>
    created(reply, await reviewPlan(request.params.id, request.body, ctxOf(request))));
  r.post('/api/cases/:id/functioning-assessments', { schema: { tags, summary: 'Re-assess social functioning (HF-2.4)', params: idParams, body: functioningAssessmentSchema } }, async (request, reply) =>
    created(reply, await recordFunctioningAssessment(request.params.id, request.body, ctxOf(request))));

  r.get('/api/worklists/worker', { schema: { tags, summary: 'My morning: visits due, escalations with the action permitted, reviews, hours — as of a day', querystring: asOfQuery } }, async (request) => {
    const ctx = ctxOf(request);
    return getWorkerWorklist(request.query.asOf ?? today(ctx), ctx);
  });
  r.get('/api/worklists/organisation', { schema: { tags, summary: 'The organisation’s worklist, most urgent first — as of a day (managers)', querystring: asOfQuery } }, async (request) => {
    const ctx = ctxOf(request);
    return getOrganisationWorklist(request.query.asOf ?? today(ctx), ctx);
  });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '@socrehab/domain';
import { recordContactSchema, recordExtensionSchema, recordVisitSchema, setVisitSlotSchema } from '@socrehab/domain/programmes/housing-first/index';
import { serviceSummaryResponseSchema } from '@socrehab/domain/programmes/housing-first/plan-responses.schemas';
import { type Deps, today } from '../../../app/context';
import { requireCtx } from '../../../app/session.plugin';
import { getServiceSummary } from './service-summary';
import { recordContact, recordExtension, recordVisit, setVisitSlot } from './visits.usecases';

const idParams = z.object({ id: z.uuid({ error: 'validation.invalidId' }) });
const tags = ['housing first: receiving the service'];

/** HF-2.2, HF-3.2: visits, contacts, extensions and the service summary (offers and the plan: plans.routes.ts; the worklists: worklists.routes.ts). */
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

  r.get('/api/cases/:id/service', {
    schema: {
      tags, summary: 'The case’s service as of a day: visit slot, contact hours, escalation, offers, reviews, re-assessment, extensions (HF-3.2, HF-2.2, HF-2.4)',
      params: idParams, querystring: z.object({ asOf: isoDate.optional() }), response: { 200: serviceSummaryResponseSchema },
    },
  }, async (request) => {
    const ctx = ctxOf(request);
    return getServiceSummary(request.params.id, request.query.asOf ?? today(ctx), ctx);
  });

}

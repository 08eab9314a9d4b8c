import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate, recordContactSchema, recordExtensionSchema, recordVisitSchema, setVisitSlotSchema } from '@socrehab/domain';
import { type Deps, today } from '../../app/context';
import { requireCtx } from '../../app/session.plugin';
import { getOrganisationWorklist, getWorkerWorklist } from '../worklists/worklists.usecases';
import { recordContact, recordExtension, recordVisit, setVisitSlot } from './visits.usecases';

const idParams = z.object({ id: z.uuid({ error: 'validation.invalidId' }) });
const asOfQuery = z.object({ asOf: isoDate.optional() });
const organisationWorklistQuery = asOfQuery.extend({
  overdue: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  caseId: z.uuid({ error: 'validation.invalidId' }).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(60),
});
const tags = ['housing first: receiving the service'];

/** HF-2.2, HF-3.2: visits, contacts, extensions, and the worklists as of a day (offers and the plan: plans.routes.ts). */
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

  r.get('/api/worklists/worker', { schema: { tags, summary: 'My morning: visits due, escalations with the action permitted, reviews, hours — as of a day', querystring: asOfQuery } }, async (request) => {
    const ctx = ctxOf(request);
    return getWorkerWorklist(request.query.asOf ?? today(ctx), ctx);
  });
  r.get('/api/worklists/organisation', {
    schema: {
      tags, querystring: organisationWorklistQuery,
      summary: 'The organisation’s worklist, most urgent first, a page at a time, with the count of each kind — as of a day (managers); overdue only, or one case',
    },
  }, async (request) => {
    const ctx = ctxOf(request);
    const { asOf, ...view } = request.query;
    return getOrganisationWorklist(asOf ?? today(ctx), view, ctx);
  });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '@socrehab/domain';
import { cancelEngagementRecordSchema, recordEngagementExtensionSchema, recordEngagementSuspensionSchema } from '@socrehab/domain/programmes/housing-first/index';
import type { Deps } from '../../../app/context';
import { requireCtx } from '../../../app/session.plugin';
import { cancelEngagementRecord, getEngagement, recordExtension, recordSuspension } from './engagement.usecases';

const idParams = z.object({ id: z.uuid({ error: 'validation.invalidId' }) });
const recordParams = idParams.extend({ recordId: z.uuid({ error: 'validation.invalidId' }) });
const tags = ['housing first: engagement'];

/** HF-2.2 a case's engagement: the contract's 12 months, the minimum participation, extensions and suspensions. */
export function engagementRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: Parameters<typeof requireCtx>[0]) => requireCtx(request, deps);

  r.get('/api/cases/:id/engagement', { schema: { tags, summary: 'The engagement as of a day: agreed end, minimum participation, days left, extensions and suspensions (HF-2.2)', params: idParams, querystring: z.object({ asOf: isoDate.optional() }) } }, async (request) =>
    getEngagement(request.params.id, request.query.asOf, ctxOf(request)));
  r.post('/api/cases/:id/engagement/extensions', { schema: { tags, summary: 'Extend the agreed end by months or to a new day, with a reason (HF-2.2)', params: idParams, body: recordEngagementExtensionSchema } }, async (request, reply) =>
    reply.status(201).send(await recordExtension(request.params.id, request.body, ctxOf(request))));
  r.post('/api/cases/:id/engagement/suspensions', { schema: { tags, summary: 'Suspend the engagement from one day to another, with a reason (HF-2.2)', params: idParams, body: recordEngagementSuspensionSchema } }, async (request, reply) =>
    reply.status(201).send(await recordSuspension(request.params.id, request.body, ctxOf(request))));
  r.post('/api/cases/:id/engagement/extensions/:recordId/cancellation', { schema: { tags, summary: 'Cancel an extension recorded in error, with a reason (kept in the history)', params: recordParams, body: cancelEngagementRecordSchema } }, async (request) =>
    cancelEngagementRecord(request.params.id, 'extension', request.params.recordId, request.body, ctxOf(request)));
  r.post('/api/cases/:id/engagement/suspensions/:recordId/cancellation', { schema: { tags, summary: 'Cancel a suspension recorded in error, with a reason (kept in the history)', params: recordParams, body: cancelEngagementRecordSchema } }, async (request) =>
    cancelEngagementRecord(request.params.id, 'suspension', request.params.recordId, request.body, ctxOf(request)));
}

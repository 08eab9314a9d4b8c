import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '@socrehab/domain';
import {
  addAttachmentSchema, assignTeamMemberSchema, giveConsentSchema, initialAssessmentSchema, markDocumentSchema, openCaseSchema,
  recordAgreementsSchema, recordMoveInSchema, withdrawConsentSchema, changeWorkerSchema, recordIncidentSchema, setInspectionPeriodSchema,
} from '@socrehab/domain/programmes/housing-first/index';
import { type Deps, originOf, today } from '../../../app/context';
import { requireCtx } from '../../../app/session.plugin';
import { AppError } from '../../../shared/errors';
import { languageOf } from '../../../shared/i18n';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { getAttachment } from '../../../modules/cases/cases.repository';
import { requireVisibleCase } from '../../../modules/cases/cases.usecases';
import { getCaseDetail, getCaseloadOverview } from './cases.presenters';
import {
  addAttachment, assignTeamMember, changeWorker, giveConsent, recordIncident, markDocument, openCase, recordAgreements, recordInitialAssessment, recordMoveIn,
  setInspectionPeriod, withdrawConsent,
} from './cases.usecases';

const idParams = z.object({ id: z.uuid({ error: 'validation.invalidId' }) });
const asOfQuery = z.object({ asOf: isoDate.optional() });
const tags = ['housing first: cases'];

/** HF-3.1.6–3.1.10, HF-2.4, HF-3.2.6, HF-3.2.7, HF-4.4: opening the case and everything recorded on it up to moving in, its team and its caseloads. */
export function caseRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: Parameters<typeof requireCtx>[0]) => requireCtx(request, deps);

  r.post('/api/cases', { schema: { tags, summary: 'Open a case for a person on the waiting list (HF-3.1.7.3)', body: openCaseSchema } }, async (request, reply) =>
    reply.status(201).send(await openCase(request.body, ctxOf(request))));

  r.get('/api/cases/:id', { schema: { tags, summary: 'The case page: team, checklist, next step, timeline (the view is audited)', params: idParams, querystring: asOfQuery } }, async (request) => {
    const ctx = ctxOf(request);
    return getCaseDetail(request.params.id, request.query.asOf ?? today(ctx), ctx, languageOf(request.headers['accept-language']));
  });

  r.post('/api/cases/:id/team', { schema: { tags, summary: 'Assign a worker; caseload caps apply unless a manager gives a reason (HF-2.4)', params: idParams, body: assignTeamMemberSchema } }, async (request, reply) =>
    reply.status(201).send(await assignTeamMember(request.params.id, request.body, ctxOf(request))));

  r.post('/api/cases/:id/team/:memberId/change', {
    schema: { tags, summary: 'Change the social worker or mentor, with the reason; the service never pauses (HF-3.2.7)', params: idParams.extend({ memberId: z.uuid({ error: 'validation.invalidId' }) }), body: changeWorkerSchema },
  }, async (request, reply) => reply.status(201).send(await changeWorker(request.params.id, request.params.memberId, request.body, ctxOf(request))));

  r.post('/api/cases/:id/incidents', { schema: { tags, summary: 'Record damage or a lease breach — not a reason to end (HF-3.2.6)', params: idParams, body: recordIncidentSchema } }, async (request, reply) =>
    reply.status(201).send(await recordIncident(request.params.id, request.body, ctxOf(request))));

  r.post('/api/cases/:id/documents', { schema: { tags, summary: 'Mark a document received or waived (HF-3.1.6)', params: idParams, body: markDocumentSchema } }, async (request, reply) => {
    await markDocument(request.params.id, request.body, ctxOf(request));
    return reply.status(204).send();
  });

  r.put('/api/cases/:id/inspection-period', {
    schema: { tags, summary: 'The period agreed with the person after which the dwelling may be inspected: 15 days unless agreed otherwise (HF-2.7, HF-3.2.2)', params: idParams, body: setInspectionPeriodSchema },
  }, async (request) => setInspectionPeriod(request.params.id, request.body, ctxOf(request)));

  r.put('/api/cases/:id/agreements', { schema: { tags, summary: 'Dates of information given and the contract signed (HF-3.1.7.1–2)', params: idParams, body: recordAgreementsSchema } }, async (request) =>
    recordAgreements(request.params.id, request.body, ctxOf(request)));

  r.post('/api/cases/:id/consents', { schema: { tags, summary: 'Record informed consent with its text version (HF-4.4)', params: idParams, body: giveConsentSchema } }, async (request, reply) =>
    reply.status(201).send(await giveConsent(request.params.id, request.body, ctxOf(request))));

  r.post('/api/cases/:id/consents/:consentId/withdrawal', {
    schema: { tags, summary: 'Record the withdrawal of consent', params: idParams.extend({ consentId: z.uuid({ error: 'validation.invalidId' }) }), body: withdrawConsentSchema },
  }, async (request, reply) => {
    await withdrawConsent(request.params.id, request.params.consentId, request.body.withdrawnOn, ctxOf(request));
    return reply.status(204).send();
  });

  r.post('/api/cases/:id/initial-assessments', { schema: { tags, summary: 'The initial assessment before moving in (HF-3.1.7.5)', params: idParams, body: initialAssessmentSchema } }, async (request, reply) =>
    reply.status(201).send(await recordInitialAssessment(request.params.id, request.body, ctxOf(request))));

  r.post('/api/cases/:id/move-in', { schema: { tags, summary: 'Moving in: crisis agreement, handover act, keys, lease (HF-3.1.8–10)', params: idParams, body: recordMoveInSchema } }, async (request, reply) =>
    reply.status(201).send(await recordMoveIn(request.params.id, request.body, ctxOf(request))));

  r.post('/api/cases/:id/attachments', { bodyLimit: 8 * 1024 * 1024, schema: { tags, summary: 'Attach a photo or file (base64, at most 5 MB)', params: idParams, body: addAttachmentSchema } }, async (request, reply) =>
    reply.status(201).send(await addAttachment(request.params.id, request.body, ctxOf(request))));

  r.get('/api/cases/:id/attachments/:attachmentId', {
    schema: { tags, summary: 'Download an attachment (audited)', params: idParams.extend({ attachmentId: z.uuid({ error: 'validation.invalidId' }) }) },
  }, async (request, reply) => {
    const ctx = ctxOf(request);
    const file = await ctx.db.transaction(async (tx) => {
      const theCase = await requireVisibleCase(tx, ctx, request.params.id);
      const found = await getAttachment(tx, theCase.id, request.params.attachmentId);
      if (!found) throw new AppError(404, 'attachments.not_found', 'errors.notFound');
      await appendAuditEvent(tx, originOf(ctx), { action: 'view', entityType: 'attachment', entityId: found.id, personId: theCase.personId }, ctx.now());
      return found;
    });
    return reply.header('content-type', file.mediaType).header('content-disposition', `attachment; filename="${encodeURIComponent(file.fileName)}"`).send(file.content);
  });

  r.get('/api/caseloads', { schema: { tags, summary: 'Every worker’s caseload against the caps, as of a day (managers, HF-2.4)', querystring: asOfQuery } }, async (request) => {
    const ctx = ctxOf(request);
    return getCaseloadOverview(request.query.asOf ?? today(ctx), ctx);
  });
}

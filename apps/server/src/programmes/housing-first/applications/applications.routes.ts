import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate, programmeCodeUsing, type CorePart } from '@socrehab/domain';
import { decideApplicationSchema, eligibilityAssessmentSchema, housingFirstProgramme, recordFirstContactSchema, removeFromWaitingListSchema, submitApplicationSchema } from '@socrehab/domain/programmes/housing-first/index';
import { type Deps, today } from '../../../app/context';
import { languageOf } from '../../../shared/i18n';
import { requireCtx } from '../../../app/session.plugin';
import {
  assessEligibility, decideApplication, getMunicipalWorklist, getWaitingList, recordFirstContact, removeFromWaitingList, submitApplication,
} from './applications.usecases';
import { getApplicationDetail } from './applications.presenters';

const idParams = z.object({ id: z.uuid({ error: 'validation.invalidId' }) });
const asOfQuery = z.object({ asOf: isoDate.optional() });
const tags = ['housing first: granting'];
/** The programme asked for, one that uses the core part (issue 12); Housing First when none is named (the API before issue 12). */
const programmeOfRequest = (part: CorePart) => programmeCodeUsing(part).default(housingFirstProgramme.code);

/** HF-3.1.1–3.1.4: first contacts, applications, eligibility, decisions, the municipal worklist and the waiting list. */
export function applicationRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/first-contacts', { schema: { tags, summary: 'Record a first contact: outreach or self-referral (HF-3.1.1)', body: recordFirstContactSchema.extend({ programmeCode: programmeOfRequest('application') }) } }, async (request, reply) =>
    reply.status(201).send(await recordFirstContact(request.body, requireCtx(request, deps))));

  r.post('/api/applications', { schema: { tags, summary: 'Submit an application with the housing-needs questionnaire (HF-3.1.3)', body: submitApplicationSchema.extend({ programmeCode: programmeOfRequest('application') }) } }, async (request, reply) =>
    reply.status(201).send(await submitApplication(request.body, requireCtx(request, deps))));

  r.get('/api/applications/:id', { schema: { tags, summary: 'An application: questionnaire, assessments, deadline, decision, waiting-list position, offers', params: idParams, querystring: asOfQuery } }, async (request) => {
    const ctx = requireCtx(request, deps);
    return getApplicationDetail(request.params.id, request.query.asOf ?? today(ctx), ctx, languageOf(request.headers['accept-language']));
  });

  r.post('/api/applications/:id/eligibility-assessments', { schema: { tags, summary: 'Assess eligibility against the municipality’s criteria (HF-1.4, HF-3.1.2)', params: idParams, body: eligibilityAssessmentSchema } }, async (request, reply) =>
    reply.status(201).send(await assessEligibility(request.params.id, request.body, requireCtx(request, deps))));

  r.post('/api/applications/:id/decision', { schema: { tags, summary: 'Decide within the deadline; granted joins the waiting list (HF-3.1.4)', params: idParams, body: decideApplicationSchema } }, async (request) =>
    decideApplication(request.params.id, request.body, requireCtx(request, deps)));

  r.get('/api/worklists/municipal', { schema: { tags, summary: 'The municipal worker’s contacts and pending applications, overdue first, as of a day', querystring: asOfQuery } }, async (request) => {
    const ctx = requireCtx(request, deps);
    return getMunicipalWorklist(request.query.asOf ?? today(ctx), ctx);
  });

  r.get('/api/waiting-list', { schema: { tags, summary: 'The waiting list per municipality as of a day, each position explained', querystring: asOfQuery.extend({ municipalityAtvk: z.string().regex(/^\d{7}$/).optional(), programme: programmeOfRequest('waiting_list') }) } }, async (request) => {
    const ctx = requireCtx(request, deps);
    return getWaitingList({ asOf: request.query.asOf ?? today(ctx), municipalityAtvk: request.query.municipalityAtvk, programme: request.query.programme }, ctx);
  });

  r.post('/api/waiting-list/:id/removal', { schema: { tags, summary: 'Remove a person from the waiting list, with the reason', params: idParams, body: removeFromWaitingListSchema } }, async (request, reply) => {
    await removeFromWaitingList(request.params.id, request.body, requireCtx(request, deps));
    return reply.status(204).send();
  });
}

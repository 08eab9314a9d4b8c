import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatDateTime } from '@socrehab/domain';
import {
  catalogueEntrySchema, catalogueQuery, endIbCaseSchema, ledgerQuery, openIbCaseSchema, recordAssessmentSchema, recordDeliverySchema, recordInterruptionSchema,
  recordMeetingSchema, reportDifficultySchema, reportQuery, resumeInterruptionSchema, savePlanVersionSchema,
} from '@socrehab/domain/programmes/individual-budget/index';
import type { Deps } from '../../app/context';
import { requireCtx } from '../../app/session.plugin';
import { getOrganisation, getUser } from '../../modules/cases/cases.repository';
import { getCatalogue, getUnmetReport, saveCatalogueEntry } from './individual-budget.reports';
import {
  endIbCase, findCaseManagerChoices, findIbCases, getIbCaseDetail, getLedger, openIbCase, recordAssessment, recordDelivery, recordInterruption, recordMeeting, reportDifficulty,
  resumeInterruption, savePlanVersion,
} from './individual-budget.usecases';
import { renderUnmetReportPdf, renderUnmetReportXlsx } from './unmet-report.documents';

const idParams = z.object({ id: z.uuid({ error: 'validation.invalidId' }) });
const interruptionParams = idParams.extend({ interruptionId: z.uuid({ error: 'validation.invalidId' }) });
const tags = ['individual budget'];
const BASE = '/api/individual-budget';

/** The Individual Budget programme's endpoints (IB-1 – IB-5); the end-of-pilot meeting (IB-6) is recorded through the core's evaluations. */
export function individualBudgetRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: Parameters<typeof requireCtx>[0]) => requireCtx(request, deps);

  r.post(`${BASE}/cases`, { schema: { tags, summary: 'Open a case on a referral: the person, the pilot, who shares responsibility, the case manager (IB-1)', body: openIbCaseSchema } }, async (request, reply) =>
    reply.status(201).send(await openIbCase(request.body, ctxOf(request))));
  r.get(`${BASE}/case-managers`, { schema: { tags, summary: 'The social workers a case may be opened with (IB-1)' } }, async (request) => findCaseManagerChoices(ctxOf(request)));
  r.get(`${BASE}/cases`, { schema: { tags, summary: 'The programme’s cases the caller may see' } }, async (request) => findIbCases(ctxOf(request)));
  r.get(`${BASE}/cases/:id`, { schema: { tags, summary: 'A case: assessments with both rankings, plan versions, interruptions, difficulties (IB-1 – IB-5)', params: idParams } }, async (request) =>
    getIbCaseDetail(request.params.id, ctxOf(request)));
  r.post(`${BASE}/cases/:id/ending`, { schema: { tags, summary: 'End the case; the end-of-pilot meeting falls due (IB-6)', params: idParams, body: endIbCaseSchema } }, async (request) =>
    endIbCase(request.params.id, request.body, ctxOf(request)));
  r.post(`${BASE}/cases/:id/closing-meeting`, { schema: { tags, summary: 'The end-of-pilot meeting with the family and its feedback, on the core’s evaluation schedule (IB-6)', params: idParams, body: recordMeetingSchema } }, async (request, reply) =>
    reply.status(201).send(await recordMeeting(request.params.id, request.body, ctxOf(request))));
  r.post(`${BASE}/cases/:id/assessments`, { schema: { tags, summary: 'The team’s assessment: goals, both rankings, the period’s indicative budget (IB-1, IB-2)', params: idParams, body: recordAssessmentSchema } }, async (request, reply) =>
    reply.status(201).send(await recordAssessment(request.params.id, request.body, ctxOf(request))));
  r.post(`${BASE}/cases/:id/plan-versions`, { schema: { tags, summary: 'A new version of the support plan, against the version it was made from (IB-3; 409 if another was saved)', params: idParams, body: savePlanVersionSchema } }, async (request, reply) =>
    reply.status(201).send(await savePlanVersion(request.params.id, request.body, ctxOf(request))));
  r.put(`${BASE}/cases/:id/deliveries`, { schema: { tags, summary: 'A month’s delivered volume and spending on a service (IB-4)', params: idParams, body: recordDeliverySchema } }, async (request) =>
    recordDelivery(request.params.id, request.body, ctxOf(request)));
  r.get(`${BASE}/cases/:id/ledger`, { schema: { tags, summary: 'The ledger of a budget period with its warning (IB-4, IB-5)', params: idParams, querystring: ledgerQuery } }, async (request) =>
    getLedger(request.params.id, request.query.period, ctxOf(request)));
  r.post(`${BASE}/cases/:id/difficulties`, { schema: { tags, summary: 'A difficulty the family reports (IB-4)', params: idParams, body: reportDifficultySchema } }, async (request, reply) =>
    reply.status(201).send(await reportDifficulty(request.params.id, request.body, ctxOf(request))));
  r.post(`${BASE}/cases/:id/interruptions`, { schema: { tags, summary: 'A service interruption from–to with its reason (IB-5)', params: idParams, body: recordInterruptionSchema } }, async (request, reply) =>
    reply.status(201).send(await recordInterruption(request.params.id, request.body, ctxOf(request))));
  r.post(`${BASE}/cases/:id/interruptions/:interruptionId/resumption`, { schema: { tags, summary: 'The interrupted service resumed (IB-5)', params: interruptionParams, body: resumeInterruptionSchema } }, async (request) =>
    resumeInterruption(request.params.id, request.params.interruptionId, request.body.to, ctxOf(request)));

  r.get(`${BASE}/catalogue`, { schema: { tags, summary: 'The municipalities’ service catalogue: prices, providers, distances, shortages (IB-3, IB-5)', querystring: catalogueQuery } }, async (request) =>
    getCatalogue(request.query.municipalityAtvk, ctxOf(request)));
  r.put(`${BASE}/catalogue`, { schema: { tags, summary: 'Set a municipality’s catalogue entry (IB-3, IB-5)', body: catalogueEntrySchema } }, async (request) =>
    saveCatalogueEntry(request.body, ctxOf(request)));

  r.get(`${BASE}/reports/unmet-services`, { schema: { tags, summary: 'Unmet and interrupted services per municipality and service (IB-5)', querystring: reportQuery } }, async (request) =>
    getUnmetReport(request.query, ctxOf(request)));
  r.get(`${BASE}/reports/unmet-services.pdf`, { schema: { tags, summary: 'The unmet services report as PDF (Latvian; ?lang=en)', querystring: reportQuery } }, async (request, reply) => {
    const ctx = ctxOf(request);
    const language = request.query.lang ?? 'lv';
    const report = await getUnmetReport(request.query, ctx);
    const letterhead = { organisationName: (await getOrganisation(ctx.db, ctx.actor.organisationId)).name, printedOn: formatDateTime(ctx.now()), printedBy: (await getUser(ctx.db, ctx.actor.userId))?.displayName ?? '' };
    return reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="nesanemtie-pakalpojumi-${report.from}-${report.to}.pdf"`)
      .send(await renderUnmetReportPdf(report, letterhead, language));
  });
  r.get(`${BASE}/reports/unmet-services.xlsx`, { schema: { tags, summary: 'The unmet services report as an Excel workbook (Latvian; ?lang=en)', querystring: reportQuery } }, async (request, reply) => {
    const language = request.query.lang ?? 'lv';
    const report = await getUnmetReport(request.query, ctxOf(request));
    return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="nesanemtie-pakalpojumi-${report.from}-${report.to}.xlsx"`).send(await renderUnmetReportXlsx(report, language));
  });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatDateTime } from '@socrehab/domain';
import {
  addServiceLineSchema, endIpCaseSchema, ledgerQuery, openIpCaseSchema, providerOverviewQuery, recordCostSchema, recordDeliverySchema, reportQuery, satisfactionQuery,
  serviceLinesQuery, setCoPaymentSchema,
} from '@socrehab/domain/programmes/individual-programme/index';
import type { Deps } from '../../app/context';
import { requireCtx } from '../../app/session.plugin';
import { getOrganisation, getUser } from '../../modules/cases/cases.repository';
import { languageOf } from '../../shared/i18n';
import { getCaseLedger, getProviderLedger, getProviderOverview, getSatisfactionAnalysis, getTargetGroupReport } from './individual-programme.reports';
import {
  addServiceLine, endIpCase, findCaseManagerChoices, findIpCases, getIpCaseDetail, getPlannedVsDelivered, openIpCase, recordCost, recordDelivery, setCoPayment,
} from './individual-programme.usecases';
import { renderTargetGroupReportPdf, renderTargetGroupReportXlsx } from './target-group-report.documents';

const idParams = z.object({ id: z.uuid({ error: 'validation.invalidId' }) });
const lineParams = idParams.extend({ lineId: z.uuid({ error: 'validation.invalidId' }) });
const providerQuery = ledgerQuery.extend({ municipalityAtvk: z.string().regex(/^\d{7}$/, { error: 'validation.invalid' }).optional() });
const tags = ['individual programme'];
const BASE = '/api/individual-programme';

/** The Individual Programme's endpoints (IP-1 – IP-6); evaluations (IP-5, IP-6) are recorded through the core's. */
export function individualProgrammeRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: Parameters<typeof requireCtx>[0]) => requireCtx(request, deps);

  r.post(`${BASE}/cases`, { schema: { tags, summary: 'Open a case for a person or a family: the granting decision (IP-1)', body: openIpCaseSchema } }, async (request, reply) =>
    reply.status(201).send(await openIpCase(request.body, ctxOf(request))));
  r.get(`${BASE}/case-managers`, { schema: { tags, summary: 'The providers and social workers a case may be opened with (IP-1)' } }, async (request) =>
    findCaseManagerChoices(ctxOf(request)));
  r.get(`${BASE}/cases`, { schema: { tags, summary: 'The programme’s cases the caller may see' } }, async (request) => findIpCases(ctxOf(request)));
  r.get(`${BASE}/cases/:id`, { schema: { tags, summary: 'A case: its decision, recipients and co-payments (IP-1, IP-3)', params: idParams } }, async (request) =>
    getIpCaseDetail(request.params.id, ctxOf(request)));
  r.post(`${BASE}/cases/:id/ending`, { schema: { tags, summary: 'End the service: the case and its recipients end that day (IP-5 a survey falls due)', params: idParams, body: endIpCaseSchema } }, async (request) =>
    endIpCase(request.params.id, request.body, ctxOf(request)));

  r.get(`${BASE}/cases/:id/service-lines`, { schema: { tags, summary: 'The plan’s service lines, planned against delivered in a month (IP-2)', params: idParams, querystring: serviceLinesQuery } }, async (request) =>
    getPlannedVsDelivered(request.params.id, request.query.month, ctxOf(request), languageOf(request.headers['accept-language'])));
  r.post(`${BASE}/cases/:id/service-lines`, { schema: { tags, summary: 'Add a service line of the content catalogue with its planned volume (IP-2)', params: idParams, body: addServiceLineSchema } }, async (request, reply) =>
    reply.status(201).send(await addServiceLine(request.params.id, request.body, ctxOf(request))));
  r.put(`${BASE}/cases/:id/service-lines/:lineId/deliveries`, { schema: { tags, summary: 'Record the volume delivered in a month (IP-2)', params: lineParams, body: recordDeliverySchema } }, async (request) =>
    recordDelivery(request.params.id, request.params.lineId, request.body, ctxOf(request)));

  r.put(`${BASE}/cases/:id/costs`, { schema: { tags, summary: 'Record a month’s planned and actual cost of a kind (IP-3)', params: idParams, body: recordCostSchema } }, async (request) =>
    recordCost(request.params.id, request.body, ctxOf(request)));
  r.put(`${BASE}/cases/:id/co-payment`, { schema: { tags, summary: 'Set the client’s co-payment for the flat from a month on, with its basis (IP-3)', params: idParams, body: setCoPaymentSchema } }, async (request) =>
    setCoPayment(request.params.id, request.body, ctxOf(request)));
  r.get(`${BASE}/cases/:id/ledger`, { schema: { tags, summary: 'The client’s monthly ledger for a year (IP-3)', params: idParams, querystring: ledgerQuery } }, async (request) =>
    getCaseLedger(request.params.id, request.query.year, ctxOf(request)));

  r.get(`${BASE}/providers`, { schema: { tags, summary: 'The welfare department’s overview of its contracted providers for a month (IP-4)', querystring: providerOverviewQuery } }, async (request) =>
    getProviderOverview(request.query.month, ctxOf(request)));
  r.get(`${BASE}/providers/:id/ledger`, { schema: { tags, summary: 'A provider’s monthly ledger for a year (IP-3, IP-4)', params: idParams, querystring: providerQuery } }, async (request) =>
    getProviderLedger(request.params.id, request.query.year, request.query.municipalityAtvk, ctxOf(request)));

  r.get(`${BASE}/reports/target-groups`, { schema: { tags, summary: 'Recipients by target group for a year (IP-4); small cells hidden for funders and planners', querystring: reportQuery } }, async (request) =>
    getTargetGroupReport(request.query, request.query.lang ?? 'lv', ctxOf(request)));
  r.get(`${BASE}/reports/target-groups.pdf`, { schema: { tags, summary: 'The target-group report as PDF (Latvian; ?lang=en)', querystring: reportQuery } }, async (request, reply) => {
    const ctx = ctxOf(request);
    const language = request.query.lang ?? 'lv';
    const report = await getTargetGroupReport(request.query, language, ctx);
    const letterhead = { organisationName: (await getOrganisation(ctx.db, ctx.actor.organisationId)).name, printedOn: formatDateTime(ctx.now()), printedBy: (await getUser(ctx.db, ctx.actor.userId))?.displayName ?? '' };
    return reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="merka-grupas-${report.year}.pdf"`)
      .send(await renderTargetGroupReportPdf(report, letterhead, language));
  });
  r.get(`${BASE}/reports/target-groups.xlsx`, { schema: { tags, summary: 'The target-group report as an Excel workbook (Latvian; ?lang=en)', querystring: reportQuery } }, async (request, reply) => {
    const language = request.query.lang ?? 'lv';
    const report = await getTargetGroupReport(request.query, language, ctxOf(request));
    return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="merka-grupas-${report.year}.xlsx"`).send(await renderTargetGroupReportXlsx(report, language));
  });
  r.get(`${BASE}/reports/satisfaction`, { schema: { tags, summary: 'Client satisfaction per provider and self-assessments for a year (IP-5, IP-6)', querystring: satisfactionQuery } }, async (request) =>
    getSatisfactionAnalysis(request.query.year, ctxOf(request)));
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatDateTime } from '@socrehab/domain';
import { confirmPartSchema, cooperationSchema, openRoundSchema, publishCatalogueSchema, savePartSchema } from '@socrehab/domain/programmes/regional-planning/index';
import type { Deps } from '../../app/context';
import { requireCtx } from '../../app/session.plugin';
import { getOrganisation, getUser } from '../../modules/cases/cases.repository';
import { appendAuditEvent } from '../../modules/audit/audit.repository';
import { originOf } from '../../app/context';
import {
  addCooperation, closeRound, confirmPart, findCooperation, findRounds, getCatalogue, getForecastVsActual, getOverview, getPart, getRoundDetail, openRound, publishCatalogue, remindRound, savePart, viewerOf,
} from './regional-planning.usecases';
import { renderProgrammePdf, renderProgrammeXlsx } from './programme.documents';

const atvk = z.string({ error: 'validation.invalidType' }).regex(/^\d{7}$/, { error: 'validation.invalid' });
const idParams = z.object({ id: z.uuid({ error: 'validation.invalidId' }) });
const partParams = idParams.extend({ atvk });
const openRoundBody = openRoundSchema.extend({ municipalities: z.array(atvk).max(50, { error: 'validation.invalid' }).optional() });
const overviewQuery = z.object({ roundId: z.uuid({ error: 'validation.invalidId' }).optional() }).strict();
const forecastQuery = z.object({ municipalityAtvk: atvk.optional(), service: z.string().max(60, { error: 'validation.invalid' }).optional() }).strict();
const exportQuery = z.object({ roundId: z.uuid({ error: 'validation.invalidId' }).optional(), lang: z.enum(['lv', 'en'], { error: 'validation.invalidOption' }).optional() }).strict();
const tags = ['regional planning'];
const BASE = '/api/regional-planning';

/** Regional planning's endpoints (RP-1 – RP-7): aggregates for the region's planner and the municipal officers; no personal data. */
export function regionalPlanningRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: Parameters<typeof requireCtx>[0]) => requireCtx(request, deps);

  r.get(`${BASE}/catalogue`, { schema: { tags, summary: 'The regional catalogue of services in force, with the other programmes’ services mapped onto it (RP-1)' } }, async (request) => getCatalogue(ctxOf(request)));
  r.post(`${BASE}/catalogue/versions`, { schema: { tags, summary: 'The planner publishes the catalogue’s next version against the one edited (RP-1; 409 if another was published first)', body: publishCatalogueSchema } }, async (request, reply) =>
    reply.status(201).send(await publishCatalogue(request.body, ctxOf(request))));
  r.get(`${BASE}/overview`, { schema: { tags, summary: 'The region’s situation per municipality and service in a round, gaps, models, cooperation (RP-2 – RP-4, RP-7)', querystring: overviewQuery } }, async (request) =>
    getOverview(request.query, ctxOf(request)));
  r.get(`${BASE}/forecast`, { schema: { tags, summary: 'Forecast beside actual per year (RP-5)', querystring: forecastQuery } }, async (request) => getForecastVsActual(request.query, ctxOf(request)));
  r.get(`${BASE}/rounds`, { schema: { tags, summary: 'The region’s update rounds with who is done (RP-6)' } }, async (request) => findRounds(ctxOf(request)));
  r.post(`${BASE}/rounds`, { schema: { tags, summary: 'The planner opens an update round with a deadline (RP-6)', body: openRoundBody } }, async (request, reply) =>
    reply.status(201).send(await openRound(request.body, ctxOf(request))));
  r.get(`${BASE}/rounds/:id`, { schema: { tags, summary: 'A round with each municipality’s state (RP-6)', params: idParams } }, async (request) => getRoundDetail(request.params.id, ctxOf(request)));
  r.get(`${BASE}/rounds/:id/parts/:atvk`, { schema: { tags, summary: 'A municipality’s part: figures, development model, forecasts (RP-2, RP-3, RP-5)', params: partParams } }, async (request) =>
    getPart(request.params.id, request.params.atvk, ctxOf(request)));
  r.put(`${BASE}/rounds/:id/parts/:atvk`, { schema: { tags, summary: 'The officer saves their municipality’s part against the version read (RP-6; 409 if another was saved)', params: partParams, body: savePartSchema } }, async (request) =>
    savePart(request.params.id, request.params.atvk, request.body, ctxOf(request)));
  r.post(`${BASE}/rounds/:id/parts/:atvk/confirmation`, { schema: { tags, summary: 'The officer confirms their part (RP-6)', params: partParams, body: confirmPartSchema } }, async (request) =>
    confirmPart(request.params.id, request.params.atvk, request.body, ctxOf(request)));
  r.post(`${BASE}/rounds/:id/reminders`, { schema: { tags, summary: 'The planner reminds the municipalities not yet done (RP-6)', params: idParams } }, async (request) => remindRound(request.params.id, ctxOf(request)));
  r.post(`${BASE}/rounds/:id/closing`, { schema: { tags, summary: 'The planner closes the round (RP-6)', params: idParams } }, async (request) => closeRound(request.params.id, ctxOf(request)));
  r.get(`${BASE}/cooperation`, { schema: { tags, summary: 'Inter-municipal cooperation agreements (RP-4)' } }, async (request) => findCooperation(ctxOf(request)));
  r.post(`${BASE}/cooperation`, { schema: { tags, summary: 'The planner records a cooperation agreement (RP-4)', body: cooperationSchema } }, async (request, reply) =>
    reply.status(201).send(await addCooperation(request.body, ctxOf(request))));

  const exportOf = async (request: Parameters<typeof requireCtx>[0], query: z.infer<typeof exportQuery>, format: 'pdf' | 'xlsx') => {
    const ctx = ctxOf(request);
    const viewer = await viewerOf(ctx.db, ctx);
    const overview = await getOverview({ ...(query.roundId ? { roundId: query.roundId } : {}) }, ctx);
    const forecast = (await getForecastVsActual({}, ctx)).rows;
    await appendAuditEvent(ctx.db, originOf(ctx), { action: 'export', entityType: 'rp_programme', entityId: overview.round?.id ?? null, personId: null, changes: { format, language: query.lang ?? 'lv' } }, ctx.now());
    return { ctx, data: { overview, forecast, regionCode: viewer.regionCode } };
  };
  r.get(`${BASE}/programme.pdf`, { schema: { tags, summary: 'The programme document as PDF (Latvian; ?lang=en)', querystring: exportQuery } }, async (request, reply) => {
    const { ctx, data } = await exportOf(request, request.query, 'pdf');
    const letterhead = { organisationName: (await getOrganisation(ctx.db, ctx.actor.organisationId)).name, printedOn: formatDateTime(ctx.now()), printedBy: (await getUser(ctx.db, ctx.actor.userId))?.displayName ?? '' };
    return reply.header('content-type', 'application/pdf').header('content-disposition', 'inline; filename="socialo-pakalpojumu-programma.pdf"')
      .send(await renderProgrammePdf(data, letterhead, request.query.lang ?? 'lv'));
  });
  r.get(`${BASE}/programme.xlsx`, { schema: { tags, summary: 'The programme’s tables as an Excel workbook (Latvian; ?lang=en)', querystring: exportQuery } }, async (request, reply) => {
    const { data } = await exportOf(request, request.query, 'xlsx');
    return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', 'attachment; filename="socialo-pakalpojumu-programma.xlsx"').send(await renderProgrammeXlsx(data, request.query.lang ?? 'lv'));
  });
}

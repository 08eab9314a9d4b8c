import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatDateTime, isoDate } from '@socrehab/domain';
import { INDICATOR_FIGURES } from '@socrehab/domain/programmes/housing-first/index';
import type { Deps } from '../../../app/context';
import { requireCtx } from '../../../app/session.plugin';
import { languageOf } from '../../../shared/i18n';
import { getOrganisation, getUser } from '../../../modules/cases/cases.repository';
import { getHfIndicatorCases, getHfIndicators } from './indicators.usecases';
import { renderIndicatorsPdf, renderIndicatorsXlsx, type ExportLanguage } from './indicators.export';
import { openCompletionSpreadsheet } from './completion.usecases';

// the period's order is checked once its defaults are filled in (`getHfIndicators`)
const query = z.object({ from: isoDate.optional(), to: isoDate.optional(), asOf: isoDate.optional() });
/** The exports: the same query, in the language asked for (else the browser's: Accept-Language), as the documents. */
const exportQuery = query.extend({ language: z.enum(['lv', 'en']).optional() });
/** HF-4.2 the drill-down: one figure of the programme (`all`), a municipality (`m:<ATVK>`) or a provider (`p:<organisation id>`). */
const casesQuery = query.extend({
  figure: z.enum(INDICATOR_FIGURES, { error: 'validation.invalidOption' }),
  group: z.string({ error: 'validation.required' }).regex(/^(all|m:\d{7}|p:[0-9a-f-]{36})$/, { error: 'validation.invalidOption' }),
});
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['housing first: indicators'];

/** HF-4.2 the programme's indicators A, B, C for a period, on the page and as PDF and Excel; HF-4.4 the completion spreadsheet. */
export function indicatorRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const languageFor = (request: { query: { language?: ExportLanguage | undefined }; headers: { 'accept-language'?: string } }) =>
    request.query.language ?? languageOf(request.headers['accept-language']);
  r.get('/api/programmes/housing_first/indicators', {
    schema: {
      tags,
      summary: 'HF-4.2 A served against the capacity, B length of stay and housed after 6 and 12 months, C exit destinations, D income, E self-sufficiency and F crisis services from the client questionnaire at the start and at the exit — the programme, per municipality and per provider; aggregates with small cells suppressed for funders and planners',
      querystring: query,
    },
  }, async (request) => getHfIndicators(request.query, requireCtx(request, deps)));

  r.get('/api/programmes/housing_first/indicators/cases', {
    schema: { tags, summary: 'HF-4.2 the cases behind one figure of the report, for those who hold them (a provider’s staff, a municipality); funders and planners 403 (aggregates only)', querystring: casesQuery },
  }, async (request) => getHfIndicatorCases(request.query, requireCtx(request, deps)));

  r.get('/api/programmes/housing_first/indicators.pdf', { schema: { tags, summary: 'HF-4.2 the indicator report as PDF: the same figures, access and suppression as the JSON (Latvian; ?language=en)', querystring: exportQuery } }, async (request, reply) => {
    const ctx = requireCtx(request, deps);
    const language = languageFor(request);
    const report = await getHfIndicators(request.query, ctx, 'pdf');
    const letterhead = { organisationName: (await getOrganisation(ctx.db, ctx.actor.organisationId)).name, printedOn: formatDateTime(ctx.now()), printedBy: (await getUser(ctx.db, ctx.actor.userId))?.displayName ?? '' };
    return reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="rezultativie-raditaji-${report.from}-${report.to}.pdf"`)
      .send(await renderIndicatorsPdf(report, letterhead, language));
  });
  r.get('/api/programmes/housing_first/indicators.xlsx', { schema: { tags, summary: 'HF-4.2 the indicator report as an Excel workbook (Latvian; ?language=en)', querystring: exportQuery } }, async (request, reply) => {
    const language = languageFor(request);
    const report = await getHfIndicators(request.query, requireCtx(request, deps), 'xlsx');
    return reply.header('content-type', XLSX).header('content-disposition', `attachment; filename="rezultativie-raditaji-${report.from}-${report.to}.xlsx"`)
      .send(await renderIndicatorsXlsx(report, language));
  });
  r.get('/api/programmes/housing_first/completion.xlsx', {
    schema: { tags, summary: 'HF-4.4 one row per client whose service ended in the period, with the indicator data; case numbers for managers, row numbers for funders and planners (streamed)', querystring: exportQuery },
  }, async (request, reply) => {
    const { from, to, stream } = await openCompletionSpreadsheet(request.query, requireCtx(request, deps), languageFor(request));
    return reply.header('content-type', XLSX).header('content-disposition', `attachment; filename="pabeigtie-${from}-${to}.xlsx"`).send(stream);
  });
}

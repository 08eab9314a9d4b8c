import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatDateTime } from '@socrehab/domain';
import { correctProtocolSchema, planReportQuerySchema, recordProtocolSchema } from '@socrehab/domain/programmes/housing-first/protocols.schemas';
import { type Ctx, type Deps, originOf, today } from '../../../app/context';
import type { Tx } from '../../../db/database';
import { requireCtx } from '../../../app/session.plugin';
import { AppError } from '../../../shared/errors';
import { languageOf } from '../../../shared/i18n';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { requireVisiblePerson } from '../../../modules/access/person-access';
import { findTeam, getOrganisation, getUser } from '../../../modules/cases/cases.repository';
import { requireVisibleCase } from '../../../modules/cases/cases.usecases';
import { findPlanReviewsWithNames } from '../plans/plans.reads.repository';
import { loadPlanVersions } from '../plans/plans.views';
import { findContactsOfCase, findVisitsOfCase, findWorkLogEntriesOfCase } from '../work-log/work-log.repository';
import { summarisePlanReport } from './plan-report';
import { renderPlanReport } from './plan-report.pdf';
import { renderProtocol } from './protocol.pdf';
import { findProtocolVersionsOfCase } from './protocols.repository';
import { correctProtocol, groupVersions, listProtocols, recordProtocol } from './protocols.usecases';

const idParams = z.object({ id: z.uuid({ error: 'validation.invalidId' }) });
const protocolParams = idParams.extend({ protocolId: z.uuid({ error: 'validation.invalidId' }) });
const pdfQuery = z.object({ version: z.coerce.number({ error: 'validation.invalid' }).int().positive().optional(), language: z.enum(['lv', 'en']).optional() });
const tags = ['housing first: cooperation protocols and the plan report'];

/** HF-3.4.6 a case's inter-institutional cooperation protocols (kept in every version, printable) and the report on the plan's implementation. */
export function protocolRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: Parameters<typeof requireCtx>[0]) => requireCtx(request, deps);

  r.get('/api/cases/:id/protocols', { schema: { tags, summary: 'The case’s cooperation protocols, each with its earlier versions (HF-3.4.6)', params: idParams } }, async (request) =>
    listProtocols(request.params.id, ctxOf(request)));

  r.post('/api/cases/:id/protocols', { schema: { tags, summary: 'Record a cooperation protocol: the team or the manager (HF-3.4.6)', params: idParams, body: recordProtocolSchema } }, async (request, reply) =>
    reply.status(201).send(await recordProtocol(request.params.id, request.body, ctxOf(request))));

  r.post('/api/cases/:id/protocols/:protocolId/versions', {
    schema: { tags, summary: 'Correct a protocol as a new version with the reason; the earlier stays (HF-3.4.6)', params: protocolParams, body: correctProtocolSchema },
  }, async (request, reply) => reply.status(201).send(await correctProtocol(request.params.id, request.params.protocolId, request.body, ctxOf(request))));

  r.get('/api/cases/:id/protocols/:protocolId/protocol.pdf', {
    schema: { tags, summary: 'A protocol printed: its newest version, or the one asked for (HF-3.4.6)', params: protocolParams, querystring: pdfQuery },
  }, async (request, reply) => {
    const ctx = ctxOf(request);
    const language = request.query.language ?? languageOf(request.headers['accept-language']);
    const pdf = await ctx.db.transaction(async (tx) => {
      const theCase = await requireVisibleCase(tx, ctx, request.params.id);
      const found = groupVersions(await findProtocolVersionsOfCase(tx, theCase.id)).find((p) => p.protocolId === request.params.protocolId);
      const version = found && (request.query.version === undefined ? found.current : [found.current, ...found.history].find((v) => v.version === request.query.version));
      if (!version) throw new AppError(404, 'protocols.not_found', 'housing.protocols.errors.notFound');
      const person = await requireVisiblePerson(tx, ctx, theCase.personId);
      await appendAuditEvent(tx, originOf(ctx), { action: 'print', entityType: 'cooperation_protocol', entityId: version.id, personId: theCase.personId, changes: { document: 'cooperation_protocol', version: version.version } }, ctx.now());
      return renderProtocol({
        organisationName: (await getOrganisation(tx, theCase.organisationId)).name, printedOn: formatDateTime(ctx.now()), printedBy: (await getUser(tx, ctx.actor.userId))?.displayName ?? '',
        caseNumber: theCase.caseNumber ?? '', clientName: `${person.givenNames} ${person.surnames}`, version: version.version, heldOn: version.heldOn,
        institutions: version.institutions, participants: version.participants, topic: version.topic, agreed: version.agreed, actions: version.actions,
        correctionReason: version.correctionReason, recordedByName: version.recordedByName,
      }, language);
    });
    return reply.header('content-type', 'application/pdf').header('content-disposition', 'inline; filename="sadarbibas-protokols.pdf"').send(pdf);
  });

  /**
   * HF-3.4.6 the plan-implementation report of a period as data — one source for the page and the PDF:
   * the summary of the plan versions, goals, reviews and work done, the client and the social worker
   * who signs. Read in the caller's transaction, audited as `action` (view on the page, print as PDF).
   */
  async function loadPlanReport(tx: Tx, ctx: Ctx, caseId: string, from: string, to: string, action: 'view' | 'print') {
    const theCase = await requireVisibleCase(tx, ctx, caseId);
    const person = await requireVisiblePerson(tx, ctx, theCase.personId);
    const summary = summarisePlanReport({
      from, to, plans: await loadPlanVersions(tx, theCase.id), reviews: await findPlanReviewsWithNames(tx, theCase.id),
      visits: await findVisitsOfCase(tx, theCase.id), contacts: await findContactsOfCase(tx, theCase.id), workLogEntries: await findWorkLogEntriesOfCase(tx, theCase.id),
    });
    const team = await findTeam(tx, theCase.id);
    const socialWorkerOn = (day: string) => team.find(({ member }) => member.teamRole === 'social_worker' && member.fromDate <= day && (!member.toDate || member.toDate >= day));
    const socialWorker = socialWorkerOn(to < today(ctx) ? to : today(ctx));
    await appendAuditEvent(tx, originOf(ctx), { action, entityType: 'rehabilitation_plan', entityId: theCase.id, personId: theCase.personId, changes: { document: 'plan_report', from, to } }, ctx.now());
    return {
      theCase, from, to, summary, socialWorkerName: socialWorker?.displayName ?? null,
      person: { fullName: `${person.givenNames} ${person.surnames}`, personalCode: person.personalCode, birthDate: person.birthDate, address: null },
    };
  }

  r.get('/api/cases/:id/plan-report', {
    schema: { tags, summary: 'The report on the plan’s implementation over a period, as the page shows it — the same data the PDF prints (HF-3.4.6)', params: idParams, querystring: planReportQuerySchema },
  }, async (request) => {
    const ctx = ctxOf(request);
    return ctx.db.transaction(async (tx) => {
      const { theCase, ...report } = await loadPlanReport(tx, ctx, request.params.id, request.query.from, request.query.to, 'view');
      return { caseNumber: theCase.caseNumber, ...report };
    });
  });

  r.get('/api/cases/:id/plan-report.pdf', {
    schema: { tags, summary: 'The report on the plan’s implementation over a period: versions, completion marks, reviews, work done (HF-3.4.6)', params: idParams, querystring: planReportQuerySchema },
  }, async (request, reply) => {
    const ctx = ctxOf(request);
    const { from, to } = request.query;
    const language = request.query.language ?? languageOf(request.headers['accept-language']);
    const pdf = await ctx.db.transaction(async (tx) => {
      const { theCase, ...report } = await loadPlanReport(tx, ctx, request.params.id, from, to, 'print');
      return renderPlanReport({
        organisationName: (await getOrganisation(tx, theCase.organisationId)).name, printedOn: formatDateTime(ctx.now()), printedBy: (await getUser(tx, ctx.actor.userId))?.displayName ?? '',
        caseNumber: theCase.caseNumber ?? '', ...report,
      }, language);
    });
    return reply.header('content-type', 'application/pdf').header('content-disposition', 'inline; filename="plana-izpildes-parskats.pdf"').send(pdf);
  });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatDate, formatDateTime, isoDate } from '@socrehab/domain';
import { LIFE_DOMAINS, workLogEntrySchema } from '@socrehab/domain/programmes/housing-first/index';
import { type Deps, originOf } from '../../../app/context';
import { requireCtx } from '../../../app/session.plugin';
import type { Reader } from '../../../db/database';
import { languageOf, translate } from '../../../shared/i18n';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { getOrganisation, getUser } from '../../../modules/cases/cases.repository';
import { requireVisiblePerson } from '../../../modules/access/person-access';
import { renderWorkLog } from '../../../modules/documents/service-documents.pdf';
import { addWorkLogEntry, getWorkLog } from './work-log.usecases';

const idParams = z.object({ id: z.uuid({ error: 'validation.invalidId' }) });
const filterQuery = z.object({
  workerId: z.uuid({ error: 'validation.invalidId' }).optional(), domain: z.enum(LIFE_DOMAINS).optional(), from: isoDate.optional(), to: isoDate.optional(),
  language: z.enum(['lv', 'en']).optional(),
});
const tags = ['housing first: work log and ending'];

/** HF-3.4.5 the unified work log, with its printable record (ending the service, HF-3.3: Housing First's endings.routes.ts). */
export function workLogRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: Parameters<typeof requireCtx>[0]) => requireCtx(request, deps);
  // reads through the caller's transaction when there is one: the embedded database has one connection
  const letterhead = async (ctx: ReturnType<typeof ctxOf>, organisationId: string, db: Reader = ctx.db) => ({
    organisationName: (await getOrganisation(db, organisationId)).name, printedOn: formatDateTime(ctx.now()), printedBy: (await getUser(db, ctx.actor.userId))?.displayName ?? '',
  });

  r.get('/api/cases/:id/work-log', { schema: { tags, summary: 'The unified work log: entries, visits and contacts, filtered (HF-3.4.5)', params: idParams, querystring: filterQuery } }, async (request) => {
    const { items } = await getWorkLog(request.params.id, request.query, ctxOf(request));
    return { items };
  });
  r.post('/api/cases/:id/work-log', { schema: { tags, summary: 'Write a work log entry', params: idParams, body: workLogEntrySchema } }, async (request, reply) =>
    reply.status(201).send(await addWorkLogEntry(request.params.id, request.body, ctxOf(request))));

  r.get('/api/cases/:id/work-log.pdf', { schema: { tags, summary: 'The work log as PDF, with the same filters', params: idParams, querystring: filterQuery } }, async (request, reply) => {
    const ctx = ctxOf(request);
    const language = request.query.language ?? languageOf(request.headers['accept-language']);
    const { case: theCase, items } = await getWorkLog(request.params.id, request.query, ctx);
    const person = await ctx.db.transaction((tx) => requireVisiblePerson(tx, ctx, theCase.personId));
    const t = (key: string) => translate(language, key);
    const pdf = await renderWorkLog({
      ...(await letterhead(ctx, theCase.organisationId)), caseNumber: theCase.caseNumber ?? '',
      person: { fullName: `${person.givenNames} ${person.surnames}`, personalCode: person.personalCode, birthDate: person.birthDate, address: null },
      period: `${request.query.from ? formatDate(request.query.from) : '…'} – ${request.query.to ? formatDate(request.query.to) : '…'}`,
      entries: items.map((i) => ({
        on: i.on, kind: t(`housing.enums.workLogKind.${i.kind}`), workers: i.workerNames.join(', '), domains: i.lifeDomains.map((d) => t(`housing.enums.lifeDomain.${d}`)).join(', '),
        text: i.kind === 'entry' ? [i.done, i.results, i.conclusions, i.interProfessionalNotes].filter(Boolean).join('\n')
          : i.kind === 'visit' ? [t(`housing.enums.visitOutcome.${i.outcome}`), i.place, i.dwellingCondition, i.technicalFaults].filter(Boolean).join(' · ')
          : [`${i.hours} h`, i.notes, i.justification].filter(Boolean).join(' · '),
      })),
    }, language);
    await ctx.db.transaction((tx) => appendAuditEvent(tx, originOf(ctx), { action: 'print', entityType: 'work_log_entry', entityId: theCase.id, personId: theCase.personId }, ctx.now()));
    return reply.header('content-type', 'application/pdf').header('content-disposition', 'inline; filename="darba-zurnals.pdf"').send(pdf);
  });
}

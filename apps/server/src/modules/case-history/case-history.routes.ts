import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CASE_HISTORY_PROGRAMMES, type CaseHistoryProgramme } from '@socrehab/domain';
import type { Deps } from '../../app/context';
import { requireCtx } from '../../app/session.plugin';
import { AppError } from '../../shared/errors';
import { languageOf, translate } from '../../shared/i18n';
import { exportCaseHistory } from './case-history.export';
import { importCaseHistory, type CaseHistoryLookup } from './case-history.import';

const tags = ['case history: import and export'];
/** A provider's whole history can be large; the rest of the API keeps the 1 MB limit. */
const IMPORT_BODY_LIMIT = 50 * 1024 * 1024;
const NDJSON = 'application/x-ndjson; charset=utf-8';
/** The format's description, the same file the repository documents it in. */
const FORMAT_DOC = new URL('../../../../../docs/case-history-format.md', import.meta.url);

/**
 * The case-history format over HTTP (docs/case-history-format.md): export one case, or the
 * organisation's cases of a programme; import a file (`?dryRun=true` validates only). Errors list every
 * line and field. `lookup` finds the programme whose records a file or a case is (issue 12).
 */
export function caseHistoryRoutes(app: FastifyInstance, deps: Deps, lookup: CaseHistoryLookup) {
  // the file comes as text: its own content types, only on these routes
  void app.register(async (scope) => {
    scope.addContentTypeParser(['application/x-ndjson', 'application/jsonl'], { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT }, (_request, body, done) => done(null, body));
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const ctxOf = (request: Parameters<typeof requireCtx>[0]) => requireCtx(request, deps);
    const fileName = (name: string) => `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '_')}.jsonl"`;

    r.get('/api/cases/:id/history.jsonl', {
      schema: { tags, summary: 'Export one case history as JSON Lines (format socrehab.case-history v2, naming the case\'s programme)', params: z.object({ id: z.uuid({ error: 'validation.invalidId' }) }) },
    }, async (request, reply) => {
      const { text } = await exportCaseHistory({ caseId: request.params.id }, ctxOf(request), lookup);
      return reply.header('content-type', NDJSON).header('content-disposition', fileName(`case-history-${request.params.id}`)).send(text);
    });

    r.get('/api/case-history/export.jsonl', {
      schema: {
        tags, summary: 'Export every case of a programme of your organisation (managers; default Housing First)',
        querystring: z.object({ programme: z.enum(CASE_HISTORY_PROGRAMMES as unknown as [CaseHistoryProgramme, ...CaseHistoryProgramme[]], { error: 'validation.invalidOption' }).default('housing_first') }),
      },
    }, async (request, reply) => {
      const ctx = ctxOf(request);
      const { text } = await exportCaseHistory({ organisationId: ctx.actor.organisationId, programme: request.query.programme }, ctx, lookup);
      return reply.header('content-type', NDJSON).header('content-disposition', fileName('case-history')).send(text);
    });

    r.get('/api/case-history/format.md', {
      schema: { tags, summary: 'The description of the format (docs/case-history-format.md), as Markdown' },
    }, async (request, reply) => {
      ctxOf(request); // signed in
      return reply.header('content-type', 'text/markdown; charset=utf-8').send(readFileSync(FORMAT_DOC, 'utf8'));
    });

    r.post('/api/case-history/import', {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags, summary: 'Import case histories (managers, into their organisation): all or nothing; body text/plain or application/x-ndjson',
        querystring: z.object({ dryRun: z.enum(['true', 'false']).default('false') }),
        body: z.string({ error: 'validation.invalidType' }),
      },
    }, async (request, reply) => {
      const result = await importCaseHistory(request.body, { dryRun: request.query.dryRun === 'true' }, ctxOf(request), lookup);
      if (!result.ok) {
        const language = languageOf(request.headers['accept-language']);
        const errors = result.issues.map((i) => ({ line: i.line, field: i.field, code: i.key, message: translate(language, i.key) }));
        throw new AppError(400, 'case_history.invalid', 'housing.caseHistory.errors.invalidFile', { params: { count: errors.length }, details: { errors } });
      }
      return reply.status(result.summary.dryRun ? 200 : 201).send(result.summary);
    });
  });
}

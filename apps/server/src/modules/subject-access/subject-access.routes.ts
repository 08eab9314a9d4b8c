import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canReadPersons } from '@socrehab/domain';
import type { Deps } from '../../app/context';
import { requireCtx } from '../../app/session.plugin';
import { forbidden } from '../../shared/errors';
import { languageOf } from '../../shared/i18n';
import type { ServerProgramme } from '../../programmes/programme-module';
import { producePersonExtract } from './subject-access.usecases';
import { renderPersonExtract } from './subject-access.pdf';

const params = z.object({ id: z.uuid({ error: 'validation.invalidId' }) });
/** `?lang=en` (or `?language=en`, as the other printed documents take it); else the Accept-Language header. */
const querystring = z.object({ lang: z.enum(['lv', 'en']).optional(), language: z.enum(['lv', 'en']).optional() });
const tags = ['persons'];

/**
 * HF-2.7, GDPR Art. 15 — "what we hold about you": everything the organisation holds about a person,
 * as JSON and as a PDF (Latvian; `?lang=en` English). Those who may read persons (who work with clients)
 * and may see this person; the production is audited ('subject_access_extract').
 */
export function subjectAccessRoutes(app: FastifyInstance, deps: Deps, programmes: readonly ServerProgramme[]) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const extractOf = async (request: Parameters<typeof requireCtx>[0], id: string, lang: 'lv' | 'en' | undefined) => {
    const ctx = requireCtx(request, deps);
    if (!canReadPersons(ctx.actor)) throw forbidden();
    return producePersonExtract(ctx, id, lang ?? languageOf(request.headers['accept-language']), programmes);
  };

  r.get('/api/persons/:id/extract.json', {
    schema: { tags, summary: 'What we hold about the person (HF-2.7, GDPR Art. 15), machine-readable; the production is audited', params, querystring },
  }, async (request, reply) => {
    const extract = await extractOf(request, request.params.id, request.query.lang ?? request.query.language);
    return reply
      .header('content-disposition', `attachment; filename="extract-${request.params.id}.json"`)
      .header('cache-control', 'no-store')
      .send(extract);
  });

  r.get('/api/persons/:id/extract.pdf', {
    schema: { tags, summary: 'What we hold about the person (HF-2.7, GDPR Art. 15) as a PDF; the production is audited', params, querystring },
  }, async (request, reply) => {
    const extract = await extractOf(request, request.params.id, request.query.lang ?? request.query.language);
    const pdf = await renderPersonExtract(extract);
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="extract-${request.params.id}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });
}

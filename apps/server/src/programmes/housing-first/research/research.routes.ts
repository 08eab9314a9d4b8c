import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { fundersHandoverSchema, researchExtractSchema } from '@socrehab/domain/programmes/housing-first/research.rules';
import type { Deps } from '../../../app/context';
import { requireCtx } from '../../../app/session.plugin';
import { languageOf } from '../../../shared/i18n';
import { produceFundersHandover, produceResearchExtract } from './research.usecases';

const tags = ['housing first: disclosures'];

/**
 * HF-4.4 passing data out (the provider's manager): a pseudonymised, k-anonymous research extract, and the
 * handover package of case files, data file and act for the funder. Both are recorded in the register of
 * disclosures (GET /api/disclosures) and audited.
 */
export function researchRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/programmes/housing_first/research-extracts', {
    schema: { tags, summary: 'HF-4.4 a research extract for a named recipient: ZIP of the pseudonymised, 5-anonymous rows (CSV or XLSX) and the k-anonymity report (JSON); recorded and audited', body: researchExtractSchema },
  }, async (request, reply) => {
    const extract = await produceResearchExtract(requireCtx(request, deps), request.body);
    return reply.code(201).type('application/zip').header('content-disposition', `attachment; filename="${extract.fileName}"`)
      .header('cache-control', 'no-store').header('x-disclosure-id', extract.disclosureId).send(Buffer.from(extract.zip));
  });
  r.post('/api/programmes/housing_first/funder-handovers', {
    schema: { tags, summary: 'HF-4.4 the handover package for the funder: ZIP of the case files (PDF), the data file and the handover act with every file’s SHA-256; recorded and audited (Latvian; Accept-Language en)', body: fundersHandoverSchema },
  }, async (request, reply) => {
    const handover = await produceFundersHandover(requireCtx(request, deps), request.body, languageOf(request.headers['accept-language']));
    const stream = createReadStream(handover.path);
    stream.once('close', handover.dispose);
    return reply.code(201).type('application/zip').header('content-disposition', `attachment; filename="${handover.fileName}"`)
      .header('cache-control', 'no-store').header('x-disclosure-id', handover.disclosureId).send(stream);
  });
}

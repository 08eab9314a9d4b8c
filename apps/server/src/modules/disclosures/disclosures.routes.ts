import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../app/context';
import { requireCtx } from '../../app/session.plugin';
import { listDisclosures } from './disclosures.usecases';

/** HF-4.4 the register of disclosures: research extracts and handover packages, newest first (managers, administrators). */
export function disclosureRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/disclosures', {
    schema: { tags: ['disclosures'], summary: 'The register of disclosures: recipient, legal basis, purpose, day, files with SHA-256 checksums, who produced them' },
  }, async (request, reply) => reply.header('cache-control', 'no-store').send({ items: await listDisclosures(requireCtx(request, deps)) }));
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatCaseNumber, isoDate, isValidCaseNumberFormat } from '@socrehab/domain';
import { type Deps, originOf, today } from '../../app/context';
import { requireCtx } from '../../app/session.plugin';
import { AppError } from '../../shared/errors';
import { appendAuditEvent } from '../audit/audit.repository';
import { getOrganisation, setCaseNumberFormat } from './cases.repository';
import { findMyCases } from './cases.presenters';

const asOfQuery = z.object({ asOf: isoDate.optional() });
const tags = ['housing first: cases'];

/** The cases of every programme: the list of one's cases, and the provider's case register number format. A programme's steps on a case are its own routes. */
export function caseRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: Parameters<typeof requireCtx>[0]) => requireCtx(request, deps);

  r.get('/api/cases', {
    schema: {
      tags, summary: 'My cases (team member), or the organisation’s (manager), as of a day: open (default), ended by that day, or all (HF-3.3)',
      querystring: asOfQuery.extend({ status: z.enum(['open', 'ended', 'all'], { error: 'validation.invalidOption' }).default('open') }),
    },
  }, async (request) => {
    const ctx = ctxOf(request);
    return findMyCases(request.query.asOf ?? today(ctx), request.query.status, ctx);
  });

  r.put('/api/organisation/case-number-format', {
    schema: { tags, summary: 'The provider’s case register number format, e.g. MV-{YYYY}-{NNNN} (managers, administrators)', body: z.object({ format: z.string().max(40) }).strict() },
  }, async (request) => {
    const ctx = ctxOf(request);
    if (!ctx.actor.roles.some((r) => r === 'manager' || r === 'administrator')) throw new AppError(403, 'auth.forbidden', 'errors.auth.forbidden');
    if (!isValidCaseNumberFormat(request.body.format)) throw new AppError(400, 'validation.failed', 'errors.validation', { fields: { format: 'housing.errors.caseNumberFormat' } });
    await ctx.db.transaction(async (tx) => {
      const before = await getOrganisation(tx, ctx.actor.organisationId);
      await setCaseNumberFormat(tx, ctx.actor.organisationId, request.body.format);
      await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'programme_settings', entityId: ctx.actor.organisationId, personId: null, changes: { caseNumberFormat: { from: before.caseNumberFormat, to: request.body.format } } }, ctx.now());
    });
    return { format: request.body.format, example: formatCaseNumber(request.body.format, Number(today(ctx).slice(0, 4)), 7) };
  });
}

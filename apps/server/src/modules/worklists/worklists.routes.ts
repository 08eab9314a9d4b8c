import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '@socrehab/domain';
import { type Deps, today } from '../../app/context';
import { requireCtx } from '../../app/session.plugin';
import type { ServerProgramme } from '../../programmes/programme-module';
import { getOrganisationWorklist, getWorkerWorklist } from './worklist-union';

const asOfQuery = z.object({ asOf: isoDate.optional() });
const organisationWorklistQuery = asOfQuery.extend({
  overdue: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  caseId: z.uuid({ error: 'validation.invalidId' }).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(60),
});
const tags = ['worklists'];

/** The worklists as of a day (HF-3.2; issue 12): the union of every registered programme's rules and the evaluation schedule. */
export function worklistRoutes(app: FastifyInstance, deps: Deps, programmes: readonly ServerProgramme[]) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/worklists/worker', { schema: { tags, summary: 'My morning: visits due, escalations with the action permitted, reviews, hours, evaluations due — as of a day', querystring: asOfQuery } }, async (request) => {
    const ctx = requireCtx(request, deps);
    return getWorkerWorklist(request.query.asOf ?? today(ctx), ctx, programmes);
  });
  r.get('/api/worklists/organisation', {
    schema: {
      tags, querystring: organisationWorklistQuery,
      summary: 'The organisation’s worklist, most urgent first, a page at a time, with the count of each kind — as of a day (managers); overdue only, or one case',
    },
  }, async (request) => {
    const ctx = requireCtx(request, deps);
    const { asOf, ...view } = request.query;
    return getOrganisationWorklist(asOf ?? today(ctx), view, ctx, programmes);
  });
}

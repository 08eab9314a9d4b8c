import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canReadAudit } from '@socrehab/domain';
import { type Deps, today } from '../../app/context';
import { requireCtx } from '../../app/session.plugin';
import { forbidden } from '../../shared/errors';
import { getPersonById } from '../persons/persons.repository';
import { personNotFound } from '../persons/persons.usecases';
import { findUserInScope } from '../users/users.repository';
import { findAuditEntries } from './audit.repository';

const PAGE_SIZE = 50;

export function auditRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/audit', {
    schema: {
      tags: ['audit'],
      summary: 'Audit log entries for a person, a user, or the manager’s organisation, newest first',
      querystring: z.object({
        personId: z.uuid({ error: 'validation.invalidId' }).optional(),
        userId: z.uuid({ error: 'validation.invalidId' }).optional(),
        beforeId: z.coerce.number().int().positive().optional(),
      }),
    },
  }, async (request) => {
    const ctx = requireCtx(request, deps);
    if (!canReadAudit(ctx.actor)) throw forbidden();
    const { personId, userId, beforeId } = request.query;
    const isAdmin = ctx.actor.roles.includes('administrator');
    if (personId && !(await getPersonById(ctx.db, ctx.actor, today(ctx), personId))) throw personNotFound();
    if (userId && !(await findUserInScope(ctx.db, ctx.actor, userId))) throw forbidden();
    const rows = await findAuditEntries(ctx.db, {
      personId,
      actorUserId: userId,
      // without a person or a user: what the organisation's own users did (everything, for an administrator)
      organisationId: !personId && !userId && !isAdmin ? ctx.actor.organisationId : undefined,
      beforeId,
      limit: PAGE_SIZE + 1,
    });
    const items = rows.slice(0, PAGE_SIZE).map((e) => ({
      id: e.id, at: e.at.toISOString(), actor: e.actorUserId ? { id: e.actorUserId, displayName: e.actorDisplayName } : null,
      action: e.action, entityType: e.entityType, entityId: e.entityId, personId: e.personId, changes: e.changes, requestId: e.requestId,
    }));
    return { items, hasMore: rows.length > PAGE_SIZE, nextBeforeId: items.at(-1)?.id ?? null };
  });
}

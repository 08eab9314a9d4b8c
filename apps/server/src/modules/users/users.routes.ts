import type { FastifyInstance } from 'fastify';
import { canManageUsers, canReadAudit } from '@socrehab/domain';
import type { Deps } from '../../app/context';
import { requireCtx } from '../../app/session.plugin';
import { forbidden } from '../../shared/errors';
import { findUsers } from './users.repository';

export function userRoutes(app: FastifyInstance, deps: Deps) {
  app.get('/api/users', { schema: { tags: ['users'], summary: 'Users: a manager’s organisation, or all for an administrator' } }, async (request) => {
    const ctx = requireCtx(request, deps);
    if (!canManageUsers(ctx.actor) && !canReadAudit(ctx.actor)) throw forbidden();
    return { items: await findUsers(ctx.db, ctx.actor) };
  });
}

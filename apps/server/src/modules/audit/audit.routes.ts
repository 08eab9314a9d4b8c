import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canReadAudit, canReadPersons } from '@socrehab/domain';
import { type Deps, originOf, today } from '../../app/context';
import { requireCtx } from '../../app/session.plugin';
import { forbidden } from '../../shared/errors';
import { requireVisiblePerson } from '../access/person-access';
import { addressAccessOf, withoutAddressValues } from '../access/address-protection';
import { findUserInScope } from '../users/users.repository';
import { appendAuditEvent, findAuditEntries, findReadablePersonIds } from './audit.repository';
import { presentAuditEntry } from './audit.presenters';

const PAGE_SIZE = 50;

export function auditRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/audit', {
    schema: {
      tags: ['audit'],
      summary: 'Audit log entries for a person, a user, or the manager’s organisation, newest first (the read is audited; details of persons the reader may not read are withheld)',
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
    if (personId) await requireVisiblePerson(ctx.db, ctx, personId);
    if (userId && !(await findUserInScope(ctx.db, ctx.actor, userId))) throw forbidden();
    const rows = await findAuditEntries(ctx.db, {
      personId,
      actorUserId: userId,
      // without a person or a user: what the organisation's own users did (everything, for an administrator)
      organisationId: !personId && !userId && !isAdmin ? ctx.actor.organisationId : undefined,
      beforeId,
      limit: PAGE_SIZE + 1,
    });
    const page = rows.slice(0, PAGE_SIZE);
    const readsPersons = canReadPersons(ctx.actor);
    const readable = readsPersons
      ? await findReadablePersonIds(ctx.db, ctx.actor, today(ctx), [...new Set(page.flatMap((e) => (e.personId ? [e.personId] : [])))])
      : new Set<string>();
    // reading the audit log is audited too (HF-2.7): whose trail, which page
    await appendAuditEvent(ctx.db, originOf(ctx), {
      action: 'view', entityType: 'audit_log', entityId: null, personId: personId ?? null,
      changes: { personId: personId ?? null, userId: userId ?? null, beforeId: beforeId ?? null, entries: page.length },
    }, ctx.now());
    // issue 14: a protected address recorded in an entry is withheld from a reader without a need to know
    const access = await addressAccessOf(ctx.db, ctx, [...readable]);
    const items = page.map((e) => presentAuditEntry(e, readable, readsPersons))
      .map((item) => (item.personId && access.get(item.personId)?.hidden ? { ...item, changes: withoutAddressValues(item.changes) as typeof item.changes } : item));
    return { items, hasMore: rows.length > PAGE_SIZE, nextBeforeId: items.at(-1)?.id ?? null };
  });
}

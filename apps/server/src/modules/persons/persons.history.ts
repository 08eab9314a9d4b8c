import { and, desc, eq, inArray } from 'drizzle-orm';
import { type Ctx, today } from '../../app/context';
import { auditLog, users } from '../../db/schema';
import { getPersonById } from './persons.repository';
import { personNotFound } from '../access/person-access';

/** The changes that make up a person's history (views and searches are in the audit log only). */
const HISTORY_ACTIONS = ['create', 'update', 'code_change', 'merge', 'unmerge', 'relation_add', 'relation_remove', 'household_change'];

/**
 * A person's history — who changed what, when, old → new — read from the audit log, which records
 * every change with its fields inside the same transaction as the change itself.
 */
export async function findPersonHistory(personId: string, ctx: Ctx) {
  if (!(await getPersonById(ctx.db, ctx.actor, today(ctx), personId))) throw personNotFound();
  const rows = await ctx.db
    .select({ id: auditLog.id, at: auditLog.at, actorId: users.id, actorName: users.displayName, action: auditLog.action, changes: auditLog.changes })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(eq(auditLog.personId, personId), inArray(auditLog.action, HISTORY_ACTIONS)))
    .orderBy(desc(auditLog.id))
    .limit(500);
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actor: r.actorId ? { id: r.actorId, displayName: r.actorName } : null,
    action: r.action,
    changes: r.changes,
  }));
}

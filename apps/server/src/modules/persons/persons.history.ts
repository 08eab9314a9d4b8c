import { type Ctx, today } from '../../app/context';
import { findEntriesOfPerson } from '../audit/audit.repository';
import { getPersonById } from './persons.repository';
import { personNotFound } from '../access/person-access';
import { addressAccessFor } from '../access/address-protection';

/** The changes that make up a person's history (views and searches are in the audit log only). */
const HISTORY_ACTIONS = ['create', 'update', 'code_change', 'merge', 'unmerge', 'relation_add', 'relation_remove', 'household_change', 'address_protect', 'address_unprotect'];

/** Issue 14: the address fields of a change shown as changed, their values hidden (null) from those without a need to know. */
function withoutAddresses(changes: unknown) {
  if (!changes || typeof changes !== 'object') return changes;
  const copy: Record<string, unknown> = { ...(changes as Record<string, unknown>) };
  for (const field of ['declaredAddress', 'whereabouts']) if (field in copy) copy[field] = { from: null, to: null, hidden: true };
  return copy;
}

/**
 * A person's history — who changed what, when, old → new — read from the audit log, which records
 * every change with its fields inside the same transaction as the change itself.
 */
export async function findPersonHistory(personId: string, ctx: Ctx) {
  if (!(await getPersonById(ctx.db, ctx.actor, today(ctx), personId))) throw personNotFound();
  const rows = await findEntriesOfPerson(ctx.db, personId, HISTORY_ACTIONS, 500);
  const { hidden } = await addressAccessFor(ctx.db, ctx, personId);
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actor: r.actorId ? { id: r.actorId, displayName: r.actorName } : null,
    action: r.action,
    changes: hidden ? withoutAddresses(r.changes) : r.changes,
  }));
}

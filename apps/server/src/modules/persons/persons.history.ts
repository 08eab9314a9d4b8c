import { type Ctx, today } from '../../app/context';
import { findEntriesOfPerson } from '../audit/audit.repository';
import { getPersonById } from './persons.repository';
import { personNotFound } from '../access/person-access';
import { addressAccessFor, withoutAddressValues } from '../access/address-protection';

/** The changes that make up a person's history (views and searches are in the audit log only). */
const HISTORY_ACTIONS = ['create', 'update', 'code_change', 'merge', 'unmerge', 'relation_add', 'relation_remove', 'household_change', 'address_protect', 'address_unprotect'];

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
    changes: hidden ? withoutAddressValues(r.changes) : r.changes,
  }));
}

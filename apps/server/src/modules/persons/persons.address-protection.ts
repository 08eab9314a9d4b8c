import { hasAddressNeedToKnow } from '@socrehab/domain';
import { type Ctx, originOf, today } from '../../app/context';
import type { Tx } from '../../db/database';
import { AppError, conflict, forbidden, isUniqueViolation } from '../../shared/errors';
import { personNotFound } from '../access/person-access';
import {
  clearProtection, findOpenCaseFacts, getProtectionInForce, insertProtection,
} from '../access/address-protection.repository';
import { appendAuditEvent } from '../audit/audit.repository';
import { getPersonById, lockPersonRow } from './persons.repository';
import { loadPersonDetail } from './persons.presenters';

/**
 * Issue 14, protected address (GDPR Art. 9, 32): setting and clearing the protection. Those with a
 * need to know the address (the person's worker on an open case's team, the manager of an organisation
 * holding an open case, the record keeper's manager while no case is open) may do it, with a reason;
 * each period is kept, each change audited. The person's row is locked first, so two changes at once
 * are decided one after the other (and the unique index of the period in force backs it: a 409).
 */
async function requireChanger(tx: Tx, ctx: Ctx, personId: string) {
  await lockPersonRow(tx, personId);
  const found = await getPersonById(tx, ctx.actor, today(ctx), personId);
  if (!found) throw personNotFound();
  const facts = await findOpenCaseFacts(tx, personId, today(ctx));
  if (!facts || !hasAddressNeedToKnow(ctx.actor, facts)) throw forbidden();
  return found.person;
}

const inForce = () => conflict('persons.address_protection_in_force', 'errors.persons.addressProtectionInForce');

export async function protectAddress(input: { personId: string; reason: string }, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const person = await requireChanger(tx, ctx, input.personId);
    if (await getProtectionInForce(tx, person.id)) throw inForce();
    let protection;
    try {
      protection = await tx.transaction((sp) => insertProtection(sp, {
        personId: person.id, organisationId: ctx.actor.organisationId, setAt: ctx.now().toISOString(), setBy: ctx.actor.userId, reason: input.reason,
      }));
    } catch (error) {
      if (isUniqueViolation(error, 'person_address_protections_in_force')) throw inForce();
      throw error;
    }
    // the reason stays with the period (shown to those with a need to know), not in the audit log every manager reads
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'address_protect', entityType: 'person', entityId: person.id, personId: person.id,
      changes: { addressProtected: { from: false, to: true }, protectionId: protection.id },
    }, ctx.now());
    return { person: await loadPersonDetail(tx, ctx, person.id) };
  });
}

export async function unprotectAddress(input: { personId: string; reason: string }, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const person = await requireChanger(tx, ctx, input.personId);
    const current = await getProtectionInForce(tx, person.id);
    if (!current) throw new AppError(409, 'persons.address_protection_not_in_force', 'errors.persons.addressProtectionNotInForce');
    await clearProtection(tx, current.id, { clearedAt: ctx.now().toISOString(), clearedBy: ctx.actor.userId, clearReason: input.reason });
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'address_unprotect', entityType: 'person', entityId: person.id, personId: person.id,
      changes: { addressProtected: { from: true, to: false }, protectionId: current.id },
    }, ctx.now());
    return { person: await loadPersonDetail(tx, ctx, person.id) };
  });
}

import { z } from 'zod';
import { type Actor, worksWithClients } from '../access/roles';
import { freeText } from '../shared/validation';

/**
 * Issue 14, protected address (GDPR Art. 9, 32): a victim of domestic violence may have their address
 * protected. While it is, the address — the declared address, where they actually stay and the dwelling
 * they live in — is shown only to those with a need to know; everyone else who may read the person
 * sees "Adrese aizsargāta" / "Address protected" instead, in every page, export and document.
 *
 * Who has a need to know (the same people may set and clear the protection):
 * - a member of the team of one of the person's open cases, on it today (their worker, mentor,
 *   specialist, the municipal social worker assigned to it);
 * - a manager of an organisation holding one of the person's open cases (the team's manager);
 * - while the person has no open case anywhere: a manager of the organisation that keeps the person's
 *   record (someone must be able to reach the address when a new case is opened).
 * Nobody else: not another worker of the same organisation, not a manager of an organisation that
 * only sees the person on a waiting list, not the municipality's social service unless on the team,
 * and never a funder, planner, administrator or housing provider.
 */

/** What the rule reads about a person: the protection in force and the person's open cases with their teams today. */
export interface AddressProtectionFacts {
  /** The protection in force, if any. */
  protection: { setAt: string; reason: string } | null;
  /** The organisation that keeps the person's record. */
  ownerOrganisationId: string;
  /** The person's open cases (any programme, any organisation), each with the users on its team today. */
  openCases: ReadonlyArray<{ organisationId: string; teamUserIds: readonly string[] }>;
}

/** Whether the actor has a need to know the person's address (whether or not it is protected). */
export function hasAddressNeedToKnow(actor: Actor, facts: Pick<AddressProtectionFacts, 'ownerOrganisationId' | 'openCases'>): boolean {
  if (!worksWithClients(actor)) return false;
  if (facts.openCases.some((c) => c.teamUserIds.includes(actor.userId))) return true;
  if (!actor.roles.includes('manager')) return false;
  if (facts.openCases.some((c) => c.organisationId === actor.organisationId)) return true;
  return facts.openCases.length === 0 && facts.ownerOrganisationId === actor.organisationId;
}

export interface AddressAccess {
  /** A protection is in force. */
  protected: boolean;
  /** The actor is not shown the address (protected, and no need to know). */
  hidden: boolean;
  /** The actor may set or clear the protection. */
  canChange: boolean;
}

/** Issue 14: what the actor is shown of the person's address, and whether they may protect it. */
export function computeAddressAccess(actor: Actor, facts: AddressProtectionFacts): AddressAccess {
  const needToKnow = hasAddressNeedToKnow(actor, facts);
  const isProtected = facts.protection !== null;
  return { protected: isProtected, hidden: isProtected && !needToKnow, canChange: needToKnow };
}

/** Setting or clearing the protection: the reason is required (it is kept with the period). */
export const addressProtectionChangeSchema = z
  .object({ reason: freeText(500).pipe(z.string().min(1, { error: 'validation.required' })) })
  .strict();

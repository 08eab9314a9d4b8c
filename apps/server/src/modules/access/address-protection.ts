import { type AddressAccess, computeAddressAccess, type UiLanguage } from '@socrehab/domain';
import { type Ctx, today } from '../../app/context';
import type { Reader } from '../../db/database';
import { translate } from '../../shared/i18n';
import { findAddressProtectionFacts } from './address-protection.repository';

/**
 * Issue 14, protected address: THE helper every output asks before an address leaves the server —
 * the person's API and pages, the case pages of every programme, printed documents, spreadsheets,
 * the calendar feed, the case-history export, the subject-access extract. It reads the facts once per
 * set of persons and applies the domain's need-to-know rule (`computeAddressAccess`).
 */

const UNPROTECTED: AddressAccess = { protected: false, hidden: false, canChange: false };

/** What the actor is shown of each person's address, by person id (persons without protection are open). */
export async function addressAccessOf(db: Reader, ctx: Ctx, personIds: readonly string[]): Promise<Map<string, AddressAccess>> {
  const facts = await findAddressProtectionFacts(db, personIds, today(ctx));
  return new Map(personIds.map((id) => {
    const f = facts.get(id);
    return [id, f ? computeAddressAccess(ctx.actor, f) : UNPROTECTED];
  }));
}

export async function addressAccessFor(db: Reader, ctx: Ctx, personId: string): Promise<AddressAccess> {
  return (await addressAccessOf(db, ctx, [personId])).get(personId)!;
}

/** The label shown instead of a protected address ("Adrese aizsargāta" / "Address protected"). */
export const addressProtectedLabel = (language: UiLanguage) => translate(language, 'errors.persons.addressProtected');

/** An address as the actor may see it: the value, or null when it is hidden from them. */
export const shownAddress = <T extends string | null | undefined>(value: T, access: Pick<AddressAccess, 'hidden'>): T | null => (access.hidden ? null : value);

/** An address for a printed document or a spreadsheet: the value, or the translated label when hidden. */
export const printedAddress = (value: string | null, access: Pick<AddressAccess, 'hidden'>, language: UiLanguage): string | null =>
  (access.hidden ? addressProtectedLabel(language) : value);

/** A person row with the address fields as the actor may see them, and what they are shown (`addressAccess`). */
export function maskPersonAddress<P extends { declaredAddress: string | null; whereabouts: string | null }>(person: P, access: AddressAccess): P & { addressAccess: AddressAccess } {
  return access.hidden
    ? { ...person, declaredAddress: null, whereabouts: null, addressAccess: access }
    : { ...person, addressAccess: access };
}

/** The fields of a recorded change (audit log, person history) that hold an address. */
const ADDRESS_FIELDS = ['declaredAddress', 'whereabouts', 'address', 'dwellingAddress'];

/**
 * A recorded change as a reader the address is hidden from sees it: each address field shown as
 * changed, its values withheld (`{ from: null, to: null, hidden: true }`).
 */
export function withoutAddressValues(changes: unknown): unknown {
  if (!changes || typeof changes !== 'object') return changes;
  const copy: Record<string, unknown> = { ...(changes as Record<string, unknown>) };
  for (const field of ADDRESS_FIELDS) if (field in copy) copy[field] = { from: null, to: null, hidden: true };
  return copy;
}

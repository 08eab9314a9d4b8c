import { computeAddressAccess, INVERSE_RELATION, type RelationKind } from '@socrehab/domain';
import { originOf, today, type Ctx } from '../../app/context';
import type { Reader } from '../../db/database';
import { AppError } from '../../shared/errors';
import { getPersonDetail, type PersonRow } from './persons.repository';

/** Row → API shape. */

export function presentDuplicate(
  p: Pick<PersonRow, 'id' | 'givenNames' | 'surnames' | 'personalCode' | 'birthDate'>,
  reason: 'same_code' | 'similar_name_same_birth_date',
) {
  return { id: p.id, givenNames: p.givenNames, surnames: p.surnames, personalCode: p.personalCode, birthDate: p.birthDate, reason };
}

/**
 * Everything the person page shows, read in the actor's scope — one statement (`getPersonDetail`); with
 * `recordView` the same statement records the view (the page itself, HF-2.7).
 */
export async function loadPersonDetail(db: Reader, ctx: Ctx, id: string, options: { recordView?: boolean } = {}) {
  const found = await getPersonDetail(db, ctx.actor, today(ctx), id, options.recordView ? { origin: originOf(ctx), at: ctx.now() } : undefined);
  if (!found) throw new AppError(404, 'persons.not_found', 'errors.persons.notFound');
  const { person: p, organisationName, codes, relations } = found;
  const members = p.householdId ? found.members : [];
  const addressProtection = presentAddressProtection(ctx, found);
  return {
    id: p.id,
    version: p.version,
    givenNames: p.givenNames,
    surnames: p.surnames,
    personalCode: p.personalCode,
    birthDate: p.birthDate,
    gender: p.gender,
    languages: p.languages,
    phone: p.phone,
    email: p.email,
    // issue 14: a protected address only to those with a need to know
    declaredAddress: addressProtection.hidden ? null : p.declaredAddress,
    whereaboutsKind: p.whereaboutsKind,
    whereabouts: addressProtection.hidden ? null : p.whereabouts,
    addressProtection,
    notes: p.notes,
    organisation: { id: p.organisationId, name: organisationName },
    codes: codes.map((c) => ({ code: c.code, format: c.format, validFrom: c.validFrom, replacedAt: c.replacedAt, changeReason: c.changeReason })),
    household: p.householdId ? { id: p.householdId, members: members.filter((m) => m.id !== p.id) } : null,
    relations: relations.map((r) => ({
      id: r.id,
      // stored as "other is person's <kind>"; seen from the other side it is the inverse
      kind: r.personId === p.id ? r.kind : INVERSE_RELATION[r.kind as RelationKind],
      note: r.note,
      person: r.other,
    })),
    mergedInto: p.mergedIntoId ? { id: p.mergedIntoId } : null,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}
export type PersonDetail = Awaited<ReturnType<typeof loadPersonDetail>>;

/**
 * Issue 14, protected address, as the person page shows it: whether it is protected, whether the address
 * is hidden from the reader, whether they may set or clear it, and — to those with a need to know only —
 * every period with who set and cleared it, when and why. The facts come with the page's one statement.
 */
function presentAddressProtection(ctx: Ctx, found: NonNullable<Awaited<ReturnType<typeof getPersonDetail>>>) {
  const facts = { protection: found.protection, ownerOrganisationId: found.person.organisationId, openCases: found.openCases };
  const access = computeAddressAccess(ctx.actor, facts);
  return { protected: access.protected, hidden: access.hidden, canChange: access.canChange, history: access.canChange ? found.protectionHistory : [] };
}

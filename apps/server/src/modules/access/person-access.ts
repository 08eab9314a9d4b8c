import { type Ctx, today } from '../../app/context';
import type { Reader } from '../../db/database';
import { AppError } from '../../shared/errors';
import { getVisiblePerson, visiblePersonsCondition } from './person-scope.repository';
import { addressAccessFor, maskPersonAddress } from './address-protection';

/**
 * Who may see a person, for the use cases: the access rule of person-scope.repository.ts applied to
 * the signed-in actor on today's date in Riga. Every module asks here; none decides it on its own.
 */

/** The access rule as a condition for a repository's query of persons (or of records joined to them). */
export const visibleFor = (ctx: Ctx) => visiblePersonsCondition(ctx.actor, today(ctx));

export const personNotFound = () => new AppError(404, 'persons.not_found', 'errors.persons.notFound');

/**
 * A person the actor may see, or 404 — out of scope looks the same as not existing. A protected
 * address (issue 14) comes back only to those with a need to know: for anyone else `declaredAddress`
 * and `whereabouts` are null and `addressAccess.hidden` tells the documents to print the label instead.
 */
export async function requireVisiblePerson(db: Reader, ctx: Ctx, personId: string) {
  const person = await getVisiblePerson(db, ctx.actor, today(ctx), personId);
  if (!person) throw personNotFound();
  return maskPersonAddress(person, await addressAccessFor(db, ctx, person.id));
}

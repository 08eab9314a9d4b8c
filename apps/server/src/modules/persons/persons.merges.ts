import { type Ctx, originOf, today } from '../../app/context';
import type { MergeMoves } from '../../db/schema';
import { AppError, conflict, invalidField } from '../../shared/errors';
import { appendAuditEvent } from '../audit/audit.repository';
import { findLinksOf, findMergesOfPerson, insertMerge, lockOpenMerge, lockPersons, markUnmerged, moveLinks } from './merges.repository';
import { getPersonById, updatePersonRow } from './persons.repository';
import { personNotFound } from '../access/person-access';
import { assertCanMerge } from './persons.usecases';

/**
 * Merging duplicates, reversibly. The duplicate's links (codes, relations, cases, household) move to
 * the survivor and the duplicate points to it; every moved row is recorded so `unmergePersons` can put
 * each one back. The survivor's own fields are kept; an empty code or household is filled from the duplicate.
 */
export async function mergePersons(input: { survivorId: string; duplicateId: string }, ctx: Ctx) {
  assertCanMerge(ctx);
  if (input.survivorId === input.duplicateId) throw invalidField('duplicateId', 'errors.persons.mergeSelf');
  return ctx.db.transaction(async (tx) => {
    const ids = [input.survivorId, input.duplicateId];
    for (const id of ids) if (!(await getPersonById(tx, ctx.actor, today(ctx), id))) throw personNotFound();
    const locked = await lockPersons(tx, ids);
    const survivor = locked.find((p) => p.id === input.survivorId)!;
    const duplicate = locked.find((p) => p.id === input.duplicateId)!;
    if (survivor.mergedIntoId || duplicate.mergedIntoId) throw conflict('persons.already_merged', 'errors.persons.alreadyMerged');

    const { relations, codeIds, caseIds } = await findLinksOf(tx, duplicate.id);
    // A relation between the two records would become a relation to oneself: it stays with the duplicate.
    const movable = relations.filter((r) => r.personId !== survivor.id && r.relatedPersonId !== survivor.id);
    const moved: MergeMoves = {
      relations: movable.map((r) => ({ id: r.id, column: r.personId === duplicate.id ? 'person_id' : 'related_person_id' })),
      codes: codeIds,
      cases: caseIds,
      household: { mergedHouseholdId: !survivor.householdId ? duplicate.householdId : null },
      survivorCodeFilled: !survivor.personalCode && !!duplicate.personalCode,
    };

    await moveLinks(tx, moved, survivor.id, duplicate.id);
    const now = ctx.now().toISOString();
    await updatePersonRow(tx, survivor.id, {
      version: survivor.version + 1,
      updatedAt: now,
      ...(moved.household.mergedHouseholdId ? { householdId: moved.household.mergedHouseholdId } : {}),
      ...(moved.survivorCodeFilled ? { personalCode: duplicate.personalCode } : {}),
    });
    await updatePersonRow(tx, duplicate.id, { mergedIntoId: survivor.id, version: duplicate.version + 1, updatedAt: now });

    const mergeId = await insertMerge(tx, { organisationId: survivor.organisationId, survivorId: survivor.id, mergedId: duplicate.id, moved, mergedBy: ctx.actor.userId });
    for (const personId of ids) {
      await appendAuditEvent(tx, originOf(ctx), {
        action: 'merge', entityType: 'person_merge', entityId: mergeId, personId,
        changes: { mergedInto: { from: null, to: survivor.id }, merged: { from: null, to: duplicate.id } },
      }, ctx.now());
    }
    return { id: mergeId };
  });
}

/** Undoes a merge: both records and all their links are as they were before it. */
export async function unmergePersons(input: { mergeId: string }, ctx: Ctx) {
  assertCanMerge(ctx);
  return ctx.db.transaction(async (tx) => {
    const merge = await lockOpenMerge(tx, input.mergeId);
    if (!merge) throw new AppError(404, 'persons.merge_not_found', 'errors.persons.mergeNotFound');
    if (!(await getPersonById(tx, ctx.actor, today(ctx), merge.survivorId))) throw personNotFound();
    const locked = await lockPersons(tx, [merge.survivorId, merge.mergedId]);
    const survivor = locked.find((p) => p.id === merge.survivorId)!;
    const merged = locked.find((p) => p.id === merge.mergedId)!;
    const { moved } = merge;

    await moveLinks(tx, moved, merged.id);
    const now = ctx.now().toISOString();
    await updatePersonRow(tx, survivor.id, {
      version: survivor.version + 1,
      updatedAt: now,
      ...(moved.household.mergedHouseholdId ? { householdId: null } : {}),
      ...(moved.survivorCodeFilled ? { personalCode: null } : {}),
    });
    await updatePersonRow(tx, merged.id, { mergedIntoId: null, version: merged.version + 1, updatedAt: now });
    await markUnmerged(tx, merge.id, now, ctx.actor.userId);
    for (const personId of [survivor.id, merged.id]) {
      await appendAuditEvent(tx, originOf(ctx), {
        action: 'unmerge', entityType: 'person_merge', entityId: merge.id, personId,
        changes: { mergedInto: { from: survivor.id, to: null } },
      }, ctx.now());
    }
  });
}

/** Merges the person took part in, as survivor or as the merged duplicate. */
export async function listMerges(personId: string, ctx: Ctx) {
  if (!(await getPersonById(ctx.db, ctx.actor, today(ctx), personId))) throw personNotFound();
  const rows = await findMergesOfPerson(ctx.db, personId);
  return rows.map((r) => ({
    id: r.merge.id,
    survivor: { id: r.merge.survivorId, givenNames: r.survivorGiven, surnames: r.survivorSurnames },
    merged: { id: r.merge.mergedId, givenNames: r.mergedGiven, surnames: r.mergedSurnames },
    mergedAt: r.merge.mergedAt,
    mergedBy: { displayName: r.mergedByName },
    unmergedAt: r.merge.unmergedAt,
  }));
}

import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { type Ctx, originOf, today } from '../../app/context';
import { cases, personCodes, personMerges, personRelations, persons, users, type MergeMoves } from '../../db/schema';
import { AppError, conflict, invalidField } from '../../shared/errors';
import { appendAuditEvent } from '../audit/audit.repository';
import { getPersonById } from './persons.repository';
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
    const locked = await tx.select().from(persons).where(inArray(persons.id, ids)).orderBy(persons.id).for('update');
    const survivor = locked.find((p) => p.id === input.survivorId)!;
    const duplicate = locked.find((p) => p.id === input.duplicateId)!;
    if (survivor.mergedIntoId || duplicate.mergedIntoId) throw conflict('persons.already_merged', 'errors.persons.alreadyMerged');

    const relations = await tx
      .select({ id: personRelations.id, personId: personRelations.personId, relatedPersonId: personRelations.relatedPersonId })
      .from(personRelations)
      .where(or(eq(personRelations.personId, duplicate.id), eq(personRelations.relatedPersonId, duplicate.id)));
    // A relation between the two records would become a relation to oneself: it stays with the duplicate.
    const movable = relations.filter((r) => r.personId !== survivor.id && r.relatedPersonId !== survivor.id);
    const codes = await tx.select({ id: personCodes.id }).from(personCodes).where(eq(personCodes.personId, duplicate.id));
    const caseRows = await tx.select({ id: cases.id }).from(cases).where(eq(cases.personId, duplicate.id));
    const moved: MergeMoves = {
      relations: movable.map((r) => ({ id: r.id, column: r.personId === duplicate.id ? 'person_id' : 'related_person_id' })),
      codes: codes.map((c) => c.id),
      cases: caseRows.map((c) => c.id),
      household: { mergedHouseholdId: !survivor.householdId ? duplicate.householdId : null },
      survivorCodeFilled: !survivor.personalCode && !!duplicate.personalCode,
    };

    for (const r of moved.relations) {
      const column = r.column === 'person_id' ? personRelations.personId : personRelations.relatedPersonId;
      await tx.update(personRelations).set({ [r.column === 'person_id' ? 'personId' : 'relatedPersonId']: survivor.id }).where(and(eq(personRelations.id, r.id), eq(column, duplicate.id)));
    }
    if (moved.codes.length) await tx.update(personCodes).set({ personId: survivor.id }).where(inArray(personCodes.id, moved.codes));
    if (moved.cases.length) await tx.update(cases).set({ personId: survivor.id }).where(inArray(cases.id, moved.cases));
    const now = ctx.now().toISOString();
    await tx.update(persons).set({
      version: survivor.version + 1,
      updatedAt: now,
      ...(moved.household.mergedHouseholdId ? { householdId: moved.household.mergedHouseholdId } : {}),
      ...(moved.survivorCodeFilled ? { personalCode: duplicate.personalCode } : {}),
    }).where(eq(persons.id, survivor.id));
    await tx.update(persons).set({ mergedIntoId: survivor.id, version: duplicate.version + 1, updatedAt: now }).where(eq(persons.id, duplicate.id));

    const [merge] = await tx
      .insert(personMerges)
      .values({ organisationId: survivor.organisationId, survivorId: survivor.id, mergedId: duplicate.id, moved, mergedBy: ctx.actor.userId })
      .returning({ id: personMerges.id });
    for (const personId of ids) {
      await appendAuditEvent(tx, originOf(ctx), {
        action: 'merge', entityType: 'person_merge', entityId: merge!.id, personId,
        changes: { mergedInto: { from: null, to: survivor.id }, merged: { from: null, to: duplicate.id } },
      }, ctx.now());
    }
    return { id: merge!.id };
  });
}

/** Undoes a merge: both records and all their links are as they were before it. */
export async function unmergePersons(input: { mergeId: string }, ctx: Ctx) {
  assertCanMerge(ctx);
  return ctx.db.transaction(async (tx) => {
    const [merge] = await tx.select().from(personMerges).where(and(eq(personMerges.id, input.mergeId), isNull(personMerges.unmergedAt))).for('update');
    if (!merge) throw new AppError(404, 'persons.merge_not_found', 'errors.persons.mergeNotFound');
    if (!(await getPersonById(tx, ctx.actor, today(ctx), merge.survivorId))) throw personNotFound();
    const locked = await tx.select().from(persons).where(inArray(persons.id, [merge.survivorId, merge.mergedId])).orderBy(persons.id).for('update');
    const survivor = locked.find((p) => p.id === merge.survivorId)!;
    const merged = locked.find((p) => p.id === merge.mergedId)!;
    const { moved } = merge;

    for (const r of moved.relations) {
      await tx.update(personRelations).set({ [r.column === 'person_id' ? 'personId' : 'relatedPersonId']: merged.id }).where(eq(personRelations.id, r.id));
    }
    if (moved.codes.length) await tx.update(personCodes).set({ personId: merged.id }).where(inArray(personCodes.id, moved.codes));
    if (moved.cases.length) await tx.update(cases).set({ personId: merged.id }).where(inArray(cases.id, moved.cases));
    const now = ctx.now().toISOString();
    await tx.update(persons).set({
      version: survivor.version + 1,
      updatedAt: now,
      ...(moved.household.mergedHouseholdId ? { householdId: null } : {}),
      ...(moved.survivorCodeFilled ? { personalCode: null } : {}),
    }).where(eq(persons.id, survivor.id));
    await tx.update(persons).set({ mergedIntoId: null, version: merged.version + 1, updatedAt: now }).where(eq(persons.id, merged.id));
    await tx.update(personMerges).set({ unmergedAt: now, unmergedBy: ctx.actor.userId }).where(eq(personMerges.id, merge.id));
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
  const rows = await ctx.db
    .select({
      merge: personMerges,
      mergedByName: users.displayName,
      survivorGiven: sql<string>`(SELECT given_names FROM persons WHERE id = ${personMerges.survivorId})`,
      survivorSurnames: sql<string>`(SELECT surnames FROM persons WHERE id = ${personMerges.survivorId})`,
      mergedGiven: sql<string>`(SELECT given_names FROM persons WHERE id = ${personMerges.mergedId})`,
      mergedSurnames: sql<string>`(SELECT surnames FROM persons WHERE id = ${personMerges.mergedId})`,
    })
    .from(personMerges)
    .innerJoin(users, eq(users.id, personMerges.mergedBy))
    .where(or(eq(personMerges.survivorId, personId), eq(personMerges.mergedId, personId)))
    .orderBy(sql`${personMerges.mergedAt} DESC`);
  return rows.map((r) => ({
    id: r.merge.id,
    survivor: { id: r.merge.survivorId, givenNames: r.survivorGiven, surnames: r.survivorSurnames },
    merged: { id: r.merge.mergedId, givenNames: r.mergedGiven, surnames: r.mergedSurnames },
    mergedAt: r.merge.mergedAt,
    mergedBy: { displayName: r.mergedByName },
    unmergedAt: r.merge.unmergedAt,
  }));
}

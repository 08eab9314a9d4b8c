import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { cases, personCodes, personMerges, personRelations, persons, users, type MergeMoves } from '../../db/schema';

/** The only file with SQL for merging duplicate persons and undoing it. */

/** The persons' rows, locked in id order (two merges of the same records never wait on each other crosswise). */
export function lockPersons(tx: Tx, ids: readonly string[]) {
  return tx.select().from(persons).where(inArray(persons.id, [...ids])).orderBy(persons.id).for('update');
}

/** What points at a person: relations on either side, codes and cases. */
export async function findLinksOf(tx: Tx, personId: string) {
  const relations = await tx
    .select({ id: personRelations.id, personId: personRelations.personId, relatedPersonId: personRelations.relatedPersonId })
    .from(personRelations)
    .where(or(eq(personRelations.personId, personId), eq(personRelations.relatedPersonId, personId)));
  const codes = await tx.select({ id: personCodes.id }).from(personCodes).where(eq(personCodes.personId, personId));
  const caseRows = await tx.select({ id: cases.id }).from(cases).where(eq(cases.personId, personId));
  return { relations, codeIds: codes.map((c) => c.id), caseIds: caseRows.map((c) => c.id) };
}

/** Points the recorded relations, codes and cases at `toPersonId`; a relation only while it still points at `fromPersonId`, when given. */
export async function moveLinks(tx: Tx, moved: Pick<MergeMoves, 'relations' | 'codes' | 'cases'>, toPersonId: string, fromPersonId?: string) {
  for (const r of moved.relations) {
    const column = r.column === 'person_id' ? personRelations.personId : personRelations.relatedPersonId;
    await tx.update(personRelations).set({ [r.column === 'person_id' ? 'personId' : 'relatedPersonId']: toPersonId })
      .where(fromPersonId ? and(eq(personRelations.id, r.id), eq(column, fromPersonId)) : eq(personRelations.id, r.id));
  }
  if (moved.codes.length) await tx.update(personCodes).set({ personId: toPersonId }).where(inArray(personCodes.id, moved.codes));
  if (moved.cases.length) await tx.update(cases).set({ personId: toPersonId }).where(inArray(cases.id, moved.cases));
}

export async function insertMerge(tx: Tx, values: typeof personMerges.$inferInsert) {
  const [row] = await tx.insert(personMerges).values(values).returning({ id: personMerges.id });
  return row!.id;
}

/** A merge not undone yet, locked; null if there is none. */
export async function lockOpenMerge(tx: Tx, id: string) {
  const [row] = await tx.select().from(personMerges).where(and(eq(personMerges.id, id), isNull(personMerges.unmergedAt))).for('update');
  return row ?? null;
}

export async function markUnmerged(tx: Tx, id: string, unmergedAt: string, unmergedBy: string) {
  await tx.update(personMerges).set({ unmergedAt, unmergedBy }).where(eq(personMerges.id, id));
}

/** Merges the person took part in, newest first, with both records' names and who merged. */
export function findMergesOfPerson(db: Db, personId: string) {
  return db
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
}

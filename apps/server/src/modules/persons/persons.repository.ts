import { aliasedTable, and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Actor, SearchQuery } from '@socrehab/domain';
import type { Db, Tx } from '../../db/database';
import { organisations, personCodes, personRelations, persons } from '../../db/schema';
import { visiblePersonsCondition } from '../access/person-scope';

/** The only file with SQL for persons. Every read is scoped by `visiblePersonsCondition`. */

export type PersonRow = typeof persons.$inferSelect;
type Reader = Db | Tx;

const listColumns = {
  id: persons.id,
  givenNames: persons.givenNames,
  surnames: persons.surnames,
  personalCode: persons.personalCode,
  birthDate: persons.birthDate,
  whereaboutsKind: persons.whereaboutsKind,
  organisationName: organisations.name,
};

/**
 * Search in the actor's scope: by any personal code the person ever had, by birth date, or by name —
 * diacritic-insensitive (the key is folded) and typo tolerant (trigram word similarity), best first.
 * Without a query: the most recently updated persons.
 */
export async function findPersons(db: Reader, actor: Actor, today: string, query: SearchQuery | null, page: { limit: number; offset: number }) {
  const visible = and(visiblePersonsCondition(actor, today), isNull(persons.mergedIntoId));
  const base = db.select(listColumns).from(persons).innerJoin(organisations, eq(organisations.id, persons.organisationId));
  if (!query) {
    return base.where(visible).orderBy(desc(persons.updatedAt), persons.id).limit(page.limit).offset(page.offset);
  }
  switch (query.kind) {
    case 'personalCode':
      return base
        .where(and(visible, inArray(persons.id, db.select({ id: personCodes.personId }).from(personCodes).where(eq(personCodes.code, query.code)))))
        .limit(page.limit)
        .offset(page.offset);
    case 'birthDate':
      return base
        .where(and(visible, eq(persons.birthDate, query.isoDate)))
        .orderBy(persons.searchName, persons.id)
        .limit(page.limit)
        .offset(page.offset);
    case 'name':
      return base
        .where(and(visible, sql`${query.folded} <% ${persons.searchName}`))
        .orderBy(sql`word_similarity(${query.folded}, ${persons.searchName}) DESC`, persons.searchName, persons.id)
        .limit(page.limit)
        .offset(page.offset);
  }
}

/** One person in the actor's scope, or null (out of scope looks the same as not existing). */
export async function getPersonById(db: Reader, actor: Actor, today: string, id: string) {
  const [row] = await db
    .select({ person: persons, organisationName: organisations.name })
    .from(persons)
    .innerJoin(organisations, eq(organisations.id, persons.organisationId))
    .where(and(eq(persons.id, id), visiblePersonsCondition(actor, today)))
    .limit(1);
  return row ?? null;
}

export async function getPersonCodes(db: Reader, personId: string) {
  return db.select().from(personCodes).where(eq(personCodes.personId, personId)).orderBy(personCodes.validFrom);
}

export async function findPersonIdByCode(db: Reader, code: string) {
  const [row] = await db.select({ personId: personCodes.personId }).from(personCodes).where(eq(personCodes.code, code)).limit(1);
  return row?.personId ?? null;
}

/** Relations seen from `personId`, whichever side they were recorded on. */
export async function getRelations(db: Reader, personId: string) {
  const other = aliasedTable(persons, 'other');
  return db
    .select({
      id: personRelations.id,
      personId: personRelations.personId,
      kind: personRelations.kind,
      note: personRelations.note,
      other: { id: other.id, givenNames: other.givenNames, surnames: other.surnames, birthDate: other.birthDate },
    })
    .from(personRelations)
    .innerJoin(other, sql`${other.id} = CASE WHEN ${personRelations.personId} = ${personId} THEN ${personRelations.relatedPersonId} ELSE ${personRelations.personId} END`)
    .where(or(eq(personRelations.personId, personId), eq(personRelations.relatedPersonId, personId)))
    .orderBy(personRelations.createdAt);
}

export async function getHouseholdMembers(db: Reader, householdId: string) {
  return db
    .select({ id: persons.id, givenNames: persons.givenNames, surnames: persons.surnames, birthDate: persons.birthDate })
    .from(persons)
    .where(and(eq(persons.householdId, householdId), isNull(persons.mergedIntoId)))
    .orderBy(persons.birthDate);
}

/** Likely duplicates in scope: the same birth date and a similar name. */
export async function findSimilarPersons(db: Reader, actor: Actor, today: string, searchKey: string, birthDate: string) {
  return db
    .select({ id: persons.id, givenNames: persons.givenNames, surnames: persons.surnames, personalCode: persons.personalCode, birthDate: persons.birthDate })
    .from(persons)
    .where(and(visiblePersonsCondition(actor, today), isNull(persons.mergedIntoId), eq(persons.birthDate, birthDate), sql`similarity(${persons.searchName}, ${searchKey}) >= 0.4`))
    .limit(10);
}

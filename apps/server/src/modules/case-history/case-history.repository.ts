import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx, Reader } from '../../db/database';
import { cases, dwellings, municipalities, organisations, personCodes, persons, users } from '../../db/schema';

/** The only file with SQL for case-history import and export (docs/case-history-format.md). */

/**
 * One import into an organisation at a time: the import reads what is stored, then writes, so a second
 * import of the same file waits and then finds the first one's records (unchanged) instead of reading half
 * of them before they commit and half after.
 */
export async function lockImportsOf(tx: Tx, organisationId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(48152, hashtext(${organisationId}))`);
}

/** PostgreSQL takes at most 65 535 parameters a statement: long lists go in slices. */
const SLICE = 500;
export async function inSlices<T, R>(items: readonly T[], run: (slice: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += SLICE) out.push(...(await run(items.slice(i, i + SLICE))));
  return out;
}

/** Users with these e-mails, with their organisation (kind and municipality) — the workers a file names. */
export function findUsersByEmails(db: Reader, emails: readonly string[]) {
  return inSlices(emails, (slice) => db
    .select({ id: users.id, email: users.email, roles: users.roles, organisationId: users.organisationId, organisationKind: organisations.kind, municipalityAtvk: organisations.municipalityAtvk })
    .from(users).innerJoin(organisations, eq(organisations.id, users.organisationId)).where(inArray(users.email, slice)));
}

export async function findUserEmails(db: Reader, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await inSlices([...new Set(ids)], (slice) => db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, slice)));
  return new Map(rows.map((r) => [r.id, r.email]));
}

/** Registry persons with one of these ids, or whose personal code (current or earlier) is one of these codes. */
export async function findPersonsByIdsOrCodes(db: Reader, ids: readonly string[], codes: readonly string[]) {
  const byId = await inSlices(ids, (slice) => db.select({ id: persons.id }).from(persons).where(inArray(persons.id, slice)));
  const byCode = await inSlices(codes, (slice) => db.select({ code: personCodes.code, personId: personCodes.personId }).from(personCodes).where(inArray(personCodes.code, slice)));
  return { ids: new Set(byId.map((r) => r.id)), personOfCode: new Map(byCode.map((r) => [r.code, r.personId])) };
}

export async function findExistingMunicipalities(db: Reader, atvks: readonly string[]) {
  const rows = await inSlices(atvks, (slice) => db.select({ atvk: municipalities.atvk }).from(municipalities).where(inArray(municipalities.atvk, slice)));
  return new Set(rows.map((r) => r.atvk));
}

/** Rows of `table` with these ids (what a re-import finds already there). */
export function findRowsByIds<T extends PgTable & { id: any }>(db: Reader, table: T, ids: readonly string[]): Promise<T['$inferSelect'][]> {
  return inSlices(ids, (slice) => db.select().from(table as PgTable).where(inArray((table as any).id, slice)) as Promise<T['$inferSelect'][]>);
}

export const findCases = (db: Reader, ids: readonly string[]) => findRowsByIds(db, cases, ids);
export const findDwellings = (db: Reader, ids: readonly string[]) => findRowsByIds(db, dwellings, ids);

/** A new person of the registry, with their personal code in the codes index when they have one. */
export async function insertPerson(tx: Tx, values: typeof persons.$inferInsert, codeFormat: string | null) {
  await tx.insert(persons).values(values);
  if (values.personalCode && codeFormat) await tx.insert(personCodes).values({ personId: values.id!, organisationId: values.organisationId, code: values.personalCode, format: codeFormat });
}

/** Case numbers among these that the organisation's register already has. */
export async function findTakenCaseNumbers(db: Reader, organisationId: string, numbers: readonly string[]) {
  const rows = await inSlices(numbers, (slice) => db.select({ caseNumber: cases.caseNumber, id: cases.id }).from(cases)
    .where(and(eq(cases.organisationId, organisationId), inArray(cases.caseNumber, slice))));
  return new Map(rows.map((r) => [r.caseNumber!, r.id]));
}

/** Ids of an organisation's cases of a programme, oldest first, among those whose person `visible` lets the actor see. */
export async function findCaseIdsOfOrganisation(db: Reader, organisationId: string, programme: string, visible: SQL) {
  const rows = await db.select({ id: cases.id }).from(cases).innerJoin(persons, eq(persons.id, cases.personId))
    .where(and(eq(cases.organisationId, organisationId), eq(cases.programme, programme), visible)).orderBy(asc(cases.openedOn), asc(cases.id));
  return rows.map((r) => r.id);
}

/** A case by its id or by its number in the organisation's register (the command line accepts both). */
export async function findCaseIdByIdOrNumber(db: Reader, organisationId: string, idOrNumber: string) {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrNumber);
  const [row] = await db.select({ id: cases.id }).from(cases)
    .where(isUuid ? eq(cases.id, idOrNumber) : and(eq(cases.organisationId, organisationId), eq(cases.caseNumber, idOrNumber)));
  return row?.id ?? null;
}

/** Inserts in slices; an empty list is nothing to do. */
export async function insertRows<T extends PgTable>(tx: Tx, table: T, rows: readonly T['$inferInsert'][]) {
  await inSlices(rows, async (slice) => {
    await tx.insert(table).values(slice as T['$inferInsert'][]);
    return [];
  });
}

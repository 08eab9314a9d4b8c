import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx, Reader } from '../../db/database';
import {
  caseTeamMembers, cases, dwellings, evaluations, households, ipCases, ipCoPayments, ipCosts, ipRecipients, ipServiceDeliveries, ipServiceLines, persons,
} from '../../db/schema';

/**
 * The SQL of the Individual Programme's case histories (docs/case-history-format.md, issue 12): what an
 * export reads of its cases, what an import compares and writes. The person, dwelling and worker
 * look-ups are the case-history module's (the core's).
 */

const PROGRAMME = 'individual_programme';

/** The table of each record type stored one row per record (the case's own records). */
export const IP_HISTORY_TABLES = {
  ip_recipient: ipRecipients, ip_team_member: caseTeamMembers, ip_service_line: ipServiceLines, ip_service_delivery: ipServiceDeliveries,
  ip_cost: ipCosts, ip_co_payment: ipCoPayments, evaluation: evaluations,
} as const;
export type IpHistoryTableType = keyof typeof IP_HISTORY_TABLES;
export type IpHistoryRow<T extends IpHistoryTableType> = (typeof IP_HISTORY_TABLES)[T]['$inferSelect'];

/** The rows of a table belonging to these cases (the evaluations: the programme's, about a case). */
export async function findRowsOfCases<T extends IpHistoryTableType>(db: Reader, type: T, caseIds: readonly string[]): Promise<IpHistoryRow<T>[]> {
  if (caseIds.length === 0) return [];
  const table = IP_HISTORY_TABLES[type] as PgTable & { caseId: any };
  const own = inArray(table.caseId, [...caseIds]);
  const where = type === 'evaluation' ? and(own, eq(evaluations.programmeCode, PROGRAMME)) : own;
  return db.select().from(table).where(where) as unknown as Promise<IpHistoryRow<T>[]>;
}

/** The rows of a table with these ids (what a re-import finds already there). */
export async function findRowsByIds<T extends IpHistoryTableType>(db: Reader, type: T, ids: readonly string[]): Promise<IpHistoryRow<T>[]> {
  if (ids.length === 0) return [];
  const table = IP_HISTORY_TABLES[type] as PgTable & { id: any };
  return db.select().from(table).where(inArray(table.id, [...ids])) as unknown as Promise<IpHistoryRow<T>[]>;
}

/** IP-1 the programme's cases with these ids: the core's case and the programme's decision. */
export async function findIpCaseRows(db: Reader, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  return db.select({ theCase: cases, ip: ipCases }).from(cases).innerJoin(ipCases, eq(ipCases.caseId, cases.id)).where(inArray(cases.id, [...caseIds]));
}
export type IpCaseRows = Awaited<ReturnType<typeof findIpCaseRows>>[number];

/** Everything the format carries about these cases, with their persons (the case's and each recipient) and the dwellings of their housing lines. */
export async function loadIpHistoryRows(db: Reader, caseIds: readonly string[]) {
  const caseRows = await findIpCaseRows(db, caseIds);
  const tables = {} as { [K in IpHistoryTableType]: IpHistoryRow<K>[] };
  for (const type of Object.keys(IP_HISTORY_TABLES) as IpHistoryTableType[]) (tables as Record<string, unknown>)[type] = await findRowsOfCases(db, type, caseIds);
  const personIds = [...new Set([...caseRows.map((c) => c.theCase.personId), ...tables.ip_recipient.map((r) => r.personId)])];
  const dwellingIds = [...new Set(tables.ip_service_line.map((l) => l.dwellingId).filter((id): id is string => !!id))];
  return {
    cases: caseRows,
    tables,
    persons: personIds.length ? await db.select().from(persons).where(inArray(persons.id, personIds)) : [],
    dwellings: dwellingIds.length ? await db.select().from(dwellings).where(inArray(dwellings.id, dwellingIds)) : [],
  };
}

/** The households with these ids there are. */
export async function findHouseholdIds(db: Reader, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  return new Set((await db.select({ id: households.id }).from(households).where(inArray(households.id, [...ids]))).map((r) => r.id));
}

/** What an import adds after its persons and dwellings, in the order the references need: cases with their decisions, then the cases' own records. */
export async function insertIpHistory(tx: Tx, rows: {
  cases: Array<typeof cases.$inferInsert>; ipCases: Array<typeof ipCases.$inferInsert>; own: Array<{ type: IpHistoryTableType; rows: unknown[] }>;
}) {
  if (rows.cases.length) await tx.insert(cases).values(rows.cases);
  if (rows.ipCases.length) await tx.insert(ipCases).values(rows.ipCases);
  for (const { type, rows: list } of rows.own) if (list.length) await tx.insert(IP_HISTORY_TABLES[type] as PgTable).values(list as never[]);
}

/** IP-2 the dwellings of housing lines the importing server does not have: they join the importing organisation's register as the file describes them. */
export async function insertDwellings(tx: Tx, rows: Array<typeof dwellings.$inferInsert>) {
  if (rows.length) await tx.insert(dwellings).values(rows);
}

/** The new households are the importing organisation's: written before the persons who live in them. */
export async function insertHouseholds(tx: Tx, rows: Array<typeof households.$inferInsert>) {
  if (rows.length) await tx.insert(households).values(rows);
}

/** A stored open case's ending imported: the case closes that day with its reason (no use case replayed: the recipients' lines say their days). */
export async function closeIpCase(tx: Tx, caseId: string, endedOn: string, reason: string, note: string | null) {
  await tx.update(cases).set({ status: 'closed', closedOn: endedOn, version: sql`${cases.version} + 1` }).where(and(eq(cases.id, caseId), eq(cases.status, 'open')));
  await tx.update(ipCases).set({ endingReason: reason, endingNote: note }).where(eq(ipCases.caseId, caseId));
}

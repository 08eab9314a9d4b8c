import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/database';
import {
  applications, caseConsents, caseDocuments, caseEndingConfirmations, caseEndings, caseIncidents, caseTeamMembers, cases, consentTexts, contacts, dwellingKeys, dwellings, eligibilityAssessments, eligibilityCriteriaSets, escalationExtensions,
  functioningAssessments, initialAssessments, moveIns, municipalities, organisations, personCodes, persons, planReviews, rehabilitationPlans, supportOffers, users, visitSlots,
  visits, waitingListEntries, workLogEntries,
} from '../../db/schema';
import type { SimpleRecordType } from './case-history.codec';

/** The only file with SQL for case-history import and export (docs/case-history-format.md). */

type Reader = Db | Tx;

/** The table of each record type stored one row per record. */
export const SIMPLE_TABLES = {
  team_member: caseTeamMembers, case_document: caseDocuments, consent: caseConsents, initial_assessment: initialAssessments, move_in: moveIns, dwelling_key: dwellingKeys, visit_slot: visitSlots, visit: visits, contact: contacts,
  escalation_extension: escalationExtensions, support_offer: supportOffers, plan: rehabilitationPlans, plan_review: planReviews,
  functioning_assessment: functioningAssessments, work_log_entry: workLogEntries, incident: caseIncidents,
} satisfies Record<SimpleRecordType, PgTable>;

/** PostgreSQL takes at most 65 535 parameters a statement: long lists go in slices. */
const SLICE = 500;
async function inSlices<T, R>(items: readonly T[], run: (slice: T[]) => Promise<R[]>): Promise<R[]> {
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

export const findApplications = (db: Reader, ids: readonly string[]) => findRowsByIds(db, applications, ids);
export const findCases = (db: Reader, ids: readonly string[]) => findRowsByIds(db, cases, ids);
export const findEligibilityAssessments = (db: Reader, ids: readonly string[]) => findRowsByIds(db, eligibilityAssessments, ids);
export const findDwellings = (db: Reader, ids: readonly string[]) => findRowsByIds(db, dwellings, ids);
export const findEndings = (db: Reader, ids: readonly string[]) => findRowsByIds(db, caseEndings, ids);

/** HF-4.4 the versions of the consent text there are. */
export async function findConsentTextVersions(db: Reader) {
  return new Set((await db.select({ version: consentTexts.version }).from(consentTexts)).map((r) => r.version));
}

/** HF-1.4 a programme's eligibility criteria versions of every municipality, oldest first. */
export function findCriteriaSets(db: Reader, programmeCode: string) {
  return db.select().from(eligibilityCriteriaSets).where(eq(eligibilityCriteriaSets.programmeCode, programmeCode)).orderBy(asc(eligibilityCriteriaSets.version));
}

/** A new person of the registry, with their personal code in the codes index when they have one. */
export async function insertPerson(tx: Tx, values: typeof persons.$inferInsert, codeFormat: string | null) {
  await tx.insert(persons).values(values);
  if (values.personalCode && codeFormat) await tx.insert(personCodes).values({ personId: values.id!, organisationId: values.organisationId, code: values.personalCode, format: codeFormat });
}

/** The new rows an import writes before a case's own records, in the order their references need. */
export async function insertImported(tx: Tx, rows: {
  dwellings: Array<typeof dwellings.$inferInsert>; applications: Array<typeof applications.$inferInsert>;
  assessments: Array<typeof eligibilityAssessments.$inferInsert>; cases: Array<typeof cases.$inferInsert>;
}) {
  await insertRows(tx, dwellings, rows.dwellings);
  await insertRows(tx, applications, rows.applications);
  await insertRows(tx, eligibilityAssessments, rows.assessments);
  await insertRows(tx, cases, rows.cases);
}

/** HF-3.3 an ending with the joint decision's confirmations (HF-3.3.2). */
export async function insertEnding(tx: Tx, ending: typeof caseEndings.$inferInsert, confirmations: Array<typeof caseEndingConfirmations.$inferInsert>) {
  await insertRows(tx, caseEndings, [ending]);
  await insertRows(tx, caseEndingConfirmations, confirmations);
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

/** Everything the format carries about these cases. */
export async function loadCaseHistoryRows(db: Reader, caseIds: readonly string[]) {
  const caseRows = await findRowsByIds(db, cases, caseIds);
  const applicationIds = caseRows.map((c) => c.applicationId).filter((id): id is string => !!id);
  const byCase = <T extends PgTable & { caseId: any; id: any }>(table: T) =>
    inSlices(caseIds, (slice) => db.select().from(table as PgTable).where(inArray((table as any).caseId, slice)) as Promise<T['$inferSelect'][]>);
  const simple = {} as { [K in SimpleRecordType]: (typeof SIMPLE_TABLES)[K]['$inferSelect'][] };
  for (const [type, table] of Object.entries(SIMPLE_TABLES)) (simple as Record<string, unknown>)[type] = await byCase(table);
  const endings = await byCase(caseEndings);
  const dwellingIds = [...caseRows.map((c) => c.dwellingId), ...simple.move_in.map((m) => m.dwellingId), ...simple.dwelling_key.map((k) => k.dwellingId)];
  return {
    cases: caseRows,
    dwellings: await findRowsByIds(db, dwellings, [...new Set(dwellingIds.filter((id): id is string => !!id))]),
    persons: await findRowsByIds(db, persons, [...new Set(caseRows.map((c) => c.personId))]),
    applications: await findRowsByIds(db, applications, applicationIds),
    eligibilityAssessments: await inSlices(applicationIds, (slice) => db.select().from(eligibilityAssessments).where(inArray(eligibilityAssessments.applicationId, slice))),
    simple,
    endings,
    confirmations: await findConfirmations(db, endings.map((e) => e.id)),
  };
}

export function findConfirmations(db: Reader, endingIds: readonly string[]) {
  return inSlices(endingIds, (slice) => db.select().from(caseEndingConfirmations).where(inArray(caseEndingConfirmations.endingId, slice)));
}

/** Inserts in slices; an empty list is nothing to do. */
export async function insertRows<T extends PgTable>(tx: Tx, table: T, rows: readonly T['$inferInsert'][]) {
  await inSlices(rows, async (slice) => {
    await tx.insert(table).values(slice as T['$inferInsert'][]);
    return [];
  });
}

/** HF-3.1.4 a granted application's place on the waiting list; already there → nothing. */
export async function insertWaitingListEntries(tx: Tx, rows: readonly (typeof waitingListEntries.$inferInsert)[]) {
  await inSlices(rows, async (slice) => {
    await tx.insert(waitingListEntries).values(slice).onConflictDoNothing({ target: waitingListEntries.applicationId });
    return [];
  });
}

export async function closeCase(tx: Tx, caseId: string, closedOn: string) {
  await tx.update(cases).set({ status: 'closed', closedOn, version: sql`${cases.version} + 1` }).where(and(eq(cases.id, caseId), eq(cases.status, 'open')));
}

export async function setPreviousCase(tx: Tx, applicationId: string, previousCaseId: string) {
  await tx.update(applications).set({ previousCaseId }).where(eq(applications.id, applicationId));
}

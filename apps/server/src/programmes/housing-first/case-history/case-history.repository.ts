import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx, Reader } from '../../../db/database';
import {
  applications, caseConsents, caseDocuments, cooperationProtocols, caseEndingConfirmations, caseEndings, caseIncidents, caseTeamMembers, cases, consentTexts, contacts, dwellingKeys, dwellings, eligibilityAssessments, eligibilityCriteriaSets, escalationExtensions,
  engagementExtensions, engagementSuspensions,
  functioningAssessments, initialAssessments, moveIns, persons, planReviews, rehabilitationPlans, supportOffers, visitSlots,
  visits, waitingListEntries, workLogEntries,
} from '../../../db/schema';
import { findRowsByIds, inSlices, insertRows } from '../../../modules/case-history/case-history.repository';
import type { SimpleRecordType } from './case-history.codec';

export {
  findCases, findDwellings, findExistingMunicipalities, findRowsByIds, findTakenCaseNumbers, findUserEmails, findUsersByEmails, insertRows,
} from '../../../modules/case-history/case-history.repository';

/** The only file with SQL for Housing First's case histories (docs/case-history-format.md); the core's case-history repository has the shared reads and writes. */

/** The table of each record type stored one row per record. */
export const SIMPLE_TABLES = {
  team_member: caseTeamMembers, case_document: caseDocuments, consent: caseConsents, initial_assessment: initialAssessments, move_in: moveIns, dwelling_key: dwellingKeys, visit_slot: visitSlots, visit: visits, contact: contacts,
  escalation_extension: escalationExtensions, engagement_extension: engagementExtensions, engagement_suspension: engagementSuspensions, support_offer: supportOffers, plan: rehabilitationPlans, plan_review: planReviews,
  functioning_assessment: functioningAssessments, work_log_entry: workLogEntries, incident: caseIncidents, cooperation_protocol: cooperationProtocols,
} satisfies Record<SimpleRecordType, PgTable>;

export const findApplications = (db: Reader, ids: readonly string[]) => findRowsByIds(db, applications, ids);
export const findEligibilityAssessments = (db: Reader, ids: readonly string[]) => findRowsByIds(db, eligibilityAssessments, ids);
export const findEndings = (db: Reader, ids: readonly string[]) => findRowsByIds(db, caseEndings, ids);

/** HF-4.4 the versions of the consent text there are. */
export async function findConsentTextVersions(db: Reader) {
  return new Set((await db.select({ version: consentTexts.version }).from(consentTexts)).map((r) => r.version));
}

/** HF-1.4 a programme's eligibility criteria versions of every municipality, oldest first. */
export function findCriteriaSets(db: Reader, programmeCode: string) {
  return db.select().from(eligibilityCriteriaSets).where(eq(eligibilityCriteriaSets.programmeCode, programmeCode)).orderBy(asc(eligibilityCriteriaSets.version));
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

import { and, desc, eq, inArray, isNull, notExists, sql, type SQL } from 'drizzle-orm';
import type { Tx, Reader } from '../../../db/database';
import { applications, cases, eligibilityAssessments, firstContacts, persons, users, waitingListEntries } from '../../../db/schema';

/**
 * The only file with SQL for first contacts, applications, eligibility assessments and the waiting
 * list. Lists that show persons take `visible` — the access rule's condition on `persons`
 * (access/person-scope.repository.ts) — so nobody sees a name the rule hides.
 */

const personName = sql<string>`${persons.givenNames} || ' ' || ${persons.surnames}`;

export async function insertFirstContact(tx: Tx, values: typeof firstContacts.$inferInsert) {
  const [row] = await tx.insert(firstContacts).values(values).returning();
  return row!;
}

export async function getFirstContactById(db: Reader, id: string) {
  const [row] = await db.select().from(firstContacts).where(eq(firstContacts.id, id));
  return row ?? null;
}

/** HF-3.1.1 contacts in a municipality that have not become an application yet, newest first. */
export async function findOpenFirstContacts(db: Reader, municipalityAtvk: string, asOf: string, visible: SQL) {
  return db
    .select({ id: firstContacts.id, personId: firstContacts.personId, personName, contactedOn: firstContacts.contactedOn, source: firstContacts.source, note: firstContacts.note })
    .from(firstContacts)
    .innerJoin(persons, eq(persons.id, firstContacts.personId))
    .where(and(
      visible,
      eq(firstContacts.municipalityAtvk, municipalityAtvk),
      sql`${firstContacts.contactedOn} <= ${asOf}`,
      notExists(db.select({ one: sql`1` }).from(applications).where(and(eq(applications.firstContactId, firstContacts.id), sql`${applications.submittedOn} <= ${asOf}`))),
    ))
    .orderBy(desc(firstContacts.contactedOn))
    .limit(200);
}

export async function insertApplication(tx: Tx, values: typeof applications.$inferInsert) {
  const [row] = await tx.insert(applications).values(values).returning();
  return row!;
}

export async function getApplicationById(db: Reader, id: string) {
  const [row] = await db.select().from(applications).where(eq(applications.id, id));
  return row ?? null;
}

export async function lockApplication(tx: Tx, id: string) {
  const [row] = await tx.select().from(applications).where(eq(applications.id, id)).for('update');
  return row ?? null;
}

/** Issue 11 §1: a person's applications change one request at a time (one pending application a person). */
export async function lockApplicant(tx: Tx, personId: string) {
  await tx.select({ id: persons.id }).from(persons).where(eq(persons.id, personId)).for('update');
}

export async function updateApplication(tx: Tx, id: string, values: Partial<typeof applications.$inferInsert>) {
  await tx.update(applications).set(values).where(eq(applications.id, id));
}

/**
 * HF-3.1.4 applications of a municipality that were undecided on `asOf`: submitted by then and not
 * decided by then (a later decision does not change what was pending that day).
 */
export async function findPendingApplications(db: Reader, municipalityAtvk: string, asOf: string, visible: SQL) {
  return db
    .select({
      id: applications.id, personId: applications.personId, personName, submittedOn: applications.submittedOn,
      settingsId: applications.settingsId, status: applications.status, decidedOn: applications.decidedOn,
    })
    .from(applications)
    .innerJoin(persons, eq(persons.id, applications.personId))
    .where(and(
      visible,
      eq(applications.municipalityAtvk, municipalityAtvk),
      sql`${applications.submittedOn} <= ${asOf}`,
      sql`${applications.status} <> 'withdrawn'`,
      sql`(${applications.decidedOn} IS NULL OR ${applications.decidedOn} > ${asOf})`,
    ))
    .limit(1000);
}

export async function findApplicationsOfPerson(db: Reader, personId: string) {
  return db.select().from(applications).where(eq(applications.personId, personId)).orderBy(desc(applications.submittedOn));
}

export async function insertEligibilityAssessment(tx: Tx, values: typeof eligibilityAssessments.$inferInsert) {
  const [row] = await tx.insert(eligibilityAssessments).values(values).returning();
  return row!;
}

export async function findEligibilityAssessments(db: Reader, applicationId: string) {
  return db
    .select({ assessment: eligibilityAssessments, assessedByName: users.displayName })
    .from(eligibilityAssessments)
    .innerJoin(users, eq(users.id, eligibilityAssessments.assessedBy))
    .where(eq(eligibilityAssessments.applicationId, applicationId))
    .orderBy(desc(eligibilityAssessments.createdAt));
}

export async function insertWaitingListEntry(tx: Tx, values: typeof waitingListEntries.$inferInsert) {
  const [row] = await tx.insert(waitingListEntries).values(values).returning();
  return row!;
}

export async function getWaitingListEntryById(db: Reader, id: string) {
  const [row] = await db.select().from(waitingListEntries).where(eq(waitingListEntries.id, id));
  return row ?? null;
}

export async function getWaitingListEntryOfApplication(db: Reader, applicationId: string) {
  const [row] = await db.select().from(waitingListEntries).where(eq(waitingListEntries.applicationId, applicationId));
  return row ?? null;
}

export async function leaveWaitingList(tx: Tx, id: string, values: { leftOn: string; leftReason: 'case_opened' | 'removed'; removalNote?: string | null; removedBy?: string | null }) {
  await tx.update(waitingListEntries).set(values).where(and(eq(waitingListEntries.id, id), isNull(waitingListEntries.leftOn)));
}

/** The waiting list as it stood on `asOf`: added by then and not left by then; only the persons `visible` lets through, or everyone without it. */
export async function findWaitingListOn(db: Reader, municipalityAtvks: readonly string[], programmeCode: string, asOf: string, visible: SQL | undefined) {
  if (municipalityAtvks.length === 0) return [];
  return db
    .select({
      id: waitingListEntries.id, applicationId: waitingListEntries.applicationId, personId: waitingListEntries.personId, personName,
      municipalityAtvk: waitingListEntries.municipalityAtvk, decidedOn: waitingListEntries.decidedOn, addedOn: waitingListEntries.addedOn,
      priorityFactors: waitingListEntries.priorityFactors, ruleVersion: waitingListEntries.ruleVersion,
    })
    .from(waitingListEntries)
    .innerJoin(persons, eq(persons.id, waitingListEntries.personId))
    .where(and(
      visible,
      inArray(waitingListEntries.municipalityAtvk, [...municipalityAtvks]),
      eq(waitingListEntries.programmeCode, programmeCode),
      sql`${waitingListEntries.addedOn} <= ${asOf}`,
      sql`(${waitingListEntries.leftOn} IS NULL OR ${waitingListEntries.leftOn} > ${asOf})`,
    ));
}

/** The person's cases in a programme (an open one stops a new application). */
export function findCasesOfPerson(db: Reader, personId: string, programmeCode: string) {
  return db.select().from(cases).where(and(eq(cases.personId, personId), eq(cases.programme, programmeCode)));
}

/** The case opened from an application, if any. */
export async function findCaseOfApplication(db: Reader, applicationId: string) {
  const [row] = await db.select({ id: cases.id, caseNumber: cases.caseNumber, status: cases.status }).from(cases).where(eq(cases.applicationId, applicationId));
  return row ?? null;
}

/** HF-3.3.4 the ended case a re-application names. */
export async function getPreviousCase(db: Reader, caseId: string) {
  const [row] = await db.select({ id: cases.id, caseNumber: cases.caseNumber, closedOn: cases.closedOn }).from(cases).where(eq(cases.id, caseId));
  return row ?? null;
}

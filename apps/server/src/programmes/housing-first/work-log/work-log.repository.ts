import { desc, eq } from 'drizzle-orm';
import type { Tx, Reader } from '../../../db/database';
import { contacts, users, visits, workLogEntries } from '../../../db/schema';

/** The only file with SQL for the work log (HF-3.4.5): its entries, and the visits and contacts it lists with them. */

export async function insertWorkLogEntry(tx: Tx, values: typeof workLogEntries.$inferInsert) {
  const [entry] = await tx.insert(workLogEntries).values(values).returning();
  return entry!;
}

/** A case's own work-log entries, newest first. */
export function findWorkLogEntriesOfCase(tx: Tx, caseId: string) {
  return tx.select().from(workLogEntries).where(eq(workLogEntries.caseId, caseId)).orderBy(desc(workLogEntries.entryOn));
}

/** The display names of an organisation's users, by id (the authors and workers a work log names). */
export async function findUserNamesOfOrganisation(tx: Tx, organisationId: string) {
  const rows = await tx.select({ id: users.id, name: users.displayName }).from(users).where(eq(users.organisationId, organisationId));
  return new Map(rows.map((u) => [u.id, u.name]));
}

/** A case's visits and contacts, newest first, for the work log. */
export async function findVisitsOfCase(db: Reader, caseId: string) {
  return db.select().from(visits).where(eq(visits.caseId, caseId)).orderBy(desc(visits.visitedOn), desc(visits.createdAt));
}

export async function findContactsOfCase(db: Reader, caseId: string) {
  return db.select().from(contacts).where(eq(contacts.caseId, caseId)).orderBy(desc(contacts.contactOn), desc(contacts.createdAt));
}

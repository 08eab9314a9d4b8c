import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { contacts, escalationExtensions, visits, visitSlots } from '../../db/schema';

/** The only file with SQL for visit slots, visits, contacts and escalation extensions. */

type Reader = Db | Tx;

export async function insertVisitSlot(tx: Tx, values: typeof visitSlots.$inferInsert) {
  const [row] = await tx.insert(visitSlots).values(values).returning();
  return row!;
}

/** The weekly slot in force on `date`. */
export async function getVisitSlotOn(db: Reader, caseId: string, date: string) {
  const [row] = await db.select().from(visitSlots).where(and(eq(visitSlots.caseId, caseId), lte(visitSlots.fromDate, date))).orderBy(desc(visitSlots.fromDate), desc(visitSlots.createdAt)).limit(1);
  return row ?? null;
}

export async function insertVisit(tx: Tx, values: typeof visits.$inferInsert) {
  const [row] = await tx.insert(visits).values(values).returning();
  return row!;
}

export async function insertContact(tx: Tx, values: typeof contacts.$inferInsert) {
  const [row] = await tx.insert(contacts).values(values).returning();
  return row!;
}

/** HF-2.2 contact hours of a case on one day, and since the engagement began. */
export async function sumContactHours(db: Reader, caseId: string, day: string, engagementFrom: string) {
  const [row] = await db
    .select({
      day: sql<string>`coalesce(sum(${contacts.hours}) FILTER (WHERE ${contacts.contactOn} = ${day}), 0)`,
      engagement: sql<string>`coalesce(sum(${contacts.hours}) FILTER (WHERE ${contacts.contactOn} >= ${engagementFrom}), 0)`,
    })
    .from(contacts)
    .where(eq(contacts.caseId, caseId));
  return { day: Number(row!.day), engagement: Number(row!.engagement) };
}

export async function insertExtension(tx: Tx, values: typeof escalationExtensions.$inferInsert) {
  const [row] = await tx.insert(escalationExtensions).values(values).returning();
  return row!;
}

/** Everything the escalation and worklist rules read for these cases, recorded up to `asOf`. */
export async function findServiceFacts(db: Reader, caseIds: readonly string[], asOf: string) {
  if (caseIds.length === 0) return { visits: [], contacts: [], extensions: [] };
  const ids = [...caseIds];
  return {
    visits: await db
      .select({ caseId: visits.caseId, on: visits.visitedOn, outcome: visits.outcome, healthRisk: visits.healthRisk })
      .from(visits).where(and(inArray(visits.caseId, ids), lte(visits.visitedOn, asOf))),
    contacts: await db
      .select({ caseId: contacts.caseId, on: contacts.contactOn, hours: contacts.hours, reachedPerson: contacts.reachedPerson })
      .from(contacts).where(and(inArray(contacts.caseId, ids), lte(contacts.contactOn, asOf))),
    extensions: await db
      .select({ caseId: escalationExtensions.caseId, on: escalationExtensions.recordedOn, reason: escalationExtensions.reason })
      .from(escalationExtensions).where(and(inArray(escalationExtensions.caseId, ids), lte(escalationExtensions.recordedOn, asOf))),
  };
}

/** A case's visits and contacts, newest first, for its page and the work log. */
export async function findVisitsOfCase(db: Reader, caseId: string) {
  return db.select().from(visits).where(eq(visits.caseId, caseId)).orderBy(desc(visits.visitedOn), desc(visits.createdAt));
}

export async function findContactsOfCase(db: Reader, caseId: string) {
  return db.select().from(contacts).where(eq(contacts.caseId, caseId)).orderBy(desc(contacts.contactOn), desc(contacts.createdAt));
}

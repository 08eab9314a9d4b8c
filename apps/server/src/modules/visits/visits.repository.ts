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

/**
 * What the escalation and worklist rules read for these cases on `asOf` — the summarised record of
 * `summariseCaseFacts` (HF-3.2.1, HF-3.2.2, HF-2.2), not the whole history: per case the last visit,
 * the first met visit, the visits from the day the person was last reached on, the contact that last
 * reached them, extensions after that day, and the other contacts' hours summed in the database
 * (`unlistedContactHours`). One statement; every lookup is an index range of the case (migration 0008).
 */
export async function findServiceFacts(db: Reader, caseIds: readonly string[], asOf: string) {
  const unlistedContactHours = new Map<string, number>();
  const out = {
    visits: [] as Array<{ caseId: string; on: string; outcome: string; healthRisk: boolean }>,
    contacts: [] as Array<{ caseId: string; on: string; hours: number; reachedPerson: boolean }>,
    extensions: [] as Array<{ caseId: string; on: string; reason: string }>,
    unlistedContactHours,
  };
  if (caseIds.length === 0) return out;
  type Row = { case_id: string; visits: Array<[string, string, boolean]> | null; reached: [string, string] | null; hours: string; extensions: Array<[string, string]> | null };
  const { rows } = (await db.execute(sql`
    SELECT c.id AS case_id, r.reached, x.hours,
      (SELECT json_agg(json_build_array(u.visited_on, u.outcome, u.health_risk) ORDER BY u.visited_on, u.id) FROM (
         SELECT v.id, v.visited_on, v.outcome, v.health_risk FROM visits v
          WHERE v.case_id = c.id AND v.visited_on <= ${asOf} AND v.visited_on >= coalesce(s.since, '-infinity'::date)
         UNION
         (SELECT v.id, v.visited_on, v.outcome, v.health_risk FROM visits v
           WHERE v.case_id = c.id AND v.visited_on < s.since ORDER BY v.visited_on DESC LIMIT 1)
         UNION
         (SELECT v.id, v.visited_on, v.outcome, v.health_risk FROM visits v
           WHERE v.case_id = c.id AND v.visited_on < s.since AND v.outcome = 'met' ORDER BY v.visited_on LIMIT 1)
       ) u) AS visits,
      (SELECT json_agg(json_build_array(e.recorded_on, e.reason) ORDER BY e.recorded_on) FROM escalation_extensions e
        WHERE e.case_id = c.id AND e.recorded_on <= ${asOf} AND (s.since IS NULL OR e.recorded_on > s.since)) AS extensions
    FROM unnest(${`{${caseIds.join(',')}}`}::uuid[]) AS c (id)
    CROSS JOIN LATERAL (
      SELECT (SELECT json_build_array(k.contact_on, k.hours) FROM contacts k
                WHERE k.case_id = c.id AND k.contact_on <= ${asOf} AND k.reached_person ORDER BY k.contact_on DESC LIMIT 1) AS reached,
             (SELECT max(v.visited_on) FROM visits v WHERE v.case_id = c.id AND v.visited_on <= ${asOf} AND v.outcome <> 'not_home_no_notice') AS reached_visit_on
    ) r
    CROSS JOIN LATERAL (SELECT greatest(r.reached_visit_on, (r.reached ->> 0)::date) AS since) s
    CROSS JOIN LATERAL (
      SELECT (coalesce(sum(k.hours), 0) - coalesce((r.reached ->> 1)::numeric, 0))::text AS hours FROM contacts k WHERE k.case_id = c.id AND k.contact_on <= ${asOf}
    ) x`)) as unknown as { rows: Row[] };
  for (const row of rows) {
    for (const [on, outcome, healthRisk] of row.visits ?? []) out.visits.push({ caseId: row.case_id, on, outcome, healthRisk });
    if (row.reached) out.contacts.push({ caseId: row.case_id, on: row.reached[0], hours: Number(row.reached[1]), reachedPerson: true });
    for (const [on, reason] of row.extensions ?? []) out.extensions.push({ caseId: row.case_id, on, reason });
    unlistedContactHours.set(row.case_id, Number(row.hours));
  }
  return out;
}

/** A case's visits and contacts, newest first, for its page and the work log. */
export async function findVisitsOfCase(db: Reader, caseId: string) {
  return db.select().from(visits).where(eq(visits.caseId, caseId)).orderBy(desc(visits.visitedOn), desc(visits.createdAt));
}

export async function findContactsOfCase(db: Reader, caseId: string) {
  return db.select().from(contacts).where(eq(contacts.caseId, caseId)).orderBy(desc(contacts.contactOn), desc(contacts.createdAt));
}

import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { uuidArray, type Tx, type Reader } from '../../../db/database';
import { contacts, escalationExtensions, visits, visitSlots } from '../../../db/schema';

/** The only file that writes visit slots, visits, contacts and escalation extensions (the work log reads a case's visits and contacts in work-log.repository.ts). */

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

/** HF-2.2 contact hours of a person's cases (of one engagement) on one day, and since the engagement began. */
export async function sumContactHours(db: Reader, caseIds: readonly string[], day: string, engagementFrom: string) {
  const [row] = await db
    .select({
      day: sql<string>`coalesce(sum(${contacts.hours}) FILTER (WHERE ${contacts.contactOn} = ${day}), 0)`,
      engagement: sql<string>`coalesce(sum(${contacts.hours}) FILTER (WHERE ${contacts.contactOn} >= ${engagementFrom}), 0)`,
    })
    .from(contacts)
    .where(inArray(contacts.caseId, [...caseIds]));
  return { day: Number(row!.day), engagement: Number(row!.engagement) };
}

/** HF-2.2 the contact hours of each case from a day up to `asOf` (the person's earlier cases of an engagement), keyed `caseId|fromOn`. */
export async function sumContactHoursFrom(db: Reader, from: ReadonlyArray<{ caseId: string; fromOn: string }>, asOf: string): Promise<Map<string, number>> {
  const sums = new Map<string, number>();
  if (from.length === 0) return sums;
  const { rows } = (await db.execute(sql`
    SELECT x.case_id, x.from_on::text AS from_on, sum(k.hours)::text AS hours
    FROM json_to_recordset(${JSON.stringify(from.map((f) => ({ case_id: f.caseId, from_on: f.fromOn })))}::json) AS x (case_id uuid, from_on date)
    JOIN contacts k ON k.case_id = x.case_id AND k.contact_on >= x.from_on AND k.contact_on <= ${asOf}
    GROUP BY x.case_id, x.from_on`)) as unknown as { rows: Array<{ case_id: string; from_on: string; hours: string }> };
  for (const row of rows) sums.set(`${row.case_id}|${row.from_on}`, Number(row.hours));
  return sums;
}

export async function insertExtension(tx: Tx, values: typeof escalationExtensions.$inferInsert) {
  const [row] = await tx.insert(escalationExtensions).values(values).returning();
  return row!;
}

/** Days of visits and reaching contacts the bulk read takes: with weekly visits, nearly always back to the last meeting at home. */
const WINDOW_DAYS = 28;

export interface ServiceFacts {
  visits: Array<{ caseId: string; on: string; outcome: string; healthRisk: boolean }>;
  contacts: Array<{ caseId: string; on: string; hours: number; reachedPerson: boolean }>;
  extensions: Array<{ caseId: string; on: string; reason: string }>;
  /** HF-2.2 per case, the hours of the contacts up to `asOf` not in `contacts`. */
  unlistedContactHours: Map<string, number>;
}
const emptyServiceFacts = (): ServiceFacts => ({ visits: [], contacts: [], extensions: [], unlistedContactHours: new Map() });

/**
 * What the escalation and worklist rules read for these cases on `asOf` — the summarised record of
 * `summariseCaseFacts` (HF-3.2.1, HF-3.2.2, HF-2.2), not the whole history: the visits from the last
 * meeting at home on (the week counts from it), the contact that last reached the person (the month),
 * extensions after that meeting, and the other contacts' hours (`unlistedContactHours`) from the yearly
 * and monthly totals (migration 0008) plus the month's contacts. Read in bulk for all the cases at once —
 * the last ${WINDOW_DAYS} days of visits and contacts, one index range per case and table, no per-case
 * subqueries; a case not met at home in that window is read one case at a time (`findServiceFactsPerCase`).
 * The first met visit (HF-3.2.4) is read for `firstMetOf` only: the cases without an initial plan offer
 * by `asOf` (by default all).
 */
export async function findServiceFacts(db: Reader, caseIds: readonly string[], asOf: string, firstMetOf: readonly string[] = caseIds): Promise<ServiceFacts> {
  const out = emptyServiceFacts();
  if (caseIds.length === 0) return out;
  const ids = uuidArray(caseIds);
  type Row = { case_id: string; recent: VisitRow[] | null; reached_on: string | null; reached_hours: string | null; unlisted: string; extensions: Array<[string, string]> | null };
  const { rows } = (await db.execute(sql`
    WITH ids AS MATERIALIZED (SELECT ${ids} AS a), v AS (
      SELECT case_id, json_agg(json_build_array(visited_on, outcome, health_risk)) AS recent FROM visits
      WHERE case_id = ANY((SELECT a FROM ids)::uuid[]) AND visited_on > ${asOf}::date - ${sql.raw(String(WINDOW_DAYS))} AND visited_on <= ${asOf} GROUP BY case_id
    ), m AS (
      SELECT case_id, sum(hours) AS hours FROM contacts
      WHERE case_id = ANY((SELECT a FROM ids)::uuid[]) AND contact_on >= date_trunc('month', ${asOf}::date) AND contact_on <= ${asOf} GROUP BY case_id
    ), k AS (
      SELECT DISTINCT ON (case_id) case_id, contact_on AS reached_on, hours AS reached_hours FROM contacts
      WHERE case_id = ANY((SELECT a FROM ids)::uuid[]) AND contact_on > ${asOf}::date - ${sql.raw(String(WINDOW_DAYS))} AND contact_on <= ${asOf} AND reached_person
      ORDER BY case_id DESC, contact_on DESC
    ), t AS (
      SELECT case_id, sum(hours) AS hours FROM (
        SELECT case_id, hours FROM contact_hours_totals
        WHERE case_id = ANY((SELECT a FROM ids)::uuid[]) AND period = 'year' AND period_start < date_trunc('year', ${asOf}::date)
        UNION ALL
        SELECT case_id, hours FROM contact_hours_totals
        WHERE case_id = ANY((SELECT a FROM ids)::uuid[]) AND period = 'month' AND period_start >= date_trunc('year', ${asOf}::date) AND period_start < date_trunc('month', ${asOf}::date)
      ) x GROUP BY case_id
    ), e AS (
      SELECT case_id, json_agg(json_build_array(recorded_on, reason)) AS extensions FROM escalation_extensions
      WHERE case_id = ANY((SELECT a FROM ids)::uuid[]) AND recorded_on <= ${asOf} GROUP BY case_id
    )
    SELECT c.id AS case_id, v.recent, k.reached_on::text AS reached_on, k.reached_hours::text AS reached_hours, e.extensions,
           (coalesce(t.hours, 0) + coalesce(m.hours, 0) - coalesce(k.reached_hours, 0))::text AS unlisted
    FROM unnest((SELECT a FROM ids)) AS c (id)
    LEFT JOIN v ON v.case_id = c.id LEFT JOIN m ON m.case_id = c.id LEFT JOIN k ON k.case_id = c.id LEFT JOIN t ON t.case_id = c.id LEFT JOIN e ON e.case_id = c.id`)) as unknown as { rows: Row[] };

  const wanted = new Set(firstMetOf);
  const oneByOne: string[] = [];
  const since = new Map<string, string>();
  for (const row of rows) {
    const recent = (row.recent ?? []).sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0)); // newest first
    const day = recent.find(([, outcome]) => outcome === 'met')?.[0];
    if (!day) {
      oneByOne.push(row.case_id);
      continue;
    }
    since.set(row.case_id, day);
    const listed = recent.filter(([on]) => on >= day);
    for (const [on, outcome, healthRisk] of listed.reverse()) out.visits.push({ caseId: row.case_id, on, outcome, healthRisk });
    if (row.reached_on) out.contacts.push({ caseId: row.case_id, on: row.reached_on, hours: Number(row.reached_hours), reachedPerson: true });
    for (const [on, reason] of (row.extensions ?? []).sort()) if (on > day) out.extensions.push({ caseId: row.case_id, on, reason });
    out.unlistedContactHours.set(row.case_id, Number(row.unlisted));
  }
  // HF-3.2.4 the first met visit, where the initial plan offer still waits for it and it is older than the window's reach
  const firstMet = caseIds.filter((id) => wanted.has(id) && since.has(id));
  if (firstMet.length) {
    const { rows: met } = (await db.execute(sql`
      SELECT c.id AS case_id, (SELECT json_build_array(v.visited_on, v.outcome, v.health_risk) FROM visits v
        WHERE v.case_id = c.id AND v.visited_on <= ${asOf} AND v.outcome = 'met' ORDER BY v.visited_on LIMIT 1) AS first_met
      FROM unnest(${uuidArray(firstMet)}) AS c (id)`)) as unknown as { rows: Array<{ case_id: string; first_met: VisitRow | null }> };
    for (const { case_id: caseId, first_met: visit } of met) {
      if (visit && visit[0] < since.get(caseId)!) out.visits.push({ caseId, on: visit[0], outcome: visit[1], healthRisk: visit[2] });
    }
  }
  if (oneByOne.length) {
    const rest = await findServiceFactsPerCase(db, oneByOne, asOf);
    out.visits.push(...rest.visits);
    out.contacts.push(...rest.contacts);
    out.extensions.push(...rest.extensions);
    for (const [id, hours] of rest.unlistedContactHours) out.unlistedContactHours.set(id, hours);
  }
  return out;
}

/** Visits read per case in the first pass: enough, unless the person has not been reached in as many visits. */
const LAST_VISITS = 8;

type VisitRow = [on: string, outcome: string, healthRisk: boolean];

/**
 * One case at a time (index ranges of a few rows per case): what the escalation and worklist rules read for these cases on `asOf` — the summarised record of
 * `summariseCaseFacts` (HF-3.2.1, HF-3.2.2, HF-2.2), not the whole history: per case the first met
 * visit, the visits from the last meeting at home on, the contact that last reached the person,
 * extensions after that meeting, and the other contacts' hours (`unlistedContactHours`) from the yearly
 * and monthly totals plus the month's contacts (migration 0008). One statement, index-only ranges of a
 * few rows per case; a case whose last 8 visits do not reach back to the last meeting at home has its
 * visits read whole in a second statement.
 */
async function findServiceFactsPerCase(db: Reader, caseIds: readonly string[], asOf: string): Promise<ServiceFacts> {
  const out = emptyServiceFacts();
  const unlistedContactHours = out.unlistedContactHours;
  if (caseIds.length === 0) return out;
  type Row = { case_id: string; last_visits: VisitRow[] | null; first_met: VisitRow | null; reached: [string, string] | null; hours: string; extensions: Array<[string, string]> | null };
  const { rows } = (await db.execute(sql`
    SELECT x.case_id, x.last_visits, x.first_met, x.reached, x.extensions, (x.total - coalesce((x.reached ->> 1)::numeric, 0))::text AS hours FROM (
    SELECT c.id AS case_id,
      (SELECT json_agg(json_build_array(v.visited_on, v.outcome, v.health_risk) ORDER BY v.visited_on DESC) FROM (
         SELECT v.visited_on, v.outcome, v.health_risk FROM visits v WHERE v.case_id = c.id AND v.visited_on <= ${asOf}
         ORDER BY v.visited_on DESC LIMIT ${LAST_VISITS}) v) AS last_visits,
      (SELECT json_build_array(v.visited_on, v.outcome, v.health_risk) FROM visits v
        WHERE v.case_id = c.id AND v.visited_on <= ${asOf} AND v.outcome = 'met' ORDER BY v.visited_on LIMIT 1) AS first_met,
      (SELECT json_build_array(k.contact_on, k.hours) FROM contacts k
        WHERE k.case_id = c.id AND k.contact_on <= ${asOf} AND k.reached_person ORDER BY k.contact_on DESC LIMIT 1) AS reached,
      ((SELECT coalesce(sum(t.hours), 0) FROM contact_hours_totals t
         WHERE t.case_id = c.id AND t.period = 'year' AND t.period_start < date_trunc('year', ${asOf}::date))
       + (SELECT coalesce(sum(t.hours), 0) FROM contact_hours_totals t
         WHERE t.case_id = c.id AND t.period = 'month' AND t.period_start >= date_trunc('year', ${asOf}::date) AND t.period_start < date_trunc('month', ${asOf}::date))
       + (SELECT coalesce(sum(k.hours), 0) FROM contacts k
         WHERE k.case_id = c.id AND k.contact_on >= date_trunc('month', ${asOf}::date) AND k.contact_on <= ${asOf})) AS total,
      (SELECT json_agg(json_build_array(e.recorded_on, e.reason) ORDER BY e.recorded_on) FROM escalation_extensions e
        WHERE e.case_id = c.id AND e.recorded_on <= ${asOf}) AS extensions
    FROM unnest(${uuidArray(caseIds)}) AS c (id)) x`)) as unknown as { rows: Row[] };

  const whole = new Map<string, VisitRow[]>();
  const summarise = (row: Row) => {
    const last = row.last_visits ?? [];
    const since = last.find(([, outcome]) => outcome === 'met')?.[0] ?? null;
    const complete = last.length < LAST_VISITS || (since !== null && since > last.at(-1)![0]);
    return { since, complete, visits: complete ? [...last.filter(([on]) => since === null || on >= since)].reverse() : null };
  };
  const incomplete = rows.filter((row) => !summarise(row).complete).map((row) => row.case_id);
  if (incomplete.length) {
    const { rows: all } = (await db.execute(sql`
      SELECT v.case_id, json_agg(json_build_array(v.visited_on, v.outcome, v.health_risk) ORDER BY v.visited_on) AS visits FROM visits v
      WHERE v.case_id = ANY(${uuidArray(incomplete)}) AND v.visited_on <= ${asOf} GROUP BY v.case_id`)) as unknown as { rows: Array<{ case_id: string; visits: VisitRow[] }> };
    for (const r of all) whole.set(r.case_id, r.visits);
  }
  for (const row of rows) {
    const { since, visits } = summarise(row);
    const older = row.first_met && since !== null && row.first_met[0] < since ? [row.first_met] : [];
    const listed = visits ? [...older, ...visits] : whole.get(row.case_id) ?? [];
    for (const [on, outcome, healthRisk] of listed) out.visits.push({ caseId: row.case_id, on, outcome, healthRisk });
    if (row.reached) out.contacts.push({ caseId: row.case_id, on: row.reached[0], hours: Number(row.reached[1]), reachedPerson: true });
    for (const [on, reason] of row.extensions ?? []) if (since === null || on > since) out.extensions.push({ caseId: row.case_id, on, reason });
    unlistedContactHours.set(row.case_id, Number(row.hours));
  }
  return out;
}

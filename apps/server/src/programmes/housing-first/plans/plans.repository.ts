import { desc, eq, sql } from 'drizzle-orm';
import { uuidArray, type Tx, type Reader } from '../../../db/database';
import { functioningAssessments, planReviews, rehabilitationPlans, supportOffers } from '../../../db/schema';

/** The only file with SQL for support offers, rehabilitation plans, their reviews and functioning assessments. */

export async function insertSupportOffer(tx: Tx, values: typeof supportOffers.$inferInsert) {
  const [row] = await tx.insert(supportOffers).values(values).returning();
  return row!;
}

export async function findPlanVersions(db: Reader, caseId: string) {
  return db.select().from(rehabilitationPlans).where(eq(rehabilitationPlans.caseId, caseId)).orderBy(desc(rehabilitationPlans.version));
}

export async function insertPlanVersion(tx: Tx, values: typeof rehabilitationPlans.$inferInsert) {
  const [row] = await tx.insert(rehabilitationPlans).values(values).returning();
  return row!;
}

export async function insertPlanReview(tx: Tx, values: typeof planReviews.$inferInsert) {
  const [row] = await tx.insert(planReviews).values(values).returning();
  return row!;
}

export async function insertFunctioningAssessment(tx: Tx, values: typeof functioningAssessments.$inferInsert) {
  const [row] = await tx.insert(functioningAssessments).values(values).returning();
  return row!;
}

/** Days of plan reviews the bulk read takes (reviews are due every 14 days, HF-3.2.5). */
const REVIEW_WINDOW_DAYS = 28;

/**
 * What the plan, review, re-assessment and offer rules read for these cases on `asOf` — the summarised
 * record of `summariseCaseFacts` (HF-3.2.3–3.2.5, HF-2.4), one row per case: the day the initial plan
 * was first offered, the start of the plan being followed (the lowest version not ended), the last
 * review, the last assessment (initial or re-assessment), and per additional service the latest offer
 * (the last recorded on a tie), services in the order they were first offered. One statement, read in
 * bulk for all the cases: one index range per case and table, no per-case subqueries; the reviews of the
 * last 28 days, and one case at a time the last review of a plan not reviewed in them.
 */
export async function findPlanFacts(db: Reader, caseIds: readonly string[], asOf: string) {
  type Offer = { service: string; answeredOn: string; answer: 'accepted' | 'declined' | 'later' };
  const facts = new Map<string, { planOfferedOn: string | null; activePlanStartedOn: string | null; planReviews: string[]; assessments: string[]; serviceOffers: Offer[] }>();
  if (caseIds.length === 0) return facts;
  type Row = { case_id: string; plan_offered_on: string | null; plan_started_on: string | null; reviewed_on: string | null; assessed_on: string | null; offers: Array<[string, string, Offer['answer']]> | null };
  const ids = uuidArray(caseIds);
  const { rows } = (await db.execute(sql`
    WITH ids AS MATERIALIZED (SELECT ${ids} AS a), o AS ( -- every offer of the case in the order recorded; the latest per service is picked below
      SELECT case_id, min(offered_on) FILTER (WHERE offered = 'initial_plan')::text AS plan_offered_on,
             json_agg(json_build_array(offered, offered_on, answer) ORDER BY created_at, id) FILTER (WHERE offered NOT IN ('initial_plan', 'wrap')) AS offers
      FROM support_offers WHERE case_id = ANY((SELECT a FROM ids)::uuid[]) AND offered_on <= ${asOf} GROUP BY case_id
    ), p AS ( -- HF-3.2.5 the plan followed is its newest version in force: saving a new version revises the plan
      SELECT DISTINCT ON (case_id) case_id, started_on::text AS plan_started_on FROM rehabilitation_plans
      WHERE case_id = ANY((SELECT a FROM ids)::uuid[]) AND started_on <= ${asOf} AND (ended_on IS NULL OR ended_on > ${asOf}) ORDER BY case_id, version DESC
    ), r AS (
      SELECT case_id, max(reviewed_on)::text AS reviewed_on FROM plan_reviews
      WHERE case_id = ANY((SELECT a FROM ids)::uuid[]) AND reviewed_on > ${asOf}::date - ${sql.raw(String(REVIEW_WINDOW_DAYS))} AND reviewed_on <= ${asOf} GROUP BY case_id
    ), a AS (
      SELECT case_id, max(assessed_on)::text AS assessed_on FROM (
        SELECT case_id, assessed_on FROM initial_assessments WHERE case_id = ANY((SELECT a FROM ids)::uuid[]) AND assessed_on <= ${asOf}
        UNION ALL
        SELECT case_id, assessed_on FROM functioning_assessments WHERE case_id = ANY((SELECT a FROM ids)::uuid[]) AND assessed_on <= ${asOf}
      ) x GROUP BY case_id
    )
    SELECT c.id AS case_id, o.plan_offered_on, p.plan_started_on, r.reviewed_on, a.assessed_on, o.offers
    FROM unnest((SELECT a FROM ids)) AS c (id)
    LEFT JOIN o ON o.case_id = c.id LEFT JOIN p ON p.case_id = c.id LEFT JOIN r ON r.case_id = c.id LEFT JOIN a ON a.case_id = c.id`)) as unknown as { rows: Row[] };
  // HF-3.2.5 a plan followed without a review in the window: its last review, one case at a time
  const older = rows.filter((row) => row.plan_started_on && !row.reviewed_on).map((row) => row.case_id);
  if (older.length) {
    const { rows: last } = (await db.execute(sql`
      SELECT c.id AS case_id, (SELECT max(r.reviewed_on)::text FROM plan_reviews r WHERE r.case_id = c.id AND r.reviewed_on <= ${asOf}) AS reviewed_on
      FROM unnest(${uuidArray(older)}) AS c (id)`)) as unknown as { rows: Array<{ case_id: string; reviewed_on: string | null }> };
    const byId = new Map(last.map((r) => [r.case_id, r.reviewed_on]));
    for (const row of rows) if (byId.has(row.case_id)) row.reviewed_on = byId.get(row.case_id)!;
  }
  for (const row of rows) {
    facts.set(row.case_id, {
      planOfferedOn: row.plan_offered_on, activePlanStartedOn: row.plan_started_on,
      planReviews: row.reviewed_on ? [row.reviewed_on] : [], assessments: row.assessed_on ? [row.assessed_on] : [],
      serviceOffers: latestOffers(row.offers),
    });
  }
  return facts;
}

/**
 * HF-3.2.3 per service its latest offer — the latest day, the last recorded on a tie — the services in the
 * order first offered, from a case's offers in the order recorded (created_at, id).
 */
function latestOffers(offers: Array<[string, string, 'accepted' | 'declined' | 'later']> | null) {
  const latest = new Map<string, { service: string; answeredOn: string; answer: 'accepted' | 'declined' | 'later' }>();
  for (const [service, answeredOn, answer] of offers ?? []) {
    const found = latest.get(service);
    if (!found) latest.set(service, { service, answeredOn, answer });
    else if (answeredOn >= found.answeredOn) { found.answeredOn = answeredOn; found.answer = answer; }
  }
  return [...latest.values()];
}

import { desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { functioningAssessments, initialAssessments, planReviews, rehabilitationPlans, supportOffers } from '../../db/schema';

/** The only file with SQL for support offers, rehabilitation plans, their reviews and functioning assessments. */

type Reader = Db | Tx;

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

/**
 * What the plan, review, re-assessment and offer rules read for these cases on `asOf` — the summarised
 * record of `summariseCaseFacts` (HF-3.2.3–3.2.5, HF-2.4), one row per case: the day the initial plan
 * was first offered, the start of the plan being followed (the lowest version not ended), the last
 * review, the last assessment (initial or re-assessment), and per additional service the latest offer
 * (the last recorded on a tie), services in the order they were first offered. One statement.
 */
export async function findPlanFacts(db: Reader, caseIds: readonly string[], asOf: string) {
  type Offer = { service: string; answeredOn: string; answer: 'accepted' | 'declined' | 'later' };
  const facts = new Map<string, { planOfferedOn: string | null; activePlanStartedOn: string | null; planReviews: string[]; assessments: string[]; serviceOffers: Offer[] }>();
  if (caseIds.length === 0) return facts;
  type Row = { case_id: string; plan_offered_on: string | null; plan_started_on: string | null; reviewed_on: string | null; assessed_on: string | null; offers: Array<[string, string, Offer['answer']]> | null };
  const { rows } = (await db.execute(sql`
    SELECT c.id AS case_id,
      (SELECT min(o.offered_on)::text FROM support_offers o WHERE o.case_id = c.id AND o.offered = 'initial_plan' AND o.offered_on <= ${asOf}) AS plan_offered_on,
      (SELECT p.started_on::text FROM rehabilitation_plans p WHERE p.case_id = c.id AND p.started_on <= ${asOf} AND (p.ended_on IS NULL OR p.ended_on > ${asOf})
        ORDER BY p.version LIMIT 1) AS plan_started_on,
      (SELECT max(r.reviewed_on)::text FROM plan_reviews r WHERE r.case_id = c.id AND r.reviewed_on <= ${asOf}) AS reviewed_on,
      greatest((SELECT max(a.assessed_on) FROM initial_assessments a WHERE a.case_id = c.id AND a.assessed_on <= ${asOf}),
               (SELECT max(f.assessed_on) FROM functioning_assessments f WHERE f.case_id = c.id AND f.assessed_on <= ${asOf}))::text AS assessed_on,
      (SELECT json_agg(json_build_array(l.offered, l.offered_on, l.answer) ORDER BY l.first_at, l.first_id) FROM (
         SELECT DISTINCT ON (o.offered) o.offered, o.offered_on, o.answer,
                min(o.created_at) OVER (PARTITION BY o.offered) AS first_at, first_value(o.id) OVER (PARTITION BY o.offered ORDER BY o.created_at, o.id) AS first_id
         FROM support_offers o WHERE o.case_id = c.id AND o.offered_on <= ${asOf} AND o.offered NOT IN ('initial_plan', 'wrap')
         ORDER BY o.offered, o.offered_on DESC, o.created_at DESC, o.id DESC) l) AS offers
    FROM unnest(${`{${caseIds.join(',')}}`}::uuid[]) AS c (id)`)) as unknown as { rows: Row[] };
  for (const row of rows) {
    facts.set(row.case_id, {
      planOfferedOn: row.plan_offered_on, activePlanStartedOn: row.plan_started_on,
      planReviews: row.reviewed_on ? [row.reviewed_on] : [], assessments: row.assessed_on ? [row.assessed_on] : [],
      serviceOffers: (row.offers ?? []).map(([service, answeredOn, answer]) => ({ service, answeredOn, answer })),
    });
  }
  return facts;
}

import { and, desc, eq, inArray, lte } from 'drizzle-orm';
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

/** Everything the plan and review rules read for these cases, recorded up to `asOf`. */
export async function findPlanFacts(db: Reader, caseIds: readonly string[], asOf: string) {
  if (caseIds.length === 0) return { offers: [], plans: [], reviews: [], assessments: [] };
  const ids = [...caseIds];
  return {
    offers: await db.select({ caseId: supportOffers.caseId, offered: supportOffers.offered, offeredOn: supportOffers.offeredOn, answer: supportOffers.answer })
      .from(supportOffers).where(and(inArray(supportOffers.caseId, ids), lte(supportOffers.offeredOn, asOf))),
    plans: await db.select({ caseId: rehabilitationPlans.caseId, startedOn: rehabilitationPlans.startedOn, endedOn: rehabilitationPlans.endedOn, version: rehabilitationPlans.version })
      .from(rehabilitationPlans).where(and(inArray(rehabilitationPlans.caseId, ids), lte(rehabilitationPlans.startedOn, asOf))),
    reviews: await db.select({ caseId: planReviews.caseId, on: planReviews.reviewedOn })
      .from(planReviews).where(and(inArray(planReviews.caseId, ids), lte(planReviews.reviewedOn, asOf))),
    assessments: [
      ...(await db.select({ caseId: initialAssessments.caseId, on: initialAssessments.assessedOn }).from(initialAssessments)
        .where(and(inArray(initialAssessments.caseId, ids), lte(initialAssessments.assessedOn, asOf)))),
      ...(await db.select({ caseId: functioningAssessments.caseId, on: functioningAssessments.assessedOn }).from(functioningAssessments)
        .where(and(inArray(functioningAssessments.caseId, ids), lte(functioningAssessments.assessedOn, asOf)))),
    ],
  };
}

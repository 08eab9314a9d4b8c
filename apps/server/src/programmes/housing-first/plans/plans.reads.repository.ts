import { and, asc, desc, eq, inArray, lte } from 'drizzle-orm';
import type { Reader } from '../../../db/database';
import { contacts, escalationExtensions, functioningAssessments, initialAssessments, planReviews, rehabilitationPlans, supportOffers, users, visits } from '../../../db/schema';

/**
 * Reads of one case's plan, offers, reviews, assessments, extensions, visits and contacts, with the
 * recorders' names (HF-3.4.4, HF-3.2, HF-2.2, HF-2.4, HF-3.3.3). Writes stay in plans.repository.ts and
 * visits.repository.ts; the worklists' summarised reads of many cases are there too.
 */

/** HF-3.4.4 every version of the case's plan, newest first. */
export async function findPlanVersionsWithNames(db: Reader, caseId: string) {
  return db
    .select({ plan: rehabilitationPlans, recordedByName: users.displayName })
    .from(rehabilitationPlans)
    .leftJoin(users, eq(users.id, rehabilitationPlans.recordedBy))
    .where(eq(rehabilitationPlans.caseId, caseId))
    .orderBy(desc(rehabilitationPlans.version));
}

/** HF-3.2.5 the plan's reviews up to `asOf` (all without it), newest first. */
export async function findPlanReviewsWithNames(db: Reader, caseId: string, asOf?: string) {
  return db
    .select({ id: planReviews.id, reviewedOn: planReviews.reviewedOn, note: planReviews.note, recordedBy: planReviews.recordedBy, recordedByName: users.displayName })
    .from(planReviews)
    .leftJoin(users, eq(users.id, planReviews.recordedBy))
    .where(and(eq(planReviews.caseId, caseId), asOf ? lte(planReviews.reviewedOn, asOf) : undefined))
    .orderBy(desc(planReviews.reviewedOn), desc(planReviews.createdAt));
}

/** Display names of users, for the responsible workers of plan goals. */
export async function findUserNames(db: Reader, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** HF-3.2.3, HF-3.2.4 offers up to `asOf`, oldest first (so that the later of two on one day wins). */
export async function findSupportOffersUpTo(db: Reader, caseId: string, asOf: string) {
  return db.select().from(supportOffers)
    .where(and(eq(supportOffers.caseId, caseId), lte(supportOffers.offeredOn, asOf)))
    .orderBy(asc(supportOffers.offeredOn), asc(supportOffers.createdAt));
}

/** HF-2.4 the initial and the functioning assessments up to `asOf`. */
export async function findAssessmentsUpTo(db: Reader, caseId: string, asOf: string) {
  const initial = await db.select({ on: initialAssessments.assessedOn }).from(initialAssessments)
    .where(and(eq(initialAssessments.caseId, caseId), lte(initialAssessments.assessedOn, asOf)));
  const functioning = await db.select({ on: functioningAssessments.assessedOn, summary: functioningAssessments.summary }).from(functioningAssessments)
    .where(and(eq(functioningAssessments.caseId, caseId), lte(functioningAssessments.assessedOn, asOf)));
  return [
    ...initial.map((a) => ({ kind: 'initial' as const, on: a.on, summary: null })),
    ...functioning.map((a) => ({ kind: 'functioning' as const, on: a.on, summary: a.summary })),
  ];
}

/** HF-3.3.3 extensions of the wait up to `asOf`, with who recorded them. */
export async function findExtensionsUpTo(db: Reader, caseId: string, asOf: string) {
  return db
    .select({ id: escalationExtensions.id, on: escalationExtensions.recordedOn, reason: escalationExtensions.reason, recordedBy: escalationExtensions.recordedBy, recordedByName: users.displayName })
    .from(escalationExtensions)
    .leftJoin(users, eq(users.id, escalationExtensions.recordedBy))
    .where(and(eq(escalationExtensions.caseId, caseId), lte(escalationExtensions.recordedOn, asOf)));
}

/** HF-3.2.1, HF-3.2.2 the case's visits up to `asOf`, oldest first. */
export async function findVisitsUpTo(db: Reader, caseId: string, asOf: string) {
  return db.select({ on: visits.visitedOn, outcome: visits.outcome, healthRisk: visits.healthRisk }).from(visits)
    .where(and(eq(visits.caseId, caseId), lte(visits.visitedOn, asOf)))
    .orderBy(asc(visits.visitedOn), asc(visits.createdAt));
}

/** HF-2.2 the case's contacts up to `asOf` with their hours, oldest first. */
export async function findContactsUpTo(db: Reader, caseId: string, asOf: string) {
  return db.select({ on: contacts.contactOn, hours: contacts.hours, reachedPerson: contacts.reachedPerson }).from(contacts)
    .where(and(eq(contacts.caseId, caseId), lte(contacts.contactOn, asOf)))
    .orderBy(asc(contacts.contactOn), asc(contacts.createdAt));
}

import { and, asc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Tx, Reader } from '../../../db/database';
import { calendarFeeds, caseTeamMembers, cases, moveIns, persons, users, visits, visitSlots } from '../../../db/schema';

/** The only file with SQL for the planned visits calendar and the iCalendar feed links. */

export async function replaceCalendarFeed(tx: Tx, userId: string, tokenHash: string) {
  await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  await tx.insert(calendarFeeds).values({ tokenHash, userId });
}

export async function getCalendarFeedByHash(db: Reader, tokenHash: string) {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.tokenHash, tokenHash));
  return row ?? null;
}

export async function getUserOfOrganisation(db: Reader, userId: string, organisationId: string) {
  const [row] = await db.select({ id: users.id, displayName: users.displayName }).from(users).where(and(eq(users.id, userId), eq(users.organisationId, organisationId)));
  return row ?? null;
}

/**
 * The cases a worker is on the team of at some day between `from` and `to`, with each of their periods
 * on the team, the move-in and the closing; `visible` narrows to the persons the reader may see.
 */
export async function findTeamCasesOfWorker(db: Reader, userId: string, from: string, to: string, visible: SQL = sql`true`) {
  const rows = await db
    .select({
      caseId: cases.id, caseNumber: cases.caseNumber, closedOn: cases.closedOn, personId: cases.personId,
      personName: sql<string>`${persons.givenNames} || ' ' || ${persons.surnames}`,
      movedInOn: sql<string | null>`(SELECT min(${moveIns.movedInOn}) FROM ${moveIns} WHERE ${moveIns.caseId} = ${cases.id})`,
      fromDate: caseTeamMembers.fromDate, toDate: caseTeamMembers.toDate,
    })
    .from(caseTeamMembers)
    .innerJoin(cases, eq(cases.id, caseTeamMembers.caseId))
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(and(eq(caseTeamMembers.userId, userId), lte(caseTeamMembers.fromDate, to), or(isNull(caseTeamMembers.toDate), gte(caseTeamMembers.toDate, from)), visible))
    .orderBy(asc(cases.caseNumber));
  const byCase = new Map<string, Omit<(typeof rows)[number], 'fromDate' | 'toDate'> & { onTeam: Array<{ fromDate: string; toDate: string | null }> }>();
  for (const { fromDate, toDate, ...c } of rows) {
    const entry = byCase.get(c.caseId) ?? { ...c, onTeam: [] };
    entry.onTeam.push({ fromDate, toDate });
    byCase.set(c.caseId, entry);
  }
  return [...byCase.values()];
}

/** Every version of the cases' weekly slots set to start by `to`, oldest set first. */
export async function findVisitSlotVersions(db: Reader, caseIds: readonly string[], to: string) {
  if (caseIds.length === 0) return [];
  return db
    .select({ caseId: visitSlots.caseId, weekday: visitSlots.weekday, atTime: visitSlots.atTime, fromDate: visitSlots.fromDate })
    .from(visitSlots)
    .where(and(inArray(visitSlots.caseId, [...caseIds]), lte(visitSlots.fromDate, to)))
    .orderBy(asc(visitSlots.createdAt), asc(visitSlots.id));
}

/** The home visits recorded on the cases between `from` and `to`. */
export async function findVisitsInPeriod(db: Reader, caseIds: readonly string[], from: string, to: string) {
  if (caseIds.length === 0) return [];
  return db
    .select({ id: visits.id, caseId: visits.caseId, on: visits.visitedOn, atTime: visits.atTime, outcome: visits.outcome })
    .from(visits)
    .where(and(inArray(visits.caseId, [...caseIds]), gte(visits.visitedOn, from), lte(visits.visitedOn, to)))
    .orderBy(asc(visits.visitedOn), asc(visits.createdAt));
}

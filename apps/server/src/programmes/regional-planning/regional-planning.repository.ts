import { and, asc, desc, eq, gte, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Tx, Reader } from '../../db/database';
import type { CatalogueService, CatalogueVersion } from '@socrehab/domain/programmes/regional-planning/index';
import { cases, municipalities, organisations, rpCatalogueVersions, rpCooperation, rpFigures, rpForecasts, rpModels, rpParts, rpRounds, users, waitingListEntries } from '../../db/schema';

/** The only file with SQL for regional planning (RP-1 – RP-7). Aggregates only: it never reads a person. */

export const PROGRAMME = 'regional_planning';

export const getOrganisationRegion = async (db: Reader, organisationId: string) =>
  (await db.select({ regionCode: organisations.regionCode }).from(organisations).where(eq(organisations.id, organisationId)))[0]?.regionCode ?? null;

/** The region's municipalities in force on a day (since the 2021 reform), by name. */
export const findRegionMunicipalities = (db: Reader, regionCode: string, on: string) =>
  db.select({ atvk: municipalities.atvk, nameLv: municipalities.nameLv, nameEn: municipalities.nameEn, kind: municipalities.kind }).from(municipalities)
    .where(and(eq(municipalities.regionCode, regionCode), lte(municipalities.validFrom, on), or(isNull(municipalities.validTo), gte(municipalities.validTo, on))))
    .orderBy(asc(municipalities.nameLv));

export const findRounds = (db: Reader, regionCode: string) =>
  db.select().from(rpRounds).where(eq(rpRounds.regionCode, regionCode)).orderBy(desc(rpRounds.openedOn), desc(rpRounds.createdAt));

export const getRound = async (db: Reader, id: string) => (await db.select().from(rpRounds).where(eq(rpRounds.id, id)))[0] ?? null;

/** Locks the round's row (closing and saving a part never cross). */
export const lockRound = async (tx: Tx, id: string) => (await tx.select().from(rpRounds).where(eq(rpRounds.id, id)).for('update'))[0] ?? null;

export async function insertRound(tx: Tx, row: typeof rpRounds.$inferInsert, atvks: readonly string[]) {
  const [round] = await tx.insert(rpRounds).values(row).returning();
  await tx.insert(rpParts).values(atvks.map((municipalityAtvk) => ({ roundId: round!.id, municipalityAtvk })));
  return round!;
}

export const findParts = (db: Reader, roundIds: readonly string[]) =>
  roundIds.length === 0 ? Promise.resolve([]) : db.select().from(rpParts).where(inArray(rpParts.roundId, [...roundIds])).orderBy(asc(rpParts.municipalityAtvk));

export const getPart = async (db: Reader, roundId: string, atvk: string) =>
  (await db.select().from(rpParts).where(and(eq(rpParts.roundId, roundId), eq(rpParts.municipalityAtvk, atvk))))[0] ?? null;

/** RP-6 the part's new state, only if still at the version the writer read (else null: someone else saved first). */
export const updatePartAtVersion = async (tx: Tx, id: string, expectedVersion: number, set: Partial<typeof rpParts.$inferInsert>) =>
  (await tx.update(rpParts).set({ ...set, version: sql`${rpParts.version} + 1`, updatedAt: sql`now()` }).where(and(eq(rpParts.id, id), eq(rpParts.version, expectedVersion))).returning())[0] ?? null;

export const markReminded = (tx: Tx, roundId: string, atvks: readonly string[], on: string) =>
  atvks.length === 0 ? Promise.resolve() : tx.update(rpParts).set({ lastRemindedOn: on, reminders: sql`${rpParts.reminders} + 1` }).where(and(eq(rpParts.roundId, roundId), inArray(rpParts.municipalityAtvk, [...atvks])));

export const closeRound = (tx: Tx, id: string, on: string, by: string) => tx.update(rpRounds).set({ status: 'closed', closedOn: on, closedBy: by }).where(eq(rpRounds.id, id));

export const findFigures = (db: Reader, roundIds: readonly string[], atvk?: string) =>
  roundIds.length === 0 ? Promise.resolve([]) : db.select().from(rpFigures).where(and(inArray(rpFigures.roundId, [...roundIds]), atvk ? eq(rpFigures.municipalityAtvk, atvk) : undefined));
export const findModels = (db: Reader, roundIds: readonly string[], atvk?: string) =>
  roundIds.length === 0 ? Promise.resolve([]) : db.select().from(rpModels).where(and(inArray(rpModels.roundId, [...roundIds]), atvk ? eq(rpModels.municipalityAtvk, atvk) : undefined));
export const findForecasts = (db: Reader, roundIds: readonly string[], atvk?: string, service?: string) =>
  roundIds.length === 0 ? Promise.resolve([]) : db.select().from(rpForecasts)
    .where(and(inArray(rpForecasts.roundId, [...roundIds]), atvk ? eq(rpForecasts.municipalityAtvk, atvk) : undefined, service ? eq(rpForecasts.service, service) : undefined));

/** RP-6 a part's content replaced as a whole (one transaction with the version check). */
export async function replacePartContent(tx: Tx, roundId: string, atvk: string, content: {
  figures: Omit<typeof rpFigures.$inferInsert, 'roundId' | 'municipalityAtvk'>[];
  models: Omit<typeof rpModels.$inferInsert, 'roundId' | 'municipalityAtvk'>[];
  forecasts: Omit<typeof rpForecasts.$inferInsert, 'roundId' | 'municipalityAtvk'>[];
}) {
  const own = <T extends typeof rpFigures | typeof rpModels | typeof rpForecasts>(t: T) => and(eq(t.roundId, roundId), eq(t.municipalityAtvk, atvk));
  await tx.delete(rpFigures).where(own(rpFigures));
  await tx.delete(rpModels).where(own(rpModels));
  await tx.delete(rpForecasts).where(own(rpForecasts));
  if (content.figures.length) await tx.insert(rpFigures).values(content.figures.map((f) => ({ ...f, roundId, municipalityAtvk: atvk })));
  if (content.models.length) await tx.insert(rpModels).values(content.models.map((m) => ({ ...m, roundId, municipalityAtvk: atvk })));
  if (content.forecasts.length) await tx.insert(rpForecasts).values(content.forecasts.map((f) => ({ ...f, roundId, municipalityAtvk: atvk })));
}

/** RP-6 a new round starts from the last closed round's figures and model (the municipality reviews and confirms them). */
export async function copyPartContent(tx: Tx, fromRoundId: string, toRoundId: string, atvks: readonly string[]) {
  if (atvks.length === 0) return;
  const figures = await tx.select().from(rpFigures).where(and(eq(rpFigures.roundId, fromRoundId), inArray(rpFigures.municipalityAtvk, [...atvks])));
  const models = await tx.select().from(rpModels).where(and(eq(rpModels.roundId, fromRoundId), inArray(rpModels.municipalityAtvk, [...atvks])));
  if (figures.length) await tx.insert(rpFigures).values(figures.map((f) => ({ ...f, roundId: toRoundId })));
  if (models.length) await tx.insert(rpModels).values(models.map((m) => ({ ...m, roundId: toRoundId })));
}

/**
 * RP-2 the clients the product's records hold per programme and municipality in a period: distinct persons
 * with a case open on any day of it (counts only; the planning programme's own code never has cases).
 */
export const countClientsFromRecords = (db: Reader, atvks: readonly string[], from: string, to: string) =>
  atvks.length === 0 ? Promise.resolve([]) : db.select({ programme: cases.programme, municipalityAtvk: cases.municipalityAtvk, clients: sql<number>`count(distinct ${cases.personId})::int` })
    .from(cases)
    .where(and(inArray(cases.municipalityAtvk, [...atvks]), ne(cases.programme, PROGRAMME), lte(cases.openedOn, to), or(isNull(cases.closedOn), gte(cases.closedOn, from))))
    .groupBy(cases.programme, cases.municipalityAtvk);

/**
 * RP-2 the waiting lists the product's records hold per programme and municipality (the core's waiting list,
 * e.g. Housing First's): the persons on the list at the period's end, and of those who left it for a place
 * in the period how many and their mean wait in days. Counts and an average only.
 */
export const countWaitingFromRecords = (db: Reader, atvks: readonly string[], from: string, to: string) =>
  atvks.length === 0 ? Promise.resolve([]) : db.select({
    programme: waitingListEntries.programmeCode, municipalityAtvk: waitingListEntries.municipalityAtvk,
    waiting: sql<number>`(count(distinct ${waitingListEntries.personId}) filter (where ${waitingListEntries.addedOn} <= ${to}::date and (${waitingListEntries.leftOn} is null or ${waitingListEntries.leftOn} > ${to}::date)))::int`,
    placed: sql<number>`(count(*) filter (where ${waitingListEntries.leftReason} = 'case_opened' and ${waitingListEntries.leftOn} between ${from}::date and ${to}::date))::int`,
    meanDays: sql<number | null>`round(avg(${waitingListEntries.leftOn} - ${waitingListEntries.addedOn}) filter (where ${waitingListEntries.leftReason} = 'case_opened' and ${waitingListEntries.leftOn} between ${from}::date and ${to}::date))::int`,
  }).from(waitingListEntries)
    .where(and(inArray(waitingListEntries.municipalityAtvk, [...atvks]), lte(waitingListEntries.addedOn, to), or(isNull(waitingListEntries.leftOn), gte(waitingListEntries.leftOn, from))))
    .groupBy(waitingListEntries.programmeCode, waitingListEntries.municipalityAtvk);

export const findCooperation = (db: Reader, regionCode: string) =>
  db.select().from(rpCooperation).where(eq(rpCooperation.regionCode, regionCode)).orderBy(asc(rpCooperation.validFrom), asc(rpCooperation.name));

export const insertCooperation = async (tx: Tx, row: typeof rpCooperation.$inferInsert) => (await tx.insert(rpCooperation).values(row).returning())[0]!;

/** RP-1 the region's published catalogue versions (after the programme's own first), oldest first, with who published each. */
export async function findCatalogueVersions(db: Reader, regionCode: string): Promise<(CatalogueVersion & { note: string | null; publishedAt: string; publishedBy: string | null })[]> {
  const rows = await db.select({ version: rpCatalogueVersions.version, validFrom: rpCatalogueVersions.validFrom, services: rpCatalogueVersions.services, note: rpCatalogueVersions.note,
    publishedAt: rpCatalogueVersions.publishedAt, publishedBy: users.displayName })
    .from(rpCatalogueVersions).leftJoin(users, eq(users.id, rpCatalogueVersions.publishedBy))
    .where(eq(rpCatalogueVersions.regionCode, regionCode)).orderBy(asc(rpCatalogueVersions.version));
  return rows.map((r) => ({ ...r, services: r.services as CatalogueService[] }));
}

/** RP-1 a new version; the primary key (region, version) refuses a second of the same number. */
export const insertCatalogueVersion = (tx: Tx, row: typeof rpCatalogueVersions.$inferInsert) => tx.insert(rpCatalogueVersions).values(row);

import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { organisations, serviceAgreements, rpCooperation, rpFigures, rpForecasts, rpModels, rpParts, rpRounds, users } from '../../db/schema';

/** The only SQL of the regional planning demo: the Jūrmala social service and its officer, the past rounds in bulk. */

export async function findMunicipalSocialService(tx: Tx, municipalityAtvk: string) {
  const [row] = await tx.select({ id: organisations.id }).from(organisations)
    .where(and(eq(organisations.kind, 'municipal_social_service'), eq(organisations.municipalityAtvk, municipalityAtvk))).orderBy(asc(organisations.createdAt)).limit(1);
  return row?.id ?? null;
}
export const findPlanningRegionOrganisation = async (tx: Tx, regionCode: string) =>
  (await tx.select({ id: organisations.id }).from(organisations).where(and(eq(organisations.kind, 'planning_region'), eq(organisations.regionCode, regionCode))).limit(1))[0]?.id ?? null;
export const insertOrganisation = async (tx: Tx, values: typeof organisations.$inferInsert) => (await tx.insert(organisations).values(values).returning({ id: organisations.id }))[0]!.id;
export async function findDemoPasswordHash(tx: Tx) {
  const [row] = await tx.select({ hash: users.passwordHash }).from(users).where(eq(users.isDemo, true)).orderBy(asc(users.createdAt)).limit(1);
  return row?.hash ?? null;
}
export const findUserByEmail = async (tx: Tx, email: string) => (await tx.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]?.id ?? null;
export const insertUser = async (tx: Tx, values: typeof users.$inferInsert) => (await tx.insert(users).values(values).returning({ id: users.id }))[0]!.id;
export const insertRound = async (tx: Tx, values: typeof rpRounds.$inferInsert) => (await tx.insert(rpRounds).values(values).returning({ id: rpRounds.id }))[0]!.id;
export const insertParts = (tx: Tx, rows: (typeof rpParts.$inferInsert)[]) => tx.insert(rpParts).values(rows);
export const insertFigures = (tx: Tx, rows: (typeof rpFigures.$inferInsert)[]) => (rows.length ? tx.insert(rpFigures).values(rows) : Promise.resolve());
export const insertModels = (tx: Tx, rows: (typeof rpModels.$inferInsert)[]) => (rows.length ? tx.insert(rpModels).values(rows) : Promise.resolve());
export const insertForecasts = (tx: Tx, rows: (typeof rpForecasts.$inferInsert)[]) => (rows.length ? tx.insert(rpForecasts).values(rows) : Promise.resolve());
export const insertCooperation = (tx: Tx, rows: (typeof rpCooperation.$inferInsert)[]) => tx.insert(rpCooperation).values(rows);
export const hasRounds = async (tx: Tx, regionCode: string) => (await tx.select({ id: rpRounds.id }).from(rpRounds).where(eq(rpRounds.regionCode, regionCode)).limit(1)).length > 0;
/** The municipalities take part in the region's planning programme (the core offers a municipal social service the pages of the programmes it has an agreement in). */
export const insertServiceAgreements = (tx: Tx, rows: (typeof serviceAgreements.$inferInsert)[]) => tx.insert(serviceAgreements).values(rows);

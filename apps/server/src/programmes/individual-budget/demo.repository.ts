import { and, asc, eq } from 'drizzle-orm';
import { personSearchKey } from '@socrehab/domain';
import type { Tx } from '../../db/database';
import {
  caseTeamMembers, cases, evaluations, serviceAgreements, ibAssessments, ibCases, ibCatalogue, ibDeliveries, ibInterruptions, ibPlanVersions, organisations, persons, users,
} from '../../db/schema';

/** The only SQL of the Individual Budget demo: what the use cases do not write (organisations, people, the pilots' finished records in bulk). */

export async function findMunicipalSocialService(tx: Tx, municipalityAtvk: string) {
  const [row] = await tx.select({ id: organisations.id }).from(organisations)
    .where(and(eq(organisations.kind, 'municipal_social_service'), eq(organisations.municipalityAtvk, municipalityAtvk))).limit(1);
  return row?.id ?? null;
}
export async function insertOrganisation(tx: Tx, values: typeof organisations.$inferInsert) {
  return (await tx.insert(organisations).values(values).returning({ id: organisations.id }))[0]!.id;
}
export async function findDemoPasswordHash(tx: Tx) {
  const [row] = await tx.select({ hash: users.passwordHash }).from(users).where(eq(users.isDemo, true)).orderBy(asc(users.createdAt)).limit(1);
  return row?.hash ?? null;
}
export async function findUserByEmail(tx: Tx, email: string) {
  const [row] = await tx.select({ id: users.id, organisationId: users.organisationId }).from(users).where(eq(users.email, email));
  return row ?? null;
}
export async function insertUser(tx: Tx, values: typeof users.$inferInsert) {
  return (await tx.insert(users).values(values).returning({ id: users.id }))[0]!.id;
}
export async function insertPersons(tx: Tx, rows: Omit<typeof persons.$inferInsert, 'searchName'>[]) {
  if (!rows.length) return [];
  return (await tx.insert(persons).values(rows.map((r) => ({ ...r, searchName: personSearchKey(r) }))).returning({ id: persons.id })).map((r) => r.id);
}
export async function insertCase(tx: Tx, values: typeof cases.$inferInsert) {
  return (await tx.insert(cases).values(values).returning({ id: cases.id }))[0]!.id;
}
async function chunked<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 500) await write(rows.slice(i, i + 500));
}
export const insertIbCases = (tx: Tx, rows: (typeof ibCases.$inferInsert)[]) => chunked(rows, (c) => tx.insert(ibCases).values(c));
export const insertTeam = (tx: Tx, rows: (typeof caseTeamMembers.$inferInsert)[]) => chunked(rows, (c) => tx.insert(caseTeamMembers).values(c));
export const insertAssessments = (tx: Tx, rows: (typeof ibAssessments.$inferInsert)[]) => chunked(rows, (c) => tx.insert(ibAssessments).values(c));
export const insertPlanVersions = (tx: Tx, rows: (typeof ibPlanVersions.$inferInsert)[]) => chunked(rows, (c) => tx.insert(ibPlanVersions).values(c));
export const insertDeliveries = (tx: Tx, rows: (typeof ibDeliveries.$inferInsert)[]) => chunked(rows, (c) => tx.insert(ibDeliveries).values(c));
export const insertInterruptions = (tx: Tx, rows: (typeof ibInterruptions.$inferInsert)[]) => chunked(rows, (c) => tx.insert(ibInterruptions).values(c));
export const insertEvaluations = (tx: Tx, rows: (typeof evaluations.$inferInsert)[]) => chunked(rows, (c) => tx.insert(evaluations).values(c));
export const insertCatalogue = (tx: Tx, rows: (typeof ibCatalogue.$inferInsert)[]) => chunked(rows, (c) => tx.insert(ibCatalogue).values(c));

/** The programme's service agreements: the organisations that take part in it (the navigation offers its pages to them). */
export async function insertServiceAgreements(tx: Tx, rows: (typeof serviceAgreements.$inferInsert)[]) {
  if (rows.length) await tx.insert(serviceAgreements).values(rows);
}

import { and, asc, eq } from 'drizzle-orm';
import { personSearchKey } from '@socrehab/domain';
import type { Tx } from '../../db/database';
import { dwellings, households, ipCosts, organisations, persons, serviceAgreements, users } from '../../db/schema';

/** The only SQL of the Individual Programme's demo data: what the use cases do not write (organisations, people, 2020's ledger). */

export async function findMunicipalSocialService(tx: Tx, municipalityAtvk: string) {
  const [row] = await tx.select({ id: organisations.id }).from(organisations)
    .where(and(eq(organisations.kind, 'municipal_social_service'), eq(organisations.municipalityAtvk, municipalityAtvk))).limit(1);
  return row?.id ?? null;
}

export async function insertOrganisation(tx: Tx, values: typeof organisations.$inferInsert) {
  return (await tx.insert(organisations).values(values).returning({ id: organisations.id }))[0]!.id;
}

/** The password hash the demo accounts share (the first demo account's): every demo user signs in with the README's password. */
export async function findDemoPasswordHash(tx: Tx) {
  const [row] = await tx.select({ hash: users.passwordHash }).from(users).where(eq(users.isDemo, true)).orderBy(asc(users.createdAt)).limit(1);
  return row?.hash ?? null;
}

export async function insertUser(tx: Tx, values: typeof users.$inferInsert) {
  return (await tx.insert(users).values(values).returning({ id: users.id }))[0]!.id;
}

export async function insertServiceAgreement(tx: Tx, values: typeof serviceAgreements.$inferInsert) {
  await tx.insert(serviceAgreements).values(values);
}

export async function insertHousehold(tx: Tx, organisationId: string) {
  return (await tx.insert(households).values({ organisationId }).returning({ id: households.id }))[0]!.id;
}

export async function insertPerson(tx: Tx, values: Omit<typeof persons.$inferInsert, 'searchName'>) {
  return (await tx.insert(persons).values({ ...values, searchName: personSearchKey(values) }).returning({ id: persons.id }))[0]!.id;
}

export async function insertCosts(tx: Tx, rows: (typeof ipCosts.$inferInsert)[]) {
  if (rows.length) await tx.insert(ipCosts).values(rows);
}

/** A dwelling of the municipality's housing stock, if the demo has one (IP-2 housing reuses the core's dwellings). */
export async function findSomeDwelling(tx: Tx, municipalityAtvk: string) {
  const [row] = await tx.select({ id: dwellings.id }).from(dwellings).where(eq(dwellings.municipalityAtvk, municipalityAtvk)).orderBy(asc(dwellings.createdAt)).limit(1);
  return row?.id ?? null;
}

import { and, eq, inArray, isNull, notExists, sql } from 'drizzle-orm';
import type { Actor, OrganisationKind, Role } from '@socrehab/domain';
import type { Db } from '../../../db/database';
import { cases, organisations, persons, serviceAgreements, users } from '../../../db/schema';

/** The only file with SQL of Housing First's demo data (the rest goes through the use cases). */

/** Every account's id by its e-mail. */
export async function findUserIdsByEmail(db: Db): Promise<Record<string, string>> {
  return Object.fromEntries((await db.select({ id: users.id, email: users.email }).from(users)).map((u) => [u.email, u.id]));
}

export async function actorOf(db: Db, userId: string): Promise<Actor> {
  const [row] = await db
    .select({ roles: users.roles, organisationId: users.organisationId, kind: organisations.kind, atvk: organisations.municipalityAtvk })
    .from(users).innerJoin(organisations, eq(organisations.id, users.organisationId)).where(eq(users.id, userId));
  return { userId, organisationId: row!.organisationId, organisationKind: row!.kind as OrganisationKind, municipalityAtvk: row!.atvk, roles: row!.roles as Role[] };
}

/** The service provider's agreements with these municipalities to provide Housing First from a day. */
export async function insertProviderAgreements(db: Db, municipalityAtvks: readonly string[], validFrom: string) {
  const [provider] = await db.select().from(organisations).where(eq(organisations.kind, 'service_provider'));
  await db.insert(serviceAgreements).values(municipalityAtvks.map((atvk) => ({ providerOrganisationId: provider!.id, programmeCode: 'housing_first', municipalityAtvk: atvk, validFrom })));
}

/** Adults registered by these municipalities' social services who have no case yet, oldest records first. */
export async function findAdultsWithoutCase(db: Db, municipalityAtvks: readonly string[]) {
  const rows = await db
    .select({ id: persons.id, atvk: organisations.municipalityAtvk })
    .from(persons)
    .innerJoin(organisations, eq(organisations.id, persons.organisationId))
    .where(and(
      inArray(organisations.municipalityAtvk, [...municipalityAtvks]), eq(organisations.kind, 'municipal_social_service'), isNull(persons.mergedIntoId),
      sql`(${persons.birthDate} IS NULL OR ${persons.birthDate} < '2006-01-01')`,
      notExists(db.select({ one: sql`1` }).from(cases).where(eq(cases.personId, persons.id))),
    ))
    .orderBy(persons.createdAt, persons.id);
  return rows as Array<{ id: string; atvk: string }>;
}

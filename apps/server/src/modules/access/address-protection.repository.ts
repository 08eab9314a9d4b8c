import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { AddressProtectionFacts } from '@socrehab/domain';
import type { Tx, Reader } from '../../db/database';
import { personAddressProtections, persons, users } from '../../db/schema';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * Issue 14, protected address: the facts the need-to-know rule (`computeAddressAccess`) reads, for a
 * set of persons in one or two statements — the protection in force and, only for protected persons,
 * their open cases with the team on each today.
 */
export async function findAddressProtectionFacts(db: Reader, personIds: readonly string[], today: string): Promise<Map<string, AddressProtectionFacts>> {
  const ids = [...new Set(personIds)];
  const facts = new Map<string, AddressProtectionFacts>();
  if (!ids.length) return facts;
  const protectedRows = await db
    .select({ personId: personAddressProtections.personId, setAt: personAddressProtections.setAt, reason: personAddressProtections.reason, ownerOrganisationId: persons.organisationId })
    .from(personAddressProtections).innerJoin(persons, eq(persons.id, personAddressProtections.personId))
    .where(and(inArray(personAddressProtections.personId, ids), isNull(personAddressProtections.clearedAt)));
  if (!protectedRows.length) return facts;
  const cases = rowsOf<{ person_id: string; organisation_id: string; team: string[] | null }>(await db.execute(sql`
    SELECT c.person_id, c.organisation_id,
      ARRAY(SELECT m.user_id::text FROM case_team_members m
            WHERE m.case_id = c.id AND m.from_date <= ${today} AND (m.to_date IS NULL OR m.to_date >= ${today})) AS team
    FROM cases c
    WHERE c.person_id IN (${sql.join(protectedRows.map((r) => sql`${r.personId}`), sql`, `)})
      AND c.opened_on <= ${today} AND (c.closed_on IS NULL OR c.closed_on >= ${today})`));
  for (const r of protectedRows) {
    facts.set(r.personId, {
      protection: { setAt: r.setAt, reason: r.reason },
      ownerOrganisationId: r.ownerOrganisationId,
      openCases: cases.filter((c) => c.person_id === r.personId).map((c) => ({ organisationId: c.organisation_id, teamUserIds: c.team ?? [] })),
    });
  }
  return facts;
}

/** The need-to-know facts of one person whether protected or not (who may set a protection). */
export async function findOpenCaseFacts(db: Reader, personId: string, today: string): Promise<Omit<AddressProtectionFacts, 'protection'> | null> {
  const [person] = await db.select({ organisationId: persons.organisationId }).from(persons).where(eq(persons.id, personId));
  if (!person) return null;
  const cases = rowsOf<{ organisation_id: string; team: string[] | null }>(await db.execute(sql`
    SELECT c.organisation_id,
      ARRAY(SELECT m.user_id::text FROM case_team_members m
            WHERE m.case_id = c.id AND m.from_date <= ${today} AND (m.to_date IS NULL OR m.to_date >= ${today})) AS team
    FROM cases c WHERE c.person_id = ${personId} AND c.opened_on <= ${today} AND (c.closed_on IS NULL OR c.closed_on >= ${today})`));
  return { ownerOrganisationId: person.organisationId, openCases: cases.map((c) => ({ organisationId: c.organisation_id, teamUserIds: c.team ?? [] })) };
}

export async function getProtectionInForce(db: Reader, personId: string) {
  const [row] = await db.select().from(personAddressProtections)
    .where(and(eq(personAddressProtections.personId, personId), isNull(personAddressProtections.clearedAt))).limit(1);
  return row ?? null;
}

export async function insertProtection(tx: Tx, values: typeof personAddressProtections.$inferInsert) {
  const [row] = await tx.insert(personAddressProtections).values(values).returning();
  return row!;
}

export async function clearProtection(tx: Tx, id: string, values: { clearedAt: string; clearedBy: string; clearReason: string }) {
  const [row] = await tx.update(personAddressProtections).set(values)
    .where(and(eq(personAddressProtections.id, id), isNull(personAddressProtections.clearedAt))).returning();
  return row ?? null;
}

/** Every period of protection of a person, oldest first, with who set and cleared it. */
export async function findProtectionHistory(db: Reader, personId: string) {
  const setBy = sql<string | null>`(SELECT ${users.displayName} FROM ${users} WHERE ${users.id} = ${personAddressProtections.setBy})`;
  const clearedBy = sql<string | null>`(SELECT ${users.displayName} FROM ${users} WHERE ${users.id} = ${personAddressProtections.clearedBy})`;
  return db.select({
    id: personAddressProtections.id, setAt: personAddressProtections.setAt, reason: personAddressProtections.reason, setByName: setBy,
    clearedAt: personAddressProtections.clearedAt, clearReason: personAddressProtections.clearReason, clearedByName: clearedBy,
  }).from(personAddressProtections).where(eq(personAddressProtections.personId, personId)).orderBy(asc(personAddressProtections.setAt));
}

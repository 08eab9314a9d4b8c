import { count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { municipalities, organisations, persons, planningRegions } from '../../db/schema';

/** Persons registered per municipality of the owning social service (merged records not counted). */
export function countPersonsPerMunicipality(db: Db) {
  return db
    .select({ atvk: municipalities.atvk, nameLv: municipalities.nameLv, nameEn: municipalities.nameEn, region: municipalities.regionCode, persons: count(persons.id) })
    .from(persons)
    .innerJoin(organisations, eq(organisations.id, persons.organisationId))
    .innerJoin(municipalities, eq(municipalities.atvk, organisations.municipalityAtvk))
    .where(isNull(persons.mergedIntoId))
    .groupBy(municipalities.atvk)
    .orderBy(municipalities.nameLv);
}

export function findPlanningRegions(db: Db) {
  return db.select().from(planningRegions).orderBy(planningRegions.code);
}

/** Every person registered (merged records not counted). */
export async function countPersons(db: Db) {
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(persons).where(isNull(persons.mergedIntoId));
  return total;
}

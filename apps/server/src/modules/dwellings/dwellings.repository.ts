import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Tx, Reader } from '../../db/database';
import { dwellingKeys, dwellingOffers, dwellings, moveIns, organisations } from '../../db/schema';

/** The only file with SQL for dwellings, offers and keys. Dwellings hold no personal data. */

export async function insertDwelling(tx: Tx, values: typeof dwellings.$inferInsert) {
  const [row] = await tx.insert(dwellings).values(values).returning();
  return row!;
}

export async function getDwellingById(db: Reader, id: string, lock = false) {
  const query = db.select().from(dwellings).where(eq(dwellings.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function updateDwelling(tx: Tx, id: string, values: Partial<typeof dwellings.$inferInsert>) {
  await tx.update(dwellings).set(values).where(eq(dwellings.id, id));
}

/** Dwellings an organisation keeps, or that lie in the municipalities it works in. */
export async function findDwellings(db: Reader, filter: { organisationId: string; municipalityAtvks: readonly string[]; status?: string; municipalityAtvk?: string }) {
  const where = and(
    or(eq(dwellings.organisationId, filter.organisationId), filter.municipalityAtvks.length ? inArray(dwellings.municipalityAtvk, [...filter.municipalityAtvks]) : sql`false`),
    filter.status ? eq(dwellings.status, filter.status) : undefined,
    filter.municipalityAtvk ? eq(dwellings.municipalityAtvk, filter.municipalityAtvk) : undefined,
  );
  return db
    .select({ dwelling: dwellings, organisationName: organisations.name })
    .from(dwellings)
    .innerJoin(organisations, eq(organisations.id, dwellings.organisationId))
    .where(where)
    .orderBy(dwellings.municipalityAtvk, dwellings.address)
    .limit(1000);
}

export async function findAvailableDwellingsIn(db: Reader, municipalityAtvk: string) {
  return db.select().from(dwellings).where(and(eq(dwellings.municipalityAtvk, municipalityAtvk), eq(dwellings.status, 'available')));
}

export async function insertOffer(tx: Tx, values: typeof dwellingOffers.$inferInsert) {
  const [row] = await tx.insert(dwellingOffers).values(values).returning();
  return row!;
}

export async function getOfferById(db: Reader, id: string) {
  const [row] = await db.select().from(dwellingOffers).where(eq(dwellingOffers.id, id)).for('update');
  return row ?? null;
}

export async function updateOffer(tx: Tx, id: string, values: Partial<typeof dwellingOffers.$inferInsert>) {
  await tx.update(dwellingOffers).set(values).where(eq(dwellingOffers.id, id));
}

/**
 * The offers of one round with their dwellings, in the order they were made, for the side-by-side
 * comparison (HF-3.1.5): an application's first round, or a case's re-housing round (HF-3.2.6).
 */
export async function findOffersOfRound(db: Reader, round: { applicationId: string } | { rehousingRoundId: string }) {
  return db
    .select({ offer: dwellingOffers, dwelling: dwellings })
    .from(dwellingOffers)
    .innerJoin(dwellings, eq(dwellings.id, dwellingOffers.dwellingId))
    .where('applicationId' in round ? eq(dwellingOffers.applicationId, round.applicationId) : eq(dwellingOffers.rehousingRoundId, round.rehousingRoundId))
    .orderBy(dwellingOffers.offeredOn, dwellingOffers.id);
}

export async function insertKeys(tx: Tx, values: Array<typeof dwellingKeys.$inferInsert>) {
  if (values.length) await tx.insert(dwellingKeys).values(values);
}

export async function findKeysOfDwelling(db: Reader, dwellingId: string) {
  return db.select().from(dwellingKeys).where(eq(dwellingKeys.dwellingId, dwellingId)).orderBy(dwellingKeys.handedOn);
}

/**
 * The handovers into the dwellings an organisation keeps (issue 11 §5): each move-in's day and
 * inventory and the keys handed with it — the dwelling's side only, never the client or the case.
 */
export async function findHandoversOfDwellingsKeptBy(db: Reader, organisationId: string) {
  const handovers = await db
    .select({ dwellingId: dwellings.id, address: dwellings.address, caseId: moveIns.caseId, movedInOn: moveIns.movedInOn, items: moveIns.handoverItems })
    .from(moveIns)
    .innerJoin(dwellings, eq(dwellings.id, moveIns.dwellingId))
    .where(eq(dwellings.organisationId, organisationId))
    .orderBy(desc(moveIns.movedInOn), dwellings.address);
  const keys = handovers.length
    ? await db.select({ dwellingId: dwellingKeys.dwellingId, caseId: dwellingKeys.caseId, holder: dwellingKeys.holder, handedOn: dwellingKeys.handedOn, returnedOn: dwellingKeys.returnedOn })
      .from(dwellingKeys).where(inArray(dwellingKeys.dwellingId, [...new Set(handovers.map((h) => h.dwellingId))])).orderBy(dwellingKeys.handedOn)
    : [];
  return handovers.map(({ caseId, ...handover }) => ({
    ...handover,
    keys: keys.filter((k) => k.dwellingId === handover.dwellingId && k.caseId === caseId).map(({ holder, handedOn, returnedOn }) => ({ holder, handedOn, returnedOn })),
  }));
}

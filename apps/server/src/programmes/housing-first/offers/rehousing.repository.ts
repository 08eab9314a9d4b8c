import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Tx, Reader } from '../../../db/database';
import { dwellingKeys, rehousingRounds } from '../../../db/schema';

/** The only file with SQL for re-housing rounds and their offers (HF-3.2.6). */

export async function insertRound(tx: Tx, values: typeof rehousingRounds.$inferInsert) {
  const [row] = await tx.insert(rehousingRounds).values(values).returning();
  return row!;
}

/** The case's open round; `lock` holds it until the transaction ends (offers and answers serialise on it). */
export async function getOpenRoundOfCase(db: Reader, caseId: string, lock = false) {
  const query = db.select().from(rehousingRounds).where(and(eq(rehousingRounds.caseId, caseId), isNull(rehousingRounds.closedOn)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function getRoundById(db: Reader, id: string, lock = false) {
  const query = db.select().from(rehousingRounds).where(eq(rehousingRounds.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Every round of a case, newest first: the open one and the history of dwelling changes. */
export async function findRoundsOfCase(db: Reader, caseId: string) {
  return db.select().from(rehousingRounds).where(eq(rehousingRounds.caseId, caseId)).orderBy(desc(rehousingRounds.openedOn), desc(rehousingRounds.createdAt));
}

export async function updateRound(tx: Tx, id: string, values: Partial<typeof rehousingRounds.$inferInsert>) {
  await tx.update(rehousingRounds).set(values).where(eq(rehousingRounds.id, id));
}


/** HF-3.1.10 the case's keys of the dwelling it leaves are handed back on the day of the move. */
export async function returnKeysOfCase(tx: Tx, dwellingId: string, caseId: string, returnedOn: string) {
  await tx.update(dwellingKeys).set({ returnedOn })
    .where(and(eq(dwellingKeys.dwellingId, dwellingId), eq(dwellingKeys.caseId, caseId), isNull(dwellingKeys.returnedOn)));
}

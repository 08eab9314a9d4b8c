import { and, eq, sql } from 'drizzle-orm';
import { idsValue, inIds, type Reader, type Tx } from '../../../db/database';
import { onePlanSuits, statementOf } from '../../../db/statements';
import { caseEndingConfirmations, caseEndings, users } from '../../../db/schema';

/** The only file with SQL for case endings (HF-3.3) and their joint-decision confirmations (HF-3.3.2). */

/** A case's ending with its confirmations in the order given, or null. */
export async function getEnding(tx: Tx, caseId: string) {
  const [ending] = await tx.select().from(caseEndings).where(eq(caseEndings.caseId, caseId));
  if (!ending) return null;
  const confirmations = await tx
    .select({ teamRole: caseEndingConfirmations.teamRole, userId: caseEndingConfirmations.userId, displayName: users.displayName, confirmedAt: caseEndingConfirmations.confirmedAt })
    .from(caseEndingConfirmations).innerJoin(users, eq(users.id, caseEndingConfirmations.userId))
    .where(eq(caseEndingConfirmations.endingId, ending.id)).orderBy(caseEndingConfirmations.confirmedAt);
  return { ending, confirmations };
}

export async function insertEnding(tx: Tx, values: typeof caseEndings.$inferInsert) {
  const [ending] = await tx.insert(caseEndings).values(values).returning();
  return ending!;
}

export async function insertConfirmation(tx: Tx, values: typeof caseEndingConfirmations.$inferInsert) {
  await tx.insert(caseEndingConfirmations).values(values);
}

export async function markEndingFinal(tx: Tx, endingId: string) {
  await tx.update(caseEndings).set({ status: 'final' }).where(eq(caseEndings.id, endingId));
}

/** HF-2.2, HF-3.3.2 the day of each of these cases' endings still awaiting confirmations (the case open meanwhile): one statement, the cases one `uuid[]` parameter. */
export async function findPendingEndingDays(tx: Reader, caseIds: readonly string[]) {
  const days = new Map<string, string>();
  if (caseIds.length === 0) return days;
  const statement = statementOf(tx, 'hf-pending-ending-days', () => tx.select({ caseId: caseEndings.caseId, endsOn: caseEndings.endsOn }).from(caseEndings)
    .where(and(inIds(caseEndings.caseId, sql.placeholder('caseIds')), eq(caseEndings.status, 'awaiting_confirmations'))), { named: onePlanSuits(caseIds) });
  const rows = await statement.execute({ caseIds: idsValue(caseIds) });
  for (const r of rows) days.set(r.caseId, r.endsOn);
  return days;
}

import { and, asc, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { EngagementExtension, EngagementHistory, EngagementSuspension } from '@socrehab/domain/programmes/housing-first/index';
import { idsValue, inIds, type Tx, type Reader } from '../../../db/database';
import { onePlanSuits, statementOf } from '../../../db/statements';
import { cases, engagementExtensions, engagementSuspensions } from '../../../db/schema';

/** The only file with SQL for a case's engagement (HF-2.2, migration 0020): its extensions and suspensions, kept with their cancellations. */

export type ExtensionRow = typeof engagementExtensions.$inferSelect;
export type SuspensionRow = typeof engagementSuspensions.$inferSelect;

/** A case's extensions and suspensions, cancelled ones too, in the order of their days. */
export async function findEngagementRecords(db: Reader, caseId: string) {
  const extensions = await db.select().from(engagementExtensions).where(eq(engagementExtensions.caseId, caseId)).orderBy(asc(engagementExtensions.decidedOn), asc(engagementExtensions.createdAt));
  const suspensions = await db.select().from(engagementSuspensions).where(eq(engagementSuspensions.caseId, caseId)).orderBy(asc(engagementSuspensions.fromOn), asc(engagementSuspensions.createdAt));
  return { extensions, suspensions };
}

/**
 * A case's engagement history as the rules read it, as columns of a select from `cases`: the contract day,
 * and the extensions and suspensions not cancelled, each case's records aggregated beside it (dates as the
 * driver reads a date: `YYYY-MM-DD`). The sub-selects name `cases.id` in their text: drizzle writes a column
 * of a one-table select unqualified, which inside them would be their own table's `id`. Housing First's
 * worklist selects them with its served cases; `findEngagementHistories` for any cases.
 */
export const engagementHistoryColumns = () => ({
  contractSignedOn: cases.contractSignedOn,
  extensions: sql<EngagementExtension[]>`coalesce((SELECT json_agg(json_build_object('decidedOn', e.decided_on, 'months', e.months, 'newEndOn', e.new_end_on, 'reason', e.reason) ORDER BY e.created_at)
    FROM engagement_extensions e WHERE e.case_id = cases.id AND e.cancelled_at IS NULL), '[]'::json)`,
  suspensions: sql<EngagementSuspension[]>`coalesce((SELECT json_agg(json_build_object('fromOn', x.from_on, 'toOn', x.to_on, 'reason', x.reason) ORDER BY x.from_on)
    FROM engagement_suspensions x WHERE x.case_id = cases.id AND x.cancelled_at IS NULL), '[]'::json)`,
});

/** The engagement histories of these cases (the evaluation schedule's agreed ends): one statement for all of them. */
export async function findEngagementHistories(db: Reader, caseIds: readonly string[]) {
  const histories = new Map<string, EngagementHistory & { settingsId: string | null; programme: string; openedOn: string }>();
  if (caseIds.length === 0) return histories;
  const statement = statementOf(db, 'hf-engagement-histories', () => db.select({
    id: cases.id, settingsId: cases.settingsId, programme: cases.programme, openedOn: cases.openedOn, ...engagementHistoryColumns(),
  }).from(cases).where(inIds(cases.id, sql.placeholder('caseIds'))), { named: onePlanSuits(caseIds) });
  for (const { id, ...c } of await statement.execute({ caseIds: idsValue(caseIds) })) histories.set(id, c);
  return histories;
}

export async function insertExtension(tx: Tx, values: typeof engagementExtensions.$inferInsert) {
  const [row] = await tx.insert(engagementExtensions).values(values).returning();
  return row!;
}

export async function insertSuspension(tx: Tx, values: typeof engagementSuspensions.$inferInsert) {
  const [row] = await tx.insert(engagementSuspensions).values(values).returning();
  return row!;
}

/** Cancels a record of the case not yet cancelled; null when there is none such. */
export async function cancelRecord(tx: Tx, kind: 'extension' | 'suspension', caseId: string, id: string, by: { userId: string; at: string; reason: string }) {
  const table = kind === 'extension' ? engagementExtensions : engagementSuspensions;
  const [row] = await tx.update(table).set({ cancelledAt: by.at, cancelledBy: by.userId, cancelReason: by.reason })
    .where(and(eq(table.id, id), eq(table.caseId, caseId), isNull(table.cancelledAt))).returning();
  return row ?? null;
}

export async function findRecord(db: Reader, kind: 'extension' | 'suspension', caseId: string, id: string) {
  const table = kind === 'extension' ? engagementExtensions : engagementSuspensions;
  const [row] = await db.select({ id: table.id, cancelledAt: table.cancelledAt }).from(table).where(and(eq(table.id, id), eq(table.caseId, caseId)));
  return row ?? null;
}

/** HF-2.2, HF-4.2 A the programme's places taken on a day: its cases open then, in all and of one organisation (counts only). */
export async function countPlacesTaken(db: Reader, programme: string, organisationId: string, asOf: string) {
  const [row] = await db.select({
    all: sql<number>`count(*)::int`,
    own: sql<number>`(count(*) FILTER (WHERE ${cases.organisationId} = ${organisationId}))::int`,
  }).from(cases).where(and(eq(cases.programme, programme), lte(cases.openedOn, asOf), or(isNull(cases.closedOn), gt(cases.closedOn, asOf))));
  return { all: row?.all ?? 0, own: row?.own ?? 0 };
}

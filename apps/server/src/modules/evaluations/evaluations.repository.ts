import { and, asc, count, desc, eq, lte, max, min, sql } from 'drizzle-orm';
import { idsValue, inIds, type Tx, type Reader } from '../../db/database';
import { onePlanSuits, statementOf } from '../../db/statements';
import { evaluations, serviceAgreements, users } from '../../db/schema';

/** The only file with SQL for the evaluation schedule's records (migration 0018). */

export async function insertEvaluation(tx: Tx, values: typeof evaluations.$inferInsert) {
  const [row] = await tx.insert(evaluations).values(values).returning();
  return row!;
}

const listed = {
  id: evaluations.id, programmeCode: evaluations.programmeCode, instrument: evaluations.instrument, recordedOn: evaluations.recordedOn,
  score: evaluations.score, answers: evaluations.answers, note: evaluations.note, recordedBy: evaluations.recordedBy, recordedByName: users.displayName,
};

/** A case's evaluations, the latest first. */
export async function findCaseEvaluations(db: Reader, caseId: string) {
  return db.select(listed).from(evaluations).innerJoin(users, eq(users.id, evaluations.recordedBy))
    .where(eq(evaluations.caseId, caseId)).orderBy(desc(evaluations.recordedOn), desc(evaluations.createdAt));
}

/** A provider's evaluations of itself in a programme, the latest first. */
export async function findProviderEvaluations(db: Reader, providerOrganisationId: string, programmeCode: string) {
  return db.select(listed).from(evaluations).innerJoin(users, eq(users.id, evaluations.recordedBy))
    .where(and(eq(evaluations.providerOrganisationId, providerOrganisationId), eq(evaluations.programmeCode, programmeCode)))
    .orderBy(desc(evaluations.recordedOn), desc(evaluations.createdAt));
}

/** The days each instrument was recorded on each case, up to `asOf` — one statement for all the cases. */
export async function findRecordedDays(db: Reader, caseIds: readonly string[], asOf: string) {
  const byCase = new Map<string, Record<string, string[]>>();
  if (!caseIds.length) return byCase;
  const statement = statementOf(db, 'evaluations-recorded-days', () => db
    .select({ caseId: evaluations.caseId, instrument: evaluations.instrument, recordedOn: evaluations.recordedOn }).from(evaluations)
    .where(and(inIds(evaluations.caseId, sql.placeholder('caseIds')), lte(evaluations.recordedOn, sql.placeholder('asOf')))).orderBy(asc(evaluations.recordedOn)), { named: onePlanSuits(caseIds) });
  const rows = await statement.execute({ caseIds: idsValue(caseIds), asOf });
  for (const r of rows) {
    const recorded = byCase.get(r.caseId!) ?? {};
    (recorded[r.instrument] ??= []).push(r.recordedOn);
    byCase.set(r.caseId!, recorded);
  }
  return byCase;
}

/** The days a provider recorded each instrument of a programme, up to `asOf`. */
export async function findProviderRecordedDays(db: Reader, providerOrganisationId: string, programmeCode: string, asOf: string) {
  const recorded: Record<string, string[]> = {};
  const rows = await db.select({ instrument: evaluations.instrument, recordedOn: evaluations.recordedOn }).from(evaluations)
    .where(and(eq(evaluations.providerOrganisationId, providerOrganisationId), eq(evaluations.programmeCode, programmeCode), lte(evaluations.recordedOn, asOf)))
    .orderBy(asc(evaluations.recordedOn));
  for (const r of rows) (recorded[r.instrument] ??= []).push(r.recordedOn);
  return recorded;
}

/** The day a provider began serving a programme: its first service agreement (IP-4, IP-6), or null. */
export async function findProviderStart(db: Reader, providerOrganisationId: string, programmeCode: string) {
  const [row] = await db.select({ from: min(serviceAgreements.validFrom) }).from(serviceAgreements)
    .where(and(eq(serviceAgreements.providerOrganisationId, providerOrganisationId), eq(serviceAgreements.programmeCode, programmeCode)));
  return row?.from ?? null;
}

/** The last day a provider's service agreements in a programme run to, or null while one runs without an end (HF-4.3 (6)). */
export async function findProviderAgreedEnd(db: Reader, providerOrganisationId: string, programmeCode: string) {
  const [row] = await db.select({ to: max(serviceAgreements.validTo), all: count(), ending: count(serviceAgreements.validTo) }).from(serviceAgreements)
    .where(and(eq(serviceAgreements.providerOrganisationId, providerOrganisationId), eq(serviceAgreements.programmeCode, programmeCode)));
  return row && row.all > 0 && row.all === row.ending ? row.to : null;
}

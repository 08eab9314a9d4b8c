import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { idsValue, uuidArray, type Db, type Tx, type Reader } from '../../db/database';
import { onePlanSuits, statementOf } from '../../db/statements';
import {
  caseTeamMembers, cases, ibAssessments, ibCases, ibCatalogue, ibDeliveries, ibDifficulties, ibInterruptions, ibPlanVersions, municipalities, organisations, persons,
  programmeSettings, users,
} from '../../db/schema';

/** The only file with SQL for the Individual Budget programme (IB-1 – IB-6). Months are stored as their first day. */

export const PROGRAMME = 'individual_budget';

export async function findSettingsVersions(db: Reader) {
  return db.select({ id: programmeSettings.id, effectiveFrom: programmeSettings.effectiveFrom, settings: sql<unknown>`${programmeSettings.settings}` })
    .from(programmeSettings).where(eq(programmeSettings.programmeCode, PROGRAMME)).orderBy(asc(programmeSettings.effectiveFrom));
}

// ── cases (IB-1) ─────────────────────────────────────────────────────────────────────────────

export async function getUser(db: Reader, userId: string) {
  const [row] = await db.select({ id: users.id, organisationId: users.organisationId, roles: users.roles, active: users.active, displayName: users.displayName }).from(users).where(eq(users.id, userId));
  return row ?? null;
}

/** IB-1 the active social workers (the provider's or the municipality's) of an organisation, who may manage a case. */
export async function findCaseManagersOf(db: Reader, organisationId: string) {
  return db.select({ id: users.id, displayName: users.displayName }).from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.active, true), sql`(${users.roles} && ARRAY['social_worker', 'municipal_social_worker']::text[])`));
}

export async function insertCase(tx: Tx, values: typeof cases.$inferInsert) {
  const [row] = await tx.insert(cases).values(values).returning();
  return row!;
}
export async function insertIbCase(tx: Tx, values: typeof ibCases.$inferInsert) {
  await tx.insert(ibCases).values(values);
}
export async function insertTeamMember(tx: Tx, values: typeof caseTeamMembers.$inferInsert) {
  await tx.insert(caseTeamMembers).values(values);
}

/** IB-1 one open case a person: locks the person's row so two openings wait for each other, then finds an open case of the programme. */
export async function lockAndFindOpenCase(tx: Tx, personId: string) {
  await tx.select({ id: persons.id }).from(persons).where(eq(persons.id, personId)).for('update');
  const [row] = await tx.select({ id: cases.id }).from(cases).where(and(eq(cases.personId, personId), eq(cases.programme, PROGRAMME), eq(cases.status, 'open'))).limit(1);
  return row?.id ?? null;
}

export async function endIbCase(tx: Tx, caseId: string, endedOn: string, reason: string, note: string | null) {
  await tx.update(cases).set({ status: 'closed', closedOn: endedOn, version: sql`${cases.version} + 1` }).where(eq(cases.id, caseId));
  await tx.update(ibCases).set({ endingReason: reason, endingNote: note }).where(eq(ibCases.caseId, caseId));
}

const caseColumns = {
  caseId: cases.id, caseNumber: cases.caseNumber, personId: cases.personId, organisationId: cases.organisationId, municipalityAtvk: cases.municipalityAtvk,
  status: cases.status, openedOn: cases.openedOn, closedOn: cases.closedOn, organisationName: organisations.name, caseManagerUserId: cases.caseManagerUserId,
  pilot: ibCases.pilot, referredOn: ibCases.referredOn, representative: ibCases.representative, representativeName: ibCases.representativeName, endingReason: ibCases.endingReason,
  givenNames: persons.givenNames, surnames: persons.surnames, birthDate: persons.birthDate, municipalityName: municipalities.nameLv, municipalityNameEn: municipalities.nameEn,
  caseManagerName: users.displayName,
};

function caseQuery(db: Reader) {
  return db.select(caseColumns).from(ibCases).innerJoin(cases, eq(cases.id, ibCases.caseId))
    .innerJoin(organisations, eq(organisations.id, cases.organisationId)).innerJoin(persons, eq(persons.id, cases.personId))
    .leftJoin(municipalities, eq(municipalities.atvk, cases.municipalityAtvk)).leftJoin(users, eq(users.id, cases.caseManagerUserId));
}

export async function getIbCase(db: Reader, caseId: string, lock = false) {
  const query = caseQuery(db).where(eq(ibCases.caseId, caseId));
  const [row] = lock ? await query.for('update', { of: cases }) : await query;
  return row ?? null;
}
export type IbCaseRow = NonNullable<Awaited<ReturnType<typeof getIbCase>>>;

/** The programme's cases of the actor's organisation or municipality whose person the actor may see (`visible`: the core's access rule). */
export async function findIbCases(db: Reader, where: { organisationId: string; municipalityAtvk: string | null }, visible: SQL) {
  const own = where.municipalityAtvk ? or(eq(cases.organisationId, where.organisationId), eq(cases.municipalityAtvk, where.municipalityAtvk)) : eq(cases.organisationId, where.organisationId);
  return caseQuery(db).where(and(own, visible)).orderBy(desc(cases.status), desc(cases.openedOn), asc(cases.caseNumber));
}

export async function isOnTeam(db: Reader, caseId: string, userId: string, date: string) {
  const [row] = await db.select({ id: caseTeamMembers.id }).from(caseTeamMembers).where(and(
    eq(caseTeamMembers.caseId, caseId), eq(caseTeamMembers.userId, userId), lte(caseTeamMembers.fromDate, date), or(isNull(caseTeamMembers.toDate), gte(caseTeamMembers.toDate, date)),
  )).limit(1);
  return !!row;
}

// ── assessments (IB-1, IB-2) ──────────────────────────────────────────────────────────────────

export async function insertAssessment(tx: Tx, values: typeof ibAssessments.$inferInsert) {
  const [row] = await tx.insert(ibAssessments).values(values).returning();
  return row!;
}
export async function findAssessments(db: Reader, caseIds: readonly string[]) {
  if (!caseIds.length) return [];
  return db.select().from(ibAssessments).where(sql`${ibAssessments.caseId} = ANY(${uuidArray(caseIds)})`).orderBy(asc(ibAssessments.assessedOn));
}

/**
 * IB-2, IB-4 what a case's budget periods need of its assessments — the day and the budget, oldest first — for
 * many cases at once (the worklist: 1 200 cases of a municipality, without their teams, goals and rankings).
 */
export async function findAssessmentBudgets(db: Reader, caseIds: readonly string[]) {
  if (!caseIds.length) return [];
  const statement = statementOf(db, 'ib-assessment-budgets', () => db
    .select({ caseId: ibAssessments.caseId, assessedOn: ibAssessments.assessedOn, budgetCents: ibAssessments.budgetCents })
    .from(ibAssessments).where(sql`${ibAssessments.caseId} = ANY(${uuidArray(sql.placeholder('caseIds'))})`).orderBy(asc(ibAssessments.assessedOn)), { named: onePlanSuits(caseIds) });
  return statement.execute({ caseIds: idsValue(caseIds) });
}

// ── the support plan (IB-3) ───────────────────────────────────────────────────────────────────

export async function findPlanVersions(db: Reader, caseIds: readonly string[]) {
  if (!caseIds.length) return [];
  return db.select({ v: ibPlanVersions, createdByName: users.displayName }).from(ibPlanVersions).innerJoin(users, eq(users.id, ibPlanVersions.createdBy))
    .where(inArray(ibPlanVersions.caseId, [...caseIds])).orderBy(asc(ibPlanVersions.version));
}
export async function latestPlanVersion(tx: Tx, caseId: string) {
  const [row] = await tx.select({ version: sql<number>`coalesce(max(${ibPlanVersions.version}), 0)::int` }).from(ibPlanVersions).where(eq(ibPlanVersions.caseId, caseId));
  return row?.version ?? 0;
}
export async function insertPlanVersion(tx: Tx, values: typeof ibPlanVersions.$inferInsert) {
  const [row] = await tx.insert(ibPlanVersions).values(values).returning();
  return row!;
}

// ── the ledger (IB-4) ─────────────────────────────────────────────────────────────────────────

export async function upsertDelivery(tx: Tx, values: typeof ibDeliveries.$inferInsert) {
  const [row] = await tx.insert(ibDeliveries).values(values)
    .onConflictDoUpdate({ target: [ibDeliveries.caseId, ibDeliveries.service, ibDeliveries.month], set: { delivered: values.delivered, spentCents: values.spentCents, note: values.note ?? null, recordedBy: values.recordedBy, recordedAt: sql`now()` } })
    .returning();
  return row!;
}
export async function findDeliveries(db: Reader, caseIds: readonly string[]) {
  if (!caseIds.length) return [];
  return db.select().from(ibDeliveries).where(inArray(ibDeliveries.caseId, [...caseIds]));
}
export async function insertDifficulty(tx: Tx, values: typeof ibDifficulties.$inferInsert) {
  const [row] = await tx.insert(ibDifficulties).values(values).returning();
  return row!;
}
export async function findDifficulties(db: Reader, caseId: string) {
  return db.select().from(ibDifficulties).where(eq(ibDifficulties.caseId, caseId)).orderBy(desc(ibDifficulties.reportedOn));
}

// ── interruptions (IB-5) ──────────────────────────────────────────────────────────────────────

export async function insertInterruption(tx: Tx, values: typeof ibInterruptions.$inferInsert) {
  const [row] = await tx.insert(ibInterruptions).values(values).returning();
  return row!;
}
export async function findInterruptions(db: Reader, caseIds: readonly string[]) {
  if (!caseIds.length) return [];
  return db.select().from(ibInterruptions).where(inArray(ibInterruptions.caseId, [...caseIds])).orderBy(asc(ibInterruptions.fromDate));
}
export async function resumeInterruption(tx: Tx, id: string, to: string) {
  await tx.update(ibInterruptions).set({ toDate: to }).where(eq(ibInterruptions.id, id));
}

// ── the municipalities' catalogue (IB-3, IB-5) ────────────────────────────────────────────────

export async function findCatalogue(db: Reader, municipalityAtvk?: string) {
  return db.select({ entry: ibCatalogue, municipalityName: municipalities.nameLv, municipalityNameEn: municipalities.nameEn }).from(ibCatalogue)
    .leftJoin(municipalities, eq(municipalities.atvk, ibCatalogue.municipalityAtvk))
    .where(municipalityAtvk ? eq(ibCatalogue.municipalityAtvk, municipalityAtvk) : undefined).orderBy(asc(ibCatalogue.municipalityAtvk), asc(ibCatalogue.service));
}
export async function getCatalogueEntry(db: Reader, municipalityAtvk: string, service: string) {
  const [row] = await db.select().from(ibCatalogue).where(and(eq(ibCatalogue.municipalityAtvk, municipalityAtvk), eq(ibCatalogue.service, service)));
  return row ?? null;
}
export async function upsertCatalogueEntry(tx: Tx, values: typeof ibCatalogue.$inferInsert) {
  const [row] = await tx.insert(ibCatalogue).values(values)
    .onConflictDoUpdate({ target: [ibCatalogue.municipalityAtvk, ibCatalogue.service], set: {
      unitPriceCents: values.unitPriceCents, providerName: values.providerName ?? null, nearestKm: values.nearestKm, shortage: values.shortage, note: values.note ?? null, updatedBy: values.updatedBy, updatedAt: sql`now()`,
    } }).returning();
  return row!;
}

// ── the report (IB-5) and the worklist (IB-4) ─────────────────────────────────────────────────

/**
 * The programme's cases that ran at some time between `from` and `to`, of an organisation, of a
 * municipality, or (null) all (ids and days only: the report counts, it names nobody).
 */
export async function findCasesRunning(db: Reader, scope: { organisationId: string } | { municipalityAtvk: string } | null, from: string, to: string) {
  const within = scope === null ? undefined : 'organisationId' in scope ? eq(cases.organisationId, scope.organisationId) : eq(cases.municipalityAtvk, scope.municipalityAtvk);
  return db.select({ caseId: cases.id, municipalityAtvk: cases.municipalityAtvk, openedOn: cases.openedOn, closedOn: cases.closedOn, personId: cases.personId })
    .from(ibCases).innerJoin(cases, eq(cases.id, ibCases.caseId))
    .where(and(within, eq(cases.programme, PROGRAMME), lte(cases.openedOn, to), or(isNull(cases.closedOn), gte(cases.closedOn, from))));
}

export async function findMunicipalityNames(db: Reader, atvks: readonly string[]) {
  if (!atvks.length) return [];
  return db.select({ atvk: municipalities.atvk, nameLv: municipalities.nameLv, nameEn: municipalities.nameEn }).from(municipalities).where(inArray(municipalities.atvk, [...atvks]));
}

/**
 * IB-4 the facts of one budget period per case, in one statement with the cases as arrays: the case's plan versions, its
 * deliveries of the months `fromMonth`–`toMonth` (first days) only — not its whole history — and its interruptions.
 */
export async function findPeriodFacts(db: Reader, periods: readonly { caseId: string; fromMonth: string; toMonth: string }[]) {
  if (!periods.length) return [];
  const result = await db.execute(sql`SELECT p.case_id AS "caseId",
      (SELECT coalesce(json_agg(json_build_object('version', v.version, 'validFrom', v.valid_from, 'lines', v.lines) ORDER BY v.version), '[]')
        FROM ib_plan_versions v WHERE v.case_id = p.case_id) AS versions,
      (SELECT coalesce(json_agg(json_build_object('service', d.service, 'month', d.month, 'delivered', d.delivered, 'spentCents', d.spent_cents)), '[]')
        FROM ib_deliveries d WHERE d.case_id = p.case_id AND d.month BETWEEN p.from_month AND p.to_month) AS deliveries,
      (SELECT coalesce(json_agg(json_build_object('service', i.service, 'fromDate', i.from_date, 'toDate', i.to_date, 'reason', i.reason) ORDER BY i.from_date), '[]')
        FROM ib_interruptions i WHERE i.case_id = p.case_id) AS interruptions
    FROM unnest(${uuidArray(periods.map((p) => p.caseId))}, ${`{${periods.map((p) => p.fromMonth).join(',')}}`}::date[], ${`{${periods.map((p) => p.toMonth).join(',')}}`}::date[])
      AS p(case_id, from_month, to_month)`);
  return (result as unknown as { rows: Array<{
    caseId: string;
    versions: { version: number; validFrom: string; lines: { service: string; perMonth: number; unitPriceCents: number }[] }[];
    deliveries: { service: string; month: string; delivered: number; spentCents: number }[];
    interruptions: { service: string; fromDate: string; toDate: string | null; reason: string }[];
  }> }).rows;
}

/**
 * IB-5 the report's facts of many cases as plain rows, the four reads at once, each on a connection of its own: the
 * assessments' days and budgets, the plan versions, the deliveries of the months `from`–`to` (first days), the
 * interruptions. One `uuid[]` parameter, not one bound parameter per case.
 */
export async function findReportFacts(db: Db, caseIds: readonly string[], from: string, to: string) {
  if (!caseIds.length) return { assessments: [], versions: [], deliveries: [], interruptions: [] };
  const ids = uuidArray(caseIds);
  const rowsOf = async <Row>(statement: SQL) => ((await db.execute(statement)) as unknown as { rows: Row[] }).rows;
  const [assessments, versions, deliveries, interruptions] = await Promise.all([
    rowsOf<{ caseId: string; assessedOn: string; budgetCents: number }>(sql`SELECT case_id AS "caseId", assessed_on::text AS "assessedOn", budget_cents AS "budgetCents"
      FROM ib_assessments WHERE case_id = ANY(${ids}) ORDER BY assessed_on`),
    rowsOf<{ caseId: string; version: number; validFrom: string; lines: { service: string; perMonth: number; unitPriceCents: number }[] }>(sql`SELECT case_id AS "caseId", version,
      valid_from::text AS "validFrom", lines FROM ib_plan_versions WHERE case_id = ANY(${ids}) ORDER BY version`),
    rowsOf<{ caseId: string; service: string; month: string; delivered: number; spentCents: number }>(sql`SELECT case_id AS "caseId", service, month::text AS month,
      delivered::float8 AS delivered, spent_cents AS "spentCents" FROM ib_deliveries WHERE case_id = ANY(${ids}) AND month BETWEEN ${from}::date AND ${to}::date`),
    rowsOf<{ caseId: string; service: string; fromDate: string; toDate: string | null; reason: string }>(sql`SELECT case_id AS "caseId", service, from_date::text AS "fromDate",
      to_date::text AS "toDate", reason FROM ib_interruptions WHERE case_id = ANY(${ids}) ORDER BY from_date`),
  ]);
  return { assessments, versions, deliveries, interruptions };
}

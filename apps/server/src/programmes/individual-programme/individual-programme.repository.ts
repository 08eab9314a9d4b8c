import { and, asc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { latvianCollator } from '@socrehab/domain';
import { idsValue, inIds, type Tx, type Reader } from '../../db/database';
import { onePlanSuits, statementOf } from '../../db/statements';
import {
  caseTeamMembers, cases, dwellings, ipCases, ipCoPayments, ipCosts, ipRecipients, ipServiceDeliveries, ipServiceLines,
  evaluations, organisations, persons, programmeSettings, serviceAgreements, users,
} from '../../db/schema';

/** The only file with SQL for the Individual Programme (IP-1 – IP-6). Months are stored as their first day. */

export const PROGRAMME = 'individual_programme';
const firstDay = (month: string) => `${month}-01`;

// ── settings (IP-3) ──────────────────────────────────────────────────────────────────────────

/** The programme's versions in the core's programme settings (each checked with the programme's schema by the caller). */
export async function findSettingsVersions(db: Reader) {
  return db.select({ id: programmeSettings.id, effectiveFrom: programmeSettings.effectiveFrom, settings: sql<unknown>`${programmeSettings.settings}` })
    .from(programmeSettings).where(eq(programmeSettings.programmeCode, PROGRAMME)).orderBy(asc(programmeSettings.effectiveFrom));
}

// ── agreements, providers (IP-4) ─────────────────────────────────────────────────────────────

/** The provider's IP service agreement in force with the municipality on `date`. */
export async function getAgreementInForce(db: Reader, providerId: string, municipalityAtvk: string, date: string) {
  const [row] = await db.select().from(serviceAgreements).where(and(
    eq(serviceAgreements.providerOrganisationId, providerId), eq(serviceAgreements.programmeCode, PROGRAMME), eq(serviceAgreements.municipalityAtvk, municipalityAtvk),
    lte(serviceAgreements.validFrom, date), or(isNull(serviceAgreements.validTo), gte(serviceAgreements.validTo, date)),
  )).limit(1);
  return row ?? null;
}

/** The providers contracted for the programme in the municipality at any time between `from` and `to`, with their agreements. */
export async function findContractedProviders(db: Reader, municipalityAtvk: string, from: string, to: string) {
  const rows = await db.select({ organisationId: organisations.id, name: organisations.name, agreementFrom: serviceAgreements.validFrom, agreementTo: serviceAgreements.validTo })
    .from(serviceAgreements).innerJoin(organisations, eq(organisations.id, serviceAgreements.providerOrganisationId))
    .where(and(eq(serviceAgreements.programmeCode, PROGRAMME), eq(serviceAgreements.municipalityAtvk, municipalityAtvk),
      lte(serviceAgreements.validFrom, to), or(isNull(serviceAgreements.validTo), gte(serviceAgreements.validTo, from))))
    .orderBy(asc(serviceAgreements.validFrom));
  // a provider with two agreements in the period is listed once, with its first
  // sorted in Node: PGlite has no Latvian collation (STACK-NOTES)
  return rows.filter((r, i) => rows.findIndex((o) => o.organisationId === r.organisationId) === i).sort((a, b) => latvianCollator.compare(a.name, b.name));
}

/** IP-1 the active social workers of the given providers, who may manage a case there. */
export async function findSocialWorkersOf(db: Reader, organisationIds: readonly string[]) {
  if (organisationIds.length === 0) return [];
  return db.select({ id: users.id, displayName: users.displayName, organisationId: users.organisationId }).from(users)
    .where(and(inArray(users.organisationId, [...organisationIds]), eq(users.active, true), sql`'social_worker' = ANY(${users.roles})`));
}

export async function getUserWithOrganisation(db: Reader, userId: string) {
  const [row] = await db.select({ id: users.id, organisationId: users.organisationId, roles: users.roles, active: users.active, organisationName: organisations.name })
    .from(users).innerJoin(organisations, eq(organisations.id, users.organisationId)).where(eq(users.id, userId));
  return row ?? null;
}

// ── cases (IP-1) ─────────────────────────────────────────────────────────────────────────────

export async function insertCase(tx: Tx, values: typeof cases.$inferInsert) {
  const [row] = await tx.insert(cases).values(values).returning();
  return row!;
}

export async function insertIpCase(tx: Tx, values: typeof ipCases.$inferInsert) {
  await tx.insert(ipCases).values(values);
}

export async function insertTeamMember(tx: Tx, values: typeof caseTeamMembers.$inferInsert) {
  await tx.insert(caseTeamMembers).values(values);
}

export async function insertRecipients(tx: Tx, rows: (typeof ipRecipients.$inferInsert)[]) {
  await tx.insert(ipRecipients).values(rows);
}

/** The service ends: the case closes, its recipients' service ends that day, the reason is kept. */
export async function endIpCase(tx: Tx, caseId: string, endedOn: string, reason: string, note: string | null) {
  await tx.update(cases).set({ status: 'closed', closedOn: endedOn, version: sql`${cases.version} + 1` }).where(eq(cases.id, caseId));
  await tx.update(ipCases).set({ endingReason: reason, endingNote: note }).where(eq(ipCases.caseId, caseId));
  await tx.update(ipRecipients).set({ toDate: endedOn }).where(and(eq(ipRecipients.caseId, caseId), or(isNull(ipRecipients.toDate), gte(ipRecipients.toDate, endedOn))));
}

export async function findHouseholdMemberIds(db: Reader, householdId: string) {
  return (await db.select({ id: persons.id }).from(persons).where(and(eq(persons.householdId, householdId), isNull(persons.mergedIntoId)))).map((r) => r.id);
}

/**
 * IP-1 the persons who already receive the programme in an open case, of `personIds`. Locks the persons'
 * rows first (in id order), so two openings for one person wait for each other and the second sees the first.
 */
export async function lockAndFindOpenRecipients(tx: Tx, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  await tx.select({ id: persons.id }).from(persons).where(inArray(persons.id, [...personIds])).orderBy(asc(persons.id)).for('update');
  return (await tx.selectDistinct({ personId: ipRecipients.personId }).from(ipRecipients)
    .innerJoin(cases, eq(cases.id, ipRecipients.caseId))
    .where(and(inArray(ipRecipients.personId, [...personIds]), isNull(ipRecipients.toDate), eq(cases.status, 'open'), eq(cases.programme, PROGRAMME))))
    .map((r) => r.personId);
}

const caseColumns = {
  caseId: cases.id, caseNumber: cases.caseNumber, personId: cases.personId, organisationId: cases.organisationId, municipalityAtvk: cases.municipalityAtvk,
  status: cases.status, openedOn: cases.openedOn, closedOn: cases.closedOn, providerName: organisations.name,
  householdId: ipCases.householdId, targetGroup: ipCases.targetGroup, decidedOn: ipCases.decidedOn, communityServicesConsidered: ipCases.communityServicesConsidered,
  unmetNeedReason: ipCases.unmetNeedReason, servicePlace: ipCases.servicePlace, agreementEndsOn: ipCases.agreementEndsOn, endingReason: ipCases.endingReason,
  givenNames: persons.givenNames, surnames: persons.surnames,
};

function caseQuery(db: Reader) {
  return db.select(caseColumns).from(ipCases).innerJoin(cases, eq(cases.id, ipCases.caseId))
    .innerJoin(organisations, eq(organisations.id, cases.organisationId)).innerJoin(persons, eq(persons.id, cases.personId));
}

export async function getIpCase(db: Reader, caseId: string, lock = false) {
  const query = caseQuery(db).where(eq(ipCases.caseId, caseId));
  const [row] = lock ? await query.for('update', { of: cases }) : await query;
  return row ?? null;
}
export type IpCaseRow = NonNullable<Awaited<ReturnType<typeof getIpCase>>>;

/** The programme's cases of the actor's organisation or municipality whose person the actor may see (`visible`: the core's access rule). */
export async function findIpCases(db: Reader, where: { organisationId: string; municipalityAtvk: string | null }, visible: SQL) {
  const own = where.municipalityAtvk ? or(eq(cases.organisationId, where.organisationId), eq(cases.municipalityAtvk, where.municipalityAtvk)) : eq(cases.organisationId, where.organisationId);
  return caseQuery(db).where(and(own, visible)).orderBy(asc(cases.openedOn));
}

export async function findRecipients(db: Reader, caseId: string) {
  return db.select({ personId: ipRecipients.personId, givenNames: persons.givenNames, surnames: persons.surnames, gender: persons.gender, birthDate: persons.birthDate, fromDate: ipRecipients.fromDate, toDate: ipRecipients.toDate })
    .from(ipRecipients).innerJoin(persons, eq(persons.id, ipRecipients.personId)).where(eq(ipRecipients.caseId, caseId)).orderBy(asc(ipRecipients.fromDate), asc(persons.birthDate));
}

export async function isOnTeam(db: Reader, caseId: string, userId: string, date: string) {
  const [row] = await db.select({ id: caseTeamMembers.id }).from(caseTeamMembers).where(and(
    eq(caseTeamMembers.caseId, caseId), eq(caseTeamMembers.userId, userId), lte(caseTeamMembers.fromDate, date), or(isNull(caseTeamMembers.toDate), gte(caseTeamMembers.toDate, date)),
  )).limit(1);
  return !!row;
}

// ── service lines and deliveries (IP-2) ──────────────────────────────────────────────────────

export async function insertServiceLine(tx: Tx, values: typeof ipServiceLines.$inferInsert) {
  const [row] = await tx.insert(ipServiceLines).values(values).returning();
  return row!;
}

export async function findServiceLines(db: Reader, caseId: string) {
  return db.select({ line: ipServiceLines, dwellingAddress: dwellings.address }).from(ipServiceLines)
    .leftJoin(dwellings, eq(dwellings.id, ipServiceLines.dwellingId)).where(eq(ipServiceLines.caseId, caseId)).orderBy(asc(ipServiceLines.createdAt));
}

export async function getServiceLine(db: Reader, caseId: string, id: string) {
  const [row] = await db.select().from(ipServiceLines).where(and(eq(ipServiceLines.id, id), eq(ipServiceLines.caseId, caseId)));
  return row ?? null;
}

export async function getDwelling(db: Reader, id: string) {
  const [row] = await db.select({ id: dwellings.id, address: dwellings.address }).from(dwellings).where(eq(dwellings.id, id));
  return row ?? null;
}

/** IP-2 one delivered figure per line and month: a second record of the month corrects the first. */
export async function upsertDelivery(tx: Tx, values: typeof ipServiceDeliveries.$inferInsert) {
  const [row] = await tx.insert(ipServiceDeliveries).values(values)
    .onConflictDoUpdate({ target: [ipServiceDeliveries.serviceLineId, ipServiceDeliveries.month], set: { delivered: values.delivered, note: values.note ?? null, recordedBy: values.recordedBy, recordedAt: sql`now()` } })
    .returning();
  return row!;
}

export async function findDeliveries(db: Reader, caseId: string, month: string) {
  return db.select().from(ipServiceDeliveries).where(and(eq(ipServiceDeliveries.caseId, caseId), eq(ipServiceDeliveries.month, firstDay(month))));
}

// ── costs and co-payments (IP-3) ─────────────────────────────────────────────────────────────

export async function upsertCost(tx: Tx, values: typeof ipCosts.$inferInsert) {
  const [row] = await tx.insert(ipCosts).values(values)
    .onConflictDoUpdate({ target: [ipCosts.caseId, ipCosts.month, ipCosts.kind], set: { plannedCents: values.plannedCents, actualCents: values.actualCents ?? null, recordedBy: values.recordedBy, recordedAt: sql`now()` } })
    .returning();
  return row!;
}

export async function insertCoPayment(tx: Tx, values: typeof ipCoPayments.$inferInsert) {
  const [row] = await tx.insert(ipCoPayments).values(values)
    .onConflictDoUpdate({ target: [ipCoPayments.caseId, ipCoPayments.effectiveFrom], set: {
      rentCents: values.rentCents, managementCents: values.managementCents, electricityCents: values.electricityCents, gasCents: values.gasCents,
      utilitiesCents: values.utilitiesCents, basis: values.basis, assessedOn: values.assessedOn, recordedBy: values.recordedBy,
    } })
    .returning();
  return row!;
}

export async function findCoPayments(db: Reader, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  return db.select().from(ipCoPayments).where(inArray(ipCoPayments.caseId, [...caseIds])).orderBy(asc(ipCoPayments.effectiveFrom));
}

export async function findCosts(db: Reader, caseIds: readonly string[], from: string, to: string) {
  if (caseIds.length === 0) return [];
  return db.select().from(ipCosts).where(and(inArray(ipCosts.caseId, [...caseIds]), gte(ipCosts.month, from), lte(ipCosts.month, to)));
}

/** The recipients of the given cases with their days (for counting persons served in a month). */
export async function findRecipientDays(db: Reader, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  return db.select({ caseId: ipRecipients.caseId, personId: ipRecipients.personId, fromDate: ipRecipients.fromDate, toDate: ipRecipients.toDate, closedOn: cases.closedOn })
    .from(ipRecipients).innerJoin(cases, eq(cases.id, ipRecipients.caseId)).where(inArray(ipRecipients.caseId, [...caseIds]));
}

/** The provider's IP cases in a municipality (ids and days only: the ledger and the overview count, they name nobody). */
export async function findProviderCaseIds(db: Reader, providerIds: readonly string[], municipalityAtvk: string) {
  if (providerIds.length === 0) return [];
  return db.select({ caseId: cases.id, organisationId: cases.organisationId, status: cases.status, openedOn: cases.openedOn, closedOn: cases.closedOn, agreementEndsOn: ipCases.agreementEndsOn })
    .from(ipCases).innerJoin(cases, eq(cases.id, ipCases.caseId))
    .where(and(inArray(cases.organisationId, [...providerIds]), eq(cases.municipalityAtvk, municipalityAtvk)));
}

// ── the target-group report (IP-4) ───────────────────────────────────────────────────────────

/**
 * IP-4 every recipient served in the municipality between `from` and `to` (a report's own SQL: no
 * names, only what the counts need), with whether their case is a family's with a child in it on the
 * day they started being served that year.
 */
export async function findServedRecipients(db: Reader, municipalityAtvk: string, from: string, to: string, providerId: string | null) {
  const result = await db.execute(sql`
    SELECT r.person_id AS "personId", c.organisation_id AS "providerId", ic.target_group AS "targetGroup", p.gender, p.birth_date::text AS "birthDate",
      greatest(r.from_date, ${from}::date)::text AS "firstServedOn", r.from_date::text AS "fromDate",
      (ic.household_id IS NOT NULL AND EXISTS (
        SELECT 1 FROM persons m WHERE m.household_id = ic.household_id AND m.merged_into_id IS NULL AND m.birth_date IS NOT NULL
          AND m.birth_date > (greatest(r.from_date, ${from}::date) - interval '18 years')
      )) AS "familyWithChild"
    FROM ip_recipients r
    JOIN ip_cases ic ON ic.case_id = r.case_id
    JOIN cases c ON c.id = r.case_id
    JOIN persons p ON p.id = r.person_id
    WHERE c.municipality_atvk = ${municipalityAtvk}
      AND r.from_date <= ${to}::date AND coalesce(r.to_date, c.closed_on, ${to}::date) >= ${from}::date
      ${providerId ? sql`AND c.organisation_id = ${providerId}` : sql``}`);
  return (result as unknown as { rows: { personId: string; providerId: string; targetGroup: string; gender: string | null; birthDate: string | null; firstServedOn: string; fromDate: string; familyWithChild: boolean }[] }).rows;
}

// ── satisfaction and self-assessment (IP-5, IP-6), recorded by the core's evaluations ────────

/** IP-5 the client satisfaction surveys of the programme's cases in a municipality in a period, with the case days the occasion is read from. */
export async function findSatisfactionSurveys(db: Reader, municipalityAtvk: string, from: string, to: string) {
  return db.select({ providerId: cases.organisationId, recordedOn: evaluations.recordedOn, score: evaluations.score, closedOn: cases.closedOn, agreementEndsOn: ipCases.agreementEndsOn })
    .from(evaluations).innerJoin(cases, eq(cases.id, evaluations.caseId)).innerJoin(ipCases, eq(ipCases.caseId, cases.id))
    .where(and(eq(evaluations.programmeCode, PROGRAMME), eq(evaluations.instrument, 'client_satisfaction'), eq(cases.municipalityAtvk, municipalityAtvk),
      gte(evaluations.recordedOn, from), lte(evaluations.recordedOn, to)));
}

/** IP-6 the days each provider assessed itself in the programme. */
export async function findSelfAssessmentDays(db: Reader, providerIds: readonly string[]) {
  if (providerIds.length === 0) return [];
  return db.select({ providerId: evaluations.providerOrganisationId, recordedOn: evaluations.recordedOn }).from(evaluations)
    .where(and(eq(evaluations.programmeCode, PROGRAMME), eq(evaluations.instrument, 'provider_self_assessment'), inArray(evaluations.providerOrganisationId, [...providerIds])))
    .orderBy(asc(evaluations.recordedOn));
}

/** The agreed end of each case's service agreement (the core's schedule counts IP-5's "one month before" from it). */
export async function findAgreedEnds(db: Reader, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  const statement = statementOf(db, 'ip-agreed-ends', () => db.select({ caseId: ipCases.caseId, agreementEndsOn: ipCases.agreementEndsOn }).from(ipCases)
    .where(inIds(ipCases.caseId, sql.placeholder('caseIds'))), { named: onePlanSuits(caseIds) });
  return statement.execute({ caseIds: idsValue(caseIds) });
}

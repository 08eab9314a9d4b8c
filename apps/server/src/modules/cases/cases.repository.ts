import { and, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { idsValue, uuidArray, type Tx, type Reader } from '../../db/database';
import { onePlanSuits, statementOf } from '../../db/statements';
import {
  attachments, caseConsents, caseDocuments, consentTexts, caseIncidents, caseNumberCounters, caseTeamMembers, cases, initialAssessments, moveIns, organisations, persons, users,
} from '../../db/schema';

/** The only file with SQL for cases and what is recorded on them before moving in. */

export async function getCaseById(db: Reader, id: string, lock = false) {
  const query = db.select().from(cases).where(eq(cases.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** HF-2.2, HF-3.3.4 the cases of these persons in a programme with their opening days: a re-application's engagement is found from them. */
export async function findCaseOpeningsOfPersons(db: Reader, personIds: readonly string[], programme: string) {
  if (personIds.length === 0) return [];
  return db.select({ id: cases.id, personId: cases.personId, openedOn: cases.openedOn }).from(cases)
    .where(and(inArray(cases.personId, [...new Set(personIds)]), eq(cases.programme, programme)));
}

/** The same, only of the persons among these with more than one case in the programme (the worklists' re-applications). */
export async function findCaseOpeningsOfReapplicants(db: Reader, personIds: readonly string[], programme: string) {
  if (personIds.length === 0) return [];
  const statement = statementOf(db, 'case-openings-of-reapplicants', () => {
    const programme = sql.placeholder('programme');
    return db.select({ id: cases.id, personId: cases.personId, openedOn: cases.openedOn }).from(cases)
      .where(and(eq(cases.programme, programme), sql`${cases.personId} IN (SELECT person_id FROM cases
        WHERE person_id = ANY(${uuidArray(sql.placeholder('personIds'))}) AND programme = ${programme} GROUP BY person_id HAVING count(*) > 1)`));
  }, { named: onePlanSuits(personIds) });
  return statement.execute({ personIds: idsValue([...new Set(personIds)]), programme });
}

export async function insertCase(tx: Tx, values: typeof cases.$inferInsert) {
  const [row] = await tx.insert(cases).values(values).returning();
  return row!;
}

export async function updateCase(tx: Tx, id: string, values: Partial<typeof cases.$inferInsert>) {
  await tx.update(cases).set(values).where(eq(cases.id, id));
}

/** HF-3.1.7.3 the next number of a programme's register within its numbering scope (an organisation or a municipality) and year; concurrent openings wait on the row. */
export async function allocateCaseSequence(tx: Tx, programmeCode: string, scopeKey: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(caseNumberCounters)
    .values({ programmeCode, scopeKey, year, lastSequence: 1 })
    .onConflictDoUpdate({ target: [caseNumberCounters.programmeCode, caseNumberCounters.scopeKey, caseNumberCounters.year], set: { lastSequence: sql`${caseNumberCounters.lastSequence} + 1` } })
    .returning({ lastSequence: caseNumberCounters.lastSequence });
  return row!.lastSequence;
}

export async function isCaseNumberTaken(db: Reader, organisationId: string, caseNumber: string) {
  const [row] = await db.select({ id: cases.id }).from(cases).where(and(eq(cases.organisationId, organisationId), eq(cases.caseNumber, caseNumber)));
  return !!row;
}

export async function getOrganisation(db: Reader, id: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row!;
}

/** HF-3.1.7.3 the provider's case register number format. */
export async function setCaseNumberFormat(tx: Tx, organisationId: string, format: string) {
  await tx.update(organisations).set({ caseNumberFormat: format }).where(eq(organisations.id, organisationId));
}

/** A user by id, read without a lock (the printed documents' signers and "printed by"). */
export async function getUser(db: Reader, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
}

/**
 * A worker about to be assigned, their row locked until the transaction ends: two assignments of the
 * same worker at once count their caseload one after the other (HF-2.4, issue 11 §1).
 */
export async function lockWorkerForAssignment(tx: Tx, id: string) {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  return row ?? null;
}

/** The case team with names, active and past. */
export async function findTeam(db: Reader, caseId: string) {
  return db
    .select({ member: caseTeamMembers, displayName: users.displayName, assignedByName: sql<string | null>`(SELECT display_name FROM users a WHERE a.id = ${caseTeamMembers.assignedBy})` })
    .from(caseTeamMembers)
    .innerJoin(users, eq(users.id, caseTeamMembers.userId))
    .where(eq(caseTeamMembers.caseId, caseId))
    .orderBy(caseTeamMembers.fromDate, caseTeamMembers.id);
}

/** Ends a team membership the day before its successor starts, keeping why (HF-3.2.7). */
export async function endTeamMember(tx: Tx, id: string, toDate: string, changeReason: string) {
  await tx.update(caseTeamMembers).set({ toDate, changeReason }).where(eq(caseTeamMembers.id, id));
}

export async function insertIncident(tx: Tx, values: typeof caseIncidents.$inferInsert) {
  const [row] = await tx.insert(caseIncidents).values(values).returning();
  return row!;
}

export async function findIncidents(db: Reader, caseId: string) {
  return db.select().from(caseIncidents).where(eq(caseIncidents.caseId, caseId)).orderBy(desc(caseIncidents.occurredOn));
}

export async function insertTeamMember(tx: Tx, values: typeof caseTeamMembers.$inferInsert) {
  const [row] = await tx.insert(caseTeamMembers).values(values).returning();
  return row!;
}

/**
 * HF-2.4 a worker's caseload in a programme on `asOf`: the programme's open cases they are on, per team
 * role, and of their social-worker cases those with no mentor on the team (they work with the client
 * alone). A programme's caps count its own cases: a Housing First social worker who also serves the
 * Individual Budget's families has the Housing First clients the cap is about.
 */
export async function getCaseload(db: Reader, userId: string, asOf: string, programme: string) {
  return caseloadQuery(db, asOf, sql`m.user_id = ${userId} AND c.programme = ${programme}`);
}

/** Every worker's caseload in a programme in an organisation on `asOf`, for the managers' overview. */
export async function findOrganisationCaseloads(db: Reader, organisationId: string, asOf: string, programme: string) {
  return caseloadQuery(db, asOf, sql`c.organisation_id = ${organisationId} AND c.programme = ${programme}`);
}

async function caseloadQuery(db: Reader, asOf: string, where: ReturnType<typeof sql>) {
  const result = await db.execute(sql`
    SELECT m.user_id AS "userId", m.team_role AS "teamRole", count(*)::int AS "cases",
           count(*) FILTER (WHERE NOT EXISTS (
             SELECT 1 FROM case_team_members o
             WHERE o.case_id = c.id AND o.team_role = 'social_mentor' AND o.from_date <= ${asOf} AND (o.to_date IS NULL OR o.to_date >= ${asOf})
           ))::int AS "casesAlone"
    FROM case_team_members m JOIN cases c ON c.id = m.case_id
    WHERE ${where}
      AND c.opened_on <= ${asOf} AND (c.closed_on IS NULL OR c.closed_on > ${asOf})
      AND m.from_date <= ${asOf} AND (m.to_date IS NULL OR m.to_date >= ${asOf})
    GROUP BY m.user_id, m.team_role`);
  return (result as unknown as { rows: Array<{ userId: string; teamRole: string; cases: number; casesAlone: number }> }).rows;
}

export async function upsertDocument(tx: Tx, values: typeof caseDocuments.$inferInsert) {
  await tx.insert(caseDocuments).values(values).onConflictDoUpdate({
    target: [caseDocuments.caseId, caseDocuments.kind],
    set: { status: values.status, onDate: values.onDate, note: values.note, recordedBy: values.recordedBy },
  });
}

export async function findDocuments(db: Reader, caseId: string) {
  return db.select().from(caseDocuments).where(eq(caseDocuments.caseId, caseId));
}

export async function insertConsent(tx: Tx, values: typeof caseConsents.$inferInsert) {
  const [row] = await tx.insert(caseConsents).values(values).returning();
  return row!;
}

export async function getConsent(db: Reader, id: string) {
  const [row] = await db.select().from(caseConsents).where(eq(caseConsents.id, id)).for('update');
  return row ?? null;
}

export async function withdrawConsent(tx: Tx, id: string, withdrawnOn: string) {
  await tx.update(caseConsents).set({ withdrawnOn }).where(eq(caseConsents.id, id));
}

export async function findConsents(db: Reader, caseId: string) {
  return db.select().from(caseConsents).where(eq(caseConsents.caseId, caseId)).orderBy(caseConsents.givenOn);
}

export async function insertInitialAssessment(tx: Tx, values: typeof initialAssessments.$inferInsert) {
  const [row] = await tx.insert(initialAssessments).values(values).returning();
  return row!;
}

export async function findInitialAssessments(db: Reader, caseId: string) {
  return db
    .select({ assessment: initialAssessments, assessedByName: users.displayName })
    .from(initialAssessments)
    .innerJoin(users, eq(users.id, initialAssessments.assessedBy))
    .where(eq(initialAssessments.caseId, caseId))
    .orderBy(desc(initialAssessments.createdAt));
}

export async function insertMoveIn(tx: Tx, values: typeof moveIns.$inferInsert) {
  const [row] = await tx.insert(moveIns).values(values).returning();
  return row!;
}

/**
 * Issue 11 §3: at the move-in the person's actual residence (whereabouts) becomes the dwelling — at the
 * declared address if that is the dwelling's, else at another address. The declared address is the
 * person's own declaration and is not changed.
 */
export async function movePersonInto(tx: Tx, personId: string, address: string) {
  const [before] = await tx.select({ whereaboutsKind: persons.whereaboutsKind, whereabouts: persons.whereabouts, declaredAddress: persons.declaredAddress, version: persons.version })
    .from(persons).where(eq(persons.id, personId)).for('update');
  const after = before!.declaredAddress === address ? { whereaboutsKind: 'declared_address', whereabouts: null } : { whereaboutsKind: 'other_address', whereabouts: address };
  await tx.update(persons).set({ ...after, version: before!.version + 1, updatedAt: sql`now()` }).where(eq(persons.id, personId));
  return { before: { whereaboutsKind: before!.whereaboutsKind, whereabouts: before!.whereabouts }, after };
}

export async function getMoveIn(db: Reader, caseId: string) {
  const [row] = await db.select().from(moveIns).where(eq(moveIns.caseId, caseId));
  return row ?? null;
}

export async function insertAttachment(tx: Tx, values: typeof attachments.$inferInsert) {
  const [row] = await tx.insert(attachments).values(values).returning({ id: attachments.id });
  return row!;
}

export async function findAttachments(db: Reader, caseId: string) {
  return db
    .select({ id: attachments.id, purpose: attachments.purpose, fileName: attachments.fileName, mediaType: attachments.mediaType, uploadedAt: attachments.uploadedAt })
    .from(attachments)
    .where(eq(attachments.caseId, caseId))
    .orderBy(attachments.uploadedAt);
}

export async function getAttachment(db: Reader, caseId: string, id: string) {
  const [row] = await db.select().from(attachments).where(and(eq(attachments.caseId, caseId), eq(attachments.id, id)));
  return row ?? null;
}

/** The display names of these users, by id. */
export async function findUserNames(db: Reader, ids: readonly string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, [...ids]));
  return new Map(rows.map((u) => [u.id, u.name]));
}

/**
 * The cases a list shows, newest first (at most 500): those whose person `visible` lets the actor see,
 * of `whose` — the organisation's, the municipality's, or those the user is on the team of on `asOf` —
 * open on `asOf`, ended by then (from its ending day a case is ended, HF-3.3), or all.
 */
export function findCasesForList(db: Reader, visible: SQL, whose: { organisationId: string } | { municipalityAtvk: string } | { teamMemberId: string }, asOf: string, status: 'open' | 'ended' | 'all') {
  const mine = 'organisationId' in whose
    ? eq(cases.organisationId, whose.organisationId)
    : 'municipalityAtvk' in whose
      ? eq(cases.municipalityAtvk, whose.municipalityAtvk)
      : sql`EXISTS (SELECT 1 FROM case_team_members m WHERE m.case_id = ${cases.id} AND m.user_id = ${whose.teamMemberId} AND m.from_date <= ${asOf} AND (m.to_date IS NULL OR m.to_date >= ${asOf}))`;
  return db
    .select({
      id: cases.id, programme: cases.programme, caseNumber: cases.caseNumber, status: cases.status, openedOn: cases.openedOn, closedOn: cases.closedOn,
      municipalityAtvk: cases.municipalityAtvk, personId: persons.id, givenNames: persons.givenNames, surnames: persons.surnames, dwellingId: cases.dwellingId,
    })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(and(visible, mine, {
      open: or(isNull(cases.closedOn), sql`${cases.closedOn} > ${asOf}`),
      ended: sql`${cases.closedOn} <= ${asOf}`,
      all: undefined,
    }[status]))
    .orderBy(desc(cases.openedOn))
    .limit(500);
}

/** The organisation's active users with their roles (the workers whose caseloads are shown, HF-2.4). */
export function findActiveUsersOfOrganisation(db: Reader, organisationId: string) {
  return db.select({ id: users.id, displayName: users.displayName, roles: users.roles }).from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.active, true)));
}

/** HF-2.4 per worker, the current assignments over the caseload cap (with an override reason) in the organisation. */
export function countCaseloadOverrides(db: Reader, organisationId: string, asOf: string) {
  return db.select({ userId: caseTeamMembers.userId, n: sql<number>`count(*)::int` }).from(caseTeamMembers)
    .where(and(eq(caseTeamMembers.organisationId, organisationId), sql`${caseTeamMembers.overrideReason} IS NOT NULL`, sql`(${caseTeamMembers.toDate} IS NULL OR ${caseTeamMembers.toDate} >= ${asOf})`))
    .groupBy(caseTeamMembers.userId);
}

/** HF-4.4 a version of the consent text, if there is one. */
export async function getConsentText(db: Reader, version: number) {
  const [row] = await db.select().from(consentTexts).where(eq(consentTexts.version, version));
  return row ?? null;
}

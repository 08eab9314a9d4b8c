import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { personSearchKey } from '@socrehab/domain';
import { uuidArray, type Tx, type Reader } from '../../db/database';
import {
  caseTeamMembers, cases, fsAttendance, fsCaseMembers, fsCases, fsCentres, fsCentreStaff, fsConferenceInvitees, fsConferences, fsGroupParticipants, fsGroups,
  fsLeaderTrainings, fsMentorMatches, fsMentorMeetings, fsMentors, fsMentorSupervisions, fsProjects, fsReferrals, fsSessions, fsSpending, households, organisations,
  persons, programmeSettings, users,
} from '../../db/schema';
import { statementOf } from '../../db/statements';
import type { CaseScope } from '../programme-module';

/** The only file with SQL for family support (FS-1 – FS-6). */

export const PROGRAMME = 'family_support';

// ── centres and staff (FS-1) ─────────────────────────────────────────────────────────────────

export async function findCentres(db: Reader, organisationId: string) {
  return db.select().from(fsCentres).where(eq(fsCentres.organisationId, organisationId)).orderBy(asc(fsCentres.name));
}
export async function findAllCentres(db: Reader) {
  return db.select({ id: fsCentres.id, name: fsCentres.name, organisationId: fsCentres.organisationId, organisationName: organisations.name, municipalityAtvk: fsCentres.municipalityAtvk })
    .from(fsCentres).innerJoin(organisations, eq(organisations.id, fsCentres.organisationId)).orderBy(asc(fsCentres.name));
}
export async function getCentre(db: Reader, id: string) {
  const [row] = await db.select().from(fsCentres).where(eq(fsCentres.id, id));
  return row ?? null;
}
export async function findStaff(db: Reader, organisationId: string) {
  return db.select({ centreId: fsCentreStaff.centreId, userId: fsCentreStaff.userId, profession: fsCentreStaff.profession, displayName: users.displayName, active: users.active })
    .from(fsCentreStaff).innerJoin(users, eq(users.id, fsCentreStaff.userId)).where(eq(fsCentreStaff.organisationId, organisationId));
}
export async function insertCentre(tx: Tx, values: typeof fsCentres.$inferInsert) {
  return (await tx.insert(fsCentres).values(values).returning())[0]!;
}
export async function insertStaff(tx: Tx, values: (typeof fsCentreStaff.$inferInsert)[]) {
  if (values.length) await tx.insert(fsCentreStaff).values(values);
}
export async function findSettingsVersions(db: Reader) {
  return db.select({ id: programmeSettings.id, effectiveFrom: programmeSettings.effectiveFrom, settings: sql<unknown>`${programmeSettings.settings}` })
    .from(programmeSettings).where(eq(programmeSettings.programmeCode, PROGRAMME)).orderBy(asc(programmeSettings.effectiveFrom));
}

// ── persons and households (FS-1, FS-5) ──────────────────────────────────────────────────────

export async function insertHousehold(tx: Tx, organisationId: string) {
  return (await tx.insert(households).values({ organisationId }).returning({ id: households.id }))[0]!.id;
}
export async function insertPerson(tx: Tx, values: Omit<typeof persons.$inferInsert, 'searchName'>) {
  return (await tx.insert(persons).values({ ...values, searchName: personSearchKey(values) }).returning({ id: persons.id }))[0]!.id;
}
export async function findPersonsByIds(db: Reader, ids: readonly string[]) {
  if (!ids.length) return [];
  return db.select({ id: persons.id, householdId: persons.householdId, birthDate: persons.birthDate, givenNames: persons.givenNames, surnames: persons.surnames, gender: persons.gender })
    .from(persons).where(inArray(persons.id, [...ids]));
}
export async function setHousehold(tx: Tx, personIds: readonly string[], householdId: string) {
  if (personIds.length) await tx.update(persons).set({ householdId, version: sql`${persons.version} + 1` }).where(inArray(persons.id, [...personIds]));
}
/** Locks the household's row: two openings for one family wait for each other. */
export async function lockHousehold(tx: Tx, householdId: string) {
  await tx.select({ id: households.id }).from(households).where(eq(households.id, householdId)).for('update');
}
export async function findOpenCaseOfHousehold(db: Reader, householdId: string) {
  const [row] = await db.select({ caseId: fsCases.caseId }).from(fsCases).innerJoin(cases, eq(cases.id, fsCases.caseId))
    .where(and(eq(fsCases.householdId, householdId), eq(cases.status, 'open'))).limit(1);
  return row ?? null;
}

// ── referrals (FS-5) ─────────────────────────────────────────────────────────────────────────

export async function insertReferral(tx: Tx, values: typeof fsReferrals.$inferInsert) {
  return (await tx.insert(fsReferrals).values(values).returning())[0]!;
}
const referralColumns = {
  referral: fsReferrals, centreName: fsCentres.name, contactGivenNames: persons.givenNames, contactSurnames: persons.surnames, referringOrganisationName: organisations.name,
};
function referralQuery(db: Reader) {
  return db.select(referralColumns).from(fsReferrals).innerJoin(fsCentres, eq(fsCentres.id, fsReferrals.centreId))
    .innerJoin(persons, eq(persons.id, fsReferrals.contactPersonId)).innerJoin(organisations, eq(organisations.id, fsReferrals.referringOrganisationId));
}
export async function getReferral(db: Reader, id: string, lock = false) {
  const q = referralQuery(db).where(eq(fsReferrals.id, id));
  const [row] = lock ? await q.for('update', { of: fsReferrals }) : await q;
  return row ?? null;
}
export async function findReferrals(db: Reader, where: { organisationId?: string; municipalityAtvk?: string }) {
  const cond = where.organisationId ? eq(fsReferrals.organisationId, where.organisationId) : eq(fsReferrals.municipalityAtvk, where.municipalityAtvk ?? '');
  return referralQuery(db).where(cond).orderBy(desc(fsReferrals.referredOn));
}
export async function decideReferral(tx: Tx, id: string, values: Partial<typeof fsReferrals.$inferInsert>) {
  await tx.update(fsReferrals).set(values).where(eq(fsReferrals.id, id));
}

// ── cases (FS-1) ─────────────────────────────────────────────────────────────────────────────

export async function insertCase(tx: Tx, values: typeof cases.$inferInsert) {
  return (await tx.insert(cases).values(values).returning())[0]!;
}
export async function insertFsCase(tx: Tx, values: typeof fsCases.$inferInsert) {
  await tx.insert(fsCases).values(values);
}
export async function insertMembers(tx: Tx, rows: (typeof fsCaseMembers.$inferInsert)[]) {
  if (rows.length) await tx.insert(fsCaseMembers).values(rows);
}
export async function insertTeamMember(tx: Tx, values: typeof caseTeamMembers.$inferInsert) {
  await tx.insert(caseTeamMembers).values(values);
}

const caseColumns = {
  caseId: cases.id, caseNumber: cases.caseNumber, personId: cases.personId, organisationId: cases.organisationId, status: cases.status, openedOn: cases.openedOn, closedOn: cases.closedOn,
  centreId: fsCases.centreId, centreName: fsCentres.name, householdId: fsCases.householdId, referralId: fsCases.referralId, referringMunicipalityAtvk: fsCases.referringMunicipalityAtvk,
  crisisSince: fsCases.crisisSince, crisisNote: fsCases.crisisNote, endingReason: fsCases.endingReason, givenNames: persons.givenNames, surnames: persons.surnames,
};
function caseQuery(db: Reader) {
  return db.select(caseColumns).from(fsCases).innerJoin(cases, eq(cases.id, fsCases.caseId)).innerJoin(fsCentres, eq(fsCentres.id, fsCases.centreId)).innerJoin(persons, eq(persons.id, cases.personId));
}
export async function getFsCase(db: Reader, caseId: string, lock = false) {
  const q = caseQuery(db).where(eq(fsCases.caseId, caseId));
  const [row] = lock ? await q.for('update', { of: cases }) : await q;
  return row ?? null;
}
export type FsCaseRow = NonNullable<Awaited<ReturnType<typeof getFsCase>>>;

/** The family cases the actor may be shown: their provider's (a manager's or its team's) or referred by their municipality. */
export async function findFsCases(db: Reader, where: SQL) {
  const rows = await caseQuery(db).where(where).orderBy(desc(cases.openedOn));
  const ids = rows.map((r) => r.caseId);
  const counts = ids.length ? await db.select({ caseId: fsCaseMembers.caseId, children: sql<number>`count(*) FILTER (WHERE ${fsCaseMembers.role} IN ('child', 'foster_child'))::int`, all: sql<number>`count(*)::int` })
    .from(fsCaseMembers).where(inArray(fsCaseMembers.caseId, ids)).groupBy(fsCaseMembers.caseId) : [];
  return rows.map((r) => ({ ...r, children: counts.find((c) => c.caseId === r.caseId)?.children ?? 0, members: counts.find((c) => c.caseId === r.caseId)?.all ?? 0 }));
}
/** The condition of the cases a provider's manager, a team member or a referring municipality may list. */
export function caseListCondition(who: { organisationId: string; userId: string; manager: boolean; municipalityAtvk: string | null; today: string }): SQL {
  if (who.municipalityAtvk) return eq(fsCases.referringMunicipalityAtvk, who.municipalityAtvk);
  if (who.manager) return eq(fsCases.organisationId, who.organisationId);
  return and(eq(fsCases.organisationId, who.organisationId), sql`${cases.id} IN (SELECT m.case_id FROM case_team_members m WHERE m.user_id = ${who.userId}
    AND m.from_date <= ${who.today} AND (m.to_date IS NULL OR m.to_date >= ${who.today}))`)!;
}

export async function isOnTeam(db: Reader, caseId: string, userId: string, date: string) {
  const [row] = await db.select({ id: caseTeamMembers.id }).from(caseTeamMembers).where(and(
    eq(caseTeamMembers.caseId, caseId), eq(caseTeamMembers.userId, userId), lte(caseTeamMembers.fromDate, date), or(isNull(caseTeamMembers.toDate), gte(caseTeamMembers.toDate, date)),
  )).limit(1);
  return !!row;
}
export async function findTeam(db: Reader, caseId: string) {
  return db.select({ userId: caseTeamMembers.userId, teamRole: caseTeamMembers.teamRole, fromDate: caseTeamMembers.fromDate, toDate: caseTeamMembers.toDate, displayName: users.displayName })
    .from(caseTeamMembers).innerJoin(users, eq(users.id, caseTeamMembers.userId)).where(eq(caseTeamMembers.caseId, caseId)).orderBy(asc(caseTeamMembers.fromDate));
}
export async function findMembers(db: Reader, caseId: string) {
  return db.select({ personId: fsCaseMembers.personId, role: fsCaseMembers.role, fromDate: fsCaseMembers.fromDate, givenNames: persons.givenNames, surnames: persons.surnames, birthDate: persons.birthDate, gender: persons.gender })
    .from(fsCaseMembers).innerJoin(persons, eq(persons.id, fsCaseMembers.personId)).where(eq(fsCaseMembers.caseId, caseId)).orderBy(asc(persons.birthDate));
}
export async function setCrisis(tx: Tx, caseId: string, since: string | null, note: string | null) {
  await tx.update(fsCases).set({ crisisSince: since, crisisNote: note }).where(eq(fsCases.caseId, caseId));
}
export async function endCase(tx: Tx, caseId: string, endedOn: string, reason: string, note: string | null) {
  await tx.update(cases).set({ status: 'closed', closedOn: endedOn, version: sql`${cases.version} + 1` }).where(eq(cases.id, caseId));
  await tx.update(fsCases).set({ endingReason: reason, endingNote: note, crisisSince: null }).where(eq(fsCases.caseId, caseId));
  await tx.update(fsCaseMembers).set({ toDate: endedOn }).where(and(eq(fsCaseMembers.caseId, caseId), isNull(fsCaseMembers.toDate)));
  await tx.update(fsMentorMatches).set({ endedOn, endingReason: 'family_ended' }).where(and(eq(fsMentorMatches.caseId, caseId), isNull(fsMentorMatches.endedOn)));
}

// ── sessions and attendance (FS-2) ───────────────────────────────────────────────────────────

export async function insertSession(tx: Tx, values: typeof fsSessions.$inferInsert, present: readonly string[]) {
  const row = (await tx.insert(fsSessions).values(values).returning())[0]!;
  if (present.length) await tx.insert(fsAttendance).values(present.map((personId) => ({ sessionId: row.id, personId })));
  return row;
}
export async function findSessions(db: Reader, where: { caseId?: string; groupId?: string }) {
  const rows = await db.select().from(fsSessions).where(where.caseId ? eq(fsSessions.caseId, where.caseId) : eq(fsSessions.groupId, where.groupId ?? '')).orderBy(desc(fsSessions.heldOn));
  const present = rows.length ? await db.select().from(fsAttendance).where(inArray(fsAttendance.sessionId, rows.map((r) => r.id))) : [];
  return rows.map((r) => ({ ...r, present: present.filter((p) => p.sessionId === r.id).map((p) => p.personId) }));
}

// ── groups and camps (FS-2) ──────────────────────────────────────────────────────────────────

export async function insertGroup(tx: Tx, values: typeof fsGroups.$inferInsert) {
  return (await tx.insert(fsGroups).values(values).returning())[0]!;
}
export async function getGroup(db: Reader, id: string, lock = false) {
  const q = db.select({ group: fsGroups, centreName: fsCentres.name }).from(fsGroups).innerJoin(fsCentres, eq(fsCentres.id, fsGroups.centreId)).where(eq(fsGroups.id, id));
  const [row] = lock ? await q.for('update', { of: fsGroups }) : await q;
  return row ?? null;
}
export async function findGroups(db: Reader, organisationId: string) {
  const rows = await db.select({ group: fsGroups, centreName: fsCentres.name }).from(fsGroups).innerJoin(fsCentres, eq(fsCentres.id, fsGroups.centreId))
    .where(eq(fsGroups.organisationId, organisationId)).orderBy(desc(fsGroups.startsOn));
  const ids = rows.map((r) => r.group.id);
  const enrolled = ids.length ? await db.select({ groupId: fsGroupParticipants.groupId, n: sql<number>`count(*)::int` }).from(fsGroupParticipants).where(inArray(fsGroupParticipants.groupId, ids)).groupBy(fsGroupParticipants.groupId) : [];
  const sessions = ids.length ? await db.select({ groupId: fsSessions.groupId, n: sql<number>`count(*)::int` }).from(fsSessions).where(inArray(fsSessions.groupId, ids)).groupBy(fsSessions.groupId) : [];
  return rows.map((r) => ({ ...r, enrolled: enrolled.find((e) => e.groupId === r.group.id)?.n ?? 0, sessions: sessions.find((e) => e.groupId === r.group.id)?.n ?? 0 }));
}
export async function countParticipants(db: Reader, groupId: string) {
  return (await db.select({ n: sql<number>`count(*)::int` }).from(fsGroupParticipants).where(eq(fsGroupParticipants.groupId, groupId)))[0]!.n;
}
export async function insertParticipant(tx: Tx, values: typeof fsGroupParticipants.$inferInsert) {
  return (await tx.insert(fsGroupParticipants).values(values).onConflictDoNothing().returning())[0] ?? null;
}
export async function findParticipants(db: Reader, groupId: string) {
  return db.select({ personId: fsGroupParticipants.personId, caseId: fsGroupParticipants.caseId, enrolledOn: fsGroupParticipants.enrolledOn, givenNames: persons.givenNames, surnames: persons.surnames, caseNumber: cases.caseNumber })
    .from(fsGroupParticipants).innerJoin(persons, eq(persons.id, fsGroupParticipants.personId)).innerJoin(cases, eq(cases.id, fsGroupParticipants.caseId))
    .where(eq(fsGroupParticipants.groupId, groupId)).orderBy(asc(fsGroupParticipants.enrolledOn));
}
export async function findEnrolmentsOfCase(db: Reader, caseId: string) {
  return db.select({ groupId: fsGroups.id, name: fsGroups.name, kind: fsGroups.kind, personId: fsGroupParticipants.personId, enrolledOn: fsGroupParticipants.enrolledOn })
    .from(fsGroupParticipants).innerJoin(fsGroups, eq(fsGroups.id, fsGroupParticipants.groupId)).where(eq(fsGroupParticipants.caseId, caseId));
}

// ── volunteer mentors (FS-3) ─────────────────────────────────────────────────────────────────

export async function insertMentor(tx: Tx, values: typeof fsMentors.$inferInsert) {
  return (await tx.insert(fsMentors).values(values).returning())[0]!;
}
export async function getMentor(db: Reader, id: string, lock = false) {
  const q = db.select().from(fsMentors).where(eq(fsMentors.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}
export async function updateMentor(tx: Tx, id: string, values: Partial<typeof fsMentors.$inferInsert>) {
  return (await tx.update(fsMentors).set(values).where(eq(fsMentors.id, id)).returning())[0]!;
}
export async function findMentors(db: Reader, organisationId: string) {
  return db.select({ mentor: fsMentors, centreName: fsCentres.name }).from(fsMentors).innerJoin(fsCentres, eq(fsCentres.id, fsMentors.centreId))
    .where(eq(fsMentors.organisationId, organisationId)).orderBy(asc(fsMentors.surnames), asc(fsMentors.givenNames));
}
export async function findMatches(db: Reader, where: { organisationId?: string; caseId?: string; mentorId?: string }) {
  const cond = where.caseId ? eq(fsMentorMatches.caseId, where.caseId) : where.mentorId ? eq(fsMentorMatches.mentorId, where.mentorId) : eq(fsMentorMatches.organisationId, where.organisationId ?? '');
  return db.select({ match: fsMentorMatches, mentorGivenNames: fsMentors.givenNames, mentorSurnames: fsMentors.surnames, checkValidUntil: fsMentors.checkValidUntil, caseNumber: cases.caseNumber })
    .from(fsMentorMatches).innerJoin(fsMentors, eq(fsMentors.id, fsMentorMatches.mentorId)).innerJoin(cases, eq(cases.id, fsMentorMatches.caseId))
    .where(cond).orderBy(desc(fsMentorMatches.matchedOn));
}
export async function insertMatch(tx: Tx, values: typeof fsMentorMatches.$inferInsert) {
  return (await tx.insert(fsMentorMatches).values(values).returning())[0]!;
}
export async function getMatch(db: Reader, id: string, lock = false) {
  const q = db.select().from(fsMentorMatches).where(eq(fsMentorMatches.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}
export async function endMatch(tx: Tx, id: string, endedOn: string, reason: string) {
  await tx.update(fsMentorMatches).set({ endedOn, endingReason: reason }).where(eq(fsMentorMatches.id, id));
}
export async function insertMeeting(tx: Tx, values: typeof fsMentorMeetings.$inferInsert) {
  return (await tx.insert(fsMentorMeetings).values(values).returning())[0]!;
}
export async function findMeetings(db: Reader, matchIds: readonly string[]) {
  if (!matchIds.length) return [];
  return db.select().from(fsMentorMeetings).where(inArray(fsMentorMeetings.matchId, [...matchIds])).orderBy(desc(fsMentorMeetings.heldOn));
}
export async function insertSupervision(tx: Tx, values: typeof fsMentorSupervisions.$inferInsert) {
  return (await tx.insert(fsMentorSupervisions).values(values).returning())[0]!;
}
export async function findSupervisions(db: Reader, mentorIds: readonly string[]) {
  if (!mentorIds.length) return [];
  return db.select().from(fsMentorSupervisions).where(inArray(fsMentorSupervisions.mentorId, [...mentorIds])).orderBy(desc(fsMentorSupervisions.heldOn));
}

// ── family group conferences (FS-4) ──────────────────────────────────────────────────────────

export async function insertConference(tx: Tx, values: typeof fsConferences.$inferInsert, invitees: Omit<typeof fsConferenceInvitees.$inferInsert, 'conferenceId'>[]) {
  const row = (await tx.insert(fsConferences).values(values).returning())[0]!;
  await tx.insert(fsConferenceInvitees).values(invitees.map((i) => ({ ...i, conferenceId: row.id })));
  return row;
}
export async function getConference(db: Reader, id: string, lock = false) {
  const q = db.select().from(fsConferences).where(eq(fsConferences.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}
export async function findConferences(db: Reader, caseId: string) {
  const rows = await db.select({ conference: fsConferences, coordinatorName: users.displayName }).from(fsConferences).innerJoin(users, eq(users.id, fsConferences.coordinatorUserId))
    .where(eq(fsConferences.caseId, caseId)).orderBy(desc(fsConferences.preparationStartedOn));
  const invitees = rows.length ? await db.select().from(fsConferenceInvitees).where(inArray(fsConferenceInvitees.conferenceId, rows.map((r) => r.conference.id))) : [];
  return rows.map((r) => ({ ...r, invitees: invitees.filter((i) => i.conferenceId === r.conference.id) }));
}
export async function findInvitees(db: Reader, conferenceId: string) {
  return db.select().from(fsConferenceInvitees).where(eq(fsConferenceInvitees.conferenceId, conferenceId));
}
export async function holdConference(tx: Tx, id: string, values: { heldOn: string; plan: string; reviewOn: string }, attendedIds: readonly string[]) {
  await tx.update(fsConferences).set(values).where(eq(fsConferences.id, id));
  if (attendedIds.length) await tx.update(fsConferenceInvitees).set({ attended: true }).where(and(eq(fsConferenceInvitees.conferenceId, id), inArray(fsConferenceInvitees.id, [...attendedIds])));
}
export async function reviewConference(tx: Tx, id: string, reviewedOn: string, outcome: string) {
  await tx.update(fsConferences).set({ reviewedOn, reviewOutcome: outcome }).where(eq(fsConferences.id, id));
}
export async function insertTraining(tx: Tx, values: typeof fsLeaderTrainings.$inferInsert) {
  return (await tx.insert(fsLeaderTrainings).values(values).returning())[0]!;
}
export async function findTrainings(db: Reader, where: { organisationId?: string; userId?: string }) {
  return db.select({ training: fsLeaderTrainings, displayName: users.displayName }).from(fsLeaderTrainings).innerJoin(users, eq(users.id, fsLeaderTrainings.userId))
    .where(where.userId ? eq(fsLeaderTrainings.userId, where.userId) : eq(fsLeaderTrainings.organisationId, where.organisationId ?? '')).orderBy(desc(fsLeaderTrainings.heldOn));
}

// ── finance (FS-6) ───────────────────────────────────────────────────────────────────────────

export async function getProject(db: Reader, organisationId: string) {
  const [row] = await db.select().from(fsProjects).where(eq(fsProjects.organisationId, organisationId));
  return row ?? null;
}
export async function findProjects(db: Reader) {
  return db.select().from(fsProjects);
}
export async function upsertProject(tx: Tx, values: typeof fsProjects.$inferInsert) {
  const { organisationId: _o, ...rest } = values;
  await tx.insert(fsProjects).values(values).onConflictDoUpdate({ target: fsProjects.organisationId, set: { ...rest, updatedAt: sql`now()` } });
}
export async function insertSpending(tx: Tx, values: (typeof fsSpending.$inferInsert)[]) {
  if (!values.length) return [];
  return tx.insert(fsSpending).values(values).returning();
}
export async function findSpending(db: Reader, organisationIds: readonly string[] | null) {
  const q = db.select().from(fsSpending);
  return (organisationIds ? q.where(organisationIds.length ? inArray(fsSpending.organisationId, [...organisationIds]) : sql`false`) : q).orderBy(asc(fsSpending.spentOn));
}

// ── worklist and report ──────────────────────────────────────────────────────────────────────

/** The worklist facts of open family cases in a scope (its statement built once per shape of the scope). */
export async function findWorklistFacts(db: Reader, scope: CaseScope) {
  const open = await statementOf(db, `fs-open-cases:${scope.shape}`, () => db.select({ caseId: cases.id, crisisSince: fsCases.crisisSince }).from(cases)
    .innerJoin(fsCases, eq(fsCases.caseId, cases.id)).where(and(scope.condition, eq(cases.status, 'open'))), { named: scope.named }).execute(scope.values);
  const ids = open.map((c) => c.caseId);
  if (!ids.length) return { open, conferences: [], matches: [], supervisions: [], sessions: [] };
  const conferences = await db.select({ id: fsConferences.id, caseId: fsConferences.caseId, heldOn: fsConferences.heldOn, reviewOn: fsConferences.reviewOn, reviewedOn: fsConferences.reviewedOn })
    .from(fsConferences).where(inArray(fsConferences.caseId, ids));
  const matches = await db.select({ id: fsMentorMatches.id, caseId: fsMentorMatches.caseId, mentorId: fsMentorMatches.mentorId, matchedOn: fsMentorMatches.matchedOn, mentorName: sql<string>`${fsMentors.givenNames} || ' ' || ${fsMentors.surnames}`, checkValidUntil: fsMentors.checkValidUntil })
    .from(fsMentorMatches).innerJoin(fsMentors, eq(fsMentors.id, fsMentorMatches.mentorId)).where(and(inArray(fsMentorMatches.caseId, ids), isNull(fsMentorMatches.endedOn)));
  const supervisions = matches.length ? await db.select({ mentorId: fsMentorSupervisions.mentorId, heldOn: fsMentorSupervisions.heldOn }).from(fsMentorSupervisions).where(inArray(fsMentorSupervisions.mentorId, matches.map((m) => m.mentorId))) : [];
  const sessions = await db.select({ caseId: fsSessions.caseId, heldOn: fsSessions.heldOn }).from(fsSessions).where(and(inArray(fsSessions.caseId, ids), eq(fsSessions.kind, 'crisis')));
  return { open, conferences, matches, supervisions, sessions };
}

/**
 * The report's raw facts over the cases of `where` (a condition on `fs_cases`): the cases, then the five reads at once, each on a
 * connection of its own when `db` is the pool, with the cases as one `uuid[]` parameter. A group session's attendance counts the
 * persons present who take part in the group for a case of `where`.
 */
export async function findReportFacts(db: Reader, where: SQL) {
  const caseRows = await db.select({ caseId: cases.id, organisationId: cases.organisationId, centreName: fsCentres.name, openedOn: cases.openedOn, closedOn: cases.closedOn, crisis: fsCases.crisisSince, referralId: fsCases.referralId })
    .from(fsCases).innerJoin(cases, eq(cases.id, fsCases.caseId)).innerJoin(fsCentres, eq(fsCentres.id, fsCases.centreId)).where(where);
  const none = { caseRows, members: [], sessions: [], attendance: [], conferences: [], matches: [] };
  if (!caseRows.length) return none;
  const ids = uuidArray(caseRows.map((c) => c.caseId));
  const [members, sessions, attendance, conferences, matches] = await Promise.all([
    db.select({ caseId: fsCaseMembers.caseId, role: fsCaseMembers.role }).from(fsCaseMembers).where(sql`${fsCaseMembers.caseId} = ANY(${ids})`),
    db.select({ id: fsSessions.id, caseId: fsSessions.caseId, kind: fsSessions.kind, heldOn: fsSessions.heldOn }).from(fsSessions).where(sql`${fsSessions.caseId} = ANY(${ids})`),
    db.select({ kind: fsGroups.kind, groupId: fsGroups.id, heldOn: fsSessions.heldOn, present: sql<number>`count(p.person_id)::int` })
      .from(fsSessions).innerJoin(fsGroups, eq(fsGroups.id, fsSessions.groupId))
      .leftJoin(sql`(fs_attendance a JOIN fs_group_participants p ON p.person_id = a.person_id AND p.case_id = ANY(${ids}))`, sql`a.session_id = ${fsSessions.id} AND p.group_id = ${fsGroups.id}`)
      .where(sql`${fsGroups.id} IN (SELECT p.group_id FROM fs_group_participants p WHERE p.case_id = ANY(${ids}))`)
      .groupBy(fsGroups.kind, fsGroups.id, fsSessions.id, fsSessions.heldOn),
    db.select({ caseId: fsConferences.caseId, heldOn: fsConferences.heldOn, reviewedOn: fsConferences.reviewedOn }).from(fsConferences).where(sql`${fsConferences.caseId} = ANY(${ids})`),
    db.select({ caseId: fsMentorMatches.caseId, mentorId: fsMentorMatches.mentorId, matchedOn: fsMentorMatches.matchedOn, endedOn: fsMentorMatches.endedOn }).from(fsMentorMatches).where(sql`${fsMentorMatches.caseId} = ANY(${ids})`),
  ]);
  return { caseRows, members, sessions, attendance, conferences, matches };
}
export function reportScope(view: { kind: 'provider'; organisationId: string } | { kind: 'municipality'; municipalityAtvk: string } | { kind: 'aggregates' }): SQL {
  if (view.kind === 'provider') return eq(fsCases.organisationId, view.organisationId);
  if (view.kind === 'municipality') return eq(fsCases.referringMunicipalityAtvk, view.municipalityAtvk);
  return sql`true`;
}
export async function findUsersOf(db: Reader, organisationId: string, ids: readonly string[]) {
  if (!ids.length) return [];
  return db.select({ id: users.id, roles: users.roles, active: users.active, displayName: users.displayName }).from(users).where(and(inArray(users.id, [...ids]), eq(users.organisationId, organisationId)));
}

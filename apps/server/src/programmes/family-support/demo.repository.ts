import { and, eq, inArray } from 'drizzle-orm';
import { personSearchKey } from '@socrehab/domain';
import type { Tx } from '../../db/database';
import {
  caseTeamMembers, cases, fsAttendance, fsCaseMembers, fsCases, fsConferenceInvitees, fsConferences, fsGroupParticipants, fsMentorMatches, fsMentorMeetings, fsMentorSupervisions,
  fsReferrals, fsSessions, households, organisations, persons, serviceAgreements, users,
} from '../../db/schema';

/** The only SQL of family support's demo data: what the use cases do not write (organisations, accounts, the project's finished years in bulk). */

export async function findOrganisationByName(tx: Tx, name: string) {
  const [row] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name)).limit(1);
  return row?.id ?? null;
}
export async function findMunicipalSocialService(tx: Tx, atvk: string) {
  const [row] = await tx.select({ id: organisations.id }).from(organisations).where(and(eq(organisations.kind, 'municipal_social_service'), eq(organisations.municipalityAtvk, atvk))).limit(1);
  return row?.id ?? null;
}
export async function insertOrganisation(tx: Tx, values: typeof organisations.$inferInsert) {
  return (await tx.insert(organisations).values(values).returning({ id: organisations.id }))[0]!.id;
}
export async function findUsersByEmail(tx: Tx, emails: readonly string[]) {
  return tx.select({ id: users.id, email: users.email, organisationId: users.organisationId, passwordHash: users.passwordHash }).from(users).where(inArray(users.email, [...emails]));
}
export async function insertUser(tx: Tx, values: typeof users.$inferInsert) {
  return (await tx.insert(users).values(values).returning({ id: users.id }))[0]!.id;
}
/** FS-5 the provider's agreement with a municipality's social service on family support (the partnership of seed 003). */
export async function insertServiceAgreement(tx: Tx, values: typeof serviceAgreements.$inferInsert) {
  await tx.insert(serviceAgreements).values(values);
}
/** Households in one statement, in the order given (each of the organisation that registers it). */
export async function insertHouseholds(tx: Tx, organisationIds: readonly string[]) {
  return (await tx.insert(households).values(organisationIds.map((organisationId) => ({ organisationId }))).returning({ id: households.id })).map((r) => r.id);
}
/** Persons in one statement, in the order given. */
export async function insertPersons(tx: Tx, rows: Omit<typeof persons.$inferInsert, 'searchName'>[]) {
  if (!rows.length) return [];
  return (await tx.insert(persons).values(rows.map((r) => ({ ...r, searchName: personSearchKey(r) }))).returning({ id: persons.id })).map((r) => r.id);
}
export async function insertCases(tx: Tx, rows: (typeof cases.$inferInsert)[]) {
  return (await tx.insert(cases).values(rows).returning({ id: cases.id })).map((r) => r.id);
}
export async function insertReferrals(tx: Tx, rows: (typeof fsReferrals.$inferInsert)[]) {
  return (await tx.insert(fsReferrals).values(rows).returning({ id: fsReferrals.id })).map((r) => r.id);
}
export async function insertFsCases(tx: Tx, rows: (typeof fsCases.$inferInsert)[]) {
  await tx.insert(fsCases).values(rows);
}
export async function insertMembers(tx: Tx, rows: (typeof fsCaseMembers.$inferInsert)[]) {
  if (rows.length) await tx.insert(fsCaseMembers).values(rows);
}
export async function insertTeam(tx: Tx, rows: (typeof caseTeamMembers.$inferInsert)[]) {
  if (rows.length) await tx.insert(caseTeamMembers).values(rows);
}
export async function insertSessions(tx: Tx, rows: (typeof fsSessions.$inferInsert & { present: string[] })[]) {
  if (!rows.length) return;
  const ids = (await tx.insert(fsSessions).values(rows.map(({ present: _p, ...r }) => r)).returning({ id: fsSessions.id })).map((r) => r.id);
  const attendance = rows.flatMap((r, i) => r.present.map((personId) => ({ sessionId: ids[i]!, personId })));
  for (let i = 0; i < attendance.length; i += 1000) await tx.insert(fsAttendance).values(attendance.slice(i, i + 1000));
}
export async function insertParticipants(tx: Tx, rows: (typeof fsGroupParticipants.$inferInsert)[]) {
  if (rows.length) await tx.insert(fsGroupParticipants).values(rows);
}
export async function insertConferences(tx: Tx, rows: (typeof fsConferences.$inferInsert & { invitees: Omit<typeof fsConferenceInvitees.$inferInsert, 'conferenceId'>[] })[]) {
  if (!rows.length) return;
  const ids = (await tx.insert(fsConferences).values(rows.map(({ invitees: _i, ...r }) => r)).returning({ id: fsConferences.id })).map((r) => r.id);
  await tx.insert(fsConferenceInvitees).values(rows.flatMap((r, i) => r.invitees.map((v) => ({ ...v, conferenceId: ids[i]! }))));
}
export async function insertMatches(tx: Tx, rows: (typeof fsMentorMatches.$inferInsert)[]) {
  if (!rows.length) return [];
  return (await tx.insert(fsMentorMatches).values(rows).returning({ id: fsMentorMatches.id })).map((r) => r.id);
}
export async function insertMeetings(tx: Tx, rows: (typeof fsMentorMeetings.$inferInsert)[]) {
  if (rows.length) await tx.insert(fsMentorMeetings).values(rows);
}
export async function insertSupervisions(tx: Tx, rows: (typeof fsMentorSupervisions.$inferInsert)[]) {
  if (rows.length) await tx.insert(fsMentorSupervisions).values(rows);
}

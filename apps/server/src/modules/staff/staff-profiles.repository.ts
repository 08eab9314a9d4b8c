import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { StaffProfileInput, StaffProfileSnapshot } from '@socrehab/domain';
import type { Tx, Reader } from '../../db/database';
import { staffLanguages, staffProfileVersions, staffQualifications, users } from '../../db/schema';

/** HF-2.6 a staff member's qualifications (oldest first) and languages, as recorded. */
export async function getStaffProfile(db: Reader, userId: string) {
  const qualifications = await db
    .select({ id: staffQualifications.id, kind: staffQualifications.kind, title: staffQualifications.title, issuer: staffQualifications.issuer, obtainedOn: staffQualifications.obtainedOn, validUntil: staffQualifications.validUntil })
    .from(staffQualifications).where(eq(staffQualifications.userId, userId)).orderBy(asc(staffQualifications.obtainedOn), asc(staffQualifications.createdAt));
  const languages = (await findStaffLanguages(db, [userId])).map(({ language, level }) => ({ language, level }));
  return { qualifications, languages };
}

/** HF-2.6 the languages of several staff members (for the users list and the case team). */
export async function findStaffLanguages(db: Reader, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db.select({ userId: staffLanguages.userId, language: staffLanguages.language, level: staffLanguages.level })
    .from(staffLanguages).where(inArray(staffLanguages.userId, [...userIds])).orderBy(asc(staffLanguages.userId), asc(staffLanguages.language));
}

/** The staff member's row, locked so that two managers' saves of one profile run one after the other. */
export async function lockStaffMember(tx: Tx, userId: string) {
  const [row] = await tx.select({ id: users.id, organisationId: users.organisationId, displayName: users.displayName }).from(users).where(eq(users.id, userId)).for('update');
  return row ?? null;
}

/** HF-2.6 replaces the recorded profile with the one saved. */
export async function replaceStaffProfile(tx: Tx, member: { id: string; organisationId: string }, profile: StaffProfileInput, recordedBy: string) {
  await tx.delete(staffQualifications).where(eq(staffQualifications.userId, member.id));
  await tx.delete(staffLanguages).where(eq(staffLanguages.userId, member.id));
  if (profile.qualifications.length > 0) {
    await tx.insert(staffQualifications).values(profile.qualifications.map((q) => ({ ...q, organisationId: member.organisationId, userId: member.id, recordedBy })));
  }
  if (profile.languages.length > 0) {
    await tx.insert(staffLanguages).values(profile.languages.map((l) => ({ ...l, organisationId: member.organisationId, userId: member.id, recordedBy })));
  }
}

/** HF-2.6 the staff member's versions, newest first, each with who saved it (migration 0023). */
export async function findStaffProfileVersions(db: Reader, userId: string) {
  return db.select({
    version: staffProfileVersions.version, qualifications: staffProfileVersions.qualifications, languages: staffProfileVersions.languages,
    recordedAt: staffProfileVersions.recordedAt, recordedBy: { id: users.id, displayName: users.displayName },
  }).from(staffProfileVersions).innerJoin(users, eq(users.id, staffProfileVersions.recordedBy))
    .where(eq(staffProfileVersions.userId, userId)).orderBy(desc(staffProfileVersions.version));
}

/** HF-2.6 the newest version kept, or null. */
export async function findLatestStaffProfileVersion(tx: Tx, userId: string) {
  const [row] = await tx.select({ version: staffProfileVersions.version, qualifications: staffProfileVersions.qualifications, languages: staffProfileVersions.languages })
    .from(staffProfileVersions).where(eq(staffProfileVersions.userId, userId)).orderBy(desc(staffProfileVersions.version)).limit(1);
  return row ?? null;
}

/** HF-2.6 keeps a saved profile as the staff member's next version (the caller holds the member's row lock). */
export async function insertStaffProfileVersion(tx: Tx, member: { id: string; organisationId: string }, version: number, profile: StaffProfileSnapshot, recordedBy: string, recordedAt: string) {
  await tx.insert(staffProfileVersions).values({
    organisationId: member.organisationId, userId: member.id, version, recordedBy, recordedAt,
    qualifications: profile.qualifications.map(({ kind, title, issuer, obtainedOn, validUntil }) => ({ kind, title, issuer, obtainedOn, validUntil })),
    languages: profile.languages.map(({ language, level }) => ({ language, level })),
  });
}

import { asc, eq, inArray } from 'drizzle-orm';
import type { StaffProfileInput } from '@socrehab/domain';
import type { Db, Tx } from '../../db/database';
import { staffLanguages, staffQualifications, users } from '../../db/schema';

type Reader = Db | Tx;

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

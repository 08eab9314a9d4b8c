import { z } from 'zod';
import { LANGUAGES } from '../persons/person.schemas';
import { freeText, isoDate, optionalText } from '../shared/validation';

/**
 * HF-2.6 what a staff member brings to client work: qualifications (education in social work, a
 * profession, certificates and training with their dates) and languages with a level. The seed asks
 * for Latvian (required) and Russian and English (desirable); the record is the core's, programme-neutral.
 */
export const QUALIFICATION_KINDS = ['education', 'profession', 'certificate', 'training'] as const;
export type QualificationKind = (typeof QUALIFICATION_KINDS)[number];
export const LANGUAGE_LEVELS = ['native', 'advanced', 'intermediate', 'basic'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];
/** HF-2.6 the language required for client work, and the ones desirable. */
export const REQUIRED_STAFF_LANGUAGE = 'lv';
export const DESIRABLE_STAFF_LANGUAGES = ['ru', 'en'] as const;

const option = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'validation.invalidOption' });

export const staffQualificationSchema = z.object({
  kind: option(QUALIFICATION_KINDS),
  title: freeText(300).min(1, { error: 'validation.required' }),
  issuer: optionalText(300),
  obtainedOn: isoDate.nullish().transform((d) => d ?? null),
  validUntil: isoDate.nullish().transform((d) => d ?? null),
}).strict().refine((q) => !q.obtainedOn || !q.validUntil || q.validUntil >= q.obtainedOn, { error: 'validation.staff.validUntilBeforeObtained', path: ['validUntil'] });

export const staffLanguageSchema = z.object({ language: option(LANGUAGES), level: option(LANGUAGE_LEVELS) }).strict();

/** HF-2.6 the whole profile as the manager saves it: it replaces the one recorded (a language at most once). */
export const saveStaffProfileSchema = z.object({
  qualifications: z.array(staffQualificationSchema).max(30, { error: 'validation.tooMany' }),
  languages: z.array(staffLanguageSchema).max(LANGUAGES.length, { error: 'validation.tooMany' })
    .refine((ls) => new Set(ls.map((l) => l.language)).size === ls.length, { error: 'validation.staff.languageTwice' }),
}).strict();
export type StaffProfileInput = z.infer<typeof saveStaffProfileSchema>;

export type StaffLanguageStanding = 'latvian' | 'latvianMissing' | 'notRecorded';

/**
 * HF-2.6 whether a staff member may be relied on to speak with clients in Latvian: `latvian` when
 * Latvian is recorded at any level, `latvianMissing` when languages are recorded without it,
 * `notRecorded` when none are. Only `latvianMissing` warns on a team assignment — a profile not yet
 * filled in is shown as such, not as a lack.
 */
export function staffLanguageStanding(languages: ReadonlyArray<{ language: string }>): StaffLanguageStanding {
  if (languages.length === 0) return 'notRecorded';
  return languages.some((l) => l.language === REQUIRED_STAFF_LANGUAGE) ? 'latvian' : 'latvianMissing';
}

/** HF-2.6 the desirable languages (Russian, English) a staff member does not speak. */
export function missingDesirableLanguages(languages: ReadonlyArray<{ language: string }>): string[] {
  return DESIRABLE_STAFF_LANGUAGES.filter((d) => !languages.some((l) => l.language === d));
}

/** HF-2.6 the languages a client speaks that a worker also speaks — for matching a client to a worker. */
export function sharedLanguages(clientLanguages: readonly string[], workerLanguages: ReadonlyArray<{ language: string }>): string[] {
  return clientLanguages.filter((c) => c !== 'other' && workerLanguages.some((w) => w.language === c));
}

/** HF-2.6 a staff member's profile as one version of it holds it. */
export interface StaffProfileSnapshot {
  qualifications: ReadonlyArray<{ kind: string; title: string; issuer: string | null; obtainedOn: string | null; validUntil: string | null }>;
  languages: ReadonlyArray<{ language: string; level: string }>;
}

/** HF-2.6 what one version changed against the one before it (the first version: everything added). */
export interface StaffProfileChanges {
  languagesAdded: Array<{ language: string; level: string }>;
  languagesRemoved: Array<{ language: string; level: string }>;
  /** A language kept at another level. */
  languagesChanged: Array<{ language: string; from: string; to: string }>;
  qualificationsAdded: StaffProfileSnapshot['qualifications'][number][];
  qualificationsRemoved: StaffProfileSnapshot['qualifications'][number][];
}

/** A qualification is the same one when every field is the same (a corrected one is one removed and one added). */
const qualificationKey = (q: StaffProfileSnapshot['qualifications'][number]) => JSON.stringify([q.kind, q.title, q.issuer, q.obtainedOn, q.validUntil]);

/** HF-2.6 the changes from `before` (null: none recorded) to `after`. */
export function diffStaffProfiles(before: StaffProfileSnapshot | null, after: StaffProfileSnapshot): StaffProfileChanges {
  const prevLanguages = before?.languages ?? [];
  const prevQualifications = before?.qualifications ?? [];
  const levelOf = new Map(prevLanguages.map((l) => [l.language, l.level]));
  const nowKeys = new Set(after.qualifications.map(qualificationKey));
  const prevKeys = new Set(prevQualifications.map(qualificationKey));
  return {
    languagesAdded: after.languages.filter((l) => !levelOf.has(l.language)).map((l) => ({ language: l.language, level: l.level })),
    languagesRemoved: prevLanguages.filter((l) => !after.languages.some((n) => n.language === l.language)).map((l) => ({ language: l.language, level: l.level })),
    languagesChanged: after.languages.filter((l) => levelOf.has(l.language) && levelOf.get(l.language) !== l.level).map((l) => ({ language: l.language, from: levelOf.get(l.language)!, to: l.level })),
    qualificationsAdded: after.qualifications.filter((q) => !prevKeys.has(qualificationKey(q))),
    qualificationsRemoved: prevQualifications.filter((q) => !nowKeys.has(qualificationKey(q))),
  };
}

/** HF-2.6 whether a version changes nothing (a save of the same profile is not a new version). */
export const isUnchangedProfile = (c: StaffProfileChanges) =>
  c.languagesAdded.length + c.languagesRemoved.length + c.languagesChanged.length + c.qualificationsAdded.length + c.qualificationsRemoved.length === 0;

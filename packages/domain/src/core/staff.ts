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

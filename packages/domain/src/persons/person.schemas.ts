import { z } from 'zod';
import { freeText, isoDate, namePart, optionalText } from '../shared/validation';
import { validatePersonalCode } from './personal-code';

export const GENDERS = ['female', 'male', 'unspecified'] as const;
/** Where the person actually lives (faktiskā dzīvesvieta); homeless clients often have none. */
export const WHEREABOUTS_KINDS = [
  'declared_address',
  'other_address',
  'no_fixed_residence', // bez noteiktas dzīvesvietas
  'shelter', // patversme, naktspatversme
  'institution', // slimnīca, ieslodzījuma vieta…
  'unknown',
] as const;
export const LANGUAGES = ['lv', 'ru', 'en', 'uk', 'lt', 'ltg', 'de', 'pl', 'other'] as const;
/** How the related person stands to the person: "X is the person's <kind>". */
export const RELATION_KINDS = ['parent', 'child', 'partner', 'guardian', 'ward', 'support_person', 'supported_person', 'other'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];
/** Seen from the other side: if B is A's parent, A is B's child. */
export const INVERSE_RELATION: Record<RelationKind, RelationKind> = {
  parent: 'child',
  child: 'parent',
  partner: 'partner',
  guardian: 'ward',
  ward: 'guardian',
  support_person: 'supported_person',
  supported_person: 'support_person',
  other: 'other',
};

const personalCodeField = z
  .string({ error: 'validation.invalidType' })
  .trim()
  .max(20, { error: 'validation.personalCode.format' })
  .nullish()
  .transform((s, ctx) => {
    if (!s) return null;
    const result = validatePersonalCode(s);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: `validation.personalCode.${result.error}` });
      return z.NEVER;
    }
    return result.code;
  });

/** The fields a worker fills in about a person. */
export const personFieldsSchema = z
  .object({
    givenNames: namePart,
    surnames: namePart,
    personalCode: personalCodeField,
    birthDate: isoDate.nullish().transform((s) => s ?? null),
    gender: z.enum(GENDERS, { error: 'validation.invalidOption' }).nullish().transform((s) => s ?? null),
    languages: z.array(z.enum(LANGUAGES, { error: 'validation.invalidOption' })).max(9).default([]),
    phone: z
      .string({ error: 'validation.invalidType' })
      .trim()
      .regex(/^(\+?[0-9][0-9 ()-]{4,19})?$/, { error: 'validation.phone' })
      .nullish()
      .transform((s) => (s ? s : null)),
    email: z
      .union([z.literal(''), z.email({ error: 'validation.email' }).max(254, { error: 'validation.tooLong' })])
      .nullish()
      .transform((s) => (s ? s : null)),
    declaredAddress: optionalText(300),
    whereaboutsKind: z.enum(WHEREABOUTS_KINDS, { error: 'validation.invalidOption' }).default('unknown'),
    whereabouts: optionalText(300),
    notes: optionalText(4000),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.personalCode && p.birthDate) {
      const code = validatePersonalCode(p.personalCode);
      if (code.ok && code.format === 'old' && code.birthDate !== p.birthDate) {
        ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'validation.birthDateMismatch' });
      }
    }
  });
export type PersonFields = z.output<typeof personFieldsSchema>;

/**
 * Issue 11 §2 — nobody is born in the future: not by the typed birth date, nor by the date an old-format
 * personal code carries (its century digit: 0 → 1800s, 1 → 1900s, 2 → 2000s). Field → i18n key, empty when
 * both are possible. `today` is the caller's day in Riga (the schema has no clock).
 */
export function checkPersonDates(p: { personalCode: string | null; birthDate: string | null }, today: string): Record<string, string> {
  const problems: Record<string, string> = {};
  if (p.birthDate && p.birthDate > today) problems.birthDate = 'validation.birthDateFuture';
  const code = p.personalCode ? validatePersonalCode(p.personalCode) : null;
  if (code?.ok && code.format === 'old' && code.birthDate > today) problems.personalCode = 'validation.personalCode.futureDate';
  return problems;
}
export type PersonFieldsInput = z.input<typeof personFieldsSchema>;

/** Creating a person: the fields, plus the worker's confirmation after a duplicate warning. */
export const createPersonSchema = z.object({
  person: personFieldsSchema,
  /** Set after the worker has seen the likely duplicates and decided this is a different person. */
  confirmNotDuplicate: z.boolean().default(false),
});

/** Editing carries the version the worker saw, so a concurrent change is a conflict, not an overwrite. */
export const updatePersonSchema = z.object({ version: z.number().int().positive(), person: personFieldsSchema });

export const addRelationSchema = z
  .object({ relatedPersonId: z.uuid({ error: 'validation.invalidId' }), kind: z.enum(RELATION_KINDS, { error: 'validation.invalidOption' }), note: optionalText(500) })
  .strict();

export const changePersonalCodeSchema = z
  .object({ version: z.number().int().positive(), newCode: z.string({ error: 'validation.invalidType' }).trim().min(1, { error: 'validation.required' }).max(20, { error: 'validation.personalCode.format' }), reason: freeText(500).optional() })
  .strict();

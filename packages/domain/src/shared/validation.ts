import { z } from 'zod';

/**
 * Zod building blocks shared by the API and the web forms. Every message is an i18n key under
 * `validation.*`, so the server and the browser translate the same reason the same way.
 */

/** Control characters other than tab and newline never belong in stored text (NUL breaks PostgreSQL). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Unpaired UTF-16 surrogates cannot be stored as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Free text: trimmed, at most `max` characters, no control characters. */
export const freeText = (max: number) =>
  z
    .string({ error: 'validation.invalidType' })
    .trim()
    .max(max, { error: 'validation.tooLong' })
    .refine((s) => !CONTROL.test(s) && !LONE_SURROGATE.test(s), { error: 'validation.invalidCharacters' });

/** Optional free text: an empty string is stored as null. */
export const optionalText = (max: number) =>
  freeText(max)
    .nullish()
    .transform((s) => (s ? s : null));

/** A person's name part: letters (any script), spaces, hyphens, apostrophes and dots. */
export const namePart = z
  .string({ error: 'validation.invalidType' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(100, { error: 'validation.tooLong' })
  .regex(/^\p{L}[\p{L}\p{M}'’ .-]*$/u, { error: 'validation.name' });

/** A calendar date as `yyyy-mm-dd` that exists. */
export const isoDate = z
  .string({ error: 'validation.invalidType' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.date', abort: true })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { error: 'validation.date' });

export const uuid = z.uuid({ error: 'validation.invalidId' });

/** Maps zod's built-in issues (wrong type, unknown option…) onto our keys. */
export function messageKeyOfIssue(issue: { code: string; message: string }): string {
  if (issue.message.startsWith('validation.')) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return 'validation.invalidType';
    case 'too_small':
      return 'validation.required';
    case 'too_big':
      return 'validation.tooLong';
    case 'invalid_value':
    case 'invalid_union':
      return 'validation.invalidOption';
    case 'unrecognized_keys':
      return 'validation.unknownField';
    default:
      return 'validation.invalid';
  }
}

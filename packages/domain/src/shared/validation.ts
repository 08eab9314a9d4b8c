import { z } from 'zod';

/**
 * Zod building blocks shared by the API and the web forms. Every message is an i18n key under
 * `validation.*`, so the server and the browser translate the same reason the same way.
 */

/** Control characters other than tab and newline never belong in stored text (NUL breaks PostgreSQL). */
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
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

/**
 * A new password per NIST SP 800-63B §5.1.1.2: at least 12 characters (Unicode code points, so any
 * script counts fairly), not only whitespace, at most 1024; the server also refuses commonly used ones.
 */
export const newPassword = z
  .string({ error: 'validation.required' })
  .max(1024, { error: 'validation.tooLong' })
  .refine((s) => [...s].length >= 12, { error: 'validation.password', abort: true })
  .refine((s) => s.trim() !== '', { error: 'validation.passwordBlank' });

/** Why a value was refused: an i18n key under `validation.*` and the values its message names. */
export interface IssueReason {
  key: string;
  params?: Record<string, string | number>;
}

/** Issue fields zod reports with the limit or the expected kind (a zod issue, or fastify-type-provider-zod's params). */
interface IssueDetail {
  origin?: unknown;
  maximum?: unknown;
  minimum?: unknown;
  expected?: unknown;
  format?: unknown;
  divisor?: unknown;
}

/** Keys that only say "something about size or kind": the issue itself then gives the real reason. */
const GENERIC_KEYS = new Set(['validation.tooLong', 'validation.required', 'validation.invalid']);

const EXPECTED_KINDS: Record<string, string> = {
  number: 'validation.expected.number', int: 'validation.expected.integer', bigint: 'validation.expected.integer',
  string: 'validation.expected.text', boolean: 'validation.expected.boolean', array: 'validation.expected.list',
  object: 'validation.expected.object', date: 'validation.date',
};

const FORMATS: Record<string, string> = {
  email: 'validation.email', uuid: 'validation.invalidId', guid: 'validation.invalidId', date: 'validation.date', datetime: 'validation.dateTime',
};

/**
 * Maps a zod issue onto its real reason (issue 11 §5, ASVS 5.1): a number over its limit is "at most
 * 200", not "text too long"; text over its limit names the limit; a specific key a schema gives
 * (e.g. `validation.name`) is kept.
 */
export function reasonOfIssue(issue: { code: string; message: string } & IssueDetail): IssueReason {
  if (issue.message.startsWith('validation.') && !GENERIC_KEYS.has(issue.message)) return { key: issue.message };
  const limit = (value: unknown) => (typeof value === 'number' || typeof value === 'bigint' ? Number(value) : null);
  const origin = String(issue.origin ?? '');
  switch (issue.code) {
    case 'invalid_type':
      return { key: issue.message === 'validation.required' ? issue.message : EXPECTED_KINDS[String(issue.expected)] ?? 'validation.invalidType' };
    case 'too_big': {
      const max = limit(issue.maximum);
      if (max === null) return { key: 'validation.tooLong' };
      if (origin === 'number' || origin === 'bigint' || origin === 'int') return { key: 'validation.tooBig', params: { max } };
      if (origin === 'array' || origin === 'set') return { key: 'validation.tooMany', params: { max } };
      return { key: 'validation.tooLongMax', params: { max } };
    }
    case 'too_small': {
      const min = limit(issue.minimum);
      if (origin === 'number' || origin === 'bigint' || origin === 'int') return min === null ? { key: 'validation.invalid' } : { key: 'validation.tooSmall', params: { min } };
      if (min === null || min <= 1) return { key: 'validation.required' };
      if (origin === 'array' || origin === 'set') return { key: 'validation.tooFew', params: { min } };
      return { key: 'validation.tooShort', params: { min } };
    }
    case 'invalid_format':
      return { key: FORMATS[String(issue.format)] ?? 'validation.invalidFormat' };
    case 'not_multiple_of':
      return limit(issue.divisor) === null ? { key: 'validation.invalid' } : { key: 'validation.notMultipleOf', params: { step: limit(issue.divisor)! } };
    case 'invalid_value':
    case 'invalid_union':
      return { key: 'validation.invalidOption' };
    case 'unrecognized_keys':
      return { key: 'validation.unknownField' };
    default:
      return { key: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid' };
  }
}

/** The key alone, for messages translated without values (a reason naming a limit falls back to its kind). */
export function messageKeyOfIssue(issue: { code: string; message: string } & IssueDetail): string {
  const reason = reasonOfIssue(issue);
  return reason.params ? WITHOUT_LIMIT[reason.key] ?? 'validation.invalid' : reason.key;
}

const WITHOUT_LIMIT: Record<string, string> = {
  'validation.tooLongMax': 'validation.tooLong', 'validation.tooShort': 'validation.tooShortText',
  'validation.tooBig': 'validation.outOfRange', 'validation.tooSmall': 'validation.outOfRange', 'validation.notMultipleOf': 'validation.outOfRange',
  'validation.tooMany': 'validation.wrongCount', 'validation.tooFew': 'validation.wrongCount',
};

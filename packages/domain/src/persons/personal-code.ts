/**
 * Latvian personal code (personas kods) validation — both formats.
 *
 * - Old format `DDMMYY-CNNNZ`: birth date, century digit C (0 → 1800s, 1 → 1900s, 2 → 2000s),
 *   serial NNN and check digit Z. The date and the check digit must be right.
 * - New format (issued since 1 July 2017): 11 digits, first digit 3, second 2–9, no birth date inside.
 *   Many are issued with a check digit that satisfies the old formula, but not all: a failing check
 *   digit is only a warning.
 */

export type PersonalCodeFormat = 'old' | 'new';

export type PersonalCodeResult =
  | { ok: true; code: string; format: 'old'; birthDate: string; warnings: [] }
  | { ok: true; code: string; format: 'new'; birthDate: null; warnings: PersonalCodeWarning[] }
  | { ok: false; error: PersonalCodeError };

/** Stable codes, translated as `validation.personalCode.<code>`. */
export type PersonalCodeError = 'format' | 'date' | 'checkDigit';
export type PersonalCodeWarning = 'checkDigit';

const WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Check digit of the first ten digits: (1101 − Σ wᵢdᵢ) mod 11, where 10 gives 0. */
export function computeCheckDigit(firstTenDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += WEIGHTS[i]! * Number(firstTenDigits[i]);
  return ((1101 - sum) % 11) % 10;
}

/** Digits only: accepts `DDMMYY-CNNNZ`, `DDMMYYCNNNZ` and spaces around. */
export function normalizePersonalCode(input: string): string {
  return input.trim().replace(/^(\d{6})[-\s]?(\d{5})$/, '$1$2');
}

/** Shows a code the way Latvians write it: `DDMMYY-NNNNN`. */
export function formatPersonalCode(code: string): string {
  return /^\d{11}$/.test(code) ? `${code.slice(0, 6)}-${code.slice(6)}` : code;
}

export function validatePersonalCode(input: string): PersonalCodeResult {
  const code = normalizePersonalCode(input);
  if (!/^\d{11}$/.test(code)) return { ok: false, error: 'format' };
  const checkDigitOk = computeCheckDigit(code) === Number(code[10]);

  if (code[0] === '3' && code[1]! >= '2') {
    return { ok: true, code, format: 'new', birthDate: null, warnings: checkDigitOk ? [] : ['checkDigit'] };
  }

  const birthDate = birthDateOfOldCode(code);
  if (!birthDate) return { ok: false, error: 'date' };
  if (!checkDigitOk) return { ok: false, error: 'checkDigit' };
  return { ok: true, code, format: 'old', birthDate, warnings: [] };
}

/** ISO birth date encoded in an old-format code, or null when the date does not exist. */
function birthDateOfOldCode(code: string): string | null {
  const century = { '0': 1800, '1': 1900, '2': 2000 }[code[6]!];
  if (century === undefined) return null;
  const day = Number(code.slice(0, 2));
  const month = Number(code.slice(2, 4));
  const year = century + Number(code.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * HF-3.1.7.3 — a case number from the provider's register of adult client cases, in the provider's
 * own format: `{YYYY}` is the year, `{NNNN}` the sequence within the year padded to as many digits
 * (`{N}` unpadded). Example: `MV-{YYYY}-{NNNN}` → `MV-2026-0007`.
 */
export const DEFAULT_CASE_NUMBER_FORMAT = 'MV-{YYYY}-{NNNN}';

export function formatCaseNumber(format: string, year: number, sequence: number): string {
  return format
    .replaceAll('{YYYY}', String(year))
    .replace(/\{(N+)\}/g, (_, ns: string) => String(sequence).padStart(ns.length, '0'));
}

export const isValidCaseNumberFormat = (format: string) => /\{N+\}/.test(format) && format.length <= 40;

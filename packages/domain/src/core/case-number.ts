/**
 * Case numbers of any programme (HF-3.1.7.3 for Housing First): a format where `{YYYY}` is the year and
 * `{NNNN}` the sequence within the year padded to as many digits (`{N}` unpadded).
 * Example: `MV-{YYYY}-{NNNN}` → `MV-2026-0007`.
 */
export function formatCaseNumber(format: string, year: number, sequence: number): string {
  return format
    .replaceAll('{YYYY}', String(year))
    .replace(/\{(N+)\}/g, (_, ns: string) => String(sequence).padStart(ns.length, '0'));
}

export const isValidCaseNumberFormat = (format: string) => /\{N+\}/.test(format) && format.length <= 40;

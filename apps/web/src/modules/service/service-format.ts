import { isoDayInRiga } from '@socrehab/domain';
import { parseDisplayDate } from '../../shared/dates';

/** Today in Riga as `yyyy-mm-dd`; forms start from it and the server checks every date again. */
export const todayIso = () => isoDayInRiga(new Date());

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** What a date field holds → `yyyy-mm-dd`, or null when empty; anything else as typed, for the server to refuse. */
export const dateOrNull = (text: string): string | null => parseDisplayDate(text);

/** A valid calendar day typed as dd.mm.yyyy, or null. */
export function validDate(text: string): string | null {
  const iso = parseDisplayDate(text);
  if (!iso || !ISO.test(iso)) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** Hours typed with a comma or a dot → a number; an empty field → 0; anything else NaN (the schema refuses it). */
export function parseHours(text: string): number {
  const s = text.trim().replace(',', '.');
  if (!s) return 0;
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

/** Empty text → null (the API's optional texts). */
export const textOrNull = (text: string): string | null => (text.trim() ? text.trim() : null);

/** A PDF address in the UI language, so the printed document speaks it too. */
export const withLanguage = (href: string, language: string) => `${href}${href.includes('?') ? '&' : '?'}language=${language === 'en' ? 'en' : 'lv'}`;

/** Field path → i18n key from a zod schema, for showing reasons before the round trip. */
export function issuesOf(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }): Record<string, string> {
  if (result.success || !result.error) return {};
  const out: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in out)) out[path] = issue.message;
  }
  return out;
}

import { formatDate, formatDateTime } from '@socrehab/domain';

/**
 * What the user typed in a date field (`d.m.yyyy`, also with `/` or `-`) → `yyyy-mm-dd` for the API.
 * Empty → null. Anything else is passed on as typed, so the server answers with its translated reason.
 */
export function parseDisplayDate(input: string): string | null {
  const s = input.trim();
  if (!s) return null;
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  if (!m) return s;
  return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** `yyyy-mm-dd` (or null) → what a date field shows: `dd.mm.yyyy`. */
export const toDisplayDate = (iso: string | null | undefined): string => formatDate(iso);

/** A timestamp from the API (ISO, or PostgreSQL's `2026-11-24 21:07:39.5+00`) → `24.11.2026 23:07` Riga time. */
export function displayDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const iso = value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? value : formatDateTime(date);
}

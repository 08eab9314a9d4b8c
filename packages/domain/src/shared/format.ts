/**
 * Latvian-first formatting used by the web app, the PDFs and the exports alike.
 * Dates are dd.mm.yyyy in both languages (the users' convention); numbers and euros follow the language.
 */

/** `2026-11-24` → `24.11.2026`. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : isoDate;
}

/** A moment as `24.11.2026 14:05` in Riga time. */
export function formatDateTime(iso: string | Date, timeZone = 'Europe/Riga'): string {
  const parts = new Intl.DateTimeFormat('lv-LV', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(typeof iso === 'string' ? new Date(iso) : iso);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}.${get('month')}.${get('year')} ${get('hour')}:${get('minute')}`;
}

/** `1234.56` → `1 234,56 €` (lv) or `€1,234.56` (en). */
export function formatEuro(amount: number, language: 'lv' | 'en' = 'lv'): string {
  return new Intl.NumberFormat(language === 'lv' ? 'lv-LV' : 'en-IE', { style: 'currency', currency: 'EUR', useGrouping: 'always' } as Intl.NumberFormatOptions)
    .format(amount)
    .replace(/\u00a0/g, ' ');
}

/** Sorts names the Latvian way (č after c, š after s…), the same in every browser and database. */
export const latvianCollator = new Intl.Collator('lv', { sensitivity: 'base' });

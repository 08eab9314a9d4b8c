/**
 * Numbers typed in the forms, read the Latvian way (a comma or a dot before the decimals, spaces between
 * thousands). What cannot be read becomes NaN, which the server refuses with its reason at the field.
 */
const digits = (text: string) => text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');

/** A volume (`2,5` hours) → a number. */
export const parseVolume = (text: string) => {
  const s = digits(text);
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
};

/** Euro typed as `1 234,56` (or `1234.5`, `80`) → cents. */
const parseEuroCents = (text: string) => {
  const s = digits(text).replace(/€$/, '');
  return /^\d+(\.\d{1,2})?$/.test(s) ? Math.round(Number(s) * 100) : Number.NaN;
};

/**
 * Euro fields of a form → cents, and the fields that could not be read (shown at the field before
 * anything is sent). A field named in `optional` may be left empty: null (not known yet).
 */
export function readEuroFields<K extends string>(texts: Record<K, string>, optional: readonly NoInfer<K>[] = []) {
  const cents = {} as Record<K, number | null>;
  const unreadable: K[] = [];
  for (const key of Object.keys(texts) as K[]) {
    const text = texts[key];
    cents[key] = !text.trim() && optional.includes(key) ? null : parseEuroCents(text);
    if (Number.isNaN(cents[key])) unreadable.push(key);
  }
  return { cents, unreadable };
}

/** Cents shown back in a field the way they are typed: `1234,56`. */
export const centsToInput = (cents: number, language: 'lv' | 'en') => {
  const text = (cents / 100).toFixed(2);
  return language === 'lv' ? text.replace('.', ',') : text;
};

import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { formatEuro, isoDayInRiga } from '@socrehab/domain';
import { getMunicipalityByAtvk } from '@socrehab/domain/reference/municipalities';

/** Today in Riga as `yyyy-mm-dd` (forms start from it; the server checks every date again). */
export const todayIso = () => isoDayInRiga(new Date());

/** Municipality name in the UI language, e.g. `Rīga` / `Riga`. */
export function useMunicipalityName() {
  const { i18n } = useTranslation();
  return (atvk: string) => {
    const m = getMunicipalityByAtvk(atvk);
    if (!m) return atvk;
    return i18n.language === 'en' ? m.nameEn : m.nameLv;
  };
}

/** Euros in the UI language: `1 234,56 €` / `€1,234.56`. */
export function useEuro() {
  const { i18n } = useTranslation();
  return (amount: number) => formatEuro(amount, i18n.language === 'en' ? 'en' : 'lv');
}

/** A PDF address with the UI language, so the printed document speaks the same language. */
export const withLanguage = (href: string, language: string) => `${href}${href.includes('?') ? '&' : '?'}language=${language === 'en' ? 'en' : 'lv'}`;

/**
 * Client-side check with the same zod schema the server uses: field path → i18n key. The form shows
 * the reasons at once; the server checks again and its answer is shown the same way.
 */
export function schemaErrors(schema: z.ZodType, value: unknown): Record<string, string> {
  const result = schema.safeParse(value);
  if (result.success) return {};
  const out: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    if (!(path in out)) out[path] = issue.message;
  }
  return out;
}

export const fullName = (p: { givenNames: string; surnames: string }) => `${p.givenNames} ${p.surnames}`;

/** A number field's text → number, or null when empty; anything else stays as typed for the server to refuse. */
export function parseNumber(input: string): number | null {
  const s = input.trim().replace(/\s/g, '').replace(',', '.');
  if (!s) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : (s as unknown as number);
}

import { useTranslation } from 'react-i18next';
import { formatEuro, isoDayInRiga } from '@socrehab/domain';

/** Today in Riga as `yyyy-mm-dd`, and its month as `yyyy-mm` (pages start from them; the server checks again). */
export const todayIso = () => isoDayInRiga(new Date());
export const thisMonth = () => todayIso().slice(0, 7);

/** `2026-03` moved by `by` months. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Money and numbers in the UI language: cents → `1 234,56 €` / `€1,234.56`; volumes with up to two decimals. */
export function useIpFormat() {
  const { t, i18n } = useTranslation();
  const language: 'lv' | 'en' = i18n.language === 'en' ? 'en' : 'lv';
  const numberFormat = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'lv-LV', { maximumFractionDigits: 2 });
  const monthName = (month: string) => (t('ipPages.common.months', { returnObjects: true }) as string[])[Number(month.slice(5, 7)) - 1] ?? month;
  return {
    euro: (cents: number) => formatEuro(cents / 100, language),
    /** A cents amount that may be unknown yet. */
    euroOrDash: (cents: number | null) => (cents === null ? t('ipPages.common.none') : formatEuro(cents / 100, language)),
    number: (n: number) => numberFormat.format(n),
    /** `2026-03` → `marts` / `March`. */
    monthName,
    /** `2026-03` → `2026. gada marts` / `March 2026`. */
    month: (month: string) => t('ipPages.common.monthValue', { year: month.slice(0, 4), month: monthName(month) }),
    /** `2026-03` → `2026. gada martā` / `in March 2026` (Latvian locative). */
    inMonth: (month: string) => t('ipPages.common.monthIn', { year: month.slice(0, 4), month: (t('ipPages.common.monthsIn', { returnObjects: true }) as string[])[Number(month.slice(5, 7)) - 1] ?? month }),
    language,
  };
}

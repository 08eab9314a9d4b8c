import { useTranslation } from 'react-i18next';
import { formatEuro, isoDayInRiga } from '@socrehab/domain';
import type { IbService } from '@socrehab/domain/programmes/individual-budget/catalogue';
import { UNIT_OF_SERVICE } from '@socrehab/domain/programmes/individual-budget/catalogue';

/** Today in Riga (`yyyy-mm-dd`) and its month; the server checks again. */
export const todayIso = () => isoDayInRiga(new Date());
export const thisMonth = () => todayIso().slice(0, 7);

/** Money, volumes and months in the UI language: cents → `1 234,56 €`; `2026-03` → `2026. gada marts` / `March 2026`. */
export function useIbFormat() {
  const { t, i18n } = useTranslation();
  const language: 'lv' | 'en' = i18n.language === 'en' ? 'en' : 'lv';
  const numberFormat = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'lv-LV', { maximumFractionDigits: 2 });
  const monthName = (month: string) => (t('ibPages.common.months', { returnObjects: true }) as string[])[Number(month.slice(5, 7)) - 1] ?? month;
  return {
    language,
    euro: (cents: number) => formatEuro(cents / 100, language),
    number: (n: number) => numberFormat.format(n),
    month: (month: string) => t('ibPages.common.monthValue', { year: month.slice(0, 4), month: monthName(month) }),
    shortMonth: (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`,
    service: (s: IbService) => t(`ib.enums.service.${s}`),
    /** `8 stundas mēnesī` */
    intensity: (s: IbService, perMonth: number) => `${numberFormat.format(perMonth)} ${t(`ib.enums.unitPer.${UNIT_OF_SERVICE[s]}`)}`,
    volume: (s: IbService, n: number) => `${numberFormat.format(n)} ${t(`ib.enums.unit.${UNIT_OF_SERVICE[s]}`)}`,
  };
}

/** A euro amount typed by a person (`12,50` or `12.50`) in cents; NaN when it is not a number (the server refuses it at the field). */
export const parseEuroCents = (text: string) => Math.round(Number(text.replace(/\s/g, '').replace(',', '.')) * 100);
export const parseNumber = (text: string) => Number(text.replace(/\s/g, '').replace(',', '.'));

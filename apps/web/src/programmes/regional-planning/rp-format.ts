import { useTranslation } from 'react-i18next';
import { formatDate, formatEuro } from '@socrehab/domain';

/** Names and numbers in the UI language: municipalities and services by their Latvian or English names, `1 234`, `1 234,56 €`, dd.mm.yyyy. */
export function useRpFormat() {
  const { i18n } = useTranslation();
  const language: 'lv' | 'en' = i18n.language === 'en' ? 'en' : 'lv';
  const numberFormat = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'lv-LV', { maximumFractionDigits: 2 });
  return {
    language,
    number: (n: number) => numberFormat.format(n),
    euro: (cents: number) => formatEuro(cents / 100, language),
    date: (iso: string | null) => formatDate(iso),
    municipality: (m: { nameLv: string; nameEn: string }) => (language === 'en' ? m.nameEn : m.nameLv),
    /** A tile's label: the name without "novads" / "Municipality". */
    shortMunicipality: (m: { nameLv: string; nameEn: string }) => (language === 'en' ? m.nameEn.replace(/ Municipality$/, '') : m.nameLv.replace(/ novads$/, '')),
    service: (s: { names: { lv: string; en: string } }) => s.names[language],
  };
}

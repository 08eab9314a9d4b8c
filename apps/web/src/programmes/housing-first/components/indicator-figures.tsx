import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorShare } from '../housing-first.api';
import { useEuro } from '../hf-format';

/** Numbers in the UI language: counts and days `1 234,5`, money `1 234,56 €`, shares `95,0 %` / `95.0%`; a hidden small cell as • read out as "not shown". */
export function useIndicatorFigures() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const euro = useEuro();
  const number = new Intl.NumberFormat(en ? 'en-GB' : 'lv-LV', { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(en ? 'en-GB' : 'lv-LV', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const hidden = (
    // relative: the visually hidden label stays inside a table's scrolling box instead of widening the page on a phone
    <span title={t('hf.indicators.hiddenLabel')} style={{ position: 'relative' }}><span aria-hidden="true">•</span><span className="visually-hidden">{t('hf.indicators.hiddenLabel')}</span></span>
  );
  return {
    count: (n: number | null, suppressed: boolean): ReactNode => (n === null ? (suppressed ? hidden : '—') : number.format(n)),
    days: (n: number | null, shownCount: number | null): ReactNode => (shownCount === null ? hidden : n === null ? '—' : number.format(n)),
    share: (s: IndicatorShare, suppressed: boolean): ReactNode => {
      if (s.share !== null) return en ? `${percent.format(s.share * 100)}%` : `${percent.format(s.share * 100)}\u00a0%`;
      return suppressed && (s.count === null || s.of === null) ? hidden : '—';
    },
    euro: (n: number | null, suppressed: boolean): ReactNode => (n === null ? (suppressed ? hidden : '—') : euro(n)),
    hidden,
  };
}

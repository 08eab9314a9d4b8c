import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab's title, `Page — Product`, so screen-reader users hear where they are. */
export function usePageTitle(title: string | null | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} — ${t('app.productName')}` : t('app.productName');
  }, [title, t]);
}

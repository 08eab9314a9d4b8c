import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../../i18n';

/** LV / EN, remembered on this device. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      value={i18n.language === 'en' ? 'en' : currentLanguage()}
      onChange={(value) => void changeLanguage(value === 'en' ? 'en' : 'lv')}
      aria-label={t('language.label')}
      data={[
        { value: 'lv', label: 'LV' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}

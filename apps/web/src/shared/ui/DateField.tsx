import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A date typed as dd.mm.yyyy (the users' convention); the form converts it with `parseDisplayDate`. */
export function DateField(props: Omit<TextInputProps, 'onChange' | 'value'> & { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const { value, onChange, ...rest } = props;
  return (
    <TextInput placeholder={t('app.dateFormatHint')} inputMode="numeric" autoComplete="off" maxLength={10} {...rest} value={value} onChange={(e) => onChange(e.currentTarget.value)} />
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { todayIso } from '../hf-format';
import { DateField } from './HfUi';

/** "As of" a day: the list as it stood then (worklists and the waiting list are reproducible by date). */
export function AsOfPicker({ value, onChange }: { value: string; onChange: (iso: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(toDisplayDate(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(toDisplayDate(value)), [value]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const iso = parseDisplayDate(text);
    if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(new Date(`${iso}T00:00:00Z`).getTime())) {
      setError(t('validation.date'));
      return;
    }
    setError(null);
    onChange(iso);
  };
  return (
    <form onSubmit={submit} aria-label={t('hf.common.asOf')}>
      <Group align="flex-start" gap="xs" wrap="wrap">
        <DateField label={t('hf.common.asOf')} description={t('hf.common.asOfHint')} value={text} onChange={setText} error={error} w={200} />
        <Group gap="xs" mt={{ base: 0, xs: 46 }}>
          <Button type="submit" variant="light">{t('hf.common.show')}</Button>
          <Button variant="subtle" onClick={() => { setError(null); onChange(todayIso()); }}>{t('hf.common.today')}</Button>
        </Group>
      </Group>
    </form>
  );
}

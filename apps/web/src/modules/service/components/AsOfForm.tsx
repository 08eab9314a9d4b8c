import { useEffect, useState, type FormEvent } from 'react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toDisplayDate } from '../../../shared/dates';
import { todayIso, validDate } from '../service-format';
import { DateField } from './ServiceUi';

/** "As of" a day: the worklist as the rules saw it then (every list is reproducible by date). */
export function AsOfForm({ value, onChange, label, description }: { value: string; onChange: (iso: string) => void; label?: string; description?: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState(toDisplayDate(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(toDisplayDate(value)), [value]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const iso = validDate(text);
    if (!iso) {
      setError(t('validation.date'));
      return;
    }
    setError(null);
    onChange(iso);
  };
  return (
    <form onSubmit={submit} aria-label={label ?? t('service.common.asOf')} noValidate>
      <Group align="flex-end" gap="xs" wrap="wrap">
        <DateField label={label ?? t('service.common.asOf')} description={description ?? t('service.common.asOfHint')} value={text} onChange={setText} error={error} w={220} />
        <Group gap="xs" mb={error ? 22 : 0}>
          <Button type="submit" variant="light">{t('service.common.show')}</Button>
          <Button variant="subtle" onClick={() => { setError(null); onChange(todayIso()); }}>{t('service.common.today')}</Button>
        </Group>
      </Group>
    </form>
  );
}

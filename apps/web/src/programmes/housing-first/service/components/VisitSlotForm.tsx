import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toDisplayDate } from '../../../../shared/dates';
import { dateOrNull, todayIso } from '../../../../modules/service/service-format';
import { setVisitSlot } from '../service.api';
import { getServiceSummary, planKeys } from '../plans.api';
import { DateField, FormError, Saved, Section } from '../../../../modules/service/components/ServiceUi';
import { useRecord } from './useRecord';

type Slot = { weekday: number; atTime: string; fromDate: string };

/** HF-3.2.1 the fixed weekday and time of the weekly visit. */
export function VisitSlotForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const today = todayIso();
  const summary = useQuery({ queryKey: planKeys.summary(caseId, today), queryFn: ({ signal }) => getServiceSummary(caseId, today, signal) });
  const [weekday, setWeekday] = useState('2');
  const [atTime, setAtTime] = useState('10:00');
  const [from, setFrom] = useState(toDisplayDate(todayIso()));
  const record = useRecord(caseId, (body: Slot) => setVisitSlot(caseId, body), () => t('service.common.saved'));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.save({ weekday: Number(weekday), atTime: atTime.trim(), fromDate: dateOrNull(from) ?? '' });
  };
  const e = record.errors;
  const slot = summary.data?.visitSlot;
  return (
    <Section id="slot" title={t('service.slot.title')} intro={t('service.slot.intro')}>
      {slot ? <Text size="sm" fw={600}>{t('service.slot.current', { weekday: t(`service.slot.weekdays.${slot.weekday}`), time: slot.atTime, date: toDisplayDate(slot.fromDate) })}</Text> : null}
      <form onSubmit={submit} noValidate aria-labelledby="slot-title">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <NativeSelect label={t('service.slot.weekday')} value={weekday} onChange={(ev) => setWeekday(ev.currentTarget.value)} error={e.weekday}
              data={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: t(`service.slot.weekdays.${d}`) }))} />
            <TextInput label={t('service.slot.atTime')} placeholder="10:00" inputMode="numeric" value={atTime} onChange={(ev) => setAtTime(ev.currentTarget.value)} error={e.atTime} />
            <DateField label={t('service.slot.fromDate')} value={from} onChange={setFrom} error={e.fromDate} />
          </SimpleGrid>
          <FormError message={record.message} hasFields={Object.keys(e).length > 0} />
          <Saved>{record.saved}</Saved>
          <Group justify="flex-end"><Button type="submit" variant="light" loading={record.pending}>{t('service.slot.submit')}</Button></Group>
        </Stack>
      </form>
    </Section>
  );
}

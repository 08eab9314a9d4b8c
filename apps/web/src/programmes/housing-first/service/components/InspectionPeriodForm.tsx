import { useEffect, useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { serviceKeys, setInspectionPeriod, type ServiceCase } from '../service.api';
import { FormError, Saved, Section } from '../../../../modules/service/components/ServiceUi';
import { useRecord } from './useRecord';

/**
 * HF-2.7, HF-3.2.2 the period agreed with the person: absent and unreachable this many days, the team
 * may come on other days and the provider may inspect the dwelling (15 unless agreed otherwise). Saved
 * under the case's version, so a change made meanwhile is reported, not overwritten.
 */
export function InspectionPeriodForm({ data }: { data: ServiceCase }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const caseId = data.case.id;
  const stored = data.case.inspectionAfterDays;
  const [days, setDays] = useState<number | string>(stored);
  /** The stored period changed (saved here or by someone else): the field shows it, and the "saved" notice stays. */
  useEffect(() => { setDays(stored); }, [stored]);
  const record = useRecord(caseId, (body: { inspectionAfterDays: number; version: number }) => setInspectionPeriod(caseId, body), (_, result) => {
    void queryClient.invalidateQueries({ queryKey: serviceKeys.case(caseId) });
    return t('service.inspection.saved', { count: result.inspectionAfterDays });
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.save({ inspectionAfterDays: typeof days === 'number' ? days : Number.NaN, version: data.case.version });
  };
  const e = record.errors;
  return (
    <Section id="inspection" title={t('service.inspection.title')} intro={t('service.inspection.intro')}>
      <Text size="sm" fw={600}>{t('service.inspection.current', { count: data.case.inspectionAfterDays })}</Text>
      <form onSubmit={submit} noValidate aria-labelledby="inspection-title">
        <Stack gap="sm">
          <NumberInput label={t('service.inspection.days')} required min={1} max={92} step={1} allowDecimal={false} allowNegative={false} clampBehavior="none" value={days} onChange={setDays} error={e.inspectionAfterDays} w={{ base: '100%', xs: 220 }} />
          <FormError message={record.message} hasFields={Object.keys(e).length > 0} />
          <Saved>{record.saved}</Saved>
          <Group justify="flex-end"><Button type="submit" variant="light" loading={record.pending}>{t('service.inspection.submit')}</Button></Group>
        </Stack>
      </form>
    </Section>
  );
}

import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toDisplayDate } from '../../../../shared/dates';
import { dateOrNull, todayIso } from '../../../../modules/service/service-format';
import { recordExtension } from '../service.api';
import { DateField, FormError, Saved, Section } from '../../../../modules/service/components/ServiceUi';
import { useRecord } from './useRecord';

/** HF-3.3.3 the team waits one more month before evaluating the ending, with the reason in the case file. */
export function ExtensionForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [on, setOn] = useState(toDisplayDate(todayIso()));
  const [reason, setReason] = useState('');
  const record = useRecord(caseId, (body: { recordedOn: string; reason: string }) => recordExtension(caseId, body), () => {
    setReason('');
    return t('service.extension.saved');
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.save({ recordedOn: dateOrNull(on) ?? '', reason: reason.trim() });
  };
  const e = record.errors;
  return (
    <Section id="extension" title={t('service.extension.title')} intro={t('service.extension.intro')}>
      <form onSubmit={submit} noValidate aria-labelledby="extension-title">
        <Stack gap="sm">
          <DateField label={t('service.extension.recordedOn')} required value={on} onChange={setOn} error={e.recordedOn} w={{ base: '100%', xs: 220 }} />
          <Textarea label={t('service.extension.reason')} required autosize minRows={2} value={reason} onChange={(ev) => setReason(ev.currentTarget.value)} error={e.reason} />
          <FormError message={record.message} hasFields={Object.keys(e).length > 0} />
          <Saved>{record.saved}</Saved>
          <Group justify="flex-end"><Button type="submit" variant="light" loading={record.pending}>{t('service.extension.submit')}</Button></Group>
        </Stack>
      </form>
    </Section>
  );
}

import { useState, type FormEvent } from 'react';
import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { decideApplicationSchema } from '@socrehab/domain/programmes/housing-first/index';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { decideApplication, hfKeys } from '../housing-first.api';
import { schemaErrors, todayIso } from '../hf-format';
import { DateField, FormError } from './HfUi';

/** HF-3.1.4 the decision: granted (joins the waiting list) or refused, with its reason; a late one says so. */
export function DecisionForm({ applicationId, version, onDecided }: { applicationId: string; version: number; onDecided: (late: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [decision, setDecision] = useState<string>('');
  const [decidedOn, setDecidedOn] = useState(toDisplayDate(todayIso()));
  const [reason, setReason] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const body = () => ({ version, decidedOn: parseDisplayDate(decidedOn) ?? '', decision: decision as 'granted' | 'refused', reason });
  const mutation = useMutation({
    mutationFn: () => decideApplication(applicationId, body()),
    onSuccess: (res) => {
      void queryClient.invalidateQueries({ queryKey: hfKeys.all });
      onDecided(res.decidedLate);
    },
  });
  const errors = { ...Object.fromEntries(Object.entries(clientErrors).map(([k, v]) => [k, t(v)])), ...fieldErrorsOf(mutation.error, t) };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = schemaErrors(decideApplicationSchema, body());
    setClientErrors(found);
    if (!Object.keys(found).length) mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Radio.Group label={t('hf.application.decision')} withAsterisk value={decision} onChange={setDecision} error={errors.decision}>
          <Group gap="lg" mt={6}>
            <Radio value="granted" label={t('hf.application.granted')} />
            <Radio value="refused" label={t('hf.application.refused')} />
          </Group>
        </Radio.Group>
        <DateField label={t('hf.application.decidedOn')} withAsterisk value={decidedOn} onChange={setDecidedOn} error={errors.decidedOn} maw={220} />
        <Textarea label={t('hf.application.decisionReason')} withAsterisk autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} />
        <FormError message={mutation.error ? messageOf(mutation.error, t) : Object.keys(clientErrors).length ? t('hf.common.fixErrors') : null} hasFields={!!mutation.error && Object.keys(errors).length > 0} />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>{t('hf.application.decide')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

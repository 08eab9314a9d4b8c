import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { IB_ENDING_REASONS } from '@socrehab/domain/programmes/individual-budget/catalogue';
import { coreEvaluationKeys } from '../../../modules/evaluations/evaluations.api';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { Section } from '../../../shared/ui/Section';
import { DateField } from '../../../shared/ui/DateField';
import { FormError } from '../../../shared/ui/FormFeedback';
import { useConfirm } from '../../../shared/ui/useConfirm';
import { endIbCase, ibKeys } from '../individual-budget.api';
import { todayIso } from '../ib-format';

/** IB-6 the case ends (the pilot ends, the person withdraws…): closed that day; the closing meeting with the family falls due. */
export function EndCaseForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirm, dialog] = useConfirm();
  const [endedOn, setEndedOn] = useState(toDisplayDate(todayIso()));
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const mutation = useMutation({
    mutationFn: () => endIbCase(caseId, { endedOn: parseDisplayDate(endedOn) ?? endedOn, reason: reason as (typeof IB_ENDING_REASONS)[number], note: note.trim() || null }),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ibKeys.all }), queryClient.invalidateQueries({ queryKey: coreEvaluationKeys.case(caseId) })]),
  });
  const errors = fieldErrorsOf(mutation.error, t);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason && !(await confirm({ title: t('ibPages.ending.confirmTitle'), text: t('ibPages.ending.confirmText', { date: endedOn }), confirmLabel: t('ibPages.ending.submit'), danger: true }))) return;
    mutation.mutate();
  };
  return (
    <Section id="ending" title={t('ibPages.ending.title')}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="ending-title">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <DateField label={t('ibPages.ending.endedOn')} required value={endedOn} onChange={setEndedOn} error={errors.endedOn} />
            <NativeSelect label={t('ibPages.ending.reason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason}
              data={[{ value: '', label: t('ibPages.openCase.choose') }, ...IB_ENDING_REASONS.map((r) => ({ value: r, label: t(`ib.enums.endingReason.${r}`) }))]} />
          </SimpleGrid>
          <Textarea label={t('ibPages.ending.note')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} maxLength={2000} />
          <FormError message={mutation.error ? messageOf(mutation.error, t) : null} hasFields={Object.keys(errors).length > 0} />
          <Group justify="flex-end"><Button type="submit" color="red.8" variant="outline" loading={mutation.isPending}>{t('ibPages.ending.submit')}</Button></Group>
        </Stack>
      </form>
      {dialog}
    </Section>
  );
}

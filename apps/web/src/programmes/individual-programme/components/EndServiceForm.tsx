import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ENDING_REASONS } from '@socrehab/domain/programmes/individual-programme/api.schemas';
import { coreEvaluationKeys } from '../../../modules/evaluations/evaluations.api';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { Section } from '../../../shared/ui/Section';
import { DateField } from '../../../shared/ui/DateField';
import { FormError } from '../../../shared/ui/FormFeedback';
import { useConfirm } from '../../../shared/ui/useConfirm';
import { endIpCase, ipKeys } from '../individual-programme.api';
import { todayIso } from '../ip-format';

type Reason = (typeof ENDING_REASONS)[number];

/**
 * The service ends — the client ends it, or it is no longer needed: the case and its recipients end
 * that day, and the ending's client satisfaction survey falls due (IP-5). Asked once more before sending.
 */
export function EndServiceForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirm, dialog] = useConfirm();
  const [endedOn, setEndedOn] = useState(toDisplayDate(todayIso()));
  // an unchosen reason is sent empty, for the server to refuse with its reason at the field
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const mutation = useMutation({
    mutationFn: () => endIpCase(caseId, { endedOn: parseDisplayDate(endedOn) ?? '', reason: reason as Reason, note: note.trim() || null }),
    // the case, the list and the evaluations due (the ending's survey) all start with `ip`
    // the ending's own evaluation falls due (IP-5)
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ipKeys.all }), queryClient.invalidateQueries({ queryKey: coreEvaluationKeys.case(caseId) })]),
  });
  const errors = fieldErrorsOf(mutation.error, t);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // asked only once there is something to end for; a form without a reason goes on to be refused at the field
    if (reason && !(await confirm({ title: t('ipPages.ending.confirmTitle'), text: t('ipPages.ending.confirmText', { date: endedOn }), confirmLabel: t('ipPages.ending.submit'), danger: true }))) return;
    mutation.mutate();
  };
  return (
    <Section id="ending" title={t('ipPages.ending.title')} intro={t('ipPages.ending.intro')}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="ending-title">
        <Stack gap="sm">
          <DateField label={t('ipPages.ending.endedOn')} withAsterisk value={endedOn} onChange={setEndedOn} error={errors.endedOn} maw={220} />
          <NativeSelect label={t('ipPages.ending.reason')} withAsterisk value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason}
            data={[{ value: '', label: t('ipPages.ending.chooseReason') }, ...ENDING_REASONS.map((r) => ({ value: r, label: t(`ip.enums.endingReason.${r}`) }))]} />
          <Textarea label={t('ipPages.ending.note')} autosize minRows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
          <FormError message={mutation.error ? messageOf(mutation.error, t) : null} hasFields={Object.keys(errors).length > 0} />
          <Group justify="flex-end">
            <Button type="submit" color="red.8" variant="outline" loading={mutation.isPending}>{t('ipPages.ending.submit')}</Button>
          </Group>
        </Stack>
      </form>
      {dialog}
    </Section>
  );
}

import { useState, type FormEvent } from 'react';
import { Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { removeFromWaitingListSchema } from '@socrehab/domain/programmes/housing-first/index';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { hfKeys, removeFromWaitingList, type Explanation } from '../housing-first.api';
import { schemaErrors, todayIso } from '../hf-format';
import { DateField, FormError } from './HfUi';

/** "Why number N": the rule's reasons in words (HF-1.3, HF-3.1.4). */
export function WhyPosition({ explanation, factors, decidedOn }: { explanation: Explanation; factors: number; decidedOn: string }) {
  const { t } = useTranslation();
  const first = explanation.aheadWithMoreFactors + explanation.aheadWithSameFactorsDecidedEarlier === 0;
  return (
    <Stack gap={4}>
      <List size="sm" spacing={2}>
        <List.Item>{t('hf.waitingList.explainFactors', { count: factors, date: toDisplayDate(decidedOn) })}</List.Item>
        {first ? <List.Item>{t('hf.waitingList.explainFirst')}</List.Item> : (
          <>
            <List.Item>{t('hf.waitingList.explainMore', { count: explanation.aheadWithMoreFactors })}</List.Item>
            <List.Item>{t('hf.waitingList.explainSame', { count: explanation.aheadWithSameFactorsDecidedEarlier })}</List.Item>
          </>
        )}
      </List>
      <Text size="xs" c="dimmed">{t('hf.waitingList.ruleVersion', { version: explanation.ruleVersion })}</Text>
    </Stack>
  );
}

/** Removal from the waiting list with its date and reason (the municipality's decision). */
export function RemoveFromListModal({ entryId, name, opened, onClose }: { entryId: string; name: string; opened: boolean; onClose: (removed: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [removedOn, setRemovedOn] = useState(toDisplayDate(todayIso()));
  const [reason, setReason] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const body = () => ({ removedOn: parseDisplayDate(removedOn) ?? '', reason });
  const mutation = useMutation({
    mutationFn: () => removeFromWaitingList(entryId, body()),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: hfKeys.all });
      onClose(true);
    },
  });
  const errors = { ...Object.fromEntries(Object.entries(clientErrors).map(([k, v]) => [k, t(v)])), ...fieldErrorsOf(mutation.error, t) };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = schemaErrors(removeFromWaitingListSchema, body());
    setClientErrors(found);
    if (!Object.keys(found).length) mutation.mutate();
  };
  return (
    <Modal opened={opened} onClose={() => onClose(false)} title={t('hf.waitingList.removeTitle', { name })} closeButtonProps={{ 'aria-label': t('app.close') }} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <DateField label={t('hf.waitingList.removedOn')} withAsterisk value={removedOn} onChange={setRemovedOn} error={errors.removedOn} data-autofocus />
          <Textarea label={t('hf.waitingList.removeReason')} withAsterisk autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} />
          <FormError message={mutation.error ? messageOf(mutation.error, t) : null} hasFields={Object.keys(errors).length > 0} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(false)}>{t('hf.common.cancel')}</Button>
            <Button type="submit" color="red.9" loading={mutation.isPending}>{t('hf.waitingList.removeSubmit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

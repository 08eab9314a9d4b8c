import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { Section } from '../../../shared/ui/Section';
import { FormError, SavedNotice } from '../../../shared/ui/FormFeedback';
import { ipKeys, recordDelivery, type PlannedLine } from '../individual-programme.api';
import { useIpFormat } from '../ip-format';
import { parseVolume } from './amounts';

/** IP-2 the volume delivered on one of the plan's lines in the month shown (a second entry for the month replaces the first). */
export function DeliveryForm({ caseId, month, lines }: { caseId: string; month: string; lines: PlannedLine[] }) {
  const { t } = useTranslation();
  const f = useIpFormat();
  const queryClient = useQueryClient();
  const [lineId, setLineId] = useState(lines[0]?.id ?? '');
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  // what was saved, put in words at render so the notice follows a language switch
  const [saved, setSaved] = useState<{ lineId: string; delivered: number } | null>(null);
  const line = lines.find((l) => l.id === lineId) ?? lines[0];
  const mutation = useMutation({
    mutationFn: (body: { lineId: string; delivered: number; note: string | null }) => recordDelivery(caseId, body.lineId, { month, delivered: body.delivered, note: body.note }),
    onMutate: () => setSaved(null),
    onSuccess: (_result, body) => {
      setSaved({ lineId: body.lineId, delivered: body.delivered });
      setAmount('');
      setNote('');
      void queryClient.invalidateQueries({ queryKey: ipKeys.case(caseId) });
    },
  });
  const errors = fieldErrorsOf(mutation.error, t);
  const savedLine = saved ? lines.find((x) => x.id === saved.lineId) : undefined;
  const savedText = saved && savedLine
    ? t('ipPages.plan.deliverySaved', { line: t(`ip.enums.serviceLine.${savedLine.line}`), month: f.inMonth(month), value: t('ipPages.plan.volume', { value: f.number(saved.delivered), unit: t(`ip.enums.unit.${savedLine.unit}`) }) })
    : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!line) return;
    mutation.mutate({ lineId: line.id, delivered: parseVolume(amount), note: note.trim() || null });
  };
  return (
    <Section id="delivery" title={t('ipPages.plan.deliveryTitle')} intro={`${f.month(month)}. ${t('ipPages.plan.deliveryIntro')}`}>
      <form onSubmit={submit} noValidate aria-labelledby="delivery-title">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect label={t('ipPages.plan.deliveryLine')} value={line?.id ?? ''} onChange={(e) => setLineId(e.currentTarget.value)}
              data={lines.map((l) => ({ value: l.id, label: t(`ip.enums.serviceLine.${l.line}`) }))} />
            <TextInput label={t('ipPages.plan.deliveryAmount', { unit: line ? t(`ip.enums.unit.${line.unit}`) : '' })} required inputMode="decimal" autoComplete="off"
              value={amount} onChange={(e) => setAmount(e.currentTarget.value)} error={errors.delivered} />
          </SimpleGrid>
          <TextInput label={t('ipPages.plan.deliveryNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} maxLength={1000} />
          <FormError message={mutation.error ? messageOf(mutation.error, t) : null} hasFields={!!(errors.delivered || errors.note)} />
          <SavedNotice>{savedText}</SavedNotice>
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending}>{t('ipPages.plan.deliverySubmit')}</Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { DateField } from '../../../shared/ui/DateField';
import { FormError, SavedNotice } from '../../../shared/ui/FormFeedback';
import { ipKeys, setCoPayment, type CoPayment } from '../individual-programme.api';
import { shiftMonth, thisMonth, todayIso, useIpFormat } from '../ip-format';
import { centsToInput, readEuroFields } from './amounts';
import { MonthField } from './MonthField';

const PARTS = ['rentCents', 'managementCents', 'electricityCents', 'gasCents', 'utilitiesCents'] as const;
type Part = (typeof PARTS)[number];

/**
 * IP-3 the client's co-payment for the flat set from a month on: rent, management, electricity, gas and
 * utilities in euro, and the basis in the assessment and the plan it rests on. Starts from the
 * co-payment in force, so a change is typed over it.
 */
export function CoPaymentForm({ caseId, month, openedMonth, inForce }: { caseId: string; month: string; openedMonth: string; inForce: CoPayment | undefined }) {
  const { t } = useTranslation();
  const f = useIpFormat();
  const queryClient = useQueryClient();
  const [effectiveFrom, setEffectiveFrom] = useState(month < openedMonth ? openedMonth : month);
  const [parts, setParts] = useState<Record<Part, string>>(() =>
    Object.fromEntries(PARTS.map((p) => [p, inForce ? centsToInput(inForce[p], f.language) : ''])) as Record<Part, string>);
  const [basis, setBasis] = useState('');
  const [assessedOn, setAssessedOn] = useState(toDisplayDate(todayIso()));
  // amounts that cannot be read are named at their field before anything is sent
  const [unreadable, setUnreadable] = useState<Part[]>([]);
  const [saved, setSaved] = useState<{ effectiveFrom: string; totalCents: number } | null>(null);
  const mutation = useMutation({
    mutationFn: (body: Parameters<typeof setCoPayment>[1]) => setCoPayment(caseId, body),
    onMutate: () => setSaved(null),
    onSuccess: (_result, body) => {
      setSaved({ effectiveFrom: body.effectiveFrom, totalCents: PARTS.reduce((s, p) => s + body[p], 0) });
      setBasis('');
      void queryClient.invalidateQueries({ queryKey: ipKeys.case(caseId) });
    },
  });
  const errors: Record<string, string> = { ...fieldErrorsOf(mutation.error, t), ...Object.fromEntries(unreadable.map((k) => [k, t('ipPages.amounts.unreadable')])) };
  const read = readEuroFields(parts);
  const total = read.unreadable.length ? null : PARTS.reduce((s, p) => s + read.cents[p]!, 0);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setUnreadable(read.unreadable);
    if (read.unreadable.length) { mutation.reset(); setSaved(null); return; }
    const cents = read.cents as Record<Part, number>;
    mutation.mutate({ effectiveFrom, ...cents, basis: basis.trim(), assessedOn: parseDisplayDate(assessedOn) ?? '' });
  };
  return (
    <Paper p="md" bg="gray.0" withBorder={false}>
      <form onSubmit={submit} noValidate aria-labelledby="co-payment-form-title">
        <Stack gap="sm">
          <Title order={3} size="h4" id="co-payment-form-title">{t('ipPages.coPaymentForm.title')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <MonthField label={t('ipPages.coPaymentForm.from')} required from={openedMonth} to={shiftMonth(thisMonth(), 12)} value={effectiveFrom} onChange={setEffectiveFrom} error={errors.effectiveFrom} />
            <DateField label={t('ipPages.coPaymentForm.assessedOn')} required value={assessedOn} onChange={setAssessedOn} error={errors.assessedOn} />
            {PARTS.map((p) => (
              <TextInput key={p} label={t('ipPages.coPaymentForm.part', { part: t(`ip.enums.coPart.${p}`) })} required inputMode="decimal" autoComplete="off"
                value={parts[p]} onChange={(e) => { const value = e.currentTarget.value; setParts((old) => ({ ...old, [p]: value })); }} error={errors[p]} />
            ))}
          </SimpleGrid>
          <Text size="sm" fw={600}>{t('ipPages.coPaymentForm.total', { amount: total === null ? t('ipPages.common.none') : f.euro(total) })}</Text>
          <Textarea label={t('ipPages.coPaymentForm.basis')} description={t('ipPages.coPaymentForm.basisHint')} required autosize minRows={2} maxLength={2000}
            value={basis} onChange={(e) => setBasis(e.currentTarget.value)} error={errors.basis} />
          <FormError message={unreadable.length ? t('ipPages.amounts.notSaved') : mutation.error ? messageOf(mutation.error, t) : null} hasFields={Object.keys(errors).length > 0} />
          <SavedNotice>{saved ? t('ipPages.coPaymentForm.saved', { month: f.month(saved.effectiveFrom), amount: f.euro(saved.totalCents) }) : null}</SavedNotice>
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending}>{t('ipPages.coPaymentForm.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { COST_KINDS } from '@socrehab/domain/programmes/individual-programme/api.schemas';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { Section } from '../../../shared/ui/Section';
import { FormError, SavedNotice } from '../../../shared/ui/FormFeedback';
import { ipKeys, recordCost } from '../individual-programme.api';
import { shiftMonth, thisMonth, useIpFormat } from '../ip-format';
import { readEuroFields } from './amounts';
import { MonthField } from './MonthField';

type Kind = (typeof COST_KINDS)[number];
type Saved = { month: string; kind: Kind; plannedCents: number; actualCents: number | null };

/**
 * IP-3 one month's cost of the case of a kind (staff or housing): the amount planned and, once known,
 * the actual one, typed in euro (`1 234,56`). A second entry for the month and kind replaces the first.
 */
export function CostForm({ caseId, month, openedMonth, onSaved }: { caseId: string; month: string; openedMonth: string; onSaved: (month: string) => void }) {
  const { t } = useTranslation();
  const f = useIpFormat();
  const queryClient = useQueryClient();
  const [costMonth, setCostMonth] = useState(month < openedMonth ? openedMonth : month);
  const [kind, setKind] = useState<Kind>('staff');
  const [planned, setPlanned] = useState('');
  const [actual, setActual] = useState('');
  // what was saved, put in words at render so the notice follows a language switch
  const [saved, setSaved] = useState<Saved | null>(null);
  const mutation = useMutation({
    mutationFn: (body: Saved) => recordCost(caseId, body),
    onMutate: () => setSaved(null),
    onSuccess: (_result, body) => {
      setSaved(body);
      setPlanned('');
      setActual('');
      onSaved(body.month);
      void queryClient.invalidateQueries({ queryKey: ipKeys.case(caseId) });
    },
  });
  // amounts that cannot be read are named at their field before anything is sent
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const errors: Record<string, string> = { ...fieldErrorsOf(mutation.error, t), ...Object.fromEntries(unreadable.map((k) => [k, t('ipPages.amounts.unreadable')])) };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readEuroFields({ plannedCents: planned, actualCents: actual }, ['actualCents']);
    setUnreadable(read.unreadable);
    if (read.unreadable.length) { mutation.reset(); setSaved(null); return; }
    mutation.mutate({ month: costMonth, kind, plannedCents: read.cents.plannedCents!, actualCents: read.cents.actualCents });
  };
  const savedText = saved ? t(saved.actualCents === null ? 'ipPages.costForm.savedNoActual' : 'ipPages.costForm.saved', {
    kind: t(`ip.enums.costKind.${saved.kind}`), month: f.inMonth(saved.month), planned: f.euro(saved.plannedCents), actual: f.euro(saved.actualCents ?? 0),
  }) : null;
  return (
    <Section id="cost" title={t('ipPages.costForm.title')} intro={t('ipPages.costForm.intro')}>
      <form onSubmit={submit} noValidate aria-labelledby="cost-title">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <MonthField label={t('ipPages.costForm.month')} required from={openedMonth} to={shiftMonth(thisMonth(), 12)} value={costMonth} onChange={setCostMonth} error={errors.month} />
            <NativeSelect label={t('ipPages.costForm.kind')} required value={kind} onChange={(e) => setKind(e.currentTarget.value as Kind)} error={errors.kind}
              data={COST_KINDS.map((k) => ({ value: k, label: t(`ip.enums.costKind.${k}`) }))} />
            <TextInput label={t('ipPages.costForm.planned')} description={t('ipPages.costForm.euroHint')} required inputMode="decimal" autoComplete="off"
              value={planned} onChange={(e) => setPlanned(e.currentTarget.value)} error={errors.plannedCents} />
            <TextInput label={t('ipPages.costForm.actual')} description={t('ipPages.costForm.actualHint')} inputMode="decimal" autoComplete="off"
              value={actual} onChange={(e) => setActual(e.currentTarget.value)} error={errors.actualCents} />
          </SimpleGrid>
          <FormError message={unreadable.length ? t('ipPages.amounts.notSaved') : mutation.error ? messageOf(mutation.error, t) : null} hasFields={Object.keys(errors).length > 0} />
          <SavedNotice>{savedText}</SavedNotice>
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending}>{t('ipPages.costForm.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

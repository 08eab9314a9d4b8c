import { useState } from 'react';
import { ActionIcon, Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/client';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { parseDisplayDate } from '../../../shared/dates';
import { DateField } from '../../../shared/ui/DateField';
import { FormError, SavedNotice } from '../../../shared/ui/FormFeedback';
import { addCooperation, rpKeys, type RpOverview } from '../regional-planning.api';
import { useRpFormat } from '../rp-format';

interface Partner { atvk: string; cost: string; places: string }
const EMPTY: Partner = { atvk: '', cost: '', places: '' };

/** A typed share: '' → null; `33,33` → 33.33; anything else as typed (the server names the field). */
const percentOf = (s: string): number | null => {
  const x = s.replace(/\s/g, '').replace('%', '').replace(',', '.');
  return x === '' ? null : Number.isFinite(Number(x)) ? Number(x) : (s as unknown as number);
};
const hundredths = (s: string) => {
  const n = percentOf(s);
  return typeof n === 'number' && Number.isFinite(n) ? Math.round(n * 100) : 0;
};

/** RP-4 the planner records an inter-municipal cooperation agreement: the service, the partners with their shares of cost and places (each summing to 100 %), the dates. */
export function CooperationForm({ overview }: { overview: RpOverview }) {
  const { t } = useTranslation();
  const f = useRpFormat();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [service, setService] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [partners, setPartners] = useState<Partner[]>([EMPTY, EMPTY]);
  const [notice, setNotice] = useState<string | null>(null);
  const setPartner = (i: number, field: keyof Partner, value: string) => setPartners((p) => p.map((x, j) => (j === i ? { ...x, [field]: value } : x)));
  const add = useMutation({
    mutationFn: () => addCooperation({
      service, name, validFrom: parseDisplayDate(validFrom) ?? validFrom, validTo: validTo.trim() === '' ? null : parseDisplayDate(validTo) ?? validTo,
      shares: partners.map((p) => ({ municipalityAtvk: p.atvk, costPercent: percentOf(p.cost), placesPercent: percentOf(p.places) })),
    }),
    onSuccess: async () => {
      setNotice(t('rpPages.cooperation.added', { name }));
      setName(''); setService(''); setValidFrom(''); setValidTo(''); setPartners([EMPTY, EMPTY]);
      await client.invalidateQueries({ queryKey: rpKeys.all });
    },
  });
  const errors = fieldErrorsOf(add.error, t);
  const costSum = partners.reduce((s, p) => s + hundredths(p.cost), 0) / 100;
  const placesSum = partners.reduce((s, p) => s + hundredths(p.places), 0) / 100;
  return (
    <form aria-label={t('rpPages.cooperation.title')} onSubmit={(e) => { e.preventDefault(); setNotice(null); add.mutate(); }}>
      <Stack gap="sm" mt="md">
        <Text fw={600}>{t('rpPages.cooperation.title')}</Text>
        <FormError message={add.error ? messageOf(add.error, t) : null} hasFields={add.error instanceof ApiError && Object.keys(add.error.fields).length > 0} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('rpPages.cooperation.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} required />
          <NativeSelect label={t('rpPages.cooperation.service')} value={service} onChange={(e) => setService(e.currentTarget.value)} error={errors.service} required
            data={[{ value: '', label: t('rpPages.cooperation.chooseService') }, ...overview.services.map((s) => ({ value: s.code, label: f.service(s) }))]} />
          <DateField label={t('rpPages.cooperation.validFrom')} value={validFrom} onChange={setValidFrom} error={errors.validFrom} required />
          <DateField label={t('rpPages.cooperation.validTo')} value={validTo} onChange={setValidTo} error={errors.validTo} />
        </SimpleGrid>
        <Stack gap="xs" role="group" aria-label={t('rpPages.cooperation.partners')}>
          <Text size="sm" fw={500}>{t('rpPages.cooperation.partners')}</Text>
          {partners.map((p, i) => (
            <Group key={i} gap="sm" align="flex-start" wrap="wrap">
              <NativeSelect w={260} label={t('rpPages.cooperation.partner', { n: i + 1 })} value={p.atvk} onChange={(e) => setPartner(i, 'atvk', e.currentTarget.value)}
                error={errors[`shares.${i}.municipalityAtvk`]}
                data={[{ value: '', label: t('rpPages.cooperation.chooseMunicipality') }, ...overview.municipalities.map((m) => ({ value: m.atvk, label: f.municipality(m) }))]} />
              <TextInput w={140} inputMode="decimal" label={t('rpPages.cooperation.costPercent', { n: i + 1 })} value={p.cost} onChange={(e) => setPartner(i, 'cost', e.currentTarget.value)} error={errors[`shares.${i}.costPercent`]} />
              <TextInput w={140} inputMode="decimal" label={t('rpPages.cooperation.placesPercent', { n: i + 1 })} value={p.places} onChange={(e) => setPartner(i, 'places', e.currentTarget.value)} error={errors[`shares.${i}.placesPercent`]} />
              {partners.length > 2 ? (
                <ActionIcon mt={26} variant="subtle" color="gray" aria-label={t('rpPages.cooperation.remove', { n: i + 1 })} onClick={() => setPartners((x) => x.filter((_, j) => j !== i))}>×</ActionIcon>
              ) : null}
            </Group>
          ))}
          <Text size="sm" c={costSum === 100 && placesSum === 100 ? 'dimmed' : '#8a3700'}>{t('rpPages.cooperation.sums', { cost: f.number(costSum), places: f.number(placesSum) })}</Text>
          {errors.shares ? <Text size="sm" c="red.8" role="alert">{errors.shares}</Text> : null}
          <Group><Button variant="default" size="xs" onClick={() => setPartners((x) => [...x, EMPTY])} disabled={partners.length >= 20}>{t('rpPages.cooperation.addPartner')}</Button></Group>
        </Stack>
        <SavedNotice>{notice}</SavedNotice>
        <Group><Button type="submit" loading={add.isPending}>{t('rpPages.cooperation.submit')}</Button></Group>
      </Stack>
    </form>
  );
}

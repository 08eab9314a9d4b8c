import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { IB_SERVICES, UNIT_OF_SERVICE, type IbService } from '@socrehab/domain/programmes/individual-budget/catalogue';
import { findMunicipalitiesValidOn } from '@socrehab/domain/reference/municipalities';
import { useMe } from '../../../shared/auth/session';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { FormError, SavedNotice } from '../../../shared/ui/FormFeedback';
import { ibKeys, saveCatalogueEntry, type IbCatalogueEntry } from '../individual-budget.api';
import { parseEuroCents, parseNumber, todayIso } from '../ib-format';

/** A stored number as a person types it in the UI language (`12,5` in Latvian). */
const typed = (n: number, language: string) => (language === 'en' ? String(n) : String(n).replace('.', ','));

/**
 * IB-3, IB-5 a manager keeps a municipality's catalogue entry: the unit price, the provider, the distance to
 * the nearest one and a shortage. A municipal social service's manager keeps only its own municipality's.
 */
export function CatalogueForm({ items, onSaved }: { items: readonly IbCatalogueEntry[]; onSaved: (municipalityAtvk: string) => void }) {
  const { t, i18n } = useTranslation();
  const me = useMe().user;
  const own = me.organisation.kind === 'municipal_social_service' ? me.organisation.municipalityAtvk ?? '' : '';
  const [municipalityAtvk, setMunicipalityAtvk] = useState(own);
  const [service, setService] = useState('');
  const municipalities = findMunicipalitiesValidOn(todayIso());
  const entry = items.find((e) => e.municipalityAtvk === municipalityAtvk && e.service === service) ?? null;
  const choose = { value: '', label: t('ibPages.catalogue.edit.choose') };
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="catalogue-form-title">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id="catalogue-form-title">{t('ibPages.catalogue.edit.title')}</Title>
          <Text size="sm" c="dimmed">{t('ibPages.catalogue.edit.intro')}</Text>
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect label={t('ibPages.catalogue.municipality')} required value={municipalityAtvk} disabled={own !== ''}
            onChange={(e) => setMunicipalityAtvk(e.currentTarget.value)}
            data={[choose, ...municipalities.map((m) => ({ value: m.atvk, label: i18n.language === 'en' ? m.nameEn : m.nameLv }))]} />
          <NativeSelect label={t('ibPages.common.service')} required value={service} onChange={(e) => setService(e.currentTarget.value)}
            data={[choose, ...IB_SERVICES.map((s) => ({ value: s, label: t(`ib.enums.service.${s}`) }))]} />
        </SimpleGrid>
        {municipalityAtvk && service ? (
          <EntryFields key={`${municipalityAtvk}-${service}`} municipalityAtvk={municipalityAtvk} service={service as IbService} entry={entry} onSaved={onSaved} />
        ) : null}
      </Stack>
    </Paper>
  );
}

function EntryFields({ municipalityAtvk, service, entry, onSaved }: { municipalityAtvk: string; service: IbService; entry: IbCatalogueEntry | null; onSaved: (atvk: string) => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [price, setPrice] = useState(entry ? typed(entry.unitPriceCents / 100, i18n.language) : '');
  const [provider, setProvider] = useState(entry?.providerName ?? '');
  const [distance, setDistance] = useState(entry ? typed(entry.nearestKm, i18n.language) : '');
  const [shortage, setShortage] = useState(entry?.shortage ?? false);
  const [note, setNote] = useState(entry?.note ?? '');
  const [saved, setSaved] = useState(false);
  const mutation = useMutation({
    mutationFn: () => saveCatalogueEntry({
      municipalityAtvk, service, unitPriceCents: parseEuroCents(price), providerName: provider.trim() || null,
      nearestKm: distance.trim() === '' ? Number.NaN : parseNumber(distance), shortage, note: note.trim() || null,
    }),
    onMutate: () => setSaved(false),
    onSuccess: async () => { setSaved(true); await queryClient.invalidateQueries({ queryKey: ibKeys.all }); onSaved(municipalityAtvk); },
  });
  const errors = fieldErrorsOf(mutation.error, t);
  const submit = (event: FormEvent) => { event.preventDefault(); mutation.mutate(); };
  return (
    <form onSubmit={submit} noValidate aria-label={t('ibPages.catalogue.edit.submit')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('ibPages.catalogue.edit.price')} required inputMode="decimal" value={price} onChange={(e) => setPrice(e.currentTarget.value)} error={errors.unitPriceCents}
            rightSection={<Text size="xs" c="dimmed">/ {t(`ib.enums.unit.${UNIT_OF_SERVICE[service]}`)}</Text>} rightSectionWidth={64} />
          <TextInput label={t('ibPages.catalogue.edit.distance')} required inputMode="decimal" value={distance} onChange={(e) => setDistance(e.currentTarget.value)} error={errors.nearestKm} />
          <TextInput label={t('ibPages.catalogue.edit.provider')} value={provider} onChange={(e) => setProvider(e.currentTarget.value)} error={errors.providerName} maxLength={200} />
          <TextInput label={t('ibPages.catalogue.edit.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} maxLength={500} />
        </SimpleGrid>
        <Checkbox label={t('ibPages.catalogue.edit.shortage')} checked={shortage} onChange={(e) => setShortage(e.currentTarget.checked)} />
        <FormError message={mutation.error ? messageOf(mutation.error, t) : null} hasFields={Object.keys(errors).length > 0} />
        {saved ? <SavedNotice>{t('ibPages.catalogue.edit.saved')}</SavedNotice> : null}
        <Group justify="flex-end"><Button type="submit" loading={mutation.isPending}>{t('ibPages.catalogue.edit.submit')}</Button></Group>
      </Stack>
    </form>
  );
}

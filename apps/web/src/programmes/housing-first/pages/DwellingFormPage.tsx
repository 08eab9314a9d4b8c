import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AMENITIES, DWELLING_SOURCES, DWELLING_STATUSES, dwellingFieldsSchema, type DwellingFields } from '@socrehab/domain';
import { findMunicipalitiesValidOn } from '@socrehab/domain/reference/municipalities';
import { useMe } from '../../../shared/auth/session';
import { ApiError } from '../../../shared/api/client';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { TableScroll } from '../../../shared/ui/TableScroll';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { createDwelling, getDwellings, hfKeys, updateDwelling, type Dwelling } from '../housing-first.api';
import { parseNumber, schemaErrors, todayIso, useMunicipalityName } from '../hf-format';
import { BackLink, FormError, SavedNotice } from '../components/HfUi';
import { ALERT_INK } from '../../../shared/ui/alert-ink';

interface Draft {
  municipalityAtvk: string; address: string; source: string; landlord: string; rooms: string; floor: string; hasLift: boolean; accessible: boolean;
  petsAllowed: boolean; amenities: Record<string, boolean>; rentEuros: string; utilitiesEuros: string; notes: string; status: string;
}
const num = (n: number) => String(n).replace('.', ',');
const toDraft = (d: Dwelling): Draft => ({
  municipalityAtvk: d.municipalityAtvk, address: d.address, source: d.source, landlord: d.landlord, rooms: String(d.rooms), floor: String(d.floor),
  hasLift: d.hasLift, accessible: d.accessible, petsAllowed: d.petsAllowed, amenities: { ...d.amenities }, rentEuros: num(d.rentEuros),
  utilitiesEuros: num(d.utilitiesEuros), notes: d.notes ?? '', status: d.status,
});
const toFields = (d: Draft): DwellingFields => ({
  municipalityAtvk: d.municipalityAtvk, address: d.address, source: d.source as DwellingFields['source'], landlord: d.landlord,
  rooms: parseNumber(d.rooms) as number, floor: parseNumber(d.floor) as number, hasLift: d.hasLift, accessible: d.accessible, petsAllowed: d.petsAllowed,
  amenities: Object.fromEntries(AMENITIES.map((a) => [a, !!d.amenities[a]])) as DwellingFields['amenities'],
  rentEuros: parseNumber(d.rentEuros) as number, utilitiesEuros: parseNumber(d.utilitiesEuros) as number, notes: d.notes || null,
});
/** The 409 answer carries the stored row (cents); the form shows euros. */
const fromStored = (row: Record<string, unknown>): Dwelling => ({ ...(row as unknown as Dwelling), rentEuros: Number(row.rentCents) / 100, utilitiesEuros: Number(row.utilitiesCents) / 100 });

/** Add a dwelling, or edit one with its status; a concurrent edit shows both versions (like persons). */
export function DwellingFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const list = useQuery({ queryKey: hfKeys.dwellings(''), queryFn: () => getDwellings(), enabled: !!id });
  usePageTitle(id ? t('hf.dwellings.edit') : t('hf.dwellingForm.newTitle'));
  if (!id) return <DwellingForm />;
  return (
    <QueryState query={list}>
      {(data) => {
        const found = data.items.find((d) => d.id === id && d.canEdit);
        return found ? <DwellingForm key={found.id} dwelling={found} /> : <Alert color="red" role="alert" title={t('hf.dwellingForm.notFound')} styles={ALERT_INK.red} />;
      }}
    </QueryState>
  );
}

function DwellingForm({ dwelling }: { dwelling?: Dwelling }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const municipalityName = useMunicipalityName();
  const [base, setBase] = useState<Dwelling | undefined>(dwelling);
  const [draft, setDraft] = useState<Draft>(() => dwelling ? toDraft(dwelling) : {
    municipalityAtvk: me.user.organisation.municipalityAtvk ?? '0001000', address: '', source: 'municipal_fund', landlord: '', rooms: '1', floor: '1',
    hasLift: false, accessible: false, petsAllowed: true, amenities: { water: true, heating: true, electricity: true, hotWater: true, furniture: false },
    rentEuros: '', utilitiesEuros: '', notes: '', status: 'available',
  });
  const [conflict, setConflict] = useState<Dwelling | null>(null);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => { setDraft((d) => ({ ...d, [key]: value })); setSaved(null); };

  const mutation = useMutation({
    mutationFn: () => (base ? updateDwelling(base.id, { version: base.version, status: draft.status, dwelling: toFields(draft) }) : createDwelling(toFields(draft))),
    onSuccess: (res) => {
      void queryClient.invalidateQueries({ queryKey: hfKeys.all });
      if (!base) navigate('/hf/dwellings', { state: { notice: t('hf.dwellingForm.created') } });
      else { setBase(res.dwelling); setSaved(t('hf.dwellingForm.saved')); }
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'dwellings.version_conflict') {
        const current = (error.details as { current?: Record<string, unknown> } | undefined)?.current;
        if (current) setConflict(fromStored(current));
      }
    },
  });
  const errors: Record<string, string> = { ...Object.fromEntries(Object.entries(clientErrors).map(([k, v]) => [k, t(v)])), ...fieldErrorsOf(mutation.error, t, 'dwelling.') };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = schemaErrors(dwellingFieldsSchema, toFields(draft));
    setClientErrors(found);
    if (!Object.keys(found).length) mutation.mutate();
  };
  const reload = () => {
    if (!conflict) return;
    setBase(conflict);
    setDraft(toDraft(conflict));
    setConflict(null);
    mutation.reset();
  };
  const municipalities = findMunicipalitiesValidOn(todayIso());

  return (
    <>
      <PageHeader above={<BackLink to="/hf/dwellings">{t('hf.common.backToDwellings')}</BackLink>} title={base ? t('hf.dwellingForm.editTitle', { address: base.address }) : t('hf.dwellingForm.newTitle')} />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg" maw={860}>
          <SavedNotice>{saved}</SavedNotice>
          <Paper p={{ base: 'sm', sm: 'lg' }}>
            <Title order={2} mb="sm">{t('hf.dwellingForm.location')}</Title>
            <Stack gap="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NativeSelect label={t('hf.dwellingForm.municipality')} withAsterisk value={draft.municipalityAtvk} onChange={(e) => set('municipalityAtvk', e.currentTarget.value)} error={errors.municipalityAtvk}
                  data={municipalities.map((m) => ({ value: m.atvk, label: i18n.language === 'en' ? m.nameEn : m.nameLv }))} />
                <NativeSelect label={t('hf.dwellingForm.source')} withAsterisk value={draft.source} onChange={(e) => set('source', e.currentTarget.value)} error={errors.source}
                  data={DWELLING_SOURCES.map((s) => ({ value: s, label: t(`housing.enums.dwellingSource.${s}`) }))} />
              </SimpleGrid>
              <TextInput label={t('hf.dwellingForm.address')} description={t('hf.dwellingForm.addressHint')} withAsterisk value={draft.address} onChange={(e) => set('address', e.currentTarget.value)} error={errors.address} />
              <TextInput label={t('hf.dwellingForm.landlord')} withAsterisk value={draft.landlord} onChange={(e) => set('landlord', e.currentTarget.value)} error={errors.landlord} />
            </Stack>
          </Paper>
          <Paper p={{ base: 'sm', sm: 'lg' }}>
            <Title order={2} mb="sm">{t('hf.dwellingForm.layout')}</Title>
            <Stack gap="md">
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <TextInput label={t('hf.dwellingForm.rooms')} withAsterisk inputMode="numeric" value={draft.rooms} onChange={(e) => set('rooms', e.currentTarget.value)} error={errors.rooms} />
                <TextInput label={t('hf.dwellingForm.floor')} description={t('hf.dwellingForm.floorHint')} withAsterisk inputMode="numeric" value={draft.floor} onChange={(e) => set('floor', e.currentTarget.value)} error={errors.floor} />
              </SimpleGrid>
              <Group gap="xl">
                <Checkbox label={t('hf.dwellingForm.hasLift')} checked={draft.hasLift} onChange={(e) => set('hasLift', e.currentTarget.checked)} />
                <Checkbox label={t('hf.dwellingForm.accessible')} checked={draft.accessible} onChange={(e) => set('accessible', e.currentTarget.checked)} />
                <Checkbox label={t('hf.dwellingForm.petsAllowed')} checked={draft.petsAllowed} onChange={(e) => set('petsAllowed', e.currentTarget.checked)} />
              </Group>
              <Checkbox.Group label={t('hf.dwellingForm.amenities')} value={AMENITIES.filter((a) => draft.amenities[a])} onChange={(v) => set('amenities', Object.fromEntries(AMENITIES.map((a) => [a, v.includes(a)])))}>
                <Group gap="lg" mt={6}>{AMENITIES.map((a) => <Checkbox key={a} value={a} label={t(`housing.enums.amenity.${a}`)} />)}</Group>
              </Checkbox.Group>
            </Stack>
          </Paper>
          <Paper p={{ base: 'sm', sm: 'lg' }}>
            <Title order={2} mb="sm">{t('hf.dwellingForm.costs')}</Title>
            <Stack gap="md">
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <TextInput label={t('hf.dwellingForm.rentEuros')} withAsterisk inputMode="decimal" value={draft.rentEuros} onChange={(e) => set('rentEuros', e.currentTarget.value)} error={errors.rentEuros} />
                <TextInput label={t('hf.dwellingForm.utilitiesEuros')} withAsterisk inputMode="decimal" value={draft.utilitiesEuros} onChange={(e) => set('utilitiesEuros', e.currentTarget.value)} error={errors.utilitiesEuros} />
              </SimpleGrid>
              <Textarea label={t('hf.dwellingForm.notes')} autosize minRows={2} value={draft.notes} onChange={(e) => set('notes', e.currentTarget.value)} error={errors.notes} />
              {base ? (
                <NativeSelect label={t('hf.dwellingForm.status')} description={t('hf.dwellingForm.statusHint')} value={draft.status} onChange={(e) => set('status', e.currentTarget.value)} error={errors.status}
                  data={DWELLING_STATUSES.map((s) => ({ value: s, label: t(`housing.enums.dwellingStatus.${s}`) }))} maw={320} />
              ) : null}
            </Stack>
          </Paper>
          {conflict ? <DwellingConflict yours={draft} current={conflict} onReload={reload} municipalityName={municipalityName} /> : null}
          {!conflict ? <FormError message={mutation.error ? messageOf(mutation.error, t) : Object.keys(clientErrors).length ? t('hf.common.fixErrors') : null} hasFields={!!mutation.error && Object.keys(errors).length > 0} /> : null}
          <Group justify="flex-end">
            <Button variant="default" component={Link} to="/hf/dwellings">{t('hf.common.cancel')}</Button>
            <Button type="submit" loading={mutation.isPending} disabled={!!conflict}>{base ? t('hf.common.save') : t('hf.dwellingForm.create')}</Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}

function DwellingConflict({ yours, current, onReload, municipalityName }: { yours: Draft; current: Dwelling; onReload: () => void; municipalityName: (a: string) => string }) {
  const { t } = useTranslation();
  const theirs = toDraft(current);
  const show = (key: keyof Draft, d: Draft): string => {
    const v = d[key];
    if (key === 'municipalityAtvk') return municipalityName(String(v));
    if (key === 'status') return t(`housing.enums.dwellingStatus.${String(v)}`);
    if (key === 'source') return t(`housing.enums.dwellingSource.${String(v)}`);
    if (key === 'amenities') return AMENITIES.filter((a) => (v as Record<string, boolean>)[a]).map((a) => t(`housing.enums.amenity.${a}`)).join(', ');
    if (typeof v === 'boolean') return v ? t('hf.common.yes') : t('hf.common.no');
    return String(v);
  };
  const label = (key: keyof Draft) => t(`hf.dwellingForm.${key === 'municipalityAtvk' ? 'municipality' : key}`);
  const keys = (Object.keys(theirs) as Array<keyof Draft>).filter((k) => show(k, yours) !== show(k, theirs));
  return (
    <Alert color="orange" variant="light" styles={ALERT_INK.orange} role="alert" title={t('hf.dwellingForm.conflictTitle')}>
      <Text size="sm" mb="sm">{t('hf.dwellingForm.conflictText')}</Text>
      {keys.length ? (
        <TableScroll label={t('hf.dwellingForm.conflictTitle')} minWidth={420}>
          <Table withTableBorder bg="white" fz="sm" aria-label={t('hf.dwellingForm.conflictTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('hf.dwellingForm.conflictField')}</Table.Th>
                <Table.Th scope="col">{t('hf.dwellingForm.conflictYours')}</Table.Th>
                <Table.Th scope="col">{t('hf.dwellingForm.conflictCurrent')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {keys.map((k) => (
                <Table.Tr key={k}>
                  <Table.Th scope="row" fw={500}>{label(k)}</Table.Th>
                  <Table.Td className="wrap-anywhere">{show(k, yours)}</Table.Td>
                  <Table.Td className="wrap-anywhere" fw={600}>{show(k, theirs)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
      <Button mt="md" onClick={onReload}>{t('hf.dwellingForm.conflictReload')}</Button>
    </Alert>
  );
}

import { useState } from 'react';
import { Accordion, Anchor, Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LAW_SERVICE_TYPES, SERVICE_SETTINGS, TARGET_GROUPS, type LawServiceType, type ServiceSetting, type TargetGroup } from '@socrehab/domain/programmes/regional-planning/index';
import { ApiError } from '../../../shared/api/client';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { parseDisplayDate } from '../../../shared/dates';
import { DateField } from '../../../shared/ui/DateField';
import { FormError } from '../../../shared/ui/FormFeedback';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { Section } from '../../../shared/ui/Section';
import { Tag } from '../../../shared/ui/Tag';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { getCatalogue, publishCatalogue, rpKeys, type RpCatalogue, type RpCatalogueServiceInput } from '../regional-planning.api';
import { useRpFormat } from '../rp-format';

/** A service as edited: its content, whether it is retired, and a key for the form (a new service has no code yet). */
type Draft = RpCatalogueServiceInput & { key: string; retired: boolean };

/** RP-1 the region's planner publishes the catalogue's next version: edits services' descriptions and classification, adds or retires services, from a later day. */
export function RpCatalogueVersionPage() {
  const { t } = useTranslation();
  usePageTitle(t('rpPages.catalogueVersion.title'));
  const catalogue = useQuery({ queryKey: rpKeys.catalogue, queryFn: ({ signal }) => getCatalogue(signal) });
  return (
    <Stack gap="lg">
      <PageHeader title={t('rpPages.catalogueVersion.title')} description={t('rpPages.catalogueVersion.intro')}
        above={<Anchor component={Link} to="/rp/catalogue" size="sm">{t('rpPages.catalogueVersion.back')}</Anchor>} />
      <QueryState query={catalogue}>{(c) => <VersionForm catalogue={c} />}</QueryState>
    </Stack>
  );
}

function VersionForm({ catalogue }: { catalogue: RpCatalogue }) {
  const { t } = useTranslation();
  const f = useRpFormat();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [drafts, setDrafts] = useState<Draft[]>(() => catalogue.latest.services.map((x) => ({ ...x, key: x.code, retired: false })));
  const [open, setOpen] = useState<string[]>([]);
  const [validFrom, setValidFrom] = useState('');
  const [note, setNote] = useState('');
  const kept = drafts.filter((d) => !d.retired);
  const publish = useMutation({
    mutationFn: () => publishCatalogue({
      basedOnVersion: catalogue.latest.version, validFrom: parseDisplayDate(validFrom) ?? validFrom, note: note.trim() || null,
      services: kept.map(({ key: _k, retired: _r, ...x }) => x),
    }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: rpKeys.all });
      await navigate('/rp/catalogue');
    },
    onError: (error) => {
      // open the services the server refused a field of
      if (error instanceof ApiError) setOpen((o) => [...new Set([...o, ...Object.keys(error.fields).flatMap((k) => (/^services\.\d+\./.test(k) ? [kept[Number(k.split('.')[1])]!.key] : []))])]);
    },
  });
  const errors = fieldErrorsOf(publish.error, t);
  const errorOf = (d: Draft, field: string) => errors[`services.${kept.indexOf(d)}.${field}`];
  const change = (key: string, patch: Partial<Draft>) => setDrafts((all) => all.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  const original = (d: Draft) => catalogue.latest.services.find((x) => x.code === d.code);
  const same = (a: RpCatalogueServiceInput, b: RpCatalogueServiceInput) => a.names.lv === b.names.lv && a.names.en === b.names.en && a.description.lv === b.description.lv
    && a.description.en === b.description.en && a.lawType === b.lawType && a.setting === b.setting && [...a.targetGroups].sort().join() === [...b.targetGroups].sort().join();
  const status = (d: Draft) => (d.retired ? 'retired' : d.code === null ? 'new' : !same(original(d)!, d) ? 'changed' : null);
  const add = () => {
    const key = `new-${drafts.length}`;
    setDrafts((all) => [...all, { key, code: null, names: { lv: '', en: '' }, description: { lv: '', en: '' }, lawType: 'social_care', setting: 'at_home', targetGroups: [], retired: false }]);
    setOpen((o) => [...o, key]);
  };
  const TONE = { new: 'success', changed: 'brand', retired: 'warning' } as const;
  return (
    <form aria-label={t('rpPages.catalogueVersion.title')} noValidate onSubmit={(e) => { e.preventDefault(); publish.mutate(); }}>
      <Stack gap="lg">
        <Section id="rp-version" title={t('rpPages.catalogueVersion.versionTitle', { version: catalogue.latest.version + 1 })}
          intro={t('rpPages.catalogueVersion.basedOn', { version: catalogue.latest.version, from: f.date(catalogue.latest.validFrom) })}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField label={t('rpPages.catalogueVersion.validFrom')} value={validFrom} onChange={setValidFrom} error={errors.validFrom} required />
            <Textarea label={t('rpPages.catalogueVersion.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} autosize minRows={1} />
          </SimpleGrid>
        </Section>
        <Section id="rp-version-services" title={t('rpPages.catalogueVersion.servicesTitle')} intro={t('rpPages.catalogueVersion.servicesIntro')}>
          {errors.services ? <Text c="red.8" size="sm" fw={600}>{errors.services}</Text> : null}
          <Accordion multiple value={open} onChange={setOpen} variant="separated" order={3}>
            {drafts.map((d) => {
              const s = status(d);
              const label = d.names[f.language] || t('rpPages.catalogueVersion.newService');
              return (
                <Accordion.Item key={d.key} value={d.key}>
                  <Accordion.Control>
                    <Group gap="xs" wrap="wrap">
                      <Text fw={600} component="span" td={d.retired ? 'line-through' : undefined}>{label}</Text>
                      {s ? <Tag tone={TONE[s]}>{t(`rpPages.catalogueVersion.status.${s}`)}</Tag> : null}
                    </Group>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <Stack gap="sm">
                      <SimpleGrid cols={{ base: 1, sm: 2 }}>
                        <TextInput label={t('rpPages.catalogueVersion.nameLv')} value={d.names.lv} disabled={d.retired} required error={errorOf(d, 'names.lv')}
                          onChange={(e) => change(d.key, { names: { ...d.names, lv: e.currentTarget.value } })} />
                        <TextInput label={t('rpPages.catalogueVersion.nameEn')} value={d.names.en} disabled={d.retired} required error={errorOf(d, 'names.en')}
                          onChange={(e) => change(d.key, { names: { ...d.names, en: e.currentTarget.value } })} />
                        <Textarea label={t('rpPages.catalogueVersion.descriptionLv')} value={d.description.lv} disabled={d.retired} required autosize minRows={2} error={errorOf(d, 'description.lv')}
                          onChange={(e) => change(d.key, { description: { ...d.description, lv: e.currentTarget.value } })} />
                        <Textarea label={t('rpPages.catalogueVersion.descriptionEn')} value={d.description.en} disabled={d.retired} required autosize minRows={2} error={errorOf(d, 'description.en')}
                          onChange={(e) => change(d.key, { description: { ...d.description, en: e.currentTarget.value } })} />
                        <NativeSelect label={t('rpPages.catalogue.lawType')} value={d.lawType} disabled={d.retired} error={errorOf(d, 'lawType')}
                          onChange={(e) => change(d.key, { lawType: e.currentTarget.value as LawServiceType })} data={LAW_SERVICE_TYPES.map((x) => ({ value: x, label: t(`rp.enums.lawType.${x}`) }))} />
                        <NativeSelect label={t('rpPages.catalogue.setting')} value={d.setting} disabled={d.retired} error={errorOf(d, 'setting')}
                          onChange={(e) => change(d.key, { setting: e.currentTarget.value as ServiceSetting })} data={SERVICE_SETTINGS.map((x) => ({ value: x, label: t(`rp.enums.setting.${x}`) }))} />
                      </SimpleGrid>
                      <Checkbox.Group label={t('rpPages.catalogue.targetGroups')} value={[...d.targetGroups]} onChange={(v) => change(d.key, { targetGroups: v as TargetGroup[] })} error={errorOf(d, 'targetGroups')}>
                        <Stack gap={4} mt={4}>{TARGET_GROUPS.map((g) => <Checkbox key={g} value={g} label={t(`rp.enums.targetGroup.${g}`)} disabled={d.retired} />)}</Stack>
                      </Checkbox.Group>
                      {d.code === null
                        ? <Group><Button variant="default" size="xs" onClick={() => setDrafts((all) => all.filter((x) => x.key !== d.key))}>{t('rpPages.catalogueVersion.drop')}</Button></Group>
                        : <Checkbox label={t('rpPages.catalogueVersion.retire')} checked={d.retired} onChange={(e) => change(d.key, { retired: e.currentTarget.checked })} />}
                    </Stack>
                  </Accordion.Panel>
                </Accordion.Item>
              );
            })}
          </Accordion>
          <Group><Button variant="default" onClick={add}>{t('rpPages.catalogueVersion.add')}</Button></Group>
        </Section>
        <FormError message={publish.error ? messageOf(publish.error, t) : null} hasFields={publish.error instanceof ApiError && Object.keys(publish.error.fields).length > 0} />
        <Group>
          <Button type="submit" loading={publish.isPending}>{t('rpPages.catalogueVersion.submit', { version: catalogue.latest.version + 1 })}</Button>
          <Text size="sm" c="dimmed">{t('rpPages.catalogueVersion.summary', { kept: kept.length, retired: drafts.filter((d) => d.retired).length })}</Text>
        </Group>
      </Stack>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { Badge, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LIFE_DOMAINS, type LifeDomain } from '@socrehab/domain/programmes/housing-first/index';
import { toDisplayDate } from '../../../../shared/dates';
import { QueryState } from '../../../../shared/ui/QueryState';
import { Tag } from '../../../../shared/ui/Tag';
import { dateOrNull, textOrNull, todayIso } from '../../../../modules/service/service-format';
import { addWorkLogEntry, getWorkLog, serviceKeys, workLogPdf, type ServiceCase, type WorkLogEntryBody, type WorkLogFilter, type WorkLogItem } from '../service.api';
import { DateField, FormError, PdfLink, Saved, Section } from '../../../../modules/service/components/ServiceUi';
import { LifeDomainsField } from './LifeDomainsField';
import { useRecord } from './useRecord';

const ENTRY_FIELDS = ['goals', 'topics', 'done', 'results', 'conclusions', 'interProfessionalNotes'] as const;

/** HF-3.4.5 the one work log of the client: every worker's visits, contacts and entries. */
export function WorkLog({ data }: { data: ServiceCase }) {
  const { t } = useTranslation();
  const caseId = data.case.id;
  const [draft, setDraft] = useState({ workerId: '', domain: '', from: '', to: '' });
  const [filter, setFilter] = useState<WorkLogFilter>({});
  const log = useQuery({ queryKey: serviceKeys.workLog(caseId, filter), queryFn: ({ signal }) => getWorkLog(caseId, filter, signal), retry: false });
  const workers = [...new Map(data.team.map((m) => [m.userId, m.displayName])).entries()];
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter({ workerId: draft.workerId || undefined, domain: draft.domain || undefined, from: dateOrNull(draft.from) ?? undefined, to: dateOrNull(draft.to) ?? undefined });
  };
  const clear = () => { setDraft({ workerId: '', domain: '', from: '', to: '' }); setFilter({}); };

  return (
    <Stack gap="lg">
      {data.abilities.record ? <EntryForm caseId={caseId} /> : null}
      <Section id="log" title={t('service.log.title')} intro={t('service.log.intro')}>
        <form onSubmit={apply} aria-label={t('service.log.filters')} noValidate>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            <NativeSelect label={t('service.log.worker')} value={draft.workerId} onChange={(e) => setDraft({ ...draft, workerId: e.currentTarget.value })}
              data={[{ value: '', label: t('service.log.all') }, ...workers.map(([id, name]) => ({ value: id, label: name }))]} />
            <NativeSelect label={t('service.log.domain')} value={draft.domain} onChange={(e) => setDraft({ ...draft, domain: e.currentTarget.value })}
              data={[{ value: '', label: t('service.log.all') }, ...LIFE_DOMAINS.map((d) => ({ value: d, label: t(`housing.enums.lifeDomain.${d}`) }))]} />
            <DateField label={t('service.log.from')} value={draft.from} onChange={(v) => setDraft({ ...draft, from: v })} />
            <DateField label={t('service.log.to')} value={draft.to} onChange={(v) => setDraft({ ...draft, to: v })} />
          </SimpleGrid>
          <Group justify="space-between" mt="sm" gap="sm">
            <PdfLink href={workLogPdf(caseId, filter)} name={t('service.log.pdf')} />
            <Group gap="xs">
              <Button variant="subtle" onClick={clear}>{t('service.log.clear')}</Button>
              <Button type="submit" variant="light">{t('service.log.apply')}</Button>
            </Group>
          </Group>
        </form>
        <QueryState query={log}>
            {({ items }) => items.length === 0 ? <Text c="dimmed" role="status">{t('service.log.empty')}</Text> : (
              <Stack gap="xs" component="ol" aria-label={t('service.log.itemsLabel')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {items.map((item, i) => <LogItem key={item.id ?? i} item={item} />)}
              </Stack>
            )}
        </QueryState>
      </Section>
    </Stack>
  );
}

function LogItem({ item }: { item: WorkLogItem }) {
  const { t } = useTranslation();
  const lines: Array<[string, string]> = [];
  const add = (label: string, value: unknown) => { if (typeof value === 'string' && value.trim()) lines.push([label, value]); };
  if (item.kind === 'visit') {
    add(t('service.visit.place'), item.place);
    add(t('service.visit.dwellingCondition'), item.dwellingCondition);
    add(t('service.visit.technicalFaults'), item.technicalFaults);
    const state = (item.personState ?? {}) as Record<string, unknown>;
    for (const [k, v] of Object.entries(state)) if (k !== 'needsMedicalHelp') add(t(`service.visit.state.${k}`), v);
  } else if (item.kind === 'contact') {
    add(t('service.contact.notes'), item.notes);
    add(t('service.log.justification'), item.justification);
  } else {
    for (const f of ENTRY_FIELDS) add(t(`service.log.fields.${f}`), item[f]);
  }
  const hours = Number(item.hours) || 0;
  const what = item.kind === 'visit' ? t(`service.visit.outcomes.${item.outcome}`) : item.kind === 'contact' ? `${t(`service.contact.kinds.${item.contactKind}`)} · ${t(`service.contact.modes.${item.mode}`)}` : null;
  return (
    <Paper component="li" p="sm" withBorder radius="md">
      <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
        <Group gap="xs" wrap="wrap">
          <Text fw={700} size="sm">{toDisplayDate(item.on)}</Text>
          <Tag tone={item.kind === 'visit' ? 'brand' : item.kind === 'contact' ? 'teal' : 'purple'}>{t(`service.log.kinds.${item.kind}`)}</Tag>
          {what ? <Text size="sm" fw={500}>{what}</Text> : null}
          {hours > 0 ? <Text size="sm" c="dimmed">{t('service.common.hours', { hours })}</Text> : null}
        </Group>
        <Text size="sm" c="dimmed">{item.workerNames.join(', ')}</Text>
      </Group>
      {lines.length ? (
        <Stack gap={2} mt={6}>
          {lines.map(([label, value]) => <Text key={label} size="sm" className="wrap-anywhere"><Text span fw={600} size="sm">{label}:</Text> {value}</Text>)}
        </Stack>
      ) : null}
      {item.lifeDomains.length ? (
        <Group gap={4} mt={6}>
          {item.lifeDomains.map((d) => <Badge key={d} variant="outline" color="gray.7" size="sm" tt="none">{t(`housing.enums.lifeDomain.${d}`)}</Badge>)}
        </Group>
      ) : null}
    </Paper>
  );
}

function EntryForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const empty = () => ({ on: toDisplayDate(todayIso()), goals: '', topics: '', done: '', results: '', conclusions: '', interProfessionalNotes: '' });
  const [values, setValues] = useState(empty);
  const [domains, setDomains] = useState<LifeDomain[]>([]);
  const record = useRecord(caseId, (body: WorkLogEntryBody) => addWorkLogEntry(caseId, body), () => { setValues(empty()); setDomains([]); return t('service.log.saved'); });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.save({
      on: dateOrNull(values.on) ?? '', goals: textOrNull(values.goals), topics: textOrNull(values.topics), done: values.done.trim(), results: textOrNull(values.results),
      conclusions: textOrNull(values.conclusions), interProfessionalNotes: textOrNull(values.interProfessionalNotes), lifeDomains: domains,
    });
  };
  const e = record.errors;
  return (
    <Section id="log-entry" title={t('service.log.addTitle')}>
      <form onSubmit={submit} noValidate aria-labelledby="log-entry-title">
        <Stack gap="sm">
          <DateField label={t('service.log.on')} required value={values.on} onChange={(v) => setValues({ ...values, on: v })} error={e.on} w={{ base: '100%', xs: 220 }} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {ENTRY_FIELDS.map((f) => (
              <Textarea key={f} label={t(`service.log.fields.${f}`)} required={f === 'done'} autosize minRows={f === 'done' ? 2 : 1}
                value={values[f]} onChange={(ev) => { const v = ev.currentTarget.value; setValues((s) => ({ ...s, [f]: v })); }} error={e[f]} />
            ))}
          </SimpleGrid>
          <LifeDomainsField label={t('service.log.fields.lifeDomains')} value={domains} onChange={setDomains} error={e.lifeDomains} />
          <FormError message={record.message} hasFields={Object.keys(e).length > 0} />
          <Saved>{record.saved}</Saved>
          <Group justify="flex-end"><Button type="submit" loading={record.pending}>{t('service.log.submit')}</Button></Group>
        </Stack>
      </form>
    </Section>
  );
}

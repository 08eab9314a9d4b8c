import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { IB_SERVICES, type IbService } from '@socrehab/domain/programmes/individual-budget/catalogue';
import { INTERRUPTION_REASONS } from '@socrehab/domain/programmes/individual-budget/api.schemas';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { Section } from '../../../shared/ui/Section';
import { DateField } from '../../../shared/ui/DateField';
import { ListTable } from '../../../shared/ui/ListTable';
import { FormError } from '../../../shared/ui/FormFeedback';
import { Tag } from '../../../shared/ui/Tag';
import { ibKeys, recordInterruption, reportDifficulty, resumeInterruption, type IbCaseDetail, type IbInterruption, type InterruptionReason } from '../individual-budget.api';
import { todayIso, useIbFormat } from '../ib-format';

function ResumeForm({ caseId, interruption }: { caseId: string; interruption: IbInterruption }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [on, setOn] = useState(toDisplayDate(todayIso()));
  const mutation = useMutation({
    mutationFn: () => resumeInterruption(caseId, interruption.id, parseDisplayDate(on) ?? on),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ibKeys.all }),
  });
  const errors = fieldErrorsOf(mutation.error, t);
  return (
    <form onSubmit={(e) => { e.preventDefault(); mutation.mutate(); }} noValidate>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <DateField label={t('ibPages.interruptions.resumeOn')} size="xs" w={130} value={on} onChange={setOn} error={errors.to ?? (mutation.error && !errors.to ? messageOf(mutation.error, t) : undefined)} />
        <Button type="submit" size="xs" variant="default" loading={mutation.isPending}>{t('ibPages.interruptions.resumeSubmit')}</Button>
      </Group>
    </form>
  );
}

/** IB-5 the case's service interruptions (from, to, reason) with the resumption, and a form for a new one. */
export function InterruptionsSection({ detail }: { detail: IbCaseDetail }) {
  const { t } = useTranslation();
  const f = useIbFormat();
  return (
    <Section id="interruptions" title={t('ibPages.interruptions.title')} intro={t('ibPages.interruptions.intro')}>
      {detail.interruptions.length === 0 ? <Text size="sm" c="dimmed">{t('ibPages.interruptions.none')}</Text> : (
        <ListTable label={t('ibPages.interruptions.table')} minWidth={640}
          columns={[t('ibPages.common.service'), t('ibPages.interruptions.from'), t('ibPages.interruptions.to'), t('ibPages.interruptions.reason')]}>
          {detail.interruptions.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>{f.service(i.service)}</Table.Td>
              <Table.Td className="nowrap">{toDisplayDate(i.from)}</Table.Td>
              <Table.Td>{i.to ? toDisplayDate(i.to) : detail.abilities.record ? <Stack gap={4}><Tag tone="warning">{t('ibPages.interruptions.ongoing')}</Tag><ResumeForm caseId={detail.caseId} interruption={i} /></Stack> : <Tag tone="warning">{t('ibPages.interruptions.ongoing')}</Tag>}</Table.Td>
              <Table.Td fz="sm">{t(`ib.enums.interruptionReason.${i.reason}`)}{i.note ? ` — ${i.note}` : ''}</Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      )}
      {detail.abilities.record ? <InterruptionForm caseId={detail.caseId} services={detail.planVersions[0]?.lines.map((l) => l.service) ?? [...IB_SERVICES]} /> : null}
    </Section>
  );
}

function InterruptionForm({ caseId, services }: { caseId: string; services: IbService[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [service, setService] = useState<string>(services[0] ?? '');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const mutation = useMutation({
    mutationFn: () => recordInterruption(caseId, { service: service as IbService, from: parseDisplayDate(from) ?? from, to: to.trim() ? parseDisplayDate(to) ?? to : null, reason: reason as InterruptionReason, note: note.trim() || null }),
    onSuccess: () => { setFrom(''); setTo(''); setNote(''); void queryClient.invalidateQueries({ queryKey: ibKeys.all }); },
  });
  const errors = fieldErrorsOf(mutation.error, t);
  const submit = (event: FormEvent) => { event.preventDefault(); mutation.mutate(); };
  return (
    <Paper withBorder p="sm">
      <form onSubmit={submit} noValidate aria-labelledby="interruption-form-title">
        <Stack gap="sm">
          <Title order={3} size="h4" id="interruption-form-title">{t('ibPages.interruptions.formTitle')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect label={t('ibPages.common.service')} value={service} onChange={(e) => setService(e.currentTarget.value)} error={errors.service}
              data={services.map((s) => ({ value: s, label: t(`ib.enums.service.${s}`) }))} />
            <NativeSelect label={t('ibPages.interruptions.reason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason}
              data={[{ value: '', label: t('ibPages.openCase.choose') }, ...INTERRUPTION_REASONS.map((r) => ({ value: r, label: t(`ib.enums.interruptionReason.${r}`) }))]} />
            <DateField label={t('ibPages.interruptions.from')} required value={from} onChange={setFrom} error={errors.from} />
            <DateField label={t('ibPages.interruptions.to')} value={to} onChange={setTo} error={errors.to} />
          </SimpleGrid>
          <TextInput label={t('ibPages.interruptions.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} maxLength={1000} />
          <FormError message={mutation.error ? messageOf(mutation.error, t) : null} hasFields={Object.keys(errors).length > 0} />
          <Group justify="flex-end"><Button type="submit" loading={mutation.isPending}>{t('ibPages.interruptions.submit')}</Button></Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** IB-4 the difficulties the family reported, and a form to record one. */
export function DifficultiesSection({ detail }: { detail: IbCaseDetail }) {
  const { t } = useTranslation();
  const f = useIbFormat();
  const queryClient = useQueryClient();
  const [reportedOn, setReportedOn] = useState(toDisplayDate(todayIso()));
  const [service, setService] = useState('');
  const [description, setDescription] = useState('');
  const mutation = useMutation({
    mutationFn: () => reportDifficulty(detail.caseId, { reportedOn: parseDisplayDate(reportedOn) ?? reportedOn, service: (service || null) as IbService | null, description }),
    onSuccess: () => { setDescription(''); void queryClient.invalidateQueries({ queryKey: ibKeys.all }); },
  });
  const errors = fieldErrorsOf(mutation.error, t);
  const planned = detail.planVersions[0]?.lines.map((l) => l.service) ?? [];
  return (
    <Section id="difficulties" title={t('ibPages.difficulties.title')}>
      {detail.difficulties.length === 0 ? <Text size="sm" c="dimmed">{t('ibPages.difficulties.none')}</Text> : (
        <Stack gap={6}>
          {detail.difficulties.map((d) => (
            <Text size="sm" key={d.id}><Text span fw={600}>{toDisplayDate(d.reportedOn)}</Text>{d.service ? ` · ${f.service(d.service)}` : ''} — {d.description}</Text>
          ))}
        </Stack>
      )}
      {detail.abilities.record ? (
        <form onSubmit={(e) => { e.preventDefault(); mutation.mutate(); }} noValidate aria-labelledby="difficulty-form-title">
          <Stack gap="sm">
            <Title order={3} size="h4" id="difficulty-form-title">{t('ibPages.difficulties.formTitle')}</Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <DateField label={t('ibPages.difficulties.reportedOn')} required value={reportedOn} onChange={setReportedOn} error={errors.reportedOn} />
              <NativeSelect label={t('ibPages.common.service')} value={service} onChange={(e) => setService(e.currentTarget.value)} error={errors.service}
                data={[{ value: '', label: t('ibPages.difficulties.any') }, ...planned.map((s) => ({ value: s, label: t(`ib.enums.service.${s}`) }))]} />
            </SimpleGrid>
            <Textarea label={t('ibPages.difficulties.description')} required autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={errors.description} maxLength={2000} />
            <FormError message={mutation.error ? messageOf(mutation.error, t) : null} hasFields={Object.keys(errors).length > 0} />
            <Group justify="flex-end"><Button type="submit" loading={mutation.isPending}>{t('ibPages.difficulties.submit')}</Button></Group>
          </Stack>
        </form>
      ) : null}
    </Section>
  );
}

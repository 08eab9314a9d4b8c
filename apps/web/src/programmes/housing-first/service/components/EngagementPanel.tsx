import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, List, NumberInput, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toDisplayDate } from '../../../../shared/dates';
import { QueryState } from '../../../../shared/ui/QueryState';
import { ALERT_INK } from '../../../../shared/ui/alert-ink';
import { dateOrNull, todayIso } from '../../../../modules/service/service-format';
import { DateField, FormError, Saved, Section } from '../../../../modules/service/components/ServiceUi';
import { cancelEngagementRecord, engagementKeys, extendEngagement, getEngagement, suspendEngagement, type EngagementState } from '../engagement.api';
import { Fact } from './SummaryTile';
import { useRecord } from './useRecord';

/**
 * HF-2.2 the engagement on the service page: the contract's day, the agreed end with the days left, the
 * minimum participation, every extension and suspension (cancelled ones struck through), and the forms
 * to add them — for those who may record on the case.
 */
export function EngagementPanel({ caseId, canRecord }: { caseId: string; canRecord: boolean }) {
  const { t } = useTranslation();
  const state = useQuery({ queryKey: engagementKeys.of(caseId), queryFn: ({ signal }) => getEngagement(caseId, signal) });
  return (
    <Section id="engagement" title={t('hf.engagement.title')} intro={t('hf.engagement.intro')}>
      <QueryState query={state}>
        {(data) => (
          <Stack gap="md">
            <EngagementFacts data={data} />
            <EngagementHistory caseId={caseId} data={data} canRecord={canRecord} />
            {canRecord && data.engagement ? (
              <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
                <ExtensionForm caseId={caseId} agreedEndOn={data.engagement.agreedEndOn} />
                <SuspensionForm caseId={caseId} agreedEndOn={data.engagement.agreedEndOn} />
              </SimpleGrid>
            ) : null}
          </Stack>
        )}
      </QueryState>
    </Section>
  );
}

function EngagementFacts({ data }: { data: EngagementState }) {
  const { t } = useTranslation();
  const e = data.engagement;
  if (!e) return <Text size="sm" c="dimmed">{t('hf.engagement.noContract')}</Text>;
  return (
    <Stack gap="sm">
      {e.endApproaching ? (
        <Alert color="orange" styles={ALERT_INK.orange} title={e.daysLeft < 0 ? t('hf.engagement.endPassed', { date: toDisplayDate(e.agreedEndOn) }) : t('hf.engagement.endApproaching', { date: toDisplayDate(e.agreedEndOn) })} />
      ) : null}
      {e.suspendedOn ? <Alert color="blue" styles={ALERT_INK.blue} title={t('hf.engagement.suspendedNow')} /> : null}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <Fact label={t('hf.engagement.contract')}>{toDisplayDate(e.startsOn)}</Fact>
        <Fact label={t('hf.engagement.agreedEnd')}>
          {toDisplayDate(e.agreedEndOn)}
          <Text size="sm" c="dimmed">{e.daysLeft === 0 ? t('hf.engagement.lastDay') : e.daysLeft > 0 ? t('hf.engagement.daysLeft', { count: e.daysLeft }) : t('hf.engagement.daysPast', { count: -e.daysLeft })}</Text>
        </Fact>
        <Fact label={t('hf.engagement.minimum', { months: data.settings.minimumParticipationMonths })}>
          {toDisplayDate(e.minimumParticipationOn)}
          <Text size="sm" c="dimmed">{e.minimumReached ? t('hf.engagement.minimumReached') : t('hf.engagement.minimumNotReached')}</Text>
        </Fact>
        <Fact label={t('hf.engagement.planned', { months: data.settings.engagementMonths })}>
          {toDisplayDate(e.plannedEndOn)}
          {e.suspendedDays ? <Text size="sm" c="dimmed">{t('hf.engagement.suspendedDays', { count: e.suspendedDays })}</Text> : null}
        </Fact>
      </SimpleGrid>
    </Stack>
  );
}

/** Extensions and suspensions in the order of their days; a cancelled one kept, struck through, with why. */
function EngagementHistory({ caseId, data, canRecord }: { caseId: string; data: EngagementState; canRecord: boolean }) {
  const { t } = useTranslation();
  const rows = [
    ...data.extensions.map((x) => ({
      kind: 'extensions' as const, id: x.id, on: x.decidedOn, reason: x.reason, cancelledAt: x.cancelledAt, cancelReason: x.cancelReason,
      text: x.months ? t('hf.engagement.extendedByMonths', { date: toDisplayDate(x.decidedOn), count: x.months }) : t('hf.engagement.extendedTo', { date: toDisplayDate(x.decidedOn), end: toDisplayDate(x.newEndOn) }),
    })),
    ...data.suspensions.map((s) => ({
      kind: 'suspensions' as const, id: s.id, on: s.fromOn, reason: s.reason, cancelledAt: s.cancelledAt, cancelReason: s.cancelReason,
      text: t('hf.engagement.suspendedFromTo', { from: toDisplayDate(s.fromOn), to: toDisplayDate(s.toOn) }),
    })),
  ].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  if (rows.length === 0) return <Text size="sm" c="dimmed">{t('hf.engagement.noChanges')}</Text>;
  return (
    <div>
      <Text size="sm" fw={700} id="engagement-history">{t('hf.engagement.historyTitle')}</Text>
      <List size="sm" spacing={6} aria-labelledby="engagement-history">
        {rows.map((r) => (
          <List.Item key={r.id}>
            <Text size="sm" component="span" td={r.cancelledAt ? 'line-through' : undefined}>{r.text}</Text>
            <Text size="sm" component="span"> — {r.reason}</Text>
            {r.cancelledAt
              ? <Text size="sm" c="dimmed">{t('hf.engagement.cancelled', { date: toDisplayDate(r.cancelledAt.slice(0, 10)), reason: r.cancelReason })}</Text>
              : canRecord ? <CancelForm caseId={caseId} kind={r.kind} recordId={r.id} label={r.text} /> : null}
          </List.Item>
        ))}
      </List>
    </div>
  );
}

/** Refreshes the engagement after a write (the worklist and the summary are refreshed by `useRecord`). */
function useEngagementWrite<TBody>(caseId: string, call: (body: TBody) => Promise<unknown>, savedText: () => string) {
  const queryClient = useQueryClient();
  // refreshed after a refusal too: another's save meanwhile (409) shows the end as it now stands
  return useRecord(caseId, async (body: TBody) => {
    try {
      return await call(body);
    } finally {
      await queryClient.invalidateQueries({ queryKey: engagementKeys.of(caseId) });
    }
  }, savedText);
}

function CancelForm({ caseId, kind, recordId, label }: { caseId: string; kind: 'extensions' | 'suspensions'; recordId: string; label: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const record = useEngagementWrite(caseId, (body: { reason: string }) => cancelEngagementRecord(caseId, kind, recordId, body.reason), () => t('hf.engagement.cancelSaved'));
  if (!open) return <Button variant="subtle" size="compact-sm" onClick={() => setOpen(true)} aria-label={t('hf.engagement.cancelOf', { what: label })}>{t('hf.engagement.cancel')}</Button>;
  const submit = (event: FormEvent) => { event.preventDefault(); record.save({ reason: reason.trim() }); };
  return (
    <form onSubmit={submit} noValidate aria-label={t('hf.engagement.cancelOf', { what: label })}>
      <Stack gap={6} mt={4}>
        <Textarea label={t('hf.engagement.cancelReason')} required autosize minRows={1} value={reason} onChange={(ev) => setReason(ev.currentTarget.value)} error={record.errors.reason} />
        <FormError message={record.message} hasFields={Object.keys(record.errors).length > 0} />
        <Group gap="xs"><Button type="submit" size="compact-sm" variant="light" color="red" loading={record.pending}>{t('hf.engagement.cancelSubmit')}</Button></Group>
      </Stack>
    </form>
  );
}

function ExtensionForm({ caseId, agreedEndOn }: { caseId: string; agreedEndOn: string }) {
  const { t } = useTranslation();
  const [on, setOn] = useState(toDisplayDate(todayIso()));
  const [months, setMonths] = useState<string | number>('');
  const [newEnd, setNewEnd] = useState('');
  const [reason, setReason] = useState('');
  const record = useEngagementWrite(caseId, (body: Parameters<typeof extendEngagement>[1]) => extendEngagement(caseId, body), () => {
    setMonths(''); setNewEnd(''); setReason('');
    return t('hf.engagement.extensionSaved');
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.save({
      decidedOn: dateOrNull(on) ?? '', months: typeof months === 'number' ? months : null, newEndOn: newEnd.trim() ? (dateOrNull(newEnd) ?? newEnd) : null,
      reason: reason.trim(), expectedEndOn: agreedEndOn,
    });
  };
  const e = record.errors;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="engagement-extension-title">
      <Stack gap="sm">
        <Text fw={700} id="engagement-extension-title">{t('hf.engagement.extensionTitle')}</Text>
        <Text size="sm" c="dimmed">{t('hf.engagement.extensionIntro')}</Text>
        <DateField label={t('hf.engagement.decidedOn')} required value={on} onChange={setOn} error={e.decidedOn} w={{ base: '100%', xs: 220 }} />
        <Group grow align="flex-start" wrap="wrap">
          <NumberInput label={t('hf.engagement.months')} min={1} max={24} step={1} allowDecimal={false} allowNegative={false} clampBehavior="none" value={months} onChange={setMonths} error={e.months} miw={160} />
          <DateField label={t('hf.engagement.newEnd')} value={newEnd} onChange={setNewEnd} error={e.newEndOn} miw={160} />
        </Group>
        <Textarea label={t('hf.engagement.reason')} required autosize minRows={2} value={reason} onChange={(ev) => setReason(ev.currentTarget.value)} error={e.reason} />
        <FormError message={record.message} hasFields={Object.keys(e).length > 0} />
        <Saved>{record.saved}</Saved>
        <Group justify="flex-end"><Button type="submit" variant="light" loading={record.pending}>{t('hf.engagement.extensionSubmit')}</Button></Group>
      </Stack>
    </form>
  );
}

function SuspensionForm({ caseId, agreedEndOn }: { caseId: string; agreedEndOn: string }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(toDisplayDate(todayIso()));
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const record = useEngagementWrite(caseId, (body: Parameters<typeof suspendEngagement>[1]) => suspendEngagement(caseId, body), () => {
    setTo(''); setReason('');
    return t('hf.engagement.suspensionSaved');
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.save({ fromOn: dateOrNull(from) ?? '', toOn: dateOrNull(to) ?? '', reason: reason.trim(), expectedEndOn: agreedEndOn });
  };
  const e = record.errors;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="engagement-suspension-title">
      <Stack gap="sm">
        <Text fw={700} id="engagement-suspension-title">{t('hf.engagement.suspensionTitle')}</Text>
        <Text size="sm" c="dimmed">{t('hf.engagement.suspensionIntro')}</Text>
        <Group grow align="flex-start" wrap="wrap">
          <DateField label={t('hf.engagement.from')} required value={from} onChange={setFrom} error={e.fromOn} miw={160} />
          <DateField label={t('hf.engagement.to')} required value={to} onChange={setTo} error={e.toOn} miw={160} />
        </Group>
        <Textarea label={t('hf.engagement.reason')} required autosize minRows={2} value={reason} onChange={(ev) => setReason(ev.currentTarget.value)} error={e.reason} />
        <FormError message={record.message} hasFields={Object.keys(e).length > 0} />
        <Saved>{record.saved}</Saved>
        <Group justify="flex-end"><Button type="submit" variant="light" loading={record.pending}>{t('hf.engagement.suspensionSubmit')}</Button></Group>
      </Stack>
    </form>
  );
}

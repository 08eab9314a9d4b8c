import { useState, type FormEvent } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toDisplayDate } from '../../../../shared/dates';
import { QueryState } from '../../../../shared/ui/QueryState';
import { dateOrNull, todayIso, validDate } from '../../../../modules/service/service-format';
import { DateField, FormError, PdfLink, Saved, Section } from '../../../../modules/service/components/ServiceUi';
import { correctProtocol, getProtocols, planReportPdf, protocolKeys, protocolPdf, recordProtocol, type ProtocolBody, type ProtocolItem } from '../protocols.api';
import type { ServiceCase } from '../service.api';
import { PlanReportView } from './PlanReportView';
import { useRecord } from './useRecord';

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
interface ActionRow { what: string; who: string; byDate: string }
const EMPTY_ACTION: ActionRow = { what: '', who: '', byDate: '' };

/**
 * HF-3.4.6 the case's inter-institutional cooperation protocols: each with its versions (a correction
 * is a new version with its reason) and its print; the team records and corrects them.
 */
export function ProtocolsSection({ caseId, canRecord }: { caseId: string; canRecord: boolean }) {
  const { t } = useTranslation();
  const protocols = useQuery({ queryKey: protocolKeys.list(caseId), queryFn: ({ signal }) => getProtocols(caseId, signal) });
  const [editing, setEditing] = useState<ProtocolItem | null>(null);
  return (
    <Section id="protocols" title={t('hf.protocols.title')} intro={t('hf.protocols.intro')}>
      <QueryState query={protocols}>
        {(data) => data.items.length === 0 ? <Text size="sm" c="dimmed">{t('hf.protocols.none')}</Text> : (
          <Stack gap="sm">
            {data.items.map((item) => (
              <Paper key={item.protocolId} withBorder p="sm" radius="sm">
                <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                  <Stack gap={2} miw={0} style={{ flex: '1 1 16rem' }}>
                    <Text fw={600} size="sm">{toDisplayDate(item.current.heldOn)} · {item.current.topic}</Text>
                    <Text size="sm">{t('hf.protocols.institutions')}: {item.current.institutions.join('; ')}</Text>
                    <Text size="sm" c="dimmed">{t('hf.protocols.participants')}: {item.current.participants.join('; ')}</Text>
                    {item.current.actions.length > 0 ? (
                      <Text size="sm">{t('hf.protocols.actions')}: {item.current.actions.map((a) => `${a.what} — ${a.who}${a.byDate ? ` (${toDisplayDate(a.byDate)})` : ''}`).join('; ')}</Text>
                    ) : null}
                  </Stack>
                  <Badge variant="light" color="gray">{t('hf.protocols.version', { version: item.current.version })}</Badge>
                </Group>
                <Group gap="md" mt="xs" wrap="wrap">
                  <PdfLink href={protocolPdf(caseId, item.protocolId)} name={t('hf.protocols.print', { date: toDisplayDate(item.current.heldOn) })} />
                  {item.history.map((v) => <PdfLink key={v.id} href={protocolPdf(caseId, item.protocolId, v.version)} name={t('hf.protocols.printVersion', { version: v.version })} />)}
                  {canRecord ? <Button size="compact-sm" variant="subtle" onClick={() => setEditing(item)} aria-label={t('hf.protocols.correctLabel', { date: toDisplayDate(item.current.heldOn) })}>{t('hf.protocols.correct')}</Button> : null}
                </Group>
                {item.current.correctionReason ? <Text size="xs" c="dimmed" mt={4}>{t('hf.protocols.correctedBecause', { reason: item.current.correctionReason })}</Text> : null}
              </Paper>
            ))}
          </Stack>
        )}
      </QueryState>
      {canRecord ? <ProtocolForm key={editing?.current.id ?? 'new'} caseId={caseId} editing={editing} onDone={() => setEditing(null)} /> : null}
    </Section>
  );
}

function ProtocolForm({ caseId, editing, onDone }: { caseId: string; editing: ProtocolItem | null; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const start = editing?.current;
  const [heldOn, setHeldOn] = useState(toDisplayDate(start?.heldOn ?? todayIso()));
  const [institutions, setInstitutions] = useState(start?.institutions.join('\n') ?? '');
  const [participants, setParticipants] = useState(start?.participants.join('\n') ?? '');
  const [topic, setTopic] = useState(start?.topic ?? '');
  const [agreed, setAgreed] = useState(start?.agreed ?? '');
  const [actions, setActions] = useState<ActionRow[]>(start?.actions.map((a) => ({ what: a.what, who: a.who, byDate: toDisplayDate(a.byDate) })) ?? []);
  const [reason, setReason] = useState('');
  const record = useRecord(caseId, (body: ProtocolBody & { correctionReason?: string }) => (
    editing ? correctProtocol(caseId, editing.protocolId, { ...body, basedOnVersion: editing.current.version, correctionReason: body.correctionReason ?? '' }) : recordProtocol(caseId, body)
  ), () => {
    void queryClient.invalidateQueries({ queryKey: protocolKeys.list(caseId) });
    if (!editing) { setInstitutions(''); setParticipants(''); setTopic(''); setAgreed(''); setActions([]); }
    onDone();
    return editing ? t('hf.protocols.corrected') : t('hf.protocols.saved');
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.save({
      heldOn: dateOrNull(heldOn) ?? '', institutions: lines(institutions), participants: lines(participants), topic: topic.trim(), agreed: agreed.trim(),
      actions: actions.filter((a) => a.what.trim() || a.who.trim()).map((a) => ({ what: a.what.trim(), who: a.who.trim(), byDate: a.byDate.trim() ? dateOrNull(a.byDate) ?? a.byDate : null })),
      ...(editing ? { correctionReason: reason.trim() } : {}),
    });
  };
  const setAction = (i: number, patch: Partial<ActionRow>) => setActions((old) => old.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const e = record.errors;
  const title = editing ? t('hf.protocols.correctTitle', { date: toDisplayDate(editing.current.heldOn) }) : t('hf.protocols.newTitle');
  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="sm">
        <Text fw={600} size="sm">{title}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={t('hf.protocols.heldOn')} required value={heldOn} onChange={setHeldOn} error={e.heldOn} />
          <TextInput label={t('hf.protocols.topic')} required value={topic} onChange={(ev) => setTopic(ev.currentTarget.value)} error={e.topic} />
          <Textarea label={t('hf.protocols.institutions')} description={t('hf.protocols.onePerLine')} required autosize minRows={2} value={institutions} onChange={(ev) => setInstitutions(ev.currentTarget.value)} error={e.institutions ?? e['institutions.0']} />
          <Textarea label={t('hf.protocols.participants')} description={t('hf.protocols.onePerLine')} required autosize minRows={2} value={participants} onChange={(ev) => setParticipants(ev.currentTarget.value)} error={e.participants ?? e['participants.0']} />
        </SimpleGrid>
        <Textarea label={t('hf.protocols.agreed')} required autosize minRows={3} value={agreed} onChange={(ev) => setAgreed(ev.currentTarget.value)} error={e.agreed} />
        <Stack gap={6} role="group" aria-label={t('hf.protocols.actions')}>
          <Text size="sm" fw={500}>{t('hf.protocols.actions')}</Text>
          {e.actions ? <Text size="sm" c="red.8" role="alert">{e.actions}</Text> : null}
          {actions.map((a, i) => (
            <Group key={i} align="flex-end" gap="xs" wrap="wrap">
              <TextInput label={t('hf.protocols.what')} value={a.what} onChange={(ev) => setAction(i, { what: ev.currentTarget.value })} error={e[`actions.${i}.what`]} style={{ flex: '2 1 12rem' }} />
              <TextInput label={t('hf.protocols.who')} value={a.who} onChange={(ev) => setAction(i, { who: ev.currentTarget.value })} error={e[`actions.${i}.who`]} style={{ flex: '1 1 9rem' }} />
              <DateField label={t('hf.protocols.byDate')} value={a.byDate} onChange={(v) => setAction(i, { byDate: v })} error={e[`actions.${i}.byDate`]} w={{ base: '100%', xs: 140 }} />
              <ActionIcon variant="subtle" color="gray" size="lg" mb={4} onClick={() => setActions((old) => old.filter((_, j) => j !== i))} aria-label={t('hf.protocols.removeAction', { n: i + 1 })}>
                <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6 6 18" /></svg>
              </ActionIcon>
            </Group>
          ))}
          <Group><Button size="compact-sm" variant="subtle" onClick={() => setActions((old) => [...old, { ...EMPTY_ACTION }])}>{t('hf.protocols.addAction')}</Button></Group>
        </Stack>
        {editing ? <Textarea label={t('hf.protocols.correctionReason')} required autosize minRows={2} value={reason} onChange={(ev) => setReason(ev.currentTarget.value)} error={e.correctionReason} /> : null}
        <FormError message={record.message} hasFields={Object.keys(e).length > 0} />
        <Saved>{record.saved}</Saved>
        <Group justify="flex-end">
          {editing ? <Button variant="default" onClick={onDone}>{t('hf.protocols.cancel')}</Button> : null}
          <Button type="submit" variant="light" loading={record.pending}>{editing ? t('hf.protocols.saveCorrection') : t('hf.protocols.submit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** HF-3.4.6 the report on the plan's implementation over a period, printed from the plan, its reviews and the work done. */
export function PlanReportSection({ data }: { data: ServiceCase }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(toDisplayDate(data.case.openedOn));
  const [to, setTo] = useState(toDisplayDate(data.case.closedOn ?? todayIso()));
  const fromIso = validDate(from);
  const toIso = validDate(to);
  const problem = !fromIso || !toIso ? t('hf.planReport.invalidDates') : fromIso > toIso ? t('hf.planReport.reversed') : null;
  // shown on screen once asked for; it follows the period as the dates change
  const [shown, setShown] = useState<{ from: string; to: string } | null>(null);
  return (
    <Section id="plan-report" title={t('hf.planReport.title')} intro={t('hf.planReport.intro')}>
      <SimpleGrid cols={{ base: 1, xs: 2 }} maw={480}>
        <DateField label={t('hf.planReport.from')} value={from} onChange={setFrom} />
        <DateField label={t('hf.planReport.to')} value={to} onChange={setTo} />
      </SimpleGrid>
      {problem || !fromIso || !toIso
        ? <Text size="sm" c="red.8" role="status">{problem}</Text>
        : (
          <Stack gap="md">
            <Group gap="sm">
              <Button variant="light" onClick={() => setShown(shown ? null : { from: fromIso, to: toIso })} aria-expanded={!!shown}>
                {shown ? t('hf.planReport.hide') : t('hf.planReport.show')}
              </Button>
              <PdfLink href={planReportPdf(data.case.id, fromIso, toIso)} name={t('hf.planReport.print', { from: toDisplayDate(fromIso), to: toDisplayDate(toIso) })} />
            </Group>
            {shown ? <PlanReportView caseId={data.case.id} from={fromIso} to={toIso} /> : null}
          </Stack>
        )}
    </Section>
  );
}

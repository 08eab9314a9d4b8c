import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, List, NativeSelect, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { checkEndingBeforeMinimum, ENDING_REASONS, EXIT_DESTINATIONS, JOINT_DECISION_ROLES, type EndingReason } from '@socrehab/domain/programmes/housing-first/index';
import { messageOf } from '../../../../shared/api/errors';
import { displayDateTime, toDisplayDate } from '../../../../shared/dates';
import { QueryState } from '../../../../shared/ui/QueryState';
import { Tag } from '../../../../shared/ui/Tag';
import { useConfirm } from '../../../../shared/ui/useConfirm';
import { dateOrNull, textOrNull, todayIso, validDate } from '../../../../modules/service/service-format';
import { confirmEnding, endCase, endingRecordPdf, getEnding, serviceKeys, type EndingBody, type EndingState, type ServiceCase } from '../service.api';
import { DateField, FormError, PdfLink, Saved, Section } from '../../../../modules/service/components/ServiceUi';
import { engagementKeys, getEngagement, type EngagementState } from '../engagement.api';
import { useRecord } from './useRecord';
import { ALERT_INK } from '../../../../shared/ui/alert-ink';

/** HF-3.3 ending the service: the form, or the recorded ending with the joint decision (HF-3.3.2). */
export function EndingPanel({ data }: { data: ServiceCase }) {
  const caseId = data.case.id;
  const ending = useQuery({ queryKey: serviceKeys.ending(caseId), queryFn: ({ signal }) => getEnding(caseId, signal), retry: false });
  return (
    <QueryState query={ending}>
      {(state) => (state.ending ? <JointDecision caseId={caseId} state={state} /> : data.abilities.record && !data.case.closedOn ? <EndingForm caseId={caseId} /> : null)}
    </QueryState>
  );
}

/**
 * HF-2.2 the warning while an ending is being entered: dated before the minimum participation (suspended
 * days not counted) — by the same rule the server answers with, from the case's engagement as recorded.
 */
function BeforeMinimumWarning({ engagement, endsOn }: { engagement: EngagementState | undefined; endsOn: string | null }) {
  const { t } = useTranslation();
  if (!engagement || !endsOn) return null;
  const active = <T extends { cancelledAt: string | null }>(rows: readonly T[]) => rows.filter((r) => r.cancelledAt === null);
  const short = checkEndingBeforeMinimum({ contractSignedOn: engagement.contractSignedOn, extensions: active(engagement.extensions), suspensions: active(engagement.suspensions) }, engagement.settings, endsOn);
  if (!short) return null;
  return (
    <Alert color="orange" styles={ALERT_INK.orange} title={t('hf.engagement.beforeMinimumTitle')} role="status">
      <Text size="sm" style={ALERT_INK.orange.message}>
        {t('hf.engagement.beforeMinimum', { months: engagement.settings.minimumParticipationMonths, date: toDisplayDate(short.minimumParticipationOn), count: short.daysShort })}
      </Text>
      <Text size="sm" style={ALERT_INK.orange.message}>{t('hf.engagement.beforeMinimumNote')}</Text>
    </Alert>
  );
}

function EndingForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const engagement = useQuery({ queryKey: engagementKeys.of(caseId), queryFn: ({ signal }) => getEngagement(caseId, signal) });
  const queryClient = useQueryClient();
  const [confirm, dialog] = useConfirm();
  const [reason, setReason] = useState<EndingReason>('person_wish');
  const [endsOn, setEndsOn] = useState(toDisplayDate(todayIso()));
  const [notice, setNotice] = useState('');
  const [destination, setDestination] = useState<string>('unknown');
  const [note, setNote] = useState('');
  const record = useRecord(caseId, (body: EndingBody) => endCase(caseId, body), () => {
    void queryClient.invalidateQueries({ queryKey: serviceKeys.case(caseId) });
    return t('service.ending.recorded');
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const reasonText = t(`service.ending.reasons.${reason}`);
    const ok = await confirm({
      title: t('service.ending.confirmTitle'),
      text: `${t('service.ending.confirmText', { date: endsOn, reason: reasonText })}${reason === 'violence' ? ` ${t('service.ending.confirmViolenceText')}` : ''}`,
      confirmLabel: reason === 'violence' ? t('service.ending.submitViolence') : t('service.ending.submit'),
      danger: true,
    });
    if (!ok) return;
    record.save({ reason, endsOn: dateOrNull(endsOn) ?? '', noticeGivenOn: dateOrNull(notice), destination, note: textOrNull(note) });
  };
  const e = record.errors;
  return (
    <Section id="ending" title={t('service.ending.title')} intro={t('service.ending.intro')}>
      <form onSubmit={submit} noValidate aria-labelledby="ending-title">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect label={t('service.ending.reason')} value={reason} onChange={(ev) => setReason(ev.currentTarget.value as EndingReason)} error={e.reason}
              data={ENDING_REASONS.map((r) => ({ value: r, label: t(`service.ending.reasons.${r}`) }))} />
            <NativeSelect label={t('service.ending.destination')} value={destination} onChange={(ev) => setDestination(ev.currentTarget.value)} error={e.destination}
              data={EXIT_DESTINATIONS.map((d) => ({ value: d, label: t(`service.ending.destinations.${d}`) }))} />
            <DateField label={t('service.ending.endsOn')} required value={endsOn} onChange={setEndsOn} error={e.endsOn} />
            <DateField label={t('service.ending.noticeGivenOn')} description={t('service.ending.noticeHint')} value={notice} onChange={setNotice} error={e.noticeGivenOn} />
          </SimpleGrid>
          <BeforeMinimumWarning engagement={engagement.data} endsOn={validDate(endsOn)} />
          <Textarea label={t('service.ending.note')} autosize minRows={2} value={note} onChange={(ev) => setNote(ev.currentTarget.value)} error={e.note} />
          <FormError message={record.message} hasFields={Object.keys(e).length > 0} />
          <Saved>{record.saved}</Saved>
          <Group justify="flex-end">
            <Button type="submit" color="red.8" loading={record.pending}>{reason === 'violence' ? t('service.ending.submitViolence') : t('service.ending.submit')}</Button>
          </Group>
        </Stack>
      </form>
      {dialog}
    </Section>
  );
}

function JointDecision({ caseId, state }: { caseId: string; state: EndingState }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirm, dialog] = useConfirm();
  const [done, setDone] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => confirmEnding(caseId),
    onSuccess: () => {
      setDone(t('service.ending.confirmedMine'));
      void queryClient.invalidateQueries({ queryKey: ['service'] });
    },
  });
  const ending = state.ending!;
  const final = state.missingRoles.length === 0 && ending.status !== 'awaiting_confirmations';
  const onConfirm = async () => {
    if (await confirm({ title: t('service.ending.confirmMineTitle'), text: t('service.ending.confirmMineText'), confirmLabel: t('service.ending.confirmButton'), danger: true })) mutation.mutate();
  };
  return (
    <Section id="ending" title={t('service.ending.summaryTitle')}>
      <Group gap="xs">
        <Tag tone={final ? 'success' : 'warning'}>{final ? t('service.ending.final') : t('service.ending.awaiting')}</Tag>
        <PdfLink href={endingRecordPdf(caseId)} name={t('service.ending.record')} />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <Text size="sm"><b>{t('service.ending.reason')}:</b> {t(`service.ending.reasons.${ending.reason}`)}</Text>
        <Text size="sm"><b>{t('service.ending.endsOn')}:</b> {toDisplayDate(ending.endsOn)}</Text>
        <Text size="sm"><b>{t('service.ending.noticeGivenOn')}:</b> {ending.noticeGivenOn ? toDisplayDate(ending.noticeGivenOn) : t('app.notSet')}</Text>
        <Text size="sm"><b>{t('service.ending.destination')}:</b> {t(`service.ending.destinations.${ending.destination}`)}</Text>
      </SimpleGrid>
      {ending.note ? <Text size="sm" className="wrap-anywhere"><b>{t('service.ending.note')}:</b> {ending.note}</Text> : null}
      {state.beforeMinimum ? (
        <Alert color="orange" styles={ALERT_INK.orange} py="xs">
          <Text size="sm" style={ALERT_INK.orange.message}>{t('hf.engagement.beforeMinimumRecorded', { date: toDisplayDate(state.beforeMinimum.minimumParticipationOn), count: state.beforeMinimum.daysShort })}</Text>
        </Alert>
      ) : null}
      {state.shortNotice ? <Alert color="orange" styles={ALERT_INK.orange} py="xs"><Text size="sm" style={ALERT_INK.orange.message}>{t('service.ending.shortNotice')}</Text></Alert> : null}
      {ending.reason === 'violence' ? (
        <Stack gap="xs" component="section" aria-labelledby="joint-title">
          <Text component="h3" fw={650} id="joint-title" m={0}>{t('service.ending.jointTitle')}</Text>
          <List spacing={4} size="sm" listStyleType="none" withPadding={false}>
            {JOINT_DECISION_ROLES.map((role) => {
              const c = state.confirmations.find((x) => x.teamRole === role);
              const role_ = t(`service.ending.roles.${role}`);
              const on = (c as { confirmedOn?: string; confirmedAt?: string } | undefined);
              return (
                <List.Item key={role} icon={<span aria-hidden="true" style={{ color: c ? '#1e6b34' : '#8a3700', fontWeight: 700 }}>{c ? '✓' : '○'}</span>}>
                  {c ? t('service.ending.confirmed', { role: role_, name: c.displayName, date: on?.confirmedAt ? displayDateTime(on.confirmedAt) : toDisplayDate(on?.confirmedOn ?? null) }) : t('service.ending.missing', { role: role_ })}
                </List.Item>
              );
            })}
          </List>
          {state.abilities.confirm ? (
            <Group><Button color="red.8" onClick={() => void onConfirm()} loading={mutation.isPending}>{t('service.ending.confirmButton')}</Button></Group>
          ) : !final ? <Text size="sm" c="dimmed">{t('service.ending.cannotConfirm')}</Text> : null}
          <FormError message={mutation.error ? messageOf(mutation.error, t) : null} hasFields={false} />
          <Saved>{done}</Saved>
        </Stack>
      ) : null}
      {dialog}
    </Section>
  );
}

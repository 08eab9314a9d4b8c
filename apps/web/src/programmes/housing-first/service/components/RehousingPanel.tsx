import { useState, type FormEvent } from 'react';
import { Button, Group, List, NativeSelect, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, messageOf } from '../../../../shared/api/errors';
import { toDisplayDate } from '../../../../shared/dates';
import { QueryState } from '../../../../shared/ui/QueryState';
import { Tag } from '../../../../shared/ui/Tag';
import { OfferComparison, Proposals } from '../../components/Offers';
import { hfKeys } from '../../housing-first.api';
import { dateOrNull, todayIso } from '../../../../modules/service/service-format';
import {
  getRehousing, offerRehousingDwelling, recordIncident, recordRehousingMove, rehousingKey, type Incident, type Rehousing, type RehousingRound,
} from '../rehousing.api';
import { DateField, FormError, Saved, Section } from '../../../../modules/service/components/ServiceUi';

const KINDS = ['dwelling_damage', 'lease_breach', 'other'] as const;

/** HF-3.2.6 the open re-housing round in one line, for the top of the service page. */
export function useRehousing(caseId: string) {
  return useQuery({ queryKey: rehousingKey(caseId), queryFn: ({ signal }) => getRehousing(caseId, signal) });
}

/**
 * HF-3.2.6 incidents and re-housing: damage is recorded (never a reason to end); a lease breach opens
 * a round in which dwellings are proposed by the HF-3.1.5 matching, offered (at most 3), answered by
 * the person, and the move recorded; past rounds are the history of dwelling changes.
 */
export function RehousingPanel({ caseId }: { caseId: string }) {
  const query = useRehousing(caseId);
  return <QueryState query={query}>{(data) => <RehousingView caseId={caseId} data={data} />}</QueryState>;
}

function RehousingView({ caseId, data }: { caseId: string; data: Rehousing }) {
  const { t } = useTranslation();
  const { open } = data;
  return (
    <Stack gap="lg">
      <Section id="rehousing" title={t('hf.rehousing.roundTitle')} intro={t('hf.rehousing.intro')}>
        {open ? <OpenRound caseId={caseId} data={data} round={open} /> : <Text size="sm" c="dimmed">{t('hf.rehousing.noRound')}</Text>}
        {data.history.length ? (
          <>
            <Title order={3} size="h4" mt="sm">{t('hf.rehousing.historyTitle')}</Title>
            <List size="sm" spacing={4}>
              {data.history.map((r) => (
                <List.Item key={r.id}>
                  {t('hf.rehousing.historyItem', { date: toDisplayDate(r.movedOn ?? ''), from: r.fromAddress ?? t('hf.rehousing.unknownAddress'), to: r.toAddress ?? t('hf.rehousing.unknownAddress') })}
                  {r.note ? <Text size="xs" c="dimmed">{r.note}</Text> : null}
                </List.Item>
              ))}
            </List>
          </>
        ) : null}
      </Section>
      <SimpleGrid cols={{ base: 1, lg: data.abilities.recordIncident ? 2 : 1 }} spacing="lg" style={{ alignItems: 'start' }}>
        {data.abilities.recordIncident ? <IncidentForm caseId={caseId} /> : null}
        <Incidents items={data.incidents} />
      </SimpleGrid>
    </Stack>
  );
}

function OpenRound({ caseId, data, round }: { caseId: string; data: Rehousing; round: RehousingRound }) {
  const { t } = useTranslation();
  const max = data.maxDwellingsOffered;
  const chosen = round.offers.find((o) => o.answer === 'chosen');
  return (
    <>
      <Text size="sm">{t('hf.rehousing.roundIntro', { date: toDisplayDate(round.openedOn), max })}</Text>
      {round.fromAddress ? <Text size="sm" fw={600}>{t('hf.rehousing.leaving', { address: round.fromAddress })}</Text> : null}
      <Title order={3} size="h4">{t('hf.rehousing.offersTitle', { count: round.offers.length, max })}</Title>
      <OfferComparison offers={round.offers} canAnswer={data.abilities.rehouse} />
      {chosen && data.abilities.rehouse ? <MoveForm caseId={caseId} address={chosen.dwelling.address} /> : null}
      {!chosen && data.abilities.rehouse ? (
        <>
          <Title order={3} size="h4">{t('hf.rehousing.proposalsTitle')}</Title>
          <Proposals
            source={{ items: data.proposals, offer: (body) => offerRehousingDwelling(caseId, body) }}
            offeredIds={round.offers.map((o) => o.dwellingId)} limitReached={round.offers.length >= max} max={max}
          />
        </>
      ) : null}
    </>
  );
}

/** A write on this panel: refreshes the round (under `hf`) and the service page, and gives translated errors. */
function useWrite<TBody, TResult>(caseId: string, call: (body: TBody) => Promise<TResult>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: call,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: hfKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['service', 'case', caseId] });
    },
  });
  return { mutation, errors: fieldErrorsOf(mutation.error, t), message: mutation.error ? messageOf(mutation.error, t) : null };
}

function MoveForm({ caseId, address }: { caseId: string; address: string }) {
  const { t } = useTranslation();
  const [movedOn, setMovedOn] = useState(toDisplayDate(todayIso()));
  const [note, setNote] = useState('');
  const { mutation, errors, message } = useWrite(caseId, (body: { movedOn: string; note: string | null }) => recordRehousingMove(caseId, body));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({ movedOn: dateOrNull(movedOn) ?? '', note: note.trim() || null });
  };
  return (
    <Section id="rehousing-move" level={3} title={t('hf.rehousing.moveTitle')} intro={t('hf.rehousing.moveIntro', { address })}>
      <form onSubmit={submit} noValidate aria-labelledby="rehousing-move-title">
        <Stack gap="sm">
          <DateField label={t('hf.rehousing.movedOn')} required value={movedOn} onChange={setMovedOn} error={errors.movedOn} w={{ base: '100%', xs: 220 }} />
          <Textarea label={t('hf.rehousing.moveNote')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
          <FormError message={message} hasFields={Object.keys(errors).length > 0} />
          <Group justify="flex-end"><Button type="submit" loading={mutation.isPending}>{t('hf.rehousing.moveSubmit')}</Button></Group>
        </Stack>
      </form>
    </Section>
  );
}

function IncidentForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<(typeof KINDS)[number]>('dwelling_damage');
  const [occurredOn, setOccurredOn] = useState(toDisplayDate(todayIso()));
  const [description, setDescription] = useState('');
  const [actionTaken, setActionTaken] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const { mutation, errors, message } = useWrite(caseId, (body: Parameters<typeof recordIncident>[1]) => recordIncident(caseId, body));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    mutation.mutate({ kind, occurredOn: dateOrNull(occurredOn) ?? '', description: description.trim(), actionTaken: actionTaken.trim() || null }, {
      onSuccess: (result) => {
        setDescription('');
        setActionTaken('');
        setSaved(!result.rehousingRound ? t('hf.rehousing.savedIncident') : result.rehousingRound.openedNow ? t('hf.rehousing.savedBreach') : t('hf.rehousing.savedBreachOpen'));
      },
    });
  };
  return (
    <Section id="incident" title={t('hf.rehousing.incidentTitle')}>
      <form onSubmit={submit} noValidate aria-labelledby="incident-title">
        <Stack gap="sm">
          <NativeSelect
            label={t('hf.rehousing.kind')} required value={kind} onChange={(e) => setKind(e.currentTarget.value as (typeof KINDS)[number])} error={errors.kind}
            data={KINDS.map((k) => ({ value: k, label: t(`housing.rehousing.incidentKind.${k}`) }))}
          />
          <DateField label={t('hf.rehousing.occurredOn')} required value={occurredOn} onChange={setOccurredOn} error={errors.occurredOn} w={{ base: '100%', xs: 220 }} />
          <Textarea label={t('hf.rehousing.description')} required autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={errors.description} />
          <Textarea label={t('hf.rehousing.actionTaken')} autosize minRows={2} value={actionTaken} onChange={(e) => setActionTaken(e.currentTarget.value)} error={errors.actionTaken} />
          <FormError message={message} hasFields={Object.keys(errors).length > 0} />
          <Saved>{saved}</Saved>
          <Group justify="flex-end"><Button type="submit" variant="light" loading={mutation.isPending}>{t('hf.rehousing.submit')}</Button></Group>
        </Stack>
      </form>
    </Section>
  );
}

function Incidents({ items }: { items: Incident[] }) {
  const { t } = useTranslation();
  return (
    <Section id="incidents" title={t('hf.rehousing.incidentsTitle')}>
      {items.length === 0 ? <Text size="sm" c="dimmed">{t('hf.rehousing.noIncidents')}</Text> : (
        <Stack gap="xs">
          {items.map((i) => (
            <div key={i.id}>
              <Group gap="xs">
                <Text size="sm" fw={600}>{toDisplayDate(i.occurredOn)}</Text>
                <Tag tone={i.kind === 'lease_breach' ? 'warning' : 'neutral'}>{t(`housing.rehousing.incidentKind.${i.kind}`)}</Tag>
              </Group>
              <Text size="sm">{i.description}</Text>
              {i.actionTaken ? <Text size="xs" c="dimmed">{i.actionTaken}</Text> : null}
            </div>
          ))}
        </Stack>
      )}
    </Section>
  );
}

import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Paper, Stack, Table, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AMENITIES } from '@socrehab/domain';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { TableScroll } from '../../../shared/ui/TableScroll';
import { ListTable } from '../../../shared/ui/ListTable';
import { Tag, type Tone } from '../../../shared/ui/Tag';
import { answerOffer, getProposals, hfKeys, offerDwelling, type Dwelling, type Offer, type Proposal } from '../housing-first.api';
import { todayIso, useEuro, useMunicipalityName } from '../hf-format';
import { DateField, FormError } from './HfUi';

const ANSWER_TONE: Record<string, Tone> = { pending: 'neutral', chosen: 'success', refused: 'warning' };

/** An offer of the granting round (HF-3.1.5) or of a re-housing round (HF-3.2.6): the table needs neither's owner. */
type ComparedOffer = Omit<Offer, 'applicationId'>;

function useDwellingText() {
  const { t } = useTranslation();
  return {
    floor: (d: Dwelling) => `${t('hf.offers.floorValue', { floor: d.floor })}, ${d.hasLift ? t('hf.offers.lift') : t('hf.offers.noLift')}`,
    amenities: (d: Dwelling) => AMENITIES.filter((a) => d.amenities[a]).map((a) => t(`housing.enums.amenity.${a}`)).join(', ') || t('hf.common.none'),
  };
}

/** HF-3.1.5 the offers side by side — location, floor and lift, rooms, amenities, rent — with the person's answer. */
export function OfferComparison({ offers, canAnswer }: { offers: ComparedOffer[]; canAnswer: boolean }) {
  const { t } = useTranslation();
  const euro = useEuro();
  const municipality = useMunicipalityName();
  const text = useDwellingText();
  const [answering, setAnswering] = useState<{ offer: ComparedOffer; answer: 'chosen' | 'refused' } | null>(null);
  if (offers.length === 0) return <Text c="dimmed">{t('hf.offers.noOffers')}</Text>;
  const chosen = offers.some((o) => o.answer === 'chosen');
  const rows: Array<[string, (o: ComparedOffer) => React.ReactNode]> = [
    [t('hf.offers.address'), (o) => <><Text size="sm" fw={600}>{o.dwelling.address}</Text><Text size="xs" c="dimmed">{municipality(o.dwelling.municipalityAtvk)}</Text></>],
    [t('hf.offers.floor'), (o) => text.floor(o.dwelling)],
    [t('hf.offers.rooms'), (o) => o.dwelling.rooms],
    [t('hf.offers.amenities'), (o) => text.amenities(o.dwelling)],
    [t('hf.offers.accessible'), (o) => (o.dwelling.accessible ? t('hf.common.yes') : t('hf.common.no'))],
    [t('hf.offers.pets'), (o) => (o.dwelling.petsAllowed ? t('hf.common.yes') : t('hf.common.no'))],
    [t('hf.offers.rent'), (o) => <Text size="sm" fw={600} className="nowrap">{euro(o.dwelling.rentEuros)}</Text>],
    [t('hf.offers.utilities'), (o) => <span className="nowrap">{euro(o.dwelling.utilitiesEuros)}</span>],
    [t('hf.offers.landlord'), (o) => o.dwelling.landlord],
    [t('hf.offers.answer'), (o) => (
      <Stack gap={6} align="flex-start">
        <Text size="xs" c="dimmed">{t('hf.offers.offeredOnValue', { date: toDisplayDate(o.offeredOn) })}</Text>
        <Tag tone={ANSWER_TONE[o.answer]}>{o.answeredOn ? t('hf.offers.answeredOnValue', { answer: t(`housing.enums.offerAnswer.${o.answer}`), date: toDisplayDate(o.answeredOn) }) : t(`housing.enums.offerAnswer.${o.answer}`)}</Tag>
        {o.note ? <Text size="xs">{o.note}</Text> : null}
        {canAnswer && o.answer === 'pending' ? (
          <Group gap={6}>
            {!chosen ? <Button size="xs" onClick={() => setAnswering({ offer: o, answer: 'chosen' })} aria-label={t('hf.offers.chooseLabel', { address: o.dwelling.address })}>{t('hf.offers.choose')}</Button> : null}
            <Button size="xs" variant="default" onClick={() => setAnswering({ offer: o, answer: 'refused' })} aria-label={t('hf.offers.refuseLabel', { address: o.dwelling.address })}>{t('hf.offers.refuse')}</Button>
          </Group>
        ) : null}
      </Stack>
    )],
  ];
  return (
    <>
      <Paper p={0} style={{ overflow: 'hidden' }}>
        <TableScroll label={t('hf.offers.comparisonTable')} minWidth={220 + offers.length * 200}>
          <Table aria-label={t('hf.offers.comparisonTable')} withColumnBorders highlightOnHover={false} style={{ tableLayout: 'fixed' }}>
            <Table.Thead bg="gray.0">
              <Table.Tr>
                <Table.Td w={170} />
                {offers.map((o, i) => (
                  <Table.Th scope="col" key={o.id} bg={o.answer === 'chosen' ? 'green.0' : undefined}>{t('hf.offers.offerN', { n: i + 1 })}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(([label, cell]) => (
                <Table.Tr key={label}>
                  <Table.Th scope="row" fw={600} fz="sm" bg="gray.0">{label}</Table.Th>
                  {offers.map((o) => <Table.Td key={o.id} fz="sm" className="wrap-anywhere" bg={o.answer === 'chosen' ? 'green.0' : undefined}>{cell(o)}</Table.Td>)}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Paper>
      {chosen ? <Text size="sm" c="dimmed">{t('hf.offers.chosenNotice')}</Text> : null}
      {answering ? <AnswerModal offer={answering.offer} answer={answering.answer} onClose={() => setAnswering(null)} /> : null}
    </>
  );
}

function AnswerModal({ offer, answer, onClose }: { offer: ComparedOffer; answer: 'chosen' | 'refused'; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [answeredOn, setAnsweredOn] = useState(toDisplayDate(todayIso()));
  const [note, setNote] = useState('');
  const mutation = useMutation({
    mutationFn: () => answerOffer(offer.id, { answer, answeredOn: parseDisplayDate(answeredOn) ?? '', note: note || null }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: hfKeys.all });
      onClose();
    },
  });
  const errors = fieldErrorsOf(mutation.error, t);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  const title = answer === 'chosen' ? t('hf.offers.chooseLabel', { address: offer.dwelling.address }) : t('hf.offers.refuseLabel', { address: offer.dwelling.address });
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('app.close') }} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <DateField label={t('hf.offers.answeredOn')} withAsterisk value={answeredOn} onChange={setAnsweredOn} error={errors.answeredOn} data-autofocus />
          <Textarea label={t('hf.offers.answerNote')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
          <FormError message={mutation.error ? messageOf(mutation.error, t) : null} hasFields={Object.keys(errors).length > 0} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('hf.common.cancel')}</Button>
            <Button type="submit" loading={mutation.isPending}>{answer === 'chosen' ? t('hf.offers.choose') : t('hf.offers.refuse')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * HF-3.1.5 available dwellings that fit the questionnaire, best first, each with why and an "offer"
 * action — an application's, or (with `source`) a re-housing round's proposals and offer call (HF-3.2.6).
 */
export function Proposals({ applicationId = '', source, offeredIds, limitReached, max }: {
  applicationId?: string;
  source?: { items: Proposal[]; offer: (body: { dwellingId: string; offeredOn: string }) => Promise<unknown> };
  offeredIds: string[]; limitReached: boolean; max: number;
}) {
  const { t } = useTranslation();
  const euro = useEuro();
  const text = useDwellingText();
  const queryClient = useQueryClient();
  const fetched = useQuery({ queryKey: hfKeys.proposals(applicationId), queryFn: () => getProposals(applicationId), enabled: !source });
  const proposals = source ? { isPending: false, data: { items: source.items } } : fetched;
  const [offeredOn, setOfferedOn] = useState(toDisplayDate(todayIso()));
  const offer = useMutation({
    mutationFn: (dwellingId: string) => (source ? source.offer : (body: { dwellingId: string; offeredOn: string }) => offerDwelling(applicationId, body))({ dwellingId, offeredOn: parseDisplayDate(offeredOn) ?? '' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: hfKeys.all }),
  });
  const errors = fieldErrorsOf(offer.error, t);
  const items = (proposals.data?.items ?? []).filter((p) => !offeredIds.includes(p.dwelling.id));
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">{t('hf.offers.proposalsIntro')}</Text>
      {limitReached ? <Text size="sm" fw={600}>{t('hf.offers.limitReached', { max })}</Text> : null}
      <DateField label={t('hf.offers.offeredOn')} value={offeredOn} onChange={setOfferedOn} error={errors.offeredOn} maw={220} />
      <div aria-live="polite">
        <FormError message={offer.error ? messageOf(offer.error, t) : null} hasFields={false} />
      </div>
      {proposals.isPending ? null : items.length === 0 ? <Text c="dimmed">{t('hf.offers.noProposals')}</Text> : (
        <ListTable
          label={t('hf.offers.proposalsTable')}
          minWidth={720}
          columns={[
            t('hf.offers.address'),
            t('hf.offers.floor'),
            t('hf.offers.rooms'),
            t('hf.offers.rent'),
            t('hf.offers.why'),
            { label: <span className="visually-hidden">{t('hf.common.actions')}</span>, pos: 'relative' },
          ]}
        >
          {items.map((p) => (
            <Table.Tr key={p.dwelling.id}>
              <Table.Td fw={600} className="wrap-anywhere">{p.dwelling.address}<Text size="xs" c="dimmed">{text.amenities(p.dwelling)}</Text></Table.Td>
              <Table.Td fz="sm">{text.floor(p.dwelling)}</Table.Td>
              <Table.Td fz="sm">{p.dwelling.rooms}</Table.Td>
              <Table.Td fz="sm" className="nowrap">{euro(p.dwelling.rentEuros)}</Table.Td>
              <Table.Td>{p.reasons.map((r) => <Tag key={r} tone="teal">{t(r)}</Tag>)}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="light" onClick={() => offer.mutate(p.dwelling.id)} loading={offer.isPending && offer.variables === p.dwelling.id} aria-label={t('hf.offers.offerLabel', { address: p.dwelling.address })}>
                  {t('hf.offers.offer')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      )}
    </Stack>
  );
}

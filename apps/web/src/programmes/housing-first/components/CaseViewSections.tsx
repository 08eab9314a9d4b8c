import { useRef, useState } from 'react';
import { Anchor, Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AMENITIES } from '@socrehab/domain';
import { MAX_ATTACHMENT_BYTES } from '@socrehab/domain/programmes/housing-first/index';
import { messageOf, fieldErrorsOf } from '../../../shared/api/errors';
import { TableScroll } from '../../../shared/ui/TableScroll';
import { Tag } from '../../../shared/ui/Tag';
import { displayDateTime, toDisplayDate } from '../../../shared/dates';
import { addAttachment, hfKeys, pdf, type CaseDetail } from '../housing-first.api';
import { useEuro, useMunicipalityName } from '../hf-format';
import { Fact, FormError, PdfLink, Section } from './HfUi';

type Props = { data: CaseDetail };

/** HF-3.1.7.5 the initial assessment's summary, with the suggested level and team. */
export function AssessmentSummary({ data }: Props) {
  const { t } = useTranslation();
  const a = data.initialAssessment;
  return (
    <Section id="step-assessment" title={t('hf.case.assessmentTitle')}
      actions={data.abilities.record && !data.moveIn ? <Button size="xs" variant={a ? 'default' : 'filled'} component={Link} to={`/hf/cases/${data.case.id}/initial-assessment`}>{t('hf.case.doAssessment')}</Button> : null}>
      {a ? (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">{t('hf.case.assessmentOf', { date: toDisplayDate(a.assessedOn), name: a.assessedByName })}</Text>
          <Group gap="xs">
            <Tag tone="purple">{t('hf.case.supportLevel', { level: t(`housing.enums.supportNeedLevel.${a.supportNeedLevel}`) })}</Tag>
            <Tag tone="teal">{t('hf.case.suggestedTeam', { team: a.suggestedTeam.map((r) => t(`housing.enums.teamRole.${r}`)).join(' + ') })}</Tag>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {a.data.goalsAndWishes ? <Fact label={t('hf.initialAssessment.goalsAndWishes')}>{a.data.goalsAndWishes}</Fact> : null}
            {a.data.threats ? <Fact label={t('hf.initialAssessment.threats')}>{a.data.threats}</Fact> : null}
            {a.data.urgentMatters ? (
              <Fact label={t('hf.initialAssessment.urgentTitle')}>
                {Object.entries(a.data.urgentMatters).map(([k, v]) => `${t(`housing.enums.urgentMatter.${k}`)}: ${t(`housing.enums.urgentStatus.${v}`)}`).join('; ')}
              </Fact>
            ) : null}
            {a.data.moveInPlan ? <Fact label={t('hf.initialAssessment.moveInPlan')}>{a.data.moveInPlan}</Fact> : null}
          </SimpleGrid>
        </Stack>
      ) : <Text size="sm" c="dimmed">{t('hf.case.assessmentNone')}</Text>}
    </Section>
  );
}

/** HF-3.1.5 the chosen dwelling. */
export function DwellingSummary({ data }: Props) {
  const { t } = useTranslation();
  const euro = useEuro();
  const municipality = useMunicipalityName();
  const d = data.dwelling;
  return (
    <Section id="step-dwelling" title={t('hf.case.dwellingTitle')}
      actions={data.case.applicationId ? <Anchor component={Link} to={`/hf/applications/${data.case.applicationId}#offers`} size="sm">{t('hf.case.toOffers')}</Anchor> : null}>
      {d ? (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Fact label={t('hf.offers.address')}>{d.address}, {municipality(d.municipalityAtvk)}</Fact>
          <Fact label={t('hf.offers.floor')}>{t('hf.offers.floorValue', { floor: d.floor })}, {d.hasLift ? t('hf.offers.lift') : t('hf.offers.noLift')} · {t('hf.offers.rooms')}: {d.rooms}</Fact>
          <Fact label={t('hf.offers.rent')}>{euro(d.rentEuros)} + {euro(d.utilitiesEuros)}</Fact>
          <Fact label={t('hf.offers.amenities')}>{AMENITIES.filter((a) => d.amenities[a]).map((a) => t(`housing.enums.amenity.${a}`)).join(', ')}</Fact>
          <Fact label={t('hf.offers.landlord')}>{d.landlord}</Fact>
          <Fact label={t('hf.common.status')}>{t(`housing.enums.dwellingStatus.${d.status}`)}</Fact>
        </SimpleGrid>
      ) : <Text size="sm" c="dimmed">{t('hf.case.dwellingNone')}</Text>}
    </Section>
  );
}

/** HF-3.1.8–3.1.10 moving in: the agreements, the handover act, the keys, the lease. */
export function MoveInSummary({ data }: Props) {
  const { t } = useTranslation();
  const euro = useEuro();
  const m = data.moveIn;
  return (
    <Section id="step-move-in" title={t('hf.case.moveInTitle')}
      actions={m ? <PdfLink href={pdf.handoverAct(data.case.id)} name={t('hf.case.handoverAct')} /> : data.abilities.record ? <Button size="xs" component={Link} to={`/hf/cases/${data.case.id}/move-in`}>{t('hf.case.doMoveIn')}</Button> : null}>
      {m ? (
        <Stack gap="sm">
          <Text size="sm" fw={600}>{t('hf.case.movedInOn', { date: toDisplayDate(m.movedInOn), name: m.accompaniedBy })}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Fact label={t('hf.case.crisisAgreement')}>{m.crisisAgreement}</Fact>
            <Fact label={t('hf.case.spareKey')}>{m.spareKeyUseAllowed ? t('hf.case.spareKeyYes') : t('hf.case.spareKeyNo')}</Fact>
            <Fact label={t('hf.case.lease')}>{t('hf.case.leaseValue', { landlord: m.lease.landlord, date: toDisplayDate(m.lease.startsOn), rent: euro(m.lease.rentEuros), signedBy: t(`housing.enums.leaseSignedBy.${m.lease.signedBy}`) })}</Fact>
            <Fact label={t('hf.case.coPayment')}>{m.lease.coPaymentEuros === null ? t('hf.case.noCoPayment') : euro(m.lease.coPaymentEuros)}</Fact>
            <Fact label={t('hf.case.equipmentExplained')}>{m.equipmentExplained ? t('hf.common.yes') : t('hf.common.no')}</Fact>
            <Fact label={t('hf.case.nothingMissing')}>{m.nothingEssentialMissing ? t('hf.common.yes') : t('hf.common.no')}</Fact>
          </SimpleGrid>
          <TableScroll label={t('hf.case.handoverTable')} minWidth={400}>
            <Table fz="sm" aria-label={t('hf.case.handoverTable')} withTableBorder>
              <Table.Thead><Table.Tr><Table.Th scope="col">{t('hf.moveIn.item')}</Table.Th><Table.Th scope="col">{t('hf.moveIn.quantity')}</Table.Th><Table.Th scope="col">{t('hf.moveIn.condition')}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>{m.handoverItems.map((i, n) => <Table.Tr key={n}><Table.Td>{i.item}</Table.Td><Table.Td>{i.quantity}</Table.Td><Table.Td>{i.condition}</Table.Td></Table.Tr>)}</Table.Tbody>
            </Table>
          </TableScroll>
          <TableScroll label={t('hf.case.keysTable')} minWidth={400}>
            <Table fz="sm" aria-label={t('hf.case.keysTable')} withTableBorder>
              <Table.Thead><Table.Tr><Table.Th scope="col">{t('hf.moveIn.holder')}</Table.Th><Table.Th scope="col">{t('hf.moveIn.holderName')}</Table.Th><Table.Th scope="col">{t('hf.moveIn.handedOn')}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>{data.keys.map((k) => <Table.Tr key={k.id}><Table.Td>{t(`housing.enums.keyHolder.${k.holder}`)}</Table.Td><Table.Td>{k.holderName}</Table.Td><Table.Td>{toDisplayDate(k.handedOn)}</Table.Td></Table.Tr>)}</Table.Tbody>
            </Table>
          </TableScroll>
        </Stack>
      ) : <Text size="sm" c="dimmed">{t('hf.case.moveInNone')}</Text>}
    </Section>
  );
}

const readBase64 = (file: File) => new Promise<string>((resolve, reject) => {
  const reader = new FileReader();
  reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
  reader.onerror = () => reject(reader.error);
  reader.readAsDataURL(file);
});

/** HF-3.1.9 photos of the dwelling for the handover act, and other files (base64 JSON upload). */
export function AttachmentsSection({ data }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [purpose, setPurpose] = useState<'handover_photo' | 'other'>('handover_photo');
  const [localError, setLocalError] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: async (file: File) => addAttachment(data.case.id, { purpose, fileName: file.name, mediaType: file.type as 'image/png', contentBase64: await readBase64(file) }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: hfKeys.case(data.case.id) }),
  });
  const pick = (file: File | undefined) => {
    setLocalError(null);
    if (!file) return;
    if (!['image/jpeg', 'image/png', 'application/pdf'].includes(file.type)) return setLocalError(t('hf.case.fileType'));
    if (file.size > MAX_ATTACHMENT_BYTES) return setLocalError(t('hf.case.fileTooLarge'));
    upload.mutate(file);
    if (input.current) input.current.value = '';
  };
  const errors = fieldErrorsOf(upload.error, t);
  return (
    <Section id="attachments" title={t('hf.case.photosTitle')}>
      {data.attachments.length ? (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {data.attachments.map((a) => (
            <li key={a.id}>
              <Anchor href={pdf.attachment(data.case.id, a.id)} size="sm" fw={600}>{a.fileName}</Anchor>{' '}
              <Text span size="xs" c="dimmed">{t(`hf.case.purposes.${a.purpose}`)} · {t('hf.case.uploadedAt', { date: displayDateTime(a.uploadedAt) })}</Text>
            </li>
          ))}
        </Stack>
      ) : <Text size="sm" c="dimmed">{t('hf.case.photosNone')}</Text>}
      {data.abilities.record ? (
        <Stack gap="xs">
          <Group align="flex-end" gap="sm">
            <NativeSelect label={t('hf.case.purpose')} value={purpose} onChange={(e) => setPurpose(e.currentTarget.value as 'other')}
              data={(['handover_photo', 'other'] as const).map((p) => ({ value: p, label: t(`hf.case.purposes.${p}`) }))} w={240} />
            <Button variant="light" onClick={() => input.current?.click()} loading={upload.isPending}>{t('hf.case.upload')}</Button>
            <input ref={input} type="file" accept="image/jpeg,image/png,application/pdf" hidden aria-label={t('hf.case.upload')} onChange={(e) => pick(e.currentTarget.files?.[0])} />
          </Group>
          <Text size="xs" c="dimmed">{t('hf.case.uploadHint')}</Text>
          <div aria-live="polite">
            {upload.isSuccess ? <Text size="sm" c="green.9">{t('hf.case.uploaded')}</Text> : null}
            <FormError message={localError ?? (upload.error ? Object.values(errors)[0] ?? messageOf(upload.error, t) : null)} hasFields={false} />
          </div>
        </Stack>
      ) : null}
    </Section>
  );
}

/** Every step from the first contact to moving in: date, who, and the document where there is one. */
export function Timeline({ data }: Props) {
  const { t } = useTranslation();
  const detail = (e: CaseDetail['timeline'][number]) => {
    const d = e.detail;
    if (e.kind === 'decision' && d.decision) return t(`housing.enums.applicationStatus.${String(d.decision)}`);
    if (e.kind === 'eligibility_assessment' && d.outcome) return t(`housing.enums.eligibilityOutcome.${String(d.outcome)}`);
    if (e.kind === 'first_contact' && d.source) return t(`housing.enums.contactSource.${String(d.source)}`);
    if (e.kind.startsWith('document_') && d.kind) return t(`housing.enums.documentKind.${String(d.kind)}`);
    if (e.kind === 'team_assigned') return [d.worker, d.teamRole ? t(`housing.enums.teamRole.${String(d.teamRole)}`) : null, d.overrideReason ? t('hf.case.override', { reason: d.overrideReason }) : null].filter(Boolean).join(' · ');
    if (e.kind === 'initial_assessment' && d.supportNeedLevel) return t('hf.case.supportLevel', { level: t(`housing.enums.supportNeedLevel.${String(d.supportNeedLevel)}`) });
    if (e.kind === 'case_opened') return String(d.caseNumber ?? '');
    if (d.address) return String(d.address);
    if (e.kind === 'moved_in' && d.accompaniedBy) return String(d.accompaniedBy);
    if (d.version) return `v${String(d.version)}`;
    return '';
  };
  return (
    <Section id="timeline" title={t('hf.case.timelineTitle')}>
      <Text size="sm" c="dimmed">{t('hf.case.timelineIntro')}</Text>
      <TableScroll label={t('hf.timeline.table')} minWidth={600}>
        <Table fz="sm" aria-label={t('hf.timeline.table')}>
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th scope="col" w={110}>{t('hf.timeline.when')}</Table.Th>
              <Table.Th scope="col">{t('hf.timeline.what')}</Table.Th>
              <Table.Th scope="col">{t('hf.timeline.by')}</Table.Th>
              <Table.Th scope="col">{t('hf.case.document')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.timeline.map((e, i) => {
              const name = t(`hf.timeline.${e.kind}`, { defaultValue: e.kind });
              return (
                <Table.Tr key={`${e.kind}-${i}`}>
                  <Table.Td className="nowrap">{toDisplayDate(e.on)}</Table.Td>
                  <Table.Td><Text size="sm" fw={600}>{name}</Text>{detail(e) ? <Text size="xs" c="dimmed" className="wrap-anywhere">{detail(e)}</Text> : null}</Table.Td>
                  <Table.Td>{e.by ?? '—'}</Table.Td>
                  <Table.Td>{e.document ? <PdfLink href={e.document} name={name} /> : '—'}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Section>
  );
}

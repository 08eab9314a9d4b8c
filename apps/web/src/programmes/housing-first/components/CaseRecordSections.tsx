import { useState, type FormEvent } from 'react';
import { Alert, Button, Collapse, Group, Modal, NativeSelect, SimpleGrid, Stack, Table, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CONSENT_TEXTS } from '@socrehab/domain/programmes/housing-first/index';
import { useMe } from '../../../shared/auth/session';
import { ApiError } from '../../../shared/api/client';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { TableScroll } from '../../../shared/ui/TableScroll';
import { Tag } from '../../../shared/ui/Tag';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { assignTeamMember, giveConsent, hfKeys, markDocument, pdf, recordAgreements, withdrawConsent, type CaseDetail } from '../housing-first.api';
import { todayIso } from '../hf-format';
import { DateField, FormError, PdfLink, SavedNotice, Section } from './HfUi';
import { useCaseManagers } from '../pages/OpenCasePage';
import { ALERT_INK } from '../../../shared/ui/alert-ink';
import { findStaffLanguages } from '../../../modules/users/users.api';

type Props = { data: CaseDetail };
const useRefresh = (id: string) => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: hfKeys.case(id) }).then(() => queryClient.invalidateQueries({ queryKey: hfKeys.all }));
};

/** HF-3.1.6 the documents checklist: identity document required, the others if needed. */
export function DocumentsSection({ data }: Props) {
  const { t } = useTranslation();
  const refresh = useRefresh(data.case.id);
  const [marking, setMarking] = useState<{ kind: string; status: 'received' | 'waived' } | null>(null);
  return (
    <Section id="step-documents" title={t('hf.case.documentsTitle')}>
      <TableScroll label={t('hf.case.documentsTable')} minWidth={520}>
        <Table aria-label={t('hf.case.documentsTable')} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('hf.case.documentKind')}</Table.Th>
              <Table.Th scope="col">{t('hf.common.status')}</Table.Th>
              {data.abilities.record ? <Table.Th scope="col" pos="relative"><span className="visually-hidden">{t('hf.common.actions')}</span></Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.documents.map((d) => {
              const kind = t(`housing.enums.documentKind.${d.kind}`);
              return (
                <Table.Tr key={d.kind}>
                  <Table.Td>
                    <Text size="sm" fw={600}>{kind}</Text>
                    <Text size="xs" c="dimmed">{d.required ? t('hf.case.requiredDoc') : t('hf.case.optionalDoc')}</Text>
                  </Table.Td>
                  <Table.Td>
                    {d.record ? (
                      <>
                        <Tag tone={d.record.status === 'received' ? 'success' : 'neutral'}>{t(`housing.enums.documentStatus.${d.record.status}`)}</Tag>
                        <Text span size="xs" c="dimmed">{toDisplayDate(d.record.onDate)}</Text>
                        {d.record.note ? <Text size="xs" c="dimmed">{d.record.note}</Text> : null}
                      </>
                    ) : <Text span size="sm" c="dimmed">{t('hf.case.notYet')}</Text>}
                  </Table.Td>
                  {data.abilities.record ? (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-xs" variant="light" onClick={() => setMarking({ kind: d.kind, status: 'received' })} aria-label={t('hf.case.markLabel', { action: t('hf.case.markReceived'), document: kind })}>{t('hf.case.markReceived')}</Button>
                        <Button size="compact-xs" variant="default" onClick={() => setMarking({ kind: d.kind, status: 'waived' })} aria-label={t('hf.case.markLabel', { action: t('hf.case.markWaived'), document: kind })}>{t('hf.case.markWaived')}</Button>
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {marking ? <MarkDocumentModal caseId={data.case.id} kind={marking.kind} status={marking.status} onClose={(ok) => { setMarking(null); if (ok) void refresh(); }} /> : null}
    </Section>
  );
}

function MarkDocumentModal({ caseId, kind, status, onClose }: { caseId: string; kind: string; status: 'received' | 'waived'; onClose: (ok: boolean) => void }) {
  const { t } = useTranslation();
  const [on, setOn] = useState(toDisplayDate(todayIso()));
  const [note, setNote] = useState('');
  const mutation = useMutation({
    mutationFn: () => markDocument(caseId, { kind: kind as 'other', status, on: parseDisplayDate(on) ?? '', note: note || null }),
    onSuccess: () => onClose(true),
  });
  const errors = fieldErrorsOf(mutation.error, t);
  const title = t('hf.case.markLabel', { action: status === 'received' ? t('hf.case.markReceived') : t('hf.case.markWaived'), document: t(`housing.enums.documentKind.${kind}`) });
  return (
    <Modal opened onClose={() => onClose(false)} title={title} closeButtonProps={{ 'aria-label': t('app.close') }} centered>
      <form onSubmit={(e) => { e.preventDefault(); mutation.mutate(); }} noValidate>
        <Stack gap="md">
          <DateField label={t('hf.case.markOn')} withAsterisk value={on} onChange={setOn} error={errors.on} data-autofocus />
          <Textarea label={t('hf.case.markNote')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
          <FormError message={mutation.error ? messageOf(mutation.error, t) : null} hasFields={Object.keys(errors).length > 0} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(false)}>{t('hf.common.cancel')}</Button>
            <Button type="submit" loading={mutation.isPending}>{t('hf.common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** HF-3.1.7.1–2 the dates of information given and the contract signed, with the version guarding edits. */
export function AgreementsSection({ data }: Props) {
  const { t } = useTranslation();
  const refresh = useRefresh(data.case.id);
  const c = data.case;
  const initial = () => ({ dp: toDisplayDate(c.dataProcessingInformedOn), sr: toDisplayDate(c.serviceRulesInformedOn), cs: toDisplayDate(c.contractSignedOn) });
  const [v, setV] = useState(initial);
  const [saved, setSaved] = useState<string | null>(null);
  const [base, setBase] = useState(c.version);
  const mutation = useMutation({
    mutationFn: () => recordAgreements(c.id, { version: base, dataProcessingInformedOn: parseDisplayDate(v.dp), serviceRulesInformedOn: parseDisplayDate(v.sr), contractSignedOn: parseDisplayDate(v.cs) }),
    onSuccess: (res) => { setBase(res.version); setSaved(t('hf.case.agreementsSaved')); void refresh(); },
  });
  const conflict = mutation.error instanceof ApiError && mutation.error.code === 'cases.version_conflict';
  const errors = fieldErrorsOf(mutation.error, t);
  const submit = (event: FormEvent) => { event.preventDefault(); setSaved(null); mutation.mutate(); };
  const reload = () => {
    const current = (mutation.error as ApiError).details as { current?: CaseDetail['case'] } | undefined;
    if (current?.current) {
      setBase(current.current.version);
      setV({ dp: toDisplayDate(current.current.dataProcessingInformedOn), sr: toDisplayDate(current.current.serviceRulesInformedOn), cs: toDisplayDate(current.current.contractSignedOn) });
    }
    mutation.reset();
    void refresh();
  };
  const readOnly = !data.abilities.record;
  return (
    <Section id="step-agreements" title={t('hf.case.agreementsTitle')} actions={c.contractSignedOn ? <PdfLink href={pdf.contract(c.id)} name={t('hf.case.contract')} /> : null}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField label={t('hf.case.dataProcessingInformedOn')} value={v.dp} onChange={(x) => setV({ ...v, dp: x })} error={errors.dataProcessingInformedOn} readOnly={readOnly} />
            <DateField label={t('hf.case.serviceRulesInformedOn')} value={v.sr} onChange={(x) => setV({ ...v, sr: x })} error={errors.serviceRulesInformedOn} readOnly={readOnly} />
            <DateField label={t('hf.case.contractSignedOn')} value={v.cs} onChange={(x) => setV({ ...v, cs: x })} error={errors.contractSignedOn} readOnly={readOnly} />
          </SimpleGrid>
          {conflict ? (
            <Alert color="orange" variant="light" styles={ALERT_INK.orange} role="alert" title={t('hf.case.conflictTitle')}>
              <Text size="sm">{t('hf.case.conflictText')}</Text>
              <Button mt="sm" size="xs" onClick={reload}>{t('hf.case.conflictReload')}</Button>
            </Alert>
          ) : <FormError message={mutation.error ? messageOf(mutation.error, t) : null} hasFields={Object.keys(errors).length > 0} />}
          <SavedNotice>{saved}</SavedNotice>
          {!readOnly ? <Group justify="flex-end"><Button type="submit" size="sm" loading={mutation.isPending} disabled={conflict}>{t('hf.common.save')}</Button></Group> : null}
        </Stack>
      </form>
    </Section>
  );
}

/** HF-4.4 informed consent with the text version the person saw; withdrawal keeps the history. */
export function ConsentSection({ data }: Props) {
  const { t, i18n } = useTranslation();
  const refresh = useRefresh(data.case.id);
  const text = CONSENT_TEXTS[CONSENT_TEXTS.length - 1]!;
  const [showText, setShowText] = useState(false);
  const [givenOn, setGivenOn] = useState(toDisplayDate(todayIso()));
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const give = useMutation({
    mutationFn: () => giveConsent(data.case.id, { consentTextVersion: text.version, givenOn: parseDisplayDate(givenOn) ?? '' }),
    onSuccess: () => void refresh(),
  });
  const errors = fieldErrorsOf(give.error, t);
  const inForce = data.consents.some((c) => !c.withdrawnOn);
  return (
    <Section id="step-consent" title={t('hf.case.consentTitle')}>
      <div>
        <Button variant="subtle" size="xs" px={0} onClick={() => setShowText((s) => !s)} aria-expanded={showText} aria-controls="consent-text">
          {showText ? t('hf.case.hideConsentText') : t('hf.case.showConsentText')}
        </Button>
        <Collapse in={showText} id="consent-text">
          <Stack gap="xs" p="sm" mt="xs" bg="gray.0" style={{ borderRadius: 6 }}>
            <Text size="xs" fw={700}>{t('hf.case.consentText', { version: text.version, date: toDisplayDate(text.validFrom) })}</Text>
            {(i18n.language === 'en' ? text.textEn : text.textLv).split('\n\n').map((p) => <Text key={p.slice(0, 24)} size="sm">{p}</Text>)}
          </Stack>
        </Collapse>
      </div>
      {data.consents.map((c) => (
        <Group key={c.id} justify="space-between" gap="xs">
          <Group gap="xs">
            <Text size="sm">{t('hf.case.consentRow', { version: c.consentTextVersion, given: toDisplayDate(c.givenOn) })}</Text>
            {c.withdrawnOn ? <Tag tone="warning">{t('hf.case.consentWithdrawn', { date: toDisplayDate(c.withdrawnOn) })}</Tag> : <Tag tone="success">{t('hf.case.consentInForce')}</Tag>}
          </Group>
          <Group gap="xs">
            <PdfLink href={pdf.consent(data.case.id, c.id)} name={t('hf.case.consentPdf', { version: c.consentTextVersion })} />
            {!c.withdrawnOn && data.abilities.record ? <Button size="compact-xs" variant="default" color="red" onClick={() => setWithdrawing(c.id)}>{t('hf.case.withdraw')}</Button> : null}
          </Group>
        </Group>
      ))}
      {!inForce && data.abilities.record ? (
        <form onSubmit={(e) => { e.preventDefault(); give.mutate(); }} noValidate>
          <Group align="flex-end" gap="sm">
            <DateField label={t('hf.case.givenOn')} value={givenOn} onChange={setGivenOn} error={errors.givenOn ?? errors.consentTextVersion} w={200} />
            <Button type="submit" loading={give.isPending}>{t('hf.case.giveConsent')}</Button>
          </Group>
          <FormError message={give.error && !Object.keys(errors).length ? messageOf(give.error, t) : null} hasFields={false} />
        </form>
      ) : null}
      {withdrawing ? <WithdrawModal caseId={data.case.id} consentId={withdrawing} onClose={(ok) => { setWithdrawing(null); if (ok) void refresh(); }} /> : null}
    </Section>
  );
}

function WithdrawModal({ caseId, consentId, onClose }: { caseId: string; consentId: string; onClose: (ok: boolean) => void }) {
  const { t } = useTranslation();
  const [on, setOn] = useState(toDisplayDate(todayIso()));
  const mutation = useMutation({ mutationFn: () => withdrawConsent(caseId, consentId, parseDisplayDate(on) ?? ''), onSuccess: () => onClose(true) });
  const errors = fieldErrorsOf(mutation.error, t);
  return (
    <Modal opened onClose={() => onClose(false)} title={t('hf.case.withdrawTitle')} closeButtonProps={{ 'aria-label': t('app.close') }} centered>
      <form onSubmit={(e) => { e.preventDefault(); mutation.mutate(); }} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('hf.case.withdrawHint')}</Text>
          <DateField label={t('hf.case.withdrawnOn')} withAsterisk value={on} onChange={setOn} error={errors.withdrawnOn} data-autofocus />
          <FormError message={mutation.error ? messageOf(mutation.error, t) : null} hasFields={Object.keys(errors).length > 0} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(false)}>{t('hf.common.cancel')}</Button>
            <Button type="submit" color="red.9" loading={mutation.isPending}>{t('hf.case.withdrawSubmit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** HF-3.1.7.4 the municipality assigns its own social worker (the municipal worker assigns themselves). */
export function MunicipalWorkerSection({ data }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const refresh = useRefresh(data.case.id);
  const [from, setFrom] = useState(toDisplayDate(todayIso()));
  const assigned = data.team.filter((m) => m.teamRole === 'municipal_social_worker' && m.active);
  const mutation = useMutation({
    mutationFn: () => assignTeamMember(data.case.id, { userId: me.user.id, teamRole: 'municipal_social_worker', fromDate: parseDisplayDate(from) ?? '', overrideReason: null }),
    onSuccess: () => void refresh(),
  });
  const errors = fieldErrorsOf(mutation.error, t);
  return (
    <Section id="step-municipal" title={t('hf.case.municipalTitle')}>
      {assigned.length ? assigned.map((m) => <Text key={m.id} size="sm" fw={600}>{m.displayName} <Text span size="xs" c="dimmed" fw={400}>({t('hf.case.from')} {toDisplayDate(m.fromDate)})</Text></Text>) : (
        <Text size="sm" c="dimmed">{t('hf.case.municipalNone')} {!data.abilities.assignMunicipalWorker ? t('hf.case.municipalOnlyMunicipality') : null}</Text>
      )}
      {!assigned.length && data.abilities.assignMunicipalWorker ? (
        <form onSubmit={(e) => { e.preventDefault(); mutation.mutate(); }} noValidate>
          <Group align="flex-end" gap="sm">
            <DateField label={t('hf.case.assignMeFrom')} value={from} onChange={setFrom} error={errors.fromDate} w={200} />
            <Button type="submit" loading={mutation.isPending}>{t('hf.case.assignMe')}</Button>
          </Group>
          <FormError message={mutation.error ? messageOf(mutation.error, t) : null} hasFields={Object.keys(errors).length > 0} />
        </form>
      ) : null}
    </Section>
  );
}

/** HF-2.4, HF-2.5 the team with caseload refusals and a manager's override reason, shown on each member. */
export function TeamSection({ data }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const refresh = useRefresh(data.case.id);
  const { isManager, workers } = useCaseManagers();
  const suggested = data.initialAssessment?.suggestedTeam ?? [];
  const activeRoles = data.team.filter((m) => m.active).map((m) => m.teamRole);
  const missing = suggested.filter((r) => !activeRoles.includes(r));
  const [role, setRole] = useState<string>(missing[0] ?? 'social_mentor');
  const [userId, setUserId] = useState<string>(isManager ? '' : me.user.id);
  const [from, setFrom] = useState(toDisplayDate(todayIso()));
  const [reason, setReason] = useState('');
  const [capMessage, setCapMessage] = useState<string | null>(null);
  const [latvianMissing, setLatvianMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: () => assignTeamMember(data.case.id, { userId, teamRole: role as 'social_mentor', fromDate: parseDisplayDate(from) ?? '', overrideReason: capMessage && reason ? reason : null }),
    // HF-2.6 a worker without Latvian is added all the same, with the server's warning shown
    onSuccess: (result) => { setCapMessage(null); setReason(''); setLatvianMissing(result.warnings?.includes('latvianMissing') ?? false); void refresh(); },
    onError: (error) => { if (error instanceof ApiError && error.code.startsWith('cases.caseload_')) setCapMessage(error.message); },
  });
  const errors = fieldErrorsOf(mutation.error, t);
  // HF-2.6 a manager choosing a worker sees each one's languages beside the person's, to match them
  const staffLanguages = useQuery({ queryKey: ['users', 'staff-languages'], queryFn: findStaffLanguages, enabled: isManager });
  const workerLanguages = (id: string) => {
    const known = staffLanguages.data?.items.find((s) => s.userId === id)?.languages ?? [];
    return id && known.length ? t('hf.teamLanguages.workerLanguages', { languages: known.map((l) => t(`enums.language.${l.language}`)).join(', ') }) : undefined;
  };
  const personLanguages = (data.person.languages ?? []).filter((l) => l !== 'other').map((l) => t(`enums.language.${l}`));
  const languagesOf = (m: CaseDetail['team'][number]) => (m.languages?.length ? m.languages.map((l) => t(`enums.language.${l.language}`)).join(', ') : t('hf.teamLanguages.notRecorded'));
  const roleOfTeam: Record<string, string> = { social_worker: 'social_worker', social_mentor: 'social_mentor', specialist: 'specialist' };
  const candidates = workers.filter((w) => w.roles.includes(roleOfTeam[role] ?? role));
  return (
    <Section id="step-team" title={t('hf.case.teamTitle')}>
      {missing.length ? <Alert color="orange" variant="light" styles={ALERT_INK.orange} title={t('hf.case.missingRoles', { roles: missing.map((r) => t(`housing.enums.teamRole.${r}`)).join(', ') })} /> : null}
      <TableScroll label={t('hf.case.teamTable')} minWidth={560}>
        <Table aria-label={t('hf.case.teamTable')} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('hf.case.worker')}</Table.Th>
              <Table.Th scope="col">{t('hf.case.role')}</Table.Th>
              <Table.Th scope="col">{t('hf.case.from')}</Table.Th>
              <Table.Th scope="col">{t('hf.teamLanguages.column')}</Table.Th>
              <Table.Th scope="col">{t('hf.case.assignedBy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.team.map((m) => (
              <Table.Tr key={m.id} c={m.active ? undefined : 'dimmed'}>
                <Table.Td fw={600}>
                  {m.displayName}
                  {m.overrideReason ? <Text size="xs" c="#8a3700" fw={600}>{t('hf.case.override', { reason: m.overrideReason })}</Text> : null}
                </Table.Td>
                <Table.Td>{t(`housing.enums.teamRole.${m.teamRole}`)}</Table.Td>
                <Table.Td className="nowrap">{toDisplayDate(m.fromDate)}{m.toDate ? ` – ${toDisplayDate(m.toDate)}` : ''}</Table.Td>
                <Table.Td>
                  {languagesOf(m)}
                  {m.sharedLanguages?.length ? <><br /><Tag tone="teal">{t('hf.teamLanguages.shared')}</Tag></> : null}
                </Table.Td>
                <Table.Td>{m.assignedByName ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {latvianMissing ? <Alert color="orange" variant="light" styles={ALERT_INK.orange} role="alert">{t('hf.teamLanguages.latvianMissing')}</Alert> : null}
      {data.abilities.assignTeam ? (
        <form onSubmit={(e) => { e.preventDefault(); mutation.mutate(); }} noValidate>
          <Stack gap="sm">
            <Text fw={600} size="sm">{t('hf.case.addMember')}</Text>
            {personLanguages.length ? <Text size="sm" c="dimmed">{t('hf.teamLanguages.personLanguages', { languages: personLanguages.join(', ') })}</Text> : null}
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NativeSelect label={t('hf.case.memberRole')} value={role} onChange={(e) => { setRole(e.currentTarget.value); setCapMessage(null); }}
                data={['social_worker', 'social_mentor', 'specialist'].map((r) => ({ value: r, label: t(`housing.enums.teamRole.${r}`) }))} />
              <NativeSelect label={t('hf.case.memberUser')} value={userId} onChange={(e) => { setUserId(e.currentTarget.value); setCapMessage(null); }} error={errors.userId}
                description={isManager ? workerLanguages(userId) : t('hf.case.memberUserHint')}
                data={[...(isManager ? [{ value: '', label: '—' }] : []), ...(isManager ? candidates : workers).map((w) => ({ value: w.id, label: w.displayName }))]} />
              <DateField label={t('hf.case.memberFrom')} value={from} onChange={setFrom} error={errors.fromDate} />
            </SimpleGrid>
            {capMessage ? <Alert color="orange" variant="light" styles={ALERT_INK.orange} role="alert" title={t('hf.openCase.capRefused')}><Text size="sm">{capMessage}</Text>{!data.abilities.overrideCaseload ? <Text size="sm" mt={4}>{t('hf.openCase.noOverride')}</Text> : null}</Alert> : null}
            {capMessage && data.abilities.overrideCaseload ? (
              <Textarea label={t('hf.openCase.overrideReason')} description={t('hf.openCase.overrideHint')} withAsterisk autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.overrideReason} />
            ) : null}
            {!capMessage ? <FormError message={mutation.error ? messageOf(mutation.error, t) : null} hasFields={Object.keys(errors).length > 0} /> : null}
            <Group justify="flex-end"><Button type="submit" size="sm" variant="light" loading={mutation.isPending}>{t('hf.case.addMember')}</Button></Group>
          </Stack>
        </form>
      ) : null}
    </Section>
  );
}


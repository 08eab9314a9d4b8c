import { useState, type FormEvent } from 'react';
import { Anchor, Button, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api/client';
import { useMe } from '../../../../shared/auth/session';
import { toDisplayDate } from '../../../../shared/dates';
import { PageHeader } from '../../../../shared/ui/PageHeader';
import { QueryState } from '../../../../shared/ui/QueryState';
import { usePageTitle } from '../../../../shared/ui/usePageTitle';
import { DateField, FormError, Saved, Section } from '../../../../modules/service/components/ServiceUi';
import { useRecord } from '../components/useRecord';
import { dateOrNull, textOrNull, todayIso } from '../../../../modules/service/service-format';
import { changeWorker, getOrganisationUsers, getServiceCase, serviceKeys, type ServiceCase } from '../service.api';

/** The roles a social worker's or a mentor's place on the team can be taken by (HF-3.2.7). */
const CHANGEABLE: Record<string, string> = { social_worker: 'social_worker', social_mentor: 'social_mentor' };

/**
 * HF-3.2.7 when a worker and the person can no longer work together, the service does not stop: another
 * worker takes the place on the team from a day, with the reason kept (the caseload caps apply; a manager
 * may go over one with a written reason, HF-2.4).
 */
export function WorkerChangePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('service.workerChange.title'));
  const detail = useQuery({ queryKey: serviceKeys.case(id), queryFn: ({ signal }) => getServiceCase(id, signal) });
  return <QueryState query={detail}>{(data) => <WorkerChange data={data} />}</QueryState>;
}

function WorkerChange({ data }: { data: ServiceCase }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const caseId = data.case.id;
  const isManager = me.user.roles.includes('manager');
  const users = useQuery({ queryKey: serviceKeys.users, queryFn: ({ signal }) => getOrganisationUsers(signal), enabled: isManager });
  const members = data.team.filter((m) => m.active && CHANGEABLE[m.teamRole]);
  const [chosenMemberId, setMemberId] = useState(members[0]?.id ?? '');
  /** After a change the member chosen has left the team: the select shows, and the form changes, the first one still on it. */
  const member = members.find((m) => m.id === chosenMemberId) ?? members[0];
  const memberId = member?.id ?? '';
  const candidates = (users.data?.items ?? []).filter((u) => u.active && member && u.roles.includes(CHANGEABLE[member.teamRole]!) && u.id !== member.userId);
  const [toUserId, setToUserId] = useState('');
  const [from, setFrom] = useState(toDisplayDate(todayIso()));
  const [reason, setReason] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const record = useRecord(caseId, (body: Parameters<typeof changeWorker>[2]) => changeWorker(caseId, memberId, body), (body) => {
    void queryClient.invalidateQueries({ queryKey: serviceKeys.case(caseId) });
    setReason('');
    setOverrideReason('');
    return t('service.workerChange.saved', { date: toDisplayDate(body.fromDate) });
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.save({ toUserId, fromDate: dateOrNull(from) ?? '', reason: reason.trim(), overrideReason: textOrNull(overrideReason) });
  };
  const e = record.errors;
  /** HF-2.4 a reason to go over the caseload cap is asked for only once the server said the new worker is at it (or one is written). */
  const overCap = record.error instanceof ApiError && record.error.code.startsWith('cases.caseload_');
  const name = `${data.person.givenNames} ${data.person.surnames}`;
  return (
    <>
      <PageHeader
        above={<Anchor component={Link} to={`/cases/${caseId}/service`} size="sm" fw={500}>← {t('service.workerChange.back')}</Anchor>}
        title={t('service.workerChange.title')}
        description={`${name} · ${data.case.caseNumber ?? t('service.common.noNumber')}`}
      />
      <Section id="worker-change" title={t('service.workerChange.formTitle')} intro={t('service.workerChange.intro')}>
        {members.length === 0 ? <Text size="sm">{t('service.workerChange.none')}</Text> : (
          <form onSubmit={submit} noValidate aria-labelledby="worker-change-title">
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <NativeSelect label={t('service.workerChange.member')} required value={memberId} onChange={(ev) => { setMemberId(ev.currentTarget.value); setToUserId(''); }}
                  data={members.map((m) => ({ value: m.id, label: `${m.displayName} (${t(`housing.enums.teamRole.${m.teamRole}`).toLocaleLowerCase()})` }))} />
                {isManager ? (
                  <NativeSelect label={t('service.workerChange.toUser')} required value={toUserId} onChange={(ev) => setToUserId(ev.currentTarget.value)} error={e.toUserId}
                    data={[{ value: '', label: t('service.workerChange.choose') }, ...candidates.map((u) => ({ value: u.id, label: u.displayName }))]} />
                ) : <Text size="sm" c="dimmed">{t('service.workerChange.managerChooses')}</Text>}
                <DateField label={t('service.workerChange.fromDate')} required value={from} onChange={setFrom} error={e.fromDate} />
              </SimpleGrid>
              <Textarea label={t('service.workerChange.reason')} required autosize minRows={2} value={reason} onChange={(ev) => setReason(ev.currentTarget.value)} error={e.reason} />
              {isManager && (overCap || overrideReason || e.overrideReason) ? (
                <Textarea label={t('service.workerChange.overrideReason')} description={t('service.workerChange.overrideHint')} autosize minRows={1}
                  value={overrideReason} onChange={(ev) => setOverrideReason(ev.currentTarget.value)} error={e.overrideReason} />
              ) : null}
              <FormError message={record.message} hasFields={Object.keys(e).length > 0} />
              <Saved>{record.saved}</Saved>
              <Group justify="flex-end"><Button type="submit" loading={record.pending} disabled={!isManager}>{t('service.workerChange.submit')}</Button></Group>
            </Stack>
          </form>
        )}
      </Section>
    </>
  );
}

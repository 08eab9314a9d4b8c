import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../shared/auth/session';
import { ApiError } from '../../../shared/api/client';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { getApplication, getWorkers, hfKeys, openCase, type ApplicationDetail } from '../housing-first.api';
import { fullName, todayIso } from '../hf-format';
import { BackLink, DateField, FormError } from '../components/HfUi';
import { ALERT_INK } from '../../../shared/ui/alert-ink';

/** HF-3.1.7.3 opens the case: the case manager (caseload caps apply; a manager may override with a reason). */
export function OpenCasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery({ queryKey: hfKeys.application(id), queryFn: () => getApplication(id) });
  usePageTitle(query.data ? t('hf.openCase.title', { name: fullName(query.data.person) }) : null);
  return <QueryState query={query}>{(data) => <OpenCaseForm data={data} />}</QueryState>;
}

/** The workers who may lead a case: the organisation's social workers (managers see them), or the user. */
export function useCaseManagers() {
  const me = useMe();
  const isManager = me.user.roles.includes('manager');
  const workers = useQuery({ queryKey: hfKeys.workers, queryFn: getWorkers, enabled: isManager });
  const list = isManager
    ? (workers.data?.items ?? []).filter((u) => u.active && u.organisation.id === me.user.organisation.id)
    : [{ id: me.user.id, displayName: me.user.displayName, roles: me.user.roles as string[], active: true, organisation: me.user.organisation }];
  return { isManager, workers: list };
}

function OpenCaseForm({ data }: { data: ApplicationDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { isManager, workers } = useCaseManagers();
  const socialWorkers = workers.filter((w) => w.roles.includes('social_worker'));
  const [openedOn, setOpenedOn] = useState(toDisplayDate(todayIso()));
  const [manager, setManager] = useState<string>(isManager ? '' : me.user.id);
  const [reason, setReason] = useState('');
  const [capMessage, setCapMessage] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => openCase({ applicationId: data.application.id, openedOn: parseDisplayDate(openedOn) ?? '', caseManagerUserId: manager, overrideReason: capMessage && reason ? reason : null }),
    onSuccess: (res) => {
      void queryClient.invalidateQueries({ queryKey: hfKeys.all });
      navigate(`/hf/cases/${res.case.id}`, { state: { notice: t('hf.openCase.opened', { number: res.case.caseNumber }) } });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code.startsWith('cases.caseload_')) setCapMessage(error.message);
    },
  });
  const capRefused = mutation.error instanceof ApiError && mutation.error.code.startsWith('cases.caseload_');
  const errors = fieldErrorsOf(mutation.error, t);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  const options = [
    ...(isManager ? [{ value: '', label: '—' }] : []),
    ...socialWorkers.map((w) => ({ value: w.id, label: w.id === me.user.id ? t('hf.openCase.me', { name: w.displayName }) : w.displayName })),
  ];

  return (
    <>
      <PageHeader above={<BackLink to={`/hf/applications/${data.application.id}`}>{t('hf.common.backToApplication')}</BackLink>} title={t('hf.openCase.title', { name: fullName(data.person) })} description={t('hf.openCase.intro')} />
      <Paper p={{ base: 'sm', sm: 'lg' }} maw={720}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <DateField label={t('hf.openCase.openedOn')} withAsterisk value={openedOn} onChange={setOpenedOn} error={errors.openedOn} maw={220} />
            <NativeSelect
              label={t('hf.openCase.caseManager')}
              description={t('hf.openCase.caseManagerHint')}
              withAsterisk
              data={options}
              value={manager}
              onChange={(e) => { setManager(e.currentTarget.value); setCapMessage(null); }}
              error={errors.caseManagerUserId ?? errors.userId}
            />
            {capMessage ? (
              <Alert color="orange" variant="light" styles={ALERT_INK.orange} role="alert" title={t('hf.openCase.capRefused')}>
                <Text size="sm">{capMessage}</Text>
                {!isManager ? <Text size="sm" mt="xs">{t('hf.openCase.noOverride')}</Text> : null}
              </Alert>
            ) : null}
            {capMessage && isManager ? (
              <Textarea label={t('hf.openCase.overrideReason')} description={t('hf.openCase.overrideHint')} withAsterisk autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.overrideReason} />
            ) : null}
            {!capRefused ? <FormError message={mutation.error ? messageOf(mutation.error, t) : null} hasFields={Object.keys(errors).length > 0} /> : null}
            <Group justify="flex-end">
              <Button variant="default" component={Link} to={`/hf/applications/${data.application.id}`}>{t('hf.common.cancel')}</Button>
              <Button type="submit" loading={mutation.isPending}>{t('hf.openCase.submit')}</Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}

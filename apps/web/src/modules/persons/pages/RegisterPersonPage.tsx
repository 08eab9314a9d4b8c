import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Breadcrumbs, Button, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/client';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { parseDisplayDate } from '../../../shared/dates';
import { createPerson, findDuplicates, personKeys, type DuplicateCandidate } from '../persons.api';
import { emptyPersonForm, formToPerson, type PersonFormValues } from '../person-form.model';
import { PersonForm } from '../components/PersonForm';
import { DuplicateList } from '../components/DuplicateList';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Register a person: likely duplicates are shown while typing, and confirmed before saving. */
export function RegisterPersonPage() {
  const { t } = useTranslation();
  usePageTitle(t('register.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<PersonFormValues>(emptyPersonForm);
  const [confirming, setConfirming] = useState<DuplicateCandidate[] | null>(null);

  const [probe] = useDebouncedValue({ givenNames: values.givenNames.trim(), surnames: values.surnames.trim(), birthDate: parseDisplayDate(values.birthDate), personalCode: values.personalCode.trim() || null }, 400);
  const probeReady = (!!probe.birthDate && ISO.test(probe.birthDate) && !!(probe.givenNames || probe.surnames)) || (probe.personalCode?.replace(/\D/g, '').length ?? 0) === 11;
  const duplicates = useQuery({
    queryKey: ['persons', 'duplicates', probe],
    queryFn: ({ signal }) => findDuplicates({ ...probe, birthDate: probe.birthDate && ISO.test(probe.birthDate) ? probe.birthDate : null }, signal),
    enabled: probeReady,
    staleTime: 10_000,
  });

  const mutation = useMutation({
    mutationFn: (confirmNotDuplicate: boolean) => createPerson({ person: formToPerson(values), confirmNotDuplicate }),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: personKeys.all });
      navigate(`/persons/${saved.person.id}`, { state: { notice: 'registered', warnings: saved.warnings } });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'persons.possible_duplicate') {
        setConfirming((error.details as { candidates?: DuplicateCandidate[] } | undefined)?.candidates ?? []);
      }
    },
  });
  const errors = fieldErrorsOf(mutation.error, t, 'person.');
  const takenCandidates = mutation.error instanceof ApiError && mutation.error.code === 'persons.personal_code_taken'
    ? ((mutation.error.details as { candidates?: DuplicateCandidate[] } | undefined)?.candidates ?? [])
    : [];
  const showGeneralError = mutation.error && !(mutation.error instanceof ApiError && mutation.error.code === 'persons.possible_duplicate');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setConfirming(null);
    mutation.mutate(false);
  };
  const change = (next: PersonFormValues) => {
    setValues(next);
    if (confirming) setConfirming(null);
  };
  const live = probeReady ? duplicates.data?.candidates ?? [] : [];

  return (
    <>
      <PageHeader
        above={<Breadcrumbs><Anchor component={Link} to="/persons" size="sm">{t('nav.persons')}</Anchor><Text size="sm">{t('register.title')}</Text></Breadcrumbs>}
        title={t('register.title')}
        description={t('register.intro')}
      />
      <form onSubmit={submit} noValidate>
        <PersonForm values={values} onChange={change} errors={errors}>
          <Stack gap="md" aria-live="polite">
            {live.length > 0 && !confirming ? (
              <Alert color="orange" variant="light" title={t('register.possibleDuplicates')}>
                <Text size="sm" mb="xs">{t('register.possibleDuplicatesText')}</Text>
                <DuplicateList candidates={live} />
              </Alert>
            ) : null}
            {showGeneralError ? (
              <Alert color="red" role="alert" title={messageOf(mutation.error, t)}>
                {Object.keys(errors).length ? t('personForm.fixErrors') : null}
                {takenCandidates.length ? <DuplicateList candidates={takenCandidates} /> : null}
              </Alert>
            ) : null}
            {confirming ? (
              <Alert color="orange" variant="light" role="alert" title={t('register.confirmTitle')}>
                <Text size="sm" mb="xs">{t('errors.persons.possibleDuplicate')}</Text>
                <DuplicateList candidates={confirming} />
                <Text size="sm" mt="sm" fw={500}>{t('register.confirmText')}</Text>
                <Group mt="md" gap="sm">
                  <Button loading={mutation.isPending} onClick={() => mutation.mutate(true)}>{t('register.confirmSubmit')}</Button>
                  <Button variant="default" onClick={() => setConfirming(null)}>{t('app.cancel')}</Button>
                </Group>
              </Alert>
            ) : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" component={Link} to="/persons">{t('app.cancel')}</Button>
              <Button type="submit" loading={mutation.isPending && !confirming} disabled={!!confirming}>{t('register.submit')}</Button>
            </Group>
          </Stack>
        </PersonForm>
      </form>
    </>
  );
}

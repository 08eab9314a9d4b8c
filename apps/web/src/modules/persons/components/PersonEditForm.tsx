import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/client';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { personKeys, updatePerson, type PersonDetail, type PersonWithAbilities } from '../persons.api';
import { formToPerson, personToForm, type PersonFormValues } from '../person-form.model';
import { PersonForm } from './PersonForm';
import { ConflictPanel } from './ConflictPanel';

/**
 * Edits a person with the version the worker started from. If someone else saved meanwhile, the server
 * answers 409 with the current data: the worker sees both, loads the latest and saves again.
 */
export function PersonEditForm({ person, onSaved, onCancel }: { person: PersonDetail; onSaved: (warnings: string[]) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(person);
  const [values, setValues] = useState<PersonFormValues>(() => personToForm(person));
  const [conflict, setConflict] = useState<PersonDetail | null>(null);

  const mutation = useMutation({
    mutationFn: () => updatePerson(base.id, { version: base.version, person: formToPerson(values) }),
    onSuccess: (saved) => {
      queryClient.setQueryData<PersonWithAbilities>(personKeys.detail(base.id), (old) => (old ? { ...old, person: saved.person } : old));
      void queryClient.invalidateQueries({ queryKey: personKeys.all });
      onSaved(saved.warnings);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'persons.version_conflict') {
        setConflict((error.details as { current?: PersonDetail } | undefined)?.current ?? null);
      }
    },
  });
  const errors = fieldErrorsOf(mutation.error, t, 'person.');

  const loadLatest = () => {
    if (!conflict) return;
    queryClient.setQueryData<PersonWithAbilities>(personKeys.detail(conflict.id), (old) => (old ? { ...old, person: conflict } : old));
    setBase(conflict);
    setValues(personToForm(conflict));
    setConflict(null);
    mutation.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };

  return (
    <Paper p={{ base: 'sm', sm: 'lg' }} bg="gray.0">
      <Title order={2} mb="md">{t('person.editTitle')}</Title>
      <form onSubmit={submit} noValidate>
        <PersonForm values={values} onChange={setValues} errors={errors} codeLocked={!!base.personalCode} addressHidden={base.addressProtection.hidden}>
          <Stack gap="md">
            {conflict ? <ConflictPanel yours={values} current={conflict} onReload={loadLatest} /> : null}
            {mutation.error && !conflict ? (
              <Alert color="red" role="alert" title={messageOf(mutation.error, t)}>
                {Object.keys(errors).length ? t('personForm.fixErrors') : null}
              </Alert>
            ) : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onCancel}>{t('app.cancel')}</Button>
              <Button type="submit" loading={mutation.isPending} disabled={!!conflict}>{t('app.save')}</Button>
            </Group>
          </Stack>
        </PersonForm>
      </form>
    </Paper>
  );
}

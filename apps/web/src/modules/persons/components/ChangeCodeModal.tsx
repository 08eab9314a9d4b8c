import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatPersonalCode } from '@socrehab/domain';
import { ApiError } from '../../../shared/api/client';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { changePersonalCode, personKeys, type PersonDetail, type PersonWithAbilities } from '../persons.api';

/** Replaces an old-format personal code with a new-format one — once. */
export function ChangeCodeModal({ person, opened, onClose, onChanged }: { person: PersonDetail; opened: boolean; onClose: () => void; onChanged: (warnings: string[]) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [reason, setReason] = useState('');
  const mutation = useMutation({
    mutationFn: () => changePersonalCode(person.id, { version: person.version, newCode: code, reason: reason || undefined }),
    onSuccess: (saved) => {
      queryClient.setQueryData<PersonWithAbilities>(personKeys.detail(person.id), (old) => (old ? { ...old, person: saved.person, abilities: { ...old.abilities, changeCode: false } } : old));
      void queryClient.invalidateQueries({ queryKey: personKeys.all });
      close();
      onChanged(saved.warnings);
    },
  });
  const errors = fieldErrorsOf(mutation.error, t);
  const close = () => {
    setCode('');
    setReason('');
    mutation.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  const conflict = mutation.error instanceof ApiError && mutation.error.status === 409;

  return (
    <Modal closeButtonProps={{ 'aria-label': t('app.close') }} opened={opened} onClose={close} title={t('codeChange.title')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('codeChange.text')}</Text>
          <Text size="sm">{t('codeChange.current')}: <strong>{person.personalCode ? formatPersonalCode(person.personalCode) : '—'}</strong></Text>
          {mutation.error && (conflict || !(errors.newCode || errors.reason)) ? <Alert color="red" role="alert">{messageOf(mutation.error, t)}</Alert> : null}
          <TextInput label={t('codeChange.newCode')} inputMode="numeric" autoComplete="off" required value={code} onChange={(e) => setCode(e.currentTarget.value)} error={errors.newCode} data-autofocus />
          <Textarea label={t('codeChange.reason')} autosize minRows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('app.cancel')}</Button>
            <Button type="submit" loading={mutation.isPending}>{t('codeChange.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/client';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { displayDateTime } from '../../../shared/dates';
import { clearAddressProtection, personKeys, protectAddress, type PersonDetail, type PersonWithAbilities } from '../persons.api';

/**
 * Issue 14, protected address: for those with a need to know, the protection's state, its history and
 * the button to set or clear it with a reason; for a reader the address is hidden from, a short notice.
 */
export function AddressProtectionPanel({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const p = person.addressProtection;
  if (p.hidden) return <Alert color="orange" title={t('addressProtection.badge')}>{t('addressProtection.hiddenText')}</Alert>;
  if (!p.canChange) return null;
  const current = p.history.find((h) => !h.clearedAt);
  return (
    <Paper p={{ base: 'md', sm: 'lg' }} aria-labelledby="address-protection-title">
      <Title order={2} id="address-protection-title" mb="xs">{t('addressProtection.title')}</Title>
      <Stack gap="sm">
        {notice ? <Alert color="green" role="status" withCloseButton closeButtonLabel={t('app.close')} onClose={() => setNotice(null)}>{notice}</Alert> : null}
        <Text size="sm">{p.protected && current ? t('addressProtection.protectedText', { date: displayDateTime(current.setAt) }) : t('addressProtection.notProtectedText')}</Text>
        {p.history.length ? (
          <div>
            <Text size="sm" fw={600}>{t('addressProtection.history')}</Text>
            <Stack gap={2} component="ul" m={0} pl="md">
              {p.history.map((h) => (
                <li key={h.id}>
                  <Text size="sm" className="wrap-anywhere">{t('addressProtection.set', { date: displayDateTime(h.setAt), name: h.setByName ?? '—', reason: h.reason })}</Text>
                  {h.clearedAt ? <Text size="sm" className="wrap-anywhere">{t('addressProtection.cleared', { date: displayDateTime(h.clearedAt), name: h.clearedByName ?? '—', reason: h.clearReason ?? '' })}</Text> : null}
                </li>
              ))}
            </Stack>
          </div>
        ) : null}
        <Group>
          <Button variant={p.protected ? 'default' : 'filled'} onClick={() => setOpen(true)}>
            {p.protected ? t('addressProtection.clear') : t('addressProtection.protect')}
          </Button>
        </Group>
      </Stack>
      <ChangeModal person={person} opened={open} onClose={() => setOpen(false)} onDone={(message) => setNotice(message)} />
    </Paper>
  );
}

function ChangeModal({ person, opened, onClose, onDone }: { person: PersonDetail; opened: boolean; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const clearing = person.addressProtection.protected;
  const mutation = useMutation({
    mutationFn: () => (clearing ? clearAddressProtection(person.id, reason) : protectAddress(person.id, reason)),
    onSuccess: (saved) => {
      queryClient.setQueryData<PersonWithAbilities>(personKeys.detail(person.id), (old) => (old ? { ...old, person: saved.person } : old));
      void queryClient.invalidateQueries({ queryKey: personKeys.all });
      close();
      onDone(clearing ? t('addressProtection.clearedNotice') : t('addressProtection.protectedNotice'));
    },
  });
  const errors = fieldErrorsOf(mutation.error, t);
  const close = () => {
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
    <Modal closeButtonProps={{ 'aria-label': t('app.close') }} opened={opened} onClose={close} title={clearing ? t('addressProtection.clearTitle') : t('addressProtection.protectTitle')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{clearing ? t('addressProtection.protectedText', { date: displayDateTime(person.addressProtection.history.find((h) => !h.clearedAt)?.setAt ?? person.updatedAt) }) : t('addressProtection.notProtectedText')}</Text>
          {mutation.error && (conflict || !errors.reason) ? <Alert color="red" role="alert">{messageOf(mutation.error, t)}</Alert> : null}
          <Textarea label={t('addressProtection.reason')} description={clearing ? t('addressProtection.clearHint') : t('addressProtection.protectHint')} required autosize minRows={2} maxLength={500}
            value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('app.cancel')}</Button>
            <Button type="submit" loading={mutation.isPending}>{clearing ? t('addressProtection.clear') : t('addressProtection.protect')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { changePassword } from '../auth.api';

/** Change the password; the server ends the user's other sessions. */
export function PasswordChangeModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ currentPassword: '', newPassword: '', repeat: '' });
  const [mismatch, setMismatch] = useState(false);
  const mutation = useMutation({ mutationFn: changePassword });
  const errors = fieldErrorsOf(mutation.error, t);

  const close = () => {
    setForm({ currentPassword: '', newPassword: '', repeat: '' });
    setMismatch(false);
    mutation.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const differ = form.newPassword !== form.repeat;
    setMismatch(differ);
    if (!differ) mutation.mutate({ currentPassword: form.currentPassword, newPassword: form.newPassword });
  };
  const set = (key: keyof typeof form) => (event: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: event.currentTarget.value });

  return (
    <Modal closeButtonProps={{ 'aria-label': t('app.close') }} opened={opened} onClose={close} title={t('password.title')} centered>
      {mutation.isSuccess ? (
        <Stack>
          <Alert color="green" role="status">{t('password.changed')}</Alert>
          <Group justify="flex-end"><Button onClick={close}>{t('app.close')}</Button></Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            {mutation.error && !Object.keys(errors).length ? <Alert color="red" role="alert">{messageOf(mutation.error, t)}</Alert> : null}
            <PasswordInput visibilityToggleButtonProps={{ 'aria-label': t('app.showPassword') }} label={t('password.current')} autoComplete="current-password" required value={form.currentPassword} onChange={set('currentPassword')} error={errors.currentPassword} />
            <PasswordInput visibilityToggleButtonProps={{ 'aria-label': t('app.showPassword') }} label={t('password.new')} autoComplete="new-password" required value={form.newPassword} onChange={set('newPassword')} error={errors.newPassword} description={t('password.hint')} />
            <PasswordInput visibilityToggleButtonProps={{ 'aria-label': t('app.showPassword') }} label={t('password.repeat')} autoComplete="new-password" required value={form.repeat} onChange={set('repeat')} error={mismatch ? t('password.mismatch') : undefined} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>{t('app.cancel')}</Button>
              <Button type="submit" loading={mutation.isPending}>{t('password.submit')}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

import type { ReactNode } from 'react';
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ALERT_INK } from './alert-ink';

/** A failed save: the server's translated message and, when fields are marked, a hint to check them. */
export function FormError({ message, hasFields }: { message: string | null; hasFields: boolean }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Alert color="red" role="alert" title={message} styles={ALERT_INK.red}>
      {hasFields ? t('fields.fixErrors') : null}
    </Alert>
  );
}

/** A quiet confirmation after a save, announced to screen readers. */
export function SavedNotice({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <Alert color="green" role="status" styles={ALERT_INK.green} py="xs">
      <Text size="sm" fw={600} style={ALERT_INK.green.message}>{children}</Text>
    </Alert>
  );
}

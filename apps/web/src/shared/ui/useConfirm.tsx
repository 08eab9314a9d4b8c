import { useCallback, useRef, useState, type ReactNode } from 'react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Request {
  title: string;
  text: ReactNode;
  confirmLabel: string;
  danger?: boolean;
}

/**
 * An accessible confirmation dialog instead of `window.confirm`:
 * `const [confirm, dialog] = useConfirm(); if (await confirm({...})) …` and render `{dialog}`.
 */
export function useConfirm(): [(request: Request) => Promise<boolean>, ReactNode] {
  const { t } = useTranslation();
  const [request, setRequest] = useState<Request | null>(null);
  const resolver = useRef<(ok: boolean) => void>(() => {});
  const confirm = useCallback((next: Request) => new Promise<boolean>((resolve) => {
    resolver.current = resolve;
    setRequest(next);
  }), []);
  const finish = (ok: boolean) => {
    resolver.current(ok);
    setRequest(null);
  };
  const dialog = (
    <Modal closeButtonProps={{ 'aria-label': t('app.close') }} opened={request !== null} onClose={() => finish(false)} title={request?.title} centered>
      <Text mb="lg">{request?.text}</Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={() => finish(false)}>{t('app.cancel')}</Button>
        <Button color={request?.danger ? 'red.8' : undefined} onClick={() => finish(true)} data-autofocus>{request?.confirmLabel}</Button>
      </Group>
    </Modal>
  );
  return [confirm, dialog];
}

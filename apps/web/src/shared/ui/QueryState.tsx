import type { ReactNode } from 'react';
import { Alert, Button, Center, Loader, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../api/errors';

/** Loading, error (with a retry) or the content of a query, the same way on every page. */
export function QueryState<T>({ query, children }: {
  query: { data: T | undefined; isPending: boolean; error: unknown; refetch: () => unknown };
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Center py="xl" role="status">
        <Loader size="sm" aria-hidden />
        <VisuallyHidden>{t('app.loading')}</VisuallyHidden>
      </Center>
    );
  }
  if (query.error || query.data === undefined) {
    return (
      <Alert color="red" title={messageOf(query.error, t)} role="alert">
        <Stack align="flex-start">
          <Button size="xs" variant="white" color="red" onClick={() => void query.refetch()}>{t('app.retry')}</Button>
        </Stack>
      </Alert>
    );
  }
  return children(query.data);
}

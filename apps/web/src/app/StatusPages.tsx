import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../shared/ui/usePageTitle';

function StatusPage({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <Stack align="flex-start" gap="sm" py="xl">
      <Title order={1}>{title}</Title>
      <Text>{text}</Text>
      <Button component={Link} to="/" variant="light">{t('app.toHome')}</Button>
    </Stack>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return <StatusPage title={t('app.notFoundTitle')} text={t('app.notFoundText')} />;
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return <StatusPage title={t('app.forbiddenTitle')} text={t('app.forbiddenText')} />;
}

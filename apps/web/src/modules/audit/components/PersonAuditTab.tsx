import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuditTable } from './AuditTable';

export function PersonAuditTab({ personId }: { personId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Text c="dimmed" mb="md">{t('audit.personIntro')}</Text>
      <AuditTable personId={personId} label={t('audit.title')} />
    </>
  );
}

import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Previous / next for lists whose total is not known (the server says whether there is more). */
export function Pager({ page, hasMore, onChange }: { page: number; hasMore: boolean; onChange: (page: number) => void }) {
  const { t } = useTranslation();
  if (page === 1 && !hasMore) return null;
  return (
    <Group component="nav" aria-label={t('persons.pagination')} justify="space-between" mt="xs">
      <Button variant="default" disabled={page <= 1} onClick={() => onChange(page - 1)}>{t('persons.previous')}</Button>
      <Text size="sm" aria-current="page">{t('persons.page', { page })}</Text>
      <Button variant="default" disabled={!hasMore} onClick={() => onChange(page + 1)}>{t('persons.next')}</Button>
    </Group>
  );
}

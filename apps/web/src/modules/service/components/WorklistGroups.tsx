import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceWorklistItem } from '../service.api';
import { useWorklistKinds } from '../worklist-kinds';
import { WorklistItemCard } from './WorklistItemCard';

/** A worklist in sections by kind (the programmes' sections, `worklist-kinds.ts`), the most urgent section first; each section a heading and its cards. */
export function WorklistGroups({ items }: { items: ServiceWorklistItem[] }) {
  const { t } = useTranslation();
  const { groups, views } = useWorklistKinds();
  const groupOf = (item: ServiceWorklistItem) => views[item.kind]?.group ?? item.kind;
  /** Within a group: the programme's order (escalations by level, then days unreachable), else the most overdue first. */
  const compare = (a: ServiceWorklistItem, b: ServiceWorklistItem) => {
    const own = views[a.kind]?.compare;
    if (own && a.kind === b.kind) return own(a, b);
    if (a.due && b.due) return a.due.daysLeft - b.due.daysLeft;
    return 0;
  };
  if (items.length === 0) return <Text c="dimmed" role="status">{t('service.worklist.empty')}</Text>;
  return (
    <Stack gap="xl">
      {groups.map((group) => {
        const rows = items.filter((i) => groupOf(i) === group).sort(compare);
        if (rows.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`group-${group}`}>
            <Title order={2} id={`group-${group}`} mb="sm">
              {t(`service.worklist.groups.${group}`)} <Text span c="dimmed" fw={500} size="md">({rows.length})</Text>
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" style={{ alignItems: 'start' }}>
              {rows.map((item, i) => <WorklistItemCard key={`${item.caseId}-${item.kind}-${i}`} item={item} />)}
            </SimpleGrid>
          </section>
        );
      })}
    </Stack>
  );
}

import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceWorklistItem } from '../service.api';
import { WorklistItemCard } from './WorklistItemCard';

const GROUPS = ['evaluate_termination', 'escalation', 'weekly_visit', 'plans', 'evaluation_due', 'contact_hours', 'repeat_offer'] as const;
const groupOf = (item: ServiceWorklistItem): (typeof GROUPS)[number] =>
  item.kind === 'initial_plan_offer' || item.kind === 'plan_review' || item.kind === 'reassessment' ? 'plans' : item.kind;

/** Within a group: the most overdue first (escalations by level, then days unreachable). */
function compare(a: ServiceWorklistItem, b: ServiceWorklistItem) {
  if ('escalation' in a && 'escalation' in b) return b.escalation.rank - a.escalation.rank || b.escalation.daysUnreachable - a.escalation.daysUnreachable;
  if ('due' in a && 'due' in b) return a.due.daysLeft - b.due.daysLeft;
  return 0;
}

/** A worklist in sections by kind, the most urgent section first; each section a heading and its cards. */
export function WorklistGroups({ items }: { items: ServiceWorklistItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text c="dimmed" role="status">{t('service.worklist.empty')}</Text>;
  return (
    <Stack gap="xl">
      {GROUPS.map((group) => {
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

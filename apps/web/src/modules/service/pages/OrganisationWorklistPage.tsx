import { useState } from 'react';
import { Anchor, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { toDisplayDate } from '../../../shared/dates';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { AsOfForm } from '../components/AsOfForm';
import { isUrgent } from '../components/ServiceUi';
import { WorklistItemCard } from '../components/WorklistItemCard';
import { getOrganisationWorklist, serviceKeys, type ServiceWorklistItem } from '../service.api';
import { useAsOf } from './MyMorningPage';
import { PlannedVisitsLink } from './PlannedVisitsPage';

/** Urgency: endings to evaluate, escalations by level, then the most overdue, then the rest by due day. */
const weight = (i: ServiceWorklistItem) =>
  i.kind === 'evaluate_termination' ? 10_000 : i.kind === 'escalation' ? 1_000 * i.escalation.rank + i.escalation.daysUnreachable : 'due' in i ? -i.due.daysLeft : -100;

/** HF-2.4, HF-3.2 the manager's view of every case in the organisation on a day, overdue first. */
export function OrganisationWorklistPage() {
  const { t } = useTranslation();
  usePageTitle(t('service.worklist.orgTitle'));
  const [asOf, setAsOf] = useAsOf();
  const [filter, setFilter] = useState<'all' | 'urgent'>('all');
  const worklist = useQuery({ queryKey: serviceKeys.orgList(asOf), queryFn: ({ signal }) => getOrganisationWorklist(asOf, signal) });
  return (
    <>
      <PageHeader
        title={t('service.worklist.orgTitle')}
        description={t('service.worklist.orgIntro')}
        actions={<><PlannedVisitsLink /><Anchor component={Link} to="/hf/caseloads" fw={600}>{t('service.worklist.caseloadsLink')} →</Anchor></>}
      />
      <Stack gap="lg">
        <AsOfForm value={asOf} onChange={setAsOf} />
        <SegmentedControl
          aria-label={t('service.worklist.filterLabel')}
          value={filter}
          onChange={(v) => setFilter(v as 'all' | 'urgent')}
          data={[{ value: 'all', label: t('service.worklist.filterAll') }, { value: 'urgent', label: t('service.worklist.filterOverdue') }]}
          style={{ alignSelf: 'flex-start', maxWidth: '100%' }}
        />
        <QueryState query={worklist}>
          {(data) => {
            const rows = [...data.items].filter((i) => filter === 'all' || isUrgent(i)).sort((a, b) => weight(b) - weight(a));
            return (
              <Stack gap="md">
                <Text size="sm" c="dimmed" aria-live="polite">
                  {toDisplayDate(data.asOf)} · {t('service.worklist.count', { count: rows.length })} · {t('service.worklist.overdueFirst')}
                </Text>
                {rows.length === 0 ? <Text c="dimmed">{t('service.worklist.empty')}</Text> : (
                  <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" style={{ alignItems: 'start' }}>
                    {rows.map((item, i) => <WorklistItemCard key={`${item.caseId}-${item.kind}-${i}`} item={item} heading="h2" />)}
                  </SimpleGrid>
                )}
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
    </>
  );
}

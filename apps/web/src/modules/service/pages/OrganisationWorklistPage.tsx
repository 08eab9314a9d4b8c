import { useState } from 'react';
import { Anchor, Badge, Group, Pagination, SegmentedControl, SimpleGrid, Stack, Text, useMatches } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { toDisplayDate } from '../../../shared/dates';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { AsOfForm } from '../components/AsOfForm';
import { WorklistItemCard } from '../components/WorklistItemCard';
import { getOrganisationWorklist, serviceKeys } from '../service.api';
import { useWorklistKinds } from '../worklist-kinds';
import { useAsOf } from './MyMorningPage';
import { PlannedVisitsLink } from './PlannedVisitsPage';

/** Items on a page: a screenful of cards; the server orders the whole list and counts it. */
const PAGE_SIZE = 60;

/** HF-2.4, HF-3.2 the manager's view of every case in the organisation on a day, the most urgent first, a page at a time. */
export function OrganisationWorklistPage() {
  const { t } = useTranslation();
  // the programmes' kinds in the order the list ranks them (worklist-kinds.ts)
  const { kinds: KINDS, views } = useWorklistKinds();
  usePageTitle(t('service.worklist.orgTitle'));
  const [asOf, setAsOf] = useAsOf();
  const [filter, setFilter] = useState<'all' | 'urgent'>('all');
  const [page, setPage] = useState(1);
  const view = { overdue: filter === 'urgent', page, pageSize: PAGE_SIZE };
  const worklist = useQuery({
    queryKey: serviceKeys.orgList(asOf, view),
    queryFn: ({ signal }) => getOrganisationWorklist(asOf, view, signal),
    placeholderData: keepPreviousData,
  });
  const changeDay = (day: string) => { setAsOf(day); setPage(1); };
  const narrow = useMatches({ base: true, sm: false }); // the filter's two long labels one under the other on a phone
  return (
    <>
      <PageHeader
        title={t('service.worklist.orgTitle')}
        description={t('service.worklist.orgIntro')}
        actions={<><PlannedVisitsLink /><Anchor component={Link} to="/hf/caseloads" fw={600}>{t('service.worklist.caseloadsLink')} →</Anchor></>}
      />
      <Stack gap="lg">
        <AsOfForm value={asOf} onChange={changeDay} />
        <SegmentedControl
          aria-label={t('service.worklist.filterLabel')}
          value={filter}
          onChange={(v) => { setFilter(v as 'all' | 'urgent'); setPage(1); }}
          data={[{ value: 'all', label: t('service.worklist.filterAll') }, { value: 'urgent', label: t('service.worklist.filterOverdue') }]}
          orientation={narrow ? 'vertical' : 'horizontal'} fullWidth={narrow} styles={{ label: { whiteSpace: 'normal' } }}
          style={{ alignSelf: narrow ? 'stretch' : 'flex-start', maxWidth: '100%' }}
        />
        <QueryState query={worklist}>
          {(data) => {
            const pages = Math.max(1, Math.ceil(data.matching / data.pageSize));
            const pager = pages > 1 && (
              <nav aria-label={t('service.worklist.pages')}>
                <Pagination
                  total={pages} value={data.page} onChange={(p) => { setPage(p); window.scrollTo({ top: 0 }); }} siblings={1} withEdges
                  getControlProps={(control) => ({ 'aria-label': t(`service.worklist.pageControl.${control}`) })}
                  getItemProps={(p) => ({ 'aria-label': t('service.worklist.pageN', { page: p }), 'aria-current': p === data.page ? 'page' : undefined })}
                />
              </nav>
            );
            return (
              <Stack gap="md">
                <Text size="sm" c="dimmed" aria-live="polite">
                  {toDisplayDate(data.asOf)} · {t('service.worklist.count', { count: data.total })} · {t('service.worklist.overdueCount', { count: data.overdue })}
                  {pages > 1 && <> · {t('service.worklist.pageOf', { page: data.page, pages })}</>} · {t('service.worklist.overdueFirst')}
                </Text>
                {data.total > 0 && (
                  <Group gap="xs" aria-label={t('service.worklist.byKind')} role="list">
                    {KINDS.filter((kind) => data.counts[kind]).map((kind) => (
                      <Badge key={kind} role="listitem" variant="light" color="gray" size="lg" tt="none" fw={500} h="auto" py={4} styles={{ label: { whiteSpace: 'normal' } }}>
                        {views[kind]?.countLabel?.(t) ?? t(`service.worklist.kinds.${kind}`)}: {data.counts[kind]}
                      </Badge>
                    ))}
                  </Group>
                )}
                {data.items.length === 0 ? <Text c="dimmed">{t('service.worklist.empty')}</Text> : (
                  <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" style={{ alignItems: 'start' }}>
                    {data.items.map((item, i) => <WorklistItemCard key={`${item.caseId}-${item.kind}-${i}`} item={item} heading="h2" />)}
                  </SimpleGrid>
                )}
                {pager}
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toDisplayDate } from '../../../shared/dates';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { AsOfForm } from '../components/AsOfForm';
import { WorklistGroups } from '../components/WorklistGroups';
import { getWorkerWorklist, serviceKeys } from '../service.api';
import { todayIso } from '../service-format';
import { useServiceAbilities } from '../service-abilities';
import { PlannedVisitsLink } from './PlannedVisitsPage';

/** The asOf day kept in the address, so a day can be bookmarked and the back button works. */
export function useAsOf(): [string, (iso: string) => void] {
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? todayIso();
  return [asOf, (iso) => setParams(iso === todayIso() ? {} : { asOf: iso })];
}

/** HF-3.2 "My morning": what is due on the worker's cases on a day (today unless another day is chosen). */
export function MyMorningPage() {
  const { t } = useTranslation();
  usePageTitle(t('service.worklist.title'));
  const { visits } = useServiceAbilities();
  const [asOf, setAsOf] = useAsOf();
  const worklist = useQuery({ queryKey: serviceKeys.workerList(asOf), queryFn: ({ signal }) => getWorkerWorklist(asOf, signal) });
  return (
    <>
      <PageHeader title={t('service.worklist.title')} description={t('service.worklist.intro')} actions={visits ? <PlannedVisitsLink /> : null} />
      <Stack gap="lg">
        <AsOfForm value={asOf} onChange={setAsOf} />
        <QueryState query={worklist}>
          {(data) => (
            <Stack gap="md">
              <Text size="sm" c="dimmed" aria-live="polite">
                {toDisplayDate(data.asOf)} · {t('service.worklist.count', { count: data.items.length })}
              </Text>
              <WorklistGroups items={data.items} />
            </Stack>
          )}
        </QueryState>
      </Stack>
    </>
  );
}

import { Anchor, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addDays, mondayOf } from '@socrehab/domain';
import { useMe } from '../../../shared/auth/session';
import { toDisplayDate } from '../../../shared/dates';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { CalendarFeedButton } from '../components/CalendarFeedButton';
import { WeekCalendar } from '../components/WeekCalendar';
import { useServiceAbilities } from '../service-abilities';
import { getOrganisationUsers, getPlannedVisits, serviceKeys } from '../service.api';
import { todayIso } from '../service-format';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** Roles whose holders can be on a case team, so have planned visits. */
const TEAM_ROLES = new Set(['social_worker', 'social_mentor', 'specialist', 'manager']);

/** ISO 8601 week number of the week starting on `monday`. */
function isoWeekNumber(monday: string): number {
  const thursday = addDays(monday, 3);
  const jan1 = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor((Date.parse(thursday) - Date.parse(jan1)) / (7 * 86_400_000)) + 1;
}

/** The week (its Monday) and the worker kept in the address, so a week can be bookmarked and the back button works. */
function useWeekAndWorker() {
  const [params, setParams] = useSearchParams();
  const asked = params.get('week');
  const monday = mondayOf(asked && ISO.test(asked) ? asked : todayIso());
  const worker = params.get('worker');
  const set = (next: { week?: string; worker?: string | null }) => {
    const week = next.week ?? monday;
    const who = next.worker === undefined ? worker : next.worker;
    setParams({ ...(week === mondayOf(todayIso()) ? {} : { week }), ...(who ? { worker: who } : {}) });
  };
  return { monday, worker, set };
}

/** A manager chooses whose calendar to see among the organisation's workers (GET /api/users). */
function WorkerSelect({ value, onChange }: { value: string; onChange: (userId: string) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const users = useQuery({ queryKey: serviceKeys.users, queryFn: ({ signal }) => getOrganisationUsers(signal) });
  const workers = (users.data?.items ?? []).filter((u) => u.active && (u.id === me.user.id || u.roles.some((r) => TEAM_ROLES.has(r))));
  const data = workers.length > 0
    ? workers.map((u) => ({ value: u.id, label: u.id === me.user.id ? t('service.calendar.me', { name: u.displayName }) : u.displayName }))
    : [{ value: me.user.id, label: t('service.calendar.me', { name: me.user.displayName }) }];
  return <NativeSelect label={t('service.calendar.worker')} value={value} onChange={(e) => onChange(e.currentTarget.value)} data={data} w={{ base: '100%', xs: 280 }} disabled={users.isPending} />;
}

/** HF-3.2.1 the planned visits calendar: a worker's week of weekly-slot visits, Monday to Sunday, with what was recorded. */
export function PlannedVisitsPage() {
  const { t } = useTranslation();
  usePageTitle(t('service.calendar.title'));
  const me = useMe();
  const { organisation: isManager } = useServiceAbilities();
  const { monday, worker, set } = useWeekAndWorker();
  const userId = isManager && worker && worker !== me.user.id ? worker : null;
  const sunday = addDays(monday, 6);
  const today = todayIso();
  const planned = useQuery({
    queryKey: serviceKeys.planned(monday, sunday, userId),
    queryFn: ({ signal }) => getPlannedVisits(monday, sunday, userId, signal),
    placeholderData: (previous) => previous,
  });
  const thisWeek = monday === mondayOf(today);
  return (
    <>
      <PageHeader
        title={t('service.calendar.title')}
        description={isManager ? t('service.calendar.introManager') : t('service.calendar.intro')}
        actions={<CalendarFeedButton />}
      />
      <Stack gap="md">
        <Paper p={{ base: 'sm', sm: 'md' }}>
          <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
            <Stack gap={2}>
              <Title order={2} size="h3" aria-live="polite">
                {t('service.calendar.week', { from: toDisplayDate(monday), to: toDisplayDate(sunday) })}
              </Title>
              <Text size="sm" c="dimmed">
                {t('service.calendar.weekNumber', { number: isoWeekNumber(monday) })}
                {thisWeek ? ` · ${t('service.calendar.thisWeek')}` : ''}
              </Text>
            </Stack>
            <Group gap="sm" align="flex-end" wrap="wrap">
              {isManager ? <WorkerSelect value={worker ?? me.user.id} onChange={(id) => set({ worker: id === me.user.id ? null : id })} /> : null}
              <Group gap={6} role="group" aria-label={t('service.calendar.weekNav')} wrap="nowrap">
                <Button variant="default" onClick={() => set({ week: addDays(monday, -7) })} aria-label={t('service.calendar.previousWeek')} title={t('service.calendar.previousWeek')} px="sm">
                  <span aria-hidden="true">←</span>
                </Button>
                <Button variant={thisWeek ? 'light' : 'default'} onClick={() => set({ week: mondayOf(today) })} aria-pressed={thisWeek}>
                  {t('service.calendar.today')}
                </Button>
                <Button variant="default" onClick={() => set({ week: addDays(monday, 7) })} aria-label={t('service.calendar.nextWeek')} title={t('service.calendar.nextWeek')} px="sm">
                  <span aria-hidden="true">→</span>
                </Button>
              </Group>
            </Group>
          </Group>
        </Paper>
        <QueryState query={planned}>
          {(data) => {
            const count = (status: string) => data.planned.filter((p) => p.status === status).length + data.unplanned.filter((p) => p.status === status).length;
            return (
              <Stack gap="sm" style={{ opacity: planned.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }} aria-busy={planned.isPlaceholderData}>
                <Text size="sm" c="dimmed" role="status">
                  {[t('service.calendar.summary', { count: data.planned.length }), t('service.calendar.done', { count: count('done') }), t('service.calendar.missed', { count: count('missed') })].join(' · ')}
                </Text>
                {data.planned.length === 0 && data.unplanned.length === 0
                  ? <Paper p="md"><Text size="sm">{t('service.calendar.emptyWeek')}</Text></Paper>
                  : <WeekCalendar monday={monday} today={data.today} planned={data.planned} unplanned={data.unplanned} />}
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
    </>
  );
}

/** The link to the calendar from "My morning" and the organisation's list. */
export function PlannedVisitsLink() {
  const { t } = useTranslation();
  return <Anchor component={Link} to="/service/calendar" fw={600}>{t('service.calendar.fromMorning')} →</Anchor>;
}

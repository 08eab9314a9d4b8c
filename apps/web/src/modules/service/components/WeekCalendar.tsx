import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addDays, isoWeekday } from '@socrehab/domain';
import { toDisplayDate } from '../../../shared/dates';
import type { PlannedVisit, UnplannedVisit } from '../service.api';
import { PlannedVisitCard } from './PlannedVisitCard';
import './week-calendar.css';

/**
 * A week Monday to Sunday: seven columns on a wide screen, a list of days on a phone (the same list,
 * laid out by CSS). Each day is headed by its Latvian (or English) weekday name and date.
 */
export function WeekCalendar({ monday, today, planned, unplanned }: { monday: string; today: string; planned: PlannedVisit[]; unplanned: UnplannedVisit[] }) {
  const { t } = useTranslation();
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const byTime = (a: { atTime: string | null }, b: { atTime: string | null }) => (a.atTime ?? '').localeCompare(b.atTime ?? '');
  return (
    <ol className="pv-week" aria-label={t('service.calendar.days')}>
      {days.map((day) => {
        const items = [...planned.filter((p) => p.on === day), ...unplanned.filter((u) => u.on === day)].sort(byTime);
        const weekday = t(`service.calendar.weekdays.${isoWeekday(day)}`);
        const headingId = `day-${day}`;
        return (
          <li key={day} className="pv-day" data-today={day === today} data-weekend={isoWeekday(day) >= 6} data-empty={items.length === 0} aria-current={day === today ? 'date' : undefined}>
            <section aria-labelledby={headingId}>
              <div className="pv-day-head">
                <Text component="h3" id={headingId} fw={650} size="sm" m={0}>
                  {weekday}{' '}
                  <Text span c="dimmed" fw={500} size="sm">{toDisplayDate(day)}</Text>
                </Text>
                {day === today ? <Text span size="xs" fw={700} c="brand.7" tt="uppercase" style={{ letterSpacing: 0.4 }}>{t('service.calendar.today')}</Text> : null}
              </div>
              {items.length === 0 ? (
                <span className="pv-none">{t('service.calendar.noVisits')}</span>
              ) : (
                <ul className="pv-visits" aria-label={t('service.calendar.visitsOfDay', { day: `${weekday} ${toDisplayDate(day)}` })}>
                  {items.map((item) => <PlannedVisitCard key={`${item.caseId}-${'visit' in item ? 'planned' : 'extra'}-${item.on}-${item.atTime}`} item={item} />)}
                </ul>
              )}
            </section>
          </li>
        );
      })}
    </ol>
  );
}

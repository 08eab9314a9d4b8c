import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Tag, type Tone } from '../../../shared/ui/Tag';
import type { PlannedVisit, PlannedVisitStatus, UnplannedVisit } from '../service.api';

const TONE: Record<PlannedVisitStatus, Tone> = { done: 'success', missed: 'warning', excused: 'purple', upcoming: 'brand', unrecorded: 'neutral' };

/**
 * HF-3.2.1 one visit in the week: the time, the case number and the person (to the case's service
 * page), and how it stands — done, missed, excused, planned or not recorded; a visit outside the
 * schedule says so.
 */
export function PlannedVisitCard({ item }: { item: PlannedVisit | UnplannedVisit }) {
  const { t } = useTranslation();
  const planned = 'visit' in item;
  const outcome = planned ? item.visit?.outcome : item.outcome;
  const time = item.atTime;
  return (
    <li className="pv-card" data-status={item.status}>
      <Text fw={700} size="sm" mb={2}>
        {time ? <><span className="visually-hidden">{t('service.calendar.at', { time })}</span><span aria-hidden="true">{time}</span></> : '—'}
      </Text>
      <Anchor component={Link} to={`/cases/${item.caseId}/service`} size="sm" fw={600} display="block" lh={1.3}>
        <span className="pv-case">{item.caseNumber ?? t('service.common.noNumber')}</span>
        <Text span display="block" size="sm" fw={500} inherit>{item.personName}</Text>
      </Anchor>
      <div style={{ marginTop: 4 }}>
        <Tag tone={TONE[item.status]}>{t(`service.calendar.statuses.${item.status}`)}</Tag>
      </div>
      {planned ? null : <Text size="xs" c="dimmed" mt={2}>{t('service.calendar.extraVisit')}</Text>}
      {outcome && item.status === 'done' ? <Text size="xs" c="dimmed" mt={2}>{t(`service.visit.outcomes.${outcome}`)}</Text> : null}
    </li>
  );
}

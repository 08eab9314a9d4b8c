import { Anchor, Group, List, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Escalation } from '@socrehab/domain';
import { toDisplayDate } from '../../../shared/dates';
import { Tag, type Tone } from '../../../shared/ui/Tag';
import type { ServiceWorklistItem, WorklistWorker } from '../service.api';
import { useDueText } from './ServiceUi';

const LEVEL_TONE: Record<string, Tone> = { missed_visit: 'warning', unreachable_week: 'warning', unreachable_inspection: 'purple', evaluate_termination: 'purple' };

/** HF-3.2.2 an escalation: its level, when the person was last met at home and last reached, and what it permits, in plain words. */
export function EscalationDetails({ escalation }: { escalation: Escalation }) {
  const { t } = useTranslation();
  const date = (iso: string | null) => toDisplayDate(iso);
  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="wrap">
        <Tag tone={LEVEL_TONE[escalation.level] ?? 'neutral'}>{t(`service.escalation.levels.${escalation.level}`)}</Tag>
        {escalation.lastReachedOn ? (
          <Text size="sm" c="dimmed">{t('service.escalation.since', { date: date(escalation.lastReachedOn), count: escalation.daysUnreachable })}</Text>
        ) : null}
      </Group>
      {escalation.lastMetAtHomeOn && escalation.lastMetAtHomeOn !== escalation.lastReachedOn ? (
        <Text size="sm" c="dimmed">{t('service.escalation.metAtHome', { date: date(escalation.lastMetAtHomeOn) })}</Text>
      ) : null}
      {escalation.extendedOn ? <Text size="sm">{t('service.escalation.extended', { date: date(escalation.extendedOn), until: date(escalation.extendedUntil) })}</Text> : null}
      <Text size="sm" fw={600}>{t('service.escalation.permittedTitle')}</Text>
      <List size="sm" spacing={2} withPadding>
        {escalation.permitted.map((action) => (
          <List.Item key={action}>
            {t(`service.escalation.actions.${action}`, { date: date(action === 'extension_running' ? escalation.extendedUntil : escalation.returnBy) })}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** The case's active team (the organisation's list): names with their roles on the team. */
function TeamLine({ workers }: { workers: WorklistWorker[] }) {
  const { t } = useTranslation();
  const role = (r: string) => t(`housing.enums.teamRole.${r}`, { defaultValue: t(`enums.role.${r}`, { defaultValue: r }) });
  return (
    <Text size="sm" className="wrap-anywhere">
      <Text span fw={600} inherit>{t('service.worklist.team')}:</Text>{' '}
      {workers.map((w, i) => (
        <span key={`${w.userId}-${w.teamRole}`}>
          {i > 0 ? ', ' : ''}{w.displayName} <Text span c="dimmed" inherit>({role(w.teamRole).toLocaleLowerCase()})</Text>
        </span>
      ))}
    </Text>
  );
}

/** One thing to do on a case, linked to the case's service page (and its team, when the list names it). */
export function WorklistItemCard({ item, showCase = true, heading = 'h3' }: { item: ServiceWorklistItem; showCase?: boolean; heading?: 'h2' | 'h3' | 'h4' }) {
  const { t, i18n } = useTranslation();
  const dueText = useDueText();
  const title = item.kind === 'repeat_offer'
    ? t('service.worklist.kinds.repeat_offer', { service: t(`service.offer.offers.${item.service}`, { defaultValue: item.service }) })
    : item.kind === 'evaluation_due' && item.instrumentNames
      ? t('service.worklist.kinds.evaluation_due_named', { instrument: i18n.language === 'en' ? item.instrumentNames.en : item.instrumentNames.lv })
      : t(`service.worklist.kinds.${item.kind}`);
  const overdue = 'due' in item && item.due.daysLeft < 0;
  const urgent = item.kind === 'evaluate_termination' || item.kind === 'escalation';
  return (
    <Paper
      component="article"
      p="sm"
      withBorder
      radius="md"
      style={{ borderLeft: `4px solid ${urgent ? '#8a3700' : overdue ? '#b02525' : 'var(--mantine-color-brand-6)'}` }}
    >
      <Stack gap={6}>
        <Text fw={650} component={heading} size="md" m={0}>{title}</Text>
        {showCase && item.caseId ? (
          <Anchor component={Link} to={`/cases/${item.caseId}/service`} size="sm" fw={500} className="wrap-anywhere">
            {t('service.common.caseLink', { name: item.personName, number: item.caseNumber ?? t('service.common.noNumber') })}
          </Anchor>
        ) : null}
        {showCase && !item.caseId ? <Text size="sm">{t('service.worklist.aboutOrganisation')}</Text> : null}
        {item.workers && item.workers.length > 0 ? <TeamLine workers={item.workers} /> : null}
        {'due' in item ? <div><Tag tone={overdue ? 'warning' : item.due.daysLeft === 0 ? 'brand' : 'neutral'}>{dueText(item.due)}</Tag></div> : null}
        {item.kind === 'escalation' || item.kind === 'evaluate_termination' ? <EscalationDetails escalation={item.escalation} /> : null}
        {item.kind === 'contact_hours' ? <Text size="sm">{t('service.worklist.hoursUsed', { used: item.usedHours, limit: item.limit })}</Text> : null}
      </Stack>
    </Paper>
  );
}

import { Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Escalation } from '@socrehab/domain/programmes/housing-first/index';
import { toDisplayDate } from '../../../../shared/dates';
import { Tag, type Tone } from '../../../../shared/ui/Tag';

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

import { Alert, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceSummaryResponse } from '../plans.api';

import { SummaryTile } from './SummaryTile';
import { ALERT_INK } from '../../../../shared/ui/alert-ink';

/**
 * HF-2.2 contact hours used and left in the engagement, as the service summary computed them for its
 * day, with the warning from 80 % and the hours of that day against the daily limit.
 */
export function HoursPanel({ hours }: { hours: ServiceSummaryResponse['hours'] }) {
  const { t, i18n } = useTranslation();
  const { used, limit, left, warning } = hours;
  const share = limit > 0 ? Math.min(100, (used / limit) * 100) : 0;
  const number = (n: number) => new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'lv-LV', { maximumFractionDigits: 2 }).format(n);
  return (
    <SummaryTile id="hours" title={t('service.hours.title')}>
      <Stack gap={6}>
        <Group gap={6} align="baseline">
          <Text fz={28} fw={700} lh={1.1} c={warning ? '#8a3700' : 'brand.8'}>{number(used)}</Text>
          <Text size="sm" c="dimmed">/ {t('service.common.hours', { hours: limit })}</Text>
        </Group>
        <Text size="sm" fw={600}>{t('service.hours.used', { used, limit, left })}</Text>
        <Progress value={share} color={warning ? 'orange.9' : 'brand.7'} size="lg" radius="xl" aria-label={t('service.hours.progressLabel')} />
      </Stack>
      {hours.exceededBy > 0 ? (
        <Alert color="red" role="status" styles={ALERT_INK.red} py="xs">
          <Text size="sm" style={ALERT_INK.red.message}>{t('service.hours.exceeded', { over: hours.exceededBy, limit })}</Text>
        </Alert>
      ) : warning ? (
        <Alert color="orange" role="status" styles={ALERT_INK.orange} py="xs">
          <Text size="sm" style={ALERT_INK.orange.message}>{t('housing.warnings.hoursNearCap', { used, limit })}</Text>
        </Alert>
      ) : null}
      <Text size="sm">{t('hf.caseService.summary.usedOnDay', { hours: hours.usedOnDay, limit: hours.perDayLimit })}</Text>
      <Text size="xs" c="dimmed">{t('service.hours.perDay', { limit: hours.perDayLimit })}</Text>
    </SummaryTile>
  );
}

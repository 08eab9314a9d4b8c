import { Alert, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CONTACT_HOURS_WARNING_SHARE } from '@socrehab/domain';
import { getWorkLog, serviceKeys, type HoursAnswer, type ServiceCase } from '../service.api';
import { INK, Section } from './ServiceUi';

/**
 * HF-2.2 contact hours used and left in the engagement, with the warning from 80 %. The total is the
 * sum of the work log's visits and contacts (a visit's hours are its contact); right after a save the
 * server's own figure is shown.
 */
export function HoursPanel({ data }: { data: ServiceCase }) {
  const { t } = useTranslation();
  const caseId = data.case.id;
  const limit = data.settings.contactHoursPerEngagement;
  const log = useQuery({ queryKey: serviceKeys.workLog(caseId, {}), queryFn: ({ signal }) => getWorkLog(caseId, {}, signal), retry: false });
  const answer = useQuery<HoursAnswer | null>({ queryKey: serviceKeys.hours(caseId), queryFn: () => null, staleTime: Infinity });
  const fromLog = log.data ? log.data.items.filter((i) => i.kind !== 'entry').reduce((sum, i) => sum + (Number(i.hours) || 0), 0) : null;
  const used = fromLog ?? answer.data?.hoursUsed ?? null;
  const warning = used !== null && used >= limit * CONTACT_HOURS_WARNING_SHARE;
  return (
    <Section id="hours" title={t('service.hours.title')}>
      {used === null ? <Text size="sm" c="dimmed">{t('service.hours.unknown')}</Text> : (
        <Stack gap={6}>
          <Text size="sm" fw={600}>{t('service.hours.used', { used, limit, left: Math.max(0, limit - used) })}</Text>
          <Progress value={Math.min(100, (used / limit) * 100)} color={warning ? 'orange.9' : 'brand.7'} size="lg" aria-label={t('service.hours.progressLabel')} />
        </Stack>
      )}
      {warning ? (
        <Alert color="orange" role="status" styles={INK.orange} py="xs">
          <Text size="sm" style={INK.orange.message}>{t('housing.warnings.hoursNearCap', { used, limit })}</Text>
        </Alert>
      ) : null}
      <Text size="xs" c="dimmed">{t('service.hours.perDay', { limit: data.settings.contactHoursPerDay })}</Text>
    </Section>
  );
}

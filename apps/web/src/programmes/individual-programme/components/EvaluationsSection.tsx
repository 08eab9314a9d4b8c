import { Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { computeSatisfactionOccasion } from '@socrehab/domain/programmes/individual-programme/satisfaction.rules';
import { toDisplayDate } from '../../../shared/dates';
import { Section } from '../../../shared/ui/Section';
import { QueryState } from '../../../shared/ui/QueryState';
import { Tag, type Tone } from '../../../shared/ui/Tag';
import { coreEvaluationKeys, getCaseEvaluations, recordCaseEvaluation, type DueEvaluation, type EvaluationInstrument } from '../../../modules/evaluations/evaluations.api';
import { InstrumentForm, RecordedList } from '../../../modules/evaluations/EvaluationParts';
import { ipKeys } from '../individual-programme.api';
import { todayIso } from '../ip-format';

/**
 * IP-5 client satisfaction at least once a year, a month before the service agreement expires and when
 * the client ends the service: what the core's evaluation schedule says is due, what was recorded, and
 * a form to record one.
 */
type CaseDays = { closedOn: string | null; agreementEndsOn: string | null };

export function EvaluationsSection({ caseId, canRecord, days }: { caseId: string; canRecord: boolean; days: CaseDays }) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: coreEvaluationKeys.case(caseId), queryFn: ({ signal }) => getCaseEvaluations(caseId, signal) });
  return (
    <Section id="evaluations" title={t('ipPages.evaluations.title')} intro={t('ipPages.evaluations.intro')}>
      <QueryState query={query}>
        {(data) => {
          const due = data.due.filter((d) => d.instrument === 'client_satisfaction');
          const instruments = data.instruments.filter((i) => i.code === 'client_satisfaction');
          const recorded = data.evaluations.filter((r) => r.instrument === 'client_satisfaction');
          // an ended case still takes the survey its ending made due (IP-5), dated within the case
          const recordable = canRecord && (days.closedOn === null || due.some((d) => d.at === 'ending'));
          return (
            <Grid gutter="lg">
              <Grid.Col span={{ base: 12, lg: recordable ? 6 : 12 }} miw={0}>
                <Stack gap="md">
                  <div>
                    <Title order={3} size="h4" mb="xs">{t('ipPages.evaluations.dueTitle')}</Title>
                    {due.length === 0 ? <Text size="sm" c="dimmed">{t('ipPages.evaluations.noneDue')}</Text> : (
                      <Stack gap={6}>{due.map((d) => <DueLine key={`${d.at}-${d.dueOn}`} due={d} />)}</Stack>
                    )}
                  </div>
                </Stack>
              </Grid.Col>
              {recordable ? (
                <Grid.Col span={{ base: 12, lg: 6 }} miw={0}>
                  <SatisfactionForm caseId={caseId} lastDay={days.closedOn} instruments={instruments} />
                </Grid.Col>
              ) : null}
              <Grid.Col span={12} miw={0}>
                <Title order={3} size="h4" mb="xs">{t('ipPages.evaluations.recordedTitle')}</Title>
                {recorded.length === 0 ? <Text size="sm" c="dimmed">{t('ipPages.evaluations.noneRecorded')}</Text> : <RecordedList items={recorded} instruments={instruments} wording="ipPages.evaluations" occasion={(r) => t(`ip.enums.occasion.${computeSatisfactionOccasion(r.recordedOn, days)}`)} />}
              </Grid.Col>
            </Grid>
          );
        }}
      </QueryState>
    </Section>
  );
}

function DueLine({ due }: { due: DueEvaluation }) {
  const { t } = useTranslation();
  const date = toDisplayDate(due.dueOn);
  const tone: Tone = due.daysLeft < 0 ? 'warning' : due.daysLeft <= 14 ? 'brand' : 'neutral';
  const text = due.daysLeft < 0 ? t('ipPages.evaluations.overdue', { count: -due.daysLeft, date })
    : due.daysLeft === 0 ? t('ipPages.evaluations.dueToday') : t('ipPages.evaluations.dueIn', { count: due.daysLeft, date });
  return (
    <Group gap="xs" wrap="wrap">
      <Tag tone={tone}>{text}</Tag>
      <Text size="sm">{t(`ip.enums.instrument.client_satisfaction`)} — {t(`ipPages.evaluations.at.${due.at}`)}</Text>
    </Group>
  );
}

/** IP-5 a client satisfaction survey: the score is required, a survey without one says nothing; an ended case's survey defaults to its last day. */
function SatisfactionForm({ caseId, lastDay, instruments }: { caseId: string; lastDay: string | null; instruments: EvaluationInstrument[] }) {
  const queryClient = useQueryClient();
  return (
    <InstrumentForm wording="ipPages.evaluations" formId="satisfaction-form" instruments={instruments} initialOn={lastDay && lastDay < todayIso() ? lastDay : todayIso()}
      save={(body) => recordCaseEvaluation(caseId, body)}
      onSaved={() => {
        void queryClient.invalidateQueries({ queryKey: coreEvaluationKeys.case(caseId) });
        void queryClient.invalidateQueries({ queryKey: ipKeys.all });
      }} />
  );
}

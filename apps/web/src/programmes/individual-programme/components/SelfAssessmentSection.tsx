import { Grid, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toDisplayDate } from '../../../shared/dates';
import { Section } from '../../../shared/ui/Section';
import { QueryState } from '../../../shared/ui/QueryState';
import { Tag } from '../../../shared/ui/Tag';
import { getProviderEvaluations, type EvaluationInstrument, type ProviderEvaluations } from '../../../modules/evaluations/evaluations.api';
import { InstrumentForm, RecordedList } from '../../../modules/evaluations/EvaluationParts';
import { ipKeys, recordSelfAssessment } from '../individual-programme.api';
import { todayIso } from '../ip-format';

const INSTRUMENT = 'provider_self_assessment';

/**
 * IP-6 the provider assesses its own activity at least once a year: when the next one is due, those
 * recorded, and the form to record one (the provider's managers: the server lets only them).
 */
export function SelfAssessmentSection() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ipKeys.selfAssessments, queryFn: ({ signal }) => getProviderEvaluations('individual_programme', signal) });
  return (
    <Section id="self-assessment" title={t('ipPages.selfAssessment.title')} intro={t('ipPages.selfAssessment.intro')}>
      <QueryState query={query}>
        {(data) => {
          const recorded = data.evaluations.filter((e) => e.instrument === INSTRUMENT);
          const instruments = data.instruments.filter((i) => i.code === INSTRUMENT);
          return (
            <Grid gutter="lg">
              <Grid.Col span={{ base: 12, lg: 6 }} miw={0}>
                <Stack gap="md">
                  <DueLine due={data.due.find((d) => d.instrument === INSTRUMENT)} />
                  <div>
                    <Title order={3} size="h4" mb="xs">{t('ipPages.selfAssessment.recordedTitle')}</Title>
                    {recorded.length === 0 ? <Text size="sm" c="dimmed">{t('ipPages.selfAssessment.noneRecorded')}</Text> : <RecordedList items={recorded} instruments={instruments} wording="ipPages.selfAssessment" />}
                  </div>
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 6 }} miw={0}>
                <SelfAssessmentForm instruments={instruments} />
              </Grid.Col>
            </Grid>
          );
        }}
      </QueryState>
    </Section>
  );
}

function DueLine({ due }: { due: ProviderEvaluations['due'][number] | undefined }) {
  const { t } = useTranslation();
  if (!due) return <Text size="sm">{t('ipPages.selfAssessment.noneDue')}</Text>;
  const date = toDisplayDate(due.dueOn);
  if (due.daysLeft < 0) return <span><Tag tone="warning">{t('ipPages.selfAssessment.overdue', { date })}</Tag></span>;
  if (due.daysLeft === 0) return <span><Tag tone="warning">{t('ipPages.selfAssessment.dueToday')}</Tag></span>;
  return <Text size="sm" fw={600}>{t('ipPages.selfAssessment.dueOn', { date })}</Text>;
}

/** IP-6 the provider's self-assessment: the score is optional (an overall score may not fit the conclusions). */
function SelfAssessmentForm({ instruments }: { instruments: EvaluationInstrument[] }) {
  const queryClient = useQueryClient();
  return (
    <InstrumentForm wording="ipPages.selfAssessment" formId="self-assessment-form" instruments={instruments} initialOn={todayIso()}
      save={(body) => recordSelfAssessment(body)}
      // the department's overview and the satisfaction analysis count self-assessments too
      onSaved={() => void queryClient.invalidateQueries({ queryKey: ipKeys.all })} />
  );
}

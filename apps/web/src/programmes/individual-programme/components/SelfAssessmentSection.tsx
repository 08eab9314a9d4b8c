import { Grid, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toDisplayDate } from '../../../shared/dates';
import { Section } from '../../../shared/ui/Section';
import { QueryState } from '../../../shared/ui/QueryState';
import { Tag } from '../../../shared/ui/Tag';
import { getSelfAssessments, ipKeys, recordSelfAssessment, type SelfAssessments } from '../individual-programme.api';
import { todayIso } from '../ip-format';
import { EvaluationForm, RecordedEvaluations } from './EvaluationParts';

const INSTRUMENT = 'provider_self_assessment';

/**
 * IP-6 the provider assesses its own activity at least once a year: when the next one is due, those
 * recorded, and the form to record one (the provider's managers: the server lets only them).
 */
export function SelfAssessmentSection() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ipKeys.selfAssessments, queryFn: ({ signal }) => getSelfAssessments(signal) });
  return (
    <Section id="self-assessment" title={t('ipPages.selfAssessment.title')} intro={t('ipPages.selfAssessment.intro')}>
      <QueryState query={query}>
        {(data) => {
          const recorded = data.evaluations.filter((e) => e.instrument === INSTRUMENT);
          return (
            <Grid gutter="lg">
              <Grid.Col span={{ base: 12, lg: 6 }} miw={0}>
                <Stack gap="md">
                  <DueLine due={data.due.find((d) => d.instrument === INSTRUMENT)} />
                  <div>
                    <Title order={3} size="h4" mb="xs">{t('ipPages.selfAssessment.recordedTitle')}</Title>
                    {recorded.length === 0 ? <Text size="sm" c="dimmed">{t('ipPages.selfAssessment.noneRecorded')}</Text> : <RecordedEvaluations items={recorded} texts="ipPages.selfAssessment" />}
                  </div>
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 6 }} miw={0}>
                <SelfAssessmentForm />
              </Grid.Col>
            </Grid>
          );
        }}
      </QueryState>
    </Section>
  );
}

function DueLine({ due }: { due: SelfAssessments['due'][number] | undefined }) {
  const { t } = useTranslation();
  if (!due) return <Text size="sm">{t('ipPages.selfAssessment.noneDue')}</Text>;
  const date = toDisplayDate(due.dueOn);
  if (due.daysLeft < 0) return <span><Tag tone="warning">{t('ipPages.selfAssessment.overdue', { date })}</Tag></span>;
  if (due.daysLeft === 0) return <span><Tag tone="warning">{t('ipPages.selfAssessment.dueToday')}</Tag></span>;
  return <Text size="sm" fw={600}>{t('ipPages.selfAssessment.dueOn', { date })}</Text>;
}

/** IP-6 the provider's self-assessment: the score is optional (an overall score may not fit the conclusions). */
function SelfAssessmentForm() {
  const queryClient = useQueryClient();
  return (
    <EvaluationForm texts="ipPages.selfAssessment" formId="self-assessment-form" initialOn={todayIso()} scoreRequired={false}
      save={(body) => recordSelfAssessment({ instrument: INSTRUMENT, ...body })}
      // the department's overview and the satisfaction analysis count self-assessments too
      onSaved={() => void queryClient.invalidateQueries({ queryKey: ipKeys.all })} />
  );
}

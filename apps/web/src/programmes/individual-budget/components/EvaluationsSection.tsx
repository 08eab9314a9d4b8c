import { Grid, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { IB_PILOT_END_MEETING } from '@socrehab/domain/programmes/individual-budget/instruments';
import { Section } from '../../../shared/ui/Section';
import { QueryState } from '../../../shared/ui/QueryState';
import { coreEvaluationKeys, getCaseEvaluations } from '../../../modules/evaluations/evaluations.api';
import { DueLine, InstrumentForm, RecordedList } from '../../../modules/evaluations/EvaluationParts';
import { ibKeys, recordClosingMeeting } from '../individual-budget.api';
import { todayIso } from '../ib-format';

/**
 * IB-2, IB-6 what the core's evaluation schedule says is due on the case — the team's re-assessment every
 * 6 months (recorded with the assessment above) and, once the case ends, the closing meeting with the
 * family — the meeting's form and what was recorded.
 */
export function EvaluationsSection({ caseId, canRecord, closedOn }: { caseId: string; canRecord: boolean; closedOn: string | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: coreEvaluationKeys.case(caseId), queryFn: ({ signal }) => getCaseEvaluations(caseId, signal) });
  return (
    <Section id="evaluations" title={t('ibPages.meeting.title')} intro={t('ibPages.meeting.intro')}>
      <QueryState query={query}>
        {(data) => {
          const byCode = new Map(data.instruments.map((i) => [i.code, i]));
          const meeting = data.instruments.filter((i) => i.code === IB_PILOT_END_MEETING);
          const meetingDue = data.due.some((d) => d.instrument === IB_PILOT_END_MEETING);
          const recordable = canRecord && closedOn !== null && meetingDue;
          return (
            <Grid gutter="lg">
              <Grid.Col span={{ base: 12, lg: recordable ? 6 : 12 }} miw={0}>
                <Title order={3} size="h4" mb="xs">{t('evaluations.dueTitle')}</Title>
                {data.due.length === 0 ? <Text size="sm" c="dimmed">{t('evaluations.noneDue')}</Text> : (
                  <Stack gap={6}>{data.due.map((d) => <DueLine key={`${d.instrument}-${d.at}`} due={d} instrument={byCode.get(d.instrument)} />)}</Stack>
                )}
              </Grid.Col>
              {recordable ? (
                <Grid.Col span={{ base: 12, lg: 6 }} miw={0}>
                  <InstrumentForm formId="closing-meeting-form" instruments={meeting} initial={IB_PILOT_END_MEETING} initialOn={closedOn < todayIso() ? closedOn : todayIso()}
                    save={(body) => recordClosingMeeting(caseId, { recordedOn: body.recordedOn, answers: body.answers, note: body.note })}
                    onSaved={() => { void queryClient.invalidateQueries({ queryKey: coreEvaluationKeys.case(caseId) }); void queryClient.invalidateQueries({ queryKey: ibKeys.all }); }} />
                </Grid.Col>
              ) : null}
              <Grid.Col span={12} miw={0}>
                <Title order={3} size="h4" mb="xs">{t('evaluations.recordedTitle')}</Title>
                {data.evaluations.length === 0 ? <Text size="sm" c="dimmed">{t('evaluations.noneRecorded')}</Text> : <RecordedList items={data.evaluations} instruments={data.instruments} />}
              </Grid.Col>
            </Grid>
          );
        }}
      </QueryState>
    </Section>
  );
}

import { Grid, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isoDayInRiga } from '@socrehab/domain';
import { Section } from '../../shared/ui/Section';
import { QueryState } from '../../shared/ui/QueryState';
import { coreEvaluationKeys, getCaseEvaluations, recordCaseEvaluation } from './evaluations.api';
import { DueLine, InstrumentForm, RecordedList } from './EvaluationParts';
import type { EvaluationBody } from './evaluations.api';

/** What a programme words and records its own way (the Individual Budget's closing meeting, IB-6); the rest is the core's. */
export interface ProgrammeEvaluations {
  title: string; intro: string; formId: string;
  /** the instruments its form offers */
  offered(instrument: string): boolean;
  /** whether the form is shown, given what is due */
  recordable(due: ReadonlyArray<{ instrument: string; at: string }>): boolean;
  /** how it records one */
  save(body: EvaluationBody): Promise<unknown>;
}

/**
 * A case's evaluation instruments on the core's schedule (issue 13), for any programme that declares
 * them: those due, the form that asks their questions, those completed. An ended case still takes what
 * its ending made due, dated within the case (the server checks the day).
 */
export function CaseEvaluationsSection({ caseId, canRecord, closedOn, onSaved, own }: {
  caseId: string; canRecord: boolean; closedOn: string | null; onSaved?: () => void; own?: ProgrammeEvaluations;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: coreEvaluationKeys.case(caseId), queryFn: ({ signal }) => getCaseEvaluations(caseId, signal) });
  const today = isoDayInRiga(new Date());
  return (
    <Section id="evaluations" title={own?.title ?? t('evaluations.caseTitle')} intro={own?.intro ?? t('evaluations.caseIntro')}>
      <QueryState query={query}>
        {(data) => {
          if (data.instruments.length === 0) return <Text size="sm" c="dimmed">{t('evaluations.noneDue')}</Text>;
          const byCode = new Map(data.instruments.map((i) => [i.code, i]));
          const recordable = canRecord && (own ? own.recordable(data.due) : closedOn === null || data.due.some((d) => d.at === 'ending'));
          const offered = own ? data.instruments.filter((i) => own.offered(i.code)) : data.instruments;
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
                  <InstrumentForm formId={own?.formId ?? 'case-evaluation-form'} instruments={offered}
                    initial={data.due.find((d) => offered.some((i) => i.code === d.instrument))?.instrument ?? offered[0]?.code}
                    initialOn={closedOn && closedOn < today ? closedOn : today}
                    save={(body) => (own ? own.save(body) : recordCaseEvaluation(caseId, body))}
                    onSaved={() => { void queryClient.invalidateQueries({ queryKey: coreEvaluationKeys.case(caseId) }); onSaved?.(); }} />
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

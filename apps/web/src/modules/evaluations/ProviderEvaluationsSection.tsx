import { Grid, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isoDayInRiga } from '@socrehab/domain';
import { Section } from '../../shared/ui/Section';
import { QueryState } from '../../shared/ui/QueryState';
import { Tag } from '../../shared/ui/Tag';
import { coreEvaluationKeys, getProviderEvaluations, recordProviderEvaluation, type EvaluationInstrument, type TargetProgress } from './evaluations.api';
import { DueLine, InstrumentForm, RecordedList, useInstrumentText } from './EvaluationParts';

/**
 * The provider's own evaluations in a programme (its managers; the server lets only them): the
 * programme-level events held against their targets, what is due, the form, those recorded.
 */
export function ProviderEvaluationsSection({ programme }: { programme: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: coreEvaluationKeys.provider(programme), queryFn: ({ signal }) => getProviderEvaluations(programme, signal) });
  return (
    <Section id="provider-evaluations" title={t('evaluations.providerTitle')} intro={t('evaluations.providerIntro')}>
      <QueryState query={query}>
        {(data) => {
          const byCode = new Map(data.instruments.map((i) => [i.code, i]));
          return (
            <Grid gutter="lg">
              <Grid.Col span={{ base: 12, lg: 6 }} miw={0}>
                <Stack gap="md">
                  {data.targets.length ? (
                    <div>
                      <Title order={3} size="h4" mb="xs">{t('evaluations.targetsTitle')}</Title>
                      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                        {data.targets.map((target) => <TargetTile key={target.instrument} target={target} instrument={byCode.get(target.instrument)} />)}
                      </SimpleGrid>
                    </div>
                  ) : null}
                  <div>
                    <Title order={3} size="h4" mb="xs">{t('evaluations.dueTitle')}</Title>
                    {data.due.length === 0 ? <Text size="sm" c="dimmed">{t('evaluations.noneDue')}</Text> : (
                      <Stack gap={6}>{data.due.map((d) => <DueLine key={`${d.instrument}-${d.at}`} due={d} instrument={byCode.get(d.instrument)} />)}</Stack>
                    )}
                  </div>
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 6 }} miw={0}>
                <InstrumentForm formId="provider-evaluation-form" instruments={data.instruments} initialOn={isoDayInRiga(new Date())}
                  save={(body) => recordProviderEvaluation(programme, body)}
                  onSaved={() => void queryClient.invalidateQueries({ queryKey: coreEvaluationKeys.provider(programme) })} />
              </Grid.Col>
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

/** One event's count against its target, and per option of the answer it counts by (e.g. interviews with clients). */
function TargetTile({ target, instrument }: { target: TargetProgress; instrument: EvaluationInstrument | undefined }) {
  const { t } = useTranslation();
  const text = useInstrumentText();
  const by = instrument?.target?.byAnswer;
  const options = instrument?.questions?.find((q) => q.code === by?.question);
  const optionName = (code: string) => (options?.type === 'choice' ? text.name(options.options.find((o) => o.code === code)?.names, code) : code);
  const reached = target.count >= target.target && target.byAnswer.every((b) => b.count >= b.atLeast);
  return (
    <Paper p="sm" bg="gray.0">
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Text size="sm" fw={700}>{text.instrument(instrument, target.instrument)}</Text>
        {reached ? <Tag tone="success">{t('evaluations.targetReached')}</Tag> : null}
      </Group>
      <Text fz={24} fw={700} c="brand.8">{t('evaluations.target', { count: target.count, target: target.target })}</Text>
      {target.byAnswer.map((b) => <Text key={b.option} size="sm" c="dimmed">{t('evaluations.targetBy', { option: optionName(b.option), count: b.count, atLeast: b.atLeast })}</Text>)}
    </Paper>
  );
}

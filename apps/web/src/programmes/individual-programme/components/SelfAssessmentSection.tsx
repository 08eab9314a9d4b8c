import { useState, type FormEvent } from 'react';
import { Button, Grid, Group, NativeSelect, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { Section } from '../../../shared/ui/Section';
import { ListTable } from '../../../shared/ui/ListTable';
import { QueryState } from '../../../shared/ui/QueryState';
import { DateField } from '../../../shared/ui/DateField';
import { FormError, SavedNotice } from '../../../shared/ui/FormFeedback';
import { Tag } from '../../../shared/ui/Tag';
import { getSelfAssessments, ipKeys, recordSelfAssessment, type SelfAssessments } from '../individual-programme.api';
import { todayIso, useIpFormat } from '../ip-format';

const INSTRUMENT = 'provider_self_assessment';
const SCORES = [1, 2, 3, 4, 5] as const;

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
                    {recorded.length === 0 ? <Text size="sm" c="dimmed">{t('ipPages.selfAssessment.noneRecorded')}</Text> : <RecordedList items={recorded} />}
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

type Recorded = SelfAssessments['evaluations'][number];

function RecordedList({ items }: { items: Recorded[] }) {
  const { t } = useTranslation();
  const f = useIpFormat();
  const score = (r: Recorded) => (r.score === null ? t('ipPages.common.none') : t('ipPages.selfAssessment.scoreValue', { score: f.number(Number(r.score)) }));
  return (
    <>
      <ListTable label={t('ipPages.selfAssessment.recordedTable')} minWidth={480} visibleFrom="sm"
        columns={[t('ipPages.selfAssessment.on'), t('ipPages.selfAssessment.score'), t('ipPages.selfAssessment.notes')]}>
        {items.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td className="nowrap">{toDisplayDate(r.recordedOn)}</Table.Td>
            <Table.Td className="nowrap" fw={600}>{score(r)}</Table.Td>
            <Table.Td fz="sm">{r.note ?? ''}<Text size="xs" c="dimmed">{r.recordedByName}</Text></Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <Stack hiddenFrom="sm" gap="xs" component="ul" aria-label={t('ipPages.selfAssessment.recordedTable')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((r) => (
          <Paper key={r.id} component="li" p="sm" bg="gray.0">
            <Group justify="space-between" gap="xs"><Text size="sm" fw={600}>{toDisplayDate(r.recordedOn)}</Text><Text size="sm" fw={700}>{score(r)}</Text></Group>
            {r.note ? <Text size="sm">{r.note}</Text> : null}
            <Text size="xs" c="dimmed">{r.recordedByName}</Text>
          </Paper>
        ))}
      </Stack>
    </>
  );
}

/** IP-6 a self-assessment: its day, an overall score on the 1–5 scale if given, and the conclusions. */
function SelfAssessmentForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [on, setOn] = useState(toDisplayDate(todayIso()));
  const [score, setScore] = useState('');
  const [notes, setNotes] = useState('');
  // what was saved, put in words at render so the notice follows a language switch
  const [saved, setSaved] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (body: { recordedOn: string; score?: number; note: string | null }) => recordSelfAssessment({ instrument: INSTRUMENT, ...body }),
    onMutate: () => setSaved(null),
    onSuccess: (_r, body) => {
      setSaved(body.recordedOn);
      setScore('');
      setNotes('');
      // the department's overview and the satisfaction analysis count self-assessments too
      void queryClient.invalidateQueries({ queryKey: ipKeys.all });
    },
  });
  const errors = fieldErrorsOf(mutation.error, t);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({ recordedOn: parseDisplayDate(on) ?? '', ...(score ? { score: Number(score) } : {}), note: notes.trim() || null });
  };
  const scale = t('ipPages.selfAssessment.scale', { returnObjects: true }) as string[];
  return (
    <Paper p="md" bg="gray.0" withBorder={false}>
      <form onSubmit={submit} noValidate aria-labelledby="self-assessment-form-title">
        <Stack gap="sm">
          <Title order={3} size="h4" id="self-assessment-form-title">{t('ipPages.selfAssessment.formTitle')}</Title>
          <DateField label={t('ipPages.selfAssessment.formOn')} required value={on} onChange={setOn} error={errors.recordedOn} maw={220} />
          <NativeSelect label={t('ipPages.selfAssessment.formScore')} value={score} onChange={(e) => setScore(e.currentTarget.value)} error={errors.score}
            data={[{ value: '', label: t('ipPages.selfAssessment.noScore') }, ...SCORES.map((s) => ({ value: String(s), label: scale[s - 1] ?? String(s) }))]} />
          <Textarea label={t('ipPages.selfAssessment.formNotes')} description={t('ipPages.selfAssessment.formNotesHint')} autosize minRows={3} maxLength={4000}
            value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.note} />
          <FormError message={mutation.error ? messageOf(mutation.error, t) : null} hasFields={Object.keys(errors).length > 0} />
          <SavedNotice>{saved ? t('ipPages.selfAssessment.saved', { date: toDisplayDate(saved) }) : null}</SavedNotice>
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending}>{t('ipPages.selfAssessment.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

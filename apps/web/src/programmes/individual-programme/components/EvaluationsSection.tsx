import { useState, type FormEvent } from 'react';
import { Button, Grid, Group, NativeSelect, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { computeSatisfactionOccasion } from '@socrehab/domain/programmes/individual-programme/satisfaction.rules';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { Section } from '../../../shared/ui/Section';
import { ListTable } from '../../../shared/ui/ListTable';
import { QueryState } from '../../../shared/ui/QueryState';
import { DateField } from '../../../shared/ui/DateField';
import { FormError, SavedNotice } from '../../../shared/ui/FormFeedback';
import { Tag, type Tone } from '../../../shared/ui/Tag';
import { evaluationKeys, getCaseEvaluations, recordEvaluation, type DueEvaluation, type RecordedEvaluation } from '../evaluations.api';
import { ipKeys } from '../individual-programme.api';
import { todayIso, useIpFormat } from '../ip-format';

const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * IP-5 client satisfaction at least once a year, a month before the service agreement expires and when
 * the client ends the service: what the core's evaluation schedule says is due, what was recorded, and
 * a form to record one.
 */
type CaseDays = { closedOn: string | null; agreementEndsOn: string | null };

export function EvaluationsSection({ caseId, canRecord, days }: { caseId: string; canRecord: boolean; days: CaseDays }) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: evaluationKeys.case(caseId), queryFn: ({ signal }) => getCaseEvaluations(caseId, signal) });
  return (
    <Section id="evaluations" title={t('ipPages.evaluations.title')} intro={t('ipPages.evaluations.intro')}>
      <QueryState query={query}>
        {(data) => {
          const due = data.due.filter((d) => d.instrument === 'client_satisfaction');
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
                  <SatisfactionForm caseId={caseId} lastDay={days.closedOn} />
                </Grid.Col>
              ) : null}
              <Grid.Col span={12} miw={0}>
                <Title order={3} size="h4" mb="xs">{t('ipPages.evaluations.recordedTitle')}</Title>
                {recorded.length === 0 ? <Text size="sm" c="dimmed">{t('ipPages.evaluations.noneRecorded')}</Text> : <RecordedList items={recorded} days={days} />}
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

/** IP-5 the evaluations recorded, each with the occasion its day stands for (a month before the agreement's end, at ending, yearly). */
function RecordedList({ items, days }: { items: RecordedEvaluation[]; days: CaseDays }) {
  const { t } = useTranslation();
  const f = useIpFormat();
  const occasion = (r: RecordedEvaluation) => t(`ip.enums.occasion.${computeSatisfactionOccasion(r.recordedOn, days)}`);
  const score = (r: RecordedEvaluation) => (r.score === null ? t('ipPages.common.none') : t('ipPages.evaluations.scoreValue', { score: f.number(Number(r.score)) }));
  return (
    <>
      <ListTable label={t('ipPages.evaluations.recordedTable')} minWidth={520} visibleFrom="sm"
        columns={[t('ipPages.evaluations.recordedOn'), t('ipPages.evaluations.occasion'), t('ipPages.evaluations.score'), t('ipPages.evaluations.notes')]}>
        {items.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td className="nowrap">{toDisplayDate(r.recordedOn)}</Table.Td>
            <Table.Td fz="sm">{occasion(r)}</Table.Td>
            <Table.Td className="nowrap" fw={600}>{score(r)}</Table.Td>
            <Table.Td fz="sm">{r.note ?? ''}<Text size="xs" c="dimmed">{r.recordedByName}</Text></Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <Stack hiddenFrom="sm" gap="xs" component="ul" aria-label={t('ipPages.evaluations.recordedTable')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((r) => (
          <Paper key={r.id} component="li" p="sm" bg="gray.0">
            <Group justify="space-between" gap="xs"><Text size="sm" fw={600}>{toDisplayDate(r.recordedOn)}</Text><Text size="sm" fw={700}>{score(r)}</Text></Group>
            <Text size="sm">{occasion(r)}</Text>
            {r.note ? <Text size="sm" c="dimmed">{r.note}</Text> : null}
          </Paper>
        ))}
      </Stack>
    </>
  );
}

/** IP-5 a client satisfaction evaluation: its day, the client's score on the 1–5 scale and what was said. */
function SatisfactionForm({ caseId, lastDay }: { caseId: string; lastDay: string | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [on, setOn] = useState(toDisplayDate(lastDay && lastDay < todayIso() ? lastDay : todayIso()));
  const [score, setScore] = useState('');
  const [notes, setNotes] = useState('');
  // what was saved, put in words at render so the notice follows a language switch
  const [saved, setSaved] = useState<{ recordedOn: string; score: number } | null>(null);
  const mutation = useMutation({
    mutationFn: (body: { recordedOn: string; score: number; note: string | null }) => recordEvaluation(caseId, { instrument: 'client_satisfaction', ...body }),
    onMutate: () => setSaved(null),
    onSuccess: (_r, body) => {
      setSaved({ recordedOn: body.recordedOn, score: body.score });
      setScore('');
      setNotes('');
      void queryClient.invalidateQueries({ queryKey: evaluationKeys.case(caseId) });
      void queryClient.invalidateQueries({ queryKey: ipKeys.all });
    },
  });
  // the instrument may carry no score, but a satisfaction survey without one says nothing: asked for here
  const [scoreMissing, setScoreMissing] = useState(false);
  const errors: Record<string, string> = { ...fieldErrorsOf(mutation.error, t), ...(scoreMissing ? { score: t('validation.required') } : {}) };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setScoreMissing(!score);
    if (!score) return;
    mutation.mutate({ recordedOn: parseDisplayDate(on) ?? '', score: Number(score), note: notes.trim() || null });
  };
  const scale = t('ipPages.evaluations.scale', { returnObjects: true }) as string[];
  return (
    <Paper p="md" bg="gray.0" withBorder={false}>
      <form onSubmit={submit} noValidate aria-labelledby="satisfaction-form-title">
        <Stack gap="sm">
          <Title order={3} size="h4" id="satisfaction-form-title">{t('ipPages.evaluations.formTitle')}</Title>
          <DateField label={t('ipPages.evaluations.formOn')} required value={on} onChange={setOn} error={errors.recordedOn} maw={220} />
          <NativeSelect label={t('ipPages.evaluations.formScore')} description={t('ipPages.evaluations.formScoreHint')} required value={score} onChange={(e) => { setScore(e.currentTarget.value); setScoreMissing(false); }} error={errors.score}
            data={[{ value: '', label: t('ipPages.evaluations.choose') }, ...SCORES.map((s) => ({ value: String(s), label: scale[s - 1] ?? String(s) }))]} />
          <Textarea label={t('ipPages.evaluations.formNotes')} description={t('ipPages.evaluations.formNotesHint')} autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.note} />
          <FormError message={mutation.error ? messageOf(mutation.error, t) : scoreMissing ? t('ipPages.evaluations.scoreMissing') : null} hasFields={Object.keys(errors).length > 0} />
          <SavedNotice>{saved ? t('ipPages.evaluations.saved', { date: toDisplayDate(saved.recordedOn), score: saved.score }) : null}</SavedNotice>
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending}>{t('ipPages.evaluations.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { ListTable } from '../../../shared/ui/ListTable';
import { DateField } from '../../../shared/ui/DateField';
import { FormError, SavedNotice } from '../../../shared/ui/FormFeedback';
import { useIpFormat } from '../ip-format';

/**
 * What the client's satisfaction survey (IP-5) and the provider's self-assessment (IP-6) share: the list
 * of those recorded and the form to record one. `texts` names their strings (`ipPages.evaluations` or
 * `ipPages.selfAssessment`): the same keys under each.
 */
type Texts = 'ipPages.evaluations' | 'ipPages.selfAssessment';

const SCORES = [1, 2, 3, 4, 5] as const;

export interface Recorded { id: string; recordedOn: string; score: number | string | null; note: string | null; recordedByName: string }

/** The evaluations recorded, newest as the server sends them; `occasion` adds what each one's day stands for. */
export function RecordedEvaluations({ items, texts, occasion }: { items: Recorded[]; texts: Texts; occasion?: (r: Recorded) => string }) {
  const { t } = useTranslation();
  const f = useIpFormat();
  const score = (r: Recorded) => (r.score === null ? t('ipPages.common.none') : t(`${texts}.scoreValue`, { score: f.number(Number(r.score)) }));
  const label = t(`${texts}.recordedTable`);
  const columns = [t(`${texts}.on`), ...(occasion ? [t(`${texts}.occasion`)] : []), t(`${texts}.score`), t(`${texts}.notes`)];
  return (
    <>
      <ListTable label={label} minWidth={occasion ? 520 : 480} visibleFrom="sm" columns={columns}>
        {items.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td className="nowrap">{toDisplayDate(r.recordedOn)}</Table.Td>
            {occasion ? <Table.Td fz="sm">{occasion(r)}</Table.Td> : null}
            <Table.Td className="nowrap" fw={600}>{score(r)}</Table.Td>
            <Table.Td fz="sm">{r.note ?? ''}<Text size="xs" c="dimmed">{r.recordedByName}</Text></Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <Stack hiddenFrom="sm" gap="xs" component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((r) => (
          <Paper key={r.id} component="li" p="sm" bg="gray.0">
            <Group justify="space-between" gap="xs"><Text size="sm" fw={600}>{toDisplayDate(r.recordedOn)}</Text><Text size="sm" fw={700}>{score(r)}</Text></Group>
            {occasion ? <Text size="sm">{occasion(r)}</Text> : null}
            {r.note ? <Text size="sm">{r.note}</Text> : null}
            <Text size="xs" c="dimmed">{r.recordedByName}</Text>
          </Paper>
        ))}
      </Stack>
    </>
  );
}

export interface EvaluationBody { recordedOn: string; score?: number; note: string | null }

/**
 * An evaluation's day, its score on the 1–5 scale (required where the instrument says nothing without
 * one) and what was said or concluded; `save` sends it, `onSaved` refreshes what shows it.
 */
export function EvaluationForm({ texts, formId, initialOn, scoreRequired, save, onSaved }: {
  texts: Texts;
  formId: string;
  initialOn: string;
  scoreRequired: boolean;
  save: (body: EvaluationBody) => Promise<unknown>;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [on, setOn] = useState(toDisplayDate(initialOn));
  const [score, setScore] = useState('');
  const [notes, setNotes] = useState('');
  const [scoreMissing, setScoreMissing] = useState(false);
  // what was saved, put in words at render so the notice follows a language switch
  const [saved, setSaved] = useState<EvaluationBody | null>(null);
  const mutation = useMutation({
    mutationFn: save,
    onMutate: () => setSaved(null),
    onSuccess: (_r, body) => {
      setSaved(body);
      setScore('');
      setNotes('');
      onSaved();
    },
  });
  const errors: Record<string, string> = { ...fieldErrorsOf(mutation.error, t), ...(scoreMissing ? { score: t('validation.required') } : {}) };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = scoreRequired && !score;
    setScoreMissing(missing);
    if (missing) return;
    mutation.mutate({ recordedOn: parseDisplayDate(on) ?? '', ...(score ? { score: Number(score) } : {}), note: notes.trim() || null });
  };
  const scale = t(`${texts}.scale`, { returnObjects: true }) as string[];
  const titleId = `${formId}-title`;
  return (
    <Paper p="md" bg="gray.0" withBorder={false}>
      <form onSubmit={submit} noValidate aria-labelledby={titleId}>
        <Stack gap="sm">
          <Title order={3} size="h4" id={titleId}>{t(`${texts}.formTitle`)}</Title>
          <DateField label={t(`${texts}.formOn`)} required value={on} onChange={setOn} error={errors.recordedOn} maw={220} />
          <NativeSelect label={t(`${texts}.formScore`)} description={scoreRequired ? t(`${texts}.formScoreHint`) : undefined} required={scoreRequired}
            value={score} onChange={(e) => { setScore(e.currentTarget.value); setScoreMissing(false); }} error={errors.score}
            data={[{ value: '', label: t(`${texts}.noScore`) }, ...SCORES.map((s) => ({ value: String(s), label: scale[s - 1] ?? String(s) }))]} />
          <Textarea label={t(`${texts}.formNotes`)} description={t(`${texts}.formNotesHint`)} autosize minRows={scoreRequired ? 2 : 3} maxLength={4000}
            value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.note} />
          <FormError message={mutation.error ? messageOf(mutation.error, t) : scoreMissing ? t(`${texts}.scoreMissing`) : null} hasFields={Object.keys(errors).length > 0} />
          <SavedNotice>{saved ? t(`${texts}.saved`, { date: toDisplayDate(saved.recordedOn), score: saved.score ?? '' }) : null}</SavedNotice>
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending}>{t(`${texts}.submit`)}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

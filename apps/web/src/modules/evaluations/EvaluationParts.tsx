import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Paper, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatEuro, type InstrumentQuestion } from '@socrehab/domain';
import { fieldErrorsOf, messageOf } from '../../shared/api/errors';
import { parseDisplayDate, toDisplayDate } from '../../shared/dates';
import { DateField } from '../../shared/ui/DateField';
import { FormError, SavedNotice } from '../../shared/ui/FormFeedback';
import { ListTable } from '../../shared/ui/ListTable';
import { Tag, type Tone } from '../../shared/ui/Tag';
import type { DueEvaluation, EvaluationBody, EvaluationInstrument, RecordedEvaluation } from './evaluations.api';

/**
 * What a programme's evaluation instruments share on any page (the core's evaluation schedule, issue 13):
 * their names in the UI language, the line of one due, the list of those completed with their answers, and
 * the form that asks an instrument's questions (the server checks every answer again and names the field).
 */

type Names = { lv: string; en: string };

export function useInstrumentText() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const name = (n: Names | undefined, fallback: string) => (n ? (en ? n.en : n.lv) : fallback);
  const number = new Intl.NumberFormat(en ? 'en-GB' : 'lv-LV', { maximumFractionDigits: 2 });
  /** An answer as the page shows it: `1 234,56 €`, `3 reizes`, `Jā`, an option's name. */
  const answer = (q: InstrumentQuestion, value: string | number | boolean): string => {
    if (q.type === 'yes_no') return value === true ? t('evaluations.yes') : t('evaluations.no');
    if (q.type === 'choice') return name(q.options.find((o) => o.code === value)?.names, String(value));
    if (q.type === 'number' && typeof value === 'number') return q.unit === 'eur' ? formatEuro(value, en ? 'en' : 'lv') : `${number.format(value)}${q.unit ? ` ${t(`evaluations.units.${q.unit}`)}` : ''}`;
    return String(value);
  };
  return { instrument: (i: EvaluationInstrument | undefined, code: string) => name(i?.names, code), question: (q: InstrumentQuestion) => name(q.names, q.code), name, answer, number };
}

/** One instrument due: its name, the rule that makes it due, and the day (overdue and today marked). */
export function DueLine({ due, instrument }: { due: DueEvaluation; instrument: EvaluationInstrument | undefined }) {
  const { t } = useTranslation();
  const text = useInstrumentText();
  const tone: Tone = due.daysLeft < 0 ? 'warning' : due.daysLeft <= 14 ? 'brand' : 'neutral';
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm">{t('evaluations.dueOn', { instrument: text.instrument(instrument, due.instrument), date: toDisplayDate(due.dueOn) })} ({t(`evaluations.at.${due.at}`)})</Text>
      {due.daysLeft < 0 ? <Tag tone={tone}>{t('evaluations.overdue')}</Tag> : due.daysLeft === 0 ? <Tag tone={tone}>{t('evaluations.dueToday')}</Tag> : null}
    </Group>
  );
}

/**
 * A programme's own wording for an instrument on its page (the key prefix of its i18n strings), in place of
 * the core's generic one. The list reads `recordedTable`, `on`, `occasion`, `score`, `scoreValue` ({{score}}),
 * `notes`; the form `formTitle`, `formOn`, `formScore`, `formScoreHint`, `noScore`, `scale` (one label per
 * point), `formNotes`, `formNotesHint`, `submit`, `scoreMissing`, `saved` ({{date}}, {{score}}) — those
 * a programme leaves out fall back to the core's.
 */
export type InstrumentWording = string;

/**
 * The evaluations completed, newest first as the server sends them, each with its answers in words; with a
 * programme's `wording`, its column names and the score as `scoreValue`; `occasion` adds what each one's day
 * stands for.
 */
export function RecordedList({ items, instruments, wording, occasion }: {
  items: RecordedEvaluation[]; instruments: EvaluationInstrument[]; wording?: InstrumentWording; occasion?: (r: RecordedEvaluation) => string;
}) {
  const { t, i18n } = useTranslation();
  const text = useInstrumentText();
  const own = (key: string, fallback: string, options?: Record<string, unknown>) => (wording && i18n.exists(`${wording}.${key}`) ? t(`${wording}.${key}`, options) : fallback);
  const byCode = new Map(instruments.map((i) => [i.code, i]));
  const answers = (r: RecordedEvaluation) => (byCode.get(r.instrument)?.questions ?? [])
    .filter((q) => r.answers[q.code] !== undefined)
    .map((q) => `${text.question(q)}: ${text.answer(q, r.answers[q.code]!)}`)
    .join('; ');
  const score = (r: RecordedEvaluation) => (r.score === null ? '' : own('scoreValue', `${t('evaluations.score')}: ${text.number.format(Number(r.score))}`, { score: text.number.format(Number(r.score)) }));
  const label = own('recordedTable', t('evaluations.recordedTable'));
  if (wording) {
    // one instrument, the programme's words: the day, what it stands for, the score, the notes
    const columns = [own('on', t('evaluations.on')), ...(occasion ? [own('occasion', t('evaluations.instrument'))] : []), own('score', t('evaluations.score')), own('notes', t('evaluations.notes'))];
    return (
      <ListTable label={label} minWidth={occasion ? 520 : 480} columns={columns}>
        {items.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td className="nowrap">{toDisplayDate(r.recordedOn)}</Table.Td>
            {occasion ? <Table.Td fz="sm">{occasion(r)}</Table.Td> : null}
            <Table.Td className="nowrap" fw={600}>{r.score === null ? '—' : score(r)}{answers(r) ? <Text size="sm" fw={400}>{answers(r)}</Text> : null}</Table.Td>
            <Table.Td fz="sm">{r.note ?? ''}<Text size="xs" c="dimmed">{r.recordedByName}</Text></Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
    );
  }
  return (
    <ListTable label={label} minWidth={560} columns={[t('evaluations.on'), t('evaluations.instrument'), t('evaluations.answers'), t('evaluations.notes')]}>
      {items.map((r) => (
        <Table.Tr key={r.id}>
          <Table.Td className="nowrap">{toDisplayDate(r.recordedOn)}</Table.Td>
          <Table.Td fz="sm" fw={600}>{text.instrument(byCode.get(r.instrument), r.instrument)}{occasion ? <Text size="xs" c="dimmed">{occasion(r)}</Text> : null}</Table.Td>
          <Table.Td fz="sm">{r.score !== null ? `${score(r)}. ` : ''}{answers(r)}</Table.Td>
          <Table.Td fz="sm">{r.note ?? ''}<Text size="xs" c="dimmed">{r.recordedByName}</Text></Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}

/** A typed answer as it is sent: numbers with a comma or a dot (anything else goes as text and is refused by the server, named). */
function answerValue(q: InstrumentQuestion, raw: string): string | number | boolean | undefined {
  if (raw === '') return undefined;
  if (q.type === 'yes_no') return raw === 'yes';
  if (q.type === 'number') {
    const n = Number(raw.replace(/\s/g, '').replace(',', '.'));
    return Number.isFinite(n) ? n : raw;
  }
  return raw;
}

/**
 * The form for one of the instruments: which one (when there is a choice), its day, its score on the
 * instrument's scale (a required one checked here before the server checks it again), its questions, and
 * notes; `save` sends it, `onSaved` refreshes what shows it; `wording` a programme's words for them.
 */
export function InstrumentForm({ formId, instruments, initial, initialOn, save, onSaved, wording }: {
  formId: string;
  instruments: EvaluationInstrument[];
  initial?: string;
  initialOn: string;
  save: (body: EvaluationBody) => Promise<unknown>;
  onSaved: () => void;
  wording?: InstrumentWording;
}) {
  const { t, i18n } = useTranslation();
  const own = (key: string, fallback: string, options?: Record<string, unknown>) => (wording && i18n.exists(`${wording}.${key}`) ? t(`${wording}.${key}`, options) : fallback);
  const [scoreMissing, setScoreMissing] = useState(false);
  const text = useInstrumentText();
  const [code, setCode] = useState(initial ?? instruments[0]?.code ?? '');
  const [on, setOn] = useState(toDisplayDate(initialOn));
  const [score, setScore] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [notes, setNotes] = useState('');
  const [saved, setSaved] = useState<EvaluationBody | null>(null);
  const instrument = instruments.find((i) => i.code === code);
  const mutation = useMutation({
    mutationFn: save,
    onMutate: () => setSaved(null),
    onSuccess: (_r, body) => {
      setSaved(body);
      setScore('');
      setValues({});
      setNotes('');
      onSaved();
    },
  });
  const errors: Record<string, string> = { ...fieldErrorsOf(mutation.error, t), ...(scoreMissing ? { score: t('validation.required') } : {}) };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!instrument) return;
    const missing = !!instrument.score?.required && !score;
    setScoreMissing(missing);
    if (missing) return;
    const answers: EvaluationBody['answers'] = {};
    for (const q of instrument.questions ?? []) {
      const value = answerValue(q, values[q.code] ?? '');
      if (value !== undefined) answers[q.code] = value;
    }
    mutation.mutate({ instrument: instrument.code, recordedOn: parseDisplayDate(on) ?? '', ...(score ? { score: Number(score) } : {}), answers, note: notes.trim() || null });
  };
  const titleId = `${formId}-title`;
  const set = (q: string) => (value: string) => setValues((v) => ({ ...v, [q]: value }));
  const scale = instrument?.score ? Array.from({ length: instrument.score.max - instrument.score.min + 1 }, (_, i) => String(instrument.score!.min + i)) : [];
  // a programme may name each point of its scale ("4 — apmierināts")
  const points = wording && i18n.exists(`${wording}.scale`) ? (t(`${wording}.scale`, { returnObjects: true }) as string[]) : [];
  const scoreHint = instrument?.score ? own('formScoreHint', t('evaluations.formScoreHint', { min: instrument.score.min, max: instrument.score.max })) : undefined;
  const savedText = (body: EvaluationBody) => own('saved', t('evaluations.saved', { instrument: text.instrument(instruments.find((i) => i.code === body.instrument), body.instrument), date: toDisplayDate(body.recordedOn) }),
    { date: toDisplayDate(body.recordedOn), score: body.score ?? '' });
  return (
    <Paper p="md" bg="gray.0" withBorder={false}>
      <form onSubmit={submit} noValidate aria-labelledby={titleId}>
        <Stack gap="sm">
          <Title order={3} size="h4" id={titleId}>{own('formTitle', t('evaluations.formTitle'))}</Title>
          {instruments.length > 1 ? (
            <NativeSelect label={t('evaluations.formInstrument')} value={code} onChange={(e) => { setCode(e.currentTarget.value); setValues({}); setScore(''); }} error={errors.instrument}
              data={instruments.map((i) => ({ value: i.code, label: text.instrument(i, i.code) }))} />
          ) : null}
          {instrument?.intro ? <Text size="sm" c="dimmed">{text.name(instrument.intro, '')}</Text> : null}
          <DateField label={own('formOn', t('evaluations.formOn'))} required value={on} onChange={setOn} error={errors.recordedOn} maw={220} />
          {instrument?.score ? (
            <NativeSelect label={own('formScore', t('evaluations.formScore'))} description={scoreHint} required={!!instrument.score.required}
              value={score} onChange={(e) => { setScore(e.currentTarget.value); setScoreMissing(false); }} error={errors.score}
              data={[{ value: '', label: own('noScore', t('evaluations.noScore')) }, ...scale.map((s, i) => ({ value: s, label: points[i] ?? s }))]} />
          ) : null}
          {(instrument?.questions ?? []).map((q) => <QuestionField key={`${code}-${q.code}`} question={q} value={values[q.code] ?? ''} onChange={set(q.code)} error={errors[`answers.${q.code}`]} />)}
          <Textarea label={own('formNotes', t('evaluations.formNotes'))} description={own('formNotesHint', '') || undefined} autosize minRows={2} maxLength={4000} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.note} />
          <FormError message={mutation.error ? messageOf(mutation.error, t) : scoreMissing ? own('scoreMissing', t('fields.fixErrors')) : null} hasFields={Object.keys(errors).length > 0} />
          <SavedNotice>{saved ? savedText(saved) : null}</SavedNotice>
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending} disabled={!instrument}>{own('submit', t('evaluations.submit'))}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** One question as a field of its type: a number with its unit, yes/no, one of the options, a short text. */
function QuestionField({ question: q, value, onChange, error }: { question: InstrumentQuestion; value: string; onChange: (v: string) => void; error: string | undefined }) {
  const { t } = useTranslation();
  const text = useInstrumentText();
  const label = text.question(q);
  const required = !!q.required;
  if (q.type === 'yes_no' || q.type === 'choice') {
    const options = q.type === 'yes_no' ? [{ value: 'yes', label: t('evaluations.yes') }, { value: 'no', label: t('evaluations.no') }] : q.options.map((o) => ({ value: o.code, label: text.name(o.names, o.code) }));
    return <NativeSelect label={label} required={required} value={value} onChange={(e) => onChange(e.currentTarget.value)} error={error} data={[{ value: '', label: required ? t('evaluations.choose') : t('evaluations.unanswered') }, ...options]} />;
  }
  if (q.type === 'number') {
    return <TextInput label={label} required={required} inputMode="decimal" autoComplete="off" value={value} onChange={(e) => onChange(e.currentTarget.value)} error={error} maw={260}
      rightSection={q.unit ? <Text size="sm" c="dimmed">{t(`evaluations.units.${q.unit}`)}</Text> : undefined} rightSectionWidth={q.unit === 'eur' ? 32 : 64} />;
  }
  return <TextInput label={label} required={required} maxLength={q.maxLength ?? 200} value={value} onChange={(e) => onChange(e.currentTarget.value)} error={error} />;
}

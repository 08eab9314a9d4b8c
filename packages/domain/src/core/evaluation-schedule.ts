import { addDays, addMonths, daysBetween } from '../shared/dates';
import type { EvaluationInstrument, EvaluationWhen } from '../programmes/programme';

/**
 * The core's evaluation schedule (issue 12; HF-4.3, IP-5, IP-6): when each of a programme's evaluation
 * instruments is due on a case (or on a provider), from the history and a date.
 */
export interface EvaluationHistory {
  /** The day the case (or the provider's service) started. */
  startedOn: string;
  /** The day the service agreement ends, when one is agreed. */
  agreedEndOn: string | null;
  /** The day the service ended or ends (the ending recorded), if it has. */
  endedOn: string | null;
  /** The days each instrument was recorded, by instrument code. */
  recorded: Readonly<Record<string, readonly string[]>>;
}

export interface DueEvaluation {
  instrument: string;
  /** The rule that makes it due. */
  at: EvaluationWhen['at'];
  dueOn: string;
  /** Days from the day asked to `dueOn` (negative: overdue). */
  daysLeft: number;
}

/** How soon an instrument shows on a worklist before it is due (days). */
export const EVALUATION_LOOKAHEAD_DAYS = 14;

/**
 * How long an ended case's ending evaluation stays on the worklist (calendar months after the last day;
 * IP-5 "when the client ends the service"): long enough to reach the client, short enough not to pile up.
 */
export const ENDING_EVALUATION_MONTHS = 1;

/** Whether a due instrument belongs on a worklist as of `asOf`: soon or overdue; on an ended case only its ending's, for a month. */
export function isOnWorklist(due: DueEvaluation, endedOn: string | null, asOf: string): boolean {
  if (due.daysLeft > EVALUATION_LOOKAHEAD_DAYS) return false;
  if (!endedOn || endedOn > asOf) return true;
  return due.at === 'ending' && asOf <= addMonths(endedOn, ENDING_EVALUATION_MONTHS);
}

/**
 * The day one rule of an instrument falls due and is not yet answered, or null:
 * - `start`: on the start day, or on the last day of the first `withinMonths` calendar months (31 January + 1
 *   month is 28/29 February), until the instrument is recorded once;
 * - `every N months`: N calendar months after the last recording, or after the start (a recording resets it);
 * - `before_agreed_end`: N months and/or days before the agreed end; answered by a recording on or after that day;
 * - `ending`: on the ending day; answered by a recording in the calendar month up to it.
 * Nothing falls due after the service ended, except the ending's own evaluation.
 */
function dueOnOf(when: EvaluationWhen, history: EvaluationHistory, recorded: readonly string[]): string | null {
  const last = recorded.length ? recorded.reduce((a, b) => (a > b ? a : b)) : null;
  const answeredFrom = (day: string) => recorded.some((r) => r >= day);
  let due: string | null;
  switch (when.at) {
    case 'start':
      due = last ? null : when.withinMonths ? addMonths(history.startedOn, when.withinMonths) : history.startedOn;
      break;
    case 'every':
      due = addMonths(last ?? history.startedOn, when.months);
      break;
    case 'before_agreed_end': {
      if (!history.agreedEndOn) return null;
      const day = addDays(addMonths(history.agreedEndOn, -(when.months ?? 0)), -(when.days ?? 0));
      due = answeredFrom(day) ? null : day;
      break;
    }
    case 'ending':
      if (!history.endedOn) return null;
      return answeredFrom(addMonths(history.endedOn, -1)) ? null : history.endedOn;
  }
  if (due && history.endedOn && due > history.endedOn) return null;
  return due;
}

/** Each instrument's earliest unanswered due day, as of `asOf` (due or not yet), earliest first. */
export function computeDueEvaluations(instruments: readonly EvaluationInstrument[], history: EvaluationHistory, asOf: string): DueEvaluation[] {
  const due: DueEvaluation[] = [];
  for (const instrument of instruments) {
    const recorded = (history.recorded[instrument.code] ?? []).filter((d) => d <= asOf);
    let first: DueEvaluation | null = null;
    for (const when of instrument.when) {
      const dueOn = dueOnOf(when, history, recorded);
      if (dueOn && (!first || dueOn < first.dueOn)) first = { instrument: instrument.code, at: when.at, dueOn, daysLeft: daysBetween(asOf, dueOn) };
    }
    if (first) due.push(first);
  }
  return due.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}

/**
 * What is wrong with a recording's score for the instrument's scale, as an i18n key with its limit, or
 * null: a score the instrument has no scale for is refused, as is one outside the scale or a missing
 * score the instrument requires (IP-5 a satisfaction survey is answered on 1–5).
 */
export function scoreProblemOf(instrument: EvaluationInstrument, score: number | undefined): { key: string; params?: Record<string, number> } | null {
  const scale = instrument.score;
  if (score === undefined) return scale?.required ? { key: 'validation.required' } : null;
  if (!scale) return { key: 'validation.unknownField' };
  if (score < scale.min) return { key: 'validation.tooSmall', params: { min: scale.min } };
  if (score > scale.max) return { key: 'validation.tooBig', params: { max: scale.max } };
  return null;
}

/** What is wrong with one answer of a recording, as the field it names (`answers.<code>`) and an i18n key with its limit. */
export interface AnswerProblem { field: string; key: string; params?: Record<string, number> }

/**
 * The first answer that does not fit the instrument's questions, or null (issue 13): a question it does not
 * ask, an answer of another type, a number out of its range or with more decimals than it takes, an option
 * it does not offer, a text too long, a required question unanswered. An instrument without questions takes
 * any answers (those the schema allows).
 */
export function answersProblemOf(instrument: EvaluationInstrument, answers: Readonly<Record<string, unknown>>): AnswerProblem | null {
  const questions = instrument.questions;
  if (!questions) return null;
  for (const code of Object.keys(answers)) if (!questions.some((q) => q.code === code)) return { field: `answers.${code}`, key: 'validation.unknownField' };
  for (const q of questions) {
    const field = `answers.${q.code}`;
    const value = answers[q.code];
    if (value === undefined || value === null || value === '') {
      if (q.required) return { field, key: 'validation.required' };
      continue;
    }
    switch (q.type) {
      case 'number': {
        if (typeof value !== 'number' || !Number.isFinite(value)) return { field, key: 'validation.invalidType' };
        if (value < q.min) return { field, key: 'validation.tooSmall', params: { min: q.min } };
        if (value > q.max) return { field, key: 'validation.tooBig', params: { max: q.max } };
        const scale = 10 ** (q.decimals ?? 0);
        if (Math.abs(Math.round(value * scale) - value * scale) > 1e-6) return { field, key: 'validation.invalid' };
        break;
      }
      case 'yes_no':
        if (typeof value !== 'boolean') return { field, key: 'validation.invalidType' };
        break;
      case 'choice':
        if (typeof value !== 'string') return { field, key: 'validation.invalidType' };
        if (!q.options.some((o) => o.code === value)) return { field, key: 'validation.invalidOption' };
        break;
      case 'text':
        if (typeof value !== 'string') return { field, key: 'validation.invalidType' };
        if (value.length > (q.maxLength ?? 200)) return { field, key: 'validation.tooLongMax', params: { max: q.maxLength ?? 200 } };
        break;
    }
  }
  return null;
}

/** A programme-level event's count against its target (HF-4.3 (7), (8)): in all, and per option of the answer it counts by. */
export interface TargetProgress {
  instrument: string;
  count: number;
  target: number;
  byAnswer: Array<{ option: string; count: number; atLeast: number }>;
}

/** How many of each targeted instrument were recorded up to `asOf`, against its target. */
export function computeTargetProgress(
  instruments: readonly EvaluationInstrument[], recorded: readonly { instrument: string; recordedOn: string; answers: Readonly<Record<string, unknown>> }[], asOf: string,
): TargetProgress[] {
  return instruments.filter((i) => i.target).map((i) => {
    const target = i.target!;
    const mine = recorded.filter((r) => r.instrument === i.code && r.recordedOn <= asOf);
    const by = target.byAnswer;
    return {
      instrument: i.code, count: mine.length, target: target.count,
      byAnswer: by ? Object.entries(by.atLeast).map(([option, atLeast]) => ({ option, atLeast, count: mine.filter((r) => r.answers[by.question] === option).length })) : [],
    };
  });
}

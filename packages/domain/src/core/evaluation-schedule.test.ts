import { describe, expect, it } from 'vitest';
import type { EvaluationInstrument } from '../programmes/programme';
import { answersProblemOf, computeDueEvaluations, computeTargetProgress, type EvaluationHistory, isOnWorklist, scoreProblemOf } from './evaluation-schedule';

const history = (over: Partial<EvaluationHistory> = {}): EvaluationHistory => ({ startedOn: '2026-01-31', agreedEndOn: null, endedOn: null, recorded: {}, ...over });
const due = (instruments: readonly EvaluationInstrument[], h: EvaluationHistory, asOf: string) => computeDueEvaluations(instruments, h, asOf);

// HF-2.4, HF-4.3 (1) social functioning at the start and every 6 months
const socialFunctioning: EvaluationInstrument = { code: 'social_functioning', subject: 'case', when: [{ at: 'start' }, { at: 'every', months: 6 }] };
// IP-5 client satisfaction at least yearly, one month before the agreement expires, and at the ending
const satisfaction: EvaluationInstrument = { code: 'client_satisfaction', subject: 'case', when: [{ at: 'every', months: 12 }, { at: 'before_agreed_end', months: 1 }, { at: 'ending' }] };
// IP-6 provider self-assessment at least yearly
const selfAssessment: EvaluationInstrument = { code: 'provider_self_assessment', subject: 'provider', when: [{ at: 'every', months: 12 }] };

describe('the evaluation schedule (issue 12)', () => {
  it('at start: due on the start day until recorded once (HF-4.3)', () => {
    expect(due([socialFunctioning], history(), '2026-01-31')).toEqual([{ instrument: 'social_functioning', at: 'start', dueOn: '2026-01-31', daysLeft: 0 }]);
    expect(due([socialFunctioning], history(), '2026-01-30')[0]!.daysLeft).toBe(1);
  });

  it('every N calendar months from the last recording: 31 January + 6 months is 31 July; a recording resets it (HF-2.4)', () => {
    const h = history({ recorded: { social_functioning: ['2026-01-31'] } });
    expect(due([socialFunctioning], h, '2026-07-30')).toEqual([{ instrument: 'social_functioning', at: 'every', dueOn: '2026-07-31', daysLeft: 1 }]);
    expect(due([socialFunctioning], h, '2026-08-01')[0]!.daysLeft).toBe(-1);
    const again = history({ recorded: { social_functioning: ['2026-01-31', '2026-07-20'] } });
    expect(due([socialFunctioning], again, '2026-08-01')[0]!.dueOn).toBe('2027-01-20');
  });

  it('a recording after the day asked does not count yet (the rule reads history up to the date)', () => {
    expect(due([socialFunctioning], history({ recorded: { social_functioning: ['2026-02-10'] } }), '2026-02-09')[0]!.at).toBe('start');
  });

  it('31 January + 1 month is the last day of February (calendar months)', () => {
    const monthly: EvaluationInstrument = { code: 'm', subject: 'case', when: [{ at: 'every', months: 1 }] };
    expect(due([monthly], history(), '2026-02-01')[0]!.dueOn).toBe('2026-02-28');
    expect(due([monthly], history({ startedOn: '2028-01-31' }), '2028-02-01')[0]!.dueOn).toBe('2028-02-29');
  });

  it('IP-5 yearly from the start, else one month before the agreed end, whichever comes first', () => {
    expect(due([satisfaction], history({ startedOn: '2026-03-01' }), '2026-03-01')[0]).toMatchObject({ at: 'every', dueOn: '2027-03-01' });
    const h = history({ startedOn: '2026-03-01', agreedEndOn: '2026-12-31' });
    expect(due([satisfaction], h, '2026-11-29')[0]).toEqual({ instrument: 'client_satisfaction', at: 'before_agreed_end', dueOn: '2026-11-30', daysLeft: 1 });
    // answered by a recording on or after that day, not by one the day before it
    expect(due([satisfaction], { ...h, recorded: { client_satisfaction: ['2026-11-29'] } }, '2026-12-01')[0]).toMatchObject({ at: 'before_agreed_end', daysLeft: -1 });
    expect(due([satisfaction], { ...h, recorded: { client_satisfaction: ['2026-11-30'] } }, '2026-12-01')[0]).toMatchObject({ at: 'every', dueOn: '2027-11-30' });
  });

  it('N days before the agreed end', () => {
    const i: EvaluationInstrument = { code: 'd', subject: 'case', when: [{ at: 'before_agreed_end', days: 14 }] };
    expect(due([i], history({ agreedEndOn: '2026-03-01' }), '2026-02-01')[0]!.dueOn).toBe('2026-02-15');
    expect(due([i], history(), '2026-02-01')).toEqual([]);
  });

  it('IP-5 at the ending: due on the ending day, answered by a recording in the month up to it; nothing else falls due after it', () => {
    const ended = history({ startedOn: '2026-03-01', endedOn: '2026-06-15' });
    expect(due([satisfaction], ended, '2026-06-15')).toEqual([{ instrument: 'client_satisfaction', at: 'ending', dueOn: '2026-06-15', daysLeft: 0 }]);
    expect(due([satisfaction], { ...ended, recorded: { client_satisfaction: ['2026-05-15'] } }, '2026-06-15')).toEqual([]);
    expect(due([satisfaction], { ...ended, recorded: { client_satisfaction: ['2026-05-14'] } }, '2026-06-15')[0]!.at).toBe('ending');
    // the 6-monthly re-assessment due after the ending day is not due
    expect(due([socialFunctioning], history({ endedOn: '2026-07-30', recorded: { social_functioning: ['2026-01-31'] } }), '2026-08-01')).toEqual([]);
    expect(due([socialFunctioning], history({ endedOn: '2026-07-31', recorded: { social_functioning: ['2026-01-31'] } }), '2026-08-01')[0]!.dueOn).toBe('2026-07-31');
  });

  it('IP-6 the provider self-assessment yearly; several instruments earliest first', () => {
    const h = history({ startedOn: '2026-01-01', recorded: { provider_self_assessment: ['2026-02-01'] } });
    expect(due([selfAssessment, socialFunctioning], h, '2026-01-15').map((d) => [d.instrument, d.dueOn])).toEqual([
      ['social_functioning', '2026-01-01'],
      ['provider_self_assessment', '2027-01-01'],
    ]);
    expect(due([selfAssessment], h, '2026-02-01')[0]!.dueOn).toBe('2027-02-01');
  });
});

describe('on the worklist (issue 12; IP-5 the ending)', () => {
  const ending = { instrument: 'client_satisfaction', at: 'ending' as const, dueOn: '2026-01-31', daysLeft: 0 };
  const yearly = { instrument: 'client_satisfaction', at: 'every' as const, dueOn: '2026-01-20', daysLeft: -11 };
  it('shows what is due within 14 days on an open case, not day 15', () => {
    expect(isOnWorklist({ ...yearly, daysLeft: 14 }, null, '2026-01-06')).toBe(true);
    expect(isOnWorklist({ ...yearly, daysLeft: 15 }, null, '2026-01-05')).toBe(false);
  });
  it('keeps an ended case’s ending survey for a calendar month after the last day (31 Jan → 28 Feb), nothing else', () => {
    expect(isOnWorklist({ ...ending, daysLeft: -28 }, '2026-01-31', '2026-02-28')).toBe(true);
    expect(isOnWorklist({ ...ending, daysLeft: -29 }, '2026-01-31', '2026-03-01')).toBe(false);
    expect(isOnWorklist({ ...yearly, daysLeft: -12 }, '2026-01-31', '2026-02-01')).toBe(false);
  });
});

describe('the score on the instrument’s scale (IP-5)', () => {
  const survey = { code: 'client_satisfaction', subject: 'case' as const, when: [], score: { min: 1, max: 5, required: true } };
  it('takes 1 and 5, refuses 0.99, 5.01 and a missing score; a scale-less instrument takes no score', () => {
    expect(scoreProblemOf(survey, 1)).toBeNull();
    expect(scoreProblemOf(survey, 5)).toBeNull();
    expect(scoreProblemOf(survey, 0.99)).toEqual({ key: 'validation.tooSmall', params: { min: 1 } });
    expect(scoreProblemOf(survey, 5.01)).toEqual({ key: 'validation.tooBig', params: { max: 5 } });
    expect(scoreProblemOf(survey, undefined)).toEqual({ key: 'validation.required' });
    expect(scoreProblemOf({ ...survey, score: undefined }, 3)).toEqual({ key: 'validation.unknownField' });
    expect(scoreProblemOf({ ...survey, score: undefined }, undefined)).toBeNull();
  });
});

describe('within the first month of the start (issue 13; HF-4.3 (2))', () => {
  const questionnaire: EvaluationInstrument = { code: 'q', subject: 'case', when: [{ at: 'start', withinMonths: 1 }] };
  it('is due on the last day of the first calendar month: 31 January + 1 month is 28 February (29 in a leap year)', () => {
    expect(due([questionnaire], history(), '2026-01-31')).toEqual([{ instrument: 'q', at: 'start', dueOn: '2026-02-28', daysLeft: 28 }]);
    expect(due([questionnaire], history({ startedOn: '2028-01-31' }), '2028-01-31')[0]!.dueOn).toBe('2028-02-29');
    expect(due([questionnaire], history({ startedOn: '2026-03-15' }), '2026-04-16')[0]).toMatchObject({ dueOn: '2026-04-15', daysLeft: -1 });
  });
  it('is answered by any recording up to the day asked', () => {
    expect(due([questionnaire], history({ recorded: { q: ['2026-02-28'] } }), '2026-03-01')).toEqual([]);
  });
});

describe('answers checked against the instrument’s questions (issue 13)', () => {
  const form: EvaluationInstrument = {
    code: 'q', subject: 'case', when: [],
    questions: [
      { code: 'income', names: { lv: 'Ienākumi', en: 'Income' }, type: 'number', min: 0, max: 10000, decimals: 2, unit: 'eur', required: true },
      { code: 'jail_days', names: { lv: 'Dienas', en: 'Days' }, type: 'number', min: 0, max: 366, unit: 'days' },
      { code: 'volunteering', names: { lv: 'Brīvprātīgais darbs', en: 'Volunteering' }, type: 'yes_no' },
      { code: 'work', names: { lv: 'Darbs', en: 'Work' }, type: 'choice', options: [{ code: 'full_time', names: { lv: 'Pilna laika', en: 'Full time' } }, { code: 'none', names: { lv: 'Nav', en: 'None' } }] },
      { code: 'where', names: { lv: 'Kur', en: 'Where' }, type: 'text', maxLength: 5 },
    ],
  };
  it('takes fitting answers, the bounds included, and leaves out unanswered optional ones', () => {
    expect(answersProblemOf(form, { income: 0 })).toBeNull();
    expect(answersProblemOf(form, { income: 10000, jail_days: 366, volunteering: false, work: 'none', where: 'Rīga' })).toBeNull();
    expect(answersProblemOf(form, { income: 1234.56 })).toBeNull();
  });
  it('refuses a question it does not ask, naming it', () => {
    expect(answersProblemOf(form, { income: 1, salary: 2 })).toEqual({ field: 'answers.salary', key: 'validation.unknownField' });
  });
  it('refuses a missing required answer', () => {
    expect(answersProblemOf(form, { work: 'none' })).toEqual({ field: 'answers.income', key: 'validation.required' });
  });
  it('refuses a number out of range (−0.01, 10 000.01), with too many decimals, or a whole number with a fraction', () => {
    expect(answersProblemOf(form, { income: -0.01 })).toEqual({ field: 'answers.income', key: 'validation.tooSmall', params: { min: 0 } });
    expect(answersProblemOf(form, { income: 10000.01 })).toEqual({ field: 'answers.income', key: 'validation.tooBig', params: { max: 10000 } });
    expect(answersProblemOf(form, { income: 1.005 })).toEqual({ field: 'answers.income', key: 'validation.invalid' });
    expect(answersProblemOf(form, { income: 1, jail_days: 367 })).toMatchObject({ field: 'answers.jail_days', key: 'validation.tooBig' });
    expect(answersProblemOf(form, { income: 1, jail_days: 1.5 })).toMatchObject({ field: 'answers.jail_days', key: 'validation.invalid' });
  });
  it('refuses an answer of another type, an option not offered and a text too long', () => {
    expect(answersProblemOf(form, { income: '100' })).toEqual({ field: 'answers.income', key: 'validation.invalidType' });
    expect(answersProblemOf(form, { income: 1, volunteering: 'yes' })).toEqual({ field: 'answers.volunteering', key: 'validation.invalidType' });
    expect(answersProblemOf(form, { income: 1, work: 'part' })).toEqual({ field: 'answers.work', key: 'validation.invalidOption' });
    expect(answersProblemOf(form, { income: 1, work: true })).toEqual({ field: 'answers.work', key: 'validation.invalidType' });
    expect(answersProblemOf(form, { income: 1, where: 'Liepāja' })).toEqual({ field: 'answers.where', key: 'validation.tooLongMax', params: { max: 5 } });
  });
  it('an instrument without questions takes any answers (IP-5, IP-6 as before)', () => {
    expect(answersProblemOf(satisfaction, { anything: 'x' })).toBeNull();
  });
});

describe('programme-level events against their targets (issue 13; HF-4.3 (7), (8))', () => {
  const interviews: EvaluationInstrument = { code: 'interview', subject: 'provider', when: [], target: { count: 10, byAnswer: { question: 'with', atLeast: { provider: 4, client: 6 } } } };
  it('counts those recorded up to the day asked, in all and per option', () => {
    const r = (recordedOn: string, withWhom: string) => ({ instrument: 'interview', recordedOn, answers: { with: withWhom } });
    expect(computeTargetProgress([interviews, satisfaction], [r('2026-01-01', 'provider'), r('2026-01-02', 'client'), r('2026-01-03', 'client')], '2026-01-02')).toEqual([
      { instrument: 'interview', count: 2, target: 10, byAnswer: [{ option: 'provider', atLeast: 4, count: 1 }, { option: 'client', atLeast: 6, count: 1 }] },
    ]);
  });
});

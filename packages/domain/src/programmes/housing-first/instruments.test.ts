import { describe, expect, it } from 'vitest';
import { answersProblemOf, computeDueEvaluations, computeTargetProgress, type EvaluationHistory } from '../../core/evaluation-schedule';
import { CLIENT_QUESTIONNAIRE, HF_EVALUATION_INSTRUMENTS } from './instruments';

const instrument = (code: string) => HF_EVALUATION_INSTRUMENTS.find((i) => i.code === code)!;
const history = (over: Partial<EvaluationHistory> = {}): EvaluationHistory => ({ startedOn: '2026-01-31', agreedEndOn: '2027-01-31', endedOn: null, recorded: {}, ...over });
const dueOf = (code: string, h: EvaluationHistory, asOf: string) => computeDueEvaluations([instrument(code)], h, asOf)[0] ?? null;

describe('HF-4.3 the evaluation tools on the schedule (seed 004 §4.3)', () => {
  it('(2) the client questionnaire: within the first month (31.01 → 28.02), then one month before the contract ends (31.01 → 31.12), or at the ending', () => {
    expect(dueOf(CLIENT_QUESTIONNAIRE, history(), '2026-02-01')).toMatchObject({ at: 'start', dueOn: '2026-02-28' });
    const answered = history({ recorded: { [CLIENT_QUESTIONNAIRE]: ['2026-02-10'] } });
    expect(dueOf(CLIENT_QUESTIONNAIRE, answered, '2026-03-01')).toMatchObject({ at: 'before_agreed_end', dueOn: '2026-12-31' });
    // answered on that day, not the day before
    expect(dueOf(CLIENT_QUESTIONNAIRE, { ...answered, recorded: { [CLIENT_QUESTIONNAIRE]: ['2026-02-10', '2026-12-30'] } }, '2027-01-01')).toMatchObject({ at: 'before_agreed_end' });
    expect(dueOf(CLIENT_QUESTIONNAIRE, { ...answered, recorded: { [CLIENT_QUESTIONNAIRE]: ['2026-02-10', '2026-12-31'] } }, '2027-01-01')).toBeNull();
    // an early ending: due on its day, answered by one in the month up to it
    const ended = history({ endedOn: '2026-06-30', recorded: { [CLIENT_QUESTIONNAIRE]: ['2026-02-10'] } });
    expect(dueOf(CLIENT_QUESTIONNAIRE, ended, '2026-06-30')).toMatchObject({ at: 'ending', dueOn: '2026-06-30' });
    expect(dueOf(CLIENT_QUESTIONNAIRE, { ...ended, recorded: { [CLIENT_QUESTIONNAIRE]: ['2026-02-10', '2026-05-30'] } }, '2026-06-30')).toBeNull();
  });

  it('(3) the rehabilitation review at least every 6 months from the contract date (31.01 → 31.07)', () => {
    expect(dueOf('rehabilitation_review', history(), '2026-02-01')).toMatchObject({ at: 'every', dueOn: '2026-07-31' });
  });

  it('(4) satisfaction and (5) quality: nothing until one month before the end', () => {
    expect(dueOf('client_satisfaction', history({ agreedEndOn: null }), '2026-06-01')).toBeNull();
    expect(dueOf('client_satisfaction', history(), '2026-06-01')).toMatchObject({ at: 'before_agreed_end', dueOn: '2026-12-31' });
    expect(dueOf('service_quality', history({ endedOn: '2026-05-15' }), '2026-05-15')).toMatchObject({ at: 'ending' });
  });

  it('(6) the provider’s self-assessment one month before its agreements end; (7), (8) are events with targets, never due', () => {
    const provider = HF_EVALUATION_INSTRUMENTS.filter((i) => i.subject === 'provider');
    expect(provider.map((i) => i.code)).toEqual(['provider_self_assessment', 'design_workshop', 'experience_interview']);
    expect(computeDueEvaluations(provider, history({ agreedEndOn: '2026-08-31' }), '2026-07-01')).toEqual([{ instrument: 'provider_self_assessment', at: 'before_agreed_end', dueOn: '2026-07-31', daysLeft: 30 }]);
    const interviews = (withWhom: string[]) => withWhom.map((w, i) => ({ instrument: 'experience_interview', recordedOn: `2026-03-${10 + i}`, answers: { interviewee: w } }));
    expect(computeTargetProgress(provider, interviews(['provider', 'client']), '2026-12-31')).toEqual([
      { instrument: 'design_workshop', count: 0, target: 3, byAnswer: [] },
      { instrument: 'experience_interview', count: 2, target: 10, byAnswer: [{ option: 'provider', atLeast: 4, count: 1 }, { option: 'client', atLeast: 6, count: 1 }] },
    ]);
  });

  it('(2) the questionnaire asks what HF-4.2 D–F need: income required in euro cents at most, work required, jail days at most 184 in 6 months', () => {
    const q = instrument(CLIENT_QUESTIONNAIRE);
    expect(answersProblemOf(q, { income_eur: 0, work: 'none' })).toBeNull();
    expect(answersProblemOf(q, { income_eur: 350.25, work: 'full_time', jail_days: 184, police_contacts: 999 })).toBeNull();
    expect(answersProblemOf(q, { income_eur: 350.255, work: 'none' })).toMatchObject({ field: 'answers.income_eur' });
    expect(answersProblemOf(q, { income_eur: 1, work: 'none', jail_days: 185 })).toMatchObject({ field: 'answers.jail_days', key: 'validation.tooBig' });
    expect(answersProblemOf(q, { income_eur: 1 })).toEqual({ field: 'answers.work', key: 'validation.required' });
    expect(answersProblemOf(instrument('experience_interview'), {})).toEqual({ field: 'answers.interviewee', key: 'validation.required' });
  });
});

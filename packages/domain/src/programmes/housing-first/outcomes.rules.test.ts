import { describe, expect, it } from 'vitest';
import { casesBehind, computeQuestionnaireOutcomes, CRISIS_MEASURES, questionnairesAtStartAndExit, type IndicatorFigure, type OutcomeCase, type QuestionnaireRecord } from './indicators.rules';

const q = (recordedOn: string, answers: Record<string, unknown> = {}): QuestionnaireRecord => ({ recordedOn, answers });
let n = 0;
const aCase = (fields: Partial<OutcomeCase>): OutcomeCase => ({ caseId: `c${++n}`, startedOn: '2026-01-10', endedOn: '2026-12-31', questionnaires: [], ...fields });
const year = { from: '2026-01-01', to: '2026-12-31' };

describe('HF-4.3 (2) the questionnaire at the start and at the exit', () => {
  it('at the exit: the last one from one calendar month before the last day (31 March → 28 February), not the day before', () => {
    const c = aCase({ endedOn: '2026-03-31', questionnaires: [q('2026-01-20'), q('2026-02-27'), q('2026-02-28')] });
    expect(questionnairesAtStartAndExit(c, '2026-12-31')).toEqual({ start: q('2026-01-20'), exit: q('2026-02-28') });
    const missed = aCase({ endedOn: '2026-03-31', questionnaires: [q('2026-01-20'), q('2026-02-27')] });
    expect(questionnairesAtStartAndExit(missed, '2026-12-31').exit).toBeNull();
  });

  it('at the exit: one filled in after the last day counts, the latest wins; none before the service ended (as of the day asked)', () => {
    const c = aCase({ endedOn: '2026-06-30', questionnaires: [q('2026-01-15'), q('2026-06-01'), q('2026-07-03')] });
    expect(questionnairesAtStartAndExit(c, '2026-07-10').exit).toEqual(q('2026-07-03'));
    expect(questionnairesAtStartAndExit(c, '2026-07-02').exit).toEqual(q('2026-06-01'));
    expect(questionnairesAtStartAndExit(c, '2026-06-29')).toEqual({ start: q('2026-01-15'), exit: null });
  });

  it('at the start: the case’s earliest (one between the opening and the service’s start too), before the exit window; a case shorter than a month has no pair', () => {
    const c = aCase({ startedOn: '2026-01-10', endedOn: '2026-09-30', questionnaires: [q('2026-03-01'), q('2026-01-09'), q('2026-02-09')] });
    expect(questionnairesAtStartAndExit(c, '2026-12-31').start).toEqual(q('2026-01-09'));
    expect(questionnairesAtStartAndExit(c, '2026-01-08').start).toBeNull();
    const short = aCase({ startedOn: '2026-03-01', endedOn: '2026-03-25', questionnaires: [q('2026-03-05')] });
    expect(questionnairesAtStartAndExit(short, '2026-12-31')).toEqual({ start: null, exit: q('2026-03-05') });
  });
});

describe('HF-4.2 D, E, F from the questionnaires at the start and at the exit', () => {
  const start = { income_eur: 120.5, work: 'none', hospitalisations: 3, police_contacts: 2, jail_days: 10 };
  const cases = [
    aCase({ endedOn: '2026-08-31', questionnaires: [q('2026-01-20', start), q('2026-08-20', { income_eur: 650, work: 'full_time', training: true, volunteering: true, hospitalisations: 1 })] }),
    aCase({ endedOn: '2026-09-30', questionnaires: [q('2026-01-20', { ...start, work: 'part_time' }), q('2026-09-30', { income_eur: 100, work: 'none', addiction_rehabilitation: true, police_contacts: 1 })] }),
    // only at the start: says nothing of a change
    aCase({ endedOn: '2026-10-31', questionnaires: [q('2026-01-20', start)] }),
    // ended before the period
    aCase({ startedOn: '2025-01-10', endedOn: '2025-12-31', questionnaires: [q('2025-01-20', start), q('2025-12-20', start)] }),
    // still served
    aCase({ endedOn: null, questionnaires: [q('2026-01-20', start)] }),
  ];

  it('counts only the cases ended in the period with both questionnaires', () => {
    expect(computeQuestionnaireOutcomes(cases, year, '2026-12-31').cases).toBe(2);
    // the period's last day counts; the day after does not
    expect(computeQuestionnaireOutcomes(cases, { from: '2026-01-01', to: '2026-09-29' }, '2026-12-31').cases).toBe(1);
  });

  it('D the mean income at the start and at the exit, and those whose income rose', () => {
    const { income } = computeQuestionnaireOutcomes(cases, year, '2026-12-31');
    expect(income).toEqual({ meanAtStart: 120.5, meanAtExit: 375, increased: { count: 1, of: 2, share: 0.5 } });
  });

  it('E working full or part time at the start and at the exit; training, activities and addiction rehabilitation at the exit', () => {
    const e = computeQuestionnaireOutcomes(cases, year, '2026-12-31');
    expect(e.workingAtStart).toEqual({ count: 1, of: 2, share: 0.5 });
    expect(e.workingAtExit).toEqual({ count: 1, of: 2, share: 0.5 });
    expect([e.training.count, e.volunteering.count, e.addictionRehabilitation.count]).toEqual([1, 1, 1]);
  });

  it('F the crisis services in all at the start and at the exit (an unanswered count is 0)', () => {
    const f = computeQuestionnaireOutcomes(cases, year, '2026-12-31').crisisServices;
    expect(f.find((m) => m.measure === 'hospitalisations')).toEqual({ measure: 'hospitalisations', atStart: 6, atExit: 1 });
    expect(f.find((m) => m.measure === 'police_contacts')).toEqual({ measure: 'police_contacts', atStart: 4, atExit: 1 });
    expect(f.find((m) => m.measure === 'jail_days')).toEqual({ measure: 'jail_days', atStart: 20, atExit: 0 });
  });

  it('HF-4.2 D, E, F drill down: each yes/no figure lists the very clients it counts; each crisis sum is made of the clients its list gives', () => {
    const indicatorCases = cases.map((c) => ({ ...c, movedInOn: null, exitDestination: null }));
    const o = computeQuestionnaireOutcomes(cases, year, '2026-12-31');
    const behind = (figure: IndicatorFigure) => casesBehind(figure, indicatorCases, year, '2026-12-31').map((c) => c.caseId);
    const [first, second] = [cases[0]!.caseId, cases[1]!.caseId];
    expect(behind('income_up')).toEqual([first]);
    expect(behind('working_at_start')).toEqual([second]);
    expect(behind('working_at_exit')).toEqual([first]);
    expect(behind('training')).toEqual([first]);
    expect(behind('volunteering')).toEqual([first]);
    expect(behind('addiction_rehabilitation')).toEqual([second]);
    expect([o.income.increased.count, o.workingAtStart.count, o.workingAtExit.count, o.training.count, o.volunteering.count, o.addictionRehabilitation.count])
      .toEqual(['income_up', 'working_at_start', 'working_at_exit', 'training', 'volunteering', 'addiction_rehabilitation'].map((f) => behind(f as IndicatorFigure).length));
    // F: hospitalisations 3 + 3 at the start (both clients), 1 at the exit (the first); jail days at the exit: none
    expect(behind('crisis_start:hospitalisations')).toEqual([first, second]);
    expect(behind('crisis_exit:hospitalisations')).toEqual([first]);
    expect(behind('crisis_exit:police_contacts')).toEqual([second]);
    expect(behind('crisis_exit:jail_days')).toEqual([]);
    // every measure: a sum above 0 has clients behind it, a sum of 0 none
    for (const m of CRISIS_MEASURES) {
      const sums = o.crisisServices.find((x) => x.measure === m)!;
      expect(behind(`crisis_start:${m}`).length > 0).toBe(sums.atStart > 0);
      expect(behind(`crisis_exit:${m}`).length > 0).toBe(sums.atExit > 0);
    }
  });

  it('nothing to divide: no means and no shares', () => {
    const none = computeQuestionnaireOutcomes([], year, '2026-12-31');
    expect(none).toMatchObject({ cases: 0, income: { meanAtStart: null, meanAtExit: null, increased: { count: 0, of: 0, share: null } } });
  });
});

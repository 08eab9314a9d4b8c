import { describe, expect, it } from 'vitest';
import {
  casesBehind, casesWithBothQuestionnaires, computeExitDestinations, computeHousingRetention, computeLengthOfStay, computeQuestionnaireOutcomes, computeServedAgainstCapacity,
  INDICATOR_FIGURES, type IndicatorCase,
} from './indicators.rules';

let n = 0;
const aCase = (fields: Partial<IndicatorCase>): IndicatorCase => ({
  caseId: `c${++n}`, startedOn: '2026-01-10', movedInOn: null, endedOn: null, exitDestination: null, ...fields,
});

describe('HF-4.2 A clients served against the capacity', () => {
  const period = { from: '2026-01-01', to: '2026-12-31' };
  it('counts every case served on any day of the period: begun by its last day, not ended before its first', () => {
    const cases = [
      aCase({ startedOn: '2025-06-01', endedOn: '2025-12-31' }), // ended the day before: not served
      aCase({ startedOn: '2025-06-01', endedOn: '2026-01-01' }), // its last day is the period's first
      aCase({ startedOn: '2026-12-31' }), // begun on the last day
      aCase({ startedOn: '2027-01-01' }), // begun after
      aCase({ startedOn: '2026-03-01' }),
    ];
    expect(computeServedAgainstCapacity(cases, period, 100)).toEqual({ count: 3, of: 100, share: 0.03 });
  });
});

describe('HF-4.2 B length of stay, from receiving the service to its end', () => {
  it('of the cases that ended in the period, in days: mean and median; open cases have none', () => {
    const cases = [
      aCase({ startedOn: '2026-01-01', endedOn: '2026-01-31' }), // 30
      aCase({ startedOn: '2026-01-01', endedOn: '2026-03-02' }), // 60
      aCase({ startedOn: '2025-01-01', endedOn: '2026-01-01' }), // 365
      aCase({ startedOn: '2026-01-01' }),
    ];
    expect(computeLengthOfStay(cases, { from: '2026-01-01', to: '2026-12-31' })).toEqual({ cases: 3, meanDays: 455 / 3, medianDays: 60 });
    expect(computeLengthOfStay(cases, { from: '2027-01-01', to: '2027-12-31' })).toEqual({ cases: 0, meanDays: null, medianDays: null });
  });
});

describe('HF-4.2 B i, ii the share still housed 6 and 12 calendar months after moving in', () => {
  const movedIn31Jan = (fields: Partial<IndicatorCase> = {}) => aCase({ movedInOn: '2026-01-31', ...fields });

  it('counts a client from the day their mark falls: 31 January + 6 months is 31 July (30 July: not yet)', () => {
    const cases = [movedIn31Jan()];
    expect(computeHousingRetention(cases, 6, '2026-07-30')).toEqual({ count: 0, of: 0, share: null });
    expect(computeHousingRetention(cases, 6, '2026-07-31')).toEqual({ count: 1, of: 1, share: 1 });
  });

  it('29 February + 12 months is 28 February of the next year', () => {
    const cases = [aCase({ movedInOn: '2024-02-29' })];
    expect(computeHousingRetention(cases, 12, '2025-02-27').of).toBe(0);
    expect(computeHousingRetention(cases, 12, '2025-02-28').of).toBe(1);
  });

  it('an ending before the mark is not housed, unless the client moved to a market or a social flat; an ending on the mark day is housed', () => {
    const cases = [
      movedIn31Jan({ endedOn: '2026-07-30', exitDestination: 'shelter' }),
      movedIn31Jan({ endedOn: '2026-07-30', exitDestination: 'street' }),
      movedIn31Jan({ endedOn: '2026-05-01', exitDestination: 'market_flat' }),
      movedIn31Jan({ endedOn: '2026-05-01', exitDestination: 'social_flat' }),
      movedIn31Jan({ endedOn: '2026-07-31', exitDestination: 'shelter' }),
      movedIn31Jan(),
      aCase({ movedInOn: null }), // never moved in: not counted
    ];
    expect(computeHousingRetention(cases, 6, '2026-12-31')).toEqual({ count: 4, of: 6, share: 4 / 6 });
  });
  it('given a period, counts the clients served in it, their marks as of the day asked even after the period (the pilot’s year read today)', () => {
    const pilot = { from: '2022-09-01', to: '2023-08-30' };
    const cases = [
      aCase({ startedOn: '2022-10-01', movedInOn: '2022-10-15', endedOn: '2023-08-30', exitDestination: 'social_flat' }), // 12 months on 15.10.2023, after the period: housed
      aCase({ startedOn: '2022-10-01', movedInOn: '2022-10-15', endedOn: '2023-01-20', exitDestination: 'shelter' }),
      aCase({ startedOn: '2023-08-31', movedInOn: '2023-09-10' }), // began the day after the period
      aCase({ startedOn: '2021-01-01', movedInOn: '2021-01-10', endedOn: '2022-08-31', exitDestination: 'market_flat' }), // ended the day before it
    ];
    expect(computeHousingRetention(cases, 12, '2026-12-07', pilot)).toEqual({ count: 1, of: 2, share: 0.5 });
    expect(computeHousingRetention(cases, 12, '2026-12-07')).toEqual({ count: 3, of: 4, share: 0.75 });
  });
});

describe('HF-4.2 C exit destinations of the cases that ended in the period', () => {
  it('counts each destination and its share; an ending without one is "not recorded"', () => {
    const cases = [
      aCase({ endedOn: '2026-05-01', exitDestination: 'market_flat' }),
      aCase({ endedOn: '2026-06-01', exitDestination: 'market_flat' }),
      aCase({ endedOn: '2026-06-01', exitDestination: 'street' }),
      aCase({ endedOn: '2026-06-01', exitDestination: null }),
      aCase({ endedOn: '2025-12-31', exitDestination: 'shelter' }), // before the period
      aCase({}),
    ];
    expect(computeExitDestinations(cases, { from: '2026-01-01', to: '2026-12-31' })).toEqual([
      { destination: 'market_flat', count: 2, of: 4, share: 0.5 },
      { destination: 'street', count: 1, of: 4, share: 0.25 },
      { destination: 'not_recorded', count: 1, of: 4, share: 0.25 },
    ]);
  });
});

describe('HF-4.2 every figure drills down to the cases behind it', () => {
  const period = { from: '2026-01-01', to: '2026-12-31' };
  const asOf = '2026-12-07';
  const cases = [
    aCase({ startedOn: '2025-06-01', movedInOn: '2025-06-10', endedOn: '2026-03-01', exitDestination: 'street' }),
    aCase({ startedOn: '2025-06-01', movedInOn: '2025-06-10', endedOn: '2026-02-01', exitDestination: 'social_flat' }),
    aCase({ startedOn: '2026-01-10', movedInOn: '2026-02-01', endedOn: '2026-05-01', exitDestination: 'shelter' }),
    aCase({ startedOn: '2026-01-10', movedInOn: '2026-02-01' }),
    aCase({ startedOn: '2026-01-10', endedOn: '2026-06-01', exitDestination: null }),
    aCase({ startedOn: '2024-01-10', movedInOn: '2024-02-01', endedOn: '2025-06-01', exitDestination: 'market_flat' }), // ended before the period
    aCase({ startedOn: '2027-01-01' }), // begins after it
  ];
  const ids = (figure: (typeof INDICATOR_FIGURES)[number]) => casesBehind(figure, cases, period, asOf).map((c) => c.caseId);

  it('HF-4.2 A, B, C: each list is as long as the count it stands for', () => {
    const served = computeServedAgainstCapacity(cases, period, 100);
    const stay = computeLengthOfStay(cases, period);
    const after6 = computeHousingRetention(cases, 6, asOf, period), after12 = computeHousingRetention(cases, 12, asOf, period);
    expect(ids('served')).toHaveLength(served.count);
    expect(ids('ended')).toHaveLength(stay.cases);
    expect([ids('reached6').length, ids('housed6').length, ids('notHoused6').length]).toEqual([after6.of, after6.count, after6.of - after6.count]);
    expect([ids('reached12').length, ids('housed12').length, ids('notHoused12').length]).toEqual([after12.of, after12.count, after12.of - after12.count]);
    for (const d of computeExitDestinations(cases, period)) expect(ids(`destination:${d.destination}`)).toHaveLength(d.count);
    expect(ids('destination:hospital')).toEqual([]);
  });

  it('HF-4.2 the lists name the cases: served 5 of 7, ended 4, the housed and not housed parting those that reached the mark', () => {
    const [a, b, c, d, e] = cases.map((x) => x.caseId);
    expect(ids('served')).toEqual([a, b, c, d, e]);
    expect(ids('ended')).toEqual([a, b, c, e]);
    expect(ids('reached6')).toEqual([a, b, c, d]);
    expect(ids('housed6')).toEqual([a, b, d]); // the street leaver's mark (10.12.2025) fell before they left; the social flat counts as housed
    expect(ids('notHoused6')).toEqual([c]);
    expect(ids('housed12')).toEqual([b]);
    expect(ids('notHoused12')).toEqual([a]);
    expect(ids('destination:not_recorded')).toEqual([e]);
  });

  it('HF-4.2 D–F: the outcomes are counted over the cases with a questionnaire at the start and at the exit', () => {
    const q = (recordedOn: string) => ({ recordedOn, answers: { work: 'full_time' } });
    const outcomeCases = [
      { caseId: 'o1', startedOn: '2026-01-10', endedOn: '2026-06-01', questionnaires: [q('2026-01-15'), q('2026-05-20')] },
      { caseId: 'o2', startedOn: '2026-01-10', endedOn: '2026-06-01', questionnaires: [q('2026-01-15')] },
      { caseId: 'o3', startedOn: '2026-01-10', endedOn: null, questionnaires: [q('2026-01-15'), q('2026-05-20')] },
    ];
    expect(casesWithBothQuestionnaires(outcomeCases, period, asOf).map((c) => c.caseId)).toEqual(['o1']);
    expect(computeQuestionnaireOutcomes(outcomeCases, period, asOf).cases).toBe(1);
    const asIndicatorCases = outcomeCases.map((c) => ({ ...c, movedInOn: null, exitDestination: null }));
    expect(casesBehind('outcomes', asIndicatorCases, period, asOf).map((c) => c.caseId)).toEqual(['o1']);
    expect(casesBehind('outcomes', cases, period, asOf)).toEqual([]); // no questionnaires: none
  });
});

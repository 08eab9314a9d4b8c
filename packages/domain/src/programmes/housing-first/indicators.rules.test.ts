import { describe, expect, it } from 'vitest';
import { computeExitDestinations, computeHousingRetention, computeLengthOfStay, computeServedAgainstCapacity, type IndicatorCase } from './indicators.rules';

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

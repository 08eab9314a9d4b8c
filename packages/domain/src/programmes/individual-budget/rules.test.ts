import { describe, expect, it } from 'vitest';
import { computeDueEvaluations } from '../../core/evaluation-schedule';
import { IB_EVALUATION_INSTRUMENTS, IB_ASSESSMENT, IB_PILOT_END_MEETING } from './instruments';
import { checkRanking, computeCombinedRanking } from './ranking.rules';
import { computeBudgetPeriod, computeReassessmentDue, computePeriodMonths } from './periods.rules';
import { computeBudgetWarning, computeInterruptedDays, computeLedger, planVersionInMonth, type LedgerFacts } from './ledger.rules';
import { computeUnmetServicesReport } from './report.rules';
import { computeIbReportView, canRecordOnIbCase } from './policies';
import { PILOT_STARTS, IB_SERVICES, UNIT_OF_SERVICE } from './catalogue';

describe('IB-1 the pilots and the catalogue', () => {
  it('the children’s pilot from September 2018, the adults’ from November 2019; every service has its unit', () => {
    expect(PILOT_STARTS).toEqual({ children_functional_impairments: '2018-09-01', adults_mental_disorders: '2019-11-01' });
    expect(IB_SERVICES.every((s) => UNIT_OF_SERVICE[s])).toBe(true);
    expect(IB_SERVICES).toContain('physiotherapy_pool');
    expect(IB_SERVICES).toContain('transport');
  });
});

describe('IB-2 the combined ranking: the sum of the two ranks, ties broken by the team’s rank', () => {
  it('sums the ranks; a tie goes to the team’s higher rank; the differences are shown', () => {
    const combined = computeCombinedRanking(
      [{ service: 'physiotherapy', rank: 1 }, { service: 'occupational_therapy', rank: 2 }, { service: 'speech_therapist', rank: 3 }],
      [{ service: 'speech_therapist', rank: 1 }, { service: 'physiotherapy', rank: 2 }, { service: 'occupational_therapy', rank: 3 }],
    );
    // physiotherapy 1+2=3, occupational 2+3=5, speech 3+1=4
    expect(combined.map((c) => [c.service, c.position, c.score, c.difference])).toEqual([
      ['physiotherapy', 1, 3, 1], ['speech_therapist', 2, 4, -2], ['occupational_therapy', 3, 5, 1],
    ]);
  });

  it('a tie on the sum: the team’s rank decides (boundary: equal sums)', () => {
    const combined = computeCombinedRanking(
      [{ service: 'psychologist', rank: 1 }, { service: 'music_therapy', rank: 2 }],
      [{ service: 'music_therapy', rank: 1 }, { service: 'psychologist', rank: 2 }],
    );
    expect(combined.map((c) => c.service)).toEqual(['psychologist', 'music_therapy']);
    expect(combined.every((c) => c.score === 3 && c.differs)).toBe(true);
  });

  it('a service only one side ranked counts as the rank after that side’s last', () => {
    const combined = computeCombinedRanking([{ service: 'aba_therapy', rank: 1 }], [{ service: 'respite_care', rank: 1 }, { service: 'aba_therapy', rank: 2 }]);
    // aba 1+2=3; respite: team did not rank it → 1+1=2 … +1 → (1+1)+1 = 3 → tie; the team ranked aba, respite has no team rank
    expect(combined.map((c) => [c.service, c.teamRank, c.familyRank, c.score])).toEqual([['aba_therapy', 1, 2, 3], ['respite_care', null, 1, 3]]);
    expect(combined[1]!.differs).toBe(true);
  });

  it('a ranking with a repeated service or a gap in the places is refused', () => {
    expect(checkRanking([{ service: 'physiotherapy', rank: 1 }, { service: 'physiotherapy', rank: 2 }])).toBe('duplicate_service');
    expect(checkRanking([{ service: 'physiotherapy', rank: 1 }, { service: 'psychologist', rank: 3 }])).toBe('ranks_not_sequential');
    expect(checkRanking([{ service: 'physiotherapy', rank: 2 }, { service: 'psychologist', rank: 1 }])).toBeNull();
    expect(checkRanking([])).toBeNull();
  });
});

describe('IB-2 re-assessment after each 6-month period, in calendar months', () => {
  it('the first assessment is due on the start day, the next 6 calendar months after the last', () => {
    expect(computeReassessmentDue('2018-09-10', [], '2018-09-10')).toEqual({ dueOn: '2018-09-10', kind: 'initial', daysLeft: 0 });
    expect(computeReassessmentDue('2018-09-10', ['2018-09-10'], '2019-02-10')).toMatchObject({ dueOn: '2019-03-10', kind: 'reassessment', daysLeft: 28 });
  });
  it('31 August + 6 months is 28 February, 29 February in a leap year (boundary)', () => {
    expect(computeReassessmentDue('2018-08-31', ['2018-08-31'], '2018-09-01').dueOn).toBe('2019-02-28');
    expect(computeReassessmentDue('2019-08-31', ['2019-08-31'], '2019-09-01').dueOn).toBe('2020-02-29');
  });
  it('an assessment later than the day asked is not counted', () => {
    expect(computeReassessmentDue('2019-11-04', ['2019-11-04', '2020-05-04'], '2020-05-03').dueOn).toBe('2020-05-04');
  });
  it('each assessment opens a budget period of 6 calendar months from its month', () => {
    expect(computePeriodMonths('2019-02-10')).toEqual(['2019-02', '2019-03', '2019-04', '2019-05', '2019-06', '2019-07']);
    expect(computeBudgetPeriod('2019-11-04')).toEqual({ from: '2019-11-01', to: '2020-04-30', months: ['2019-11', '2019-12', '2020-01', '2020-02', '2020-03', '2020-04'] });
  });
  it('the core’s evaluation schedule puts the re-assessment 6 months after the last one and the end-of-pilot meeting at the ending (IB-6)', () => {
    const due = computeDueEvaluations(IB_EVALUATION_INSTRUMENTS, { startedOn: '2019-08-31', agreedEndOn: null, endedOn: null, recorded: { [IB_ASSESSMENT]: ['2019-08-31'] } }, '2020-02-20');
    expect(due).toEqual([{ instrument: IB_ASSESSMENT, at: 'every', dueOn: '2020-02-29', daysLeft: 9 }]);
    const ended = computeDueEvaluations(IB_EVALUATION_INSTRUMENTS, { startedOn: '2018-09-03', agreedEndOn: null, endedOn: '2019-10-31', recorded: { [IB_ASSESSMENT]: ['2018-09-03', '2019-03-01', '2019-09-02'] } }, '2019-11-01');
    expect(ended.map((d) => [d.instrument, d.at, d.dueOn])).toEqual([[IB_PILOT_END_MEETING, 'ending', '2019-10-31']]);
  });
});

describe('IB-5 interruptions overlap with months', () => {
  it('counts both ends, cuts at the month’s edges, and runs to the month’s end while not resumed', () => {
    // the 2020 emergency: 13.03.2020 – 9.06.2020
    const emergency = { from: '2020-03-13', to: '2020-06-09' };
    expect(computeInterruptedDays(emergency, '2020-02')).toBe(0);
    expect(computeInterruptedDays(emergency, '2020-03')).toBe(19);
    expect(computeInterruptedDays(emergency, '2020-04')).toBe(30);
    expect(computeInterruptedDays(emergency, '2020-06')).toBe(9);
    expect(computeInterruptedDays(emergency, '2020-07')).toBe(0);
    expect(computeInterruptedDays({ from: '2020-03-31', to: '2020-03-31' }, '2020-03')).toBe(1);
    expect(computeInterruptedDays({ from: '2020-03-20', to: null }, '2020-03')).toBe(12);
    expect(computeInterruptedDays({ from: '2020-03-20', to: null }, '2020-04')).toBe(30);
  });
});

const facts = (extra: Partial<LedgerFacts> = {}): LedgerFacts => ({
  months: ['2020-01', '2020-02', '2020-03', '2020-04', '2020-05', '2020-06'],
  budgetCents: 300_000,
  versions: [{ version: 1, validFrom: '2020-01-06', lines: [{ service: 'group_sessions_person', perMonth: 4, unitPriceCents: 2_000 }, { service: 'special_educator', perMonth: 4, unitPriceCents: 2_500 }] }],
  deliveries: [], interruptions: [], warningPercent: 80, asOf: '2020-07-01', ...extra,
});

describe('IB-4 the ledger: planned, delivered and spent per service and month against the budget', () => {
  it('the plan version in force in a month is the latest from on or before its last day', () => {
    const v = [{ version: 1, validFrom: '2020-01-06', lines: [] }, { version: 2, validFrom: '2020-03-31', lines: [] }];
    expect(planVersionInMonth(v, '2019-12')).toBeNull();
    expect(planVersionInMonth(v, '2020-02')!.version).toBe(1);
    expect(planVersionInMonth(v, '2020-03')!.version).toBe(2);
  });

  it('planned at the plan’s unit prices, spent as recorded, the remainder of the budget; an interruption reduces what was expected, the rest is what the family could not carry out', () => {
    const ledger = computeLedger(facts({
      deliveries: [
        { service: 'group_sessions_person', month: '2020-01', delivered: 4, spentCents: 8_000 },
        { service: 'group_sessions_person', month: '2020-02', delivered: 2, spentCents: 4_000 },
        { service: 'special_educator', month: '2020-01', delivered: 4, spentCents: 10_000 },
      ],
      interruptions: [{ service: 'group_sessions_person', from: '2020-03-13', to: '2020-06-09', reason: 'emergency_situation' }],
    }));
    expect(ledger.plannedCents).toBe(6 * 4 * 2_000 + 6 * 4 * 2_500);
    expect(ledger.spentCents).toBe(22_000);
    expect(ledger.remainingCents).toBe(278_000);
    const feb = ledger.cells.find((c) => c.service === 'group_sessions_person' && c.month === '2020-02')!;
    expect(feb).toMatchObject({ planned: 4, expected: 4, delivered: 2, notCarriedOut: 2, interruptedDays: 0 });
    const april = ledger.cells.find((c) => c.service === 'group_sessions_person' && c.month === '2020-04')!;
    expect(april).toMatchObject({ planned: 4, expected: 0, interruptedShortfall: 4, notCarriedOut: 0, interruptedDays: 30 });
    const march = ledger.cells.find((c) => c.service === 'group_sessions_person' && c.month === '2020-03')!;
    expect(march.expected).toBe(1.55); // 4 × 12/31
    expect(ledger.byMonth.at(-1)!.cumulativeSpentCents).toBe(22_000);
    expect(ledger.warning).toBeNull();
  });

  it('a month not yet ended counts nothing as not carried out', () => {
    const ledger = computeLedger(facts({ asOf: '2020-02-29' }));
    expect(ledger.cells.find((c) => c.month === '2020-01' && c.service === 'special_educator')!.notCarriedOut).toBe(4);
    expect(ledger.cells.find((c) => c.month === '2020-02' && c.service === 'special_educator')!.notCarriedOut).toBe(0);
  });

  it('warns before the budget is exceeded: at the threshold (boundary: 80 % exactly), when the plan would go over, and once it is exceeded', () => {
    expect(computeBudgetWarning(100_000, 79_999, 79_999, 80)).toBeNull();
    expect(computeBudgetWarning(100_000, 80_000, 80_000, 80)).toBe('near');
    expect(computeBudgetWarning(100_000, 50_000, 100_000, 80)).toBeNull();
    expect(computeBudgetWarning(100_000, 50_000, 100_001, 80)).toBe('projected_over');
    expect(computeBudgetWarning(100_000, 100_000, 100_000, 80)).toBe('near');
    expect(computeBudgetWarning(100_000, 100_001, 100_001, 80)).toBe('exceeded');
    expect(computeBudgetWarning(0, 0, 0, 80)).toBeNull();
  });

  it('the projection counts this month’s and later months’ planned cost not yet spent', () => {
    // asOf in March: Jan–Feb spent 18 000 each month (the plan's 18 000), Mar–Jun still to come: 4 × 18 000
    const deliveries = ['2020-01', '2020-02'].flatMap((month) => [
      { service: 'group_sessions_person' as const, month, delivered: 4, spentCents: 8_000 }, { service: 'special_educator' as const, month, delivered: 4, spentCents: 10_000 },
    ]);
    const ledger = computeLedger(facts({ asOf: '2020-03-15', deliveries, budgetCents: 108_000 }));
    expect(ledger.projectedCents).toBe(108_000);
    expect(ledger.warning).toBeNull();
    expect(computeLedger(facts({ asOf: '2020-03-15', deliveries, budgetCents: 107_999 })).warning).toBe('projected_over');
  });
});

describe('IB-5 the report of unmet and interrupted services', () => {
  const ledger = computeLedger(facts({
    deliveries: [{ service: 'special_educator', month: '2020-01', delivered: 4, spentCents: 10_000 }],
    interruptions: [{ service: 'group_sessions_person', from: '2020-03-13', to: '2020-06-09', reason: 'emergency_situation' }],
  }));
  const one = { caseId: 'a', municipalityAtvk: '0051000', cells: ledger.cells, interruptions: [{ service: 'group_sessions_person' as const, days: 89 }] };
  it('per municipality and service: unmet, interrupted, the shortage and the distance to the nearest provider', () => {
    const rows = computeUnmetServicesReport([one], [{ municipalityAtvk: '0051000', service: 'hippotherapy', shortage: true, nearestKm: 85 }], false);
    expect(rows.map((r) => r.service)).toEqual(['group_sessions_person', 'hippotherapy', 'special_educator']);
    expect(rows[0]).toMatchObject({ cases: 1, interruptions: 1, interruptedDays: 89, interruptedShortfall: 11.65 }); // March 2.45 + April 4 + May 4 + June 1.2
    expect(rows[1]).toMatchObject({ shortage: true, nearestKm: 85, cases: 0 });
    expect(rows[2]).toMatchObject({ planned: 24, delivered: 4, notCarriedOut: 20 });
  });
  it('funders and planners see rows of fewer than 5 cases without figures (boundary: 5 shown)', () => {
    expect(computeUnmetServicesReport([one], [], true)[0]!.cases).toBeNull();
    const five = Array.from({ length: 5 }, (_, i) => ({ ...one, caseId: String(i) }));
    expect(computeUnmetServicesReport(five, [], true)[0]!.cases).toBe(5);
  });
});

describe('IB access', () => {
  const actor = (extra: object) => ({ userId: 'u', organisationId: 'o', organisationKind: 'service_provider' as const, municipalityAtvk: null, roles: ['social_worker' as const], ...extra });
  it('records on a case: the organisation’s manager or a worker on its team; the report: case holders exactly, funders aggregates', () => {
    expect(canRecordOnIbCase(actor({}), 'o', true)).toBe(true);
    expect(canRecordOnIbCase(actor({}), 'o', false)).toBe(false);
    expect(canRecordOnIbCase(actor({ roles: ['manager'] }), 'o', false)).toBe(true);
    expect(canRecordOnIbCase(actor({ roles: ['manager'] }), 'other', false)).toBe(false);
    expect(computeIbReportView(actor({ organisationKind: 'funder', roles: ['funder_analyst'] })).kind).toBe('aggregates');
    expect(computeIbReportView(actor({ organisationKind: 'housing_provider', roles: ['manager'] })).kind).toBe('none');
  });
});

import { describe, expect, it } from 'vitest';
import { computeDueEvaluations } from '../../core/evaluation-schedule';
import { openIpCaseSchema } from './api.schemas';
import { computeCoPaymentInMonth, computeLedgerMonth, computeLedgerTotal } from './costs.rules';
import { checkIpGranting, computeRecipients } from './granting.rules';
import { individualProgramme } from './programme';
import { computeReferenceCost } from './settings';
import type { Actor } from '../../access/roles';
import { computeIpReportView } from './policies';
import { computeSatisfactionByProvider, computeSatisfactionOccasion, computeSelfAssessmentDue } from './satisfaction.rules';
import { checkDelivery, computePlannedVsDelivered, daysInMonth, monthsBetween, type PlannedLine } from './service-lines';
import { ageOn, computeTargetGroupCounts, type ServedRecipient } from './target-group-report.rules';

describe('IP-1 granting', () => {
  const base = { personId: 'p', household: null, decidedOn: '2026-03-01', openedOn: '2026-03-01', agreementEndsOn: null };
  it('opens with no end day (not limited in time) on the day of the decision', () => {
    expect(checkIpGranting(base)).toEqual([]);
  });
  it('refuses an opening a day before the decision', () => {
    expect(checkIpGranting({ ...base, openedOn: '2026-02-28' })).toEqual([{ field: 'openedOn', reason: 'before_decision' }]);
  });
  it('an agreed end must come after the opening (the opening day itself is refused)', () => {
    expect(checkIpGranting({ ...base, agreementEndsOn: '2026-03-01' })).toHaveLength(1);
    expect(checkIpGranting({ ...base, agreementEndsOn: '2026-03-02' })).toEqual([]);
  });
  it('a family: the recipients are household members and include the person', () => {
    const household = { memberIds: ['p', 'c', 'x'], recipientIds: ['p', 'c'] };
    expect(checkIpGranting({ ...base, household })).toEqual([]);
    expect(computeRecipients({ personId: 'p', household })).toEqual(['p', 'c']);
    expect(checkIpGranting({ ...base, household: { ...household, recipientIds: ['c'] } })[0]?.reason).toBe('person_not_recipient');
    expect(checkIpGranting({ ...base, household: { ...household, recipientIds: ['p', 'z'] } })[0]?.reason).toBe('not_household_member');
  });
  it('asks no income: a request with income is refused by the schema, and the place may be the home', () => {
    const input = {
      personId: '0190a5b4-0000-7000-8000-000000000001', municipalityAtvk: '0001000', targetGroup: 'adults_with_mental_disorders', decidedOn: '2026-03-01', openedOn: '2026-03-01',
      communityServicesConsidered: 'Dienas centrs, aprūpe mājās', unmetNeedReason: 'Vajadzības nevar apmierināt ar esošajiem pakalpojumiem', servicePlace: 'home',
      caseManagerUserId: '0190a5b4-0000-7000-8000-000000000002',
    };
    expect(openIpCaseSchema.safeParse(input).success).toBe(true);
    expect(openIpCaseSchema.safeParse({ ...input, incomeCents: 50000 }).success).toBe(false);
  });
});

describe('IP-2 planned and delivered volume', () => {
  const lines: PlannedLine[] = [
    { id: 'h', line: 'housing', unit: 'days', plannedPerMonth: 30, fromMonth: '2026-01', toMonth: null },
    { id: 'c', line: 'consultations', unit: 'hours', plannedPerMonth: 8, fromMonth: '2026-02', toMonth: '2026-03' },
  ];
  it('lists the lines in force in a month with delivered minus planned', () => {
    const rows = computePlannedVsDelivered(lines, [{ serviceLineId: 'c', month: '2026-03', delivered: 6.5 }], '2026-03');
    expect(rows.map((r) => [r.serviceLineId, r.planned, r.delivered, r.difference])).toEqual([['h', 30, 0, -30], ['c', 8, 6.5, -1.5]]);
    expect(computePlannedVsDelivered(lines, [], '2026-04').map((r) => r.serviceLineId)).toEqual(['h']);
  });
  it('a delivery outside the line, or more days than the month has, is refused', () => {
    expect(checkDelivery(lines[1]!, '2026-01', 1)).toBe('outside_line');
    expect(checkDelivery(lines[1]!, '2026-04', 1)).toBe('outside_line');
    expect(checkDelivery(lines[0]!, '2026-02', 28)).toBeNull();
    expect(checkDelivery(lines[0]!, '2026-02', 29)).toBe('more_days_than_month');
    expect(daysInMonth('2028-02')).toBe(29);
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('IP-3 costs, co-payment and the ledger', () => {
  const copay = [
    { effectiveFrom: '2026-01', rentCents: 12000, managementCents: 3000, electricityCents: 2000, gasCents: 1000, utilitiesCents: 4000 },
    { effectiveFrom: '2026-06', rentCents: 15000, managementCents: 3000, electricityCents: 2000, gasCents: 1000, utilitiesCents: 4000 },
  ];
  it('the co-payment in force is the latest version from the month or before', () => {
    expect(computeCoPaymentInMonth(copay, '2025-12')).toBe(0);
    expect(computeCoPaymentInMonth(copay, '2026-05')).toBe(22000);
    expect(computeCoPaymentInMonth(copay, '2026-06')).toBe(25000);
  });
  it('a month: planned against actual, what the municipality pays, per person against the 2 900 € reference', () => {
    const costs = [
      { month: '2026-03', kind: 'staff' as const, plannedCents: 250000, actualCents: 262000 },
      { month: '2026-03', kind: 'housing' as const, plannedCents: 40000, actualCents: 38000 },
    ];
    const line = computeLedgerMonth('2026-03', costs, 22000, 1, computeReferenceCost(individualProgramme.defaultSettings, '0001000')!);
    expect(line).toMatchObject({ plannedCents: 290000, actualCents: 300000, staffActualCents: 262000, housingActualCents: 38000, municipalCents: 278000, perPersonCents: 300000, referenceCents: 290000 });
    const empty = computeLedgerMonth('2026-04', costs, 0, 1, 290000);
    expect(empty.actualCents).toBeNull();
    expect(computeLedgerTotal([line, empty])).toMatchObject({ plannedCents: 290000, actualCents: 300000, coPaymentCents: 22000 });
  });
});

describe('IP-4 the report by target group', () => {
  it('reproduces the 2020 table: 8, 12, 7, 1 = 28; 16 adults with mental disorders, 7 women, 9 men, 4 in families with a child', () => {
    const served: ServedRecipient[] = [];
    const add = (n: number, r: Omit<ServedRecipient, 'personId' | 'fromDate'>) => { for (let i = 0; i < n; i++) served.push({ ...r, personId: `${served.length}`, fromDate: '2020-01-01' }); };
    add(8, { targetGroup: 'children_with_disabilities', gender: 'male', adult: false, familyWithChild: false });
    add(5, { targetGroup: 'adults_with_mental_disorders', gender: 'female', adult: true, familyWithChild: false });
    add(7, { targetGroup: 'adults_with_mental_disorders', gender: 'male', adult: true, familyWithChild: false });
    add(2, { targetGroup: 'families_parents_mental_disorders', gender: 'female', adult: true, familyWithChild: true });
    add(2, { targetGroup: 'families_parents_mental_disorders', gender: 'male', adult: true, familyWithChild: true });
    add(3, { targetGroup: 'families_parents_mental_disorders', gender: 'female', adult: false, familyWithChild: true });
    add(1, { targetGroup: 'violence_victims', gender: 'female', adult: true, familyWithChild: false });
    const counts = computeTargetGroupCounts(served);
    expect(counts.rows.map((r) => r.total)).toEqual([8, 12, 7, 1]);
    expect(counts.total).toBe(28);
    expect(counts.adultsWithMentalDisorders).toEqual({ total: 16, women: 7, men: 9, inFamilyWithChild: 4 });
  });
  it('a person with two cases in the year counts once, in the row of the later case', () => {
    const counts = computeTargetGroupCounts([
      { personId: 'a', targetGroup: 'violence_victims', gender: 'female', adult: true, familyWithChild: false, fromDate: '2020-01-01' },
      { personId: 'a', targetGroup: 'adults_with_mental_disorders', gender: 'female', adult: true, familyWithChild: false, fromDate: '2020-06-01' },
    ]);
    expect(counts.total).toBe(1);
    expect(counts.rows.find((r) => r.targetGroup === 'adults_with_mental_disorders')!.total).toBe(1);
  });
  it('adult from the 18th birthday on', () => {
    expect(ageOn('2002-01-01', '2020-01-01')).toBe(18);
    expect(ageOn('2002-01-02', '2020-01-01')).toBe(17);
  });
});

describe('IP-5, IP-6 satisfaction and self-assessment on the core schedule', () => {
  const [satisfaction, selfAssessment] = individualProgramme.evaluationInstruments;
  it('IP-5 due a year after the start, then a year after the last survey', () => {
    const history = { startedOn: '2026-01-15', agreedEndOn: null, endedOn: null, recorded: {} };
    expect(computeDueEvaluations([satisfaction], history, '2026-06-01')[0]).toMatchObject({ dueOn: '2027-01-15', at: 'every' });
    expect(computeDueEvaluations([satisfaction], { ...history, recorded: { client_satisfaction: ['2026-05-10'] } }, '2026-06-01')[0]?.dueOn).toBe('2027-05-10');
  });
  it('IP-5 one month before the agreement expires, earlier than the yearly one', () => {
    const history = { startedOn: '2026-01-15', agreedEndOn: '2026-09-30', endedOn: null, recorded: {} };
    expect(computeDueEvaluations([satisfaction], history, '2026-08-01')[0]).toMatchObject({ dueOn: '2026-08-30', at: 'before_agreed_end', daysLeft: 29 });
  });
  it('IP-5 when the client ends the service', () => {
    const history = { startedOn: '2026-01-15', agreedEndOn: null, endedOn: '2026-04-20', recorded: {} };
    expect(computeDueEvaluations([satisfaction], history, '2026-04-20')[0]).toMatchObject({ dueOn: '2026-04-20', at: 'ending' });
  });
  it('IP-6 the provider self-assessment is yearly, of the provider', () => {
    expect(selfAssessment.subject).toBe('provider');
    expect(computeSelfAssessmentDue(null, '2020-01-01')).toBe('2020-01-01');
    expect(computeSelfAssessmentDue('2024-02-29', '2020-01-01')).toBe('2025-02-28');
  });
  it('IP-5 the analysis per provider: counts by occasion and the average', () => {
    const [a, b] = computeSatisfactionByProvider(['a', 'b'], [
      { providerId: 'a', occasion: 'yearly', score: 4 }, { providerId: 'a', occasion: 'ending', score: 5 }, { providerId: 'a', occasion: 'yearly', score: 4 },
    ]);
    expect(a).toEqual({ providerId: 'a', surveys: 3, average: 4.33, byOccasion: { yearly: 2, before_agreement_end: 0, ending: 1 } });
    expect(b!.average).toBeNull();
  });
});

describe('IP-5 the occasion a survey answered, IP-4 who reads the reports how', () => {
  it('IP-5 from one month before the end: the ending; from one month before the agreed end: the agreement; else yearly', () => {
    expect(computeSatisfactionOccasion('2026-03-20', { closedOn: '2026-04-20', agreementEndsOn: null })).toBe('ending');
    expect(computeSatisfactionOccasion('2026-03-19', { closedOn: '2026-04-20', agreementEndsOn: null })).toBe('yearly');
    expect(computeSatisfactionOccasion('2026-08-30', { closedOn: null, agreementEndsOn: '2026-09-30' })).toBe('before_agreement_end');
    expect(computeSatisfactionOccasion('2026-08-29', { closedOn: null, agreementEndsOn: '2026-09-30' })).toBe('yearly');
  });
  it('IP-4 the welfare department exact, a provider’s manager its own, funders and planners suppressed, others nothing', () => {
    const actor = (organisationKind: Actor['organisationKind'], roles: Actor['roles'], municipalityAtvk: string | null = null): Actor => ({ userId: 'u', organisationId: 'o', organisationKind, municipalityAtvk, roles });
    expect(computeIpReportView(actor('municipal_social_service', ['manager'], '0001000'))).toEqual({ kind: 'municipality', municipalityAtvk: '0001000' });
    expect(computeIpReportView(actor('municipal_social_service', ['municipal_social_worker'], '0001000')).kind).toBe('municipality');
    expect(computeIpReportView(actor('service_provider', ['manager']))).toEqual({ kind: 'provider', providerId: 'o' });
    expect(computeIpReportView(actor('funder', ['funder_analyst'])).kind).toBe('aggregates');
    expect(computeIpReportView(actor('planning_region', ['planner'])).kind).toBe('aggregates');
    expect(computeIpReportView(actor('service_provider', ['social_worker'])).kind).toBe('none');
    expect(computeIpReportView(actor('housing_provider', ['manager'])).kind).toBe('none');
  });
});

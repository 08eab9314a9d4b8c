import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../shared/dates';
import { HOUSING_FIRST_PILOT_SETTINGS as S } from '../programmes/programme-settings';
import { computeEscalation, HF_ESCALATION_DEFAULTS as E, type VisitFact } from './visit-escalation.rules';
import { checkDailyContactHours, checkEngagementHours } from './contact-hours.rules';
import { computeInitialPlanOfferDue, computePlanReviewDue, computeReassessmentDue, computeWeeklyVisitDue } from './reviews.rules';
import { computeCaseWorklist, type CaseFacts } from './case-worklist.rules';
import { computeEndingStatus, isShortNotice } from './ending.rules';

const MISS = '2026-03-02';
const miss = (on: string, healthRisk = false): VisitFact => ({ on, outcome: 'not_home_no_notice', healthRisk });
const escalationOn = (asOf: string, visits: VisitFact[] = [miss(MISS)], extensions: Array<{ on: string; reason: string }> = []) =>
  computeEscalation(visits, [], extensions, E, asOf);

describe('HF-3.2.2 missed-visit escalation', () => {
  it('starts at a miss: phone, and come back within 7 days', () => {
    expect(escalationOn('2026-03-01').level).toBe('none');
    expect(escalationOn(MISS)).toMatchObject({ level: 'missed_visit', returnBy: '2026-03-09', permitted: ['phone', 'return_within_week'] });
  });

  it('after 6 days it is still a missed visit; at 7 days unreachable a week — the whole team may come', () => {
    expect(escalationOn(addDays(MISS, 6)).level).toBe('missed_visit');
    expect(escalationOn(addDays(MISS, 7))).toMatchObject({ level: 'unreachable_week', daysUnreachable: 7 });
    expect(escalationOn(addDays(MISS, 7)).permitted).toContain('whole_team_visit');
  });

  it('lets staff enter to check on safety at the second missed week in a row, or sooner where health is at risk', () => {
    expect(escalationOn(addDays(MISS, 3)).permitted).not.toContain('enter_to_check_safety');
    expect(escalationOn(addDays(MISS, 3), [miss(MISS, true)]).permitted).toContain('enter_to_check_safety');
    expect(escalationOn(addDays(MISS, 7), [miss(MISS), miss(addDays(MISS, 7))]).permitted).toContain('enter_to_check_safety');
  });

  it('on day 14 not yet, on day 15 visits on other days and the inspection of the dwelling (HF-2.7)', () => {
    expect(escalationOn(addDays(MISS, 14)).level).toBe('unreachable_week');
    expect(escalationOn(addDays(MISS, 15))).toMatchObject({ level: 'unreachable_inspection' });
    expect(escalationOn(addDays(MISS, 15)).permitted).toEqual(expect.arrayContaining(['visit_other_days', 'inspect_dwelling']));
  });

  it('at 30 days not yet, at 31 days unreachable termination must be evaluated (HF-3.3.3)', () => {
    expect(escalationOn(addDays(MISS, 30)).level).toBe('unreachable_inspection');
    expect(escalationOn(addDays(MISS, 31)).level).toBe('evaluate_termination');
  });

  it('an extension recorded by the team waits one more month (HF-3.3.3)', () => {
    const ext = [{ on: addDays(MISS, 31), reason: 'Ir ziņas, ka persona slimnīcā' }];
    expect(escalationOn(addDays(MISS, 31), [miss(MISS)], ext)).toMatchObject({ level: 'unreachable_inspection', extendedUntil: addDays(MISS, 61) });
    expect(escalationOn(addDays(MISS, 60), [miss(MISS)], ext).level).toBe('unreachable_inspection');
    expect(escalationOn(addDays(MISS, 61), [miss(MISS)], ext).level).toBe('evaluate_termination');
  });

  it('ends when the person is reached: a met visit, a phone contact, or notice given', () => {
    expect(escalationOn(addDays(MISS, 10), [miss(MISS), { on: addDays(MISS, 9), outcome: 'met' }]).level).toBe('none');
    expect(computeEscalation([miss(MISS)], [{ on: addDays(MISS, 2) }], [], E, addDays(MISS, 20)).level).toBe('none');
  });

  const visitsArb = fc.array(
    fc.record({ day: fc.integer({ min: 0, max: 120 }), outcome: fc.constantFrom('met', 'not_home_no_notice', 'notice_given', 'met_elsewhere', 'phone_only' as const), healthRisk: fc.boolean() }),
    { maxLength: 25 },
  ).map((vs) => vs.map((v) => ({ on: addDays('2026-01-01', v.day), outcome: v.outcome, healthRisk: v.healthRisk }) as VisitFact));

  it('never skips a level while the person stays unreachable (property)', () => {
    fc.assert(fc.property(visitsArb, (visits) => {
      let previous = 0;
      for (let d = 0; d <= 200; d++) {
        const asOf = addDays('2026-01-01', d);
        const reachedToday = visits.some((v) => v.on === asOf && v.outcome !== 'not_home_no_notice');
        const { rank } = computeEscalation(visits, [], [], E, asOf);
        if (!reachedToday && rank > previous) expect(rank - previous).toBeLessThanOrEqual(1);
        previous = rank;
      }
    }), { numRuns: 200 });
  });

  it('returns to none on the day of a met visit (property)', () => {
    fc.assert(fc.property(visitsArb, (visits) => {
      for (const v of visits.filter((x) => x.outcome === 'met')) {
        const laterSameDayMiss = visits.some((x) => x.on === v.on && x.outcome === 'not_home_no_notice');
        if (!laterSameDayMiss) expect(computeEscalation(visits, [], [], E, v.on).level).toBe('none');
      }
    }), { numRuns: 200 });
  });
});

describe('HF-2.2 contact hours', () => {
  it('allows 3.00 hours a day and refuses 3.25 without a written justification', () => {
    expect(checkDailyContactHours(2, 1, S.contactHoursPerDay, null)).toMatchObject({ allowed: true, dayTotal: 3 });
    expect(checkDailyContactHours(2, 1.25, S.contactHoursPerDay, null)).toEqual({ allowed: false, dayTotal: 3.25, limit: 3 });
    expect(checkDailyContactHours(2, 1.5, S.contactHoursPerDay, 'Pavadīšana uz slimnīcu un atpakaļ')).toMatchObject({ allowed: true, justified: true });
    expect(checkDailyContactHours(2, 1.5, S.contactHoursPerDay, '   ').allowed).toBe(false);
  });

  it('allows an engagement total of 299.5 and 300 hours, refuses 300.5, and warns from 80 %', () => {
    expect(checkEngagementHours(299, 0.5, S.contactHoursPerEngagement)).toMatchObject({ allowed: true, left: 0.5, warning: true });
    expect(checkEngagementHours(299, 1, S.contactHoursPerEngagement)).toMatchObject({ allowed: true, left: 0 });
    expect(checkEngagementHours(300, 0.5, S.contactHoursPerEngagement)).toEqual({ allowed: false, total: 300.5, limit: 300 });
    expect(checkEngagementHours(239.75, 0, S.contactHoursPerEngagement)).toMatchObject({ warning: false });
    expect(checkEngagementHours(240, 0, S.contactHoursPerEngagement)).toMatchObject({ warning: true });
  });
});

describe('HF-3.2.5 plan reviews, HF-2.4 re-assessment, HF-3.2.4 initial plan offer, HF-3.2.1 weekly visit', () => {
  it('makes a plan review due on day 14 since the last review, not on day 13', () => {
    expect(computePlanReviewDue('2026-03-01', ['2026-03-10'], '2026-03-23')).toMatchObject({ due: false, daysLeft: 1 });
    expect(computePlanReviewDue('2026-03-01', ['2026-03-10'], '2026-03-24')).toMatchObject({ due: true, daysLeft: 0 });
  });

  it('makes the social functioning re-assessment due 6 months after the last one', () => {
    expect(computeReassessmentDue('2026-01-31', '2026-07-30')).toMatchObject({ dueOn: '2026-07-31', due: false });
    expect(computeReassessmentDue('2026-01-31', '2026-07-31').due).toBe(true);
  });

  it('asks for the initial plan offer at the first weekly visit, once', () => {
    expect(computeInitialPlanOfferDue(null, null, '2026-03-05')).toBeNull();
    expect(computeInitialPlanOfferDue('2026-03-05', null, '2026-03-05')).toMatchObject({ due: true });
    expect(computeInitialPlanOfferDue('2026-03-05', '2026-03-05', '2026-03-20')).toBeNull();
  });

  it('makes the weekly visit due 7 days after the last one', () => {
    expect(computeWeeklyVisitDue('2026-03-01', ['2026-03-04'], '2026-03-10')).toMatchObject({ dueOn: '2026-03-11', due: false });
    expect(computeWeeklyVisitDue('2026-03-01', ['2026-03-04'], '2026-03-11').due).toBe(true);
  });
});

describe('the case worklist as of a day', () => {
  const base: CaseFacts = {
    caseId: 'c1', movedInOn: '2026-03-01', closedOn: null, visits: [], contacts: [], extensions: [], planOfferedOn: null,
    activePlanStartedOn: null, planReviews: [], assessments: ['2026-02-20'], serviceOffers: [],
  };

  it('shows the escalation with its action, the plan offer after the first visit and the hours warning', () => {
    const facts: CaseFacts = {
      ...base, visits: [{ on: '2026-03-03', outcome: 'met' }, miss('2026-03-10')],
      contacts: [{ on: '2026-03-03', hours: 245 }],
    };
    const kinds = computeCaseWorklist(facts, S, '2026-03-18').map((i) => i.kind);
    expect(kinds).toEqual(expect.arrayContaining(['escalation', 'initial_plan_offer', 'contact_hours', 'weekly_visit']));
  });

  it('depends only on facts recorded up to the day (property)', () => {
    const fact = fc.record({ day: fc.integer({ min: 0, max: 200 }), kind: fc.constantFrom('visit', 'miss', 'contact', 'review', 'offer') });
    fc.assert(fc.property(fc.array(fact, { maxLength: 30 }), fc.array(fact, { maxLength: 10 }), fc.integer({ min: 0, max: 200 }), (before, after, asOfDay) => {
      const asOf = addDays('2026-03-01', asOfDay);
      const build = (xs: typeof before): CaseFacts => ({
        ...base,
        visits: xs.filter((x) => x.kind === 'visit' || x.kind === 'miss').map((x) => ({ on: addDays('2026-03-01', x.day), outcome: x.kind === 'visit' ? 'met' : 'not_home_no_notice' })),
        contacts: xs.filter((x) => x.kind === 'contact').map((x) => ({ on: addDays('2026-03-01', x.day), hours: 2 })),
        activePlanStartedOn: '2026-03-05', planReviews: xs.filter((x) => x.kind === 'review').map((x) => addDays('2026-03-01', x.day)),
        serviceOffers: xs.filter((x) => x.kind === 'offer').map((x) => ({ service: 'psychologist', answeredOn: addDays('2026-03-01', x.day), answer: 'later' as const })),
      });
      const recorded = before.filter((x) => x.day <= asOfDay);
      const future = after.map((x) => ({ ...x, day: asOfDay + 1 + (x.day % 50) }));
      expect(computeCaseWorklist(build([...recorded, ...future]), S, asOf)).toEqual(computeCaseWorklist(build(recorded), S, asOf));
    }), { numRuns: 300 });
  });
});

describe('HF-3.3 ending', () => {
  it('flags a person’s wish with less than 7 days’ notice (HF-3.3.1)', () => {
    expect(isShortNotice('2026-03-01', '2026-03-08')).toBe(false);
    expect(isShortNotice('2026-03-02', '2026-03-08')).toBe(true);
    expect(isShortNotice(null, '2026-03-08')).toBe(true);
  });

  it('makes an ending for violence final only with all three confirmations (HF-3.3.2)', () => {
    expect(computeEndingStatus('violence', ['social_worker', 'manager'])).toEqual({ final: false, missingRoles: ['social_mentor'] });
    expect(computeEndingStatus('violence', ['social_worker', 'social_mentor', 'manager'])).toEqual({ final: true, missingRoles: [] });
    expect(computeEndingStatus('person_wish', [])).toEqual({ final: true, missingRoles: [] });
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../../shared/dates';
import { HOUSING_FIRST_PILOT_SETTINGS as S } from './settings';
import { checkExtension, computeEscalation, HF_ESCALATION_DEFAULTS as E, type VisitFact } from './visit-escalation.rules';
import { checkDailyContactHours, checkEngagementHours, computeEngagementStart } from './contact-hours.rules';
import { computeInitialPlanOfferDue, computePlanReviewDue, computeReassessmentDue, computeWeeklyVisitDue } from './reviews.rules';
import { computeCaseWorklist, type CaseFacts } from './case-worklist.rules';
import { computeEndingStatus, isShortNotice } from './ending.rules';

const MISS = '2026-03-02';
const miss = (on: string, healthRisk = false): VisitFact => ({ on, outcome: 'not_home_no_notice', healthRisk });
const met = (on: string): VisitFact => ({ on, outcome: 'met' });
const escalationOn = (asOf: string, visits: VisitFact[] = [miss(MISS)], extensions: Array<{ on: string; reason: string }> = []) =>
  computeEscalation(visits, [], extensions, E, asOf);

describe('HF-3.2.2 missed-visit escalation', () => {
  it('starts at a miss: phone, and come back within 7 days', () => {
    expect(escalationOn('2026-03-01').level).toBe('none');
    expect(escalationOn(MISS)).toMatchObject({ level: 'missed_visit', returnBy: '2026-03-09', permitted: ['phone', 'return_within_week'] });
  });

  it('counts the week from the last meeting at home, not from the first miss: 6 days after it a missed visit, 7 days (a week) the whole team may come', () => {
    const HOME = '2026-03-02';
    const visits = [met(HOME), miss(addDays(HOME, 5))];
    expect(escalationOn(addDays(HOME, 6), visits)).toMatchObject({ level: 'missed_visit', lastMetAtHomeOn: HOME });
    expect(escalationOn(addDays(HOME, 7), visits)).toMatchObject({ level: 'unreachable_week', lastMetAtHomeOn: HOME });
    expect(escalationOn(addDays(HOME, 7), visits).permitted).toContain('whole_team_visit');
    // the move-in is a meeting at home: a first visit missed 9 days after it is already a week
    expect(computeEscalation([miss(addDays(HOME, 9))], [], [], E, addDays(HOME, 9), HOME).level).toBe('unreachable_week');
  });

  it('a phone contact reaches the person: it resets the month (and the 15 days) but not the week', () => {
    const HOME = '2026-03-02';
    const visits = [met(HOME), miss(addDays(HOME, 7))];
    const phone = [{ on: addDays(HOME, 8) }];
    const on = (asOf: string) => computeEscalation(visits, phone, [], E, asOf);
    expect(on(addDays(HOME, 20))).toMatchObject({ level: 'unreachable_week', lastReachedOn: addDays(HOME, 8), daysUnreachable: 12 });
    expect(on(addDays(HOME, 22)).level).toBe('unreachable_week');
    expect(on(addDays(HOME, 23)).level).toBe('unreachable_inspection');
    expect(on('2026-04-09').level).toBe('unreachable_inspection');
    expect(on('2026-04-10')).toMatchObject({ level: 'evaluate_termination', monthPassesOn: '2026-04-10' });
    // without the call the month would have passed on 2 April
    expect(computeEscalation(visits, [], [], E, '2026-04-02').level).toBe('evaluate_termination');
    // a meeting elsewhere or a call at the visit reaches the person too, and is not the meeting at home either
    for (const outcome of ['met_elsewhere', 'phone_only'] as const) {
      expect(computeEscalation([...visits, { on: addDays(HOME, 8), outcome }], [], [], E, addDays(HOME, 20)).level).toBe('unreachable_week');
    }
  });

  it('lets staff enter to check on safety only at the second missed week in a row, or sooner at a recorded health risk — not by time alone', () => {
    const HOME = '2026-02-23';
    expect(escalationOn(addDays(HOME, 13), [met(HOME), miss(addDays(HOME, 7))])).toMatchObject({ level: 'unreachable_week' });
    expect(escalationOn(addDays(HOME, 13), [met(HOME), miss(addDays(HOME, 7))]).permitted).not.toContain('enter_to_check_safety');
    expect(escalationOn(addDays(HOME, 20), [met(HOME), miss(addDays(HOME, 7))]).permitted).not.toContain('enter_to_check_safety');
    expect(escalationOn(addDays(HOME, 7), [met(HOME), miss(addDays(HOME, 7), true)]).permitted).toContain('enter_to_check_safety');
    expect(escalationOn(addDays(HOME, 13), [met(HOME), miss(addDays(HOME, 7)), miss(addDays(HOME, 13))]).permitted).not.toContain('enter_to_check_safety');
    expect(escalationOn(addDays(HOME, 14), [met(HOME), miss(addDays(HOME, 7)), miss(addDays(HOME, 14))]).permitted).toContain('enter_to_check_safety');
  });

  it('on day 14 since last reached not yet, on day 15 visits on other days and the inspection of the dwelling (HF-2.7); or the period agreed with the person', () => {
    expect(escalationOn(addDays(MISS, 14)).level).toBe('unreachable_week');
    expect(escalationOn(addDays(MISS, 15))).toMatchObject({ level: 'unreachable_inspection' });
    expect(escalationOn(addDays(MISS, 15)).permitted).toEqual(expect.arrayContaining(['visit_other_days', 'inspect_dwelling']));
    const agreed = (asOf: string) => computeEscalation([met('2026-03-01'), miss('2026-03-08')], [], [], { inspectionAfterDays: 10 }, asOf);
    expect(agreed('2026-03-10').permitted).not.toContain('inspect_dwelling');
    expect(agreed('2026-03-11').permitted).toContain('inspect_dwelling');
  });

  it('a calendar month after the person was last reached termination is to be evaluated: 31 January + 1 month is 28 February, 29 in a leap year (HF-3.3.3)', () => {
    const run = (year: number) => [met(`${year}-01-31`), miss(`${year}-02-07`), miss(`${year}-02-14`), miss(`${year}-02-21`)];
    expect(escalationOn('2026-02-27', run(2026)).level).toBe('unreachable_inspection');
    expect(escalationOn('2026-02-28', run(2026))).toMatchObject({ level: 'evaluate_termination', monthPassesOn: '2026-02-28' });
    expect(escalationOn('2026-02-28', run(2026)).permitted).toContain('evaluate_termination');
    expect(escalationOn('2028-02-28', run(2028)).level).toBe('unreachable_inspection');
    expect(escalationOn('2028-02-29', run(2028)).level).toBe('evaluate_termination');
  });

  it('an extension counts only once the month has passed (on its last day not yet, on the day after), once per run, and lasts one calendar month (HF-3.3.3)', () => {
    const visits = [met('2026-01-15'), miss('2026-01-22'), miss('2026-01-29')];
    // the month of 16 January – 15 February: its last day is the 14th… the 15th is a whole month since the 15 January meeting
    expect(checkExtension(escalationOn('2026-02-14', visits))).toMatchObject({ allowed: false, reason: 'no_month_unreachable', monthPassesOn: '2026-02-15' });
    expect(checkExtension(escalationOn('2026-02-15', visits))).toEqual({ allowed: true });
    expect(escalationOn('2026-02-20', visits, [{ on: '2026-02-14', reason: 'too early' }])).toMatchObject({ extendedOn: null, extendedUntil: null });

    const ext = [{ on: '2026-02-15', reason: 'Ir ziņas, ka persona slimnīcā' }];
    const running = escalationOn('2026-02-15', visits, ext);
    expect(running).toMatchObject({ level: 'evaluate_termination', extendedOn: '2026-02-15', extendedUntil: '2026-03-15' });
    expect(running.permitted).toContain('extension_running');
    expect(running.permitted).not.toContain('evaluate_termination');
    expect(escalationOn('2026-03-14', visits, ext).permitted).toContain('extension_running');
    expect(escalationOn('2026-03-15', visits, ext).permitted).toContain('evaluate_termination');
    expect(checkExtension(escalationOn('2026-03-15', visits, ext))).toMatchObject({ allowed: false, reason: 'already_extended', extendedOn: '2026-02-15' });
    // a second extension in the same run changes nothing
    expect(escalationOn('2026-03-20', visits, [...ext, { on: '2026-03-16', reason: 'again' }])).toMatchObject({ extendedOn: '2026-02-15', extendedUntil: '2026-03-15' });
    // reached again, a new run may have its own
    const later = [...visits, met('2026-03-20'), miss('2026-03-27')];
    expect(checkExtension(escalationOn('2026-04-20', later, ext))).toEqual({ allowed: true });
  });

  it('ends when the person is met at home; a meeting elsewhere, a call or notice given does not end the week', () => {
    expect(escalationOn(addDays(MISS, 10), [miss(MISS), met(addDays(MISS, 9))]).level).toBe('none');
    expect(computeEscalation([miss(MISS)], [{ on: addDays(MISS, 2) }], [], E, addDays(MISS, 12))).toMatchObject({ level: 'unreachable_week', daysUnreachable: 10 });
    expect(escalationOn(addDays(MISS, 10), [miss(MISS), { on: addDays(MISS, 9), outcome: 'notice_given' }])).toMatchObject({ level: 'unreachable_week', daysUnreachable: 1 });
  });

  const visitsArb = fc.array(
    fc.record({ day: fc.integer({ min: 0, max: 120 }), outcome: fc.constantFrom('met', 'not_home_no_notice', 'notice_given', 'met_elsewhere', 'phone_only' as const), healthRisk: fc.boolean() }),
    { maxLength: 25 },
  ).map((vs) => vs.map((v) => ({ on: addDays('2026-01-01', v.day), outcome: v.outcome, healthRisk: v.healthRisk }) as VisitFact));

  it('never goes down while the person is not reached, whatever the team records (property)', () => {
    fc.assert(fc.property(visitsArb, (visits) => {
      let previous = 0;
      for (let d = 0; d <= 200; d++) {
        const asOf = addDays('2026-01-01', d);
        const reachedToday = visits.some((v) => v.on === asOf && v.outcome !== 'not_home_no_notice');
        const { rank } = computeEscalation(visits, [], [], E, asOf);
        if (!reachedToday) expect(rank).toBeGreaterThanOrEqual(previous);
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

  it('counts the 300 hours per person: a re-application within the 12 calendar months belongs to the same engagement, one after it begins a new one (HF-3.3.4)', () => {
    expect(computeEngagementStart(['2026-01-31'], '2026-01-31', 12)).toBe('2026-01-31');
    expect(computeEngagementStart(['2026-01-31', '2027-01-30'], '2027-01-30', 12)).toBe('2026-01-31');
    expect(computeEngagementStart(['2026-01-31', '2027-01-31'], '2027-01-31', 12)).toBe('2027-01-31');
    // 29 February + 12 months is 28 February
    expect(computeEngagementStart(['2028-02-29', '2029-02-27'], '2029-02-27', 12)).toBe('2028-02-29');
    expect(computeEngagementStart(['2028-02-29', '2029-02-28'], '2029-02-28', 12)).toBe('2029-02-28');
    // a later case does not move an earlier case's engagement
    expect(computeEngagementStart(['2026-01-31', '2026-06-01'], '2026-01-31', 12)).toBe('2026-01-31');
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

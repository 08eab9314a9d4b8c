import { describe, expect, it } from 'vitest';
import { HOUSING_FIRST_PILOT_SETTINGS as S } from './settings';
import { computeContactHoursStatus, computeServiceSummary, type OfferFact, type PlanVersionFact } from './service-summary.rules';
import type { VisitFact } from './visit-escalation.rules';

const base = {
  engagementFrom: '2026-01-10', movedInOn: '2026-02-01',
  visits: [] as VisitFact[], contacts: [] as Array<{ on: string; hours: number; reachedPerson?: boolean }>, extensions: [] as Array<{ on: string; reason: string }>,
  offers: [] as OfferFact[], plans: [] as PlanVersionFact[], reviews: [] as Array<{ on: string }>, assessments: [] as Array<{ on: string }>,
};

describe('HF-2.2 contact hours of the engagement', () => {
  it('warns from 80 % of the limit on: 239.75 h of 300 no, 240 h yes', () => {
    expect(computeContactHoursStatus(239.75, 0, S)).toEqual({ used: 239.75, limit: 300, left: 60.25, warning: false, exceededBy: 0, perDayLimit: 3, usedOnDay: 0 });
    expect(computeContactHoursStatus(240, 0, S)).toMatchObject({ left: 60, warning: true });
  });

  it('over the limit (imported data) leaves 0, warns and shows by how much it is exceeded: 300 h is not, 301 h is (HF-2.2)', () => {
    expect(computeContactHoursStatus(300, 0, S)).toMatchObject({ left: 0, exceededBy: 0 });
    expect(computeContactHoursStatus(301, 0, S)).toMatchObject({ used: 301, left: 0, warning: true, exceededBy: 1 });
  });

  it('counts the person’s hours on an earlier case of the same engagement (a re-application within it, HF-2.2)', () => {
    const contacts = [{ on: '2026-03-01', hours: 2 }];
    expect(computeServiceSummary({ ...base, contacts, otherCasesContactHours: 297.5 }, S, '2026-03-02').hours).toMatchObject({ used: 299.5, left: 0.5, warning: true });
    expect(computeServiceSummary({ ...base, contacts, otherCasesContactHours: 299 }, S, '2026-03-02').hours).toMatchObject({ used: 301, exceededBy: 1 });
  });

  it('counts contacts from the engagement’s start up to the day, and the day’s own hours', () => {
    const contacts = [{ on: '2026-01-09', hours: 5 }, { on: '2026-03-01', hours: 2 }, { on: '2026-03-02', hours: 1.5 }, { on: '2026-03-03', hours: 3 }];
    expect(computeServiceSummary({ ...base, contacts }, S, '2026-03-02').hours).toMatchObject({ used: 3.5, usedOnDay: 1.5, left: 296.5 });
  });
});

describe('HF-3.3 an ended case', () => {
  it('shows nothing due and no escalation from the day it ended; the day before it still does', () => {
    const facts = {
      ...base, closedOn: '2026-03-20',
      visits: [{ on: '2026-02-02', outcome: 'met' }, { on: '2026-03-02', outcome: 'not_home_no_notice' }] as VisitFact[],
      plans: [{ version: 1, startedOn: '2026-02-02', endedOn: null }], offers: [{ on: '2026-02-02', offered: 'lawyer', answer: 'later' as const }],
    };
    const before = computeServiceSummary(facts, S, '2026-03-19');
    expect(before.escalation.level).not.toBe('none');
    expect(before.nextReviewDue).not.toBeNull();
    const after = computeServiceSummary(facts, S, '2026-03-20');
    expect(after).toMatchObject({ ended: true, initialPlanOfferDue: null, nextReviewDue: null, reassessmentDue: null });
    expect(after.escalation.level).toBe('none');
    expect(after.offers[0]!.repeatDue).toBeNull();
  });
});

describe('HF-3.2.2 the escalation of the summary replays the day', () => {
  it('a miss a week after the last meeting at home is unreachable_week; a later meeting does not count before its day', () => {
    const visits: VisitFact[] = [{ on: '2026-02-23', outcome: 'met' }, { on: '2026-03-02', outcome: 'not_home_no_notice' }, { on: '2026-03-12', outcome: 'met' }];
    expect(computeServiceSummary({ ...base, visits }, S, '2026-03-09').escalation.level).toBe('unreachable_week');
    expect(computeServiceSummary({ ...base, visits }, S, '2026-03-12').escalation.level).toBe('none');
  });

  it('a phone contact that did not reach the person does not end it', () => {
    const visits: VisitFact[] = [{ on: '2026-02-27', outcome: 'met' }, { on: '2026-03-02', outcome: 'not_home_no_notice' }];
    const contacts = [{ on: '2026-03-04', hours: 0.25, reachedPerson: false }];
    expect(computeServiceSummary({ ...base, visits, contacts }, S, '2026-03-05').escalation.level).toBe('missed_visit');
  });

  it('counts from the move-in as a meeting at home: a first visit missed a month after it is termination to evaluate (HF-3.3.3)', () => {
    const visits: VisitFact[] = [{ on: '2026-02-28', outcome: 'not_home_no_notice' }];
    expect(computeServiceSummary({ ...base, visits }, S, '2026-02-28').escalation.level).toBe('unreachable_inspection');
    expect(computeServiceSummary({ ...base, visits }, S, '2026-03-01').escalation.level).toBe('evaluate_termination');
  });

  it('uses the inspection period agreed with the person', () => {
    const visits: VisitFact[] = [{ on: '2026-02-06', outcome: 'not_home_no_notice' }];
    expect(computeServiceSummary({ ...base, visits, inspectionAfterDays: 5 }, S, '2026-02-06').escalation.permitted).toContain('inspect_dwelling');
    expect(computeServiceSummary({ ...base, visits }, S, '2026-02-06').escalation.permitted).not.toContain('inspect_dwelling');
  });
});

describe('HF-3.2.3, HF-3.2.4 offers', () => {
  const offers: OfferFact[] = [
    { offered: 'psychologist', on: '2026-02-10', answer: 'declined' },
    { offered: 'psychologist', on: '2026-03-10', answer: 'later' },
    { offered: 'initial_plan', on: '2026-02-08', answer: 'later' },
    { offered: 'wrap', on: '2026-02-08', answer: 'declined' },
    { offered: 'lawyer', on: '2026-05-01', answer: 'accepted' },
  ];

  it('the latest answer of each kind, in the catalogue’s order; a "later" is repeated after 30 days, plans never', () => {
    const s = computeServiceSummary({ ...base, offers }, S, '2026-04-01');
    expect(s.offers.map((o) => [o.offer.offered, o.offer.answer])).toEqual([['initial_plan', 'later'], ['wrap', 'declined'], ['psychologist', 'later']]);
    expect(s.offers[0]!.repeatDue).toBeNull();
    expect(s.offers[2]!.repeatDue).toMatchObject({ dueOn: '2026-04-09', due: false });
  });

  it('the initial plan offer is due from the first home meeting until it is offered', () => {
    const visits: VisitFact[] = [{ on: '2026-02-03', outcome: 'met' }];
    expect(computeServiceSummary({ ...base, visits }, S, '2026-02-05').initialPlanOfferDue).toMatchObject({ dueOn: '2026-02-03', due: true });
    expect(computeServiceSummary({ ...base, visits, offers }, S, '2026-02-08').initialPlanOfferDue).toBeNull();
  });
});

describe('HF-3.2.5, HF-2.4 reviews and re-assessment', () => {
  const plans: PlanVersionFact[] = [{ version: 1, startedOn: '2026-02-10', endedOn: null }, { version: 2, startedOn: '2026-03-20', endedOn: null }];

  it('the plan in force is the newest version started by then; its review is due 14 days after the last review or its start', () => {
    expect(computeServiceSummary({ ...base, plans }, S, '2026-03-01')).toMatchObject({ currentPlan: { version: 1 }, nextReviewDue: { dueOn: '2026-02-24', due: true } });
    const reviews = [{ on: '2026-03-25' }, { on: '2026-04-30' }];
    expect(computeServiceSummary({ ...base, plans, reviews }, S, '2026-04-01')).toMatchObject({ currentPlan: { version: 2 }, nextReviewDue: { dueOn: '2026-04-08' }, reviews: [{ on: '2026-03-25' }] });
  });

  it('no plan, no review due', () => {
    expect(computeServiceSummary(base, S, '2026-03-01').nextReviewDue).toBeNull();
  });

  it('re-assessment 6 months after the last assessment, or after moving in; none before either', () => {
    expect(computeServiceSummary(base, S, '2026-01-20').reassessmentDue).toBeNull();
    expect(computeServiceSummary(base, S, '2026-03-01').reassessmentDue).toMatchObject({ dueOn: '2026-08-01' });
    const assessments = [{ on: '2026-01-25' }, { on: '2026-07-20' }];
    expect(computeServiceSummary({ ...base, assessments }, S, '2026-07-19')).toMatchObject({ lastAssessment: { on: '2026-01-25' }, reassessmentDue: { dueOn: '2026-07-25', due: false } });
    expect(computeServiceSummary({ ...base, assessments }, S, '2026-07-20').reassessmentDue).toMatchObject({ dueOn: '2027-01-20' });
  });
});

describe('HF-3.3.3 extensions', () => {
  it('lists the extensions recorded by then, newest first', () => {
    const extensions = [{ on: '2026-04-02', reason: 'a' }, { on: '2026-05-05', reason: 'b' }, { on: '2026-06-01', reason: 'c' }];
    expect(computeServiceSummary({ ...base, extensions }, S, '2026-05-31').extensions.map((e) => e.reason)).toEqual(['b', 'a']);
  });
});

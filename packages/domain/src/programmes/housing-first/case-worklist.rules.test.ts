import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../../shared/dates';
import { HOUSING_FIRST_PILOT_SETTINGS as S } from './settings';
import { VISIT_OUTCOMES, type Escalation } from './visit-escalation.rules';
import { compareWorklistItems, computeCaseWorklist, isOverdueItem, summariseCaseFacts, type CaseFacts, type WorklistItem } from './case-worklist.rules';

const base: CaseFacts = {
  caseId: 'c1', movedInOn: '2026-03-01', closedOn: null, visits: [], contacts: [], extensions: [], planOfferedOn: null,
  activePlanStartedOn: null, planReviews: [], assessments: ['2026-02-20'], serviceOffers: [],
};
const day = (n: number) => addDays('2026-03-01', n);
const NO_ESCALATION: Escalation = {
  level: 'none', rank: 0, unreachableSince: null, lastMetAtHomeOn: null, lastReachedOn: null, daysUnreachable: 0, permitted: [], returnBy: null,
  monthPassesOn: null, extendedOn: null, extendedUntil: null,
};

describe('HF-2.2 contact hours summed by the caller', () => {
  it('counts unlisted hours like listed ones: 240 h warns (80 % of 300), 239.75 h does not', () => {
    const kinds = (facts: CaseFacts) => computeCaseWorklist(facts, S, '2026-03-10').filter((i) => i.kind === 'contact_hours');
    expect(kinds({ ...base, contacts: [{ on: '2026-03-02', hours: 2 }], unlistedContactHours: 238 })).toEqual([
      { kind: 'contact_hours', caseId: 'c1', usedHours: 240, limit: 300 },
    ]);
    expect(kinds({ ...base, contacts: [{ on: '2026-03-02', hours: 1.75 }], unlistedContactHours: 238 })).toEqual([]);
    expect(kinds({ ...base, unlistedContactHours: 300.25 })).toMatchObject([{ usedHours: 300.25 }]);
  });
});

describe('HF-3.2.1 the weekly home visit, HF-3.3 an ended case, HF-2.2 per person', () => {
  const weekly = (facts: CaseFacts, asOf: string) => computeCaseWorklist(facts, S, asOf).find((i) => i.kind === 'weekly_visit');
  it('is not done by a phone call or a meeting elsewhere: due 7 days after the last visit at home', () => {
    const home: CaseFacts = { ...base, visits: [{ on: day(3), outcome: 'met' }] };
    expect(weekly(home, day(10))).toMatchObject({ due: { dueOn: day(10), due: true } });
    for (const outcome of ['phone_only', 'met_elsewhere'] as const) {
      expect(weekly({ ...home, visits: [...home.visits, { on: day(8), outcome }] }, day(10))).toMatchObject({ due: { dueOn: day(10) } });
    }
    expect(weekly({ ...home, visits: [...home.visits, { on: day(8), outcome: 'met' }] }, day(10))).toBeUndefined();
  });

  it('an ended case shows nothing due from the day it ended', () => {
    const facts: CaseFacts = { ...base, closedOn: day(20), visits: [{ on: day(3), outcome: 'not_home_no_notice' }] };
    expect(computeCaseWorklist(facts, S, day(19)).length).toBeGreaterThan(0);
    expect(computeCaseWorklist(facts, S, day(20))).toEqual([]);
  });

  it('adds the person’s hours on an earlier case of the engagement: over the cap shows as used, not clamped', () => {
    const facts: CaseFacts = { ...base, contacts: [{ on: day(2), hours: 3 }], otherCasesContactHours: 298 };
    expect(computeCaseWorklist(facts, S, day(5)).find((i) => i.kind === 'contact_hours')).toEqual({ kind: 'contact_hours', caseId: 'c1', usedHours: 301, limit: 300 });
  });
});

describe('HF-3.2.1, HF-3.2.2, HF-2.2, HF-3.2.3–5, HF-2.4 the summarised record gives the same worklist', () => {
  it('keeps the visits from the last meeting at home on, though the person was reached by a contact since (HF-3.2.2: the week counts from home)', () => {
    const facts: CaseFacts = {
      ...base,
      visits: [{ on: day(2), outcome: 'met' }, { on: day(9), outcome: 'not_home_no_notice' }, { on: day(16), outcome: 'not_home_no_notice', healthRisk: true }],
      contacts: [{ on: day(10), hours: 0.25, reachedPerson: true }, { on: day(12), hours: 0.25, reachedPerson: false }, { on: day(3), hours: 2 }],
      extensions: [{ on: day(5), reason: 'earlier' }, { on: day(40), reason: 'hospital' }],
    };
    const summary = summariseCaseFacts(facts, day(50));
    expect(summary.visits).toEqual([{ on: day(2), outcome: 'met' }, { on: day(9), outcome: 'not_home_no_notice' }, { on: day(16), outcome: 'not_home_no_notice', healthRisk: true }]);
    expect(summary.contacts).toEqual([{ on: day(10), hours: 0.25, reachedPerson: true }]);
    expect(summary.unlistedContactHours).toBe(2.25);
    expect(summary.extensions).toEqual([{ on: day(5), reason: 'earlier' }, { on: day(40), reason: 'hospital' }]);
    expect(computeCaseWorklist(summary, S, day(50))).toEqual(computeCaseWorklist(facts, S, day(50)));
  });

  it('for any record and any day (property)', () => {
    const visit = fc.record({ d: fc.integer({ min: -5, max: 120 }), outcome: fc.constantFrom(...VISIT_OUTCOMES), healthRisk: fc.boolean() });
    const contact = fc.record({ d: fc.integer({ min: -5, max: 120 }), q: fc.integer({ min: 1, max: 16 }), reached: fc.constantFrom(true, false, undefined) });
    const offer = fc.record({ d: fc.integer({ min: 0, max: 120 }), service: fc.constantFrom('psychologist', 'lawyer', 'support_group'), answer: fc.constantFrom('accepted' as const, 'declined' as const, 'later' as const) });
    const days = fc.array(fc.integer({ min: -10, max: 120 }), { maxLength: 6 });
    fc.assert(fc.property(
      fc.array(visit, { maxLength: 25 }), fc.array(contact, { maxLength: 25 }), fc.array(offer, { maxLength: 8 }), days, days, days,
      fc.option(fc.integer({ min: 0, max: 60 })), fc.option(fc.integer({ min: 0, max: 60 })), fc.integer({ min: 0, max: 130 }), fc.integer({ min: 0, max: 700 }),
      fc.integer({ min: 3, max: 40 }),
      (visits, contacts, offers, extensions, reviews, assessments, offeredOn, planOn, asOfDay, earlier, inspectionAfterDays) => {
        const facts: CaseFacts = {
          ...base, inspectionAfterDays,
          visits: visits.map((v) => ({ on: day(v.d), outcome: v.outcome, healthRisk: v.healthRisk })),
          contacts: contacts.map((c) => ({ on: day(c.d), hours: c.q / 4, ...(c.reached === undefined ? {} : { reachedPerson: c.reached }) })),
          unlistedContactHours: earlier / 4,
          extensions: extensions.map((d, i) => ({ on: day(d), reason: `r${i}` })),
          planOfferedOn: offeredOn === null ? null : day(offeredOn),
          activePlanStartedOn: planOn === null ? null : day(planOn),
          planReviews: reviews.map(day),
          assessments: assessments.map(day),
          serviceOffers: offers.map((o) => ({ service: o.service, answeredOn: day(o.d), answer: o.answer })),
        };
        const asOf = day(asOfDay);
        expect(computeCaseWorklist(summariseCaseFacts(facts, asOf), S, asOf)).toEqual(computeCaseWorklist(facts, S, asOf));
        // migration 0012 keeps the record summarised over everything recorded: it is the record as of any day from the newest fact on
        const newest = [...facts.visits, ...facts.contacts, ...facts.extensions].map((x) => x.on)
          .concat(facts.planReviews, facts.assessments, facts.serviceOffers.map((o) => o.answeredOn), facts.planOfferedOn ?? [], facts.activePlanStartedOn ?? [], asOf).sort().pop()!;
        expect(computeCaseWorklist(summariseCaseFacts(facts, '9999-12-31'), S, newest)).toEqual(computeCaseWorklist(facts, S, newest));
      },
    ), { numRuns: 2000 });
  });
});

describe('HF-2.4, HF-3.2 the most urgent first', () => {
  it('puts endings to evaluate, then escalations by level and days unreachable, above anything overdue however long', () => {
    const escalation = (rank: number, daysUnreachable: number): Escalation => ({ ...NO_ESCALATION, level: 'missed_visit', rank, daysUnreachable });
    const due = (daysLeft: number) => ({ dueOn: day(0), daysLeft, due: daysLeft <= 0 });
    const items: WorklistItem[] = [
      { kind: 'repeat_offer', caseId: 'a', service: 'lawyer', due: due(-1272) },
      { kind: 'contact_hours', caseId: 'b', usedHours: 250, limit: 300 },
      { kind: 'escalation', caseId: 'c', escalation: escalation(1, 3) },
      { kind: 'weekly_visit', caseId: 'd', due: due(2) },
      { kind: 'evaluate_termination', caseId: 'e', escalation: escalation(4, 31) },
      { kind: 'escalation', caseId: 'f', escalation: escalation(3, 16) },
      { kind: 'escalation', caseId: 'g', escalation: escalation(3, 20) },
      { kind: 'plan_review', caseId: 'h', due: due(0) },
    ];
    expect([...items].sort(compareWorklistItems).map((i) => i.caseId)).toEqual(['e', 'g', 'f', 'c', 'a', 'b', 'h', 'd']);
  });

  it('counts as overdue an ending to evaluate, any escalation, and an item from the day after it was due (due on the day: not yet)', () => {
    const escalation: Escalation = { ...NO_ESCALATION, level: 'missed_visit', rank: 1 };
    const due = (daysLeft: number) => ({ dueOn: day(0), daysLeft, due: daysLeft <= 0 });
    expect(isOverdueItem({ kind: 'plan_review', caseId: 'a', due: due(0) })).toBe(false);
    expect(isOverdueItem({ kind: 'plan_review', caseId: 'a', due: due(-1) })).toBe(true);
    expect(isOverdueItem({ kind: 'contact_hours', caseId: 'a', usedHours: 300.25, limit: 300 })).toBe(false);
    expect(isOverdueItem({ kind: 'escalation', caseId: 'a', escalation })).toBe(true);
    expect(isOverdueItem({ kind: 'evaluate_termination', caseId: 'a', escalation: { ...escalation, level: 'evaluate_termination', rank: 4 } })).toBe(true);
  });
});

describe('HF-2.2 the engagement end on the worklist', () => {
  const withContract: CaseFacts = { ...base, engagement: { contractSignedOn: '2026-02-25', extensions: [], suspensions: [] } };
  const ends = (facts: CaseFacts, asOf: string) => computeCaseWorklist(facts, S, asOf).filter((i) => i.kind === 'engagement_end');
  it('HF-2.2 shows from a calendar month before the agreed end (25.02.2027), not the day before; overdue after it', () => {
    expect(ends(withContract, '2027-01-24')).toEqual([]);
    expect(ends(withContract, '2027-01-25')).toEqual([{ kind: 'engagement_end', caseId: 'c1', due: { dueOn: '2027-02-25', daysLeft: 31, due: false } }]);
    const after = ends(withContract, '2027-02-26');
    expect(after).toMatchObject([{ due: { daysLeft: -1, due: true } }]);
    expect(isOverdueItem(after[0]!)).toBe(true);
  });
  it('HF-2.2 an extension moves it off the list; without the engagement read nothing is shown', () => {
    const extended: CaseFacts = { ...withContract, engagement: { ...withContract.engagement!, extensions: [{ decidedOn: '2027-01-20', months: 3, newEndOn: null, reason: 'r' }] } };
    expect(ends(extended, '2027-01-25')).toEqual([]);
    expect(ends(base, '2027-01-25')).toEqual([]);
  });
});

describe('HF-2.2 an ending awaiting its confirmations before the minimum participation, on the worklist', () => {
  const contract: CaseFacts = { ...base, movedInOn: '2025-09-01', engagement: { contractSignedOn: '2025-08-31', extensions: [], suspensions: [] } };
  const short = (facts: CaseFacts, asOf: string) => computeCaseWorklist(facts, S, asOf).filter((i) => i.kind === 'ending_before_minimum');
  it('HF-2.2 an ending dated 27.02.2026 on a contract of 31.08.2025 is a day short of 28.02; one dated 28.02 is not listed', () => {
    expect(short({ ...contract, pendingEndingOn: '2026-02-27' }, '2026-03-02')).toEqual([
      { kind: 'ending_before_minimum', caseId: 'c1', endsOn: '2026-02-27', minimumParticipationOn: '2026-02-28', daysShort: 1 },
    ]);
    expect(short({ ...contract, pendingEndingOn: '2026-02-28' }, '2026-03-02')).toEqual([]);
  });
  it('HF-2.2 no pending ending, no engagement read, or a day before the ending: nothing listed', () => {
    expect(short(contract, '2026-03-02')).toEqual([]);
    expect(short({ ...contract, engagement: undefined, pendingEndingOn: '2026-01-10' }, '2026-03-02')).toEqual([]);
    expect(short({ ...contract, pendingEndingOn: '2026-01-10' }, '2026-01-09')).toEqual([]);
    expect(short({ ...contract, pendingEndingOn: '2026-01-10' }, '2026-01-10')).toHaveLength(1);
  });
  it('HF-2.2 not an overdue item: a warning to read before confirming, below every dated item', () => {
    const [item] = short({ ...contract, pendingEndingOn: '2026-01-10' }, '2026-01-10');
    expect(isOverdueItem(item!)).toBe(false);
  });
});

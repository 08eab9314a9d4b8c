import { describe, expect, it } from 'vitest';
import type { Actor } from '../../access/roles';
import {
  checkConferenceHeld, checkEnrolment, checkFamilyMembers, checkMentorMatch, checkReferralDates, computeAgeOn, computeAttendance, computeConferenceStage,
  computeCurrentFamilyPlan, computeDefaultReviewDate, computeFamilyComposition, computeFamilyView, computeFsDueItems, computeFsReportView, computeFundingOn,
  computeMentorStatus, computeProjectFinance, computeReferralDecisionDue, computeSupervisionDue, isTrainedLeader, isWithinGroup, suppressSmall, SEED_PROJECT,
} from './index';

describe('FS-1 the family is the case subject: members and roles', () => {
  const members = [{ personId: 'm', role: 'mother' as const, birthDate: '1988-02-29' }, { personId: 'c', role: 'child' as const, birthDate: '2015-05-01' }];
  it('counts children by role and adults; a case needs a child, an adult and an adult contact', () => {
    expect(computeFamilyComposition(members)).toEqual({ children: 1, adults: 1 });
    expect(checkFamilyMembers('m', members)).toBeNull();
    expect(checkFamilyMembers('c', members)).toEqual({ field: 'contactPersonId', reason: 'contact_not_adult' });
    expect(checkFamilyMembers('m', [members[0]!])).toEqual({ field: 'members', reason: 'no_child' });
    expect(checkFamilyMembers('c', [members[1]!])).toEqual({ field: 'members', reason: 'no_adult' });
    expect(checkFamilyMembers('m', [...members, members[1]!])).toEqual({ field: 'members', reason: 'duplicate' });
  });
  it('age on a day: the birthday counts from its day; born on 29 February, a year older on 1 March', () => {
    expect(computeAgeOn('2008-12-07', '2026-12-06')).toBe(17);
    expect(computeAgeOn('2008-12-07', '2026-12-07')).toBe(18);
    expect(computeAgeOn('1988-02-29', '2027-02-28')).toBe(38);
    expect(computeAgeOn('1988-02-29', '2027-03-01')).toBe(39);
  });
  it('the project’s scale of seed 003: 129 families, 271 children', () => {
    expect([SEED_PROJECT.targetFamilies, SEED_PROJECT.targetChildren]).toEqual([129, 271]);
  });
});

describe('FS-2 groups, camps, sessions and attendance', () => {
  const group = { kind: 'domestic_violence' as const, places: 8, endsOn: '2026-12-31', enrolled: 7 };
  it('the last place goes to the first; a full group refuses the next', () => {
    expect(checkEnrolment(group, false, '2026-12-07')).toBeNull();
    expect(checkEnrolment({ ...group, enrolled: 8 }, false, '2026-12-07')).toBe('group_full');
  });
  it('a group that ended takes nobody (its last day still does); support groups are for adults, camps for children', () => {
    expect(checkEnrolment(group, false, '2026-12-31')).toBeNull();
    expect(checkEnrolment(group, false, '2027-01-01')).toBe('group_ended');
    expect(checkEnrolment(group, true, '2026-12-07')).toBe('child_in_adult_group');
    expect(checkEnrolment({ ...group, kind: 'camp' }, false, '2026-12-07')).toBe('adult_in_camp');
    expect(checkEnrolment({ ...group, kind: 'camp' }, true, '2026-12-07')).toBeNull();
  });
  it('a session is within the group’s time, both ends included', () => {
    const g = { startsOn: '2026-09-01', endsOn: '2026-12-31' };
    expect([isWithinGroup(g, '2026-08-31'), isWithinGroup(g, '2026-09-01'), isWithinGroup(g, '2026-12-31'), isWithinGroup(g, '2027-01-01')]).toEqual([false, true, true, false]);
  });
  it('attendance per participant and the group’s rate; no session, no rate', () => {
    const a = computeAttendance([{ id: 's1', present: ['a', 'b'] }, { id: 's2', present: ['a'] }], ['a', 'b']);
    expect(a.perPerson).toEqual([{ personId: 'a', attended: 2 }, { personId: 'b', attended: 1 }]);
    expect(a.rate).toBe(0.75);
    expect(computeAttendance([], ['a']).rate).toBeNull();
  });
});

describe('FS-3 volunteer mentors: a mentor without a valid check or training cannot be matched', () => {
  const ready = { checkDoneOn: '2026-01-10', checkValidUntil: '2027-01-09', trainingCompletedOn: '2026-02-01', endedOn: null };
  it('a checked and trained mentor, free, may be matched; the check’s last valid day still counts', () => {
    expect(checkMentorMatch(ready, 0, '2026-12-07')).toEqual([]);
    expect(checkMentorMatch(ready, 0, '2027-01-09')).toEqual([]);
    expect(checkMentorMatch(ready, 0, '2027-01-10')).toEqual(['check_expired']);
  });
  it('no check, a check made later, no training or training finished later, ended, or already matched: refused', () => {
    expect(checkMentorMatch({ ...ready, checkDoneOn: null, checkValidUntil: null }, 0, '2026-12-07')).toEqual(['no_check']);
    expect(checkMentorMatch(ready, 0, '2026-01-09')).toEqual(['no_check', 'no_training']);
    expect(checkMentorMatch({ ...ready, trainingCompletedOn: null }, 0, '2026-12-07')).toEqual(['no_training']);
    expect(checkMentorMatch(ready, 0, '2026-01-31')).toEqual(['no_training']);
    expect(checkMentorMatch({ ...ready, endedOn: '2026-12-07' }, 0, '2026-12-07')).toEqual(['mentor_ended']);
    expect(checkMentorMatch(ready, 1, '2026-12-07')).toEqual(['already_matched']);
  });
  it('the register’s status', () => {
    expect(computeMentorStatus(ready, 0, '2026-12-07')).toBe('available');
    expect(computeMentorStatus(ready, 1, '2026-12-07')).toBe('matched');
    expect(computeMentorStatus({ ...ready, trainingCompletedOn: null }, 0, '2026-12-07')).toBe('not_ready');
    expect(computeMentorStatus({ ...ready, endedOn: '2026-12-01' }, 0, '2026-12-07')).toBe('ended');
  });
  it('supervision every N calendar months from the later of the matching and the last supervision (31.12 + 2 months = 28.02 / 29.02)', () => {
    expect(computeSupervisionDue('2026-12-31', [], 2, '2027-01-15')).toEqual({ dueOn: '2027-02-28', daysLeft: 44 });
    expect(computeSupervisionDue('2027-12-31', [], 2, '2028-01-15').dueOn).toBe('2028-02-29');
    expect(computeSupervisionDue('2026-10-01', ['2026-11-20', '2027-05-01'], 2, '2026-12-07')).toEqual({ dueOn: '2027-01-20', daysLeft: 44 });
  });
});

describe('FS-4 the family group conference', () => {
  it('the review defaults to three calendar months after it (30.11 → 28.02 / 29.02)', () => {
    expect(computeDefaultReviewDate('2026-11-30')).toBe('2027-02-28');
    expect(computeDefaultReviewDate('2027-11-30')).toBe('2028-02-29');
  });
  it('held not before its preparation, with a family member present, the review after it and at most six months after (the last day included)', () => {
    const ok = { preparationStartedOn: '2026-10-01', heldOn: '2026-11-02', reviewOn: '2027-02-02', familyMembersPresent: 2 };
    expect(checkConferenceHeld(ok)).toBeNull();
    expect(checkConferenceHeld({ ...ok, heldOn: '2026-09-30' })).toEqual({ field: 'heldOn', reason: 'before_preparation' });
    expect(checkConferenceHeld({ ...ok, heldOn: '2026-10-01', reviewOn: '2026-12-01' })).toBeNull();
    expect(checkConferenceHeld({ ...ok, familyMembersPresent: 0 })).toEqual({ field: 'attendees', reason: 'no_family_member' });
    expect(checkConferenceHeld({ ...ok, reviewOn: '2026-11-02' })).toEqual({ field: 'reviewOn', reason: 'review_not_after_conference' });
    expect(checkConferenceHeld({ ...ok, reviewOn: '2027-05-02' })).toBeNull();
    expect(checkConferenceHeld({ ...ok, reviewOn: '2027-05-03' })).toEqual({ field: 'reviewOn', reason: 'review_too_late' });
  });
  it('a coordinator is a trained leader from the training’s day (a supervision alone is not training)', () => {
    expect(isTrainedLeader([{ kind: 'training', heldOn: '2026-03-01' }], '2026-03-01')).toBe(true);
    expect(isTrainedLeader([{ kind: 'training', heldOn: '2026-03-02' }], '2026-03-01')).toBe(false);
    expect(isTrainedLeader([{ kind: 'supervision', heldOn: '2026-01-01' }], '2026-03-01')).toBe(false);
  });
  it('its stage and the review’s days left; the family’s latest plan becomes the case plan', () => {
    expect(computeConferenceStage({ heldOn: null, reviewOn: null, reviewedOn: null }, '2026-12-07').stage).toBe('preparing');
    expect(computeConferenceStage({ heldOn: '2026-09-07', reviewOn: '2026-12-07', reviewedOn: null }, '2026-12-07')).toEqual({ stage: 'held', reviewDaysLeft: 0 });
    expect(computeConferenceStage({ heldOn: '2026-09-07', reviewOn: '2026-12-07', reviewedOn: '2026-12-07' }, '2026-12-08').stage).toBe('reviewed');
    const plans = [{ heldOn: '2026-01-10', plan: 'A' }, { heldOn: '2026-06-10', plan: 'B' }, { heldOn: null, plan: null }];
    expect(computeCurrentFamilyPlan(plans, '2026-12-07')?.plan).toBe('B');
    expect(computeCurrentFamilyPlan(plans, '2026-06-09')?.plan).toBe('A');
  });
});

describe('FS-5 referral and assessment by the county social service', () => {
  it('the centre decides within ten days of the referral; the assessment precedes the referral (the same day allowed)', () => {
    expect(computeReferralDecisionDue('2026-11-27', '2026-12-07')).toEqual({ dueOn: '2026-12-07', daysLeft: 0 });
    expect(checkReferralDates({ assessedOn: '2026-11-27', referredOn: '2026-11-27' })).toBeNull();
    expect(checkReferralDates({ assessedOn: '2026-11-28', referredOn: '2026-11-27' })).toBe('assessed_after_referral');
  });
});

describe('FS-6 project finance: the grant share, spending against it, continuation after the project', () => {
  const project = { initialCostCents: SEED_PROJECT.initialCostCents, finalCostCents: SEED_PROJECT.finalCostCents, grantCents: SEED_PROJECT.grantCents, startsOn: '2014-09-01', endsOn: '2016-04-30' };
  it('seed 003: initial €110,984, final €110,101, €94,136 from EEA Grants — 85.50 % of the final cost, €15,965 the provider’s, €883 less than planned', () => {
    const f = computeProjectFinance(project, [], '2026-12-07');
    expect(f.grantShare.toFixed(4)).toBe('0.8550');
    expect(f.providerShareCents).toBe(1_596_500);
    expect(f.costChangeCents).toBe(-88_300);
  });
  it('spending in the project (both ends included) counts against the grant at its share; after the end it is the provider’s; the whole final cost uses the whole grant', () => {
    const f = computeProjectFinance(project, [
      { spentOn: '2014-09-01', amountCents: 1_000_000 }, { spentOn: '2016-04-30', amountCents: 10_010_100 }, { spentOn: '2016-05-01', amountCents: 250_000 },
    ], '2026-12-07');
    expect(f.spentInProjectCents).toBe(11_010_100);
    expect(f.grantUsedCents).toBe(9_413_600);
    expect(f.grantLeftCents).toBe(0);
    expect(f.overFinalCostCents).toBe(0);
    expect(f.spentAfterProjectCents).toBe(250_000);
  });
  it('part way: a day’s spending counts only from that day; beyond the final cost the grant stays capped', () => {
    const part = computeProjectFinance(project, [{ spentOn: '2015-01-10', amountCents: 1_000_000 }, { spentOn: '2015-02-10', amountCents: 1_000_000 }], '2015-01-31');
    expect(part.spentInProjectCents).toBe(1_000_000);
    expect(part.grantUsedCents).toBe(854_997); // 10 000 € × 94 136 / 110 101
    const over = computeProjectFinance(project, [{ spentOn: '2015-01-10', amountCents: 12_000_000 }], '2026-12-07');
    expect(over.grantUsedCents).toBe(9_413_600);
    expect(over.overFinalCostCents).toBe(989_900);
  });
  it('who finances a day: the project to its last day, the provider after it', () => {
    expect([computeFundingOn(project, '2014-08-31'), computeFundingOn(project, '2016-04-30'), computeFundingOn(project, '2016-05-01')]).toEqual(['before_project', 'project', 'provider']);
  });
});

describe('FS-2, FS-3, FS-4 the worklist of a family', () => {
  const base = { caseId: 'c', conferences: [], matches: [], crisisSince: null, sessionDays: [] };
  it('a conference review shows from two weeks before; a reviewed one not', () => {
    const c = { id: 'k', heldOn: '2026-09-21', reviewOn: '2026-12-21', reviewedOn: null };
    expect(computeFsDueItems({ ...base, conferences: [c] }, 2, '2026-12-06')).toEqual([]);
    expect(computeFsDueItems({ ...base, conferences: [c] }, 2, '2026-12-07')).toEqual([{ kind: 'fs_conference_review', caseId: 'c', dueOn: '2026-12-21', daysLeft: 14, detail: { conferenceId: 'k' } }]);
    expect(computeFsDueItems({ ...base, conferences: [{ ...c, reviewedOn: '2026-12-07' }] }, 2, '2026-12-08')).toEqual([]);
  });
  it('a matched mentor’s supervision and the check to renew (30 days before it ends)', () => {
    const m = { id: 'm', mentorName: 'Ieva', matchedOn: '2026-10-07', supervisions: [], checkValidUntil: '2027-01-06' };
    expect(computeFsDueItems({ ...base, matches: [m] }, 2, '2026-12-07').map((i) => [i.kind, i.daysLeft])).toEqual([['fs_mentor_supervision', 0], ['fs_mentor_check', 30]]);
    expect(computeFsDueItems({ ...base, matches: [{ ...m, checkValidUntil: '2027-01-07' }] }, 2, '2026-12-07').map((i) => i.kind)).toEqual(['fs_mentor_supervision']);
  });
  it('a family in crisis is contacted within two days; a session since clears it', () => {
    expect(computeFsDueItems({ ...base, crisisSince: '2026-12-06' }, 2, '2026-12-07')).toEqual([{ kind: 'fs_crisis_contact', caseId: 'c', dueOn: '2026-12-08', daysLeft: 1, detail: {} }]);
    expect(computeFsDueItems({ ...base, crisisSince: '2026-12-06', sessionDays: ['2026-12-06'] }, 2, '2026-12-07')).toEqual([]);
    expect(computeFsDueItems({ ...base, crisisSince: '2026-12-06', sessionDays: ['2026-12-05'] }, 2, '2026-12-07')).toHaveLength(1);
  });
});

describe('Safety of children: the access matrix of a family’s case', () => {
  const provider = 'prov', bauska = '0025000';
  const actor = (a: Partial<Actor>): Actor => ({ userId: 'u', organisationId: provider, organisationKind: 'service_provider', municipalityAtvk: null, roles: ['social_worker'], ...a });
  const family = (onTeam: boolean) => ({ organisationId: provider, referringMunicipalityAtvk: bauska, onTeam });
  it.each([
    ['the family’s worker', actor({}), true, 'full'],
    ['another worker of the centre', actor({}), false, 'none'],
    ['the centre’s manager', actor({ roles: ['manager'] }), false, 'without_children'],
    ['the referring social service', actor({ organisationId: 'ss', organisationKind: 'municipal_social_service', municipalityAtvk: bauska, roles: ['municipal_social_worker'] }), false, 'full'],
    ['another municipality’s social service', actor({ organisationId: 'ss2', organisationKind: 'municipal_social_service', municipalityAtvk: '0001000', roles: ['municipal_social_worker'] }), false, 'none'],
    ['a funder', actor({ organisationId: 'f', organisationKind: 'funder', roles: ['funder_analyst'] }), false, 'none'],
    ['another provider’s manager', actor({ organisationId: 'other', roles: ['manager'] }), false, 'none'],
  ] as const)('%s → %s', (_who, a, onTeam, view) => {
    expect(computeFamilyView(a, family(onTeam))).toBe(view);
  });
  it('the report: the manager and the social service exactly, the funder aggregates with counts 1–4 hidden', () => {
    const funder = computeFsReportView(actor({ organisationKind: 'funder', roles: ['funder_analyst'] }));
    expect(funder.kind).toBe('aggregates');
    expect([suppressSmall(0, funder), suppressSmall(4, funder), suppressSmall(5, funder)]).toEqual([0, null, 5]);
    expect(suppressSmall(3, computeFsReportView(actor({ roles: ['manager'] })))).toBe(3);
    expect(computeFsReportView(actor({})).kind).toBe('none');
  });
});

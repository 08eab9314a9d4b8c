import { describe, expect, it } from 'vitest';
import { HOUSING_FIRST_PILOT_SETTINGS as S } from './settings';
import { computeSettingsInForce } from '../programme-settings';
import { compareByDeadline, computeDecisionDeadline } from './decision-deadline.rules';
import { checkCaseload } from './caseload.rules';
import { checkDwellingOffer, computeDwellingMatches, isInArea, type DwellingForMatching } from './dwelling-offers.rules';
import { computeSuggestedTeam, computeSupportNeedLevel } from './support-team.rules';
import { computeWaitingList } from './waiting-list.rules';
import { checkKeysRegister, DEFAULT_HOUSING_QUESTIONNAIRE, validateQuestionnaireAnswers } from './granting.schemas';
import { HOUSING_FIRST_CRITERIA_SEEDS } from './eligibility-criteria';
import { formatCaseNumber } from '../../core/case-number';
import { computeMoveInChecklist } from './case-opening.rules';

describe('HF-3.1.4 decision within 30 days of the application', () => {
  it('is on time on day 30 and overdue on day 31', () => {
    expect(computeDecisionDeadline('2026-10-01', S.decisionDeadlineDays, '2026-10-31')).toEqual({ dueOn: '2026-10-31', daysLeft: 0, overdue: false });
    expect(computeDecisionDeadline('2026-10-01', S.decisionDeadlineDays, '2026-11-01')).toEqual({ dueOn: '2026-10-31', daysLeft: -1, overdue: true });
    expect(computeDecisionDeadline('2026-10-01', S.decisionDeadlineDays, '2026-10-01').daysLeft).toBe(30);
  });

  it('crosses month and leap-year ends', () => {
    expect(computeDecisionDeadline('2028-02-10', 30, '2028-02-10').dueOn).toBe('2028-03-11');
  });

  it('puts overdue applications first on the worklist', () => {
    const list = [{ daysLeft: 5, submittedOn: '2026-11-01' }, { daysLeft: -2, submittedOn: '2026-10-01' }, { daysLeft: 5, submittedOn: '2026-10-30' }];
    expect([...list].sort(compareByDeadline).map((a) => a.submittedOn)).toEqual(['2026-10-01', '2026-10-30', '2026-11-01']);
  });
});

describe('HF-2.4 caseload caps', () => {
  it('lets a social worker take the 10th client and refuses the 11th', () => {
    expect(checkCaseload('social_worker', { cases: 9, casesAlone: 0 }, true, S)).toEqual({ allowed: true });
    expect(checkCaseload('social_worker', { cases: 10, casesAlone: 0 }, true, S)).toEqual({ allowed: false, rule: 'social_worker', limit: 10, current: 10 });
  });

  it('lets a mentor take the 7th client and refuses the 8th', () => {
    expect(checkCaseload('social_mentor', { cases: 6, casesAlone: 0 }, true, S).allowed).toBe(true);
    expect(checkCaseload('social_mentor', { cases: 7, casesAlone: 0 }, true, S)).toMatchObject({ allowed: false, rule: 'social_mentor', limit: 7 });
  });

  it('limits a social worker working alone to 7 such clients, but not when the case has a mentor', () => {
    expect(checkCaseload('social_worker', { cases: 7, casesAlone: 6 }, false, S).allowed).toBe(true);
    expect(checkCaseload('social_worker', { cases: 7, casesAlone: 7 }, false, S)).toMatchObject({ allowed: false, rule: 'social_worker_alone', limit: 7 });
    expect(checkCaseload('social_worker', { cases: 7, casesAlone: 7 }, true, S).allowed).toBe(true);
  });

  it('reads the caps from the settings, not from constants', () => {
    expect(checkCaseload('social_worker', { cases: 10, casesAlone: 0 }, true, { ...S, caseloadSocialWorker: 12 }).allowed).toBe(true);
  });
});

describe('HF-3.1.5 at most 3 dwellings offered', () => {
  it('allows the third offer and refuses the fourth', () => {
    expect(checkDwellingOffer(2, S.maxDwellingsOffered)).toEqual({ allowed: true });
    expect(checkDwellingOffer(3, S.maxDwellingsOffered)).toEqual({ allowed: false, limit: 3 });
  });

  const dwelling = (id: string, extra: Partial<DwellingForMatching> = {}): DwellingForMatching => ({
    id, municipalityAtvk: '0001000', addressFolded: 'maskavas iela 1, riga', rooms: 1, floor: 1, hasLift: false, accessible: false, petsAllowed: false,
    amenities: { water: true, heating: true, electricity: true, hotWater: false, furniture: false }, status: 'available', ...extra,
  });

  it('proposes only available dwellings in the municipality that fit the questionnaire, best first', () => {
    const dwellings = [
      dwelling('a'),
      dwelling('b', { floor: 5 }),
      dwelling('c', { floor: 5, hasLift: true, addressFolded: 'purvciema iela 3, riga' }),
      dwelling('d', { status: 'reserved' }),
      dwelling('e', { municipalityAtvk: '0005000' }),
      dwelling('f', { rooms: 1, addressFolded: 'purvciema iela 9, riga', amenities: { water: true, heating: true, electricity: true, hotWater: true, furniture: true } }),
    ];
    const matches = computeDwellingMatches(dwellings, '0001000', { householdSize: 1, maxFloorWithoutLift: 2 }, 'purvciems');
    expect(matches.map((m) => m.dwelling.id)).toEqual(['f', 'c', 'a']);
    expect(matches[0]!.reasons).toContain('housing.match.preferredArea');
    expect(computeDwellingMatches(dwellings, '0001000', { householdSize: 3 }, null)).toEqual([]);
    expect(isInArea('brivibas iela 99 riga', 'purvciems')).toBe(false);
    expect(isInArea('purvciema iela 3 12 riga', 'riga purvciems')).toBe(true);
    expect(computeDwellingMatches(dwellings, '0001000', { hasPets: true }, null)).toEqual([]);
  });
});

describe('HF-1.3 waiting list order, explainable', () => {
  it('puts more priority factors first, then the earlier decision', () => {
    const list = computeWaitingList([
      { id: '1', decidedOn: '2026-09-01', priorityFactors: ['addiction'] },
      { id: '2', decidedOn: '2026-10-01', priorityFactors: ['addiction', 'long_shelter_use'] },
      { id: '3', decidedOn: '2026-08-01', priorityFactors: ['imprisonment'] },
    ]);
    expect(list.map((p) => [p.entry.id, p.position])).toEqual([['2', 1], ['3', 2], ['1', 3]]);
    expect(list[2]!.explanation).toEqual({ aheadWithMoreFactors: 1, aheadWithSameFactorsDecidedEarlier: 1, ruleVersion: 'hf-waiting-list-1' });
  });
});

describe('HF-2.5 support-need level and suggested team', () => {
  it('suggests the team by level', () => {
    expect(computeSupportNeedLevel({ housing: 'some', finances: 'some' })).toBe('low');
    expect(computeSupportNeedLevel({ housing: 'some', finances: 'some', health: 'some' })).toBe('medium');
    expect(computeSupportNeedLevel({ health: 'intensive' })).toBe('high');
    expect(computeSuggestedTeam('low')).toEqual(['social_worker']);
    expect(computeSuggestedTeam('medium')).toEqual(['social_worker', 'social_mentor']);
    expect(computeSuggestedTeam('high')).toEqual(['social_worker', 'specialist']);
  });
});

describe('programme settings with effective dates', () => {
  it('takes the latest version in force on the date', () => {
    const versions = [{ effectiveFrom: '2022-09-01', v: 1 }, { effectiveFrom: '2027-01-01', v: 2 }];
    expect(computeSettingsInForce(versions, '2026-12-31')?.v).toBe(1);
    expect(computeSettingsInForce(versions, '2027-01-01')?.v).toBe(2);
    expect(computeSettingsInForce(versions, '2020-01-01')).toBeNull();
  });
});

describe('HF-1.4 eligibility criteria seeded verbatim', () => {
  it('has Rīga 6, Valmiera 4 and Liepāja 10 criteria, each in Latvian and English', () => {
    expect(HOUSING_FIRST_CRITERIA_SEEDS.map((s) => [s.municipalityNameLv, s.criteria.length])).toEqual([['Rīga', 6], ['Valmieras novads', 4], ['Liepāja', 10]]);
    for (const c of HOUSING_FIRST_CRITERIA_SEEDS.flatMap((s) => s.criteria)) expect(c.textLv && c.textEn).toBeTruthy();
    expect(HOUSING_FIRST_CRITERIA_SEEDS[2]!.criteria[0]!.textLv).toBe('Atbilst darbspējas vecuma grupai (no 18 līdz 63)');
  });
});

describe('HF-3.1.3 questionnaire defined as data', () => {
  it('checks answers against the form', () => {
    expect(validateQuestionnaireAnswers(DEFAULT_HOUSING_QUESTIONNAIRE, { householdSize: 1, hasPets: false, preferredArea: 'Purvciems' })).toEqual({});
    expect(validateQuestionnaireAnswers(DEFAULT_HOUSING_QUESTIONNAIRE, { hasPets: 'yes', nope: 1 })).toEqual({
      'questionnaire.nope': 'validation.unknownField', 'questionnaire.householdSize': 'validation.required', 'questionnaire.hasPets': 'validation.invalidType',
    });
  });
});

describe('HF-3.1.10 keys register and HF-3.1.7.3 case numbers', () => {
  it('needs a copy with the person and one with the team', () => {
    expect(checkKeysRegister([{ holder: 'person' }, { holder: 'team' }])).toBeNull();
    expect(checkKeysRegister([{ holder: 'person' }, { holder: 'owner' }])).toBe('housing.keys.personAndTeamRequired');
  });

  it('formats case numbers in the provider’s format', () => {
    expect(formatCaseNumber('MV-{YYYY}-{NNNN}', 2026, 7)).toBe('MV-2026-0007');
    expect(formatCaseNumber('{N}/{YYYY}', 2026, 12)).toBe('12/2026');
  });
});

describe('HF-3.1.6–3.1.10 move-in checklist', () => {
  const none = {
    identityDocument: null, dataProcessingInformedOn: null, serviceRulesInformedOn: null, contractSignedOn: null, consentInForce: false,
    municipalSocialWorkerAssigned: false, supportNeedLevel: null, activeTeamRoles: [], dwellingChosen: false, movedInOn: null,
  } as const;

  it('starts with the documents and ends with moving in', () => {
    expect(computeMoveInChecklist(none).next).toBe('documents');
    expect(computeMoveInChecklist({ ...none, identityDocument: 'waived' }).next).toBe('data_processing_information');
  });

  it('counts the team complete only when the roles of the support-need level are on it (HF-2.5)', () => {
    const ready = {
      ...none, identityDocument: 'received', dataProcessingInformedOn: '2026-11-01', serviceRulesInformedOn: '2026-11-01', contractSignedOn: '2026-11-02',
      consentInForce: true, municipalSocialWorkerAssigned: true, supportNeedLevel: 'medium', activeTeamRoles: ['social_worker'],
    } as const;
    expect(computeMoveInChecklist(ready).next).toBe('team');
    expect(computeMoveInChecklist({ ...ready, activeTeamRoles: ['social_worker', 'social_mentor'] }).next).toBe('dwelling_chosen');
    expect(computeMoveInChecklist({ ...ready, activeTeamRoles: ['social_worker', 'social_mentor'], dwellingChosen: true, movedInOn: '2026-11-20' }).next).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { checkCaseHistory, readCaseHistory } from '../registry';

/** Issue 12 — an Individual Programme file read and checked on its own (IP-1, IP-2, IP-5), before any database. */
const id = (n: number) => `7e0c1a2b-0000-4000-8000-${String(n).padStart(12, '0')}`;
const CASE = id(1);
const header = { format: 'socrehab.case-history', version: 2, programme: 'individual_programme' };
const person = { type: 'person', id: id(9), givenNames: 'Inese', surnames: 'Kļaviņa' };
const ipCase = {
  type: 'ip_case', id: CASE, personId: id(9), municipalityAtvk: '0001000', targetGroup: 'adults_with_mental_disorders', decidedOn: '2026-02-27', openedOn: '2026-03-02',
  communityServicesConsidered: 'Dienas centrs', unmetNeedReason: 'Vajadzības nevar apmierināt sabiedrībā', servicePlace: 'home', decidedBy: 'riga@test.lv',
};
const recipient = { type: 'ip_recipient', id: id(2), caseId: CASE, personId: id(9), fromDate: '2026-03-02' };
const line = { type: 'ip_service_line', id: id(3), caseId: CASE, line: 'monitoring_24h', unit: 'days', plannedPerMonth: 30, fromMonth: '2026-03', createdBy: 'sw1@test.lv' };
const ending = { type: 'ip_ending', id: CASE, endedOn: '2026-10-30', reason: 'client_ended' };
const check = (records: object[], today = '2026-11-24') => {
  const parsed = readCaseHistory([header, ...records].map((r) => JSON.stringify(r)).join('\n'));
  return [...parsed.issues, ...checkCaseHistory(parsed, today)].map((i) => `${i.line}:${i.field}:${i.key}`);
};

describe('an Individual Programme case history, checked on its own', () => {
  it('a possible history has no issue; the ending day and the opening month are fine', () => {
    const delivery = { type: 'ip_service_delivery', id: id(4), caseId: CASE, serviceLineId: id(3), month: '2026-10', delivered: 31, recordedBy: 'sw1@test.lv' };
    const survey = { type: 'evaluation', id: id(5), caseId: CASE, instrument: 'client_satisfaction', recordedOn: '2026-10-30', score: 5, recordedBy: 'sw1@test.lv' };
    expect(check([person, ipCase, recipient, line, delivery, survey, ending])).toEqual([]);
  });

  it('a Housing First record is of another programme; an unknown type is unknown', () => {
    expect(check([person, ipCase, recipient, { type: 'visit', id: id(6), caseId: CASE }, { type: 'spaceship', id: id(7) }])).toEqual([
      '5:type:housing.caseHistory.errors.otherProgramme', '6:type:housing.caseHistory.errors.unknownType',
    ]);
  });

  it('IP-1 the person receives the service; IP-2 a delivery in a month its line runs, days at most the month’s; IP-5 the survey on its scale', () => {
    const delivery = { type: 'ip_service_delivery', id: id(4), caseId: CASE, serviceLineId: id(3), month: '2026-02', delivered: 29, recordedBy: 'sw1@test.lv' };
    const tooMany = { type: 'ip_service_delivery', id: id(8), caseId: CASE, serviceLineId: id(3), month: '2026-04', delivered: 31, recordedBy: 'sw1@test.lv' };
    const survey = { type: 'evaluation', id: id(5), caseId: CASE, instrument: 'provider_self_assessment', recordedOn: '2026-05-01', score: 3, recordedBy: 'sw1@test.lv' };
    expect(check([person, ipCase, line, delivery, tooMany, survey])).toEqual([
      '3:personId:ip.errors.personNotRecipient',
      '5:month:ip.errors.deliveryOutsideLine', '5:month:ip.errors.monthOutsideCase',
      '6:delivered:ip.errors.moreDaysThanMonth',
      '7:instrument:validation.invalidOption',
    ]);
  });
});

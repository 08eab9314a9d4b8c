import { describe, expect, it } from 'vitest';
import { checkCaseHistoryDates } from './case-history.dates';
import { parseCaseHistory } from './case-history.format';

/** Issue 11 §2 — the boundaries of a history's dates: the opening day, the exit day and today are all fine. */
const id = (n: number) => `5e0c1a2b-0000-4000-8000-${String(n).padStart(12, '0')}`;
const CASE = id(1);
const history = (records: object[]) => {
  const { records: lines, issues } = parseCaseHistory([{ format: 'socrehab.case-history', version: 1 }, ...records].map((r) => JSON.stringify(r)).join('\n'));
  expect(issues).toEqual([]);
  return lines;
};
const theCase = { type: 'case', id: CASE, personId: id(9), applicationId: null, municipalityAtvk: '0001000', programme: 'housing_first', caseNumber: null, openedOn: '2025-02-03', caseManager: null };
const person = { type: 'person', id: id(9), givenNames: 'Anna', surnames: 'Bērziņa' };
const entry = (n: number, on: string) => ({ type: 'work_log_entry', id: id(n), caseId: CASE, on, done: 'Saruna', author: 'sw1@test.lv' });
const exit = { type: 'exit', id: id(3), caseId: CASE, reason: 'person_wish', endsOn: '2025-09-30', noticeGivenOn: '2025-09-20', destination: 'street', note: null, proposedBy: 'sw1@test.lv' };
const visit = (n: number, visitedOn: string, outcome: string, hours = 0) => ({ type: 'visit', id: id(n), caseId: CASE, visitedOn, place: 'Mājās', outcome, hours, workers: ['sw1@test.lv'], recordedBy: 'sw1@test.lv' });
const extension = (recordedOn: string) => ({ type: 'escalation_extension', id: id(20), caseId: CASE, recordedOn, reason: 'Vēl mēnesi', recordedBy: 'sw1@test.lv' });

describe('checkCaseHistoryDates', () => {
  it('the opening day, the exit day and today are fine; the day before opening and after the exit are not', () => {
    const lines = history([person, theCase, entry(4, '2025-02-03'), entry(5, '2025-09-30'), entry(6, '2025-02-02'), entry(7, '2025-10-01'), exit]);
    expect(checkCaseHistoryDates(lines, '2025-09-30')).toEqual([
      { line: 6, field: 'on', key: 'validation.beforeCaseOpened' },
      { line: 7, field: 'on', key: 'validation.dateInFuture' },
    ]);
    expect(checkCaseHistoryDates(lines, '2026-01-01')).toEqual([
      { line: 6, field: 'on', key: 'validation.beforeCaseOpened' },
      { line: 7, field: 'on', key: 'validation.afterCaseClosed' },
    ]);
  });

  it('HF-3.3.3 an extension needs a missed visit with nobody reaching the person since', () => {
    const missed = history([person, theCase, visit(10, '2025-03-04', 'met'), visit(11, '2025-03-11', 'not_home_no_notice'), extension('2025-04-20')]);
    expect(checkCaseHistoryDates(missed, '2026-01-01')).toEqual([]);
    const reachedSince = history([person, theCase, visit(11, '2025-03-11', 'not_home_no_notice'), visit(12, '2025-03-18', 'phone_only'), extension('2025-04-20')]);
    expect(checkCaseHistoryDates(reachedSince, '2026-01-01')).toEqual([{ line: 6, field: 'recordedOn', key: 'housing.caseHistory.errors.extensionWithoutMissedRun' }]);
  });

  it('HF-2.2 a visit with hours needs its contact line on the same day with the same hours', () => {
    const contact = { type: 'contact', id: id(30), caseId: CASE, visitId: id(10), contactOn: '2025-03-05', kind: 'home_visit', mode: 'in_person', hours: 1, worker: 'sw1@test.lv', recordedBy: 'sw1@test.lv' };
    expect(checkCaseHistoryDates(history([person, theCase, visit(10, '2025-03-04', 'met', 1.5)]), '2026-01-01'))
      .toEqual([{ line: 4, field: 'hours', key: 'housing.caseHistory.errors.visitHoursWithoutContact' }]);
    expect(checkCaseHistoryDates(history([person, theCase, visit(10, '2025-03-04', 'met', 1.5), contact]), '2026-01-01')).toEqual([
      { line: 5, field: 'contactOn', key: 'housing.caseHistory.errors.visitContactOtherDay' },
      { line: 5, field: 'hours', key: 'housing.caseHistory.errors.visitContactOtherHours' },
    ]);
  });
});

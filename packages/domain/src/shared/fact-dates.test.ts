import { describe, expect, it } from 'vitest';
import { checkFactDate, checkPastDate } from './fact-dates';

/** Issue 11 §2 impossible and inconsistent dates: the boundaries of one rule used by every fact. */
describe('checkFactDate — a fact of a case is dated within the case and not after today', () => {
  const open = { openedOn: '2026-02-03', closedOn: null };
  const closed = { openedOn: '2026-02-03', closedOn: '2026-09-30' };

  it('today is fine, tomorrow is in the future', () => {
    expect(checkFactDate('2026-11-24', open, '2026-11-24')).toBeNull();
    expect(checkFactDate('2026-11-25', open, '2026-11-24')).toBe('dateInFuture');
  });

  it('the opening day is fine, the day before is before the case opened', () => {
    expect(checkFactDate('2026-02-03', open, '2026-11-24')).toBeNull();
    expect(checkFactDate('2026-02-02', open, '2026-11-24')).toBe('beforeCaseOpened');
  });

  it('the closing day is fine, the day after is after the case ended', () => {
    expect(checkFactDate('2026-09-30', closed, '2026-11-24')).toBeNull();
    expect(checkFactDate('2026-10-01', closed, '2026-11-24')).toBe('afterCaseClosed');
  });

  it('a date in the future is named as such even when it is also after the closing day', () => {
    expect(checkFactDate('2027-01-01', closed, '2026-11-24')).toBe('dateInFuture');
  });

  it('what is planned ahead may be after today, still not before the opening nor after the closing day', () => {
    expect(checkFactDate('2027-01-05', open, '2026-11-24', { plannedAhead: true })).toBeNull();
    expect(checkFactDate('2026-02-02', open, '2026-11-24', { plannedAhead: true })).toBe('beforeCaseOpened');
    expect(checkFactDate('2026-10-01', closed, '2026-11-24', { plannedAhead: true })).toBe('afterCaseClosed');
  });

  it('checkPastDate: today is fine, tomorrow is not (decisions, assessments, first contacts)', () => {
    expect(checkPastDate('2026-11-24', '2026-11-24')).toBeNull();
    expect(checkPastDate('2026-11-25', '2026-11-24')).toBe('dateInFuture');
  });
});

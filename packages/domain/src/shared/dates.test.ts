import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isoDayInRiga } from './dates';

describe('calendar days', () => {
  it('counts whole days across months and leap years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-10-01', '2026-10-31')).toBe(30);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // across the change to summer time
  });

  it('adds months, clamped to the month’s end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
  });

  it('takes today in Riga, not in UTC', () => {
    expect(isoDayInRiga(new Date('2026-11-24T22:30:00Z'))).toBe('2026-11-25');
    expect(isoDayInRiga(new Date('2026-07-01T20:59:00Z'))).toBe('2026-07-01');
    expect(isoDayInRiga(new Date('2026-07-01T21:00:00Z'))).toBe('2026-07-02');
  });
});

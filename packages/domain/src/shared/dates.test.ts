import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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
    // HF-3.3.3 "one more month" and HF-2.2 the 12-month engagement are calendar months, leap years included
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
  });

  it('agrees with the platform calendar on any day from 1900 to 2200 (property)', () => {
    const DAY = 86_400_000;
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const viaDate = {
      addDays: (day: string, n: number) => iso(Date.parse(`${day}T00:00:00Z`) + n * DAY),
      daysBetween: (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY),
      addMonths: (day: string, n: number) => {
        const [y, m, d] = day.split('-').map(Number) as [number, number, number];
        const target = new Date(Date.UTC(y, m - 1 + n, 1));
        target.setUTCDate(Math.min(d, new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()));
        return iso(target.getTime());
      },
    };
    const day = fc.integer({ min: Date.UTC(1900, 0, 1) / DAY, max: Date.UTC(2200, 0, 1) / DAY }).map((n) => iso(n * DAY));
    fc.assert(fc.property(day, day, fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -60, max: 60 }), (a, b, n, months) => {
      expect(addDays(a, n)).toBe(viaDate.addDays(a, n));
      expect(daysBetween(a, b)).toBe(viaDate.daysBetween(a, b));
      expect(addMonths(a, months)).toBe(viaDate.addMonths(a, months));
    }), { numRuns: 5000 });
  });

  it('refuses what is not a yyyy-mm-dd day', () => {
    for (const bad of ['', '2026-1-01', '2026-13-01', '2026-00-10', '26-11-2025', '2026-11-25T10:00', 'x'.repeat(10), '2026-11-32']) {
      expect(() => addDays(bad, 1), bad).toThrow(RangeError);
    }
  });

  it('takes today in Riga, not in UTC', () => {
    expect(isoDayInRiga(new Date('2026-11-24T22:30:00Z'))).toBe('2026-11-25');
    expect(isoDayInRiga(new Date('2026-07-01T20:59:00Z'))).toBe('2026-07-01');
    expect(isoDayInRiga(new Date('2026-07-01T21:00:00Z'))).toBe('2026-07-02');
  });
});

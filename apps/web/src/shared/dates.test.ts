import { describe, expect, it } from 'vitest';
import { displayDateTime, parseDisplayDate, toDisplayDate } from './dates';

describe('parseDisplayDate', () => {
  it('turns dd.mm.yyyy into an ISO date', () => {
    expect(parseDisplayDate('17.03.1993')).toBe('1993-03-17');
    expect(parseDisplayDate(' 1.3.1993 ')).toBe('1993-03-01');
    expect(parseDisplayDate('01/03/1993')).toBe('1993-03-01');
  });
  it('gives null for an empty field and passes anything else on for the server to reject', () => {
    expect(parseDisplayDate('  ')).toBeNull();
    expect(parseDisplayDate('1993-03-17x')).toBe('1993-03-17x');
    expect(parseDisplayDate('32.13.2020')).toBe('2020-13-32');
  });
});

describe('display helpers', () => {
  it('shows dates as dd.mm.yyyy and timestamps in Riga time', () => {
    expect(toDisplayDate('1993-03-17')).toBe('17.03.1993');
    expect(toDisplayDate(null)).toBe('');
    expect(displayDateTime('2026-11-24 21:07:39.538+00')).toBe('24.11.2026 23:07');
    expect(displayDateTime('2026-07-01T10:00:00.000Z')).toBe('01.07.2026 13:00');
  });
});

import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatEuro, latvianCollator } from './format';

describe('Latvian formatting', () => {
  it('writes dates as dd.mm.yyyy', () => {
    expect(formatDate('2026-11-04')).toBe('04.11.2026');
    expect(formatDate(null)).toBe('');
  });
  it('writes moments in Riga time', () => {
    expect(formatDateTime('2026-07-01T21:30:00Z')).toBe('02.07.2026 00:30');
  });
  it('writes euros as 1 234,56 €', () => {
    expect(formatEuro(1234.56)).toBe('1 234,56 €');
  });
  it('sorts č after c and š after s', () => {
    expect(['Šults', 'Sils', 'Čakste', 'Cīrulis', 'Zariņš'].sort(latvianCollator.compare)).toEqual([
      'Cīrulis', 'Čakste', 'Sils', 'Šults', 'Zariņš',
    ]);
  });
});

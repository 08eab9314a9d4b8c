import { describe, expect, it } from 'vitest';
import { parseHours, textOrNull, validDate } from './service-format';

describe('service form values', () => {
  it('reads hours with a comma or a dot; empty is 0; anything else is NaN for the schema to refuse', () => {
    expect(parseHours('1,25')).toBe(1.25);
    expect(parseHours(' 3.5 ')).toBe(3.5);
    expect(parseHours('')).toBe(0);
    expect(parseHours('1 h')).toBeNaN();
  });
  it('accepts only real calendar days typed as dd.mm.yyyy', () => {
    expect(validDate('29.02.2028')).toBe('2028-02-29');
    expect(validDate('29.02.2027')).toBeNull();
    expect(validDate('1.3.2026')).toBe('2026-03-01');
    expect(validDate('32.01.2026')).toBeNull();
    expect(validDate('rīt')).toBeNull();
  });
  it('sends empty texts as null', () => {
    expect(textOrNull('  ')).toBeNull();
    expect(textOrNull(' Mājās ')).toBe('Mājās');
  });
});

import { describe, expect, it } from 'vitest';
import { computeCheckDigit, formatPersonalCode, validatePersonalCode } from './personal-code';

describe('personal code, old format DDMMYY-CNNNZ', () => {
  it.each([
    ['180565-05610', '1865-05-18'],
    ['061193-06460', '1893-11-06'],
    ['280638-19406', '1938-06-28'],
    ['290212-29381', '2012-02-29'],
    ['140761-19428', '1961-07-14'],
  ])('accepts %s and derives the birth date %s', (input, birthDate) => {
    const result = validatePersonalCode(input);
    expect(result).toMatchObject({ ok: true, format: 'old', birthDate });
  });

  it('accepts the code without the hyphen', () => {
    expect(validatePersonalCode('14076119428')).toMatchObject({ ok: true, code: '14076119428' });
  });

  it('refuses a wrong check digit', () => {
    expect(validatePersonalCode('180565-05611')).toEqual({ ok: false, error: 'checkDigit' });
  });

  it('refuses a date that does not exist (29 February in a common year)', () => {
    expect(validatePersonalCode('290213-29381')).toEqual({ ok: false, error: 'date' });
  });

  it('refuses an unknown century digit', () => {
    expect(validatePersonalCode('140761-39428')).toEqual({ ok: false, error: 'date' });
  });

  it.each(['', '123', 'abcdef-ghijk', '140761-1942', '140761--19428', '1407611942８'])('refuses the malformed %j', (input) => {
    expect(validatePersonalCode(input)).toEqual({ ok: false, error: 'format' });
  });

  it('a check result of 10 gives the check digit 0', () => {
    expect(computeCheckDigit('0611930646')).toBe(0);
  });
});

describe('personal code, new format (since 1 July 2017)', () => {
  it.each(['32073120115', '323691-93794', '32699402624'])('accepts %s without a birth date', (input) => {
    expect(validatePersonalCode(input)).toMatchObject({ ok: true, format: 'new', birthDate: null, warnings: [] });
  });

  it('accepts any second digit 2–9, not only today’s 32', () => {
    const code = '3912345678';
    const full = code + computeCheckDigit(code);
    expect(validatePersonalCode(full)).toMatchObject({ ok: true, format: 'new', warnings: [] });
  });

  it('only warns when the check digit fails the old formula', () => {
    expect(validatePersonalCode('32073120116')).toMatchObject({ ok: true, format: 'new', warnings: ['checkDigit'] });
  });

  it('treats 30… and 31… as old-format codes (dates 30th and 31st)', () => {
    expect(validatePersonalCode('310180-10000')).toMatchObject({ ok: false });
    expect(validatePersonalCode('300180-1000' + computeCheckDigit('3001801000'))).toMatchObject({ ok: true, format: 'old', birthDate: '1980-01-30' });
  });
});

describe('formatPersonalCode', () => {
  it('writes the hyphen after six digits', () => {
    expect(formatPersonalCode('32073120115')).toBe('320731-20115');
  });
});

import { describe, expect, it } from 'vitest';
import { checkPersonDates, personFieldsSchema } from './person.schemas';

/** Issue 11 §2 — no birth date in the future, typed or implied by an old-format personal code. */
describe('checkPersonDates', () => {
  const today = '2026-11-24';

  it('a birth date today is possible, tomorrow is in the future', () => {
    expect(checkPersonDates({ personalCode: null, birthDate: '2026-11-24' }, today)).toEqual({});
    expect(checkPersonDates({ personalCode: null, birthDate: '2026-11-25' }, today)).toEqual({ birthDate: 'validation.birthDateFuture' });
  });

  it('an old-format code dated in the future by its century digit is refused (251126-2… is 25.11.2026)', () => {
    // 241126-2xxxx: 24 November 2026 (century digit 2); 251126-2xxxx: the day after
    expect(checkPersonDates({ personalCode: '24112620009', birthDate: null }, today)).toEqual({});
    expect(checkPersonDates({ personalCode: '25112620003', birthDate: null }, today)).toEqual({ personalCode: 'validation.personalCode.futureDate' });
    // the same digits with the century digit 1 are 1926: possible
    expect(checkPersonDates({ personalCode: '25112610008', birthDate: null }, today)).toEqual({});
  });

  it('a new-format code carries no date and is never in the future', () => {
    expect(checkPersonDates({ personalCode: '32073120115', birthDate: null }, today)).toEqual({});
  });

  it('the schema itself reads no clock: a future birth date passes it and is refused by the use case with today', () => {
    const parsed = personFieldsSchema.safeParse({ givenNames: 'Anna', surnames: 'Bērziņa', birthDate: '2999-01-01' });
    expect(parsed.success).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { fitsContactStep, isStorableHours } from './contact-hours.rules';
import { recordContactSchema } from './service.schemas';

/** Issue 11 §2 — durations are not forced to quarter hours unless the programme's settings say so. */
describe('contact durations', () => {
  it('any hundredth of an hour, as stored: 0.1 h (6 min), 1.1 h, 0.17 h; not a value the column would round, not 0, not over a day', () => {
    expect([0.1, 1.1, 0.17, 24].map(isStorableHours)).toEqual([true, true, true, true]);
    expect([1.001, 1 / 6, 0, -1, 24.5].map(isStorableHours)).toEqual([false, false, false, false, false]);
  });

  it('a step applies only when the settings give one: 15 minutes takes 1.25 h and refuses 1.1 h', () => {
    expect(fitsContactStep(1.1, undefined)).toBe(true);
    expect(fitsContactStep(1.25, 15)).toBe(true);
    expect(fitsContactStep(1.1, 15)).toBe(false);
  });

  it('the contact schema takes 1.1 hours and names the reason for 1.001', () => {
    const base = { contactOn: '2026-11-24', kind: 'phone_call', mode: 'phone' };
    expect(recordContactSchema.safeParse({ ...base, hours: 1.1 }).success).toBe(true);
    const refused = recordContactSchema.safeParse({ ...base, hours: 1.001 });
    expect(refused.error?.issues[0]?.message).toBe('housing.errors.hoursPrecision');
  });
});

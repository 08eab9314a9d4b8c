import { describe, expect, it } from 'vitest';
import { checkEndingBeforeMinimum, checkEngagementExtension, checkEngagementSuspension, computeEngagement, type EngagementHistory } from './engagement.rules';
import { recordEngagementExtensionSchema } from './engagement.schemas';

const settings = { engagementMonths: 12, minimumParticipationMonths: 6 };
const history = (h: Partial<EngagementHistory> = {}): EngagementHistory => ({ contractSignedOn: '2022-09-01', extensions: [], suspensions: [], ...h });

describe('HF-2.2 engagement: 12 months from the contract, at least 6 of participation', () => {
  it('HF-2.2 the pilot: a contract of 1.09.2022 ends on 1.09.2023, its minimum participation reached on 1.03.2023', () => {
    const e = computeEngagement(history(), settings, '2022-09-01')!;
    expect(e).toMatchObject({ startsOn: '2022-09-01', plannedEndOn: '2023-09-01', agreedEndOn: '2023-09-01', minimumParticipationOn: '2023-03-01', daysLeft: 365, minimumReached: false, endApproaching: false, suspendedDays: 0 });
  });

  it('HF-2.2 no contract day, or a day before it: no engagement yet', () => {
    expect(computeEngagement(history({ contractSignedOn: null }), settings, '2023-01-01')).toBeNull();
    expect(computeEngagement(history(), settings, '2022-08-31')).toBeNull();
  });

  it('HF-2.2 calendar months clamp to the month end: 31.01 + 1 month is 28.02, in a leap year 29.02', () => {
    const one = { engagementMonths: 1, minimumParticipationMonths: 1 };
    expect(computeEngagement(history({ contractSignedOn: '2023-01-31' }), one, '2023-01-31')!.agreedEndOn).toBe('2023-02-28');
    expect(computeEngagement(history({ contractSignedOn: '2024-01-31' }), one, '2024-01-31')!.agreedEndOn).toBe('2024-02-29');
    // 29.02.2024 + 12 months → 28.02.2025
    expect(computeEngagement(history({ contractSignedOn: '2024-02-29' }), settings, '2024-03-01')!.agreedEndOn).toBe('2025-02-28');
    expect(computeEngagement(history({ contractSignedOn: '2024-08-31' }), settings, '2024-09-01')!.minimumParticipationOn).toBe('2025-02-28');
  });

  it('HF-2.2 the minimum participation: not reached the day before, reached on its day', () => {
    expect(computeEngagement(history(), settings, '2023-02-28')!.minimumReached).toBe(false);
    expect(computeEngagement(history(), settings, '2023-03-01')!.minimumReached).toBe(true);
  });

  it('HF-2.2 the end approaches from one calendar month before it: not on 31.07, from 1.08, and after the end still (negative days left)', () => {
    expect(computeEngagement(history(), settings, '2023-07-31')!.endApproaching).toBe(false);
    expect(computeEngagement(history(), settings, '2023-08-01')).toMatchObject({ endApproaching: true, daysLeft: 31 });
    expect(computeEngagement(history(), settings, '2023-09-01')).toMatchObject({ endApproaching: true, daysLeft: 0 });
    expect(computeEngagement(history(), settings, '2023-09-02')).toMatchObject({ endApproaching: true, daysLeft: -1 });
  });

  it('HF-2.2 an extension by months adds calendar months to the agreed end; one to a new day sets it; counted from the day it was decided', () => {
    const h = history({ extensions: [{ decidedOn: '2023-08-10', months: 3, newEndOn: null, reason: 'x' }] });
    expect(computeEngagement(h, settings, '2023-08-09')!.agreedEndOn).toBe('2023-09-01');
    expect(computeEngagement(h, settings, '2023-08-10')).toMatchObject({ agreedEndOn: '2023-12-01', endApproaching: false });
    const twice = history({ extensions: [...h.extensions, { decidedOn: '2023-11-05', months: null, newEndOn: '2024-01-15', reason: 'y' }] });
    expect(computeEngagement(twice, settings, '2023-11-05')!.agreedEndOn).toBe('2024-01-15');
  });

  it('HF-2.2 a suspension pauses the engagement: its days (both ends included) move the agreed end and the minimum participation', () => {
    const h = history({ suspensions: [{ fromOn: '2022-10-01', toOn: '2022-10-10', reason: 'slimnīcā' }] });
    expect(computeEngagement(h, settings, '2022-09-30')!.agreedEndOn).toBe('2023-09-01');
    const e = computeEngagement(h, settings, '2022-10-05')!;
    expect(e).toMatchObject({ suspendedDays: 10, agreedEndOn: '2023-09-11', minimumParticipationOn: '2023-03-11', suspendedOn: true });
    expect(computeEngagement(h, settings, '2022-10-11')!.suspendedOn).toBe(false);
  });

  it('HF-2.2 a suspension after the minimum participation was reached moves the end only', () => {
    const h = history({ suspensions: [{ fromOn: '2023-04-01', toOn: '2023-04-30', reason: 'x' }] });
    expect(computeEngagement(h, settings, '2023-05-01')).toMatchObject({ agreedEndOn: '2023-10-01', minimumParticipationOn: '2023-03-01' });
  });

  it('HF-2.2 in the order of their days: a suspension before an extension to a new day leaves that day as set', () => {
    const h = history({
      suspensions: [{ fromOn: '2023-01-01', toOn: '2023-01-31', reason: 'x' }],
      extensions: [{ decidedOn: '2023-08-01', months: null, newEndOn: '2023-12-31', reason: 'y' }],
    });
    expect(computeEngagement(h, settings, '2023-08-01')!.agreedEndOn).toBe('2023-12-31');
  });

  it('HF-2.2 an extension to a day not later than the agreed end, or before the contract, is refused', () => {
    const e = computeEngagement(history(), settings, '2023-08-01');
    expect(checkEngagementExtension(e, { decidedOn: '2023-08-01', months: null, newEndOn: '2023-09-01' })).toBe('newEndNotLater');
    expect(checkEngagementExtension(e, { decidedOn: '2023-08-01', months: null, newEndOn: '2023-09-02' })).toBeNull();
    expect(checkEngagementExtension(null, { decidedOn: '2022-08-01', months: 1, newEndOn: null })).toBe('beforeEngagement');
  });

  it('HF-2.2 suspensions do not overlap (touching ends do), start on or after the contract and end on or after they begin', () => {
    const h = history({ suspensions: [{ fromOn: '2023-01-10', toOn: '2023-01-20', reason: 'x' }] });
    expect(checkEngagementSuspension(h, { fromOn: '2023-01-20', toOn: '2023-01-25' })).toBe('suspensionOverlaps');
    expect(checkEngagementSuspension(h, { fromOn: '2023-01-01', toOn: '2023-01-10' })).toBe('suspensionOverlaps');
    expect(checkEngagementSuspension(h, { fromOn: '2023-01-21', toOn: '2023-01-25' })).toBeNull();
    expect(checkEngagementSuspension(h, { fromOn: '2022-08-31', toOn: '2022-09-05' })).toBe('beforeEngagement');
    expect(checkEngagementSuspension(h, { fromOn: '2023-02-05', toOn: '2023-02-04' })).toBe('toBeforeFrom');
  });

  it('HF-2.2 an extension gives months or a new end, not both and not neither', () => {
    const base = { decidedOn: '2023-08-01', reason: 'r', expectedEndOn: '2023-09-01' };
    expect(recordEngagementExtensionSchema.safeParse({ ...base, months: 2 }).success).toBe(true);
    expect(recordEngagementExtensionSchema.safeParse({ ...base, newEndOn: '2023-10-01' }).success).toBe(true);
    expect(recordEngagementExtensionSchema.safeParse({ ...base, months: 2, newEndOn: '2023-10-01' }).success).toBe(false);
    expect(recordEngagementExtensionSchema.safeParse(base).success).toBe(false);
    expect(recordEngagementExtensionSchema.safeParse({ ...base, months: 2, reason: '  ' }).success).toBe(false);
  });
});

describe('HF-2.2 an ending before the 6-month minimum participation is a warning', () => {
  const aug31 = history({ contractSignedOn: '2024-08-31' });

  it('HF-2.2 31.08 + 6 months = 28.02: an ending on 27.02 is one day short, on 28.02 the minimum is reached', () => {
    expect(checkEndingBeforeMinimum(aug31, settings, '2025-02-27')).toEqual({ endsOn: '2025-02-27', minimumParticipationOn: '2025-02-28', daysShort: 1 });
    expect(checkEndingBeforeMinimum(aug31, settings, '2025-02-28')).toBeNull();
    expect(checkEndingBeforeMinimum(aug31, settings, '2025-03-01')).toBeNull();
  });

  it('HF-2.2 in a leap year 31.08.2023 + 6 months = 29.02.2024: the 28th is short, the 29th is not', () => {
    const h = history({ contractSignedOn: '2023-08-31' });
    expect(checkEndingBeforeMinimum(h, settings, '2024-02-28')).toMatchObject({ minimumParticipationOn: '2024-02-29', daysShort: 1 });
    expect(checkEndingBeforeMinimum(h, settings, '2024-02-29')).toBeNull();
  });

  it('HF-2.2 an ending on the contract day is the whole minimum short; without a contract, or before it, nothing to warn of', () => {
    expect(checkEndingBeforeMinimum(aug31, settings, '2024-08-31')).toMatchObject({ minimumParticipationOn: '2025-02-28', daysShort: 181 });
    expect(checkEndingBeforeMinimum(history({ contractSignedOn: null }), settings, '2024-09-01')).toBeNull();
    expect(checkEndingBeforeMinimum(aug31, settings, '2024-08-30')).toBeNull();
  });

  it('HF-2.2 suspended days are not participation: a 10-day suspension begun before the minimum moves it to 10.03', () => {
    const h = history({ contractSignedOn: '2024-08-31', suspensions: [{ fromOn: '2024-11-01', toOn: '2024-11-10', reason: 'slimnīcā' }] });
    expect(checkEndingBeforeMinimum(h, settings, '2025-03-09')).toMatchObject({ minimumParticipationOn: '2025-03-10', daysShort: 1 });
    expect(checkEndingBeforeMinimum(h, settings, '2025-03-10')).toBeNull();
  });

  it('HF-2.2 a suspension begun after the ending does not move the minimum of that ending', () => {
    const h = history({ contractSignedOn: '2024-08-31', suspensions: [{ fromOn: '2025-01-10', toOn: '2025-01-20', reason: 'slimnīcā' }] });
    expect(checkEndingBeforeMinimum(h, settings, '2025-01-09')).toMatchObject({ minimumParticipationOn: '2025-02-28' });
  });

  it('HF-2.2 the minimum follows the settings (a programme with 3 months)', () => {
    expect(checkEndingBeforeMinimum(aug31, { engagementMonths: 12, minimumParticipationMonths: 3 }, '2024-11-29')).toMatchObject({ minimumParticipationOn: '2024-11-30', daysShort: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../../shared/dates';
import { computePlannedVisitDays, computePlannedVisitStatus, isoWeekday, mondayOf, slotInForce } from './planned-visits.rules';

// 2026-11-23 is a Monday
const WEDNESDAY_10_30 = { weekday: 3, atTime: '10:30', fromDate: '2026-11-01' };
const days = (input: Partial<Parameters<typeof computePlannedVisitDays>[0]>) =>
  computePlannedVisitDays({ slots: [WEDNESDAY_10_30], from: '2026-11-23', to: '2026-12-20', movedInOn: '2026-03-01', closedOn: null, ...input });

describe('HF-3.2.1 the days a fixed weekly visit slot produces', () => {
  it('knows ISO weekdays and the Monday of a week', () => {
    expect(['2026-11-23', '2026-11-25', '2026-11-29'].map(isoWeekday)).toEqual([1, 3, 7]);
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
  });

  it('gives one visit a week on the slot’s weekday and time', () => {
    expect(days({})).toEqual(['2026-11-25', '2026-12-02', '2026-12-09', '2026-12-16'].map((on) => ({ on, atTime: '10:30' })));
  });

  it('starts at the move-in and stops the day the case is closed', () => {
    expect(days({ movedInOn: '2026-11-26' }).map((d) => d.on)).toEqual(['2026-12-02', '2026-12-09', '2026-12-16']);
    expect(days({ movedInOn: '2026-11-25', closedOn: '2026-12-09' }).map((d) => d.on)).toEqual(['2026-11-25', '2026-12-02']);
    expect(days({ movedInOn: null })).toEqual([]);
  });

  it('uses the slot in force on each day, so a changed slot moves the visits from its first day on', () => {
    const changed = [WEDNESDAY_10_30, { weekday: 5, atTime: '14:00', fromDate: '2026-12-05' }];
    expect(days({ slots: changed })).toEqual([
      { on: '2026-11-25', atTime: '10:30' }, { on: '2026-12-02', atTime: '10:30' }, { on: '2026-12-11', atTime: '14:00' }, { on: '2026-12-18', atTime: '14:00' },
    ]);
    expect(slotInForce(changed, '2026-12-04')).toBe(WEDNESDAY_10_30);
    expect(slotInForce(changed, '2026-10-31')).toBeNull();
    expect(days({ slots: [{ ...WEDNESDAY_10_30, fromDate: '2026-12-01' }] }).map((d) => d.on)[0]).toBe('2026-12-02');
  });

  it('when two versions start the same day, the later set one wins', () => {
    const sameDay = [WEDNESDAY_10_30, { weekday: 3, atTime: '09:00', fromDate: '2026-11-01' }];
    expect(days({ slots: sameDay })[0]).toEqual({ on: '2026-11-25', atTime: '09:00' });
  });

  it('for one worker, only the days they are on the team (HF-3.2.7 a change of worker)', () => {
    const onTeam = [{ fromDate: '2026-01-10', toDate: '2026-12-01' }, { fromDate: '2026-12-15', toDate: null }];
    expect(days({ onTeam }).map((d) => d.on)).toEqual(['2026-11-25', '2026-12-16']);
  });

  it('never gives more than one visit in any 7 days, nor a week without one while served (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 400 }), (weekday, offset) => {
      const from = addDays('2026-01-05', offset);
      const out = computePlannedVisitDays({ slots: [{ weekday, atTime: '08:00', fromDate: '2025-01-01' }], from, to: addDays(from, 61), movedInOn: '2025-06-01', closedOn: null });
      expect(out.length).toBeGreaterThanOrEqual(8);
      expect(out.length).toBeLessThanOrEqual(9);
      out.forEach((d, i) => {
        expect(isoWeekday(d.on)).toBe(weekday);
        if (i > 0) expect(d.on).toBe(addDays(out[i - 1]!.on, 7));
      });
    }));
  });
});

describe('HF-3.2.1–2 a planned visit’s status', () => {
  it('is done, missed or excused by the visit recorded that day; upcoming or unrecorded without one', () => {
    expect(computePlannedVisitStatus('2026-11-25', { outcome: 'met' }, '2026-11-30')).toBe('done');
    expect(computePlannedVisitStatus('2026-11-25', { outcome: 'phone_only' }, '2026-11-30')).toBe('done');
    expect(computePlannedVisitStatus('2026-11-25', { outcome: 'not_home_no_notice' }, '2026-11-30')).toBe('missed');
    expect(computePlannedVisitStatus('2026-11-25', { outcome: 'notice_given' }, '2026-11-30')).toBe('excused');
    expect(computePlannedVisitStatus('2026-11-25', null, '2026-11-25')).toBe('upcoming');
    expect(computePlannedVisitStatus('2026-11-25', null, '2026-11-26')).toBe('unrecorded');
  });
});

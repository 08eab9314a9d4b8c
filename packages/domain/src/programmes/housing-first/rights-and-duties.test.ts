import { describe, expect, it } from 'vitest';
import { computeRightsAndDuties } from './rights-and-duties';

describe('computeRightsAndDuties (HF-2.7)', () => {
  it('gives the same number of items in Latvian and English', () => {
    const lv = computeRightsAndDuties({ language: 'lv' });
    const en = computeRightsAndDuties({ language: 'en' });
    for (const key of ['clientRights', 'clientDuties', 'providerRights', 'providerDuties'] as const) {
      expect(lv[key].length).toBe(en[key].length);
      expect(lv[key].length).toBeGreaterThan(3);
    }
  });

  it('keeps the source wording, with the 15-day inspection rule by default', () => {
    const lv = computeRightsAndDuties({ language: 'lv' });
    expect(lv.clientRights).toContain('iepazīties ar informāciju, kuru par pakalpojuma saņēmēju glabā pakalpojuma sniedzējs;');
    expect(lv.providerDuties[0]).toBe('ne retāk kā reizi nedēļā veikt mājas vizīti klienta dzīvesvietā;');
    expect(lv.providerRights[1]).toContain('nav sasniedzams 15 dienas');
  });

  it('words another agreed period with the right Latvian ending', () => {
    expect(computeRightsAndDuties({ language: 'lv', unreachableDaysBeforeInspection: 21 }).providerRights[1]).toContain('21 dienu');
    expect(computeRightsAndDuties({ language: 'lv', unreachableDaysBeforeInspection: 11 }).providerRights[1]).toContain('11 dienas');
    expect(computeRightsAndDuties({ language: 'en', unreachableDaysBeforeInspection: 10 }).providerRights[1]).toContain('for 10 days');
  });

  it('returns fresh arrays each time', () => {
    const a = computeRightsAndDuties({ language: 'lv' });
    a.clientRights.push('x');
    expect(computeRightsAndDuties({ language: 'lv' }).clientRights).not.toContain('x');
  });
});

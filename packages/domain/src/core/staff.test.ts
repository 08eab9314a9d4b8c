import { describe, expect, it } from 'vitest';
import { diffStaffProfiles, isUnchangedProfile, missingDesirableLanguages, saveStaffProfileSchema, sharedLanguages, staffLanguageStanding } from './staff';

describe('HF-2.6 staff languages: Latvian required, Russian and English desirable', () => {
  it('is latvian with Latvian at any level, latvianMissing without it, notRecorded with none', () => {
    expect(staffLanguageStanding([{ language: 'lv' }])).toBe('latvian');
    expect(staffLanguageStanding([{ language: 'ru' }, { language: 'lv' }])).toBe('latvian');
    expect(staffLanguageStanding([{ language: 'ru' }, { language: 'en' }])).toBe('latvianMissing');
    expect(staffLanguageStanding([])).toBe('notRecorded');
  });

  it('names the desirable languages missing', () => {
    expect(missingDesirableLanguages([{ language: 'lv' }])).toEqual(['ru', 'en']);
    expect(missingDesirableLanguages([{ language: 'lv' }, { language: 'en' }, { language: 'ru' }])).toEqual([]);
  });

  it('matches a client to a worker by the languages both speak ("other" matches nothing)', () => {
    expect(sharedLanguages(['ru', 'uk', 'other'], [{ language: 'lv' }, { language: 'ru' }, { language: 'other' }])).toEqual(['ru']);
    expect(sharedLanguages([], [{ language: 'lv' }])).toEqual([]);
  });
});

describe('HF-2.6 the staff profile as saved', () => {
  const profile = { qualifications: [{ kind: 'education', title: 'Sociālā darba maģistrs', issuer: 'LU', obtainedOn: '2015-06-20', validUntil: null }], languages: [{ language: 'lv', level: 'native' }] };
  it('accepts a qualification with dates and a language with a level', () => {
    expect(saveStaffProfileSchema.safeParse(profile).success).toBe(true);
  });
  it('refuses a language given twice, an unknown level and a validity ending before it began', () => {
    expect(saveStaffProfileSchema.safeParse({ ...profile, languages: [{ language: 'lv', level: 'native' }, { language: 'lv', level: 'basic' }] }).success).toBe(false);
    expect(saveStaffProfileSchema.safeParse({ ...profile, languages: [{ language: 'lv', level: 'C1' }] }).success).toBe(false);
    expect(saveStaffProfileSchema.safeParse({ ...profile, qualifications: [{ kind: 'certificate', title: 'Pirmā palīdzība', obtainedOn: '2024-01-10', validUntil: '2023-01-10' }] }).success).toBe(false);
  });
});

describe('HF-2.6 the changes between two versions of a staff profile', () => {
  const q = (title: string, obtainedOn: string | null = null) => ({ kind: 'certificate', title, issuer: null, obtainedOn, validUntil: null });
  it('HF-2.6 the first version adds everything; a language at a new level is changed, not removed and added', () => {
    const first = { qualifications: [q('Pirmā palīdzība', '2025-02-01')], languages: [{ language: 'lv', level: 'native' }, { language: 'ru', level: 'basic' }] };
    expect(diffStaffProfiles(null, first)).toMatchObject({ languagesAdded: first.languages, qualificationsAdded: first.qualifications, languagesRemoved: [], languagesChanged: [] });
    const second = { qualifications: [q('Pirmā palīdzība', '2025-02-02')], languages: [{ language: 'lv', level: 'native' }, { language: 'ru', level: 'advanced' }, { language: 'en', level: 'basic' }] };
    expect(diffStaffProfiles(first, second)).toEqual({
      languagesAdded: [{ language: 'en', level: 'basic' }], languagesRemoved: [], languagesChanged: [{ language: 'ru', from: 'basic', to: 'advanced' }],
      qualificationsAdded: [q('Pirmā palīdzība', '2025-02-02')], qualificationsRemoved: [q('Pirmā palīdzība', '2025-02-01')],
    });
    expect(isUnchangedProfile(diffStaffProfiles(second, { ...second }))).toBe(true);
    expect(diffStaffProfiles(second, { qualifications: [], languages: [] })).toMatchObject({ languagesRemoved: second.languages, qualificationsRemoved: second.qualifications });
  });
});

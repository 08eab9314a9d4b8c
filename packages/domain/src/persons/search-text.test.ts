import { describe, expect, it } from 'vitest';
import { foldForSearch, parseSearchQuery, personSearchKey } from './search-text';

describe('foldForSearch', () => {
  it('removes every Latvian diacritic', () => {
    expect(foldForSearch('ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž')).toBe('acegiklnsuz acegiklnsuz');
  });
  it('makes berzins, Berzinš and Bērziņš the same key', () => {
    expect(new Set(['berzins', 'Berzinš', 'Bērziņš', '  BĒRZIŅŠ '].map(foldForSearch))).toEqual(new Set(['berzins']));
  });
  it('collapses punctuation and spaces between names', () => {
    expect(personSearchKey({ givenNames: 'Anna-Marija ', surnames: 'Kalniņa  Ozola' })).toBe('anna marija kalnina ozola');
  });
});

describe('parseSearchQuery', () => {
  it('recognises a personal code with or without the hyphen', () => {
    expect(parseSearchQuery('140761-19428')).toEqual({ kind: 'personalCode', code: '14076119428' });
    expect(parseSearchQuery('14076119428')).toEqual({ kind: 'personalCode', code: '14076119428' });
  });
  it('recognises a birth date dd.mm.yyyy', () => {
    expect(parseSearchQuery('5.3.1980')).toEqual({ kind: 'birthDate', isoDate: '1980-03-05' });
    expect(parseSearchQuery('31.02.1980')).toBeNull();
  });
  it('treats anything else as a name and ignores one-letter queries', () => {
    expect(parseSearchQuery('Bērziņš')).toEqual({ kind: 'name', folded: 'berzins' });
    expect(parseSearchQuery('B')).toBeNull();
    expect(parseSearchQuery("'; DROP TABLE persons; --")).toEqual({ kind: 'name', folded: 'drop table persons' });
  });
});

import { describe, expect, it } from 'vitest';
import { findMunicipalitiesValidOn, MUNICIPALITIES, PLANNING_REGIONS } from './municipalities';

describe('municipalities (ATVK)', () => {
  it('has 43 municipalities after the 2021 reform: 7 state cities and 36 counties', () => {
    const onReformDay = findMunicipalitiesValidOn('2021-07-01');
    expect(onReformDay).toHaveLength(43);
    expect(onReformDay.filter((m) => m.kind === 'state_city')).toHaveLength(7);
    expect(onReformDay.filter((m) => m.kind === 'county')).toHaveLength(36);
    expect(findMunicipalitiesValidOn('2025-06-30')).toHaveLength(43);
  });

  it('has 42 since 1 July 2025, when Varakļāni county joined Madona county', () => {
    const after = findMunicipalitiesValidOn('2025-07-01');
    expect(after).toHaveLength(42);
    expect(after.some((m) => m.nameLv === 'Varakļānu novads')).toBe(false);
    const varaklani = MUNICIPALITIES.find((m) => m.nameLv === 'Varakļānu novads')!;
    expect(after.find((m) => m.atvk === varaklani.successorAtvk)?.nameLv).toBe('Madonas novads');
  });

  it('has unique 7-digit codes and puts every municipality in one of the five planning regions', () => {
    expect(new Set(MUNICIPALITIES.map((m) => m.atvk)).size).toBe(MUNICIPALITIES.length);
    const regions = new Set(PLANNING_REGIONS.map((r) => r.code));
    expect(regions.size).toBe(5);
    for (const m of MUNICIPALITIES) {
      expect(m.atvk).toMatch(/^\d{7}$/);
      expect(regions.has(m.region)).toBe(true);
    }
  });
});

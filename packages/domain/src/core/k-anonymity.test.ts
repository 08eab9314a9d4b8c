import { describe, expect, it } from 'vitest';
import { ANY_VALUE, anonymise, checkKAnonymity, DEFAULT_K, type GeneralisationStep } from './k-anonymity';

const quasi = ['ageBand', 'municipality'] as const;
const rows = (n: number, ageBand: string, municipality = 'Rīga') => Array.from({ length: n }, () => ({ ageBand, municipality, outcome: 'x' }));

describe('k-anonymity of a research extract (HF-4.4, issue 13)', () => {
  it('k is 5 by default: a class of 5 passes, a class of 4 does not', () => {
    expect(DEFAULT_K).toBe(5);
    expect(checkKAnonymity(rows(5, '35–44'), quasi)).toMatchObject({ kAnonymous: true, smallestClass: 5, classes: 1, classesBelowK: [] });
    const four = checkKAnonymity([...rows(4, '35–44'), ...rows(6, '45–54')], quasi);
    expect(four).toMatchObject({ kAnonymous: false, smallestClass: 4, classes: 2 });
    expect(four.classesBelowK).toEqual([{ values: { ageBand: '35–44', municipality: 'Rīga' }, size: 4 }]);
  });

  it('a missing value is a value of its own; no rows: smallest class 0 and nothing below k', () => {
    expect(checkKAnonymity([{ ageBand: null, municipality: 'Rīga' }, { municipality: 'Rīga' }], quasi, 2).smallestClass).toBe(2);
    expect(checkKAnonymity([], quasi)).toMatchObject({ rows: 0, smallestClass: 0, kAnonymous: true });
  });

  it('generalises in the order given until the classes reach k, and suppresses nothing when that suffices', () => {
    const wider: GeneralisationStep = { column: 'ageBand', name: 'wider', generalise: (v) => (v === '35–44' || v === '45–54' ? '35–54' : v) };
    const none: GeneralisationStep = { column: 'municipality', name: 'any', generalise: () => ANY_VALUE };
    const out = anonymise([...rows(3, '35–44'), ...rows(2, '45–54'), ...rows(5, '55–64')], quasi, [wider, none]);
    expect(out.generalised).toEqual([{ column: 'ageBand', name: 'wider' }]);
    expect(out.suppressedRows).toBe(0);
    expect(out.after).toMatchObject({ kAnonymous: true, smallestClass: 5 });
    expect(out.before).toMatchObject({ smallestClass: 2, classesBelowKSizes: [2, 3] });
    expect(out.rows.map((r) => r.ageBand).sort()).toEqual([...Array(5).fill('35–54'), ...Array(5).fill('55–64')]);
  });

  it('suppresses the rows left below k when they are few enough (at most 5 %), or when no step is left', () => {
    const many = [...rows(40, '35–44'), ...rows(1, '65+')];
    const few = anonymise(many, quasi, [{ column: 'ageBand', name: 'any', generalise: () => ANY_VALUE }]);
    expect(few.generalised).toEqual([]);
    expect(few.suppressedRows).toBe(1);
    expect(few.after).toMatchObject({ rows: 40, kAnonymous: true });
    const tiny = anonymise(rows(4, '35–44'), quasi, []);
    expect(tiny.rows).toEqual([]);
    expect(tiny.suppressedRows).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type CountNode, suppressSmallCells } from './small-cells';

/**
 * Which hidden counts can be worked out from what is shown: every node with its children is an equation
 * parent − Σ children = 0; the shown counts are substituted and the system over the hidden ones is brought
 * to reduced row echelon form. A hidden count is determined exactly when some row has it as its only unknown.
 */
function derivable(root: CountNode, hidden: Set<string>): string[] {
  const unknowns = [...hidden];
  const index = new Map(unknowns.map((id, i) => [id, i]));
  const rows: number[][] = [];
  const visit = (node: CountNode) => {
    if (node.children?.length) {
      const row = new Array<number>(unknowns.length + 1).fill(0);
      const add = (n: CountNode, sign: number) => {
        const i = index.get(n.id);
        if (i === undefined) row[unknowns.length]! -= sign * n.count;
        else row[i]! += sign;
      };
      add(node, 1);
      node.children.forEach((c) => add(c, -1));
      rows.push(row);
      node.children.forEach(visit);
    }
  };
  visit(root);
  let pivotRow = 0;
  for (let col = 0; col < unknowns.length && pivotRow < rows.length; col++) {
    const found = rows.findIndex((r, i) => i >= pivotRow && Math.abs(r[col]!) > 1e-9);
    if (found < 0) continue;
    [rows[pivotRow], rows[found]] = [rows[found]!, rows[pivotRow]!];
    const pivot = rows[pivotRow]!;
    const p = pivot[col]!;
    for (let k = 0; k < pivot.length; k++) pivot[k]! /= p;
    rows.forEach((r, i) => {
      if (i === pivotRow || Math.abs(r[col]!) < 1e-9) return;
      const f = r[col]!;
      for (let k = 0; k < r.length; k++) r[k]! -= f * pivot[k]!;
    });
    pivotRow++;
  }
  return unknowns.filter((_, col) => rows.some((r) => Math.abs(r[col]!) > 1e-9 && r.slice(0, unknowns.length).every((v, k) => k === col || Math.abs(v) < 1e-9)));
}

const sum = (children: CountNode[]) => children.reduce((s, c) => s + c.count, 0);
const node = (id: string, children: CountNode[]): CountNode => ({ id, count: sum(children), children });
const leaf = (id: string, count: number): CountNode => ({ id, count });

describe('small-cell suppression that subtraction cannot undo (GDPR Art. 5(1)(c), issue 11 §4)', () => {
  it('hides a second municipality when a region would otherwise give the small one back', () => {
    const country = node('LV', [node('R1', [leaf('a', 3), leaf('b', 40), leaf('c', 12)]), node('R2', [leaf('d', 50), leaf('e', 60)])]);
    const hidden = suppressSmallCells(country, 5);
    // a (3) is small; c (12), the smallest other, hides with it; the regions and the country stay shown
    expect([...hidden].sort()).toEqual(['a', 'c']);
    expect(derivable(country, hidden)).toEqual([]);
    // hiding the small count alone (as before) gave it back: R1 − b − c = a
    expect(derivable(country, new Set(['a']))).toEqual(['a']);
  });

  it('hides a region’s total when its only other municipality is hidden too, and then a second region', () => {
    const country = node('LV', [node('R1', [leaf('a', 3), leaf('b', 2)]), node('R2', [leaf('d', 50)]), node('R3', [leaf('e', 70)])]);
    const hidden = suppressSmallCells(country, 5);
    // a and b are small; R1 = 5 is not small but equals a + b — still safe, as a and b stay two unknowns
    expect(hidden.has('a') && hidden.has('b')).toBe(true);
    expect(derivable(country, hidden)).toEqual([]);
    const lone = node('LV', [node('R1', [leaf('a', 3)]), node('R2', [leaf('d', 50)]), node('R3', [leaf('e', 70)])]);
    const hiddenLone = suppressSmallCells(lone, 5);
    // a region of one small municipality is itself small; a second region hides with it at the country level
    expect([...hiddenLone].sort()).toEqual(['R1', 'R2', 'a', 'd']);
    expect(derivable(lone, hiddenLone)).toEqual([]);
  });

  it('hides nothing when no count is small, and never a zero for its own sake', () => {
    const country = node('LV', [node('R1', [leaf('a', 0), leaf('b', 40)]), node('R2', [leaf('d', 50)])]);
    expect(suppressSmallCells(country, 5).size).toBe(0);
  });

  it('for any counts: every small count is hidden and no hidden count can be worked out from the shown ones', () => {
    const municipality = (r: number, m: number) => fc.integer({ min: 0, max: 30 }).map((n) => leaf(`m${r}-${m}`, n));
    const region = (r: number) => fc.integer({ min: 1, max: 5 }).chain((size) => fc.tuple(...Array.from({ length: size }, (_, m) => municipality(r, m)))).map((ms) => node(`r${r}`, ms));
    const country = fc.integer({ min: 1, max: 5 }).chain((size) => fc.tuple(...Array.from({ length: size }, (_, r) => region(r)))).map((rs) => node('LV', rs));
    fc.assert(fc.property(country, (tree) => {
      const hidden = suppressSmallCells(tree, 5);
      const all: CountNode[] = [];
      const walk = (n: CountNode) => { all.push(n); n.children?.forEach(walk); };
      walk(tree);
      expect(all.filter((n) => n.count > 0 && n.count < 5).every((n) => hidden.has(n.id))).toBe(true);
      expect(derivable(tree, hidden)).toEqual([]);
    }), { numRuns: 500 });
  });
});

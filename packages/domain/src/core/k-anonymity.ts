/**
 * HF-4.4 research uses pseudonymised data (issue 13): the k-anonymity of an extract over its
 * quasi-identifiers — the columns that, combined, could single a person out (an age band, a gender,
 * a municipality, a start month). Programme-neutral and pure: rows in, a report and the rows to hand out.
 */

/** Every combination of quasi-identifiers is shared by at least this many rows unless the extract says otherwise. */
export const DEFAULT_K = 5;
/** Generalising stops once the rows left in classes below k are at most this share of all rows; those are suppressed. */
export const DEFAULT_MAX_SUPPRESSED_SHARE = 0.05;
/** What a column reads once generalised to nothing: every row alike. */
export const ANY_VALUE = '*';

export type QuasiValue = string | null;
/** A row of an extract: any object; its quasi-identifier columns are read by name. */
export type Row = object;
const valueOf = (row: Row, column: string): QuasiValue => ((row as Record<string, unknown>)[column] ?? null) as QuasiValue;

export interface EquivalenceClass { values: Record<string, QuasiValue>; size: number }

export interface KAnonymityCheck {
  k: number;
  quasiIdentifiers: readonly string[];
  rows: number;
  classes: number;
  /** The size of the smallest class (0 for no rows). */
  smallestClass: number;
  /** The classes with fewer than k rows, smallest first. */
  classesBelowK: EquivalenceClass[];
  kAnonymous: boolean;
}

const keyOf = (row: Row, quasi: readonly string[]) => JSON.stringify(quasi.map((q) => valueOf(row, q)));

/** The rows grouped by their quasi-identifier values. */
export function equivalenceClasses(rows: readonly Row[], quasi: readonly string[]): EquivalenceClass[] {
  const found = new Map<string, EquivalenceClass>();
  for (const row of rows) {
    const key = keyOf(row, quasi);
    const known = found.get(key);
    if (known) known.size += 1;
    else found.set(key, { values: Object.fromEntries(quasi.map((q) => [q, valueOf(row, q)])), size: 1 });
  }
  return [...found.values()];
}

/** Whether every class over `quasi` has at least `k` rows: the smallest class and those below k. */
export function checkKAnonymity(rows: readonly Row[], quasi: readonly string[], k: number = DEFAULT_K): KAnonymityCheck {
  const classes = equivalenceClasses(rows, quasi);
  const below = classes.filter((c) => c.size < k).sort((a, b) => a.size - b.size);
  return {
    k, quasiIdentifiers: quasi, rows: rows.length, classes: classes.length,
    smallestClass: classes.length ? Math.min(...classes.map((c) => c.size)) : 0,
    classesBelowK: below, kAnonymous: below.length === 0,
  };
}

/** One step of generalisation: a column's every value made coarser (a month to its quarter, a band to a wider band). */
export interface GeneralisationStep { column: string; name: string; generalise: (value: QuasiValue) => QuasiValue }

export interface Anonymised<T extends Row> {
  rows: T[];
  /** How it was reached: the steps applied in order, and how many rows were then left out. */
  generalised: Array<{ column: string; name: string }>;
  suppressedRows: number;
  /** Before: only the sizes of the small classes, so that the report never gives back a suppressed row's values. */
  before: Omit<KAnonymityCheck, 'classesBelowK'> & { classesBelowKSizes: number[] };
  after: KAnonymityCheck;
}

/**
 * k-anonymity reached by generalising, then suppressing: the steps are applied in the order given, to every
 * row (full-domain generalisation), while more than `maxSuppressedShare` of the rows sit in classes below
 * k; the rows still in such classes are then left out. With no steps left everything below k is left out.
 */
export function anonymise<T extends Row>(
  rows: readonly T[], quasi: readonly string[], steps: readonly GeneralisationStep[],
  k: number = DEFAULT_K, maxSuppressedShare: number = DEFAULT_MAX_SUPPRESSED_SHARE,
): Anonymised<T> {
  const first = checkKAnonymity(rows, quasi, k);
  const { classesBelowK, ...rest } = first;
  const before = { ...rest, classesBelowKSizes: classesBelowK.map((c) => c.size) };
  const rowsBelow = (check: KAnonymityCheck) => check.classesBelowK.reduce((n, c) => n + c.size, 0);
  let current: T[] = [...rows];
  let check = first;
  const generalised: Anonymised<T>['generalised'] = [];
  for (const step of steps) {
    if (rowsBelow(check) <= maxSuppressedShare * current.length) break;
    current = current.map((row) => ({ ...row, [step.column]: step.generalise(valueOf(row, step.column)) }));
    generalised.push({ column: step.column, name: step.name });
    check = checkKAnonymity(current, quasi, k);
  }
  const small = new Set(check.classesBelowK.map((c) => JSON.stringify(quasi.map((q) => c.values[q] ?? null))));
  const kept = current.filter((row) => !small.has(keyOf(row, quasi)));
  return { rows: kept, generalised, suppressedRows: current.length - kept.length, before, after: checkKAnonymity(kept, quasi, k) };
}

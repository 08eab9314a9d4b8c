import { foldForSearch, formatPersonalCode } from '@socrehab/domain';
import { seededRandom } from '../apps/server/src/modules/demo/latvian-names';

/** What a signed-in bench user can see, read through the app's own search (its own scoping rule). */
export interface Visible {
  id: string;
  givenNames: string;
  surnames: string;
  personalCode: string | null;
  birthDate: string | null;
}

/** Common surnames everybody searches for, in the forms workers type them. */
const COMMON = ['berzins', 'Berzinš', 'BĒRZIŅA', 'kalnins', 'Ozoliņa', 'jansons', 'ivanova', 'liepins', 'Krūmiņš', 'petrovs'];

/** A typo: one letter dropped, doubled or swapped with the next. */
function typo(word: string, r: ReturnType<typeof seededRandom>): string {
  if (word.length < 5) return word;
  const i = r.int(1, word.length - 2);
  const kind = r.int(0, 2);
  if (kind === 0) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 1) return word.slice(0, i) + word[i] + word.slice(i);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

/** Diacritics partly typed, partly not, as on a keyboard without the Latvian layout: `Berzinš`. */
function halfFolded(text: string, r: ReturnType<typeof seededRandom>): string {
  return [...text].map((ch) => (r.next() < 0.5 ? foldForSearch(ch) || ch : ch)).join('');
}

const dmy = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/**
 * The search mix for one user: 45 % names (common surnames, names of persons in scope folded or
 * half-folded, with typos), 30 % personal codes (with and without the hyphen, some unknown), 25 %
 * birth dates (dd.mm.yyyy). Deterministic for a seed.
 */
export function buildSearchQueries(visible: Visible[], seed: number, count = 400): string[] {
  const r = seededRandom(seed);
  const out: string[] = [];
  const withCode = visible.filter((v) => v.personalCode);
  const withDate = visible.filter((v) => v.birthDate);
  while (out.length < count) {
    const x = r.next();
    const v = visible.length ? r.pick(visible) : null;
    if (x < 0.15 || !v) out.push(r.pick(COMMON));
    else if (x < 0.25) out.push(foldForSearch(`${v.givenNames.split(' ')[0]} ${v.surnames}`));
    else if (x < 0.35) out.push(halfFolded(v.surnames, r));
    else if (x < 0.45) out.push(typo(foldForSearch(v.surnames), r));
    else if (x < 0.70 && withCode.length) {
      const code = r.pick(withCode).personalCode!;
      out.push(r.next() < 0.5 ? formatPersonalCode(code) : code);
    } else if (x < 0.75) out.push(`${String(r.int(10, 28))}${String(r.int(10, 12))}${r.int(50, 99)}-1${String(r.int(100, 999))}${r.int(0, 9)}`);
    else if (withDate.length) out.push(dmy(r.pick(withDate).birthDate!));
  }
  return out.map((q) => `/api/persons?q=${encodeURIComponent(q)}`);
}

export function buildPagePaths(visible: Visible[]): string[] {
  return visible.map((v) => `/api/persons/${v.id}`);
}

export const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN);

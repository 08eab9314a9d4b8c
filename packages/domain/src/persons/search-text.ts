/**
 * Text folding for person search: lower case, Latvian diacritics removed, whitespace collapsed,
 * so that `berzins`, `Berzinš` and `Bērziņš` all become `berzins`. The same function builds the
 * stored search key and the query, so both sides always agree.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The stored key a person is found by: given names and surnames, folded. */
export function personSearchKey(person: { givenNames: string; surnames: string }): string {
  return foldForSearch(`${person.givenNames} ${person.surnames}`);
}

export type SearchQuery =
  | { kind: 'personalCode'; code: string }
  | { kind: 'birthDate'; isoDate: string }
  | { kind: 'name'; folded: string };

/**
 * Reads what a worker typed into the search box: a personal code (with or without the hyphen),
 * a birth date as dd.mm.yyyy, or otherwise a name.
 */
export function parseSearchQuery(input: string): SearchQuery | null {
  const text = input.trim();
  const code = /^(\d{6})-?(\d{5})$/.exec(text);
  if (code) return { kind: 'personalCode', code: `${code[1]}${code[2]}` };
  const date = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (date) {
    const [day, month, year] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day) {
      return { kind: 'birthDate', isoDate: d.toISOString().slice(0, 10) };
    }
    return null;
  }
  const folded = foldForSearch(text);
  return folded.length >= 2 ? { kind: 'name', folded } : null;
}

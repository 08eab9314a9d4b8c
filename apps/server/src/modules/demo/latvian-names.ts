import { computeCheckDigit } from '@socrehab/domain';

/** Common Latvian names for the demo world and the national-scale generator. */
export const MALE_GIVEN = ['Jānis', 'Andris', 'Mārtiņš', 'Edgars', 'Kārlis', 'Aivars', 'Pēteris', 'Raimonds', 'Valdis', 'Guntis', 'Ēriks', 'Oskars', 'Roberts', 'Artūrs', 'Juris', 'Uldis', 'Māris', 'Gints', 'Dāvis', 'Reinis'];
export const FEMALE_GIVEN = ['Anna', 'Ilze', 'Inese', 'Līga', 'Kristīne', 'Laura', 'Dace', 'Ieva', 'Zane', 'Sandra', 'Agnese', 'Māra', 'Elīna', 'Marta', 'Ērika', 'Baiba', 'Gunta', 'Sarmīte', 'Anete', 'Rūta'];
/** [male form, female form] */
export const SURNAMES: readonly (readonly [string, string])[] = [
  ['Bērziņš', 'Bērziņa'], ['Kalniņš', 'Kalniņa'], ['Ozoliņš', 'Ozoliņa'], ['Jansons', 'Jansone'], ['Ozols', 'Ozola'],
  ['Liepiņš', 'Liepiņa'], ['Krūmiņš', 'Krūmiņa'], ['Balodis', 'Balode'], ['Eglītis', 'Eglīte'], ['Zariņš', 'Zariņa'],
  ['Pētersons', 'Pētersone'], ['Vītols', 'Vītola'], ['Kļaviņš', 'Kļaviņa'], ['Kārkliņš', 'Kārkliņa'], ['Šmits', 'Šmite'],
  ['Lapiņš', 'Lapiņa'], ['Siliņš', 'Siliņa'], ['Grīnbergs', 'Grīnberga'], ['Āboliņš', 'Āboliņa'], ['Vanags', 'Vanaga'],
  ['Žagars', 'Žagare'], ['Čakste', 'Čakste'], ['Ķēniņš', 'Ķēniņa'], ['Gailis', 'Gaile'], ['Ivanovs', 'Ivanova'],
];

/** A small deterministic PRNG (mulberry32), so demo data is the same on every machine. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

/** A valid old-format personal code for a birth date and serial. */
export function oldPersonalCode(birthDate: string, serial: number): string {
  const [y, m, d] = birthDate.split('-');
  const century = { '18': '0', '19': '1', '20': '2' }[y!.slice(0, 2)]!;
  const first10 = `${d}${m}${y!.slice(2)}${century}${String(serial % 1000).padStart(3, '0')}`;
  return first10 + computeCheckDigit(first10);
}

/** A new-format personal code (32…) with a check digit that passes the old formula. */
export function newPersonalCode(serial: number): string {
  const first10 = `32${String(serial).padStart(8, '0').slice(-8)}`;
  return first10 + computeCheckDigit(first10);
}

import { FEMALE_GIVEN, MALE_GIVEN, SURNAMES } from '../apps/server/src/modules/demo/latvian-names';

/**
 * Name pools for the national-scale generator. The demo lists (latvian-names.ts) are the most frequent
 * names; more Latvian and Russian-Latvian names and surnames built from common roots give the long
 * tail, so that no surname is implausibly frequent: real Latvia's most common surname (Bērziņš/Bērziņa)
 * is ~0.6 % of the population; here it is ~1 %, which makes search a little harder than reality.
 */

const MORE_MALE = ['Aleksandrs', 'Sergejs', 'Vladimirs', 'Dmitrijs', 'Igors', 'Andrejs', 'Nikolajs', 'Aleksejs', 'Mihails', 'Jurijs',
  'Ivars', 'Normunds', 'Agris', 'Arnis', 'Dainis', 'Egils', 'Gatis', 'Ilmārs', 'Kristaps', 'Lauris', 'Matīss', 'Nauris', 'Rihards',
  'Rūdolfs', 'Toms', 'Uģis', 'Vilnis', 'Zigmārs', 'Ģirts', 'Krišjānis', 'Emīls', 'Markuss', 'Gustavs', 'Ričards', 'Aigars', 'Jurģis',
  'Viesturs', 'Hugo', 'Olafs', 'Oļegs'];
const MORE_FEMALE = ['Tatjana', 'Jeļena', 'Olga', 'Natālija', 'Irina', 'Svetlana', 'Ludmila', 'Marina', 'Gaļina', 'Valentīna',
  'Dzintra', 'Vija', 'Ināra', 'Aija', 'Daiga', 'Evija', 'Ilona', 'Jolanta', 'Kristiāna', 'Linda', 'Madara', 'Nora', 'Santa', 'Signe',
  'Una', 'Vineta', 'Zaiga', 'Ance', 'Alise', 'Emīlija', 'Sofija', 'Paula', 'Ņina', 'Žanna', 'Ērika', 'Dārta', 'Ģertrūde', 'Lāsma',
  'Evelīna', 'Katrīna'];

const MORE_SURNAMES: [string, string][] = [
  ['Petrovs', 'Petrova'], ['Smirnovs', 'Smirnova'], ['Kuzņecovs', 'Kuzņecova'], ['Popovs', 'Popova'], ['Vasiļjevs', 'Vasiļjeva'],
  ['Sokolovs', 'Sokolova'], ['Mihailovs', 'Mihailova'], ['Novikovs', 'Novikova'], ['Fjodorovs', 'Fjodorova'], ['Morozovs', 'Morozova'],
  ['Volkovs', 'Volkova'], ['Aleksejevs', 'Aleksejeva'], ['Lebedevs', 'Lebedeva'], ['Semjonovs', 'Semjonova'], ['Jegorovs', 'Jegorova'],
  ['Pavlovs', 'Pavlova'], ['Kozlovs', 'Kozlova'], ['Stepanovs', 'Stepanova'], ['Nikolajevs', 'Nikolajeva'], ['Orlovs', 'Orlova'],
  ['Andrejevs', 'Andrejeva'], ['Makarovs', 'Makarova'], ['Ņikitins', 'Ņikitina'], ['Zaharovs', 'Zaharova'], ['Jakovļevs', 'Jakovļeva'],
  ['Kalējs', 'Kalēja'], ['Mednis', 'Medne'], ['Vilks', 'Vilka'], ['Lācis', 'Lāce'], ['Zvirbulis', 'Zvirbule'], ['Strazdiņš', 'Strazdiņa'],
  ['Cīrulis', 'Cīrule'], ['Dzenis', 'Dzene'], ['Rozenbergs', 'Rozenberga'], ['Freimanis', 'Freimane'], ['Šulcs', 'Šulca'],
  ['Feldmanis', 'Feldmane'], ['Leitis', 'Leite'], ['Skuja', 'Skuja'], ['Putniņš', 'Putniņa'], ['Purmals', 'Purmale'],
  ['Dūmiņš', 'Dūmiņa'], ['Ķirsons', 'Ķirsone'], ['Bušs', 'Buša'], ['Sproģis', 'Sproģe'], ['Zeltiņš', 'Zeltiņa'], ['Rudzītis', 'Rudzīte'],
];

/** Roots of common Latvian surnames (trees, birds, places, trades) for the long tail. */
const ROOTS = ['Bērz', 'Kaln', 'Ozol', 'Liep', 'Krūm', 'Egl', 'Zar', 'Kļav', 'Kārkl', 'Lap', 'Sil', 'Ābol', 'Priež', 'Vītol', 'Apš',
  'Alkšn', 'Lazd', 'Ciedr', 'Pļav', 'Lauk', 'Dārz', 'Strautiņ', 'Upīt', 'Ezer', 'Purv', 'Mež', 'Akmen', 'Smilt', 'Zīl', 'Vārn',
  'Gulb', 'Dzērv', 'Stārķ', 'Pūc', 'Zvaigzn', 'Saul', 'Mēn', 'Vēj', 'Rās', 'Sniedz', 'Zied', 'Ziemel', 'Rudz', 'Miez', 'Aug',
  'Kurzem', 'Vidzem', 'Grāb', 'Kadiķ', 'Pīlād', 'Ievtiņ', 'Dzilnas', 'Jaunzem', 'Vecozol', 'Lielkaln', 'Mazkaln', 'Sprīdž', 'Rub', 'Kron', 'Brīv'];
const SUFFIXES: [string, string][] = [['iņš', 'iņa'], ['ītis', 'īte'], ['s', 'a'], ['ulis', 'ule'], ['nieks', 'niece']];

export interface WeightedPool<T> {
  items: T[];
  weights: number[];
}

/** Zipf-like weights 1/(rank + shift)^s: a few common names and a long tail. */
function zipf<T>(items: T[], shift: number, s: number): WeightedPool<T> {
  return { items, weights: items.map((_, i) => 1 / (i + 1 + shift) ** s) };
}

const uniqueBy = <T>(items: T[], key: (t: T) => string) => [...new Map(items.map((t) => [key(t), t])).values()];

export const MALE_POOL = zipf(uniqueBy([...MALE_GIVEN, ...MORE_MALE], (s) => s), 4, 1);
export const FEMALE_POOL = zipf(uniqueBy([...FEMALE_GIVEN, ...MORE_FEMALE], (s) => s), 4, 1);
export const SURNAME_POOL = zipf(
  uniqueBy([...SURNAMES.map(([m, f]) => [m, f] as [string, string]), ...MORE_SURNAMES, ...ROOTS.flatMap((r) => SUFFIXES.map(([m, f]) => [r + m, r + f] as [string, string]))], ([m]) => m),
  20,
  0.9,
);

/**
 * A lookup table of `size` slots in which each item appears in proportion to its weight: picking a
 * uniformly random slot picks an item with its weight — cheap in SQL (`arr[1 + floor(random() * size)]`).
 */
export function slotsOf<T>(pool: WeightedPool<T>, size = 4000): number[] {
  const total = pool.weights.reduce((a, b) => a + b, 0);
  const slots: number[] = [];
  let acc = 0;
  pool.weights.forEach((w, i) => {
    acc += w;
    while (slots.length < Math.round((acc / total) * size)) slots.push(i + 1);
  });
  return slots;
}

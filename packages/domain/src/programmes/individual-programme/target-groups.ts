/**
 * IP-4 the target groups the Rīga welfare department reports the Individual Programme by (seed 000,
 * the 2020 table).
 */
export const TARGET_GROUPS = [
  'children_with_disabilities', // mostly autism spectrum disorders
  'adults_with_mental_disorders',
  'families_parents_mental_disorders', // families with children whose parents have mental disorders
  'violence_victims',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

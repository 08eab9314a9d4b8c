import type { HousingNeeds } from '@socrehab/domain/programmes/housing-first/index';

/** What the questionnaire answers say for matching (HF-3.1.3 → HF-3.1.5). */
export function housingNeedsOf(answers: Record<string, unknown>): HousingNeeds {
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const bool = (v: unknown) => (typeof v === 'boolean' ? v : null);
  return {
    householdSize: num(answers.householdSize), maxFloorWithoutLift: num(answers.maxFloorWithoutLift),
    needsAccessible: bool(answers.needsAccessible), hasPets: bool(answers.hasPets),
    preferredArea: typeof answers.preferredArea === 'string' ? answers.preferredArea : null,
  };
}

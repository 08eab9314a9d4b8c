import { addMonths } from '../../shared/dates';

/**
 * IP-5 client satisfaction is assessed and documented at least once a year, one month before the
 * client's service agreement expires, and when the client ends the service; the results are analysed
 * per provider. IP-6 the provider assesses its own activity at least once a year.
 */
export const SATISFACTION_OCCASIONS = ['yearly', 'before_agreement_end', 'ending'] as const;
export type SatisfactionOccasion = (typeof SATISFACTION_OCCASIONS)[number];

/** The satisfaction scale: 1 (very dissatisfied) – 5 (very satisfied). */
export const SATISFACTION_SCALE = { min: 1, max: 5 } as const;

export interface SatisfactionSurvey {
  providerId: string;
  occasion: SatisfactionOccasion;
  score: number;
}

export interface ProviderSatisfaction {
  providerId: string;
  surveys: number;
  average: number | null;
  byOccasion: Record<SatisfactionOccasion, number>;
}

/** IP-5 per provider: how many surveys, by occasion, and the average score (two decimals). */
export function computeSatisfactionByProvider(providerIds: readonly string[], surveys: readonly SatisfactionSurvey[]): ProviderSatisfaction[] {
  return providerIds.map((providerId) => {
    const own = surveys.filter((s) => s.providerId === providerId);
    const byOccasion = Object.fromEntries(SATISFACTION_OCCASIONS.map((o) => [o, own.filter((s) => s.occasion === o).length])) as Record<SatisfactionOccasion, number>;
    const average = own.length ? Math.round((own.reduce((s, x) => s + x.score, 0) / own.length) * 100) / 100 : null;
    return { providerId, surveys: own.length, average, byOccasion };
  });
}

/** IP-6 the day the provider's next self-assessment is due: a year after the last (none yet: due from the agreement's start). */
export function computeSelfAssessmentDue(lastOn: string | null, agreementFrom: string): string {
  return lastOn ? addMonths(lastOn, 12) : agreementFrom;
}

/**
 * IP-5 which of the seed's occasions a survey answered: the ending (recorded in the month up to the
 * case's end), the agreement's expiry (from one month before the agreed end), else the yearly one.
 */
export function computeSatisfactionOccasion(recordedOn: string, theCase: { closedOn: string | null; agreementEndsOn: string | null }): SatisfactionOccasion {
  if (theCase.closedOn && recordedOn >= addMonths(theCase.closedOn, -1)) return 'ending';
  if (theCase.agreementEndsOn && recordedOn >= addMonths(theCase.agreementEndsOn, -1)) return 'before_agreement_end';
  return 'yearly';
}

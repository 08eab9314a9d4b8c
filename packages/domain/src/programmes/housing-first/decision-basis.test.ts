import { describe, expect, it } from 'vitest';
import { checkDecisionBasis } from './granting.policies';

/** HF-3.1.2, HF-3.1.4 — a decision rests on the recorded assessment of the criteria. */
describe('checkDecisionBasis', () => {
  const eligible = { outcome: 'eligible', alternativesOffered: [] };
  const notEligible = { outcome: 'not_eligible', alternativesOffered: ['shelter'] };

  it('grants only after an assessment found the person eligible', () => {
    expect(checkDecisionBasis('granted', eligible)).toBeNull();
    expect(checkDecisionBasis('granted', notEligible)).toBe('housing.errors.notAssessedEligible');
    expect(checkDecisionBasis('granted', null)).toBe('housing.errors.notAssessedEligible');
  });

  it('HF-3.1.2 refuses only after an assessment found the person not eligible and recorded the alternatives offered', () => {
    expect(checkDecisionBasis('refused', notEligible)).toBeNull();
    expect(checkDecisionBasis('refused', null)).toBe('housing.errors.refusalNeedsAssessment');
    expect(checkDecisionBasis('refused', eligible)).toBe('housing.errors.refusalNeedsAssessment');
    expect(checkDecisionBasis('refused', { outcome: 'not_eligible', alternativesOffered: [] })).toBe('housing.errors.alternativesRequired');
  });
});

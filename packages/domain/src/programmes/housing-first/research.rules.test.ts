import { describe, expect, it } from 'vitest';
import { anonymise } from '../../core/k-anonymity';
import { ageBandOn, researchAnswer, RESEARCH_GENERALISATIONS, RESEARCH_QUASI_IDENTIFIERS, type ResearchCaseFacts, researchRowOf, wholeMonthsBetween } from './research.rules';

const facts = (over: Partial<ResearchCaseFacts> = {}): ResearchCaseFacts => ({
  caseId: 'c1', pseudonym: 'p-1', birthDate: '1975-03-09', gender: 'female', municipality: 'Liepāja',
  startedOn: '2025-03-17', movedInOn: '2025-04-01', endedOn: null, exitDestination: null, scores: {}, ...over,
});

describe('HF-4.4 the research row: no identifiers, coarsened dates', () => {
  it('the age band is the age at the start, a birthday on the day counting (34 the day before, 35 on it)', () => {
    expect(ageBandOn('1990-03-17', '2025-03-16')).toBe('25–34');
    expect(ageBandOn('1990-03-17', '2025-03-17')).toBe('35–44');
    expect(ageBandOn('1960-01-01', '2025-01-01')).toBe('65+');
    expect(ageBandOn(null, '2025-01-01')).toBeNull();
  });

  it('whole calendar months of stay: 17 March to 16 April is 0, to 17 April is 1', () => {
    expect(wholeMonthsBetween('2025-03-17', '2025-04-16')).toBe(0);
    expect(wholeMonthsBetween('2025-03-17', '2025-04-17')).toBe(1);
    expect(wholeMonthsBetween('2024-11-30', '2026-02-28')).toBe(14);
  });

  it('carries months, bands and outcomes only — never a date of birth or a day', () => {
    const row = researchRowOf(facts({ endedOn: '2026-05-20', exitDestination: 'social_flat', scores: { social_functioning: { first: 12, last: 20 } } }), '2026-11-24');
    expect(row).toEqual({
      pseudonym: 'p-1', ageBand: '45–54', gender: 'female', municipality: 'Liepāja', startMonth: '2025-03', endMonth: '2026-05',
      lengthOfStayMonths: 14, exitDestination: 'social_flat', housedAt6Months: 'yes', housedAt12Months: 'yes',
      social_functioning_first: 12, social_functioning_last: 20,
    });
    expect(JSON.stringify(row)).not.toMatch(/1975|-17|-20|-01"/);
  });

  it('takes the questionnaire’s numbers, yes/no and choices at the start and the exit — the income down to its hundred, never typed text', () => {
    const row = researchRowOf(facts({ questionnaire: { start: { income_eur: 349.99, work: 'none', training: false }, exit: { income_eur: 400, work: 'part_time', police_contacts: 2, note: 'Slepens' } } }), '2026-11-24');
    expect(row).toMatchObject({ q_income_eur_start: 300, q_income_eur_exit: 400, q_work_start: 'none', q_work_exit: 'part_time', q_training_start: 'no', q_police_contacts_exit: 2, q_hospitalisations_exit: null });
    expect(JSON.stringify(row)).not.toContain('Slepens');
    expect(researchAnswer('work', 'Jānis Bērziņš, Slepenā iela 13')).toBeNull();
  });

  it('housed at 6 months: unknown before the mark (HF-4.2 B), no after a street exit before it', () => {
    expect(researchRowOf(facts(), '2025-09-30').housedAt6Months).toBeNull();
    expect(researchRowOf(facts(), '2025-10-01').housedAt6Months).toBe('yes');
    expect(researchRowOf(facts({ endedOn: '2025-08-01', exitDestination: 'street' }), '2026-01-01')).toMatchObject({ housedAt6Months: 'no', exitDestination: 'street' });
  });

  it('a class of 4 start months is coarsened to the quarter to reach 5', () => {
    const rows = [
      ...Array.from({ length: 4 }, (_, i) => researchRowOf(facts({ pseudonym: `a${i}`, startedOn: '2025-01-10' }), '2026-01-01')),
      researchRowOf(facts({ pseudonym: 'b', startedOn: '2025-02-10' }), '2026-01-01'),
    ];
    const out = anonymise(rows, RESEARCH_QUASI_IDENTIFIERS, RESEARCH_GENERALISATIONS);
    expect(out.before.smallestClass).toBe(1);
    expect(out.generalised.map((g) => g.name)).toEqual(['start_quarter']);
    expect(out.rows.map((r) => r.startMonth)).toEqual(Array(5).fill('2025-Q1'));
    expect(out.after).toMatchObject({ kAnonymous: true, smallestClass: 5 });
  });
});

import type { EvaluationInstrument } from '../programme';

/**
 * Family support's evaluation instruments on the core's schedule (where seed 003 is silent, what a
 * family's worker and the funder would expect): the family's wellbeing assessed within the first month,
 * every six months and at the ending; the family's feedback on the support at the ending.
 */
export const FS_EVALUATION_INSTRUMENTS = [
  {
    code: 'family_wellbeing', subject: 'case', when: [{ at: 'start', withinMonths: 1 }, { at: 'every', months: 6 }, { at: 'ending' }],
    names: { lv: 'Ģimenes labklājības novērtējums', en: 'Family wellbeing assessment' }, score: { min: 1, max: 5, required: true },
  },
  {
    code: 'family_feedback', subject: 'case', when: [{ at: 'ending' }],
    names: { lv: 'Ģimenes atsauksme par atbalstu', en: 'The family’s feedback on the support' }, score: { min: 1, max: 5, required: true },
  },
] as const satisfies readonly EvaluationInstrument[];

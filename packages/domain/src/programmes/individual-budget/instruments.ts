import type { EvaluationInstrument } from '../programme';

/** The codes of the programme's instruments on the core's evaluation schedule. */
export const IB_ASSESSMENT = 'ib_needs_assessment';
export const IB_PILOT_END_MEETING = 'ib_pilot_end_meeting';

/**
 * IB-2 the multi-professional needs assessment: at the start and again 6 calendar months after the last
 * one (recorded with the assessment itself, `POST …/assessments`); IB-6 the end-of-pilot evaluation
 * meeting with the family and its feedback, due when the case ends.
 */
export const IB_EVALUATION_INSTRUMENTS = [
  { code: IB_ASSESSMENT, subject: 'case', names: { lv: 'Multiprofesionāls vajadzību izvērtējums', en: 'Multi-professional needs assessment' }, when: [{ at: 'start' }, { at: 'every', months: 6 }] },
  {
    code: IB_PILOT_END_MEETING, subject: 'case', names: { lv: 'Noslēguma izvērtēšanas tikšanās ar ģimeni', en: 'End-of-pilot evaluation meeting with the family' },
    when: [{ at: 'ending' }],
    intro: { lv: 'Pārrunājiet ar ģimeni (vai personu) ieguvumus, grūtības un ieteikumus turpmākai individuālā budžeta izmantošanai.', en: 'Talk with the family (or the person) about the benefits, the difficulties and their suggestions for using the individual budget in future.' },
    questions: [
      { code: 'benefits', type: 'text', maxLength: 1000, required: true, names: { lv: 'Ieguvumi ģimenei un personai', en: 'Benefits for the family and the person' } },
      { code: 'difficulties', type: 'text', maxLength: 1000, names: { lv: 'Grūtības plāna īstenošanā', en: 'Difficulties in carrying out the plan' } },
      { code: 'suggestions', type: 'text', maxLength: 1000, names: { lv: 'Ieteikumi modeļa izmantošanai nākotnē', en: 'Suggestions for using the model in future' } },
      { code: 'would_continue', type: 'yes_no', required: true, names: { lv: 'Ģimene vēlētos turpināt pēc individuālā budžeta modeļa', en: 'The family would like to continue with the individual budget' } },
    ],
  },
] as const satisfies readonly EvaluationInstrument[];

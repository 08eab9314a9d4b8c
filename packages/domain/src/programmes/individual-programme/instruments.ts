import type { EvaluationInstrument } from '../programme';

/** The Individual Programme's evaluation instruments on the core's schedule (IP-5 about a case, IP-6 about the provider). */
export const IP_EVALUATION_INSTRUMENTS = [
  // IP-5 at least once a year, one month before the service agreement expires, and when the client ends the service
  { code: 'client_satisfaction', subject: 'case', when: [{ at: 'every', months: 12 }, { at: 'before_agreed_end', months: 1 }, { at: 'ending' }], score: { min: 1, max: 5, required: true } },
  // IP-6 the provider assesses its own activity at least once a year
  { code: 'provider_self_assessment', subject: 'provider', when: [{ at: 'every', months: 12 }], score: { min: 1, max: 5 } },
] as const satisfies readonly EvaluationInstrument[];

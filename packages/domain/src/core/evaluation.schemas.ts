import { z } from 'zod';
import { freeText, isoDate, optionalText } from '../shared/validation';

/** One answer of an instrument: a choice's code, a number on its scale, a yes/no, or a short text. */
const answer = z.union([freeText(2000), z.number({ error: 'validation.invalidType' }).finite(), z.boolean()]);

/**
 * An evaluation instrument completed on a day (HF-4.3, IP-5, IP-6): its answers, a score, or both. The
 * instrument is one the programme declares for the subject (a case, or the provider itself).
 */
export const recordEvaluationSchema = z.object({
  instrument: z.string().regex(/^[a-z][a-z0-9_]{0,59}$/, { error: 'validation.invalidOption' }),
  recordedOn: isoDate,
  score: z.number({ error: 'validation.invalidType' }).min(0, { error: 'validation.invalid' }).max(99999, { error: 'validation.invalid' }).optional(),
  answers: z.record(z.string().regex(/^[A-Za-z0-9_]{1,60}$/, { error: 'validation.invalid' }), answer)
    .refine((a) => Object.keys(a).length <= 200, { error: 'validation.invalid' })
    .default({}),
  note: optionalText(4000),
}).strict();
export type RecordEvaluation = z.infer<typeof recordEvaluationSchema>;

import { z } from 'zod';

/**
 * What a programme's application forms are made of, as data the database keeps (the core's applications):
 * a municipality's eligibility criteria, one text each, and a questionnaire's fields (HF-1.4, HF-3.1.3).
 */

/** One eligibility criterion as a municipality words it. */
export interface CriterionText {
  key: string;
  textLv: string;
  textEn: string;
}

/** A questionnaire field defined as data, so a municipality can adjust the form (HF-3.1.3). */
export const questionnaireFieldSchema = z.object({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,40}$/),
  type: z.enum(['number', 'boolean', 'text']),
  labelLv: z.string().min(1).max(200),
  labelEn: z.string().min(1).max(200),
  required: z.boolean().default(false),
}).strict();
export type QuestionnaireField = z.infer<typeof questionnaireFieldSchema>;

import { z } from 'zod';

const positiveInt = z.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).positive({ error: 'validation.invalid' });
const positiveNumber = z.number({ error: 'validation.invalidType' }).positive({ error: 'validation.invalid' });

/**
 * Housing First's settings: the volumes and limits every rule reads (HF-2.2, HF-2.4, HF-3.1.4, HF-3.1.5).
 * Settings are data with an effective date; nothing here is a constant in a rule.
 */
export const programmeSettingsSchema = z.object({
  /** HF-2.2 length of one engagement (months). */
  engagementMonths: positiveInt,
  /** HF-2.2 minimum participation (months). */
  minimumParticipationMonths: positiveInt,
  /** HF-2.2 contact hours with the provider's experts per engagement. */
  contactHoursPerEngagement: positiveNumber,
  /** HF-2.2 contact hours per day, above which a written justification is needed. */
  contactHoursPerDay: positiveNumber,
  /** Contact hours recorded in steps of this many minutes (15: quarter hours); absent: any hundredth of an hour (issue 11 §2). */
  contactMinutesStep: positiveInt.max(60, { error: 'validation.invalid' }).optional(),
  /** HF-3.2.1 home visits per week at least. */
  visitsPerWeek: positiveInt,
  /** HF-2.4 caseload caps. */
  caseloadSocialWorker: positiveInt,
  caseloadMentor: positiveInt,
  caseloadSocialWorkerAlone: positiveInt,
  /** HF-2.2 places in the programme. */
  capacity: positiveInt,
  /** HF-3.1.4 days from the application to the decision. */
  decisionDeadlineDays: positiveInt,
  /** HF-3.1.5 dwellings offered to one person at most. */
  maxDwellingsOffered: positiveInt,
}).strict();
export type ProgrammeSettings = z.infer<typeof programmeSettingsSchema>;

/** The Housing First pilot's figures (seed 004, sections 2.2, 2.4 and 3.1). */
export const HOUSING_FIRST_PILOT_SETTINGS: ProgrammeSettings = {
  engagementMonths: 12,
  minimumParticipationMonths: 6,
  contactHoursPerEngagement: 300,
  contactHoursPerDay: 3,
  visitsPerWeek: 1,
  caseloadSocialWorker: 10,
  caseloadMentor: 7,
  caseloadSocialWorkerAlone: 7,
  capacity: 100,
  decisionDeadlineDays: 30,
  maxDwellingsOffered: 3,
};

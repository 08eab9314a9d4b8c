import { z } from 'zod';
import { freeText, isoDate, optionalText, uuid } from '../../shared/validation';
import { ASSESSMENT_PROFESSIONS, FAMILY_RANKERS, IB_ENDING_REASONS, IB_SERVICES, PILOTS } from './catalogue';

/**
 * The Individual Budget programme's API bodies and queries (`/api/individual-budget/...`), shared by the
 * server and the web forms. Money in euro cents (integers); months `yyyy-mm`; days `yyyy-mm-dd`.
 */
export const ibMonth = z.string({ error: 'validation.invalidType' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'ib.validation.month' });
const cents = z.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).min(0, { error: 'validation.invalid' }).max(100_000_000, { error: 'validation.invalid' });
const volume = z.number({ error: 'validation.invalidType' }).min(0, { error: 'validation.invalid' }).max(1_000, { error: 'validation.invalid' })
  .refine((n) => Math.round(n * 100) === n * 100, { error: 'validation.invalid' });
const atvk = z.string({ error: 'validation.invalidType' }).regex(/^\d{7}$/, { error: 'validation.invalid' });
const service = z.enum(IB_SERVICES, { error: 'validation.invalidOption' });
const required = (max: number) => freeText(max).pipe(z.string().min(1, { error: 'validation.required' }));

/** IB-1 opening a case (the referral accepted): the person, their pilot, who shares responsibility for the plan, the case manager. */
export const openIbCaseSchema = z.object({
  personId: uuid,
  municipalityAtvk: atvk,
  pilot: z.enum(PILOTS, { error: 'validation.invalidOption' }),
  referredOn: isoDate,
  openedOn: isoDate,
  /** Who shares responsibility for the plan beside the social worker: the parents (a child), the person, or their guardian. */
  representative: z.enum(FAMILY_RANKERS, { error: 'validation.invalidOption' }),
  representativeName: optionalText(200),
  caseManagerUserId: uuid,
}).strict();
export type OpenIbCaseInput = z.infer<typeof openIbCaseSchema>;

export const endIbCaseSchema = z.object({
  endedOn: isoDate,
  reason: z.enum(IB_ENDING_REASONS, { error: 'validation.invalidOption' }),
  note: optionalText(2000),
}).strict();

/** IB-1, IB-2 an assessment by the multi-professional team: its members, shared goals, both rankings and the indicative budget of the period it opens. */
export const recordAssessmentSchema = z.object({
  assessedOn: isoDate,
  team: z.array(z.enum(ASSESSMENT_PROFESSIONS, { error: 'validation.invalidOption' })).min(2, { error: 'ib.errors.teamTooSmall' }).max(ASSESSMENT_PROFESSIONS.length, { error: 'validation.invalid' }),
  goals: z.array(required(500)).min(1, { error: 'validation.required' }).max(10, { error: 'validation.invalid' }),
  teamRanking: z.array(z.object({ service, rank: z.number().int().min(1).max(30), perMonth: volume.refine((n) => n > 0, { error: 'validation.invalid' }) }).strict())
    .min(1, { error: 'validation.required' }).max(IB_SERVICES.length, { error: 'validation.invalid' }),
  familyRanking: z.array(z.object({ service, rank: z.number().int().min(1).max(30) }).strict()).max(IB_SERVICES.length, { error: 'validation.invalid' }),
  rankedBy: z.enum(FAMILY_RANKERS, { error: 'validation.invalidOption' }),
  budgetCents: cents.refine((n) => n > 0, { error: 'validation.invalid' }),
}).strict();
export type RecordAssessmentInput = z.infer<typeof recordAssessmentSchema>;

/** IB-3 a new version of the support plan, made against the version the form was filled from (another save meanwhile: 409). */
export const savePlanVersionSchema = z.object({
  expectedVersion: z.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).min(0, { error: 'validation.invalid' }),
  validFrom: isoDate,
  reason: required(1000),
  lines: z.array(z.object({
    service,
    providerName: required(200),
    perMonth: volume.refine((n) => n > 0, { error: 'validation.invalid' }),
    schedule: required(300),
  }).strict()).min(1, { error: 'validation.required' }).max(IB_SERVICES.length, { error: 'validation.invalid' }),
  /** The person (or guardian, or parents) agreed the plan and received it: co-responsible for carrying it out. */
  agreedBy: z.enum(FAMILY_RANKERS, { error: 'validation.invalidOption' }),
  agreedOn: isoDate,
}).strict();
export type SavePlanVersionInput = z.infer<typeof savePlanVersionSchema>;

/** IB-4 a month's delivered volume and spending on a service (a second record of the month corrects it); spending defaults to the volume at the plan's unit price. */
export const recordDeliverySchema = z.object({
  service,
  month: ibMonth,
  delivered: volume,
  spentCents: cents.nullish().transform((v) => v ?? null),
  note: optionalText(1000),
}).strict();

/** IB-4 the family reports a difficulty in carrying out the plan. */
export const reportDifficultySchema = z.object({
  reportedOn: isoDate,
  service: service.nullish().transform((v) => v ?? null),
  description: required(2000),
}).strict();

export const INTERRUPTION_REASONS = ['emergency_situation', 'provider_unavailable', 'specialist_shortage', 'person_health', 'family_reasons', 'other'] as const;
/** IB-5 a service interrupted from a day (to a day, once it resumes), with its reason. */
export const recordInterruptionSchema = z.object({
  service,
  from: isoDate,
  to: isoDate.nullish().transform((v) => v ?? null),
  reason: z.enum(INTERRUPTION_REASONS, { error: 'validation.invalidOption' }),
  note: optionalText(1000),
}).strict();
export const resumeInterruptionSchema = z.object({ to: isoDate }).strict();

/** IB-3, IB-5 a municipality's catalogue entry: the unit price, the provider, the distance to the nearest one, a shortage of providers or specialists. */
export const catalogueEntrySchema = z.object({
  municipalityAtvk: atvk,
  service,
  unitPriceCents: cents.refine((n) => n > 0, { error: 'validation.invalid' }),
  providerName: optionalText(200),
  nearestKm: z.number({ error: 'validation.invalidType' }).min(0, { error: 'validation.invalid' }).max(1000, { error: 'validation.invalid' }),
  shortage: z.boolean({ error: 'validation.invalidType' }),
  note: optionalText(500),
}).strict();

export const catalogueQuery = z.object({ municipalityAtvk: atvk.optional() });
export const ledgerQuery = z.object({ period: z.coerce.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).min(1, { error: 'validation.invalid' }).optional() });
export const reportQuery = z.object({
  from: ibMonth.optional(),
  to: ibMonth.optional(),
  lang: z.enum(['lv', 'en']).optional(),
});

/** IB-6 the end-of-pilot meeting with the family: its day and the family's feedback (the instrument's questions). */
export const recordMeetingSchema = z.object({
  recordedOn: isoDate,
  answers: z.record(z.string(), z.union([z.string().max(1000, { error: 'validation.tooLong' }), z.boolean()])),
  note: optionalText(2000),
}).strict();

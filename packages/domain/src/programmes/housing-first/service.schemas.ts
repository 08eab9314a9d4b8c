import { z } from 'zod';
import { freeText, isoDate, optionalText, uuid } from '../../shared/validation';
import { CONTACT_KINDS, CONTACT_MODES, isStorableHours } from './contact-hours.rules';
import { LIFE_DOMAINS } from './support-team.rules';
import { VISIT_OUTCOMES } from './visit-escalation.rules';

/** zod schemas of receiving the Housing First service (HF-2.2, HF-3.2), for the API and the web forms. */

const option = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'validation.invalidOption' });
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.invalid' });
/** Hours as stored, in hundredths; a step (e.g. quarter hours) only when the programme's settings ask for it (issue 11 §2). */
const contactHours = (min: number) =>
  z.number({ error: 'validation.invalidType' }).min(min, { error: 'housing.errors.hoursRange' }).max(24, { error: 'housing.errors.hoursRange' })
    .refine((h) => h === 0 || isStorableHours(h), { error: 'housing.errors.hoursPrecision' });

export const setVisitSlotSchema = z.object({ weekday: z.number().int().min(1).max(7), atTime: clock, fromDate: isoDate }).strict();

/** HF-3.2.1 the person's state as the visit found it. */
export const PERSON_STATE_FIELDS = ['psychoEmotional', 'complaints', 'health', 'worries', 'wishes', 'expectations'] as const;

export const recordVisitSchema = z.object({
  visitedOn: isoDate,
  atTime: clock.nullish(),
  workerIds: z.array(uuid).min(1, { error: 'validation.required' }).max(6),
  place: freeText(200).min(1, { error: 'validation.required' }),
  outcome: option(VISIT_OUTCOMES),
  healthRisk: z.boolean().default(false),
  dwellingCondition: optionalText(2000),
  technicalFaults: optionalText(2000),
  personState: z.object({
    ...Object.fromEntries(PERSON_STATE_FIELDS.map((f) => [f, optionalText(2000)])) as Record<(typeof PERSON_STATE_FIELDS)[number], ReturnType<typeof optionalText>>,
    needsMedicalHelp: z.boolean().nullish(),
  }).strict().default({ psychoEmotional: null, complaints: null, health: null, worries: null, wishes: null, expectations: null }),
  /** Contact hours of the visit (0 when nobody was met). */
  hours: contactHours(0),
  lifeDomains: z.array(option(LIFE_DOMAINS)).max(LIFE_DOMAINS.length).default([]),
  /** HF-2.2 more than 3 hours that day needs a social worker's or mentor's written justification. */
  justification: optionalText(1000),
}).strict();

export const recordContactSchema = z.object({
  contactOn: isoDate,
  kind: option(CONTACT_KINDS),
  mode: option(CONTACT_MODES),
  hours: contactHours(0.01),
  lifeDomains: z.array(option(LIFE_DOMAINS)).max(LIFE_DOMAINS.length).default([]),
  reachedPerson: z.boolean().default(true),
  justification: optionalText(1000),
  notes: optionalText(4000),
}).strict();

export const recordExtensionSchema = z.object({ recordedOn: isoDate, reason: freeText(1000).min(1, { error: 'validation.required' }) }).strict();

/** HF-2.7, HF-3.2.2 the inspection period agreed with the person: 15 days, or another period (1–92 days). */
export const setInspectionPeriodSchema = z.object({
  inspectionAfterDays: z.number({ error: 'housing.errors.inspectionPeriodRange' }).int({ error: 'housing.errors.inspectionPeriodRange' })
    .min(1, { error: 'housing.errors.inspectionPeriodRange' }).max(92, { error: 'housing.errors.inspectionPeriodRange' }),
  version: z.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }),
}).strict();

export const SUPPORT_OFFERS = ['initial_plan', 'wrap', 'psychologist', 'narcologist', 'psychiatrist', 'lawyer', 'career_consultant', 'medical_specialist', 'support_group'] as const;
export const recordSupportOfferSchema = z.object({
  offered: option(SUPPORT_OFFERS),
  offeredOn: isoDate,
  answer: option(['accepted', 'declined', 'later'] as const),
  /** HF-3.2.3 the person was told that using it is no condition for keeping the home. */
  toldNotACondition: z.literal(true, { error: 'housing.errors.mustTellNotACondition' }),
  note: optionalText(1000),
}).strict();

export const planReviewSchema = z.object({ reviewedOn: isoDate, note: freeText(4000).min(1, { error: 'validation.required' }) }).strict();

export const planGoalSchema = z.object({
  domain: option(LIFE_DOMAINS),
  term: option(['long', 'short'] as const),
  goal: freeText(1000).min(1, { error: 'validation.required' }),
  problem: optionalText(1000),
  tasks: optionalText(2000),
  deadline: isoDate.nullish(),
  responsibleUserId: uuid.nullish(),
  status: option(['planned', 'in_progress', 'done', 'dropped'] as const),
  reviewOn: isoDate.nullish(),
  result: optionalText(2000),
}).strict();
/** HF-3.4.4 a new version of the plan; `basedOnVersion` is the version the worker started from (0: none yet), so a version saved meanwhile is a 409, not silently replaced. */
export const savePlanSchema = z.object({
  basedOnVersion: z.number({ error: 'validation.invalidType' }).int().min(0),
  startedOn: isoDate,
  goals: z.array(planGoalSchema).min(1, { error: 'validation.required' }).max(50),
}).strict();

export const functioningAssessmentSchema = z.object({
  assessedOn: isoDate,
  summary: freeText(4000).min(1, { error: 'validation.required' }),
  domainNeeds: z.record(option(LIFE_DOMAINS), option(['none', 'some', 'intensive'] as const)),
}).strict();

/** HF-3.2.7 the person's right to another worker or mentor: the service never pauses for it. */
export const changeWorkerSchema = z.object({
  toUserId: uuid,
  fromDate: isoDate,
  reason: freeText(1000).min(1, { error: 'validation.required' }),
  overrideReason: optionalText(1000),
}).strict();

/** HF-3.2.6 damage and lease breaches are recorded — and are not reasons to end the service. */
export const recordIncidentSchema = z.object({
  kind: option(['dwelling_damage', 'lease_breach', 'other'] as const),
  occurredOn: isoDate,
  description: freeText(2000).min(1, { error: 'validation.required' }),
  actionTaken: optionalText(2000),
}).strict();

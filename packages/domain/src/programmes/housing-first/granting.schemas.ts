import { z } from 'zod';
import { freeText, isoDate, optionalText, uuid } from '../../shared/validation';
import { ALTERNATIVE_SERVICES, CRITERION_FINDINGS } from './eligibility-criteria';
import { PRIORITY_FACTORS } from './waiting-list.rules';
import { DOMAIN_NEEDS, LIFE_DOMAINS, SUPPORT_NEED_LEVELS } from './support-team.rules';

/** zod schemas of the Housing First granting steps (HF-3.1), used by the API and the web forms alike. */

const option = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'validation.invalidOption' });
const atvk = z.string({ error: 'validation.invalidType' }).regex(/^\d{7}$/, { error: 'validation.invalidOption' });
const euros = z.number({ error: 'validation.invalidType' }).min(0, { error: 'validation.invalid' }).max(100_000, { error: 'validation.tooLong' });
const smallInt = (min: number, max: number) =>
  z.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).min(min, { error: 'validation.invalid' }).max(max, { error: 'validation.invalid' });

/** HF-3.1.1 how the person came: outreach against the criteria, or on their own initiative. */
export const CONTACT_SOURCES = ['outreach', 'self_referral', 'night_shelter', 'other_institution'] as const;

export const recordFirstContactSchema = z.object({
  personId: uuid,
  municipalityAtvk: atvk,
  contactedOn: isoDate,
  source: option(CONTACT_SOURCES),
  note: optionalText(2000),
}).strict();

export { questionnaireFieldSchema, type QuestionnaireField } from '../../core/application-forms';
import { questionnaireFieldSchema, type QuestionnaireField } from '../../core/application-forms';

/** The short housing-needs questionnaire as shipped; the keys are the ones matching understands. */
export const DEFAULT_HOUSING_QUESTIONNAIRE: QuestionnaireField[] = [
  { key: 'householdSize', type: 'number', labelLv: 'Cik cilvēku dzīvos mājoklī', labelEn: 'How many people will live in the dwelling', required: true },
  { key: 'preferredArea', type: 'text', labelLv: 'Vēlamā apkaime vai vieta', labelEn: 'Preferred area or place', required: false },
  { key: 'maxFloorWithoutLift', type: 'number', labelLv: 'Augstākais stāvs, kurā var uzkāpt bez lifta', labelEn: 'Highest floor reachable without a lift', required: false },
  { key: 'needsAccessible', type: 'boolean', labelLv: 'Vajadzīgs vides pieejams mājoklis', labelEn: 'Needs an accessible dwelling', required: false },
  { key: 'hasPets', type: 'boolean', labelLv: 'Ir mājdzīvnieki', labelEn: 'Has pets', required: false },
  { key: 'otherNeeds', type: 'text', labelLv: 'Citas vajadzības saistībā ar mājokli', labelEn: 'Other housing needs', required: false },
];

export const questionnaireAnswersSchema = z.record(
  z.string().max(41),
  z.union([z.number().finite(), z.boolean(), freeText(1000), z.null()]),
);

/**
 * Checks answers against the form: known keys only, the right type, required ones present.
 * Returns field errors keyed `questionnaire.<key>` (i18n keys), empty when valid.
 */
export function validateQuestionnaireAnswers(form: readonly QuestionnaireField[], answers: Record<string, unknown>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const key of Object.keys(answers)) {
    if (!form.some((f) => f.key === key)) errors[`questionnaire.${key}`] = 'validation.unknownField';
  }
  for (const field of form) {
    const value = answers[field.key];
    if (value === undefined || value === null || value === '') {
      if (field.required) errors[`questionnaire.${field.key}`] = 'validation.required';
      continue;
    }
    if (typeof value !== (field.type === 'text' ? 'string' : field.type)) errors[`questionnaire.${field.key}`] = 'validation.invalidType';
    else if (field.type === 'number' && (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 100)) {
      errors[`questionnaire.${field.key}`] = 'validation.invalid';
    }
  }
  return errors;
}

export const submitApplicationSchema = z.object({
  personId: uuid,
  municipalityAtvk: atvk,
  submittedOn: isoDate,
  firstContactId: uuid.nullish(),
  answers: questionnaireAnswersSchema,
}).strict();

export const eligibilityAssessmentSchema = z.object({
  assessedOn: isoDate,
  findings: z.array(z.object({ key: z.string().max(40), finding: option(CRITERION_FINDINGS), note: optionalText(1000) }).strict()).max(50),
  priorityFactors: z.array(option(PRIORITY_FACTORS)).max(PRIORITY_FACTORS.length),
  outcome: option(['eligible', 'not_eligible'] as const),
  reason: freeText(2000).min(1, { error: 'validation.required' }),
  /** HF-3.1.2 when not eligible: which other services were offered. */
  alternativesOffered: z.array(option(ALTERNATIVE_SERVICES)).max(ALTERNATIVE_SERVICES.length).default([]),
}).strict();

export const decideApplicationSchema = z.object({
  version: z.number().int(),
  decidedOn: isoDate,
  decision: option(['granted', 'refused'] as const),
  reason: freeText(2000).min(1, { error: 'validation.required' }),
}).strict();

export const removeFromWaitingListSchema = z.object({
  removedOn: isoDate,
  reason: freeText(1000).min(1, { error: 'validation.required' }),
}).strict();

/** The housing stock's fields are the core's (issue 12: the case-history format shares the `dwelling` record); re-exported for Housing First's forms. */
export { AMENITIES, DWELLING_SOURCES, DWELLING_STATUSES, dwellingFieldsSchema, type DwellingFields, updateDwellingSchema } from '../../core/dwelling.schemas';

export const offerDwellingSchema = z.object({ dwellingId: uuid, offeredOn: isoDate }).strict();
export const answerOfferSchema = z.object({
  answer: option(['chosen', 'refused'] as const),
  answeredOn: isoDate,
  note: optionalText(1000),
}).strict();

export const openCaseSchema = z.object({
  applicationId: uuid,
  openedOn: isoDate,
  /** The social worker who leads the case (HF-2.4); joins the team. */
  caseManagerUserId: uuid,
  /** HF-2.4 a manager's written reason when the case manager is over a caseload cap. */
  overrideReason: optionalText(1000),
}).strict();

/** HF-3.1.6 documents the provider asks for; identity first, the others per programme. */
export const DOCUMENT_KINDS = ['identity_document', 'income_statement', 'disability_certificate', 'other'] as const;
export const markDocumentSchema = z.object({
  kind: option(DOCUMENT_KINDS),
  status: option(['received', 'waived'] as const),
  on: isoDate,
  note: optionalText(500),
}).strict();

/** HF-3.1.7.1–2 and HF-4.4: the steps before the case is served, each with its date. */
export const recordAgreementsSchema = z.object({
  version: z.number().int(),
  dataProcessingInformedOn: isoDate.nullish(),
  serviceRulesInformedOn: isoDate.nullish(),
  contractSignedOn: isoDate.nullish(),
}).strict();
export const giveConsentSchema = z.object({ consentTextVersion: z.number().int().positive(), givenOn: isoDate }).strict();
export const withdrawConsentSchema = z.object({ withdrawnOn: isoDate }).strict();

export const URGENT_MATTERS = ['food_package', 'low_income_status', 'phone'] as const;
export const URGENT_STATUSES = ['not_needed', 'needed', 'in_progress', 'resolved'] as const;

/** HF-3.1.7.5 the initial assessment before moving in. */
export const initialAssessmentSchema = z.object({
  assessedOn: isoDate,
  urgentMatters: z.object(Object.fromEntries(URGENT_MATTERS.map((m) => [m, option(URGENT_STATUSES)])) as Record<(typeof URGENT_MATTERS)[number], z.ZodEnum<{ [K in (typeof URGENT_STATUSES)[number]]: K }>>).strict(),
  goalsAndWishes: freeText(4000),
  socialSituation: freeText(4000),
  resources: freeText(4000),
  furniture: freeText(2000),
  threats: freeText(2000),
  functioning: freeText(4000),
  domainNeeds: z.object(Object.fromEntries(LIFE_DOMAINS.map((d) => [d, option(DOMAIN_NEEDS)])) as Record<(typeof LIFE_DOMAINS)[number], z.ZodEnum<{ [K in (typeof DOMAIN_NEEDS)[number]]: K }>>).strict(),
  supportNeedLevel: option(SUPPORT_NEED_LEVELS),
  moveInPlan: freeText(4000),
}).strict();

export const assignTeamMemberSchema = z.object({
  userId: uuid,
  teamRole: option(['social_worker', 'social_mentor', 'specialist', 'municipal_social_worker'] as const),
  fromDate: isoDate,
  /** HF-2.4 a manager may go over a caseload cap with a written reason. */
  overrideReason: optionalText(1000),
}).strict();

export const KEY_HOLDERS = ['person', 'team', 'owner'] as const;

/** HF-3.1.8–3.1.10 moving in, the handover act and the keys register; the lease and co-payment. */
export const recordMoveInSchema = z.object({
  movedInOn: isoDate,
  /** A case imported without a move-in (its dwelling's records are not in the format) names the dwelling the person lives in; otherwise the dwelling chosen from the offers. */
  dwellingId: uuid.nullish(),
  accompaniedBy: freeText(300),
  crisisAgreement: freeText(2000),
  spareKeyUseAllowed: z.boolean(),
  equipmentExplained: z.boolean(),
  nothingEssentialMissing: z.boolean(),
  handoverItems: z.array(z.object({ item: freeText(200).min(1, { error: 'validation.required' }), quantity: smallInt(1, 1000), condition: freeText(300) }).strict()).max(200),
  keys: z.array(z.object({ holder: option(KEY_HOLDERS), holderName: freeText(200).min(1, { error: 'validation.required' }), handedOn: isoDate }).strict()).max(10),
  lease: z.object({
    landlord: freeText(200).min(1, { error: 'validation.required' }),
    startsOn: isoDate,
    rentEuros: euros,
    signedBy: option(['person', 'provider'] as const),
    coPaymentEuros: euros.nullable(),
  }).strict(),
}).strict();

/**
 * HF-3.1.10 — two key copies besides the owner's: at least one with the person and one with the team.
 * Returns the i18n key of what is missing, or null.
 */
export function checkKeysRegister(keys: ReadonlyArray<{ holder: (typeof KEY_HOLDERS)[number] }>): string | null {
  const held = (h: string) => keys.some((k) => k.holder === h);
  return held('person') && held('team') ? null : 'housing.keys.personAndTeamRequired';
}

/** HF-3.1.9 photos of the dwelling for the handover act, and other files on a case (5 MB at most). */
export const ATTACHMENT_MEDIA_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const addAttachmentSchema = z.object({
  purpose: option(['handover_photo', 'other'] as const),
  fileName: freeText(200).min(1, { error: 'validation.required' }),
  mediaType: option(ATTACHMENT_MEDIA_TYPES),
  contentBase64: z.string().max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4, { error: 'housing.errors.attachmentTooLarge' }).regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'validation.invalid' }),
}).strict();

/** HF-1.4 a municipality's new version of its eligibility criteria, from a date on. */
export const newCriteriaVersionSchema = z.object({
  /** The criteria version the editor started from (0: the municipality has none yet); issue 11 §1. */
  basedOnVersion: z.number({ error: 'validation.invalidType' }).int().min(0),
  municipalityAtvk: atvk,
  validFrom: isoDate,
  criteria: z.array(z.object({
    key: z.string().regex(/^[a-z0-9-]{1,40}$/, { error: 'validation.invalid' }),
    textLv: freeText(500).min(1, { error: 'validation.required' }),
    textEn: freeText(500).min(1, { error: 'validation.required' }),
  }).strict()).min(1, { error: 'validation.required' }).max(30),
}).strict();

/** HF-3.1.3 a municipality's own version of the housing-needs questionnaire. */
export const newQuestionnaireVersionSchema = z.object({
  /** The version of the form in use the editor started from (the programme's until the municipality has its own); issue 11 §1. */
  basedOnVersion: z.number({ error: 'validation.invalidType' }).int().min(1),
  municipalityAtvk: atvk,
  fields: z.array(questionnaireFieldSchema).min(1, { error: 'validation.required' }).max(30),
}).strict();

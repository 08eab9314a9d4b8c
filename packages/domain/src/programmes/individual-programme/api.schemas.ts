import { z } from 'zod';
import { freeText, isoDate, optionalText, uuid } from '../../shared/validation';
import { SERVICE_LINES, SKILL_AREAS, VOLUME_UNITS } from './service-lines';
import { TARGET_GROUPS } from './target-groups';

/**
 * The Individual Programme's API: request bodies and response shapes, shared by the server
 * (`/api/individual-programme/...`) and the web pages. Money in euro cents (integers); months as
 * `yyyy-mm`; days as `yyyy-mm-dd`. Every message is an i18n key.
 */

export const month = z.string({ error: 'validation.invalidType' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'ip.validation.month' });
const cents = z.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).min(0, { error: 'validation.invalid' }).max(100_000_000, { error: 'validation.invalid' });
const volume = z.number({ error: 'validation.invalidType' }).min(0, { error: 'validation.invalid' }).max(10_000, { error: 'validation.invalid' })
  .refine((n) => Math.round(n * 100) === n * 100, { error: 'validation.invalid' });
const year = z.coerce.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).min(2017, { error: 'validation.invalid' }).max(2100, { error: 'validation.invalid' });

export const SERVICE_PLACES = ['home', 'provider', 'programme_housing'] as const;
export const ENDING_REASONS = ['goals_reached', 'client_ended', 'moved_away', 'other_service', 'died', 'other'] as const;

// ── IP-1 opening a case: the granting decision ───────────────────────────────────────────────

/**
 * IP-1 opens an Individual Programme case for a person or a family: the decision records why the
 * need cannot be met by existing community services. No income is asked (it is not assessed) and no
 * end day is required (the programme is not limited in time); the service may be at the person's home.
 */
export const openIpCaseSchema = z.object({
  /** The person the case is for — for a family, its member who applied (the family's contact). */
  personId: uuid,
  /** A family: the household, and which of its members receive the service (the person included). */
  household: z.object({ householdId: uuid, recipientIds: z.array(uuid).min(1, { error: 'validation.required' }).max(20, { error: 'validation.invalid' }) }).strict().nullish().transform((v) => v ?? null),
  municipalityAtvk: z.string({ error: 'validation.invalidType' }).regex(/^\d{7}$/, { error: 'validation.invalid' }),
  targetGroup: z.enum(TARGET_GROUPS, { error: 'validation.invalidOption' }),
  decidedOn: isoDate,
  openedOn: isoDate,
  /** The community services considered and why they cannot meet the need (IP-1). */
  communityServicesConsidered: freeText(2000).pipe(z.string().min(3, { error: 'validation.required' })),
  unmetNeedReason: freeText(4000).pipe(z.string().min(10, { error: 'validation.tooShortText' })),
  servicePlace: z.enum(SERVICE_PLACES, { error: 'validation.invalidOption' }),
  /** The client's service agreement with the provider: its end, if it has one (IP-5 counts back from it). */
  agreementEndsOn: isoDate.nullish().transform((v) => v ?? null),
  caseManagerUserId: uuid,
}).strict();
export type OpenIpCaseInput = z.infer<typeof openIpCaseSchema>;

export const recipientSchema = z.object({
  personId: uuid,
  fullName: z.string(),
  gender: z.enum(['female', 'male', 'unspecified']).nullable(),
  birthDate: z.string().nullable(),
  fromDate: z.string(),
  toDate: z.string().nullable(),
});

export const ipCaseSummarySchema = z.object({
  caseId: z.string(),
  caseNumber: z.string().nullable(),
  personId: z.string(),
  personName: z.string(),
  subject: z.enum(['person', 'household']),
  targetGroup: z.enum(TARGET_GROUPS),
  providerName: z.string(),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  agreementEndsOn: z.string().nullable(),
});
export type IpCaseSummary = z.infer<typeof ipCaseSummarySchema>;

export const ipCaseListSchema = z.object({ items: z.array(ipCaseSummarySchema) });

export const coPaymentSchema = z.object({
  id: z.string(), effectiveFrom: month, rentCents: z.number(), managementCents: z.number(), electricityCents: z.number(), gasCents: z.number(), utilitiesCents: z.number(),
  totalCents: z.number(), basis: z.string(), assessedOn: z.string(),
});

export const ipCaseDetailSchema = ipCaseSummarySchema.extend({
  municipalityAtvk: z.string(),
  householdId: z.string().nullable(),
  recipients: z.array(recipientSchema),
  decidedOn: z.string(),
  communityServicesConsidered: z.string(),
  unmetNeedReason: z.string(),
  servicePlace: z.enum(SERVICE_PLACES),
  coPayments: z.array(coPaymentSchema),
  endingReason: z.enum(ENDING_REASONS).nullable(),
  /** What the actor may do on the case (the web hides what they may not). */
  abilities: z.object({ record: z.boolean() }),
});
export type IpCaseDetail = z.infer<typeof ipCaseDetailSchema>;

/** The service ends (the client ends it, or it is no longer needed): the case and its recipients end that day; IP-5 a survey falls due. */
export const endIpCaseSchema = z.object({
  endedOn: isoDate,
  reason: z.enum(ENDING_REASONS, { error: 'validation.invalidOption' }),
  note: optionalText(2000),
}).strict();

// ── IP-2 the plan's service lines, planned and delivered ─────────────────────────────────────

export const addServiceLineSchema = z.object({
  line: z.enum(SERVICE_LINES, { error: 'validation.invalidOption' }),
  /** Skills support: the areas worked on (at least one). */
  skillAreas: z.array(z.enum(SKILL_AREAS, { error: 'validation.invalidOption' })).max(SKILL_AREAS.length).default([]),
  unit: z.enum(VOLUME_UNITS, { error: 'validation.invalidOption' }),
  plannedPerMonth: volume,
  fromMonth: month,
  toMonth: month.nullish().transform((v) => v ?? null),
  /** Housing: the dwelling of the core's housing stock the person lives in. */
  dwellingId: uuid.nullish().transform((v) => v ?? null),
  note: optionalText(1000),
}).strict();
export type AddServiceLineInput = z.infer<typeof addServiceLineSchema>;

export const recordDeliverySchema = z.object({
  month,
  delivered: volume,
  note: optionalText(1000),
}).strict();

export const serviceLineSchema = z.object({
  id: z.string(), line: z.enum(SERVICE_LINES), skillAreas: z.array(z.enum(SKILL_AREAS)), unit: z.enum(VOLUME_UNITS), plannedPerMonth: z.number(),
  fromMonth: z.string(), toMonth: z.string().nullable(), dwelling: z.object({ id: z.string(), address: z.string() }).nullable(), note: z.string().nullable(),
});

export const plannedVsDeliveredSchema = z.object({
  month,
  lines: z.array(serviceLineSchema.extend({ planned: z.number(), delivered: z.number(), difference: z.number() })),
});

export const serviceLinesQuery = z.object({ month: month.optional() });

// ── IP-3 costs, co-payment, ledger ───────────────────────────────────────────────────────────

export const COST_KINDS = ['staff', 'housing'] as const;

/** IP-3 one month's cost of a case of one kind: the planned amount and, once known, the actual one. */
export const recordCostSchema = z.object({
  month,
  kind: z.enum(COST_KINDS, { error: 'validation.invalidOption' }),
  plannedCents: cents,
  actualCents: cents.nullish().transform((v) => v ?? null),
}).strict();

/** IP-3 the client's co-payment for the flat, from a month on, set from the assessment and the plan (the basis recorded). */
export const setCoPaymentSchema = z.object({
  effectiveFrom: month,
  rentCents: cents, managementCents: cents, electricityCents: cents, gasCents: cents, utilitiesCents: cents,
  basis: freeText(2000).pipe(z.string().min(10, { error: 'validation.tooShortText' })),
  assessedOn: isoDate,
}).strict();

export const ledgerMonthSchema = z.object({
  month: z.string(),
  plannedCents: z.number(),
  actualCents: z.number().nullable(),
  staffActualCents: z.number().nullable(),
  housingActualCents: z.number().nullable(),
  coPaymentCents: z.number(),
  /** Actual cost less the client's co-payment: what the municipal budget pays. */
  municipalCents: z.number().nullable(),
  /** Persons served that month (a family case counts each recipient). */
  persons: z.number(),
  /** Actual cost per person, against the programme's reference cost. */
  perPersonCents: z.number().nullable(),
  referenceCents: z.number(),
});
export type LedgerMonth = z.infer<typeof ledgerMonthSchema>;

export const ledgerSchema = z.object({ year: z.number(), months: z.array(ledgerMonthSchema), total: ledgerMonthSchema.omit({ month: true, perPersonCents: true, persons: true, referenceCents: true }) });
export const ledgerQuery = z.object({ year: year.optional() });

// ── IP-4 providers and the target-group report ───────────────────────────────────────────────

export const providerOverviewSchema = z.object({
  month,
  referenceCents: z.number(),
  providers: z.array(z.object({
    organisationId: z.string(),
    name: z.string(),
    agreementFrom: z.string(),
    agreementTo: z.string().nullable(),
    openCases: z.number(),
    persons: z.number(),
    plannedCents: z.number(),
    actualCents: z.number().nullable(),
    perPersonCents: z.number().nullable(),
    satisfactionAverage: z.number().nullable(),
    lastSelfAssessmentOn: z.string().nullable(),
    selfAssessmentDueOn: z.string().nullable(),
  })),
});
export const providerOverviewQuery = z.object({ month: month.optional() });

export const reportQuery = z.object({
  year,
  lang: z.enum(['lv', 'en']).optional(),
  municipalityAtvk: z.string().regex(/^\d{7}$/, { error: 'validation.invalid' }).optional(),
});

/** A count shown, or hidden (null) because it is a small cell for a viewer who sees aggregates only. */
const count = z.number().nullable();

export const targetGroupReportSchema = z.object({
  year: z.number(),
  municipalityAtvk: z.string(),
  /** Exact counts (the welfare department and its providers) or small cells hidden (funders, planners). */
  suppressed: z.boolean(),
  rows: z.array(z.object({ targetGroup: z.enum(TARGET_GROUPS), total: count, women: count, men: count, adults: count, children: count })),
  total: count,
  /** The seed's line: adults with mental disorders (served alone or as parents in a family), by sex, and those in a family with a child. */
  adultsWithMentalDisorders: z.object({ total: count, women: count, men: count, inFamilyWithChild: count }),
  providers: count,
  footnote: z.string(),
});
export type TargetGroupReport = z.infer<typeof targetGroupReportSchema>;

// ── IP-5 / IP-6 satisfaction and self-assessment ─────────────────────────────────────────────

export const satisfactionAnalysisSchema = z.object({
  year: z.number(),
  providers: z.array(z.object({
    organisationId: z.string(),
    name: z.string(),
    surveys: z.number(),
    /** Average score on the 1–5 scale; null with no survey. */
    average: z.number().nullable(),
    byOccasion: z.object({ yearly: z.number(), before_agreement_end: z.number(), ending: z.number() }),
    selfAssessments: z.number(),
    lastSelfAssessmentOn: z.string().nullable(),
  })),
});
export const satisfactionQuery = z.object({ year });

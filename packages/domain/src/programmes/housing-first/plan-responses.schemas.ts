import { z } from 'zod';
import { LIFE_DOMAINS } from './support-team.rules';
import { SUPPORT_OFFERS } from './service.schemas';
import { ESCALATION_ACTIONS, ESCALATION_LEVELS } from './visit-escalation.rules';

/**
 * The answers of the plan and service-summary reads (HF-3.4.4, HF-3.2, HF-2.2, HF-2.4), as zod
 * schemas: the server serialises through them and publishes them in /api/openapi.json; the web
 * infers its types from them.
 */

const day = z.string().describe('yyyy-mm-dd');

/** HF-3.4.4 one goal of the plan, as stored, with the responsible worker's display name. */
export const planGoalViewSchema = z.object({
  domain: z.enum(LIFE_DOMAINS),
  term: z.enum(['long', 'short']),
  goal: z.string(),
  problem: z.string().nullable(),
  /** Tasks for the person. */
  tasks: z.string().nullable(),
  deadline: day.nullable(),
  responsibleUserId: z.string().nullable(),
  responsibleName: z.string().nullable(),
  /** The completion mark. */
  status: z.enum(['planned', 'in_progress', 'done', 'dropped']),
  /** The planned review of this goal. */
  reviewOn: day.nullable(),
  result: z.string().nullable(),
});

export const planVersionViewSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  startedOn: day,
  endedOn: day.nullable(),
  goals: z.array(planGoalViewSchema),
  recordedBy: z.string(),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
});

/** HF-3.2.5 a review of the plan with the person. */
export const planReviewViewSchema = z.object({
  id: z.string(),
  reviewedOn: day,
  note: z.string(),
  recordedBy: z.string(),
  recordedByName: z.string().nullable(),
});

/** GET /api/cases/:id/plans — every version, newest first, and every review, newest first. */
export const planVersionsResponseSchema = z.object({
  plans: z.array(planVersionViewSchema),
  reviews: z.array(planReviewViewSchema),
});

const dueSchema = z.object({ dueOn: day, daysLeft: z.number().int(), due: z.boolean() });

/** GET /api/cases/:id/service — the case's service as of a day. */
export const serviceSummaryResponseSchema = z.object({
  asOf: day,
  /** HF-3.2.1 the weekly slot in force (ISO weekday 1 = Monday). */
  visitSlot: z.object({ weekday: z.number().int(), atTime: z.string(), fromDate: day }).nullable(),
  /** HF-2.2 contact hours of the engagement up to the day. */
  hours: z.object({
    used: z.number(), limit: z.number(), left: z.number(),
    /** From 80 % of the limit on. */
    warning: z.boolean(),
    /** Hours over the limit (imported data), 0 within it (HF-2.2). */
    exceededBy: z.number(),
    perDayLimit: z.number(),
    usedOnDay: z.number(),
  }),
  /** HF-3.2.2, HF-3.3.3 the missed-visit escalation and the actions it permits. */
  escalation: z.object({
    level: z.enum(ESCALATION_LEVELS),
    rank: z.number().int(),
    unreachableSince: day.nullable(),
    /** The week counts from the last meeting at home, the 15 days and the month from the last reach (HF-3.2.2). */
    lastMetAtHomeOn: day.nullable(),
    lastReachedOn: day.nullable(),
    daysUnreachable: z.number().int(),
    permitted: z.array(z.enum(ESCALATION_ACTIONS)),
    returnBy: day.nullable(),
    /** HF-3.3.3 the day a calendar month without reaching the person passes; the extension of this run and its end. */
    monthPassesOn: day.nullable(),
    extendedOn: day.nullable(),
    extendedUntil: day.nullable(),
  }),
  /** HF-2.7, HF-3.2.2 the inspection period agreed with the person (days). */
  inspectionAfterDays: z.number().int(),
  /** HF-3.3 the case has ended by the day: nothing is due. */
  ended: z.boolean(),
  /** HF-3.2.3, HF-3.2.4 the latest offer of each kind (initial plan, WRAP, each additional service). */
  offers: z.array(z.object({
    offered: z.enum(SUPPORT_OFFERS),
    offeredOn: day,
    answer: z.enum(['accepted', 'declined', 'later']),
    note: z.string().nullable(),
    /** An additional service answered "later" is offered again (HF-3.2.3). */
    repeatDue: dueSchema.nullable(),
  })),
  /** HF-3.2.4 due from the first home meeting until the initial plan is offered. */
  initialPlanOfferDue: dueSchema.nullable(),
  /** HF-3.4.4 the plan version in force. */
  currentPlan: z.object({ id: z.string(), version: z.number().int(), startedOn: day }).nullable(),
  /** HF-3.2.5 the last 5 reviews, newest first. */
  reviews: z.array(planReviewViewSchema),
  nextReviewDue: dueSchema.nullable(),
  /** HF-2.4 the last social functioning assessment (the initial one included). */
  lastAssessment: z.object({ kind: z.enum(['initial', 'functioning']), assessedOn: day, summary: z.string().nullable() }).nullable(),
  reassessmentDue: dueSchema.nullable(),
  /** HF-3.3.3 extensions of the wait, newest first. */
  extensions: z.array(z.object({ id: z.string(), recordedOn: day, reason: z.string(), recordedBy: z.string(), recordedByName: z.string().nullable() })),
});

export type PlanGoalView = z.infer<typeof planGoalViewSchema>;
export type PlanVersionView = z.infer<typeof planVersionViewSchema>;
export type PlanReviewView = z.infer<typeof planReviewViewSchema>;
export type PlanVersionsResponse = z.infer<typeof planVersionsResponseSchema>;
export type ServiceSummaryResponse = z.infer<typeof serviceSummaryResponseSchema>;

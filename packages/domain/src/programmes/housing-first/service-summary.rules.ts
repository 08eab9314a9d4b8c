import type { ProgrammeSettings } from './settings';
import { checkEngagementHours } from './contact-hours.rules';
import { computeInitialPlanOfferDue, computeOfferRepeatDue, computePlanReviewDue, computeReassessmentDue, type Due } from './reviews.rules';
import { SUPPORT_OFFERS } from './service.schemas';
import { computeEscalation, DEFAULT_INSPECTION_AFTER_DAYS, type Escalation, type ExtensionFact, type VisitFact } from './visit-escalation.rules';

export type OfferAnswer = 'accepted' | 'declined' | 'later';
type Dated = { on: string };

/** HF-3.2.3, HF-3.2.4 an offer made to the person and the answer, on the day it was given. */
export interface OfferFact extends Dated {
  offered: string;
  answer: OfferAnswer;
}

/** HF-3.4.4 one version of the rehabilitation plan. */
export interface PlanVersionFact {
  version: number;
  startedOn: string;
  endedOn: string | null;
}

/** What a case's service summary is computed from; callers may carry more fields on each item. */
export interface ServiceSummaryFacts<O extends OfferFact, P extends PlanVersionFact, R extends Dated, A extends Dated, X extends ExtensionFact> {
  /** The engagement's first day (the person's first case of it opened): contact hours count from here (HF-2.2). */
  engagementFrom: string;
  /** HF-2.2 hours up to the day on the person's other cases of the same engagement (a re-application within it). */
  otherCasesContactHours?: number;
  /** The move-in; for a case imported without one, the day its service began (its first visit or contact). */
  movedInOn: string | null;
  /** HF-3.3 the day the case ended: from then on nothing is due and nothing escalates. */
  closedOn?: string | null;
  /** HF-2.7, HF-3.2.2 the inspection period agreed with the person (15 days unless agreed otherwise). */
  inspectionAfterDays?: number;
  visits: readonly VisitFact[];
  contacts: ReadonlyArray<Dated & { hours: number; reachedPerson?: boolean }>;
  extensions: readonly X[];
  offers: readonly O[];
  plans: readonly P[];
  reviews: readonly R[];
  assessments: readonly A[];
}

export interface ContactHoursStatus {
  used: number;
  limit: number;
  left: number;
  /** HF-2.2 from 80 % of the engagement's hours on (and over the limit). */
  warning: boolean;
  /** HF-2.2 hours over the limit (imported data can be): shown as exceeded, never hidden. 0 within it. */
  exceededBy: number;
  perDayLimit: number;
  /** Hours recorded on the day itself, against `perDayLimit`. */
  usedOnDay: number;
}

/**
 * HF-2.2 the contact hours of an engagement: used, left and the warning from 80 % on — the same
 * rule a new contact is checked against, with nothing added. Imported data over the limit shows 0 left
 * and the hours it is over by.
 */
export function computeContactHoursStatus(used: number, usedOnDay: number, settings: Pick<ProgrammeSettings, 'contactHoursPerEngagement' | 'contactHoursPerDay'>): ContactHoursStatus {
  const limit = settings.contactHoursPerEngagement;
  const check = checkEngagementHours(used, 0, limit);
  return {
    used, limit, left: check.allowed ? check.left : 0, warning: check.allowed ? check.warning : true, exceededBy: check.allowed ? 0 : used - limit,
    perDayLimit: settings.contactHoursPerDay, usedOnDay,
  };
}

/** HF-3.2.4 the initial plan and the WRAP are offered, never repeated against the person's answer. */
const PLAN_OFFERS: ReadonlySet<string> = new Set(['initial_plan', 'wrap']);
const newestFirst = <T extends Dated>(xs: readonly T[]) => [...xs].sort((a, b) => b.on.localeCompare(a.on));

/**
 * HF-2.2, HF-3.2.2–3.2.5, HF-2.4, HF-3.3.3 — a case's service as of a day: contact hours, the
 * missed-visit escalation, the latest offer of each kind and when a "later" is to be repeated, the
 * plan in force and its next review, the re-assessment due and the extensions. Only facts dated on or
 * before `asOf` count, so any past day can be replayed; the rules are the worklist's own.
 */
export function computeServiceSummary<O extends OfferFact, P extends PlanVersionFact, R extends Dated, A extends Dated, X extends ExtensionFact>(
  facts: ServiceSummaryFacts<O, P, R, A, X>,
  settings: Pick<ProgrammeSettings, 'contactHoursPerEngagement' | 'contactHoursPerDay'>,
  asOf: string,
) {
  const known = <T extends Dated>(xs: readonly T[]) => xs.filter((x) => x.on <= asOf);
  const sum = (xs: ReadonlyArray<{ hours: number }>) => xs.reduce((total, x) => total + x.hours, 0);
  const contacts = known(facts.contacts);
  const hours = computeContactHoursStatus(
    sum(contacts.filter((c) => c.on >= facts.engagementFrom)) + (facts.otherCasesContactHours ?? 0), sum(contacts.filter((c) => c.on === asOf)), settings,
  );
  // HF-3.3 an ended case: nothing due, nothing escalates
  const ended = !!facts.closedOn && facts.closedOn <= asOf;

  const escalation: Escalation = computeEscalation(
    ended ? [] : facts.visits, facts.contacts.filter((c) => c.reachedPerson !== false), facts.extensions,
    { inspectionAfterDays: facts.inspectionAfterDays ?? DEFAULT_INSPECTION_AFTER_DAYS }, asOf, facts.movedInOn,
  );

  // the latest answer of each kind counts; of two on one day, the one given later in the list
  const latest = new Map<string, O>();
  for (const o of known(facts.offers)) {
    const prev = latest.get(o.offered);
    if (!prev || o.on >= prev.on) latest.set(o.offered, o);
  }
  const rank = (offered: string) => { const i = (SUPPORT_OFFERS as readonly string[]).indexOf(offered); return i < 0 ? SUPPORT_OFFERS.length : i; };
  const offers = [...latest.values()]
    .sort((a, b) => rank(a.offered) - rank(b.offered) || a.offered.localeCompare(b.offered))
    .map((offer) => ({ offer, repeatDue: ended || PLAN_OFFERS.has(offer.offered) ? null : computeOfferRepeatDue(offer.on, offer.answer, asOf) }));

  const firstMet = known(facts.visits).filter((v) => v.outcome === 'met').map((v) => v.on).sort()[0] ?? null;
  const planOfferedOn = known(facts.offers).filter((o) => o.offered === 'initial_plan').map((o) => o.on).sort()[0] ?? null;
  const initialPlanOfferDue: Due | null = ended ? null : computeInitialPlanOfferDue(firstMet, planOfferedOn, asOf);

  // the plan in force: the newest version started by then and not ended
  const currentPlan = facts.plans
    .filter((p) => p.startedOn <= asOf && (!p.endedOn || p.endedOn > asOf))
    .reduce<P | null>((best, p) => (!best || p.version > best.version ? p : best), null);
  const reviews = newestFirst(known(facts.reviews));
  const nextReviewDue: Due | null = currentPlan && !ended ? computePlanReviewDue(currentPlan.startedOn, reviews.map((r) => r.on), asOf) : null;

  const lastAssessment = newestFirst(known(facts.assessments))[0] ?? null;
  const assessedFrom = lastAssessment?.on ?? (facts.movedInOn && facts.movedInOn <= asOf ? facts.movedInOn : null);
  const reassessmentDue: Due | null = assessedFrom && !ended ? computeReassessmentDue(assessedFrom, asOf) : null;

  return {
    ended, hours, escalation, offers, initialPlanOfferDue, currentPlan, reviews, nextReviewDue, lastAssessment, reassessmentDue,
    extensions: newestFirst(known(facts.extensions)),
  };
}

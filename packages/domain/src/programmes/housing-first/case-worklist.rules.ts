import type { ProgrammeSettings } from './settings';
import { checkEngagementHours } from './contact-hours.rules';
import { computeEscalation, DEFAULT_INSPECTION_AFTER_DAYS, isHomeVisit, type Escalation, type ExtensionFact, type ReachFact, type VisitFact } from './visit-escalation.rules';
import { computeInitialPlanOfferDue, computeOfferRepeatDue, computePlanReviewDue, computeReassessmentDue, computeWeeklyVisitDue, type Due } from './reviews.rules';
import { checkEndingBeforeMinimum, computeEngagement, type EngagementHistory } from './engagement.rules';

/** What has been recorded on one case — the input of every service-standard rule. */
export interface CaseFacts {
  caseId: string;
  /**
   * The day the service began: the move-in, or for a case imported without one, its first visit or
   * contact (HF-3.2 starts there; the week of HF-3.2.2 counts from it as from a meeting at home).
   */
  movedInOn: string | null;
  closedOn: string | null;
  /** HF-2.7, HF-3.2.2 the inspection period agreed with the person (15 days unless agreed otherwise). */
  inspectionAfterDays?: number;
  /**
   * HF-2.2 contact hours up to `asOf` on the person's other cases of the same engagement (a
   * re-application within it): the 300 hours count per person, not per case.
   */
  otherCasesContactHours?: number;
  visits: readonly VisitFact[];
  /** Contacts (any kind) with their hours; a contact that reached the person ends an escalation. */
  contacts: ReadonlyArray<ReachFact & { hours: number; reachedPerson?: boolean }>;
  /**
   * HF-2.2 hours of contacts recorded up to `asOf` that `contacts` leaves out, summed by the caller (the
   * database sums a case's hours; only the contacts the escalation reads are listed). Counted in the total.
   */
  unlistedContactHours?: number;
  extensions: readonly ExtensionFact[];
  /** HF-3.2.4 when the initial rehabilitation plan was offered (whatever the answer). */
  planOfferedOn: string | null;
  /** HF-3.4.4 the plan being followed, if any, and its reviews. */
  activePlanStartedOn: string | null;
  planReviews: readonly string[];
  /** HF-2.4 social functioning assessments (the initial one included). */
  assessments: readonly string[];
  /** HF-3.2.3 offers of additional services and the answers. */
  serviceOffers: ReadonlyArray<{ service: string; answeredOn: string; answer: 'accepted' | 'declined' | 'later' }>;
  /** HF-2.2 the contract day with the engagement's extensions and suspensions (absent: not read, nothing shown). */
  engagement?: EngagementHistory;
  /** HF-3.3.2 the day of an ending recorded and still awaiting its confirmations (the case open meanwhile), if any. */
  pendingEndingOn?: string | null;
}

export type WorklistItem =
  | { kind: 'weekly_visit'; caseId: string; due: Due }
  | { kind: 'escalation'; caseId: string; escalation: Escalation }
  | { kind: 'initial_plan_offer'; caseId: string; due: Due }
  | { kind: 'plan_review'; caseId: string; due: Due }
  | { kind: 'reassessment'; caseId: string; due: Due }
  | { kind: 'contact_hours'; caseId: string; usedHours: number; limit: number }
  | { kind: 'repeat_offer'; caseId: string; service: string; due: Due }
  | { kind: 'evaluate_termination'; caseId: string; escalation: Escalation }
  | { kind: 'engagement_end'; caseId: string; due: Due }
  | { kind: 'ending_before_minimum'; caseId: string; endsOn: string; minimumParticipationOn: string; daysShort: number };

/** How soon an item shows before it is due (days). */
const LOOKAHEAD = 2;

// Module-level helpers, not closures: the server runs through tsx (esbuild keepNames), which names every
// closure bound to a const on each call; per case and per comparison that cost showed in the profile (bench/README.md).
const soon = (due: Due) => due.daysLeft <= LOOKAHEAD;
const known = <T extends { on: string }>(xs: readonly T[], asOf: string) => xs.filter((x) => x.on <= asOf);

/**
 * HF-3.2, HF-2.2, HF-2.4 — what is due on a case on `asOf`: the weekly visit, the missed-visit
 * escalation with the action it permits, the initial plan offer, plan reviews, the 6-monthly
 * re-assessment, the contact-hours warning, offers to repeat, termination to evaluate, and the engagement's
 * agreed end approaching (HF-2.2). Only facts
 * dated on or before `asOf` count, so the worklist of any past day can be replayed.
 */
export function computeCaseWorklist(facts: CaseFacts, settings: ProgrammeSettings, asOf: string): WorklistItem[] {
  if (!facts.movedInOn || facts.movedInOn > asOf || (facts.closedOn && facts.closedOn <= asOf)) return [];
  const items: WorklistItem[] = [];
  const visits = known(facts.visits, asOf);

  // HF-3.2.1 a phone call or a meeting elsewhere is not the weekly home visit
  const visit = computeWeeklyVisitDue(facts.movedInOn, visits.filter((v) => isHomeVisit(v.outcome)).map((v) => v.on), asOf, Math.floor(7 / settings.visitsPerWeek));
  if (soon(visit)) items.push({ kind: 'weekly_visit', caseId: facts.caseId, due: visit });

  const escalation = computeEscalation(
    facts.visits, facts.contacts.filter((c) => c.reachedPerson !== false), facts.extensions,
    { inspectionAfterDays: facts.inspectionAfterDays ?? DEFAULT_INSPECTION_AFTER_DAYS }, asOf, facts.movedInOn,
  );
  if (escalation.rank === 4) items.push({ kind: 'evaluate_termination', caseId: facts.caseId, escalation });
  else if (escalation.rank > 0) items.push({ kind: 'escalation', caseId: facts.caseId, escalation });

  const firstMet = visits.filter((v) => v.outcome === 'met').map((v) => v.on).sort()[0] ?? null;
  const offer = computeInitialPlanOfferDue(firstMet, facts.planOfferedOn, asOf);
  if (offer) items.push({ kind: 'initial_plan_offer', caseId: facts.caseId, due: offer });

  if (facts.activePlanStartedOn && facts.activePlanStartedOn <= asOf) {
    const review = computePlanReviewDue(facts.activePlanStartedOn, facts.planReviews, asOf);
    if (soon(review)) items.push({ kind: 'plan_review', caseId: facts.caseId, due: review });
  }

  const lastAssessment = facts.assessments.filter((a) => a <= asOf).sort().pop();
  const reassessment = computeReassessmentDue(lastAssessment ?? facts.movedInOn, asOf);
  if (reassessment.daysLeft <= 14) items.push({ kind: 'reassessment', caseId: facts.caseId, due: reassessment });

  const used = known(facts.contacts, asOf).reduce((sum, c) => sum + c.hours, (facts.unlistedContactHours ?? 0) + (facts.otherCasesContactHours ?? 0));
  const hours = checkEngagementHours(used, 0, settings.contactHoursPerEngagement);
  if (!hours.allowed || hours.warning) items.push({ kind: 'contact_hours', caseId: facts.caseId, usedHours: used, limit: settings.contactHoursPerEngagement });

  const latestOffer = new Map<string, CaseFacts['serviceOffers'][number]>();
  for (const o of facts.serviceOffers.filter((o) => o.answeredOn <= asOf)) {
    const prev = latestOffer.get(o.service);
    if (!prev || o.answeredOn >= prev.answeredOn) latestOffer.set(o.service, o);
  }
  for (const o of latestOffer.values()) {
    const due = computeOfferRepeatDue(o.answeredOn, o.answer, asOf);
    if (due && soon(due)) items.push({ kind: 'repeat_offer', caseId: facts.caseId, service: o.service, due });
  }

  // HF-2.2 the agreed end of the engagement approaching (a calendar month before it), and passed while the case is open
  const engagement = facts.engagement && computeEngagement(facts.engagement, settings, asOf);
  if (engagement?.endApproaching) items.push({ kind: 'engagement_end', caseId: facts.caseId, due: { dueOn: engagement.agreedEndOn, daysLeft: engagement.daysLeft, due: engagement.daysLeft <= 0 } });

  // HF-2.2 an ending being recorded (awaiting its confirmations) dated before the minimum participation: a warning, not a bar
  const short = facts.engagement && facts.pendingEndingOn && facts.pendingEndingOn <= asOf ? checkEndingBeforeMinimum(facts.engagement, settings, facts.pendingEndingOn) : null;
  if (short) items.push({ kind: 'ending_before_minimum', caseId: facts.caseId, ...short });
  return items;
}

/**
 * HF-3.2.1, HF-3.2.2, HF-2.2, HF-3.2.3–3.2.5, HF-2.4 — the least a case's record can be reduced to on
 * `asOf` and still give the same worklist: what a repository reads from the database instead of a
 * case's whole history (its SQL selects exactly this). Kept: the visits from the last meeting at home on
 * (every visit when there was none: the weekly visit and the escalation's week, misses and reaches), the
 * first met visit (the plan offer), the contact that last reached the person (the month), extensions
 * after the last meeting at home, the other contacts' hours as one sum, the last plan review, the last
 * assessment, the plan offer's day, and per service the latest offer (the last recorded on a tie).
 * Facts after `asOf` are dropped.
 */
export function summariseCaseFacts(facts: CaseFacts, asOf: string): CaseFacts {
  const visits = facts.visits.filter((v) => v.on <= asOf);
  const contacts = facts.contacts.filter((c) => c.on <= asOf);
  const latest = <T>(xs: readonly T[], on: (x: T) => string, keep: (x: T) => boolean = () => true) =>
    xs.reduce<T | undefined>((found, x) => (keep(x) && (!found || on(x) >= on(found)) ? x : found), undefined);
  const since = latest(visits, (v) => v.on, (v) => v.outcome === 'met')?.on ?? null;
  const reachedContact = latest(contacts, (c) => c.on, (c) => c.reachedPerson !== false);
  const recent = visits.filter((v) => since === null || v.on >= since);
  const firstMet = visits.filter((v) => v.outcome === 'met').reduce<VisitFact | undefined>((found, v) => (!found || v.on < found.on ? v : found), undefined);
  const older = firstMet && since !== null && firstMet.on < since ? [firstMet] : [];
  const listed = reachedContact ? [reachedContact] : [];
  const offers = new Map<string, CaseFacts['serviceOffers'][number]>();
  for (const o of facts.serviceOffers.filter((o) => o.answeredOn <= asOf)) {
    const prev = offers.get(o.service);
    if (!prev || o.answeredOn >= prev.answeredOn) offers.set(o.service, o);
  }
  const lastOf = (days: readonly string[]) => days.filter((d) => d <= asOf).sort().slice(-1);
  return {
    ...facts,
    visits: [...older, ...recent],
    contacts: listed,
    unlistedContactHours: contacts.filter((c) => !listed.includes(c)).reduce((sum, c) => sum + c.hours, facts.unlistedContactHours ?? 0),
    extensions: facts.extensions.filter((e) => e.on <= asOf && (since === null || e.on > since)),
    planReviews: lastOf(facts.planReviews),
    assessments: lastOf(facts.assessments),
    serviceOffers: [...offers.values()],
  };
}

/** Urgency for ordering a worklist: terminations and escalations first, then the most overdue. */
export function compareWorklistItems(a: WorklistItem, b: WorklistItem): number {
  return urgencyOf(b) - urgencyOf(a);
}

/** HF-2.4 what the manager's "overdue" view keeps: endings to evaluate, escalations, and items past their due day. */
export function isOverdueItem(i: WorklistItem): boolean {
  return i.kind === 'evaluate_termination' || i.kind === 'escalation' || ('due' in i && i.due.daysLeft < 0);
}

/**
 * The weight `compareWorklistItems` orders by (higher first); a caller sorting many items may compute it once
 * per item. Endings to evaluate first, then escalations by level — each the longest unreachable first — then
 * the most overdue: however long an item is overdue (a repeat offer can be, by years), it stays below them.
 */
export function urgencyOf(i: WorklistItem): number {
  if (i.kind === 'evaluate_termination') return 4e9 + i.escalation.daysUnreachable;
  if (i.kind === 'escalation') return 1e9 * i.escalation.rank + i.escalation.daysUnreachable;
  return 'due' in i ? -i.due.daysLeft : 0;
}

import type { ProgrammeSettings } from '@socrehab/domain/programmes/housing-first/index';
import type { VisitOutcome } from '@socrehab/domain/programmes/housing-first/index';
import type { ServiceSummaryResponse } from '@socrehab/domain/programmes/housing-first/plan-responses.schemas';
import { computeServiceSummary, type OfferAnswer } from '@socrehab/domain/programmes/housing-first/service-summary.rules';
import { type Ctx, originOf } from '../../../app/context';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { findPlanVersions } from '../plans/plans.repository';
import * as queries from '../plans/plans.reads.repository';
import { getMoveIn } from '../../../modules/cases/cases.repository';
import { requireVisibleCase, settingsOfCase } from '../../../modules/cases/cases.usecases';
import { engagementOfCase } from '../cases/cases.usecases';
import { getVisitSlotOn, sumContactHoursFrom } from './visits.repository';

type SupportOffer = ServiceSummaryResponse['offers'][number]['offered'];

/**
 * HF-3.2, HF-2.2, HF-2.4, HF-3.3.3 — a case's service as of a day: the weekly slot, contact hours,
 * the escalation, the offers and their answers, the plan's reviews, the re-assessment and the
 * extensions. Only what is dated on or before `asOf` counts; the rules are the domain's
 * (computeServiceSummary), the same the worklists apply, over the case's whole record up to the day, with
 * the person's hours on an earlier case of the same engagement (HF-2.2), the inspection period agreed
 * (HF-2.7) and the case's end (HF-3.3). The read is audited.
 */
export async function getServiceSummary(caseId: string, asOf: string, ctx: Ctx): Promise<ServiceSummaryResponse> {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireVisibleCase(tx, ctx, caseId);
    const { settings } = await settingsOfCase<ProgrammeSettings>(tx, theCase);
    const moveIn = await getMoveIn(tx, caseId);
    const slot = await getVisitSlotOn(tx, caseId, asOf);
    const visits = await queries.findVisitsUpTo(tx, caseId, asOf);
    const contacts = await queries.findContactsUpTo(tx, caseId, asOf);
    const offers = await queries.findSupportOffersUpTo(tx, caseId, asOf);
    const plans = await findPlanVersions(tx, caseId);
    const reviews = await queries.findPlanReviewsWithNames(tx, caseId, asOf);
    const assessments = await queries.findAssessmentsUpTo(tx, caseId, asOf);
    const extensions = await queries.findExtensionsUpTo(tx, caseId, asOf);
    const engagement = await engagementOfCase(tx, theCase, settings);
    const otherCases = await sumContactHoursFrom(tx, engagement.caseIds.filter((id) => id !== caseId).map((id) => ({ caseId: id, fromOn: engagement.from })), asOf);

    const summary = computeServiceSummary({
      engagementFrom: engagement.from, otherCasesContactHours: [...otherCases.values()].reduce((sum, h) => sum + h, 0),
      movedInOn: moveIn?.movedInOn ?? theCase.serviceBeganOn, closedOn: theCase.closedOn, inspectionAfterDays: theCase.inspectionAfterDays,
      visits: visits.map((v) => ({ on: v.on, outcome: v.outcome as VisitOutcome, healthRisk: v.healthRisk })),
      contacts: contacts.map((c) => ({ on: c.on, hours: Number(c.hours), reachedPerson: c.reachedPerson })),
      extensions,
      offers: offers.map((o) => ({ ...o, on: o.offeredOn, answer: o.answer as OfferAnswer })),
      plans, reviews: reviews.map((r) => ({ ...r, on: r.reviewedOn })), assessments,
    }, settings, asOf);

    await appendAuditEvent(tx, originOf(ctx), { action: 'view', entityType: 'case', entityId: caseId, personId: theCase.personId, changes: { view: 'service_summary', asOf } }, ctx.now());
    return {
      asOf,
      visitSlot: slot ? { weekday: slot.weekday, atTime: slot.atTime, fromDate: slot.fromDate } : null,
      hours: summary.hours,
      escalation: summary.escalation,
      inspectionAfterDays: theCase.inspectionAfterDays,
      ended: summary.ended,
      offers: summary.offers.map(({ offer, repeatDue }) => ({ offered: offer.offered as SupportOffer, offeredOn: offer.offeredOn, answer: offer.answer, note: offer.note, repeatDue })),
      initialPlanOfferDue: summary.initialPlanOfferDue,
      currentPlan: summary.currentPlan ? { id: summary.currentPlan.id, version: summary.currentPlan.version, startedOn: summary.currentPlan.startedOn } : null,
      reviews: summary.reviews.slice(0, 5).map(({ id, reviewedOn, note, recordedBy, recordedByName }) => ({ id, reviewedOn, note, recordedBy, recordedByName })),
      nextReviewDue: summary.nextReviewDue,
      lastAssessment: summary.lastAssessment ? { kind: summary.lastAssessment.kind, assessedOn: summary.lastAssessment.on, summary: summary.lastAssessment.summary } : null,
      reassessmentDue: summary.reassessmentDue,
      extensions: summary.extensions.map(({ id, on, reason, recordedBy, recordedByName }) => ({ id, recordedOn: on, reason, recordedBy, recordedByName })),
    };
  });
}

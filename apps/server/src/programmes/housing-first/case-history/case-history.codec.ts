import { CASE_HISTORY_RECORDS, type CaseHistoryRecord, type CaseHistoryRecordOf, type CaseHistoryRecordType } from '@socrehab/domain/programmes/housing-first/index';
import type {
  applications, caseConsents, caseDocuments, cooperationProtocols, caseEndingConfirmations, caseEndings, caseIncidents, caseTeamMembers, cases, contacts, dwellingKeys, eligibilityAssessments, escalationExtensions,
  engagementExtensions, engagementSuspensions, functioningAssessments, initialAssessments, moveIns, planReviews, rehabilitationPlans, supportOffers, visitSlots, visits, workLogEntries,
} from '../../../db/schema';
import { encode as coreEncode, type EmailOf, type UserIdOf } from '../../../modules/case-history/case-history.codec';

export { decodeDwelling, type EmailOf, type UserIdOf } from '../../../modules/case-history/case-history.codec';

/**
 * Rows ↔ Housing First's records of the case-history format (docs/case-history-format.md); the core records (person, dwelling) are the core codec's. `encode…` turns stored rows
 * into records (export, and the comparison that makes a second import a no-op); `decode…` turns
 * records into the values to insert. Workers travel as e-mails: `emailOf` / `userIdOf` translate.
 */
type Row<T extends { $inferSelect: unknown }> = T['$inferSelect'];
type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];
type R<T extends CaseHistoryRecordType> = CaseHistoryRecordOf<T>;

/** A record as the schema outputs it, so stored and imported records compare (and print) the same. */
export function normalise(record: Record<string, unknown> & { type: CaseHistoryRecordType }): CaseHistoryRecord {
  const parsed = CASE_HISTORY_RECORDS[record.type].safeParse(record);
  // a row recorded before today's rules (e.g. a missing reason) is exported as stored
  return (parsed.success ? parsed.data : record) as CaseHistoryRecord;
}

const email = (emailOf: EmailOf, id: string | null) => emailOf(id) ?? '';

export const encode = {
  ...coreEncode,
  application: (a: Row<typeof applications>) => ({
    type: 'application' as const, id: a.id, personId: a.personId, municipalityAtvk: a.municipalityAtvk, submittedOn: a.submittedOn, answers: a.answers, previousCaseId: a.previousCaseId,
  }),
  decision: (a: Row<typeof applications>, emailOf: EmailOf) => (a.status === 'granted' || a.status === 'refused') && a.decidedOn
    ? { type: 'decision' as const, id: a.id, decidedOn: a.decidedOn, decision: a.status, reason: a.decisionReason ?? '', decidedBy: emailOf(a.decidedBy) }
    : null,
  eligibility_assessment: (e: Row<typeof eligibilityAssessments>, emailOf: EmailOf) => ({
    type: 'eligibility_assessment' as const, id: e.id, applicationId: e.applicationId, assessedOn: e.assessedOn, findings: e.findings, priorityFactors: e.priorityFactors,
    outcome: e.outcome, reason: e.reason, alternativesOffered: e.alternativesOffered, assessedBy: email(emailOf, e.assessedBy),
  }),
  case: (c: Row<typeof cases>, emailOf: EmailOf) => ({
    type: 'case' as const, id: c.id, personId: c.personId, applicationId: c.applicationId, municipalityAtvk: c.municipalityAtvk, programme: c.programme, caseNumber: c.caseNumber,
    openedOn: c.openedOn, caseManager: emailOf(c.caseManagerUserId), dataProcessingInformedOn: c.dataProcessingInformedOn, serviceRulesInformedOn: c.serviceRulesInformedOn,
    contractSignedOn: c.contractSignedOn, dwellingId: c.dwellingId, inspectionAfterDays: c.inspectionAfterDays, serviceBeganOn: c.serviceBeganOn,
  }),
  case_document: (d: Row<typeof caseDocuments>, emailOf: EmailOf) => ({
    type: 'case_document' as const, id: d.id, caseId: d.caseId, kind: d.kind, status: d.status, on: d.onDate, note: d.note, recordedBy: email(emailOf, d.recordedBy),
  }),
  consent: (c: Row<typeof caseConsents>, emailOf: EmailOf) => ({
    type: 'consent' as const, id: c.id, caseId: c.caseId, consentTextVersion: c.consentTextVersion, givenOn: c.givenOn, withdrawnOn: c.withdrawnOn, recordedBy: email(emailOf, c.recordedBy),
  }),
  move_in: (m: Row<typeof moveIns>, emailOf: EmailOf) => ({
    type: 'move_in' as const, id: m.id, caseId: m.caseId, dwellingId: m.dwellingId, movedInOn: m.movedInOn, accompaniedBy: m.accompaniedBy, crisisAgreement: m.crisisAgreement,
    spareKeyUseAllowed: m.spareKeyUseAllowed, equipmentExplained: m.equipmentExplained, nothingEssentialMissing: m.nothingEssentialMissing, handoverItems: m.handoverItems,
    lease: m.lease, recordedBy: email(emailOf, m.recordedBy),
  }),
  dwelling_key: (k: Row<typeof dwellingKeys>) => ({
    type: 'dwelling_key' as const, id: k.id, caseId: k.caseId!, dwellingId: k.dwellingId, holder: k.holder, holderName: k.holderName, handedOn: k.handedOn, returnedOn: k.returnedOn,
  }),
  team_member: (m: Row<typeof caseTeamMembers>, emailOf: EmailOf) => ({
    type: 'team_member' as const, id: m.id, caseId: m.caseId, worker: email(emailOf, m.userId), teamRole: m.teamRole, fromDate: m.fromDate, toDate: m.toDate,
    overrideReason: m.overrideReason, changeReason: m.changeReason,
  }),
  initial_assessment: (a: Row<typeof initialAssessments>, emailOf: EmailOf) => ({
    type: 'initial_assessment' as const, id: a.id, caseId: a.caseId, assessedOn: a.assessedOn, ...a.data, supportNeedLevel: a.supportNeedLevel, assessedBy: email(emailOf, a.assessedBy),
  }),
  visit_slot: (s: Row<typeof visitSlots>, emailOf: EmailOf) => ({
    type: 'visit_slot' as const, id: s.id, caseId: s.caseId, weekday: s.weekday, atTime: s.atTime, fromDate: s.fromDate, setBy: email(emailOf, s.setBy),
  }),
  visit: (v: Row<typeof visits>, emailOf: EmailOf) => ({
    type: 'visit' as const, id: v.id, caseId: v.caseId, visitedOn: v.visitedOn, atTime: v.atTime, workers: v.workerIds.map((w) => email(emailOf, w)), place: v.place,
    outcome: v.outcome, healthRisk: v.healthRisk, dwellingCondition: v.dwellingCondition, technicalFaults: v.technicalFaults, personState: v.personState, hours: Number(v.hours),
    recordedBy: email(emailOf, v.recordedBy),
  }),
  contact: (c: Row<typeof contacts>, emailOf: EmailOf) => ({
    type: 'contact' as const, id: c.id, caseId: c.caseId, visitId: c.visitId, contactOn: c.contactOn, kind: c.kind, mode: c.mode, hours: Number(c.hours), lifeDomains: c.lifeDomains,
    reachedPerson: c.reachedPerson, justification: c.justification, notes: c.notes, worker: email(emailOf, c.workerId), justifiedBy: emailOf(c.justifiedBy), recordedBy: email(emailOf, c.recordedBy),
  }),
  escalation_extension: (e: Row<typeof escalationExtensions>, emailOf: EmailOf) => ({
    type: 'escalation_extension' as const, id: e.id, caseId: e.caseId, recordedOn: e.recordedOn, reason: e.reason, recordedBy: email(emailOf, e.recordedBy),
  }),
  // HF-2.2 the engagement's records with their cancellation (who, when, why), if any
  engagement_extension: (e: Row<typeof engagementExtensions>, emailOf: EmailOf) => ({
    type: 'engagement_extension' as const, id: e.id, caseId: e.caseId, decidedOn: e.decidedOn, months: e.months, newEndOn: e.newEndOn, reason: e.reason, recordedBy: email(emailOf, e.recordedBy),
    cancelledAt: e.cancelledAt ? new Date(e.cancelledAt).toISOString() : null, cancelledBy: emailOf(e.cancelledBy), cancelReason: e.cancelReason,
  }),
  engagement_suspension: (s: Row<typeof engagementSuspensions>, emailOf: EmailOf) => ({
    type: 'engagement_suspension' as const, id: s.id, caseId: s.caseId, fromOn: s.fromOn, toOn: s.toOn, reason: s.reason, recordedBy: email(emailOf, s.recordedBy),
    cancelledAt: s.cancelledAt ? new Date(s.cancelledAt).toISOString() : null, cancelledBy: emailOf(s.cancelledBy), cancelReason: s.cancelReason,
  }),
  support_offer: (o: Row<typeof supportOffers>, emailOf: EmailOf) => ({
    type: 'support_offer' as const, id: o.id, caseId: o.caseId, offered: o.offered, offeredOn: o.offeredOn, answer: o.answer, toldNotACondition: o.toldNotACondition, note: o.note,
    recordedBy: email(emailOf, o.recordedBy),
  }),
  plan: (p: Row<typeof rehabilitationPlans>, emailOf: EmailOf) => ({
    type: 'plan' as const, id: p.id, caseId: p.caseId, version: p.version, startedOn: p.startedOn, endedOn: p.endedOn,
    goals: p.goals.map(({ responsibleUserId, ...goal }) => ({ ...goal, responsible: emailOf((responsibleUserId as string | null | undefined) ?? null) })),
    recordedBy: email(emailOf, p.recordedBy),
  }),
  plan_review: (r: Row<typeof planReviews>, emailOf: EmailOf) => ({
    type: 'plan_review' as const, id: r.id, caseId: r.caseId, reviewedOn: r.reviewedOn, note: r.note, recordedBy: email(emailOf, r.recordedBy),
  }),
  functioning_assessment: (f: Row<typeof functioningAssessments>, emailOf: EmailOf) => ({
    type: 'functioning_assessment' as const, id: f.id, caseId: f.caseId, assessedOn: f.assessedOn, summary: f.summary, domainNeeds: f.domainNeeds, recordedBy: email(emailOf, f.recordedBy),
  }),
  work_log_entry: (w: Row<typeof workLogEntries>, emailOf: EmailOf) => ({
    type: 'work_log_entry' as const, id: w.id, caseId: w.caseId, on: w.entryOn, goals: w.goals, topics: w.topics, done: w.done, results: w.results, conclusions: w.conclusions,
    interProfessionalNotes: w.interProfessionalNotes, lifeDomains: w.lifeDomains, author: email(emailOf, w.authorId),
  }),
  incident: (i: Row<typeof caseIncidents>, emailOf: EmailOf) => ({
    type: 'incident' as const, id: i.id, caseId: i.caseId, kind: i.kind, occurredOn: i.occurredOn, description: i.description, actionTaken: i.actionTaken, recordedBy: email(emailOf, i.recordedBy),
  }),
  cooperation_protocol: (p: Row<typeof cooperationProtocols>, emailOf: EmailOf) => ({
    type: 'cooperation_protocol' as const, id: p.id, caseId: p.caseId, protocolId: p.protocolId, version: p.version, heldOn: p.heldOn, institutions: p.institutions,
    participants: p.participants, topic: p.topic, agreed: p.agreed, actions: p.actions, correctionReason: p.correctionReason, recordedBy: email(emailOf, p.recordedBy),
  }),
  exit: (e: Row<typeof caseEndings>, confirmations: Row<typeof caseEndingConfirmations>[], emailOf: EmailOf) => ({
    type: 'exit' as const, id: e.id, caseId: e.caseId, reason: e.reason, endsOn: e.endsOn, noticeGivenOn: e.noticeGivenOn, destination: e.destination, note: e.note,
    proposedBy: email(emailOf, e.proposedBy),
    confirmations: [...confirmations].sort((a, b) => a.teamRole.localeCompare(b.teamRole)).map((c) => ({ teamRole: c.teamRole, by: email(emailOf, c.userId), confirmedAt: new Date(c.confirmedAt).toISOString() })),
  }),
};

/** The insert values of the case's own records; `organisationId` is the importing organisation's. */
export const decode = {
  team_member: (r: R<'team_member'>, o: string, user: UserIdOf): Insert<typeof caseTeamMembers> => ({
    id: r.id, organisationId: o, caseId: r.caseId, userId: user(r.worker), teamRole: r.teamRole, fromDate: r.fromDate, toDate: r.toDate, overrideReason: r.overrideReason,
    changeReason: r.changeReason,
  }),
  case_document: (r: R<'case_document'>, o: string, user: UserIdOf): Insert<typeof caseDocuments> => ({
    id: r.id, organisationId: o, caseId: r.caseId, kind: r.kind, status: r.status, onDate: r.on, note: r.note, recordedBy: user(r.recordedBy),
  }),
  consent: (r: R<'consent'>, o: string, user: UserIdOf): Insert<typeof caseConsents> => ({
    id: r.id, organisationId: o, caseId: r.caseId, consentTextVersion: r.consentTextVersion, givenOn: r.givenOn, withdrawnOn: r.withdrawnOn, recordedBy: user(r.recordedBy),
  }),
  initial_assessment: (r: R<'initial_assessment'>, o: string, user: UserIdOf): Insert<typeof initialAssessments> => {
    const { type: _type, id, caseId, assessedOn, supportNeedLevel, assessedBy, ...data } = r;
    return { id, organisationId: o, caseId, assessedOn, supportNeedLevel, data, assessedBy: user(assessedBy) };
  },
  move_in: (r: R<'move_in'>, o: string, user: UserIdOf): Insert<typeof moveIns> => ({
    id: r.id, organisationId: o, caseId: r.caseId, dwellingId: r.dwellingId, movedInOn: r.movedInOn, accompaniedBy: r.accompaniedBy, crisisAgreement: r.crisisAgreement,
    spareKeyUseAllowed: r.spareKeyUseAllowed, equipmentExplained: r.equipmentExplained, nothingEssentialMissing: r.nothingEssentialMissing, handoverItems: r.handoverItems,
    lease: r.lease, recordedBy: user(r.recordedBy),
  }),
  dwelling_key: (r: R<'dwelling_key'>, o: string): Insert<typeof dwellingKeys> => ({
    id: r.id, organisationId: o, caseId: r.caseId, dwellingId: r.dwellingId, holder: r.holder, holderName: r.holderName, handedOn: r.handedOn, returnedOn: r.returnedOn,
  }),
  visit_slot: (r: R<'visit_slot'>, o: string, user: UserIdOf): Insert<typeof visitSlots> => ({
    id: r.id, organisationId: o, caseId: r.caseId, weekday: r.weekday, atTime: r.atTime, fromDate: r.fromDate, setBy: user(r.setBy),
  }),
  visit: (r: R<'visit'>, o: string, user: UserIdOf): Insert<typeof visits> => ({
    id: r.id, organisationId: o, caseId: r.caseId, visitedOn: r.visitedOn, atTime: r.atTime, workerIds: r.workers.map(user), place: r.place, outcome: r.outcome,
    healthRisk: r.healthRisk, dwellingCondition: r.dwellingCondition, technicalFaults: r.technicalFaults, personState: r.personState, hours: r.hours, recordedBy: user(r.recordedBy),
  }),
  contact: (r: R<'contact'>, o: string, user: UserIdOf): Insert<typeof contacts> => ({
    id: r.id, organisationId: o, caseId: r.caseId, visitId: r.visitId, contactOn: r.contactOn, kind: r.kind, mode: r.mode, hours: r.hours, workerId: user(r.worker),
    lifeDomains: r.lifeDomains, reachedPerson: r.reachedPerson, justification: r.justification, justifiedBy: r.justifiedBy ? user(r.justifiedBy) : null, notes: r.notes,
    recordedBy: user(r.recordedBy),
  }),
  escalation_extension: (r: R<'escalation_extension'>, o: string, user: UserIdOf): Insert<typeof escalationExtensions> => ({
    id: r.id, organisationId: o, caseId: r.caseId, recordedOn: r.recordedOn, reason: r.reason, recordedBy: user(r.recordedBy),
  }),
  engagement_extension: (r: R<'engagement_extension'>, o: string, user: UserIdOf): Insert<typeof engagementExtensions> => ({
    id: r.id, organisationId: o, caseId: r.caseId, decidedOn: r.decidedOn, months: r.months, newEndOn: r.newEndOn, reason: r.reason, recordedBy: user(r.recordedBy),
    cancelledAt: r.cancelledAt, cancelledBy: r.cancelledBy ? user(r.cancelledBy) : null, cancelReason: r.cancelReason,
  }),
  engagement_suspension: (r: R<'engagement_suspension'>, o: string, user: UserIdOf): Insert<typeof engagementSuspensions> => ({
    id: r.id, organisationId: o, caseId: r.caseId, fromOn: r.fromOn, toOn: r.toOn, reason: r.reason, recordedBy: user(r.recordedBy),
    cancelledAt: r.cancelledAt, cancelledBy: r.cancelledBy ? user(r.cancelledBy) : null, cancelReason: r.cancelReason,
  }),
  support_offer: (r: R<'support_offer'>, o: string, user: UserIdOf): Insert<typeof supportOffers> => ({
    id: r.id, organisationId: o, caseId: r.caseId, offered: r.offered, offeredOn: r.offeredOn, answer: r.answer, toldNotACondition: r.toldNotACondition, note: r.note,
    recordedBy: user(r.recordedBy),
  }),
  plan: (r: R<'plan'>, o: string, user: UserIdOf): Insert<typeof rehabilitationPlans> => ({
    id: r.id, organisationId: o, caseId: r.caseId, version: r.version, startedOn: r.startedOn, endedOn: r.endedOn,
    goals: r.goals.map(({ responsible, ...goal }) => ({ ...goal, responsibleUserId: responsible ? user(responsible) : null })), recordedBy: user(r.recordedBy),
  }),
  plan_review: (r: R<'plan_review'>, o: string, user: UserIdOf): Insert<typeof planReviews> => ({
    id: r.id, organisationId: o, caseId: r.caseId, reviewedOn: r.reviewedOn, note: r.note, recordedBy: user(r.recordedBy),
  }),
  functioning_assessment: (r: R<'functioning_assessment'>, o: string, user: UserIdOf): Insert<typeof functioningAssessments> => ({
    id: r.id, organisationId: o, caseId: r.caseId, assessedOn: r.assessedOn, summary: r.summary, domainNeeds: r.domainNeeds as Record<string, string>, recordedBy: user(r.recordedBy),
  }),
  work_log_entry: (r: R<'work_log_entry'>, o: string, user: UserIdOf): Insert<typeof workLogEntries> => ({
    id: r.id, organisationId: o, caseId: r.caseId, entryOn: r.on, goals: r.goals, topics: r.topics, done: r.done, results: r.results, conclusions: r.conclusions,
    interProfessionalNotes: r.interProfessionalNotes, lifeDomains: r.lifeDomains, authorId: user(r.author),
  }),
  incident: (r: R<'incident'>, o: string, user: UserIdOf): Insert<typeof caseIncidents> => ({
    id: r.id, organisationId: o, caseId: r.caseId, kind: r.kind, occurredOn: r.occurredOn, description: r.description, actionTaken: r.actionTaken, recordedBy: user(r.recordedBy),
  }),
  cooperation_protocol: (r: R<'cooperation_protocol'>, o: string, user: UserIdOf): Insert<typeof cooperationProtocols> => ({
    id: r.id, organisationId: o, caseId: r.caseId, protocolId: r.protocolId, version: r.version, heldOn: r.heldOn, institutions: r.institutions, participants: r.participants,
    topic: r.topic, agreed: r.agreed, actions: r.actions, correctionReason: r.correctionReason, recordedBy: user(r.recordedBy),
  }),
};

/** HF-1.4 an eligibility assessment, against the criteria version the municipality had in force that day. */
export const decodeEligibilityAssessment = (r: R<'eligibility_assessment'>, o: string, user: UserIdOf, criteriaSetId: string): Insert<typeof eligibilityAssessments> => ({
  id: r.id, organisationId: o, applicationId: r.applicationId, criteriaSetId, assessedOn: r.assessedOn, findings: r.findings, priorityFactors: r.priorityFactors,
  outcome: r.outcome, reason: r.reason, alternativesOffered: r.alternativesOffered, assessedBy: user(r.assessedBy),
});

/** The record types stored one row per record in a table of their own, keyed by the record's id. */
export type SimpleRecordType = keyof typeof decode;
export const SIMPLE_RECORD_TYPES = Object.keys(decode) as SimpleRecordType[];

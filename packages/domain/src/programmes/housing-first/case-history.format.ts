import { z } from 'zod';
import {
  caseHistoryRecord as record, dwellingRecord, parseCaseHistoryOf, personRecord, workerEmail, type CaseHistoryHeader, type CaseHistoryIssue, type CaseHistoryVersion,
} from '../../core/case-history.format';
import { freeText, isoDate, optionalText, uuid } from '../../shared/validation';
import { endCaseSchema, JOINT_DECISION_ROLES, workLogEntrySchema } from './ending.rules';
import { deadlineIssue, deadlinesAfterMeeting, protocolFields } from './protocols.schemas';
import {
  assignTeamMemberSchema, decideApplicationSchema, giveConsentSchema, markDocumentSchema, eligibilityAssessmentSchema, initialAssessmentSchema,
  recordAgreementsSchema, recordMoveInSchema, submitApplicationSchema,
} from './granting.schemas';
import {
  functioningAssessmentSchema, planGoalSchema, planReviewSchema, recordContactSchema, recordExtensionSchema, recordIncidentSchema, recordSupportOfferSchema,
  recordVisitSchema, savePlanSchema, setInspectionPeriodSchema, setVisitSlotSchema,
} from './service.schemas';

/**
 * Housing First's records of the case-history exchange format (docs/case-history-format.md; the
 * format's programme-neutral part is the core's, `core/case-history.format.ts`). Version 2 names the
 * programme in the header and carries what version 1 left out — the dwelling, the move-in with its
 * keys, the documents checklist and the consents, the inspection period and the day the service began;
 * version 1 files are still read, and behave as they always did. Every record carries the stable id of
 * the row it becomes, so importing a file twice changes nothing and exporting after an import gives the
 * same lines back. Workers are named by e-mail; the importing server resolves them to its users.
 *
 * The record schemas are the API's own schemas (HF-3.1 granting, HF-3.2 service, HF-3.3 ending,
 * HF-3.4 documents) with ids and worker e-mails added, so the format accepts exactly what the forms do.
 */
const onCase = { caseId: uuid };

const applicationRecord = submitApplicationSchema.omit({ firstContactId: true }).extend({
  ...record('application'),
  /** HF-3.3.4 a re-application after an earlier case (in the file or already on the server). */
  previousCaseId: uuid.nullish().transform((s) => s ?? null),
}).strict();

const eligibilityAssessmentRecord = eligibilityAssessmentSchema.extend({ ...record('eligibility_assessment'), applicationId: uuid, assessedBy: workerEmail }).strict();

/** HF-3.1.4 the decision on an application; its id is the application's. */
const decisionRecord = decideApplicationSchema.omit({ version: true }).extend({ ...record('decision'), decidedBy: workerEmail.nullish().transform((s) => s ?? null) }).strict();

const caseFields = recordAgreementsSchema.omit({ version: true }).extend({
  ...record('case'),
  personId: uuid,
  applicationId: uuid.nullish().transform((s) => s ?? null),
  municipalityAtvk: submitApplicationSchema.shape.municipalityAtvk,
  programme: z.enum(['housing_first'], { error: 'validation.invalidOption' }),
  /** HF-3.4.1 the number on the case file's title page, unique in the provider's register. */
  caseNumber: optionalText(40),
  openedOn: isoDate,
  caseManager: workerEmail.nullish().transform((s) => s ?? null),
});
const agreementDates = <C extends { dataProcessingInformedOn?: string | null; serviceRulesInformedOn?: string | null; contractSignedOn?: string | null }>(c: C) => ({
  ...c, dataProcessingInformedOn: c.dataProcessingInformedOn ?? null, serviceRulesInformedOn: c.serviceRulesInformedOn ?? null, contractSignedOn: c.contractSignedOn ?? null,
});
const caseRecordV1 = caseFields.strict().transform(agreementDates);
/** Version 2: also the dwelling the person lives in, the inspection period agreed (HF-2.7) and, for a case served without a move-in, the day its service began. */
const caseRecord = caseFields.extend({
  dwellingId: uuid.nullish().transform((s) => s ?? null),
  inspectionAfterDays: setInspectionPeriodSchema.shape.inspectionAfterDays.default(15),
  serviceBeganOn: isoDate.nullish().transform((s) => s ?? null),
}).strict().transform(agreementDates);

/** HF-3.1.6 a document of the case's checklist, received or waived. */
const caseDocumentRecord = markDocumentSchema.extend({ ...record('case_document'), ...onCase, recordedBy: workerEmail }).strict();

/** HF-4.4 the person's consent to the processing of their data, in the consent text's version, and its withdrawal. */
const consentRecord = giveConsentSchema.extend({
  ...record('consent'), ...onCase, withdrawnOn: isoDate.nullish().transform((s) => s ?? null), recordedBy: workerEmail,
}).strict();


/** HF-3.1.8–3.1.10 the move-in: the dwelling, the crisis agreement, the handover act and the lease (the keys are `dwelling_key` lines). */
const moveInRecord = recordMoveInSchema.omit({ keys: true, dwellingId: true }).extend({ ...record('move_in'), ...onCase, dwellingId: uuid, recordedBy: workerEmail }).strict();

/** HF-3.1.10 a copy of the dwelling's key handed over for the case, and its return. */
const dwellingKeyRecord = recordMoveInSchema.shape.keys.element.extend({
  ...record('dwelling_key'), ...onCase, dwellingId: uuid, returnedOn: isoDate.nullish().transform((s) => s ?? null),
}).strict();

const teamMemberRecord = assignTeamMemberSchema.omit({ userId: true }).extend({
  ...record('team_member'), ...onCase, worker: workerEmail, toDate: isoDate.nullish().transform((s) => s ?? null),
  /** HF-3.2.7 why the person got another worker. */
  changeReason: optionalText(1000),
}).strict();

const initialAssessmentRecord = initialAssessmentSchema.extend({ ...record('initial_assessment'), ...onCase, assessedBy: workerEmail }).strict();
const visitSlotRecord = setVisitSlotSchema.extend({ ...record('visit_slot'), ...onCase, setBy: workerEmail }).strict();

/** HF-3.2.1 a visit; its hours are also a `contact` line with this visit's id (HF-2.2). */
const visitRecord = recordVisitSchema.omit({ workerIds: true, lifeDomains: true, justification: true }).extend({
  ...record('visit'), ...onCase, workers: z.array(workerEmail).min(1, { error: 'validation.required' }).max(6), recordedBy: workerEmail,
}).strict().transform((v) => ({ ...v, atTime: v.atTime ?? null }));

const contactRecord = recordContactSchema.extend({
  ...record('contact'), ...onCase, visitId: uuid.nullish().transform((s) => s ?? null), worker: workerEmail,
  justifiedBy: workerEmail.nullish().transform((s) => s ?? null), recordedBy: workerEmail,
}).strict();

const extensionRecord = recordExtensionSchema.extend({ ...record('escalation_extension'), ...onCase, recordedBy: workerEmail }).strict();

/** HF-2.2 a record of the engagement kept with its cancellation, if any: who, when and why (all three or none). */
const engagementCancellation = {
  cancelledAt: z.iso.datetime({ offset: true, error: 'validation.invalid' }).transform((s) => new Date(s).toISOString()).nullish().transform((s) => s ?? null),
  cancelledBy: workerEmail.nullish().transform((s) => s ?? null),
  cancelReason: optionalText(1000),
};
const cancelledTogether = (r: { cancelledAt: string | null; cancelledBy: string | null; cancelReason: string | null }) =>
  (r.cancelledAt === null) === (r.cancelledBy === null) && (r.cancelledAt === null) === (r.cancelReason === null);
const engagementReason = freeText(1000).min(1, { error: 'validation.required' });
/** HF-2.2 an extension of the agreed end: by months (1–24) or to a new day, with a reason. */
const engagementExtensionRecord = z.object({
  ...record('engagement_extension'), ...onCase, decidedOn: isoDate,
  months: z.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).min(1, { error: 'validation.invalid' }).max(24, { error: 'validation.invalid' }).nullish().transform((m) => m ?? null),
  newEndOn: isoDate.nullish().transform((s) => s ?? null), reason: engagementReason, recordedBy: workerEmail, ...engagementCancellation,
}).strict()
  .refine((e) => (e.months === null) !== (e.newEndOn === null), { error: 'housing.errors.engagementMonthsOrEnd', path: ['months'] })
  .refine(cancelledTogether, { error: 'validation.invalid', path: ['cancelledAt'] });
/** HF-2.2 a suspension of the engagement, from and to included, with a reason. */
const engagementSuspensionRecord = z.object({
  ...record('engagement_suspension'), ...onCase, fromOn: isoDate, toOn: isoDate, reason: engagementReason, recordedBy: workerEmail, ...engagementCancellation,
}).strict().refine(cancelledTogether, { error: 'validation.invalid', path: ['cancelledAt'] });

/** HF-3.2.3 older records may predate telling the person it is no condition, so false is accepted here. */
const supportOfferRecord = recordSupportOfferSchema.extend({ ...record('support_offer'), ...onCase, toldNotACondition: z.boolean(), recordedBy: workerEmail }).strict();

const goalRecord = planGoalSchema.omit({ responsibleUserId: true }).extend({ responsible: workerEmail.nullish().transform((s) => s ?? null) }).strict()
  .transform((g) => ({ ...g, deadline: g.deadline ?? null, reviewOn: g.reviewOn ?? null }));
/** HF-3.4.4 one version of the plan; each save in the application is a new version. */
const planRecord = savePlanSchema.omit({ basedOnVersion: true }).extend({
  ...record('plan'), ...onCase, version: z.number().int().min(1).max(1000), endedOn: isoDate.nullish().transform((s) => s ?? null),
  goals: z.array(goalRecord).min(1, { error: 'validation.required' }).max(50), recordedBy: workerEmail,
}).strict();

const planReviewRecord = planReviewSchema.extend({ ...record('plan_review'), ...onCase, recordedBy: workerEmail }).strict();
const functioningRecord = functioningAssessmentSchema.extend({ ...record('functioning_assessment'), ...onCase, recordedBy: workerEmail }).strict();
const workLogRecord = workLogEntrySchema.extend({ ...record('work_log_entry'), ...onCase, author: workerEmail }).strict();
const incidentRecord = recordIncidentSchema.extend({ ...record('incident'), ...onCase, recordedBy: workerEmail }).strict();
/** HF-3.4.6 one version of an inter-institutional cooperation protocol (version 2). */
const protocolRecord = z.object({
  ...record('cooperation_protocol'), ...onCase, ...protocolFields, protocolId: uuid, version: z.number().int().min(1).max(1000),
  correctionReason: optionalText(1000), recordedBy: workerEmail,
}).strict().refine(deadlinesAfterMeeting, deadlineIssue);

/** HF-3.3 the ending with its exit data; for violence, the three confirmations of the joint decision (HF-3.3.2). */
const exitRecord = endCaseSchema.extend({
  ...record('exit'), ...onCase, proposedBy: workerEmail,
  confirmations: z.array(z.object({
    teamRole: z.enum(JOINT_DECISION_ROLES, { error: 'validation.invalidOption' }),
    by: workerEmail,
    confirmedAt: z.iso.datetime({ offset: true, error: 'validation.invalid' }).transform((s) => new Date(s).toISOString()),
  }).strict()).max(JOINT_DECISION_ROLES.length).default([]),
}).strict().transform((e) => ({ ...e, noticeGivenOn: e.noticeGivenOn ?? null }));

/** Every record type of the current version, in the order an export writes them within a case. */
export const CASE_HISTORY_RECORDS = {
  person: personRecord,
  application: applicationRecord,
  eligibility_assessment: eligibilityAssessmentRecord,
  decision: decisionRecord,
  dwelling: dwellingRecord,
  case: caseRecord,
  team_member: teamMemberRecord,
  case_document: caseDocumentRecord,
  consent: consentRecord,
  initial_assessment: initialAssessmentRecord,
  move_in: moveInRecord,
  dwelling_key: dwellingKeyRecord,
  visit_slot: visitSlotRecord,
  visit: visitRecord,
  contact: contactRecord,
  escalation_extension: extensionRecord,
  engagement_extension: engagementExtensionRecord,
  engagement_suspension: engagementSuspensionRecord,
  support_offer: supportOfferRecord,
  plan: planRecord,
  plan_review: planReviewRecord,
  functioning_assessment: functioningRecord,
  work_log_entry: workLogRecord,
  incident: incidentRecord,
  cooperation_protocol: protocolRecord,
  exit: exitRecord,
} as const;
export type CaseHistoryRecordType = keyof typeof CASE_HISTORY_RECORDS;

/** Version 1's record types: no dwelling, move-in, keys, documents, consents or engagement records, and the case without the version-2 fields. */
const {
  dwelling: _dwelling, move_in: _moveIn, dwelling_key: _key, case_document: _document, consent: _consent, engagement_extension: _engagementExtension, engagement_suspension: _engagementSuspension,
  cooperation_protocol: _protocol, ...versionOneRecords
} = CASE_HISTORY_RECORDS;
const RECORDS_OF_VERSION: Record<CaseHistoryVersion, Partial<Record<CaseHistoryRecordType, z.ZodType>>> = {
  1: { ...versionOneRecords, case: caseRecordV1 },
  2: CASE_HISTORY_RECORDS,
};
export const CASE_HISTORY_RECORD_TYPES = Object.keys(CASE_HISTORY_RECORDS) as CaseHistoryRecordType[];
export type CaseHistoryRecordOf<T extends CaseHistoryRecordType> = z.output<(typeof CASE_HISTORY_RECORDS)[T]>;
export type CaseHistoryRecord = { [T in CaseHistoryRecordType]: CaseHistoryRecordOf<T> }[CaseHistoryRecordType];

export interface ParsedCaseHistoryLine { line: number; record: CaseHistoryRecord }

/** Housing First's plug-in records, per version its files are read in. */
export const HOUSING_FIRST_CASE_HISTORY_RECORDS = RECORDS_OF_VERSION;

/**
 * Reads a Housing First file (version 1, or version 2 naming `housing_first`): every line is parsed and
 * validated, and every problem is listed — nothing stops at the first. A file of every carried programme
 * is read with the registry's `readCaseHistory`.
 */
export function parseCaseHistory(text: string): { header: CaseHistoryHeader | null; records: ParsedCaseHistoryLine[]; issues: CaseHistoryIssue[] } {
  const parsed = parseCaseHistoryOf(text, [{ code: 'housing_first', caseHistory: { records: RECORDS_OF_VERSION } }]);
  return parsed as { header: CaseHistoryHeader | null; records: ParsedCaseHistoryLine[]; issues: CaseHistoryIssue[] };
}

/**
 * The checks a file must pass on its own, before the database is asked: ids unique, every reference to
 * a case, person, application or visit in the same file, one decision per application and one exit per
 * case (HF-3.3), plan versions unique per case (HF-3.4.4), the decision's application eligible before a
 * grant (HF-3.1.4), a case's person the same as its application's; in version 2 every case of the
 * header's programme, a dwelling named by the case, its move-in and keys in the file, one move-in per case (HF-3.1.8).
 */
export function checkCaseHistoryReferences(lines: readonly ParsedCaseHistoryLine[], programme: string = 'housing_first'): CaseHistoryIssue[] {
  const issues: CaseHistoryIssue[] = [];
  const byId = new Map<string, ParsedCaseHistoryLine>();
  for (const l of lines) {
    const key = `${l.record.type === 'decision' ? 'decision' : 'row'}:${l.record.id}`;
    if (byId.has(key)) issues.push({ line: l.line, field: 'id', key: 'housing.caseHistory.errors.duplicateId' });
    else byId.set(key, l);
  }
  const of = <T extends CaseHistoryRecordType>(id: string | null, type: T) => {
    const found = id ? byId.get(`row:${id}`) : undefined;
    return found?.record.type === type ? (found.record as CaseHistoryRecordOf<T>) : null;
  };
  const refer = (l: ParsedCaseHistoryLine, field: string, id: string | null, type: CaseHistoryRecordType, required: boolean) => {
    if ((id || required) && !of(id, type)) issues.push({ line: l.line, field, key: 'housing.caseHistory.errors.unknownReference' });
  };
  const once = new Set<string>();
  const onlyOnce = (l: ParsedCaseHistoryLine, field: string, key: string) => {
    if (once.has(key)) issues.push({ line: l.line, field, key: 'housing.caseHistory.errors.duplicateRecord' });
    once.add(key);
  };
  for (const l of lines) {
    const r = l.record;
    switch (r.type) {
      case 'person': case 'dwelling':
        break;
      case 'application':
        refer(l, 'personId', r.personId, 'person', true);
        break;
      case 'eligibility_assessment':
        refer(l, 'applicationId', r.applicationId, 'application', true);
        break;
      case 'decision': {
        refer(l, 'id', r.id, 'application', true);
        onlyOnce(l, 'id', `decision:${r.id}`);
        const eligible = lines.some((x) => x.record.type === 'eligibility_assessment' && x.record.applicationId === r.id && x.record.outcome === 'eligible');
        if (r.decision === 'granted' && !eligible) issues.push({ line: l.line, field: 'decision', key: 'housing.errors.notAssessedEligible' });
        break;
      }
      case 'case': {
        refer(l, 'personId', r.personId, 'person', true);
        refer(l, 'applicationId', r.applicationId, 'application', false);
        const application = of(r.applicationId, 'application');
        if (application && application.personId !== r.personId) issues.push({ line: l.line, field: 'applicationId', key: 'housing.caseHistory.errors.otherPerson' });
        if (application && !lines.some((x) => x.record.type === 'decision' && x.record.id === application.id && x.record.decision === 'granted')) {
          issues.push({ line: l.line, field: 'applicationId', key: 'housing.caseHistory.errors.notGranted' });
        }
        if (r.applicationId) onlyOnce(l, 'applicationId', `case-of:${r.applicationId}`);
        if (r.programme !== programme) issues.push({ line: l.line, field: 'programme', key: 'housing.caseHistory.errors.otherProgramme' });
        refer(l, 'dwellingId', r.dwellingId ?? null, 'dwelling', false);
        break;
      }
      case 'move_in':
        refer(l, 'caseId', r.caseId, 'case', true);
        refer(l, 'dwellingId', r.dwellingId, 'dwelling', true);
        onlyOnce(l, 'caseId', `move-in:${r.caseId}`);
        break;
      case 'dwelling_key':
        refer(l, 'caseId', r.caseId, 'case', true);
        refer(l, 'dwellingId', r.dwellingId, 'dwelling', true);
        break;
      case 'contact': {
        refer(l, 'caseId', r.caseId, 'case', true);
        refer(l, 'visitId', r.visitId, 'visit', false);
        const visit = of(r.visitId, 'visit');
        if (visit && visit.caseId !== r.caseId) issues.push({ line: l.line, field: 'visitId', key: 'housing.caseHistory.errors.otherCase' });
        break;
      }
      case 'plan':
        refer(l, 'caseId', r.caseId, 'case', true);
        onlyOnce(l, 'version', `plan:${r.caseId}:${r.version}`);
        break;
      case 'exit':
        refer(l, 'caseId', r.caseId, 'case', true);
        onlyOnce(l, 'caseId', `exit:${r.caseId}`);
        break;
      default:
        refer(l, 'caseId', r.caseId, 'case', true);
    }
  }
  return issues;
}

import { z } from 'zod';
import {
  caseHistoryRecord as record, caseHistoryReferences, dwellingRecord, evaluationRecord, nullable, personRecord, workerEmail,
  type CaseHistoryIssue, type CaseHistoryLine, type ProgrammeCaseHistory,
} from '../../core/case-history.format';
import { scoreProblemOf } from '../../core/evaluation-schedule';
import { checkPersonDates } from '../../persons/person.schemas';
import { checkFactDate, checkPastDate, type CaseSpan } from '../../shared/fact-dates';
import { isoDate, optionalText, uuid } from '../../shared/validation';
import { addServiceLineSchema, endIpCaseSchema, openIpCaseSchema, recordCostSchema, recordDeliverySchema, setCoPaymentSchema } from './api.schemas';
import { IP_EVALUATION_INSTRUMENTS } from './instruments';
import { checkDelivery, UNITS_OF_LINE } from './service-lines';

/**
 * The Individual Programme's records of the case-history format (docs/case-history-format.md, issue 12;
 * version 2, header `"programme":"individual_programme"`). The record schemas are the programme's API
 * schemas (IP-1 opening, IP-2 service lines and deliveries, IP-3 costs and co-payments, the ending) with
 * ids and worker e-mails added, so a file accepts what the forms accept. The core's `person`, `dwelling`
 * (a housing line's, IP-2) and `evaluation` (IP-5 the satisfaction survey) are shared with every programme.
 * IP-6's self-assessment is the provider's, not a case's: it is not in a case's history.
 */

const onCase = { caseId: uuid };
/** IP team roles: the case manager is the case's social worker; others may join. */
const TEAM_ROLES = ['social_worker', 'social_mentor', 'specialist', 'municipal_social_worker'] as const;

/**
 * IP-1 the case with its granting decision: the person (for a family, its member who applied), the
 * household whose members receive the service (`ip_recipient` lines), the target group (IP-4), the
 * community services considered and why they cannot meet the need, the service place, the agreement's end.
 * Its id is the case's. The provider's service agreement is the importing organisation's in force on `openedOn`.
 */
const ipCaseRecord = openIpCaseSchema.omit({ household: true, caseManagerUserId: true }).extend({
  ...record('ip_case'),
  householdId: nullable(uuid),
  /** The number in the programme's register (IP-YYYY-NNNN), unique in the provider's register. */
  caseNumber: optionalText(40),
  /** Who decided: a user of the importing provider or of the municipality's social service. */
  decidedBy: workerEmail,
  caseManager: nullable(workerEmail),
}).strict();

/** IP-1, IP-4 a person who receives the service in the case, from a day (to the day their service ended). */
const recipientRecord = z.object({ ...record('ip_recipient'), ...onCase, personId: uuid, fromDate: isoDate, toDate: nullable(isoDate) }).strict();

/** A worker on the case's team (the case manager from the opening). */
const teamMemberRecord = z.object({
  ...record('ip_team_member'), ...onCase, worker: workerEmail, teamRole: z.enum(TEAM_ROLES, { error: 'validation.invalidOption' }), fromDate: isoDate, toDate: nullable(isoDate),
}).strict();

/** IP-2 a service line of the plan: the content catalogue's item, skill areas, unit, volume planned per month, from/to month, the dwelling for housing. */
const serviceLineRecord = addServiceLineSchema.extend({ ...record('ip_service_line'), ...onCase, createdBy: workerEmail }).strict();

/** IP-2 the volume of a line delivered in a month (one per line and month). */
const deliveryRecord = recordDeliverySchema.extend({ ...record('ip_service_delivery'), ...onCase, serviceLineId: uuid, recordedBy: workerEmail }).strict();

/** IP-3 a month's planned and (once known) actual cost of a kind (one per case, month and kind). */
const costRecord = recordCostSchema.extend({ ...record('ip_cost'), ...onCase, recordedBy: workerEmail }).strict();

/** IP-3 the client's co-payment for the flat from a month on, with its basis and the assessment day (one per case and month). */
const coPaymentRecord = setCoPaymentSchema.extend({ ...record('ip_co_payment'), ...onCase, recordedBy: workerEmail }).strict();

/** The service ended (IP-5 the ending's survey falls due); its id is the case's. */
const endingRecord = endIpCaseSchema.extend({ ...record('ip_ending') }).strict();

/** Every record type, in the order an export writes them within a case. */
export const IP_CASE_HISTORY_RECORDS = {
  person: personRecord,
  dwelling: dwellingRecord,
  ip_case: ipCaseRecord,
  ip_recipient: recipientRecord,
  ip_team_member: teamMemberRecord,
  ip_service_line: serviceLineRecord,
  ip_service_delivery: deliveryRecord,
  ip_cost: costRecord,
  ip_co_payment: coPaymentRecord,
  evaluation: evaluationRecord,
  ip_ending: endingRecord,
} as const;
export type IpCaseHistoryRecordType = keyof typeof IP_CASE_HISTORY_RECORDS;
export type IpCaseHistoryRecordOf<T extends IpCaseHistoryRecordType> = z.output<(typeof IP_CASE_HISTORY_RECORDS)[T]>;
export type IpCaseHistoryRecord = { [T in IpCaseHistoryRecordType]: IpCaseHistoryRecordOf<T> }[IpCaseHistoryRecordType];
export type IpCaseHistoryLine = CaseHistoryLine<IpCaseHistoryRecord>;

const toMonth = (day: string) => day.slice(0, 7);
const CASE_INSTRUMENTS = IP_EVALUATION_INSTRUMENTS.filter((i) => i.subject === 'case');

/**
 * The checks an IP file must pass on its own (issue 11 §2 as for Housing First): every reference within
 * the file; IP-1 the case opened not before its decision, its person among the recipients (and the only
 * one of a case without a household), the agreement's end after the opening; IP-2 a line's unit, skill
 * areas and dwelling as the form takes them, a delivery in a month its line runs; one delivery per line
 * and month, one cost per month and kind, one co-payment per month (IP-3); IP-5 the survey's instrument
 * and score; and every date possible — nothing after today, every fact within the case's life (its
 * months for monthly facts, `ip.errors.monthOutsideCase`).
 */
export function checkIpCaseHistory(lines: readonly IpCaseHistoryLine[], today: string): CaseHistoryIssue[] {
  const issues: CaseHistoryIssue[] = [];
  const issue = (line: number, field: string, key: string | null) => { if (key) issues.push({ line, field, key: key.includes('.') ? key : `validation.${key}` }); };
  const { of, refer, onlyOnce } = caseHistoryReferences(lines, issues, ['ip_ending']);
  const all = <T extends IpCaseHistoryRecordType>(type: T) => lines.filter((l) => l.record.type === type) as Array<{ line: number; record: IpCaseHistoryRecordOf<T> }>;

  const endings = new Map(all('ip_ending').map((l) => [l.record.id, l.record]));
  const spans = new Map<string, CaseSpan>(all('ip_case').map((l) => [l.record.id, { openedOn: l.record.openedOn, closedOn: endings.get(l.record.id)?.endedOn ?? null }]));
  const recipients = all('ip_recipient');
  /** A fact of a case; a case the file does not carry is already a reference issue. */
  const fact = (line: number, caseId: string, field: string, on: string | null, plannedAhead = false) => {
    const span = spans.get(caseId);
    if (span && on) issue(line, field, checkFactDate(on, span, today, { plannedAhead }));
  };
  const monthOfCase = (line: number, caseId: string, field: string, month: string) => {
    const span = spans.get(caseId);
    if (span && (month < toMonth(span.openedOn) || (span.closedOn && month > toMonth(span.closedOn)))) issue(line, field, 'ip.errors.monthOutsideCase');
  };
  const endNotBefore = (line: number, field: string, from: string, to: string | null) => { if (to && to < from) issue(line, field, 'housing.caseHistory.errors.endBeforeStart'); };

  for (const l of lines) {
    const { line, record: r } = l;
    switch (r.type) {
      case 'person':
        for (const [field, key] of Object.entries(checkPersonDates(r, today))) issue(line, field, key);
        break;
      case 'dwelling':
        break;
      case 'ip_case': {
        refer(l, 'personId', r.personId, 'person');
        issue(line, 'decidedOn', checkPastDate(r.decidedOn, today));
        issue(line, 'openedOn', checkPastDate(r.openedOn, today));
        if (r.openedOn < r.decidedOn) issue(line, 'openedOn', 'ip.errors.openedBeforeDecision');
        if (r.agreementEndsOn && r.agreementEndsOn <= r.openedOn) issue(line, 'agreementEndsOn', 'ip.errors.agreementEndNotAfterOpening');
        const own = recipients.filter((x) => x.record.caseId === r.id);
        if (!own.some((x) => x.record.personId === r.personId)) issue(line, 'personId', 'ip.errors.personNotRecipient');
        break;
      }
      case 'ip_recipient': {
        refer(l, 'caseId', r.caseId, 'ip_case');
        refer(l, 'personId', r.personId, 'person');
        onlyOnce(l, 'personId', `recipient:${r.caseId}:${r.personId}`);
        const theCase = of(r.caseId, 'ip_case') as IpCaseHistoryRecordOf<'ip_case'> | null;
        if (theCase && !theCase.householdId && r.personId !== theCase.personId) issue(line, 'personId', 'ip.errors.notHouseholdMember');
        fact(line, r.caseId, 'fromDate', r.fromDate);
        fact(line, r.caseId, 'toDate', r.toDate);
        endNotBefore(line, 'toDate', r.fromDate, r.toDate);
        break;
      }
      case 'ip_team_member':
        refer(l, 'caseId', r.caseId, 'ip_case');
        fact(line, r.caseId, 'fromDate', r.fromDate, true);
        endNotBefore(line, 'toDate', r.fromDate, r.toDate);
        break;
      case 'ip_service_line':
        refer(l, 'caseId', r.caseId, 'ip_case');
        refer(l, 'dwellingId', r.dwellingId, 'dwelling', false);
        if (!UNITS_OF_LINE[r.line].includes(r.unit)) issue(line, 'unit', 'ip.errors.unitNotForLine');
        if (r.line === 'skills_support' && r.skillAreas.length === 0) issue(line, 'skillAreas', 'ip.errors.skillAreasRequired');
        if (r.line !== 'skills_support' && r.skillAreas.length > 0) issue(line, 'skillAreas', 'ip.errors.skillAreasOnlyForSkills');
        if (r.line !== 'housing' && r.dwellingId) issue(line, 'dwellingId', 'ip.errors.dwellingOnlyForHousing');
        if (r.toMonth && r.toMonth < r.fromMonth) issue(line, 'toMonth', 'ip.errors.toBeforeFrom');
        monthOfCase(line, r.caseId, 'fromMonth', r.fromMonth);
        break;
      case 'ip_service_delivery': {
        refer(l, 'caseId', r.caseId, 'ip_case');
        refer(l, 'serviceLineId', r.serviceLineId, 'ip_service_line');
        onlyOnce(l, 'month', `delivery:${r.serviceLineId}:${r.month}`);
        const serviceLine = of(r.serviceLineId, 'ip_service_line') as IpCaseHistoryRecordOf<'ip_service_line'> | null;
        if (serviceLine && serviceLine.caseId !== r.caseId) issue(line, 'serviceLineId', 'ip.caseHistory.errors.otherCase');
        if (serviceLine) {
          const problem = checkDelivery({ ...serviceLine, plannedPerMonth: serviceLine.plannedPerMonth }, r.month, r.delivered);
          if (problem) issue(line, problem === 'outside_line' ? 'month' : 'delivered', problem === 'outside_line' ? 'ip.errors.deliveryOutsideLine' : 'ip.errors.moreDaysThanMonth');
        }
        if (r.month > toMonth(today)) issue(line, 'month', 'validation.dateInFuture');
        monthOfCase(line, r.caseId, 'month', r.month);
        break;
      }
      case 'ip_cost':
        refer(l, 'caseId', r.caseId, 'ip_case');
        onlyOnce(l, 'month', `cost:${r.caseId}:${r.month}:${r.kind}`);
        if (r.actualCents !== null && r.month > toMonth(today)) issue(line, 'actualCents', 'validation.dateInFuture');
        monthOfCase(line, r.caseId, 'month', r.month);
        break;
      case 'ip_co_payment':
        refer(l, 'caseId', r.caseId, 'ip_case');
        onlyOnce(l, 'effectiveFrom', `co-payment:${r.caseId}:${r.effectiveFrom}`);
        issue(line, 'assessedOn', checkPastDate(r.assessedOn, today));
        monthOfCase(line, r.caseId, 'effectiveFrom', r.effectiveFrom);
        break;
      case 'evaluation': {
        refer(l, 'caseId', r.caseId, 'ip_case');
        const instrument = CASE_INSTRUMENTS.find((i) => i.code === r.instrument);
        if (!instrument) issue(line, 'instrument', 'validation.invalidOption');
        else issue(line, 'score', scoreProblemOf(instrument, r.score ?? undefined)?.key ?? null);
        // IP-5 the ending's survey may be recorded after the ending, dated within the case
        fact(line, r.caseId, 'recordedOn', r.recordedOn);
        break;
      }
      case 'ip_ending':
        refer(l, 'id', r.id, 'ip_case');
        issue(line, 'endedOn', checkPastDate(r.endedOn, today));
        if (spans.get(r.id) && r.endedOn < spans.get(r.id)!.openedOn) issue(line, 'endedOn', 'validation.beforeCaseOpened');
        break;
    }
  }
  return issues;
}

/** The Individual Programme's plug-in of the case-history format: version 2 only (version 1 was Housing First's alone). */
export const IP_CASE_HISTORY: ProgrammeCaseHistory = {
  records: { 2: IP_CASE_HISTORY_RECORDS },
  check: (lines, today) => checkIpCaseHistory(lines as readonly IpCaseHistoryLine[], today),
};

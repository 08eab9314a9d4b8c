import { checkPersonDates } from '../../persons/person.schemas';
import { checkFactDate, checkPastDate, type CaseSpan } from '../../shared/fact-dates';
import type { CaseHistoryIssue } from '../../core/case-history.format';
import type { CaseHistoryRecordOf, ParsedCaseHistoryLine } from './case-history.format';
import { checkDecisionBasis } from './granting.policies';

/** Visit outcomes that reached the person (HF-3.2.2); a miss is `not_home_no_notice`. */
const REACHED_OUTCOMES = new Set(['met', 'met_elsewhere', 'phone_only', 'notice_given']);

/**
 * Issue 11 §2 — a case history must be possible and consistent, the same as what the forms accept: nothing
 * dated after `today` (Riga) and nobody born in the future; an assessment or a decision not before the
 * application, a refusal only on an assessment that found the person not eligible (HF-3.1.2); a case not opened before its grant; every fact of a case within the case — from its
 * opening to its exit (`checkFactDate`); the exit not before the opening, its notice not after it; an
 * extension (HF-3.3.3) only after a run of missed visits with nobody reaching the person since; a visit's
 * hours (HF-2.2) carried by its `contact` line, on the visit's day and with the same hours. Version 2's
 * facts too: the move-in, the documents, the consents (a withdrawal not before the consent) and the keys handed over within the case (a key's return not before it was handed), the day the service began;
 * HF-2.2 the engagement's extensions and suspensions (a suspension's end may be ahead; those in force do not overlap).
 * Each problem names the line, the field and the reason.
 */
export function checkCaseHistoryDates(lines: readonly ParsedCaseHistoryLine[], today: string): CaseHistoryIssue[] {
  const issues: CaseHistoryIssue[] = [];
  const issue = (line: number, field: string, key: string | null) => { if (key) issues.push({ line, field, key: key.includes('.') ? key : `validation.${key}` }); };
  const all = <T extends ParsedCaseHistoryLine['record']['type']>(type: T) =>
    lines.filter((l) => l.record.type === type) as Array<{ line: number; record: CaseHistoryRecordOf<T> }>;

  const applications = new Map(all('application').map((l) => [l.record.id, l.record]));
  const decisions = new Map(all('decision').map((l) => [l.record.id, l.record]));
  const exits = new Map(all('exit').map((l) => [l.record.caseId, l.record]));
  const spans = new Map<string, CaseSpan>(all('case').map((l) => [l.record.id, { openedOn: l.record.openedOn, closedOn: exits.get(l.record.id)?.endsOn ?? null }]));
  const visits = all('visit');
  const contacts = all('contact');

  /** A fact of a case; a case the file does not carry is already a reference issue. */
  const fact = (line: number, caseId: string, field: string, on: string | null, plannedAhead = false) => {
    const span = spans.get(caseId);
    if (!span || !on) return;
    issue(line, field, checkFactDate(on, span, today, { plannedAhead }));
  };

  for (const { line, record: r } of lines) {
    switch (r.type) {
      case 'person':
        for (const [field, key] of Object.entries(checkPersonDates(r, today))) issue(line, field, key);
        break;
      case 'application':
        issue(line, 'submittedOn', checkPastDate(r.submittedOn, today));
        break;
      case 'eligibility_assessment': {
        issue(line, 'assessedOn', checkPastDate(r.assessedOn, today));
        const application = applications.get(r.applicationId);
        if (application && r.assessedOn < application.submittedOn) issue(line, 'assessedOn', 'housing.errors.beforeSubmission');
        break;
      }
      case 'decision': {
        issue(line, 'decidedOn', checkPastDate(r.decidedOn, today));
        const application = applications.get(r.id);
        if (application && r.decidedOn < application.submittedOn) issue(line, 'decidedOn', 'housing.errors.beforeSubmission');
        // HF-3.1.2 a refusal rests on the latest assessment finding the person not eligible (a grant's is checked with the references)
        const latest = all('eligibility_assessment').map((a) => a.record).filter((a) => a.applicationId === r.id && a.assessedOn <= r.decidedOn)
          .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn)).pop();
        if (r.decision === 'refused') issue(line, 'decision', checkDecisionBasis('refused', latest));
        break;
      }
      case 'case': {
        issue(line, 'openedOn', checkPastDate(r.openedOn, today));
        const decision = r.applicationId ? decisions.get(r.applicationId) : undefined;
        if (decision && r.openedOn < decision.decidedOn) issue(line, 'openedOn', 'housing.errors.beforeDecision');
        fact(line, r.id, 'dataProcessingInformedOn', r.dataProcessingInformedOn);
        fact(line, r.id, 'serviceRulesInformedOn', r.serviceRulesInformedOn);
        fact(line, r.id, 'contractSignedOn', r.contractSignedOn);
        fact(line, r.id, 'serviceBeganOn', r.serviceBeganOn ?? null);
        break;
      }
      case 'move_in': fact(line, r.caseId, 'movedInOn', r.movedInOn); break;
      case 'case_document': fact(line, r.caseId, 'on', r.on); break;
      case 'consent':
        fact(line, r.caseId, 'givenOn', r.givenOn);
        if (r.withdrawnOn) {
          fact(line, r.caseId, 'withdrawnOn', r.withdrawnOn);
          if (r.withdrawnOn < r.givenOn) issue(line, 'withdrawnOn', 'housing.caseHistory.errors.endBeforeStart');
        }
        break;
      case 'dwelling_key':
        fact(line, r.caseId, 'handedOn', r.handedOn);
        if (r.returnedOn) {
          issue(line, 'returnedOn', checkPastDate(r.returnedOn, today));
          if (r.returnedOn < r.handedOn) issue(line, 'returnedOn', 'housing.caseHistory.errors.endBeforeStart');
        }
        break;
      case 'team_member':
        fact(line, r.caseId, 'fromDate', r.fromDate, true);
        if (r.toDate && r.toDate < r.fromDate) issue(line, 'toDate', 'housing.caseHistory.errors.endBeforeStart');
        break;
      case 'visit_slot': fact(line, r.caseId, 'fromDate', r.fromDate, true); break;
      case 'initial_assessment': fact(line, r.caseId, 'assessedOn', r.assessedOn); break;
      case 'functioning_assessment': fact(line, r.caseId, 'assessedOn', r.assessedOn); break;
      case 'support_offer': fact(line, r.caseId, 'offeredOn', r.offeredOn); break;
      case 'plan':
        fact(line, r.caseId, 'startedOn', r.startedOn);
        if (r.endedOn && r.endedOn < r.startedOn) issue(line, 'endedOn', 'housing.caseHistory.errors.endBeforeStart');
        break;
      case 'plan_review': fact(line, r.caseId, 'reviewedOn', r.reviewedOn); break;
      case 'work_log_entry': fact(line, r.caseId, 'on', r.on); break;
      case 'incident': fact(line, r.caseId, 'occurredOn', r.occurredOn); break;
      case 'cooperation_protocol': fact(line, r.caseId, 'heldOn', r.heldOn); break;
      case 'visit':
        fact(line, r.caseId, 'visitedOn', r.visitedOn);
        if (r.hours > 0 && !contacts.some((c) => c.record.visitId === r.id)) issue(line, 'hours', 'housing.caseHistory.errors.visitHoursWithoutContact');
        break;
      case 'contact': {
        fact(line, r.caseId, 'contactOn', r.contactOn);
        const visit = r.visitId ? visits.find((v) => v.record.id === r.visitId)?.record : undefined;
        if (visit && visit.caseId === r.caseId && visit.visitedOn !== r.contactOn) issue(line, 'contactOn', 'housing.caseHistory.errors.visitContactOtherDay');
        if (visit && visit.caseId === r.caseId && visit.hours !== r.hours) issue(line, 'hours', 'housing.caseHistory.errors.visitContactOtherHours');
        break;
      }
      case 'escalation_extension':
        fact(line, r.caseId, 'recordedOn', r.recordedOn);
        if (!followsMissedRun(r.caseId, r.recordedOn)) issue(line, 'recordedOn', 'housing.caseHistory.errors.extensionWithoutMissedRun');
        break;
      // HF-2.2 the engagement: decided (or begun) within the case; a suspension's end may be ahead, not before its start, and suspensions in force never overlap
      case 'engagement_extension': fact(line, r.caseId, 'decidedOn', r.decidedOn); break;
      case 'engagement_suspension': {
        fact(line, r.caseId, 'fromOn', r.fromOn);
        fact(line, r.caseId, 'toOn', r.toOn, true);
        if (r.toOn < r.fromOn) issue(line, 'toOn', 'housing.caseHistory.errors.endBeforeStart');
        const overlaps = all('engagement_suspension').some((o) => o.line < line && o.record.caseId === r.caseId && !o.record.cancelledAt && !r.cancelledAt && o.record.fromOn <= r.toOn && r.fromOn <= o.record.toOn);
        if (overlaps) issue(line, 'fromOn', 'housing.errors.engagementSuspensionOverlaps');
        break;
      }
      case 'exit': {
        const span = spans.get(r.caseId);
        issue(line, 'endsOn', checkPastDate(r.endsOn, today));
        if (span && r.endsOn < span.openedOn) issue(line, 'endsOn', 'housing.caseHistory.errors.exitBeforeOpening');
        if (r.noticeGivenOn) {
          issue(line, 'noticeGivenOn', checkPastDate(r.noticeGivenOn, today));
          if (r.noticeGivenOn > r.endsOn) issue(line, 'noticeGivenOn', 'housing.errors.noticeAfterEnd');
        }
        break;
      }
    }
  }
  return issues;

  /** HF-3.3.3 an extension follows a missed visit with nobody reaching the person between it and the extension. */
  function followsMissedRun(caseId: string, on: string): boolean {
    const ofCase = visits.filter((v) => v.record.caseId === caseId && v.record.visitedOn <= on);
    const reached = [
      ...ofCase.filter((v) => REACHED_OUTCOMES.has(v.record.outcome)).map((v) => v.record.visitedOn),
      ...contacts.filter((c) => c.record.caseId === caseId && c.record.reachedPerson && c.record.contactOn <= on).map((c) => c.record.contactOn),
    ].reduce((last, day) => (day > last ? day : last), '');
    return ofCase.some((v) => v.record.outcome === 'not_home_no_notice' && v.record.visitedOn > reached);
  }
}

import type { ProgrammeSettings } from '@socrehab/domain/programmes/housing-first/index';
import { type CaseHistoryHeader, type CaseHistoryIssue, type CaseHistoryLine } from '@socrehab/domain';
import { computeEndingStatus, WAITING_LIST_RULE_VERSION, type CaseHistoryRecord, type CaseHistoryRecordOf, type CaseHistoryRecordType, type EndingReason, type ParsedCaseHistoryLine } from '@socrehab/domain/programmes/housing-first/index';
import { type Ctx, originOf } from '../../../app/context';
import type { Tx } from '../../../db/database';
import type {
  applications, caseEndingConfirmations, caseEndings, cases, dwellings, eligibilityAssessments, waitingListEntries,
} from '../../../db/schema';
import type { ServerCaseHistory } from '../../programme-module';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { findSettingsVersions, getQuestionnaireForm } from '../../../modules/programmes/programmes.repository';
import { decode, decodeDwelling, decodeEligibilityAssessment, encode, normalise, SIMPLE_RECORD_TYPES, type SimpleRecordType } from './case-history.codec';
import * as repo from './case-history.repository';
import { canonical, firstDifference, planPersons, writeNewPersons } from '../../../modules/case-history/case-history.shared';

type Line<T extends CaseHistoryRecordType> = { line: number; record: CaseHistoryRecordOf<T> };

/** Housing First's records into rows (HF-3.1 – HF-3.4, HF-4.4): the import half of its `caseHistory`. */
export const housingFirstImport: ServerCaseHistory['planImport'] = async (tx, ctx, file, issues) => {
  const plan = await planImport(tx, ctx, file.header, file.records as readonly ParsedCaseHistoryLine[], issues);
  return { created: plan.created as readonly CaseHistoryLine[], write: () => writeImport(tx, ctx, plan) };
};

/** The e-mails a record names, with whether a municipal social service's user may be meant (HF-3.1 decisions are the municipality's). */
function workerFields(r: CaseHistoryRecord): Array<{ field: string; email: string; municipal: boolean }> {
  const f = (field: string, email: string | null | undefined, municipal = false) => (email ? [{ field, email, municipal }] : []);
  switch (r.type) {
    case 'person': case 'application': case 'dwelling': case 'dwelling_key': return [];
    case 'eligibility_assessment': return f('assessedBy', r.assessedBy, true);
    case 'decision': return f('decidedBy', r.decidedBy, true);
    case 'case': return f('caseManager', r.caseManager);
    case 'team_member': return f('worker', r.worker, r.teamRole === 'municipal_social_worker');
    case 'initial_assessment': return f('assessedBy', r.assessedBy);
    case 'visit_slot': return f('setBy', r.setBy);
    case 'visit': return [...r.workers.flatMap((w, i) => f(`workers.${i}`, w)), ...f('recordedBy', r.recordedBy)];
    case 'contact': return [...f('worker', r.worker), ...f('justifiedBy', r.justifiedBy), ...f('recordedBy', r.recordedBy)];
    case 'plan': return [...r.goals.flatMap((g, i) => f(`goals.${i}.responsible`, g.responsible)), ...f('recordedBy', r.recordedBy)];
    case 'work_log_entry': return f('author', r.author);
    case 'engagement_extension': case 'engagement_suspension': return [...f('recordedBy', r.recordedBy), ...f('cancelledBy', r.cancelledBy)];
    case 'exit': return [...f('proposedBy', r.proposedBy), ...r.confirmations.flatMap((c, i) => f(`confirmations.${i}.by`, c.by))];
    default: return f('recordedBy', r.recordedBy);
  }
}

function linesOf<T extends CaseHistoryRecordType>(records: readonly ParsedCaseHistoryLine[], type: T): Line<T>[] {
  return records.filter((l) => l.record.type === type) as Line<T>[];
}

/** The earliest version when none was in force yet: records older than the pilot keep the first rules. */
function inForceOrFirst<T extends { validFrom?: string; effectiveFrom?: string }>(versions: readonly T[], date: string): T | null {
  const from = (v: T) => v.effectiveFrom ?? v.validFrom ?? '';
  const sorted = [...versions].sort((a, b) => from(a).localeCompare(from(b)));
  return sorted.filter((v) => from(v) <= date).pop() ?? sorted[0] ?? null;
}

type Plan = Awaited<ReturnType<typeof planImport>>;

/** Every check against the database, and what to write; problems go into `issues`. Reads only. */
async function planImport(tx: Tx, ctx: Ctx, header: CaseHistoryHeader, records: readonly ParsedCaseHistoryLine[], issues: CaseHistoryIssue[]) {
  const organisationId = ctx.actor.organisationId;
  const PROGRAMME = header.programme;
  const issue = (line: number, field: string, key: string) => issues.push({ line, field, key });
  const created: ParsedCaseHistoryLine[] = [];

  // Workers: users of the importing organisation; for municipal records also of that municipality's social service.
  const fileApplications = new Map(linesOf(records, 'application').map((l) => [l.record.id, l.record]));
  const fileCases = new Map(linesOf(records, 'case').map((l) => [l.record.id, l.record]));
  const atvkOf = (r: CaseHistoryRecord): string | null =>
    r.type === 'eligibility_assessment' ? fileApplications.get(r.applicationId)?.municipalityAtvk ?? null
      : r.type === 'decision' ? fileApplications.get(r.id)?.municipalityAtvk ?? null
        : 'caseId' in r ? fileCases.get(r.caseId)?.municipalityAtvk ?? null : null;
  const emails = [...new Set(records.flatMap((l) => workerFields(l.record).map((w) => w.email)))];
  const userOfEmail = new Map((await repo.findUsersByEmails(tx, emails)).map((u) => [u.email, u]));
  for (const { line, record } of records) {
    for (const w of workerFields(record)) {
      const u = userOfEmail.get(w.email);
      const allowed = u && (u.organisationId === organisationId || (w.municipal && u.organisationKind === 'municipal_social_service' && u.municipalityAtvk === atvkOf(record)));
      if (!allowed) issue(line, w.field, 'housing.caseHistory.errors.unknownWorker');
      else if (record.type === 'team_member' && w.field === 'worker' && !u.roles.includes(record.teamRole)) issue(line, 'teamRole', 'housing.caseHistory.errors.workerRole');
    }
  }
  // an unknown e-mail is already an issue, and nothing is written then
  const userIdOf = (email: string) => userOfEmail.get(email)?.id ?? '';
  // stored rows are encoded with the e-mails the file names: a worker the file does not name makes a difference, as it should
  const emailOfId = new Map([...userOfEmail.values()].map((u) => [u.id, u.email]));
  const emailOf = (id: string | null) => (id ? emailOfId.get(id) ?? null : null);

  // Municipalities.
  const dwellingLines = linesOf(records, 'dwelling');
  const atvks = [...new Set([...fileApplications.values(), ...fileCases.values(), ...dwellingLines.map((l) => l.record)].map((r) => r.municipalityAtvk))];
  const known = await repo.findExistingMunicipalities(tx, atvks);
  for (const l of [...linesOf(records, 'application'), ...linesOf(records, 'case'), ...dwellingLines]) {
    if (!known.has(l.record.municipalityAtvk)) issue(l.line, 'municipalityAtvk', 'housing.caseHistory.errors.unknownMunicipality');
  }

  // Persons: the registry's by id, then by personal code (current or earlier); else new.
  const { personIdOf, newPersons, person } = await planPersons(tx, linesOf(records, 'person'), issues);
  created.push(...newPersons);

  // Existing rows are compared, never changed; a new record may join an existing case or application only of the importing organisation.
  // Only the fields the file's version carries are compared (a version-1 case has no dwelling, inspection period or service start).
  const compare = (l: ParsedCaseHistoryLine, stored: Record<string, unknown> | null, fileRecord: Record<string, unknown>) => {
    if (!stored) return;
    const normalised = normalise(stored as never) as unknown as Record<string, unknown>;
    const a = Object.fromEntries(Object.keys(fileRecord).map((k) => [k, normalised[k]]));
    if (canonical(a) !== canonical(fileRecord)) issue(l.line, firstDifference(a, fileRecord) || 'id', 'housing.caseHistory.errors.conflictsWithExisting');
  };

  const applicationLines = linesOf(records, 'application');
  const storedApplications = new Map((await repo.findApplications(tx, applicationLines.map((l) => l.record.id))).map((a) => [a.id, a]));
  const caseLines = linesOf(records, 'case');
  const storedCases = new Map((await repo.findCases(tx, caseLines.map((l) => l.record.id))).map((c) => [c.id, c]));
  const storedElsewhere = (caseId: string) => { const c = storedCases.get(caseId); return !!c && c.organisationId !== organisationId; };

  const settingsVersions = await findSettingsVersions<ProgrammeSettings>(tx, PROGRAMME);
  const settingsOn = (date: string) => inForceOrFirst(settingsVersions, date)?.id ?? null;
  const newApplications: Array<typeof applications.$inferInsert> = [];
  const previousCases: Array<{ applicationId: string; previousCaseId: string }> = [];
  const decisions = new Map(linesOf(records, 'decision').map((l) => [l.record.id, l]));
  for (const l of applicationLines) {
    const r = { ...l.record, personId: person(l.record.personId) };
    const stored = storedApplications.get(r.id);
    const decision = decisions.get(r.id);
    if (stored) {
      compare(l, encode.application(stored), r);
      if (decision) {
        const storedDecision = encode.decision(stored, emailOf);
        if (!storedDecision) {
          if (stored.organisationId !== organisationId) issue(decision.line, 'id', 'housing.caseHistory.errors.idTaken');
          else issue(decision.line, 'decision', 'housing.caseHistory.errors.conflictsWithExisting');
        } else compare(decision, storedDecision, decision.record);
      }
      continue;
    }
    const settingsId = settingsOn(r.submittedOn);
    if (!settingsId) issue(l.line, 'submittedOn', 'housing.errors.noSettings');
    if (r.previousCaseId && !fileCases.has(r.previousCaseId)) {
      const [previous] = await repo.findCases(tx, [r.previousCaseId]);
      if (!previous || previous.organisationId !== organisationId) issue(l.line, 'previousCaseId', 'housing.caseHistory.errors.unknownReference');
    }
    if (!known.has(r.municipalityAtvk)) continue;
    const form = await getQuestionnaireForm(tx, PROGRAMME, r.municipalityAtvk);
    const d = decision?.record;
    newApplications.push({
      id: r.id, organisationId, personId: r.personId, programmeCode: PROGRAMME, municipalityAtvk: r.municipalityAtvk, submittedOn: r.submittedOn,
      questionnaireFormId: form.id, answers: r.answers as Record<string, string | number | boolean | null>, settingsId: settingsId ?? '',
      status: d ? d.decision : 'pending', decidedOn: d?.decidedOn ?? null, decidedBy: d?.decidedBy ? userIdOf(d.decidedBy) : null, decisionReason: d?.reason ?? null,
      createdBy: ctx.actor.userId,
    });
    if (r.previousCaseId) previousCases.push({ applicationId: r.id, previousCaseId: r.previousCaseId });
    created.push(l);
    if (decision) created.push(decision);
  }

  // HF-1.4 eligibility assessments against the criteria version in force in the municipality that day.
  const assessmentLines = linesOf(records, 'eligibility_assessment');
  const storedAssessments = new Map((await repo.findEligibilityAssessments(tx, assessmentLines.map((l) => l.record.id))).map((a) => [a.id, a]));
  const criteriaSets = await repo.findCriteriaSets(tx, PROGRAMME);
  const newAssessments: Array<typeof eligibilityAssessments.$inferInsert> = [];
  for (const l of assessmentLines) {
    const stored = storedAssessments.get(l.record.id);
    if (stored) { compare(l, encode.eligibility_assessment(stored, emailOf), l.record); continue; }
    const application = fileApplications.get(l.record.applicationId);
    const storedApplication = storedApplications.get(l.record.applicationId);
    if (storedApplication && storedApplication.organisationId !== organisationId) { issue(l.line, 'applicationId', 'housing.caseHistory.errors.idTaken'); continue; }
    const set = application && inForceOrFirst(criteriaSets.filter((s) => s.municipalityAtvk === application.municipalityAtvk), l.record.assessedOn);
    if (!set) { issue(l.line, 'assessedOn', 'housing.errors.noCriteria'); continue; }
    l.record.findings.forEach((f, i) => { if (!set.criteria.some((c) => c.key === f.key)) issue(l.line, `findings.${i}.key`, 'validation.invalidOption'); });
    newAssessments.push(decodeEligibilityAssessment(l.record, organisationId, userIdOf, set.id));
    created.push(l);
  }

  // HF-3.1.5 dwellings: one already in a register is compared (whoever keeps it), a new one joins the importing organisation's.
  const storedDwellings = new Map((await repo.findDwellings(tx, dwellingLines.map((l) => l.record.id))).map((d) => [d.id, d]));
  const newDwellings: Array<typeof dwellings.$inferInsert> = [];
  for (const l of dwellingLines) {
    const stored = storedDwellings.get(l.record.id);
    if (stored) { compare(l, encode.dwelling(stored), l.record); continue; }
    newDwellings.push(decodeDwelling(l.record, organisationId, ctx.actor.userId));
    created.push(l);
  }

  // HF-3.1.7.3 cases: the number unique in the provider's register, the settings in force when opened.
  const endingOf = new Map(linesOf(records, 'exit').map((l) => [l.record.caseId, l.record]));
  const taken = await repo.findTakenCaseNumbers(tx, organisationId, caseLines.map((l) => l.record.caseNumber).filter((n): n is string => !!n));
  const numbersInFile = new Set<string>();
  const newCases: Array<typeof cases.$inferInsert> = [];
  // HF-3.2 version 1 carries no move-in: a case whose service has begun (its first visit or contact) is served from that day (migration 0015);
  // version 2 names that day itself, with the dwelling and the inspection period agreed (HF-2.7)
  const serviceBeganOn = new Map<string, string>();
  for (const { record: f } of [...linesOf(records, 'visit'), ...linesOf(records, 'contact')]) {
    const on = f.type === 'visit' ? f.visitedOn : f.contactOn;
    const known = serviceBeganOn.get(f.caseId);
    if (!known || on < known) serviceBeganOn.set(f.caseId, on);
  }
  for (const l of caseLines) {
    const r = { ...l.record, personId: person(l.record.personId) };
    const stored = storedCases.get(r.id);
    if (stored) { compare(l, encode.case(stored, emailOf), r); continue; }
    if (r.caseNumber && (taken.has(r.caseNumber) || numbersInFile.has(r.caseNumber))) issue(l.line, 'caseNumber', 'housing.caseHistory.errors.caseNumberTaken');
    if (r.caseNumber) numbersInFile.add(r.caseNumber);
    const settingsId = settingsOn(r.openedOn);
    if (!settingsId) issue(l.line, 'openedOn', 'housing.errors.noSettings');
    const ending = endingOf.get(r.id);
    const closed = ending && computeEndingStatus(ending.reason as EndingReason, ending.confirmations.map((c) => c.teamRole)).final;
    newCases.push({
      id: r.id, organisationId, personId: r.personId, municipalityAtvk: r.municipalityAtvk, programme: r.programme, caseNumber: r.caseNumber,
      status: closed ? 'closed' : 'open', openedOn: r.openedOn, closedOn: closed ? ending.endsOn : null, applicationId: r.applicationId, settingsId,
      caseManagerUserId: r.caseManager ? userIdOf(r.caseManager) : null,
      dataProcessingInformedOn: r.dataProcessingInformedOn, serviceRulesInformedOn: r.serviceRulesInformedOn, contractSignedOn: r.contractSignedOn,
      ...(header.version === 1
        ? { serviceBeganOn: serviceBeganOn.get(r.id) ?? null }
        : { serviceBeganOn: r.serviceBeganOn, dwellingId: r.dwellingId, inspectionAfterDays: r.inspectionAfterDays }),
    });
    created.push(l);
  }

  // HF-3.1.4 granted applications have their place on the waiting list, left when the case opened.
  const caseOfApplication = new Map(caseLines.filter((l) => l.record.applicationId).map((l) => [l.record.applicationId!, l.record]));
  const waitingList: Array<typeof waitingListEntries.$inferInsert> = newApplications.filter((a) => a.status === 'granted').map((a) => {
    const eligible = newAssessments.filter((e) => e.applicationId === a.id && e.outcome === 'eligible').sort((x, y) => x.assessedOn.localeCompare(y.assessedOn)).pop();
    const theCase = caseOfApplication.get(a.id!);
    return {
      organisationId, applicationId: a.id!, personId: a.personId, programmeCode: PROGRAMME, municipalityAtvk: a.municipalityAtvk, decidedOn: a.decidedOn!,
      priorityFactors: eligible?.priorityFactors ?? [], ruleVersion: WAITING_LIST_RULE_VERSION, addedOn: a.decidedOn!,
      leftOn: theCase?.openedOn ?? null, leftReason: theCase ? 'case_opened' : null,
    };
  });

  // HF-4.4 a consent names a version of the consent text the server has.
  const consentTexts = await repo.findConsentTextVersions(tx);
  for (const l of linesOf(records, 'consent')) if (!consentTexts.has(l.record.consentTextVersion)) issue(l.line, 'consentTextVersion', 'validation.invalidOption');

  // The case's own records (HF-3.1.6–3.1.10, HF-3.2, HF-3.4, HF-4.4).
  const simple: Array<{ type: SimpleRecordType; rows: unknown[] }> = [];
  for (const type of SIMPLE_RECORD_TYPES) {
    const typeLines = linesOf(records, type);
    const stored = new Map((await repo.findRowsByIds(tx, repo.SIMPLE_TABLES[type], typeLines.map((l) => l.record.id))).map((row) => [row.id, row]));
    const rows: unknown[] = [];
    for (const l of typeLines) {
      const row = stored.get(l.record.id);
      if (row) { compare(l, (encode[type] as (row: unknown, e: typeof emailOf) => Record<string, unknown>)(row, emailOf), l.record); continue; }
      if (storedElsewhere(l.record.caseId)) { issue(l.line, 'caseId', 'housing.caseHistory.errors.idTaken'); continue; }
      rows.push((decode[type] as (r: unknown, o: string, u: typeof userIdOf) => unknown)(l.record, organisationId, userIdOf));
      created.push(l);
    }
    simple.push({ type, rows });
  }

  // HF-3.3 the ending; for violence final only with all three confirmations (HF-3.3.2).
  const exitLines = linesOf(records, 'exit');
  const storedEndings = new Map((await repo.findEndings(tx, exitLines.map((l) => l.record.id))).map((e) => [e.id, e]));
  const storedConfirmations = await repo.findConfirmations(tx, [...storedEndings.keys()]);
  const newEndings: Array<{ ending: typeof caseEndings.$inferInsert; confirmations: Array<typeof caseEndingConfirmations.$inferInsert>; closeStoredCase: boolean }> = [];
  for (const l of exitLines) {
    const r = l.record;
    const stored = storedEndings.get(r.id);
    if (stored) { compare(l, encode.exit(stored, storedConfirmations.filter((c) => c.endingId === r.id), emailOf), r); continue; }
    if (storedElsewhere(r.caseId)) { issue(l.line, 'caseId', 'housing.caseHistory.errors.idTaken'); continue; }
    const final = computeEndingStatus(r.reason as EndingReason, r.confirmations.map((c) => c.teamRole)).final;
    {
      newEndings.push({
        ending: { id: r.id, organisationId, caseId: r.caseId, reason: r.reason, endsOn: r.endsOn, noticeGivenOn: r.noticeGivenOn, destination: r.destination, note: r.note, proposedBy: userIdOf(r.proposedBy), status: final ? 'final' : 'awaiting_confirmations' },
        confirmations: r.confirmations.map((c) => ({ organisationId, endingId: r.id, teamRole: c.teamRole, userId: userIdOf(c.by), confirmedAt: c.confirmedAt })),
        closeStoredCase: final && storedCases.has(r.caseId),
      });
    }
    created.push(l);
  }
  // a file's decisions about applications it does not carry are caught by the reference check; one on a stored application was compared above

  return { organisationId, newPersons, personIdOf, newDwellings, newApplications, previousCases, newAssessments, newCases, waitingList, simple, newEndings, created, records };
}

/** Writes what `planImport` found new, in the caller's transaction, with one audit event per new case and person. */
async function writeImport(tx: Tx, ctx: Ctx, plan: Plan) {
  const origin = originOf(ctx);
  await writeNewPersons(tx, ctx, plan.newPersons);
  await repo.insertImported(tx, { dwellings: plan.newDwellings, applications: plan.newApplications, assessments: plan.newAssessments, cases: plan.newCases });
  for (const p of plan.previousCases) await repo.setPreviousCase(tx, p.applicationId, p.previousCaseId);
  await repo.insertWaitingListEntries(tx, plan.waitingList);
  for (const { type, rows } of plan.simple) await repo.insertRows(tx, repo.SIMPLE_TABLES[type], rows as never[]);
  for (const e of plan.newEndings) {
    await repo.insertEnding(tx, e.ending, e.confirmations);
    if (e.closeStoredCase) await repo.closeCase(tx, e.ending.caseId, e.ending.endsOn);
  }
  // one event per case the import added to: what came in, counted by record type
  const caseOfRecord = (r: CaseHistoryRecord) => (r.type === 'case' ? r.id : 'caseId' in r ? r.caseId : null);
  const perCase = new Map<string, Record<string, number>>();
  for (const { record } of plan.created) {
    const caseId = caseOfRecord(record);
    if (!caseId) continue;
    const counts = perCase.get(caseId) ?? {};
    counts[record.type] = (counts[record.type] ?? 0) + 1;
    perCase.set(caseId, counts);
  }
  const caseRows = new Map((await repo.findCases(tx, [...perCase.keys()])).map((c) => [c.id, c]));
  for (const [caseId, counts] of perCase) {
    await appendAuditEvent(tx, origin, {
      action: 'create', entityType: 'case', entityId: caseId, personId: caseRows.get(caseId)?.personId ?? null, changes: { source: 'case_history_import', records: counts },
    }, ctx.now());
  }
}


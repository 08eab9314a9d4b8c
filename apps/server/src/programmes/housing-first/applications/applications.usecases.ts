import type { ProgrammeSettings } from '@socrehab/domain/programmes/housing-first/index';
import { canManageApplications, canReadWaitingList, checkDecisionBasis, compareByDeadline, computeDecisionDeadline, computeWaitingList, validateQuestionnaireAnswers, WAITING_LIST_RULE_VERSION, type PriorityFactor } from '@socrehab/domain/programmes/housing-first/index';
import type { z } from 'zod';
import type { decideApplicationSchema, eligibilityAssessmentSchema, recordFirstContactSchema, removeFromWaitingListSchema, submitApplicationSchema } from '@socrehab/domain/programmes/housing-first/index';
import { type Ctx, originOf, today } from '../../../app/context';
import type { Tx } from '../../../db/database';
import { AppError, conflict, forbidden } from '../../../shared/errors';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { requireVisiblePerson, visibleFor } from '../../../modules/access/person-access';
import { getVisiblePerson } from '../../../modules/access/person-scope.repository';
import {
  findServedMunicipalities, getCriteriaSetInForce, getQuestionnaireForm, getSettingsById, getSettingsInForce,
} from '../../../modules/programmes/programmes.repository';
import { requirePastDate } from '../../../shared/fact-dates';
import * as repo from './applications.repository';

export const applicationNotFound = () => new AppError(404, 'applications.not_found', 'housing.errors.applicationNotFound');
/** An application whose person the actor may see, or 404. */
export async function requireVisibleApplication(tx: Tx, ctx: Ctx, id: string, lock = false) {
  const application = lock ? await repo.lockApplication(tx, id) : await repo.getApplicationById(tx, id);
  if (!application || !(await getVisiblePerson(tx, ctx.actor, today(ctx), application.personId))) throw applicationNotFound();
  return application;
}

/** HF-3.1.1 records how the person came: outreach against the criteria, or on their own initiative. */
export async function recordFirstContact(input: z.infer<typeof recordFirstContactSchema> & { programmeCode: string }, ctx: Ctx) {
  if (!canManageApplications(ctx.actor, input.municipalityAtvk)) throw forbidden();
  requirePastDate('contactedOn', input.contactedOn, ctx);
  return ctx.db.transaction(async (tx) => {
    await requireVisiblePerson(tx, ctx, input.personId);
    const contact = await repo.insertFirstContact(tx, { ...input, organisationId: ctx.actor.organisationId, createdBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'first_contact', entityId: contact.id, personId: input.personId, changes: { source: input.source, contactedOn: input.contactedOn } }, ctx.now());
    return { firstContact: contact };
  });
}

/**
 * HF-3.1.3 the application with the housing-needs questionnaire of the municipality's form. It takes
 * the programme settings in force on the day it is submitted; a re-application after an ending is
 * linked to the earlier case (HF-3.3.4).
 */
export async function submitApplication(input: z.infer<typeof submitApplicationSchema> & { programmeCode: string }, ctx: Ctx) {
  if (!canManageApplications(ctx.actor, input.municipalityAtvk)) throw forbidden();
  requirePastDate('submittedOn', input.submittedOn, ctx);
  return ctx.db.transaction(async (tx) => {
    await requireVisiblePerson(tx, ctx, input.personId);
    if (input.firstContactId) {
      const contact = await repo.getFirstContactById(tx, input.firstContactId);
      if (!contact || contact.personId !== input.personId) {
        throw new AppError(400, 'validation.failed', 'errors.validation', { fields: { firstContactId: 'validation.invalidOption' } });
      }
    }
    await repo.lockApplicant(tx, input.personId);
    const earlier = await repo.findApplicationsOfPerson(tx, input.personId);
    if (earlier.some((a) => a.programmeCode === input.programmeCode && a.status === 'pending')) {
      throw conflict('applications.already_pending', 'housing.errors.alreadyPending');
    }
    const personCases = await repo.findCasesOfPerson(tx, input.personId, input.programmeCode);
    if (personCases.some((c) => c.status === 'open')) throw conflict('applications.case_open', 'housing.errors.caseOpen');
    const form = await getQuestionnaireForm(tx, input.programmeCode, input.municipalityAtvk);
    const fieldErrors = validateQuestionnaireAnswers(form.fields, input.answers);
    if (Object.keys(fieldErrors).length) throw new AppError(400, 'validation.failed', 'errors.validation', { fields: prefix(fieldErrors, 'answers.') });
    const settings = await getSettingsInForce<ProgrammeSettings>(tx, input.programmeCode, input.submittedOn);
    const previousCase = personCases.filter((c) => c.status === 'closed').sort((a, b) => (b.closedOn ?? '').localeCompare(a.closedOn ?? ''))[0];
    const application = await repo.insertApplication(tx, {
      organisationId: ctx.actor.organisationId, personId: input.personId, programmeCode: input.programmeCode, municipalityAtvk: input.municipalityAtvk,
      firstContactId: input.firstContactId ?? null, previousCaseId: previousCase?.id ?? null, submittedOn: input.submittedOn,
      questionnaireFormId: form.id, answers: input.answers, settingsId: settings.id, createdBy: ctx.actor.userId,
    });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'application', entityId: application.id, personId: input.personId, changes: { submittedOn: input.submittedOn, answers: input.answers } }, ctx.now());
    return { application };
  });
}

const prefix = (fields: Record<string, string>, p: string) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [p + k.replace(/^questionnaire\./, ''), v]));

/**
 * HF-1.4, HF-1.3, HF-3.1.2 the eligibility assessment: every criterion of the municipality's version in
 * force on the assessment day, found met / not met / unknown; the priority factors; the outcome with
 * its reason; and, when not eligible, the other services offered.
 */
export async function assessEligibility(applicationId: string, input: z.infer<typeof eligibilityAssessmentSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const application = await requireVisibleApplication(tx, ctx, applicationId, true);
    if (!canManageApplications(ctx.actor, application.municipalityAtvk)) throw forbidden();
    if (application.status !== 'pending') throw conflict('applications.already_decided', 'housing.errors.alreadyDecided');
    requirePastDate('assessedOn', input.assessedOn, ctx);
    const criteriaSet = await getCriteriaSetInForce(tx, application.programmeCode, application.municipalityAtvk, input.assessedOn);
    if (!criteriaSet) throw new AppError(422, 'applications.no_criteria', 'housing.errors.noCriteria');
    const fields: Record<string, string> = {};
    criteriaSet.criteria.forEach((c) => {
      if (!input.findings.some((f) => f.key === c.key)) fields[`findings.${c.key}`] = 'validation.required';
    });
    input.findings.forEach((f, i) => {
      if (!criteriaSet.criteria.some((c) => c.key === f.key)) fields[`findings.${i}.key`] = 'validation.invalidOption';
    });
    if (input.outcome === 'not_eligible' && input.alternativesOffered.length === 0) fields.alternativesOffered = 'housing.errors.alternativesRequired';
    if (input.assessedOn < application.submittedOn) fields.assessedOn = 'housing.errors.beforeSubmission';
    if (Object.keys(fields).length) throw new AppError(400, 'validation.failed', 'errors.validation', { fields });
    const assessment = await repo.insertEligibilityAssessment(tx, {
      ...input, organisationId: ctx.actor.organisationId, applicationId, criteriaSetId: criteriaSet.id, assessedBy: ctx.actor.userId,
    });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'eligibility_assessment', entityId: assessment.id, personId: application.personId, changes: { outcome: input.outcome, criteriaVersion: criteriaSet.version } }, ctx.now());
    return { assessment };
  });
}

/**
 * HF-3.1.4 the decision. Granting needs an eligibility assessment that found the person eligible; a
 * granted person joins the municipality's waiting list on the decision day with the priority factors
 * of that assessment. A decision after the deadline is recorded, and shown as late.
 */
export async function decideApplication(applicationId: string, input: z.infer<typeof decideApplicationSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const application = await requireVisibleApplication(tx, ctx, applicationId, true);
    if (!canManageApplications(ctx.actor, application.municipalityAtvk)) throw forbidden();
    if (application.version !== input.version) throw conflict('applications.version_conflict', 'housing.errors.versionConflict', { current: application });
    if (application.status !== 'pending') throw conflict('applications.already_decided', 'housing.errors.alreadyDecided');
    requirePastDate('decidedOn', input.decidedOn, ctx);
    if (input.decidedOn < application.submittedOn) {
      throw new AppError(400, 'validation.failed', 'errors.validation', { fields: { decidedOn: 'housing.errors.beforeSubmission' } });
    }
    const [latest] = await repo.findEligibilityAssessments(tx, applicationId);
    const missing = checkDecisionBasis(input.decision, latest?.assessment);
    if (missing) {
      throw new AppError(422, input.decision === 'granted' ? 'applications.not_assessed_eligible' : 'applications.refusal_not_assessed', missing, { fields: { decision: missing } });
    }
    await repo.updateApplication(tx, applicationId, {
      status: input.decision, decidedOn: input.decidedOn, decidedBy: ctx.actor.userId, decisionReason: input.reason, version: application.version + 1,
    });
    if (input.decision === 'granted') {
      await repo.insertWaitingListEntry(tx, {
        organisationId: application.organisationId, applicationId, personId: application.personId, programmeCode: application.programmeCode,
        municipalityAtvk: application.municipalityAtvk, decidedOn: input.decidedOn, priorityFactors: latest!.assessment.priorityFactors,
        ruleVersion: WAITING_LIST_RULE_VERSION, addedOn: input.decidedOn,
      });
    }
    const { settings } = await getSettingsById<ProgrammeSettings>(tx, application.settingsId);
    const deadline = computeDecisionDeadline(application.submittedOn, settings.decisionDeadlineDays, input.decidedOn);
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'decide', entityType: 'application', entityId: applicationId, personId: application.personId,
      changes: { status: { from: 'pending', to: input.decision }, decidedOn: { from: null, to: input.decidedOn }, late: deadline.overdue },
    }, ctx.now());
    return { application: await repo.getApplicationById(tx, applicationId), decidedLate: deadline.overdue };
  });
}

/** HF-3.1.4 removal from the waiting list, with its reason. */
export async function removeFromWaitingList(entryId: string, input: z.infer<typeof removeFromWaitingListSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const entry = await repo.getWaitingListEntryById(tx, entryId);
    if (!entry || !(await getVisiblePerson(tx, ctx.actor, today(ctx), entry.personId))) throw new AppError(404, 'waiting_list.not_found', 'housing.errors.waitingListEntryNotFound');
    if (!canManageApplications(ctx.actor, entry.municipalityAtvk)) throw forbidden();
    if (entry.leftOn) throw conflict('waiting_list.already_left', 'housing.errors.waitingListAlreadyLeft');
    requirePastDate('removedOn', input.removedOn, ctx);
    if (input.removedOn < entry.addedOn) throw new AppError(400, 'validation.failed', 'errors.validation', { fields: { removedOn: 'housing.errors.beforeDecision' } });
    await repo.leaveWaitingList(tx, entryId, { leftOn: input.removedOn, leftReason: 'removed', removalNote: input.reason, removedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'remove', entityType: 'waiting_list_entry', entityId: entryId, personId: entry.personId, changes: { reason: input.reason, removedOn: input.removedOn } }, ctx.now());
  });
}

/**
 * The municipal social worker's worklist as of a day (HF-3.1.1–3.1.4): contacts without an
 * application, and undecided applications with the days left — overdue first.
 */
export async function getMunicipalWorklist(asOf: string, ctx: Ctx) {
  const atvk = ctx.actor.municipalityAtvk;
  if (!atvk || !canManageApplications(ctx.actor, atvk)) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const pending = await repo.findPendingApplications(tx, atvk, asOf, visibleFor(ctx));
    const deadlineDays = new Map<string, number>();
    for (const id of new Set(pending.map((p) => p.settingsId))) deadlineDays.set(id, (await getSettingsById<ProgrammeSettings>(tx, id)).settings.decisionDeadlineDays);
    const applications = pending
      .map((a) => ({ ...a, ...computeDecisionDeadline(a.submittedOn, deadlineDays.get(a.settingsId)!, asOf) }))
      .sort(compareByDeadline);
    const contacts = await repo.findOpenFirstContacts(tx, atvk, asOf, visibleFor(ctx));
    await appendAuditEvent(tx, originOf(ctx), { action: 'view', entityType: 'worklist', entityId: 'municipal', personId: null, changes: { asOf, persons: [...applications, ...contacts].map((r) => r.personId) } }, ctx.now());
    return { asOf, municipalityAtvk: atvk, applications, firstContacts: contacts };
  });
}

/** The municipalities whose waiting lists the actor may read. */
async function readableWaitingListAtvks(tx: Tx, ctx: Ctx, programme: string, date: string, only?: string) {
  const served = ctx.actor.organisationKind === 'service_provider' ? await findServedMunicipalities(tx, ctx.actor.organisationId, programme, date) : [];
  const candidates = [...new Set([...served, ...(ctx.actor.municipalityAtvk ? [ctx.actor.municipalityAtvk] : [])])];
  const readable = candidates.filter((atvk) => canReadWaitingList(ctx.actor, served, atvk));
  return only ? readable.filter((a) => a === only) : readable;
}

/**
 * HF-3.1.4 the waiting list per municipality as it stood on `asOf`, each person's position explained:
 * decision date, priority factors, and the rule version that orders them.
 */
export async function getWaitingList(input: { asOf: string; municipalityAtvk?: string; programme: string }, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const atvks = await readableWaitingListAtvks(tx, ctx, input.programme, input.asOf, input.municipalityAtvk);
    if (atvks.length === 0) throw forbidden();
    const entries = await repo.findWaitingListOn(tx, atvks, input.programme, input.asOf, visibleFor(ctx));
    const lists = atvks.map((atvk) => ({
      municipalityAtvk: atvk,
      entries: computeWaitingList(entries.filter((e) => e.municipalityAtvk === atvk).map((e) => ({ ...e, priorityFactors: e.priorityFactors as PriorityFactor[] })))
        .map((p) => ({ ...p.entry, position: p.position, explanation: p.explanation })),
    }));
    await appendAuditEvent(tx, originOf(ctx), { action: 'view', entityType: 'worklist', entityId: 'waiting_list', personId: null, changes: { asOf: input.asOf, persons: entries.map((e) => e.personId) } }, ctx.now());
    return { asOf: input.asOf, lists };
  });
}

/** The waiting list position of one application, or null when it is not on the list that day. */
export async function findWaitingListPosition(tx: Tx, applicationId: string, asOf: string) {
  const entry = await repo.getWaitingListEntryOfApplication(tx, applicationId);
  if (!entry || entry.addedOn > asOf || (entry.leftOn && entry.leftOn <= asOf)) return { entry, position: null };
  // the position counts everyone on that list, whether or not the actor may see their names
  const all = await repo.findWaitingListOn(tx, [entry.municipalityAtvk], entry.programmeCode, asOf, undefined);
  const positions = computeWaitingList(all.map((e) => ({ ...e, priorityFactors: e.priorityFactors as PriorityFactor[] })));
  const mine = positions.find((p) => p.entry.id === entry.id)!;
  return { entry, position: { position: mine.position, of: positions.length, explanation: mine.explanation } };
}

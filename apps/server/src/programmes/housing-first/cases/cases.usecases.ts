import type { z } from 'zod';
import { addDays, staffLanguageStanding } from '@socrehab/domain';
import {
  canAssignMunicipalWorker, canOpenCase, canOverrideCaseload, checkCaseload, computeEngagementStart, checkKeysRegister,
  type addAttachmentSchema, type assignTeamMemberSchema, type giveConsentSchema, type initialAssessmentSchema, type markDocumentSchema,
  type openCaseSchema, type recordAgreementsSchema, type recordMoveInSchema, type TeamRole, type changeWorkerSchema, type recordIncidentSchema,
  type ProgrammeSettings, type setInspectionPeriodSchema,
} from '@socrehab/domain/programmes/housing-first/index';
import { type Ctx, originOf, today } from '../../../app/context';
import type { Tx } from '../../../db/database';
import { AppError, conflict, forbidden, invalidField } from '../../../shared/errors';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { diffFields } from '../../../modules/audit/audit.events';
import { getWaitingListEntryOfApplication, leaveWaitingList } from '../applications/applications.repository';
import { requireVisibleApplication } from '../applications/applications.usecases';
import { findOffersOfRound, getDwellingById, insertKeys, updateDwelling } from '../../../modules/dwellings/dwellings.repository';
import { workingMunicipalities } from '../../../modules/dwellings/dwellings.usecases';
import { openRehousingRound } from '../offers/rehousing-round';
import { getSettingsInForce } from '../../../modules/programmes/programmes.repository';
import * as repo from '../../../modules/cases/cases.repository';
import { type CaseRow, nextCaseNumber, requireRecordableCase, requireVisibleCase, settingsOfCase } from '../../../modules/cases/cases.usecases';
import { requireFactDate, requirePastDate } from '../../../shared/fact-dates';
import { findStaffLanguages } from '../../../modules/staff/staff-profiles.repository';

/** Housing First's steps on a case (HF-2.4, HF-3.1.6–3.1.10, HF-3.2.6, HF-3.2.7, HF-4.4): the core's cases give the case, its team and who may record. */

/**
 * HF-2.2, HF-3.3.4 the engagement the case belongs to: its first day (the opening of the person's first
 * case of it) and the person's cases in it — the 300 hours count per person across a re-application.
 */
export async function engagementOfCase(tx: Tx, theCase: CaseRow, settings: ProgrammeSettings) {
  const openings = await repo.findCaseOpeningsOfPersons(tx, [theCase.personId], theCase.programme);
  const from = computeEngagementStart(openings.map((c) => c.openedOn), theCase.openedOn, settings.engagementMonths);
  const caseIds = openings.filter((c) => c.openedOn >= from && c.openedOn <= theCase.openedOn).map((c) => c.id);
  return { from, caseIds: caseIds.includes(theCase.id) ? caseIds : [...caseIds, theCase.id] };
}

const ROLE_OF_TEAM_ROLE: Record<TeamRole, string> = {
  social_worker: 'social_worker', social_mentor: 'social_mentor', specialist: 'specialist', municipal_social_worker: 'municipal_social_worker',
};

/**
 * HF-2.4 puts a worker on a case team. Over a caseload cap (10 for a social worker, 7 for a mentor,
 * 7 for a social worker alone) the assignment is refused, unless a manager gives a written reason,
 * which is kept with the assignment and shown.
 */
async function addTeamMember(tx: Tx, ctx: Ctx, theCase: CaseRow, input: z.infer<typeof assignTeamMemberSchema>) {
  const worker = await repo.lockWorkerForAssignment(tx, input.userId);
  const rightOrganisation = input.teamRole === 'municipal_social_worker'
    ? worker && (await repo.getOrganisation(tx, worker.organisationId)).municipalityAtvk === theCase.municipalityAtvk
    : worker?.organisationId === theCase.organisationId;
  if (!worker || !worker.active || !rightOrganisation || !worker.roles.includes(ROLE_OF_TEAM_ROLE[input.teamRole])) {
    throw invalidField('userId', 'housing.errors.workerNotInOrganisation');
  }
  const team = await repo.findTeam(tx, theCase.id);
  const active = team.filter(({ member }) => member.fromDate <= input.fromDate && (!member.toDate || member.toDate >= input.fromDate));
  if (active.some(({ member }) => member.userId === input.userId && member.teamRole === input.teamRole)) throw conflict('cases.already_on_team', 'housing.errors.alreadyOnTeam');
  const { settings } = await settingsOfCase<ProgrammeSettings>(tx, theCase);
  const load = (await repo.getCaseload(tx, input.userId, input.fromDate, 'housing_first')).find((l) => l.teamRole === input.teamRole) ?? { cases: 0, casesAlone: 0 };
  const check = checkCaseload(input.teamRole, load, active.some(({ member }) => member.teamRole === 'social_mentor'), settings);
  let overrideReason: string | null = null;
  // a value accepted is stored or refused (issue 11 §2): a reason is kept only for an assignment over the cap
  if (check.allowed && input.overrideReason) throw invalidField('overrideReason', 'housing.errors.overrideNotNeeded');
  if (!check.allowed) {
    if (!input.overrideReason) {
      const key = { social_worker: 'caseloadSocialWorker', social_mentor: 'caseloadMentor', social_worker_alone: 'caseloadSocialWorkerAlone' }[check.rule];
      throw new AppError(422, `cases.caseload_${check.rule}`, `housing.errors.${key}`, { params: { limit: check.limit, current: check.current }, details: check });
    }
    if (!canOverrideCaseload(ctx.actor)) throw new AppError(403, 'cases.override_only_manager', 'housing.errors.overrideOnlyManager');
    overrideReason = input.overrideReason;
  }
  const member = await repo.insertTeamMember(tx, {
    caseId: theCase.id, organisationId: theCase.organisationId, userId: input.userId, teamRole: input.teamRole, fromDate: input.fromDate,
    overrideReason, assignedBy: ctx.actor.userId,
  });
  await appendAuditEvent(tx, originOf(ctx), {
    action: 'assign', entityType: 'case_team_member', entityId: member.id, personId: theCase.personId,
    changes: { userId: input.userId, teamRole: input.teamRole, fromDate: input.fromDate, ...(overrideReason ? { overrideReason, caseload: check } : {}) },
  }, ctx.now());
  return member;
}

/**
 * HF-3.1.7.3 opens the case for a person on the waiting list: a number from the provider's register,
 * the settings in force that day (kept for the whole case), the case manager on the team, the chosen
 * dwelling if there is one; the person leaves the waiting list.
 */
export async function openCase(input: z.infer<typeof openCaseSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const application = await requireVisibleApplication(tx, ctx, input.applicationId, true);
    const { served } = await workingMunicipalities(tx, ctx, input.openedOn);
    if (!canOpenCase(ctx.actor, served, application.municipalityAtvk)) throw forbidden();
    const entry = await getWaitingListEntryOfApplication(tx, application.id);
    if (application.status !== 'granted' || !entry || entry.leftOn) throw new AppError(422, 'housing.not_on_waiting_list', 'housing.errors.notOnWaitingList');
    if (input.openedOn < entry.addedOn) throw invalidField('openedOn', 'housing.errors.beforeSubmission');
    requirePastDate('openedOn', input.openedOn, ctx);
    const organisation = await repo.getOrganisation(tx, ctx.actor.organisationId);
    const caseNumber = await nextCaseNumber(tx, application.programmeCode, organisation, application.municipalityAtvk, Number(input.openedOn.slice(0, 4)));
    const settings = await getSettingsInForce<ProgrammeSettings>(tx, application.programmeCode, input.openedOn);
    const chosen = (await findOffersOfRound(tx, { applicationId: application.id })).find((o) => o.offer.answer === 'chosen');
    const theCase = await repo.insertCase(tx, {
      organisationId: organisation.id, personId: application.personId, municipalityAtvk: application.municipalityAtvk, programme: application.programmeCode,
      caseNumber, status: 'open', openedOn: input.openedOn,
      applicationId: application.id, settingsId: settings.id, caseManagerUserId: input.caseManagerUserId, dwellingId: chosen?.dwelling.id ?? null,
    });
    await addTeamMember(tx, ctx, theCase, { userId: input.caseManagerUserId, teamRole: 'social_worker', fromDate: input.openedOn, overrideReason: input.overrideReason });
    await leaveWaitingList(tx, entry.id, { leftOn: input.openedOn, leftReason: 'case_opened' });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'case', entityId: theCase.id, personId: theCase.personId, changes: { caseNumber: theCase.caseNumber, openedOn: input.openedOn } }, ctx.now());
    return { case: theCase };
  });
}

/**
 * HF-2.6 Latvian is required for client work: a worker whose recorded languages lack it is put on the
 * team all the same (the manager may have reasons, e.g. a Russian-speaking client), with a warning.
 */
async function languageWarnings(tx: Tx, userId: string): Promise<Array<'latvianMissing'>> {
  return staffLanguageStanding(await findStaffLanguages(tx, [userId])) === 'latvianMissing' ? ['latvianMissing'] : [];
}

/** HF-2.4, HF-3.1.7.4, HF-3.1.7.6 adds a worker to the team; the municipality assigns its own social worker. */
export async function assignTeamMember(caseId: string, input: z.infer<typeof assignTeamMemberSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = input.teamRole === 'municipal_social_worker'
      ? await requireVisibleCase(tx, ctx, caseId, true)
      : await requireRecordableCase(tx, ctx, caseId, input.fromDate, { field: 'fromDate', plannedAhead: true });
    if (input.teamRole === 'municipal_social_worker' && !canAssignMunicipalWorker(ctx.actor, theCase.municipalityAtvk)) throw forbidden();
    return { member: await addTeamMember(tx, ctx, theCase, input), warnings: await languageWarnings(tx, input.userId) };
  });
}

/**
 * HF-3.2.7 the person's right to change their social worker or mentor: the old membership ends the
 * day before, the new worker joins the same day (caseload caps apply), the reason is kept; the service
 * never pauses.
 */
export async function changeWorker(caseId: string, memberId: string, input: z.infer<typeof changeWorkerSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableCase(tx, ctx, caseId, input.fromDate, { field: 'fromDate', plannedAhead: true });
    const current = (await repo.findTeam(tx, caseId)).find(({ member }) => member.id === memberId)?.member;
    if (!current || (current.toDate && current.toDate < input.fromDate) || current.fromDate >= input.fromDate) {
      throw new AppError(404, 'cases.member_not_found', 'housing.errors.workerNotOnTeam');
    }
    if (current.teamRole !== 'social_worker' && current.teamRole !== 'social_mentor') throw invalidField('toUserId', 'housing.errors.workerNotInOrganisation');
    await repo.endTeamMember(tx, memberId, addDays(input.fromDate, -1), input.reason);
    const member = await addTeamMember(tx, ctx, theCase, { userId: input.toUserId, teamRole: current.teamRole, fromDate: input.fromDate, overrideReason: input.overrideReason });
    if (current.userId === theCase.caseManagerUserId) await repo.updateCase(tx, caseId, { caseManagerUserId: input.toUserId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'case_team_member', entityId: memberId, personId: theCase.personId, changes: { userId: { from: current.userId, to: input.toUserId }, reason: input.reason } }, ctx.now());
    return { member, warnings: await languageWarnings(tx, input.toUserId) };
  });
}

/**
 * HF-3.2.6 damage to the dwelling or a lease breach: recorded, never a reason to end the service. A
 * lease breach opens a re-housing round in the same transaction (one open round per case).
 */
export async function recordIncident(caseId: string, input: z.infer<typeof recordIncidentSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableCase(tx, ctx, caseId, input.occurredOn, { field: 'occurredOn' });
    const incident = await repo.insertIncident(tx, { ...input, organisationId: theCase.organisationId, caseId, recordedBy: ctx.actor.userId });
    const rehousing = await openRehousingRound(tx, theCase, incident);
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'create', entityType: 'case_incident', entityId: incident.id, personId: theCase.personId,
      changes: { kind: input.kind, occurredOn: input.occurredOn, ...(rehousing ? { rehousingRoundId: rehousing.round.id, rehousingRoundOpened: rehousing.opened } : {}) },
    }, ctx.now());
    return { incident, rehousingRound: rehousing ? { ...rehousing.round, openedNow: rehousing.opened } : null };
  });
}

/** HF-3.1.6 marks a document of the checklist received or waived. */
export async function markDocument(caseId: string, input: z.infer<typeof markDocumentSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableCase(tx, ctx, caseId, input.on, { field: 'on' });
    await repo.upsertDocument(tx, { organisationId: theCase.organisationId, caseId, kind: input.kind, status: input.status, onDate: input.on, note: input.note, recordedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'case_document', entityId: caseId, personId: theCase.personId, changes: { [input.kind]: { from: null, to: input.status } } }, ctx.now());
  });
}

/** HF-3.1.7.1–2 the dates the person was informed and the contract was signed; versioned like every edit. */
export async function recordAgreements(caseId: string, input: z.infer<typeof recordAgreementsSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableCase(tx, ctx, caseId, today(ctx));
    for (const field of ['dataProcessingInformedOn', 'serviceRulesInformedOn', 'contractSignedOn'] as const) {
      if (input[field] && input[field] !== theCase[field]) requireFactDate(theCase, field, input[field], ctx);
    }
    if (theCase.version !== input.version) throw conflict('cases.version_conflict', 'housing.errors.versionConflict', { current: theCase });
    const before = { dataProcessingInformedOn: theCase.dataProcessingInformedOn, serviceRulesInformedOn: theCase.serviceRulesInformedOn, contractSignedOn: theCase.contractSignedOn };
    const after = {
      dataProcessingInformedOn: input.dataProcessingInformedOn ?? null, serviceRulesInformedOn: input.serviceRulesInformedOn ?? null, contractSignedOn: input.contractSignedOn ?? null,
    };
    await repo.updateCase(tx, caseId, { ...after, version: theCase.version + 1 });
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'case', entityId: caseId, personId: theCase.personId, changes: diffFields(before, after) }, ctx.now());
    return { version: theCase.version + 1 };
  });
}

/** HF-4.4 records informed consent with the text version the person saw. */
export async function giveConsent(caseId: string, input: z.infer<typeof giveConsentSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableCase(tx, ctx, caseId, input.givenOn, { field: 'givenOn' });
    const text = await repo.getConsentText(tx, input.consentTextVersion);
    if (!text) throw invalidField('consentTextVersion', 'housing.errors.consentTextNotFound');
    const consent = await repo.insertConsent(tx, { organisationId: theCase.organisationId, caseId, consentTextVersion: input.consentTextVersion, givenOn: input.givenOn, recordedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'case_consent', entityId: consent.id, personId: theCase.personId, changes: { version: input.consentTextVersion, givenOn: input.givenOn } }, ctx.now());
    return { consent };
  });
}

/** HF-4.4 the person withdraws consent: recorded with its date, never deleted. */
export async function withdrawConsent(caseId: string, consentId: string, withdrawnOn: string, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableCase(tx, ctx, caseId, withdrawnOn, { field: 'withdrawnOn' });
    const consent = await repo.getConsent(tx, consentId);
    if (!consent || consent.caseId !== caseId) throw new AppError(404, 'consents.not_found', 'housing.errors.consentNotFound');
    if (consent.withdrawnOn) throw conflict('consents.already_withdrawn', 'housing.errors.consentAlreadyWithdrawn');
    if (withdrawnOn < consent.givenOn) throw invalidField('withdrawnOn', 'housing.errors.beforeSubmission');
    await repo.withdrawConsent(tx, consentId, withdrawnOn);
    await appendAuditEvent(tx, originOf(ctx), { action: 'withdraw', entityType: 'case_consent', entityId: consentId, personId: theCase.personId, changes: { withdrawnOn } }, ctx.now());
  });
}

/** HF-3.1.7.5 the initial assessment before moving in, with the support-need level it settles on. */
export async function recordInitialAssessment(caseId: string, input: z.infer<typeof initialAssessmentSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableCase(tx, ctx, caseId, input.assessedOn, { field: 'assessedOn' });
    const { supportNeedLevel, assessedOn, ...data } = input;
    const assessment = await repo.insertInitialAssessment(tx, { organisationId: theCase.organisationId, caseId, assessedOn, supportNeedLevel, data, assessedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'initial_assessment', entityId: assessment.id, personId: theCase.personId, changes: { assessedOn, supportNeedLevel } }, ctx.now());
    return { assessment };
  });
}

/**
 * HF-3.1.8–3.1.10 moving in: needs the signed contract, the initial assessment and the chosen
 * dwelling; records the crisis agreement (spare key or police), the handover act, the keys register
 * (a copy with the person and one with the team), the lease and any co-payment. The dwelling becomes occupied.
 */
export async function recordMoveIn(caseId: string, input: z.infer<typeof recordMoveInSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableCase(tx, ctx, caseId, input.movedInOn, { field: 'movedInOn' });
    if (await repo.getMoveIn(tx, caseId)) throw conflict('cases.already_moved_in', 'housing.errors.alreadyMovedIn');
    if (!theCase.contractSignedOn) throw new AppError(422, 'cases.move_in_needs_contract', 'housing.errors.moveInNeedsContract');
    if ((await repo.findInitialAssessments(tx, caseId)).length === 0) throw new AppError(422, 'cases.move_in_needs_assessment', 'housing.errors.moveInNeedsAssessment');
    const chosen = theCase.dwellingId ?? (theCase.applicationId ? (await findOffersOfRound(tx, { applicationId: theCase.applicationId })).find((o) => o.offer.answer === 'chosen')?.dwelling.id : undefined);
    if (chosen && input.dwellingId && input.dwellingId !== chosen) throw invalidField('dwellingId', 'housing.errors.dwellingAlreadyChosen');
    // issue 11 §3: a case imported without a move-in has no offers on record — it names the dwelling the person lives in
    const dwellingId = chosen ?? (theCase.serviceBeganOn ? input.dwellingId : null);
    if (!dwellingId) {
      if (theCase.serviceBeganOn) throw invalidField('dwellingId', 'housing.errors.moveInNamesDwelling');
      throw new AppError(422, 'cases.move_in_needs_dwelling', 'housing.errors.moveInNeedsDwelling');
    }
    if (!chosen) {
      const named = await getDwellingById(tx, dwellingId);
      if (!named || named.municipalityAtvk !== theCase.municipalityAtvk) throw invalidField('dwellingId', 'housing.errors.dwellingNotFound');
      if (named.status !== 'available' && named.status !== 'reserved') throw invalidField('dwellingId', 'housing.errors.dwellingNotAvailable');
    }
    const keysProblem = checkKeysRegister(input.keys);
    if (keysProblem) throw invalidField('keys', keysProblem);
    if (input.movedInOn < theCase.openedOn) throw invalidField('movedInOn', 'housing.errors.beforeSubmission');
    const { keys, dwellingId: _named, ...moveIn } = input;
    const row = await repo.insertMoveIn(tx, { ...moveIn, organisationId: theCase.organisationId, caseId, dwellingId, recordedBy: ctx.actor.userId });
    await insertKeys(tx, keys.map((k) => ({ ...k, organisationId: theCase.organisationId, dwellingId, caseId })));
    const dwelling = await getDwellingById(tx, dwellingId, true);
    await updateDwelling(tx, dwellingId, { status: 'occupied', version: dwelling!.version + 1, updatedAt: ctx.now().toISOString() });
    await repo.updateCase(tx, caseId, { dwellingId, version: theCase.version + 1 });
    // issue 11 §3: the person's address follows the move-in — they now live in the dwelling
    const whereabouts = await repo.movePersonInto(tx, theCase.personId, dwelling!.address);
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'update', entityType: 'person', entityId: theCase.personId, personId: theCase.personId,
      changes: { whereaboutsKind: { from: whereabouts.before.whereaboutsKind, to: whereabouts.after.whereaboutsKind }, whereabouts: { from: whereabouts.before.whereabouts, to: whereabouts.after.whereabouts } },
    }, ctx.now());
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'create', entityType: 'move_in', entityId: row.id, personId: theCase.personId,
      changes: { movedInOn: input.movedInOn, dwellingId, spareKeyUseAllowed: input.spareKeyUseAllowed, keys: keys.length, items: input.handoverItems.length },
    }, ctx.now());
    return { moveIn: row };
  });
}

/** HF-3.1.9 attaches a photo of the dwelling (or another file) to the case. */
export async function addAttachment(caseId: string, input: z.infer<typeof addAttachmentSchema>, ctx: Ctx) {
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0) throw invalidField('contentBase64', 'validation.required');
  if (!matchesMediaType(content, input.mediaType)) throw invalidField('mediaType', 'housing.errors.attachmentType');
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableCase(tx, ctx, caseId, today(ctx), { field: 'on' });
    const row = await repo.insertAttachment(tx, { organisationId: theCase.organisationId, caseId, purpose: input.purpose, fileName: input.fileName, mediaType: input.mediaType, content, uploadedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'attachment', entityId: row.id, personId: theCase.personId, changes: { fileName: input.fileName, bytes: content.length } }, ctx.now());
    return { attachment: row };
  });
}

/** The file's first bytes must say what the upload claims (no HTML passed off as a photo). */
function matchesMediaType(content: Buffer, mediaType: string): boolean {
  const starts = (...bytes: number[]) => bytes.every((b, i) => content[i] === b);
  if (mediaType === 'image/jpeg') return starts(0xff, 0xd8, 0xff);
  if (mediaType === 'image/png') return starts(0x89, 0x50, 0x4e, 0x47);
  return starts(0x25, 0x50, 0x44, 0x46); // %PDF
}

/**
 * HF-2.7, HF-3.2.2 the inspection period agreed with the person: after this many days absent and
 * unreachable, visits on other days and an inspection of the dwelling (15 unless agreed otherwise).
 */
export async function setInspectionPeriod(caseId: string, input: z.infer<typeof setInspectionPeriodSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableCase(tx, ctx, caseId, today(ctx));
    if (theCase.version !== input.version) throw conflict('cases.version_conflict', 'housing.errors.versionConflict', { current: theCase });
    await repo.updateCase(tx, caseId, { inspectionAfterDays: input.inspectionAfterDays, version: theCase.version + 1 });
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'update', entityType: 'case', entityId: caseId, personId: theCase.personId,
      changes: { inspectionAfterDays: { from: theCase.inspectionAfterDays, to: input.inspectionAfterDays } },
    }, ctx.now());
    return { inspectionAfterDays: input.inspectionAfterDays, version: theCase.version + 1 };
  });
}

import type { ProgrammeSettings } from '@socrehab/domain/programmes/housing-first/index';
import type { z } from 'zod';
import { checkDailyContactHours, checkEngagementHours, fitsContactStep, checkExtension, computeEscalation, type VisitOutcome, type recordContactSchema, type recordExtensionSchema, type recordVisitSchema, type setVisitSlotSchema } from '@socrehab/domain/programmes/housing-first/index';
import { type Ctx, originOf } from '../../../app/context';
import type { Tx } from '../../../db/database';
import { AppError, invalidField } from '../../../shared/errors';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { findTeam, getMoveIn } from '../../../modules/cases/cases.repository';
import { requireRecordableCase, requireTeamRecordableCase, settingsOfCase } from '../../../modules/cases/cases.usecases';
import { engagementOfCase } from '../cases/cases.usecases';
import * as queries from '../plans/plans.reads.repository';
import * as repo from './visits.repository';

type CaseRow = Awaited<ReturnType<typeof requireRecordableCase>>;
const REACHED = new Set(['met', 'met_elsewhere', 'phone_only', 'notice_given']);

/**
 * A case the actor may record on, served on `date`: moved in (for home visits; a case imported without a
 * move-in from the day its service began) or opened, and not closed. Contacts: any team member in their
 * own name (HF-3.4.5).
 */
async function requireServedCase(tx: Tx, ctx: Ctx, caseId: string, field: string, date: string, needsMoveIn: boolean) {
  const theCase = needsMoveIn ? await requireRecordableCase(tx, ctx, caseId, date, { field }) : await requireTeamRecordableCase(tx, ctx, caseId, date, { field });
  const moveIn = needsMoveIn ? await getMoveIn(tx, caseId) : null;
  const from = needsMoveIn ? moveIn?.movedInOn ?? theCase.serviceBeganOn : theCase.openedOn;
  if (!from || date < from || (theCase.closedOn && date > theCase.closedOn)) {
    throw new AppError(422, 'service.case_not_in_service', 'housing.errors.caseNotInService');
  }
  return theCase;
}

/**
 * HF-2.2 — the hour limits before a contact is written: at most 3 hours a day for the person unless a
 * social worker or mentor writes a justification, and at most 300 hours in the engagement — per person,
 * across a re-application within it (warning from 80 %). The case row is locked, so two workers
 * recording at once cannot both slip under a limit.
 */
async function checkHours(tx: Tx, ctx: Ctx, theCase: CaseRow, on: string, hours: number, justification: string | null) {
  const { settings } = await settingsOfCase<ProgrammeSettings>(tx, theCase);
  if (!fitsContactStep(hours, settings.contactMinutesStep)) {
    throw new AppError(422, 'service.hours_step', 'housing.errors.hoursStep', { params: { step: settings.contactMinutesStep! }, fields: { hours: 'housing.errors.hoursStepField' } });
  }
  const ofPerson = await engagementOfCase(tx, theCase, settings);
  const used = await repo.sumContactHours(tx, ofPerson.caseIds, on, ofPerson.from);
  const daily = checkDailyContactHours(used.day, hours, settings.contactHoursPerDay, justification);
  if (!daily.allowed) {
    throw new AppError(422, 'service.daily_hours_exceeded', 'housing.errors.dailyHoursExceeded', {
      params: { dayTotal: daily.dayTotal, limit: daily.limit }, fields: { justification: 'housing.errors.justificationRequired' }, details: daily,
    });
  }
  // issue 11 §2: a justification the day does not need would be accepted and dropped — refused instead
  if (!daily.justified && justification) throw invalidField('justification', 'housing.errors.justificationNotNeeded');
  if (daily.justified && !ctx.actor.roles.some((r) => r === 'social_worker' || r === 'social_mentor')) {
    throw new AppError(403, 'service.justification_only_worker', 'housing.errors.justificationOnlyWorker');
  }
  const engagement = checkEngagementHours(used.engagement, hours, settings.contactHoursPerEngagement);
  if (!engagement.allowed) {
    throw new AppError(422, 'service.engagement_hours_exceeded', 'housing.errors.engagementHoursExceeded', { params: { total: engagement.total, limit: engagement.limit }, details: engagement });
  }
  return {
    justified: daily.justified,
    hoursUsed: engagement.total, hoursLeft: engagement.left,
    warnings: engagement.warning ? [{ key: 'housing.warnings.hoursNearCap', params: { used: engagement.total, limit: settings.contactHoursPerEngagement } }] : [],
  };
}

/** HF-2.2 records a contact — a call, accompanying, a consultation… — with its hours and life domains. */
export async function recordContact(caseId: string, input: z.infer<typeof recordContactSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireServedCase(tx, ctx, caseId, 'contactOn', input.contactOn, false);
    const hours = await checkHours(tx, ctx, theCase, input.contactOn, input.hours, input.justification);
    const contact = await repo.insertContact(tx, {
      ...input, organisationId: theCase.organisationId, caseId, workerId: ctx.actor.userId, recordedBy: ctx.actor.userId,
      justification: hours.justified ? input.justification : null, justifiedBy: hours.justified ? ctx.actor.userId : null,
    });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'contact', entityId: contact.id, personId: theCase.personId, changes: { contactOn: input.contactOn, kind: input.kind, hours: input.hours, justified: hours.justified } }, ctx.now());
    return { contact, hoursUsed: hours.hoursUsed, hoursLeft: hours.hoursLeft, warnings: hours.warnings };
  });
}

/**
 * HF-3.2.1 records a home visit: who went, where, how it went, the dwelling's condition and the
 * person's state. Its hours become a contact (HF-2.2) under the same limits; a miss feeds the
 * escalation (HF-3.2.2).
 */
export async function recordVisit(caseId: string, input: z.infer<typeof recordVisitSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireServedCase(tx, ctx, caseId, 'visitedOn', input.visitedOn, true);
    const team = await findTeam(tx, caseId);
    const onTeam = (userId: string) => team.some(({ member }) => member.userId === userId && member.fromDate <= input.visitedOn && (!member.toDate || member.toDate >= input.visitedOn));
    if (!input.workerIds.every(onTeam)) throw invalidField('workerIds', 'housing.errors.workerNotOnTeam');
    // issue 11 §2: a visit without hours has no contact to carry its life domains or a justification — refused, not dropped
    if (input.hours === 0 && input.lifeDomains.length) throw invalidField('lifeDomains', 'housing.errors.lifeDomainsNeedHours');
    if (input.hours === 0 && input.justification) throw invalidField('justification', 'housing.errors.justificationNotNeeded');
    const hours = input.hours > 0 ? await checkHours(tx, ctx, theCase, input.visitedOn, input.hours, input.justification) : null;
    const visit = await repo.insertVisit(tx, {
      organisationId: theCase.organisationId, caseId, visitedOn: input.visitedOn, atTime: input.atTime ?? null, workerIds: input.workerIds, place: input.place,
      outcome: input.outcome, healthRisk: input.healthRisk, dwellingCondition: input.dwellingCondition, technicalFaults: input.technicalFaults,
      personState: input.personState, hours: input.hours, recordedBy: ctx.actor.userId,
    });
    if (hours) {
      await repo.insertContact(tx, {
        organisationId: theCase.organisationId, caseId, visitId: visit.id, contactOn: input.visitedOn, kind: 'home_visit',
        mode: input.outcome === 'phone_only' ? 'phone' : 'in_person', hours: input.hours, workerId: input.workerIds[0]!, lifeDomains: input.lifeDomains,
        reachedPerson: REACHED.has(input.outcome), justification: hours.justified ? input.justification : null, justifiedBy: hours.justified ? ctx.actor.userId : null,
        notes: null, recordedBy: ctx.actor.userId,
      });
    }
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'visit', entityId: visit.id, personId: theCase.personId, changes: { visitedOn: input.visitedOn, outcome: input.outcome, hours: input.hours } }, ctx.now());
    return { visit, hoursUsed: hours?.hoursUsed ?? null, hoursLeft: hours?.hoursLeft ?? null, warnings: hours?.warnings ?? [] };
  });
}

/** HF-3.2.1 the fixed weekly visit slot, from a date on. */
export async function setVisitSlot(caseId: string, input: z.infer<typeof setVisitSlotSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableCase(tx, ctx, caseId, input.fromDate, { field: 'fromDate', plannedAhead: true });
    const slot = await repo.insertVisitSlot(tx, { ...input, organisationId: theCase.organisationId, caseId, setBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'case', entityId: caseId, personId: theCase.personId, changes: { visitSlot: { from: null, to: input } } }, ctx.now());
    return { slot };
  });
}

/**
 * HF-3.3.3 the team waits one more month before evaluating termination, with the reason in the case
 * file: only once a calendar month has passed without meeting or reaching the person (422 before), and
 * once per run of absence (409 for a second).
 */
export async function recordExtension(caseId: string, input: z.infer<typeof recordExtensionSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireServedCase(tx, ctx, caseId, 'recordedOn', input.recordedOn, true);
    const moveIn = await getMoveIn(tx, caseId);
    const visits = await queries.findVisitsUpTo(tx, caseId, input.recordedOn);
    const contacts = await queries.findContactsUpTo(tx, caseId, input.recordedOn);
    const escalation = computeEscalation(
      visits.map((v) => ({ on: v.on, outcome: v.outcome as VisitOutcome, healthRisk: v.healthRisk })), contacts.filter((c) => c.reachedPerson),
      await queries.findExtensionsUpTo(tx, caseId, input.recordedOn), { inspectionAfterDays: theCase.inspectionAfterDays }, input.recordedOn,
      moveIn?.movedInOn ?? theCase.serviceBeganOn,
    );
    const check = checkExtension(escalation);
    if (!check.allowed && check.extendedOn) {
      throw new AppError(409, 'service.extension_already_recorded', 'housing.errors.extensionAlreadyRecorded', { params: { date: check.extendedOn }, details: escalation });
    }
    if (!check.allowed) {
      const [message, field] = check.monthPassesOn
        ? ['housing.errors.extensionTooEarly', 'housing.errors.extensionDateTooEarly'] : ['housing.errors.extensionNoAbsence', 'housing.errors.extensionNoAbsence'];
      throw new AppError(422, 'service.extension_too_early', message, { params: { date: check.monthPassesOn ?? '' }, fields: { recordedOn: field }, details: escalation });
    }
    const extension = await repo.insertExtension(tx, { ...input, organisationId: theCase.organisationId, caseId, recordedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'escalation_extension', entityId: extension.id, personId: theCase.personId, changes: input }, ctx.now());
    return { extension };
  });
}

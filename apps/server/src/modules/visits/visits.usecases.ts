import type { z } from 'zod';
import {
  checkDailyContactHours, checkEngagementHours,
  type recordContactSchema, type recordExtensionSchema, type recordVisitSchema, type setVisitSlotSchema,
} from '@socrehab/domain';
import { type Ctx, originOf } from '../../app/context';
import type { Tx } from '../../db/database';
import { AppError, invalidField } from '../../shared/errors';
import { appendAuditEvent } from '../audit/audit.repository';
import { findTeam, getMoveIn } from '../cases/cases.repository';
import { requireRecordableCase, settingsOfCase } from '../cases/cases.usecases';
import { requireFactDate } from '../cases/fact-dates';
import * as repo from './visits.repository';

type CaseRow = Awaited<ReturnType<typeof requireRecordableCase>>;
const REACHED = new Set(['met', 'met_elsewhere', 'phone_only', 'notice_given']);

/** A case the actor may record on, served on `date`: moved in (for home visits) or opened, and not closed. */
async function requireServedCase(tx: Tx, ctx: Ctx, caseId: string, field: string, date: string, needsMoveIn: boolean) {
  const theCase = await requireRecordableCase(tx, ctx, caseId, date);
  requireFactDate(theCase, field, date, ctx);
  const moveIn = needsMoveIn ? await getMoveIn(tx, caseId) : null;
  const from = needsMoveIn ? moveIn?.movedInOn : theCase.openedOn;
  if (!from || date < from || (theCase.closedOn && date > theCase.closedOn)) {
    throw new AppError(422, 'service.case_not_in_service', 'housing.errors.caseNotInService');
  }
  return theCase;
}

/**
 * HF-2.2 — the hour limits before a contact is written: at most 3 hours a day for the person unless a
 * social worker or mentor writes a justification, and at most 300 hours in the engagement (warning
 * from 80 %). The case row is locked, so two workers recording at once cannot both slip under a limit.
 */
async function checkHours(tx: Tx, ctx: Ctx, theCase: CaseRow, on: string, hours: number, justification: string | null) {
  const { settings } = await settingsOfCase(tx, theCase);
  const used = await repo.sumContactHours(tx, theCase.id, on, theCase.openedOn);
  const daily = checkDailyContactHours(used.day, hours, settings.contactHoursPerDay, justification);
  if (!daily.allowed) {
    throw new AppError(422, 'service.daily_hours_exceeded', 'housing.errors.dailyHoursExceeded', {
      params: { dayTotal: daily.dayTotal, limit: daily.limit }, fields: { justification: 'housing.errors.justificationRequired' }, details: daily,
    });
  }
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
    const theCase = await requireRecordableCase(tx, ctx, caseId, input.fromDate);
    requireFactDate(theCase, 'fromDate', input.fromDate, ctx, { plannedAhead: true });
    const slot = await repo.insertVisitSlot(tx, { ...input, organisationId: theCase.organisationId, caseId, setBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'case', entityId: caseId, personId: theCase.personId, changes: { visitSlot: { from: null, to: input } } }, ctx.now());
    return { slot };
  });
}

/** HF-3.3.3 the team waits one more month before evaluating termination, with the reason in the case file. */
export async function recordExtension(caseId: string, input: z.infer<typeof recordExtensionSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireServedCase(tx, ctx, caseId, 'recordedOn', input.recordedOn, true);
    const extension = await repo.insertExtension(tx, { ...input, organisationId: theCase.organisationId, caseId, recordedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'escalation_extension', entityId: extension.id, personId: theCase.personId, changes: input }, ctx.now());
    return { extension };
  });
}

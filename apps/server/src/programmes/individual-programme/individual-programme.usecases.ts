import { computeSettingsInForce, formatDate, latvianCollator, type UiLanguage } from '@socrehab/domain';
import {
  canOpenIpCase, canRecordOnIpCase, computeReferenceCost, ipSettingsSchema, checkDelivery, checkIpGranting, computePlannedVsDelivered, computeRecipients, coPaymentTotal,
  UNITS_OF_LINE, type AddServiceLineInput, type OpenIpCaseInput, type ServiceLine, type VolumeUnit,
} from '@socrehab/domain/programmes/individual-programme/index';
import type { z } from 'zod';
import type { endIpCaseSchema, recordCostSchema, recordDeliverySchema, setCoPaymentSchema } from '@socrehab/domain/programmes/individual-programme/index';
import { type Ctx, originOf, today } from '../../app/context';
import type { Tx, Reader } from '../../db/database';
import { AppError, forbidden, invalidField } from '../../shared/errors';
import { appendAuditEvent } from '../../modules/audit/audit.repository';
import { requireVisiblePerson, visibleFor } from '../../modules/access/person-access';
import { addressAccessFor, printedAddress } from '../../modules/access/address-protection';
import { requirePastDate } from '../../shared/fact-dates';
import { getOrganisation } from '../../modules/cases/cases.repository';
import { nextCaseNumber } from '../../modules/cases/cases.usecases';
import * as repo from './individual-programme.repository';

/** IP-1 – IP-3 the Individual Programme's cases: opening, the plan's service lines, deliveries, costs and co-payments. */

export const ipCaseNotFound = () => new AppError(404, 'ip.case_not_found', 'ip.errors.caseNotFound');
const toMonth = (day: string) => day.slice(0, 7);
const firstDay = (month: string) => `${month}-01`;

const GRANTING_MESSAGES = {
  before_decision: 'ip.errors.openedBeforeDecision',
  not_after_opening: 'ip.errors.agreementEndNotAfterOpening',
  not_household_member: 'ip.errors.notHouseholdMember',
  person_not_recipient: 'ip.errors.personNotRecipient',
} as const;

/** The reference cost in force in a municipality on a day (IP-3), from its settings versions. */
export async function referenceCostOn(db: Reader, municipalityAtvk: string, day: string) {
  const found = computeSettingsInForce(await repo.findSettingsVersions(db), day);
  const cost = found ? computeReferenceCost(ipSettingsSchema.parse(found.settings), municipalityAtvk) : null;
  if (cost === null) throw new AppError(422, 'ip.no_settings', 'ip.errors.noSettings');
  return cost;
}

/**
 * An IP case the actor may see: its provider's or its municipality's, with its person visible to the
 * actor by the core's access rule — or 404 (out of scope looks the same as not there).
 */
export async function requireVisibleIpCase(tx: Tx, ctx: Ctx, caseId: string, lock = false) {
  const found = await repo.getIpCase(tx, caseId, lock);
  if (!found) throw ipCaseNotFound();
  if (found.organisationId !== ctx.actor.organisationId && found.municipalityAtvk !== ctx.actor.municipalityAtvk) throw ipCaseNotFound();
  await requireVisiblePerson(tx, ctx, found.personId).catch(() => { throw ipCaseNotFound(); });
  return found;
}

/** IP-2, IP-3 an open case the actor may record on: the provider's manager, or on its team today. */
async function requireRecordableIpCase(tx: Tx, ctx: Ctx, caseId: string) {
  const found = await requireVisibleIpCase(tx, ctx, caseId, true);
  if (!canRecordOnIpCase(ctx.actor, found.organisationId, await repo.isOnTeam(tx, caseId, ctx.actor.userId, today(ctx)))) throw forbidden();
  if (found.status === 'closed') throw new AppError(409, 'cases.closed', 'errors.facts.caseClosed', { params: { closedOn: formatDate(found.closedOn) } });
  return found;
}

/** A month within the case's time: not before its opening month, not after its closing month. */
function requireMonthOfCase(theCase: repo.IpCaseRow, field: string, month: string) {
  if (month < toMonth(theCase.openedOn) || (theCase.closedOn && month > toMonth(theCase.closedOn))) throw invalidField(field, 'ip.errors.monthOutsideCase');
}

/**
 * IP-1 opens an Individual Programme case: the granting decision (the unmet need and the community
 * services considered; no income, no end required), for a person or a family, at a contracted
 * provider — the case manager's organisation, which must hold an IP agreement with the municipality
 * in force on the opening day (IP-4). The case manager joins the team; the recipients are recorded.
 */
export async function openIpCase(input: OpenIpCaseInput, ctx: Ctx) {
  if (!canOpenIpCase(ctx.actor)) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    requirePastDate('decidedOn', input.decidedOn, ctx);
    await requireVisiblePerson(tx, ctx, input.personId);
    const manager = await repo.getUserWithOrganisation(tx, input.caseManagerUserId);
    if (!manager || !manager.active || !manager.roles.includes('social_worker')) throw invalidField('caseManagerUserId', 'ip.errors.caseManagerInvalid');
    const providerId = manager.organisationId;
    // the municipality's social service grants for its own municipality; a provider opens only its own cases
    const mayOpenHere = ctx.actor.organisationKind === 'municipal_social_service' ? ctx.actor.municipalityAtvk === input.municipalityAtvk : ctx.actor.organisationId === providerId;
    if (!mayOpenHere) throw forbidden();
    const agreement = await repo.getAgreementInForce(tx, providerId, input.municipalityAtvk, input.openedOn);
    if (!agreement) throw invalidField('caseManagerUserId', 'ip.errors.noAgreement');
    const memberIds = input.household ? await repo.findHouseholdMemberIds(tx, input.household.householdId) : [];
    const household = input.household ? { memberIds, recipientIds: input.household.recipientIds } : null;
    const [problem] = checkIpGranting({ personId: input.personId, household, decidedOn: input.decidedOn, openedOn: input.openedOn, agreementEndsOn: input.agreementEndsOn });
    if (problem) throw invalidField(problem.field, GRANTING_MESSAGES[problem.reason]);
    const recipientIds = computeRecipients({ personId: input.personId, household });
    for (const id of recipientIds) await requireVisiblePerson(tx, ctx, id).catch(() => { throw invalidField('household.recipientIds', 'ip.errors.notHouseholdMember'); });
    // IP-1 one open case at a time: a person already receiving the programme is not given a second case
    const alreadyReceiving = await repo.lockAndFindOpenRecipients(tx, recipientIds);
    if (alreadyReceiving.length > 0) {
      const field = alreadyReceiving.includes(input.personId) ? 'personId' : 'household.recipientIds';
      throw new AppError(409, 'ip.already_receiving', 'ip.errors.alreadyReceiving', { fields: { [field]: 'ip.errors.alreadyReceiving' } });
    }

    // the core's register of the programme: IP-YYYY-NNNN counted per municipality (the definition's numbering)
    const caseNumber = await nextCaseNumber(tx, repo.PROGRAMME, await getOrganisation(tx, providerId), input.municipalityAtvk, Number(input.openedOn.slice(0, 4)));
    const theCase = await repo.insertCase(tx, {
      organisationId: providerId, personId: input.personId, municipalityAtvk: input.municipalityAtvk, programme: repo.PROGRAMME,
      caseNumber, status: 'open', openedOn: input.openedOn, caseManagerUserId: manager.id,
    });
    await repo.insertIpCase(tx, {
      caseId: theCase.id, organisationId: providerId, householdId: input.household?.householdId ?? null, serviceAgreementId: agreement.id,
      targetGroup: input.targetGroup, decidedOn: input.decidedOn, decidedBy: ctx.actor.userId, communityServicesConsidered: input.communityServicesConsidered,
      unmetNeedReason: input.unmetNeedReason, servicePlace: input.servicePlace, agreementEndsOn: input.agreementEndsOn,
    });
    await repo.insertTeamMember(tx, { caseId: theCase.id, organisationId: providerId, userId: manager.id, teamRole: 'social_worker', fromDate: input.openedOn, assignedBy: ctx.actor.userId });
    await repo.insertRecipients(tx, recipientIds.map((personId) => ({ caseId: theCase.id, organisationId: providerId, personId, fromDate: input.openedOn })));
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'create', entityType: 'ip_case', entityId: theCase.id, personId: input.personId,
      changes: { caseNumber, targetGroup: input.targetGroup, decidedOn: input.decidedOn, openedOn: input.openedOn, householdId: input.household?.householdId ?? null, recipientIds, servicePlace: input.servicePlace, agreementEndsOn: input.agreementEndsOn },
    }, ctx.now());
    return { caseId: theCase.id, caseNumber };
  });
}

/**
 * IP-1 whom a case may be opened with: the providers and their social workers, one of whom manages the
 * case. The municipality's social service chooses among the providers contracted in its municipality
 * today; a provider's manager among its own social workers; a provider's social worker manages the
 * case themself.
 */
export async function findCaseManagerChoices(ctx: Ctx) {
  const { actor } = ctx;
  if (!canOpenIpCase(actor)) throw forbidden();
  const on = today(ctx);
  const providers = actor.organisationKind === 'municipal_social_service'
    ? (actor.municipalityAtvk ? await repo.findContractedProviders(ctx.db, actor.municipalityAtvk, on, on) : []).map((p) => ({ id: p.organisationId, name: p.name }))
    : [{ id: actor.organisationId, name: (await getOrganisation(ctx.db, actor.organisationId)).name }];
  const workers = (await repo.findSocialWorkersOf(ctx.db, providers.map((p) => p.id)))
    .filter((w) => actor.organisationKind === 'municipal_social_service' || actor.roles.includes('manager') || w.id === actor.userId)
    .sort((a, b) => latvianCollator.compare(a.displayName, b.displayName));
  return {
    providers: providers.map((p) => ({ ...p, socialWorkers: workers.filter((w) => w.organisationId === p.id).map(({ id, displayName }) => ({ id, displayName })) })),
  };
}

const presentSummary = (row: repo.IpCaseRow) => ({
  caseId: row.caseId, caseNumber: row.caseNumber, personId: row.personId, personName: `${row.givenNames} ${row.surnames}`,
  subject: row.householdId ? 'household' as const : 'person' as const, targetGroup: row.targetGroup as OpenIpCaseInput['targetGroup'], providerName: row.providerName,
  openedOn: row.openedOn, closedOn: row.closedOn, status: row.status as 'open' | 'closed', agreementEndsOn: row.agreementEndsOn,
});

/** The IP cases the actor may see (their provider's or municipality's, persons in their scope); the read is audited. */
export async function findIpCases(ctx: Ctx) {
  const rows = await repo.findIpCases(ctx.db, { organisationId: ctx.actor.organisationId, municipalityAtvk: ctx.actor.municipalityAtvk }, visibleFor(ctx));
  await appendAuditEvent(ctx.db, originOf(ctx), { action: 'view', entityType: 'ip_case', entityId: null, personId: null, changes: { listed: rows.length } }, ctx.now());
  return { items: rows.map(presentSummary) };
}

/** IP-1 a case with its decision, recipients and co-payments, and what the actor may do on it. */
export async function getIpCaseDetail(caseId: string, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const row = await requireVisibleIpCase(tx, ctx, caseId);
    const recipients = await repo.findRecipients(tx, caseId);
    const coPayments = await repo.findCoPayments(tx, [caseId]);
    const record = canRecordOnIpCase(ctx.actor, row.organisationId, await repo.isOnTeam(tx, caseId, ctx.actor.userId, today(ctx))) && row.status === 'open';
    // the recipients are the case's subjects, shown with it; each one's trail records the read
    for (const personId of new Set([row.personId, ...recipients.map((r) => r.personId)])) {
      await appendAuditEvent(tx, originOf(ctx), { action: 'view', entityType: 'ip_case', entityId: caseId, personId }, ctx.now());
    }
    return {
      ...presentSummary(row), municipalityAtvk: row.municipalityAtvk, householdId: row.householdId,
      recipients: recipients.map((r) => ({ personId: r.personId, fullName: `${r.givenNames} ${r.surnames}`, gender: r.gender as 'female' | 'male' | 'unspecified' | null, birthDate: r.birthDate, fromDate: r.fromDate, toDate: r.toDate })),
      decidedOn: row.decidedOn, communityServicesConsidered: row.communityServicesConsidered, unmetNeedReason: row.unmetNeedReason,
      servicePlace: row.servicePlace as OpenIpCaseInput['servicePlace'],
      coPayments: coPayments.map(presentCoPayment),
      endingReason: row.endingReason as z.infer<typeof endIpCaseSchema>['reason'] | null,
      abilities: { record },
    };
  });
}

const presentCoPayment = (c: Awaited<ReturnType<typeof repo.findCoPayments>>[number]) => ({
  id: c.id, effectiveFrom: toMonth(c.effectiveFrom), rentCents: c.rentCents, managementCents: c.managementCents, electricityCents: c.electricityCents,
  gasCents: c.gasCents, utilitiesCents: c.utilitiesCents, totalCents: coPaymentTotal(c), basis: c.basis, assessedOn: c.assessedOn,
});

/**
 * The service ends on a day — the client ends it, or it is no longer needed: the case closes and its
 * recipients' service ends; the core's schedule then makes the ending's satisfaction survey due (IP-5).
 */
export async function endIpCase(caseId: string, input: z.infer<typeof endIpCaseSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableIpCase(tx, ctx, caseId);
    requirePastDate('endedOn', input.endedOn, ctx);
    if (input.endedOn < theCase.openedOn) throw invalidField('endedOn', 'validation.beforeCaseOpened');
    await repo.endIpCase(tx, caseId, input.endedOn, input.reason, input.note);
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'ip_case', entityId: caseId, personId: theCase.personId, changes: { status: { from: 'open', to: 'closed' }, ...input } }, ctx.now());
    return { caseId, status: 'closed' as const, closedOn: input.endedOn };
  });
}

/** IP-2 adds a service line of the content catalogue to the case's plan, with its volume planned per month. */
export async function addServiceLine(caseId: string, input: AddServiceLineInput, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableIpCase(tx, ctx, caseId);
    if (!UNITS_OF_LINE[input.line].includes(input.unit)) throw invalidField('unit', 'ip.errors.unitNotForLine');
    if (input.line === 'skills_support' && input.skillAreas.length === 0) throw invalidField('skillAreas', 'ip.errors.skillAreasRequired');
    if (input.line !== 'skills_support' && input.skillAreas.length > 0) throw invalidField('skillAreas', 'ip.errors.skillAreasOnlyForSkills');
    if (input.line !== 'housing' && input.dwellingId) throw invalidField('dwellingId', 'ip.errors.dwellingOnlyForHousing');
    if (input.toMonth && input.toMonth < input.fromMonth) throw invalidField('toMonth', 'ip.errors.toBeforeFrom');
    requireMonthOfCase(theCase, 'fromMonth', input.fromMonth);
    const dwelling = input.dwellingId ? await repo.getDwelling(tx, input.dwellingId) : null;
    if (input.dwellingId && !dwelling) throw invalidField('dwellingId', 'ip.errors.dwellingNotFound');
    const line = await repo.insertServiceLine(tx, {
      caseId, organisationId: theCase.organisationId, line: input.line, skillAreas: [...new Set(input.skillAreas)], unit: input.unit, plannedPerMonth: input.plannedPerMonth,
      fromMonth: firstDay(input.fromMonth), toMonth: input.toMonth ? firstDay(input.toMonth) : null, dwellingId: input.dwellingId, note: input.note, createdBy: ctx.actor.userId,
    });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'ip_service_line', entityId: line.id, personId: theCase.personId, changes: { ...input } }, ctx.now());
    return presentLine({ line, dwellingAddress: dwelling?.address ?? null });
  });
}

const presentLine = ({ line, dwellingAddress }: { line: Awaited<ReturnType<typeof repo.insertServiceLine>>; dwellingAddress: string | null }) => ({
  id: line.id, line: line.line as ServiceLine, skillAreas: line.skillAreas as AddServiceLineInput['skillAreas'], unit: line.unit as VolumeUnit, plannedPerMonth: Number(line.plannedPerMonth),
  fromMonth: toMonth(line.fromMonth), toMonth: line.toMonth ? toMonth(line.toMonth) : null,
  dwelling: line.dwellingId ? { id: line.dwellingId, address: dwellingAddress ?? '' } : null, note: line.note,
});

/** IP-2 the plan's lines with the volume planned and delivered in a month (default: this month). */
export async function getPlannedVsDelivered(caseId: string, month: string | undefined, ctx: Ctx, language: UiLanguage = 'lv') {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireVisibleIpCase(tx, ctx, caseId);
    const asked = month ?? toMonth(today(ctx));
    // issue 14: the housing line's dwelling is the client's home — a protected address is its label to those without a need to know
    const access = await addressAccessFor(tx, ctx, theCase.personId);
    const lines = (await repo.findServiceLines(tx, caseId)).map((l) => ({ ...l, dwellingAddress: printedAddress(l.dwellingAddress, access, language) }));
    const deliveries = await repo.findDeliveries(tx, caseId, asked);
    const presented = lines.map(presentLine);
    const rows = computePlannedVsDelivered(
      presented.map((l) => ({ id: l.id, line: l.line, unit: l.unit, plannedPerMonth: l.plannedPerMonth, fromMonth: l.fromMonth, toMonth: l.toMonth })),
      deliveries.map((d) => ({ serviceLineId: d.serviceLineId, month: toMonth(d.month), delivered: Number(d.delivered) })), asked,
    );
    await appendAuditEvent(tx, originOf(ctx), { action: 'view', entityType: 'ip_service_line', entityId: caseId, personId: theCase.personId, changes: { month: asked } }, ctx.now());
    return { month: asked, lines: rows.map((r) => ({ ...presented.find((l) => l.id === r.serviceLineId)!, planned: r.planned, delivered: r.delivered, difference: r.difference })) };
  });
}

/** IP-2 records the volume of a line delivered in a month (a second record of the month corrects it). */
export async function recordDelivery(caseId: string, serviceLineId: string, input: z.infer<typeof recordDeliverySchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableIpCase(tx, ctx, caseId);
    const line = await repo.getServiceLine(tx, caseId, serviceLineId);
    if (!line) throw new AppError(404, 'ip.service_line_not_found', 'ip.errors.serviceLineNotFound');
    requireMonthOfCase(theCase, 'month', input.month);
    if (input.month > toMonth(today(ctx))) throw invalidField('month', 'validation.dateInFuture');
    const problem = checkDelivery({ id: line.id, line: line.line as ServiceLine, unit: line.unit as VolumeUnit, plannedPerMonth: Number(line.plannedPerMonth), fromMonth: toMonth(line.fromMonth), toMonth: line.toMonth ? toMonth(line.toMonth) : null }, input.month, input.delivered);
    if (problem) throw invalidField(problem === 'outside_line' ? 'month' : 'delivered', problem === 'outside_line' ? 'ip.errors.deliveryOutsideLine' : 'ip.errors.moreDaysThanMonth');
    const row = await repo.upsertDelivery(tx, { serviceLineId, caseId, organisationId: theCase.organisationId, month: firstDay(input.month), delivered: input.delivered, note: input.note, recordedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'ip_service_delivery', entityId: row.id, personId: theCase.personId, changes: { serviceLineId, ...input } }, ctx.now());
    return { id: row.id, month: input.month, delivered: Number(row.delivered) };
  });
}

/** IP-3 records a month's planned (and, once known, actual) cost of a kind on the case. */
export async function recordCost(caseId: string, input: z.infer<typeof recordCostSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableIpCase(tx, ctx, caseId);
    requireMonthOfCase(theCase, 'month', input.month);
    if (input.actualCents !== null && input.month > toMonth(today(ctx))) throw invalidField('actualCents', 'validation.dateInFuture');
    const row = await repo.upsertCost(tx, { caseId, organisationId: theCase.organisationId, month: firstDay(input.month), kind: input.kind, plannedCents: input.plannedCents, actualCents: input.actualCents, recordedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'ip_cost', entityId: row.id, personId: theCase.personId, changes: { ...input } }, ctx.now());
    return { id: row.id, ...input };
  });
}

/** IP-3 sets the client's co-payment for the flat from a month on, with the assessment and plan it rests on. */
export async function setCoPayment(caseId: string, input: z.infer<typeof setCoPaymentSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableIpCase(tx, ctx, caseId);
    requireMonthOfCase(theCase, 'effectiveFrom', input.effectiveFrom);
    requirePastDate('assessedOn', input.assessedOn, ctx);
    const row = await repo.insertCoPayment(tx, { ...input, caseId, organisationId: theCase.organisationId, effectiveFrom: firstDay(input.effectiveFrom), recordedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'ip_co_payment', entityId: row.id, personId: theCase.personId, changes: { ...input } }, ctx.now());
    return presentCoPayment(row);
  });
}

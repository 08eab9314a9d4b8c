import { answersProblemOf, computeSettingsInForce, formatDate, latvianCollator } from '@socrehab/domain';
import {
  ASSESSMENT_PROFESSIONS, IB_ASSESSMENT, IB_EVALUATION_INSTRUMENTS, IB_PILOT_END_MEETING, PILOT_STARTS, UNIT_OF_SERVICE, canOpenIbCase, canRecordOnIbCase, checkRanking, computeBudgetPeriod, computeCombinedRanking,
  computeInterruptedDays, computeLedger, computeReassessmentDue, ibSettingsSchema, DEFAULT_IB_SETTINGS, firstDayOf, monthOf,
  type IbService, type OpenIbCaseInput, type RecordAssessmentInput, type SavePlanVersionInput, type PlanVersionFacts,
} from '@socrehab/domain/programmes/individual-budget/index';
import type { z } from 'zod';
import type { endIbCaseSchema, recordDeliverySchema, recordInterruptionSchema, recordMeetingSchema, reportDifficultySchema } from '@socrehab/domain/programmes/individual-budget/index';
import { type Ctx, originOf, today } from '../../app/context';
import type { Tx, Reader } from '../../db/database';
import { AppError, forbidden, invalidField } from '../../shared/errors';
import { appendAuditEvent } from '../../modules/audit/audit.repository';
import { requireVisiblePerson, visibleFor } from '../../modules/access/person-access';
import { requirePastDate } from '../../shared/fact-dates';
import { getOrganisation } from '../../modules/cases/cases.repository';
import { nextCaseNumber } from '../../modules/cases/cases.usecases';
import { insertEvaluation } from '../../modules/evaluations/evaluations.repository';
import * as repo from './individual-budget.repository';

/** IB-1 – IB-5 the Individual Budget programme's cases: opening, assessments, the support plan, the ledger, interruptions. */

export const ibCaseNotFound = () => new AppError(404, 'ib.case_not_found', 'ib.errors.caseNotFound');

/** IB-4 the warning threshold in force on a day (the programme's settings; its default without a version). */
export async function warningPercentOn(db: Reader, day: string) {
  const found = computeSettingsInForce(await repo.findSettingsVersions(db), day);
  return found ? ibSettingsSchema.parse(found.settings).warningPercent : DEFAULT_IB_SETTINGS.warningPercent;
}

/** An IB case the actor may see: its organisation's or its municipality's, its person visible by the core's access rule — or 404. */
export async function requireVisibleIbCase(tx: Tx, ctx: Ctx, caseId: string, lock = false) {
  const found = await repo.getIbCase(tx, caseId, lock);
  if (!found) throw ibCaseNotFound();
  if (found.organisationId !== ctx.actor.organisationId && found.municipalityAtvk !== ctx.actor.municipalityAtvk) throw ibCaseNotFound();
  await requireVisiblePerson(tx, ctx, found.personId).catch(() => { throw ibCaseNotFound(); });
  return found;
}

/** An open case the actor may record on (its organisation's manager, or on its team today), locked for the write. */
async function requireRecordableIbCase(tx: Tx, ctx: Ctx, caseId: string) {
  const found = await requireVisibleIbCase(tx, ctx, caseId, true);
  if (found.status === 'closed') throw new AppError(409, 'cases.closed', 'errors.facts.caseClosed', { params: { closedOn: formatDate(found.closedOn) } });
  if (!canRecordOnIbCase(ctx.actor, found.organisationId, await repo.isOnTeam(tx, caseId, ctx.actor.userId, today(ctx)))) throw forbidden();
  return found;
}

/** A fact's day: not in the future, not before the case opened. */
function requireDayOfCase(theCase: repo.IbCaseRow, field: string, day: string, ctx: Ctx) {
  requirePastDate(field, day, ctx);
  if (day < theCase.openedOn) throw invalidField(field, 'validation.beforeCaseOpened');
}
/** A month within the case's time, not after this month. */
function requireMonthOfCase(theCase: repo.IbCaseRow, field: string, month: string, ctx: Ctx) {
  if (month < monthOf(theCase.openedOn) || (theCase.closedOn && month > monthOf(theCase.closedOn))) throw invalidField(field, 'ib.errors.monthOutsideCase');
  if (month > monthOf(today(ctx))) throw invalidField(field, 'validation.dateInFuture');
}

/**
 * IB-1 opens a case when a referral is accepted: the person, their pilot, who shares responsibility for
 * the plan (the parents, the person or the guardian) and the social worker who manages the case — of the
 * actor's own organisation. A municipal social service opens cases in its own municipality. A person has
 * one open case of the programme at a time (409 at the field).
 */
export async function openIbCase(input: OpenIbCaseInput, ctx: Ctx) {
  if (!canOpenIbCase(ctx.actor)) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    requirePastDate('referredOn', input.referredOn, ctx);
    requirePastDate('openedOn', input.openedOn, ctx);
    if (input.openedOn < input.referredOn) throw invalidField('openedOn', 'ib.errors.openedBeforeReferral');
    if (input.openedOn < PILOT_STARTS[input.pilot]) throw invalidField('openedOn', 'ib.errors.beforePilot');
    if (ctx.actor.organisationKind === 'municipal_social_service' && ctx.actor.municipalityAtvk !== input.municipalityAtvk) throw invalidField('municipalityAtvk', 'ib.errors.municipalityNotOwn');
    await requireVisiblePerson(tx, ctx, input.personId);
    const manager = await repo.getUser(tx, input.caseManagerUserId);
    const managesCases = manager?.roles.some((r) => r === 'social_worker' || r === 'municipal_social_worker');
    if (!manager || !manager.active || !managesCases || manager.organisationId !== ctx.actor.organisationId) throw invalidField('caseManagerUserId', 'ib.errors.caseManagerInvalid');
    // a social worker who is not a manager opens cases they manage themself
    if (!ctx.actor.roles.includes('manager') && manager.id !== ctx.actor.userId) throw invalidField('caseManagerUserId', 'ib.errors.caseManagerInvalid');
    if (await repo.lockAndFindOpenCase(tx, input.personId)) {
      throw new AppError(409, 'ib.already_open', 'ib.errors.alreadyOpen', { fields: { personId: 'ib.errors.alreadyOpen' } });
    }
    const organisation = await getOrganisation(tx, ctx.actor.organisationId);
    const caseNumber = await nextCaseNumber(tx, repo.PROGRAMME, organisation, input.municipalityAtvk, Number(input.openedOn.slice(0, 4)));
    const theCase = await repo.insertCase(tx, {
      organisationId: organisation.id, personId: input.personId, municipalityAtvk: input.municipalityAtvk, programme: repo.PROGRAMME,
      caseNumber, status: 'open', openedOn: input.openedOn, caseManagerUserId: manager.id,
    });
    await repo.insertIbCase(tx, { caseId: theCase.id, organisationId: organisation.id, pilot: input.pilot, referredOn: input.referredOn, representative: input.representative, representativeName: input.representativeName });
    await repo.insertTeamMember(tx, { caseId: theCase.id, organisationId: organisation.id, userId: manager.id, teamRole: 'social_worker', fromDate: input.openedOn, assignedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'ib_case', entityId: theCase.id, personId: input.personId, changes: { caseNumber, ...input } }, ctx.now());
    return { caseId: theCase.id, caseNumber };
  });
}

/** IB-1 whom a case may be opened with: the organisation's social workers (a social worker: themself). */
export async function findCaseManagerChoices(ctx: Ctx) {
  if (!canOpenIbCase(ctx.actor)) throw forbidden();
  const workers = (await repo.findCaseManagersOf(ctx.db, ctx.actor.organisationId))
    .filter((w) => ctx.actor.roles.includes('manager') || w.id === ctx.actor.userId)
    .sort((a, b) => latvianCollator.compare(a.displayName, b.displayName));
  return { municipalityAtvk: ctx.actor.municipalityAtvk, socialWorkers: workers };
}

const presentSummary = (row: repo.IbCaseRow) => ({
  caseId: row.caseId, caseNumber: row.caseNumber, personId: row.personId, personName: `${row.givenNames} ${row.surnames}`, pilot: row.pilot as OpenIbCaseInput['pilot'],
  municipalityAtvk: row.municipalityAtvk, municipalityName: row.municipalityName ?? row.municipalityAtvk, municipalityNameEn: row.municipalityNameEn ?? row.municipalityAtvk,
  organisationName: row.organisationName, caseManagerName: row.caseManagerName, openedOn: row.openedOn, closedOn: row.closedOn, status: row.status as 'open' | 'closed',
});

/** IB-1 the programme's cases the actor may see; the read is audited. */
export async function findIbCases(ctx: Ctx) {
  const rows = await repo.findIbCases(ctx.db, { organisationId: ctx.actor.organisationId, municipalityAtvk: ctx.actor.municipalityAtvk }, visibleFor(ctx));
  await appendAuditEvent(ctx.db, originOf(ctx), { action: 'view', entityType: 'ib_case', entityId: null, personId: null, changes: { listed: rows.length } }, ctx.now());
  return { items: rows.map(presentSummary) };
}

type Assessment = Awaited<ReturnType<typeof repo.findAssessments>>[number];
const presentAssessment = (a: Assessment, index: number) => {
  const period = computeBudgetPeriod(a.assessedOn);
  const team = a.teamRanking.map((r) => ({ service: r.service as IbService, rank: r.rank }));
  return {
    id: a.id, period: index + 1, assessedOn: a.assessedOn, kind: index === 0 ? 'initial' as const : 'reassessment' as const, team: a.team as (typeof ASSESSMENT_PROFESSIONS)[number][], goals: a.goals,
    teamRanking: a.teamRanking.map((r) => ({ service: r.service as IbService, rank: r.rank, perMonth: Number(r.perMonth) })),
    familyRanking: a.familyRanking.map((r) => ({ service: r.service as IbService, rank: r.rank })),
    rankedBy: a.rankedBy as RecordAssessmentInput['rankedBy'], budgetCents: a.budgetCents, periodFrom: period.from, periodTo: period.to,
    combined: computeCombinedRanking(team, a.familyRanking.map((r) => ({ service: r.service as IbService, rank: r.rank }))),
  };
};

type PlanRow = Awaited<ReturnType<typeof repo.findPlanVersions>>[number];
const presentPlanVersion = ({ v, createdByName }: PlanRow) => ({
  id: v.id, version: v.version, validFrom: v.validFrom, reason: v.reason, agreedBy: v.agreedBy as SavePlanVersionInput['agreedBy'], agreedOn: v.agreedOn, createdByName, createdAt: v.createdAt,
  lines: v.lines.map((l) => ({ ...l, service: l.service as IbService, unit: UNIT_OF_SERVICE[l.service as IbService], perMonth: Number(l.perMonth) })),
});

type InterruptionRow = Awaited<ReturnType<typeof repo.findInterruptions>>[number];
const presentInterruption = (i: InterruptionRow) => ({ id: i.id, service: i.service as IbService, from: i.fromDate, to: i.toDate, reason: i.reason as z.infer<typeof recordInterruptionSchema>['reason'], note: i.note });

/** IB-1 – IB-5 a case: the person, the pilot, the assessments with both rankings side by side, the plan's versions, interruptions and difficulties, and what the actor may do. */
export async function getIbCaseDetail(caseId: string, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const row = await requireVisibleIbCase(tx, ctx, caseId);
    const assessments = await repo.findAssessments(tx, [caseId]);
    const versions = await repo.findPlanVersions(tx, [caseId]);
    const interruptions = await repo.findInterruptions(tx, [caseId]);
    const difficulties = await repo.findDifficulties(tx, caseId);
    const record = row.status === 'open' && canRecordOnIbCase(ctx.actor, row.organisationId, await repo.isOnTeam(tx, caseId, ctx.actor.userId, today(ctx)));
    // IB-6 the closing meeting is recorded after the ending too, by whoever was on the team on its last day
    const recordMeeting = canRecordOnIbCase(ctx.actor, row.organisationId, await repo.isOnTeam(tx, caseId, ctx.actor.userId, row.closedOn ?? today(ctx)));
    await appendAuditEvent(tx, originOf(ctx), { action: 'view', entityType: 'ib_case', entityId: caseId, personId: row.personId }, ctx.now());
    const asOf = row.closedOn && row.closedOn < today(ctx) ? row.closedOn : today(ctx);
    return {
      ...presentSummary(row), birthDate: row.birthDate, referredOn: row.referredOn, representative: row.representative as OpenIbCaseInput['representative'], representativeName: row.representativeName,
      endingReason: row.endingReason as z.infer<typeof endIbCaseSchema>['reason'] | null,
      assessments: assessments.map(presentAssessment),
      reassessment: row.status === 'open' ? computeReassessmentDue(row.openedOn, assessments.map((a) => a.assessedOn), asOf) : null,
      planVersions: versions.map(presentPlanVersion).reverse(),
      interruptions: interruptions.map(presentInterruption),
      difficulties: difficulties.map((d) => ({ id: d.id, reportedOn: d.reportedOn, service: d.service as IbService | null, description: d.description })),
      abilities: { record, recordMeeting },
    };
  });
}

/** IB-6 the case ends (the pilot ends, or the person withdraws…): the case and its team end that day; the end-of-pilot meeting falls due. */
export async function endIbCase(caseId: string, input: z.infer<typeof endIbCaseSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableIbCase(tx, ctx, caseId);
    requireDayOfCase(theCase, 'endedOn', input.endedOn, ctx);
    await repo.endIbCase(tx, caseId, input.endedOn, input.reason, input.note);
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'ib_case', entityId: caseId, personId: theCase.personId, changes: { status: { from: 'open', to: 'closed' }, ...input } }, ctx.now());
    return { caseId, status: 'closed' as const, closedOn: input.endedOn };
  });
}

const RANKING_MESSAGES = { duplicate_service: 'ib.errors.duplicateService', ranks_not_sequential: 'ib.errors.ranksNotSequential' } as const;

/**
 * IB-1, IB-2 the multi-professional team's assessment (at the start, and after each 6-month period):
 * its members (a rehabilitation doctor and a social worker among them), the shared goals, the team's
 * prioritised services with their intensity, the family's own ranking, and the indicative budget of the
 * 6-month period it opens. Recorded on the core's evaluation schedule too, so the next re-assessment
 * falls due 6 calendar months later.
 */
export async function recordAssessment(caseId: string, input: RecordAssessmentInput, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableIbCase(tx, ctx, caseId);
    requireDayOfCase(theCase, 'assessedOn', input.assessedOn, ctx);
    if (!input.team.includes('rehabilitation_doctor') || !input.team.includes('social_worker')) throw invalidField('team', 'ib.errors.teamNeedsLead');
    const teamProblem = checkRanking(input.teamRanking);
    if (teamProblem) throw invalidField('teamRanking', RANKING_MESSAGES[teamProblem]);
    const familyProblem = checkRanking(input.familyRanking);
    if (familyProblem) throw invalidField('familyRanking', RANKING_MESSAGES[familyProblem]);
    const existing = await repo.findAssessments(tx, [caseId]);
    if (existing.some((a) => a.assessedOn === input.assessedOn)) throw new AppError(409, 'ib.assessment_same_day', 'ib.errors.assessmentSameDay', { fields: { assessedOn: 'ib.errors.assessmentSameDay' } });
    const row = await repo.insertAssessment(tx, {
      caseId, organisationId: theCase.organisationId, assessedOn: input.assessedOn, team: [...new Set(input.team)], goals: input.goals,
      teamRanking: input.teamRanking, familyRanking: input.familyRanking, rankedBy: input.rankedBy, budgetCents: input.budgetCents, recordedBy: ctx.actor.userId,
    });
    await insertEvaluation(tx, { programmeCode: repo.PROGRAMME, instrument: IB_ASSESSMENT, caseId, recordedOn: input.assessedOn, recordedBy: ctx.actor.userId, note: null });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'ib_assessment', entityId: row.id, personId: theCase.personId, changes: { ...input } }, ctx.now());
    const all = [...existing, row].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
    return presentAssessment(row, all.findIndex((a) => a.id === row.id));
  });
}

/**
 * IB-3 a new version of the support plan: the services chosen, their providers, schedule and intensity,
 * priced from the municipality's catalogue; the person (or guardian, or parents) agreed it and shares
 * responsibility. Made against the version the form was filled from: if another was saved meanwhile, 409.
 */
export async function savePlanVersion(caseId: string, input: SavePlanVersionInput, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableIbCase(tx, ctx, caseId); // locks the case: two saves wait for each other
    requireDayOfCase(theCase, 'validFrom', input.validFrom, ctx);
    requireDayOfCase(theCase, 'agreedOn', input.agreedOn, ctx);
    const latest = await repo.latestPlanVersion(tx, caseId);
    if (latest !== input.expectedVersion) {
      throw new AppError(409, 'ib.plan_version_changed', 'ib.errors.planVersionChanged', { fields: { expectedVersion: 'ib.errors.planVersionChanged' }, details: { latestVersion: latest } });
    }
    if (new Set(input.lines.map((l) => l.service)).size !== input.lines.length) throw invalidField('lines', 'ib.errors.duplicateService');
    const lines = [];
    for (const [i, line] of input.lines.entries()) {
      const entry = await repo.getCatalogueEntry(tx, theCase.municipalityAtvk, line.service);
      if (!entry) throw invalidField(`lines.${i}.service`, 'ib.errors.noPriceInCatalogue');
      lines.push({ ...line, unitPriceCents: entry.unitPriceCents });
    }
    const row = await repo.insertPlanVersion(tx, {
      caseId, organisationId: theCase.organisationId, version: latest + 1, validFrom: input.validFrom, reason: input.reason, lines, agreedBy: input.agreedBy, agreedOn: input.agreedOn, createdBy: ctx.actor.userId,
    });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'ib_plan_version', entityId: row.id, personId: theCase.personId, changes: { version: row.version, ...input } }, ctx.now());
    return { id: row.id, version: row.version };
  });
}

/** IB-4 a month's delivered volume and spending on a planned service (a second record of the month corrects it); spending defaults to the volume at the plan's unit price. */
export async function recordDelivery(caseId: string, input: z.infer<typeof recordDeliverySchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableIbCase(tx, ctx, caseId);
    requireMonthOfCase(theCase, 'month', input.month, ctx);
    const versions = (await repo.findPlanVersions(tx, [caseId])).map(({ v }) => v);
    const line = versions.filter((v) => v.validFrom <= `${input.month}-31`).flatMap((v) => v.lines).reverse().find((l) => l.service === input.service);
    if (!line) throw invalidField('service', 'ib.errors.serviceNotInPlan');
    const spentCents = input.spentCents ?? Math.round(input.delivered * line.unitPriceCents);
    const row = await repo.upsertDelivery(tx, { caseId, organisationId: theCase.organisationId, service: input.service, month: firstDayOf(input.month), delivered: input.delivered, spentCents, note: input.note, recordedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'ib_delivery', entityId: row.id, personId: theCase.personId, changes: { ...input, spentCents } }, ctx.now());
    return { id: row.id, service: input.service, month: input.month, delivered: Number(row.delivered), spentCents: row.spentCents };
  });
}

/** IB-4 the family reports a difficulty in carrying out the plan. */
export async function reportDifficulty(caseId: string, input: z.infer<typeof reportDifficultySchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableIbCase(tx, ctx, caseId);
    requireDayOfCase(theCase, 'reportedOn', input.reportedOn, ctx);
    const row = await repo.insertDifficulty(tx, { caseId, organisationId: theCase.organisationId, reportedOn: input.reportedOn, service: input.service, description: input.description, recordedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'ib_difficulty', entityId: row.id, personId: theCase.personId, changes: { ...input } }, ctx.now());
    return { id: row.id };
  });
}

/** IB-5 a service interrupted from a day (to a day once it resumed), with its reason; interruptions of one service never overlap. */
export async function recordInterruption(caseId: string, input: z.infer<typeof recordInterruptionSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableIbCase(tx, ctx, caseId);
    requireDayOfCase(theCase, 'from', input.from, ctx);
    if (input.to) requirePastDate('to', input.to, ctx);
    if (input.to && input.to < input.from) throw invalidField('to', 'ib.errors.toBeforeFrom');
    const others = (await repo.findInterruptions(tx, [caseId])).filter((i) => i.service === input.service);
    const far = '9999-12-31';
    if (others.some((o) => o.fromDate <= (input.to ?? far) && input.from <= (o.toDate ?? far))) throw invalidField('from', 'ib.errors.interruptionOverlaps');
    const row = await repo.insertInterruption(tx, { caseId, organisationId: theCase.organisationId, service: input.service, fromDate: input.from, toDate: input.to, reason: input.reason, note: input.note, recordedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'ib_interruption', entityId: row.id, personId: theCase.personId, changes: { ...input } }, ctx.now());
    return presentInterruption(row);
  });
}

/** IB-5 the interrupted service resumed on a day. */
export async function resumeInterruption(caseId: string, interruptionId: string, to: string, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableIbCase(tx, ctx, caseId);
    const found = (await repo.findInterruptions(tx, [caseId])).find((i) => i.id === interruptionId);
    if (!found) throw new AppError(404, 'ib.interruption_not_found', 'ib.errors.interruptionNotFound');
    if (found.toDate) throw new AppError(409, 'ib.interruption_resumed', 'ib.errors.interruptionResumed');
    requirePastDate('to', to, ctx);
    if (to < found.fromDate) throw invalidField('to', 'ib.errors.toBeforeFrom');
    await repo.resumeInterruption(tx, interruptionId, to);
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'ib_interruption', entityId: interruptionId, personId: theCase.personId, changes: { to } }, ctx.now());
    return { ...presentInterruption(found), to };
  });
}

/** The facts of one case's budget period for the pure ledger rule. */
export function ledgerFactsOf(
  assessment: { assessedOn: string; budgetCents: number },
  versions: readonly { version: number; validFrom: string; lines: readonly { service: string; perMonth: number; unitPriceCents: number }[] }[],
  deliveries: readonly { service: string; month: string; delivered: number; spentCents: number }[],
  interruptions: readonly { service: string; fromDate: string; toDate: string | null; reason: string }[],
  warningPercent: number, asOf: string,
) {
  return {
    months: computeBudgetPeriod(assessment.assessedOn).months,
    budgetCents: assessment.budgetCents,
    versions: versions.map((v): PlanVersionFacts => ({ version: v.version, validFrom: v.validFrom, lines: v.lines.map((l) => ({ service: l.service as IbService, perMonth: Number(l.perMonth), unitPriceCents: l.unitPriceCents })) })),
    deliveries: deliveries.map((d) => ({ service: d.service as IbService, month: monthOf(d.month), delivered: Number(d.delivered), spentCents: d.spentCents })),
    interruptions: interruptions.map((i) => ({ service: i.service as IbService, from: i.fromDate, to: i.toDate, reason: i.reason })),
    warningPercent, asOf,
  };
}

/** The period whose months hold `asOf` (else the last before it, else the first): 1-based. */
export function currentPeriodOf(assessments: readonly { assessedOn: string }[], asOf: string) {
  const upTo = assessments.filter((a) => a.assessedOn <= asOf);
  return upTo.length ? upTo.length : assessments.length ? 1 : 0;
}

/** IB-4 the ledger of a budget period (default: the current one): per service and month, against the budget, with its warning and the interruptions. */
export async function getLedger(caseId: string, period: number | undefined, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireVisibleIbCase(tx, ctx, caseId);
    const assessments = await repo.findAssessments(tx, [caseId]);
    const asOf = theCase.closedOn && theCase.closedOn < today(ctx) ? theCase.closedOn : today(ctx);
    const asked = period ?? currentPeriodOf(assessments, asOf);
    const assessment = assessments[asked - 1];
    if (!assessment) throw new AppError(404, 'ib.period_not_found', 'ib.errors.periodNotFound');
    const versions = (await repo.findPlanVersions(tx, [caseId])).map(({ v }) => v);
    const interruptions = await repo.findInterruptions(tx, [caseId]);
    const facts = ledgerFactsOf(assessment, versions, await repo.findDeliveries(tx, [caseId]), interruptions, await warningPercentOn(tx, asOf), today(ctx));
    const ledger = computeLedger(facts);
    await appendAuditEvent(tx, originOf(ctx), { action: 'view', entityType: 'ib_ledger', entityId: caseId, personId: theCase.personId, changes: { period: asked } }, ctx.now());
    const period_ = computeBudgetPeriod(assessment.assessedOn);
    return {
      period: asked, periods: assessments.length, from: period_.from, to: period_.to, warningPercent: facts.warningPercent, ...ledger,
      interruptions: interruptions.filter((i) => i.fromDate <= period_.to && (i.toDate ?? '9999-12-31') >= period_.from)
        .map((i) => ({ ...presentInterruption(i), daysInPeriod: period_.months.reduce((s, m) => s + computeInterruptedDays({ from: i.fromDate, to: i.toDate }, m), 0) })),
    };
  });
}

/**
 * IB-6 the end-of-pilot evaluation meeting with the family and its feedback, on the core's evaluation
 * schedule (due at the ending). Recorded by the case's social worker — in the pilots a municipal social
 * worker — or the organisation's manager, on an ended case too, dated within the case; the answers are
 * checked against the instrument's questions.
 */
export async function recordMeeting(caseId: string, input: z.infer<typeof recordMeetingSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireVisibleIbCase(tx, ctx, caseId, true);
    const lastDay = theCase.closedOn ?? today(ctx);
    if (!canRecordOnIbCase(ctx.actor, theCase.organisationId, await repo.isOnTeam(tx, caseId, ctx.actor.userId, lastDay))) throw forbidden();
    requireDayOfCase(theCase, 'recordedOn', input.recordedOn, ctx);
    if (theCase.closedOn && input.recordedOn > theCase.closedOn) throw invalidField('recordedOn', 'validation.afterCaseClosed');
    const instrument = IB_EVALUATION_INSTRUMENTS.find((i) => i.code === IB_PILOT_END_MEETING)!;
    const problem = answersProblemOf(instrument, input.answers);
    if (problem) throw invalidField(problem.field, problem.key, problem.params);
    const row = await insertEvaluation(tx, { programmeCode: repo.PROGRAMME, instrument: IB_PILOT_END_MEETING, caseId, recordedOn: input.recordedOn, answers: input.answers, note: input.note, recordedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'evaluation', entityId: row.id, personId: theCase.personId, changes: { instrument: IB_PILOT_END_MEETING, ...input } }, ctx.now());
    return { id: row.id };
  });
}

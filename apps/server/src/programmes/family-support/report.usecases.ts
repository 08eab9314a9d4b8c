import type { z } from 'zod';
import { computeFundingOn, computeFsReportView, computeProjectFinance, isCentreManager, isChildRole, suppressSmall, type FsReportView, type GroupKind, type MemberRole, type recordSpendingSchema, type setProjectSchema } from '@socrehab/domain/programmes/family-support/index';
import { type Ctx, originOf, today } from '../../app/context';
import { appendAuditEvent } from '../../modules/audit/audit.repository';
import { requirePastDate } from '../../shared/fact-dates';
import { AppError, forbidden, invalidField } from '../../shared/errors';
import * as repo from './family-support.repository';

/** FS-6 the project's finance against the grant; the report: families, children, sessions and attendance, conferences, mentors, finance. */

const noProject = () => new AppError(404, 'fs.no_project', 'fs.errors.noProject');

function presentFinance(project: NonNullable<Awaited<ReturnType<typeof repo.getProject>>>, spending: Awaited<ReturnType<typeof repo.findSpending>>, asOf: string) {
  const figures = computeProjectFinance(project, spending.map((s) => ({ spentOn: s.spentOn, amountCents: s.amountCents })), asOf);
  const byCategory: Record<string, { inProjectCents: number; afterProjectCents: number }> = {};
  for (const s of spending.filter((x) => x.spentOn <= asOf)) {
    const c = (byCategory[s.category] ??= { inProjectCents: 0, afterProjectCents: 0 });
    if (computeFundingOn(project, s.spentOn) === 'project') c.inProjectCents += s.amountCents; else c.afterProjectCents += s.amountCents;
  }
  return {
    project: { code: project.code, name: project.name, promoter: project.promoter, grantSource: project.grantSource, startsOn: project.startsOn, endsOn: project.endsOn, initialCostCents: project.initialCostCents, finalCostCents: project.finalCostCents, grantCents: project.grantCents },
    ...figures,
    byCategory: Object.entries(byCategory).map(([category, v]) => ({ category, ...v })),
  };
}

/** FS-6 the provider's finance page (its manager): the project, the figures against the grant and the spending recorded. */
export async function getFinance(ctx: Ctx, asOf?: string) {
  if (!isCentreManager(ctx.actor)) throw forbidden();
  const project = await repo.getProject(ctx.db, ctx.actor.organisationId);
  if (!project) return { asOf: asOf ?? today(ctx), finance: null, spending: [] };
  const spending = await repo.findSpending(ctx.db, [ctx.actor.organisationId]);
  const day = asOf ?? today(ctx);
  return {
    asOf: day, finance: presentFinance(project, spending, day),
    spending: spending.slice(-50).reverse().map((s) => ({ id: s.id, spentOn: s.spentOn, category: s.category, amountCents: s.amountCents, note: s.note, fundedBy: computeFundingOn(project, s.spentOn) })),
  };
}

/** FS-6 the project's costs, grant and period, as the provider keeps them (the manager). */
export async function setProject(input: z.infer<typeof setProjectSchema>, ctx: Ctx) {
  if (!isCentreManager(ctx.actor)) throw forbidden();
  if (input.endsOn < input.startsOn) throw invalidField('endsOn', 'fs.errors.endsBeforeStart');
  if (input.grantCents > input.finalCostCents) throw invalidField('grantCents', 'validation.invalid');
  return ctx.db.transaction(async (tx) => {
    const before = await repo.getProject(tx, ctx.actor.organisationId);
    await repo.upsertProject(tx, { ...input, organisationId: ctx.actor.organisationId, updatedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: before ? 'update' : 'create', entityType: 'fs_finance', entityId: ctx.actor.organisationId, personId: null, changes: { ...input } }, ctx.now());
    return { ok: true };
  });
}

/** FS-6 money spent on a day: within the project against the grant, after it the provider's own continuation. */
export async function recordSpending(input: z.infer<typeof recordSpendingSchema>, ctx: Ctx) {
  if (!isCentreManager(ctx.actor)) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const project = await repo.getProject(tx, ctx.actor.organisationId);
    if (!project) throw noProject();
    requirePastDate('spentOn', input.spentOn, ctx);
    const fundedBy = computeFundingOn(project, input.spentOn);
    if (fundedBy === 'before_project') throw invalidField('spentOn', 'fs.errors.spendingBeforeProject');
    const [row] = await repo.insertSpending(tx, [{ ...input, organisationId: ctx.actor.organisationId, recordedBy: ctx.actor.userId }]);
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'fs_finance', entityId: row!.id, personId: null, changes: { ...input, fundedBy } }, ctx.now());
    return { id: row!.id, fundedBy };
  });
}

export type FsReport = Awaited<ReturnType<typeof getReport>>;

/**
 * The report as of a day: families and children (in the project and after it, financed by the provider),
 * individual and crisis sessions, group and camp sessions with attendance, conferences held and reviewed,
 * mentors matched, and the finance against the grant. A provider's manager reads its own, a social
 * service its referred families, a funder all with counts 1–4 hidden. No personal data; the read is audited.
 */
export async function getReport(query: { asOf?: string }, ctx: Ctx) {
  const view = computeFsReportView(ctx.actor);
  if (view.kind === 'none') throw forbidden();
  const asOf = query.asOf ?? today(ctx);
  requirePastDate('asOf', asOf, ctx);
  const facts = await repo.findReportFacts(ctx.db, repo.reportScope(view));
  const projects = view.kind === 'provider' ? [await repo.getProject(ctx.db, view.organisationId)].filter((p) => !!p) : view.kind === 'aggregates' ? await repo.findProjects(ctx.db) : [];
  const project = projects[0] ?? null;
  const s = (n: number) => suppressSmall(n, view);
  const cases = facts.caseRows.filter((c) => c.openedOn <= asOf);
  const inProject = (c: { organisationId: string; openedOn: string }) => {
    const p = projects.find((x) => x.organisationId === c.organisationId);
    return !!p && c.openedOn >= p.startsOn && c.openedOn <= p.endsOn;
  };
  const continuing = (c: { organisationId: string; openedOn: string; closedOn: string | null }) => {
    const p = projects.find((x) => x.organisationId === c.organisationId);
    return !!p && c.openedOn <= p.endsOn && (!c.closedOn || c.closedOn > p.endsOn) && asOf > p.endsOn;
  };
  const childrenOf = (ids: Set<string>) => facts.members.filter((m) => ids.has(m.caseId) && isChildRole(m.role as MemberRole)).length;
  const ids = new Set(cases.map((c) => c.caseId));
  const projectIds = new Set(cases.filter(inProject).map((c) => c.caseId));
  const openIds = new Set(cases.filter((c) => !c.closedOn || c.closedOn > asOf).map((c) => c.caseId));
  const centres = [...new Set(cases.map((c) => c.centreName))].sort();
  const sessions = facts.sessions.filter((x) => x.heldOn <= asOf && x.caseId && ids.has(x.caseId));
  const groupSessions = facts.attendance.filter((a) => a.heldOn <= asOf);
  const byKind = (kind: GroupKind) => groupSessions.filter((a) => a.kind === kind);
  const conferences = facts.conferences.filter((c) => ids.has(c.caseId));
  const matches = facts.matches.filter((m) => ids.has(m.caseId) && m.matchedOn <= asOf);
  const report = {
    asOf, view: view.kind as Exclude<FsReportView['kind'], 'none'>,
    families: {
      total: s(ids.size), children: s(childrenOf(ids)), open: s(openIds.size), inProject: s(projectIds.size), childrenInProject: s(childrenOf(projectIds)),
      continuingAfterProject: s(cases.filter(continuing).length), openedAfterProject: s(cases.filter((c) => { const p = projects.find((x) => x.organisationId === c.organisationId); return !!p && c.openedOn > p.endsOn; }).length),
      byCentre: centres.map((name) => { const these = new Set(cases.filter((c) => c.centreName === name).map((c) => c.caseId)); return { centre: name, families: s(these.size), children: s(childrenOf(these)) }; }),
    },
    sessions: {
      individual: s(sessions.filter((x) => x.kind === 'individual').length), family: s(sessions.filter((x) => x.kind === 'family').length), crisis: s(sessions.filter((x) => x.kind === 'crisis').length),
      groups: (['parents_disabled_children', 'domestic_violence', 'camp'] as const).map((kind) => ({ kind, groups: new Set(byKind(kind).map((a) => a.groupId)).size, sessions: byKind(kind).length, attendances: s(byKind(kind).reduce((n, a) => n + a.present, 0)) })),
    },
    conferences: { started: s(conferences.length), held: s(conferences.filter((c) => c.heldOn && c.heldOn <= asOf).length), reviewed: s(conferences.filter((c) => c.reviewedOn && c.reviewedOn <= asOf).length) },
    mentors: { matchings: s(matches.length), active: s(matches.filter((m) => !m.endedOn || m.endedOn > asOf).length), mentors: s(new Set(matches.map((m) => m.mentorId)).size) },
    finance: project && view.kind !== 'municipality' ? presentFinance(project, await repo.findSpending(ctx.db, [project.organisationId]), asOf) : null,
  };
  await appendAuditEvent(ctx.db, originOf(ctx), { action: 'view', entityType: 'fs_report', entityId: null, personId: null, changes: { asOf, view: view.kind } }, ctx.now());
  return report;
}

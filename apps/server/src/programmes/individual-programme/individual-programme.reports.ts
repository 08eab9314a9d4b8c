import { computeSettingsInForce, suppressSmallCells, type CountNode } from '@socrehab/domain';
import {
  ageOn, computeIpReportView, computeLedgerMonth, computeLedgerTotal, computeCoPaymentInMonth, computeSatisfactionByProvider, computeSatisfactionOccasion,
  computeSelfAssessmentDue, computeTargetGroupCounts, ipSettingsSchema, monthsBetween, type TargetGroup, type TargetGroupReport,
} from '@socrehab/domain/programmes/individual-programme/index';
import { type Ctx, originOf, today } from '../../app/context';
import type { Db, Reader } from '../../db/database';
import { AppError, forbidden } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import { appendAuditEvent } from '../../modules/audit/audit.repository';
import { SMALL_CELL } from '../../modules/stats/stats.routes';
import * as repo from './individual-programme.repository';
import { referenceCostOn, requireVisibleIpCase } from './individual-programme.usecases';

/** IP-3 – IP-6 what the programme reports: ledgers, the providers' overview, the target-group report, satisfaction. */

const toMonth = (day: string) => day.slice(0, 7);
const lastDay = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** How many of the recipients were served on at least one day of the month. */
function personsServedIn(month: string, recipients: Awaited<ReturnType<typeof repo.findRecipientDays>>) {
  const from = `${month}-01`, to = lastDay(month);
  return new Set(recipients.filter((r) => r.fromDate <= to && (r.toDate ?? r.closedOn ?? to) >= from).map((r) => r.personId)).size;
}

async function ledgerOf(db: Reader, caseIds: string[], municipalityAtvk: string, year: number) {
  const months = monthsBetween(`${year}-01`, `${year}-12`);
  const costs = (await repo.findCosts(db, caseIds, `${year}-01-01`, `${year}-12-01`)).map((c) => ({ ...c, month: toMonth(c.month), kind: c.kind as 'staff' | 'housing' }));
  const coPayments = await repo.findCoPayments(db, caseIds);
  const recipients = await repo.findRecipientDays(db, caseIds);
  const lines = [];
  for (const month of months) {
    const coPayment = caseIds.reduce((s, id) => s + computeCoPaymentInMonth(coPayments.filter((c) => c.caseId === id).map((c) => ({ ...c, effectiveFrom: toMonth(c.effectiveFrom) })), month), 0);
    lines.push(computeLedgerMonth(month, costs, coPayment, personsServedIn(month, recipients), await referenceCostOn(db, municipalityAtvk, `${month}-01`)));
  }
  return { year, months: lines, total: computeLedgerTotal(lines) };
}

/** IP-3 a client's monthly ledger for a year: planned against actual, co-payment, municipal share, per person against the reference. */
export async function getCaseLedger(caseId: string, year: number | undefined, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireVisibleIpCase(tx, ctx, caseId);
    const ledger = await ledgerOf(tx, [caseId], theCase.municipalityAtvk, year ?? Number(today(ctx).slice(0, 4)));
    await appendAuditEvent(tx, originOf(ctx), { action: 'view', entityType: 'ip_cost', entityId: caseId, personId: theCase.personId, changes: { year: ledger.year } }, ctx.now());
    return ledger;
  });
}

/** The municipality the actor's reports are about: their own; a provider or funder names it, or the programme's settings' only one. */
async function reportMunicipality(db: Db, ctx: Ctx, asked: string | undefined) {
  const view = computeIpReportView(ctx.actor);
  if (view.kind === 'none') throw forbidden();
  if (view.kind === 'municipality') return { view, municipalityAtvk: view.municipalityAtvk };
  if (asked) return { view, municipalityAtvk: asked };
  const found = computeSettingsInForce(await repo.findSettingsVersions(db), today(ctx));
  const [only] = found ? Object.keys(ipSettingsSchema.parse(found.settings).referenceMonthlyCostCents) : [];
  if (!only) throw new AppError(422, 'ip.no_settings', 'ip.errors.noSettings');
  return { view, municipalityAtvk: only };
}

/** IP-3, IP-4 a provider's monthly ledger over its cases in the municipality: the welfare department's, or the provider's own manager's. */
export async function getProviderLedger(providerId: string, year: number | undefined, municipalityAtvk: string | undefined, ctx: Ctx) {
  const { view, municipalityAtvk: atvk } = await reportMunicipality(ctx.db, ctx, municipalityAtvk);
  if (view.kind === 'aggregates' || (view.kind === 'provider' && view.providerId !== providerId)) throw forbidden();
  const caseIds = (await repo.findProviderCaseIds(ctx.db, [providerId], atvk)).map((c) => c.caseId);
  const ledger = await ledgerOf(ctx.db, caseIds, atvk, year ?? Number(today(ctx).slice(0, 4)));
  await appendAuditEvent(ctx.db, originOf(ctx), { action: 'view', entityType: 'ip_report', entityId: providerId, personId: null, changes: { report: 'provider_ledger', year: ledger.year } }, ctx.now());
  return ledger;
}

/**
 * IP-4 the welfare department's overview of its contracted providers for a month: their agreements,
 * open cases, persons served, planned and actual cost, cost per person against the reference, client
 * satisfaction this year (IP-5) and the self-assessment (IP-6). Exact figures: the department holds
 * the cases itself; nobody else sees this page.
 */
export async function getProviderOverview(month: string | undefined, ctx: Ctx) {
  const view = computeIpReportView(ctx.actor);
  if (view.kind !== 'municipality') throw forbidden();
  const asked = month ?? toMonth(today(ctx));
  const from = `${asked}-01`, to = lastDay(asked);
  const providers = await repo.findContractedProviders(ctx.db, view.municipalityAtvk, from, to);
  const ids = providers.map((p) => p.organisationId);
  const cases = await repo.findProviderCaseIds(ctx.db, ids, view.municipalityAtvk);
  const costs = await repo.findCosts(ctx.db, cases.map((c) => c.caseId), from, from);
  const recipients = await repo.findRecipientDays(ctx.db, cases.map((c) => c.caseId));
  const year = asked.slice(0, 4);
  const surveys = await repo.findSatisfactionSurveys(ctx.db, view.municipalityAtvk, `${year}-01-01`, `${year}-12-31`);
  const satisfaction = computeSatisfactionByProvider(ids, surveys.filter((s) => s.score !== null).map((s) => ({ providerId: s.providerId, occasion: computeSatisfactionOccasion(s.recordedOn, s), score: s.score! })));
  const selfAssessments = await repo.findSelfAssessmentDays(ctx.db, ids);
  const referenceCents = await referenceCostOn(ctx.db, view.municipalityAtvk, from);
  await appendAuditEvent(ctx.db, originOf(ctx), { action: 'view', entityType: 'ip_report', entityId: null, personId: null, changes: { report: 'providers', month: asked } }, ctx.now());
  return {
    month: asked, referenceCents,
    providers: providers.map((p) => {
      const own = cases.filter((c) => c.organisationId === p.organisationId);
      const ownIds = new Set(own.map((c) => c.caseId));
      const line = computeLedgerMonth(asked, costs.filter((c) => ownIds.has(c.caseId)).map((c) => ({ ...c, month: toMonth(c.month), kind: c.kind as 'staff' | 'housing' })), 0,
        personsServedIn(asked, recipients.filter((r) => ownIds.has(r.caseId))), referenceCents);
      const lastSelf = selfAssessments.filter((s) => s.providerId === p.organisationId).at(-1)?.recordedOn ?? null;
      return {
        organisationId: p.organisationId, name: p.name, agreementFrom: p.agreementFrom, agreementTo: p.agreementTo,
        openCases: own.filter((c) => c.openedOn <= to && (!c.closedOn || c.closedOn >= from)).length,
        persons: line.persons, plannedCents: line.plannedCents, actualCents: line.actualCents, perPersonCents: line.perPersonCents,
        satisfactionAverage: satisfaction.find((s) => s.providerId === p.organisationId)!.average,
        lastSelfAssessmentOn: lastSelf, selfAssessmentDueOn: computeSelfAssessmentDue(lastSelf, p.agreementFrom),
      };
    }),
  };
}

/**
 * IP-4 the report by target group for a year. The welfare department sees its municipality's exact
 * counts, a provider's manager its own recipients' exact counts; funders and planners see the same
 * table with small cells suppressed (fewer than SMALL_CELL persons, and what would give them back).
 */
export async function getTargetGroupReport(input: { year: number; municipalityAtvk?: string | undefined }, language: 'lv' | 'en', ctx: Ctx): Promise<TargetGroupReport> {
  const { view, municipalityAtvk } = await reportMunicipality(ctx.db, ctx, input.municipalityAtvk);
  const from = `${input.year}-01-01`, to = `${input.year}-12-31`;
  const served = await repo.findServedRecipients(ctx.db, municipalityAtvk, from, to, view.kind === 'provider' ? view.providerId : null);
  const counts = computeTargetGroupCounts(served.map((r) => ({
    personId: r.personId, targetGroup: r.targetGroup as TargetGroup, gender: r.gender as 'female' | 'male' | 'unspecified' | null,
    adult: r.birthDate ? ageOn(r.birthDate, r.firstServedOn) >= 18 : true, familyWithChild: r.familyWithChild, fromDate: r.fromDate,
  })));
  const providers = new Set(served.map((r) => r.providerId)).size;
  const suppressed = view.kind === 'aggregates';
  const hidden = suppressed ? hiddenCells(counts) : new Set<string>();
  const shown = (id: string, n: number) => (hidden.has(id) ? null : n);
  const md = counts.adultsWithMentalDisorders;
  await appendAuditEvent(ctx.db, originOf(ctx), { action: 'view', entityType: 'ip_report', entityId: null, personId: null, changes: { report: 'target_groups', year: input.year, municipalityAtvk, suppressed } }, ctx.now());
  return {
    year: input.year, municipalityAtvk, suppressed,
    rows: counts.rows.map((r) => ({
      targetGroup: r.targetGroup, total: shown(r.targetGroup, r.total), women: shown(`${r.targetGroup}.women`, r.women), men: shown(`${r.targetGroup}.men`, r.men),
      adults: shown(`${r.targetGroup}.adults`, r.adults), children: shown(`${r.targetGroup}.children`, r.children),
    })),
    total: shown('total', counts.total),
    adultsWithMentalDisorders: { total: shown('md', md.total), women: shown('md.women', md.women), men: shown('md.men', md.men), inFamilyWithChild: shown('md.family', md.inFamilyWithChild) },
    providers: suppressed && providers < SMALL_CELL && providers > 0 ? null : providers,
    footnote: [translate(language, 'ip.report.footnote'), ...(suppressed ? [translate(language, 'ip.report.suppressed', { limit: SMALL_CELL })] : [])].join(' '),
  };
}

/**
 * The counts a funder may not see: each table is a tree of sums the core's suppressSmallCells protects —
 * total → target groups → by sex; each target group's adults and children; the adults with mental
 * disorders → by sex, and those in a family with a child. A row hidden hides its breakdowns too.
 */
function hiddenCells(counts: ReturnType<typeof computeTargetGroupCounts>) {
  const other = (total: number, parts: number[]) => total - parts.reduce((s, n) => s + n, 0);
  const rows: CountNode[] = counts.rows.map((r) => ({
    id: r.targetGroup, count: r.total,
    children: [{ id: `${r.targetGroup}.women`, count: r.women }, { id: `${r.targetGroup}.men`, count: r.men }, { id: `${r.targetGroup}.unspecified`, count: other(r.total, [r.women, r.men]) }],
  }));
  const hidden = suppressSmallCells({ id: 'total', count: counts.total, children: rows }, SMALL_CELL);
  for (const r of counts.rows) {
    const ages = suppressSmallCells({ id: r.targetGroup, count: r.total, children: [{ id: `${r.targetGroup}.adults`, count: r.adults }, { id: `${r.targetGroup}.children`, count: r.children }] }, SMALL_CELL);
    for (const id of ages) hidden.add(id);
    if (hidden.has(r.targetGroup)) for (const part of ['women', 'men', 'adults', 'children']) hidden.add(`${r.targetGroup}.${part}`);
  }
  const md = counts.adultsWithMentalDisorders;
  for (const id of suppressSmallCells({ id: 'md', count: md.total, children: [{ id: 'md.women', count: md.women }, { id: 'md.men', count: md.men }, { id: 'md.unspecified', count: other(md.total, [md.women, md.men]) }] }, SMALL_CELL)) hidden.add(id);
  for (const id of suppressSmallCells({ id: 'md', count: md.total, children: [{ id: 'md.family', count: md.inFamilyWithChild }, { id: 'md.alone', count: md.total - md.inFamilyWithChild }] }, SMALL_CELL)) hidden.add(id);
  // the adults with mental disorders are the adults of two rows: one of them hidden, the line would give it back by subtraction
  if (hidden.has('adults_with_mental_disorders.adults') || hidden.has('families_parents_mental_disorders.adults')) {
    for (const id of ['md', 'md.women', 'md.men', 'md.family']) hidden.add(id);
  }
  return hidden;
}

/** IP-5, IP-6 the satisfaction analysis per provider for a year: the welfare department's (all its providers) or a provider manager's (its own). */
export async function getSatisfactionAnalysis(year: number, ctx: Ctx) {
  const { view, municipalityAtvk } = await reportMunicipality(ctx.db, ctx, undefined);
  if (view.kind === 'aggregates') throw forbidden();
  const providers = (await repo.findContractedProviders(ctx.db, municipalityAtvk, `${year}-01-01`, `${year}-12-31`))
    .filter((p) => view.kind === 'municipality' || p.organisationId === view.providerId);
  const ids = providers.map((p) => p.organisationId);
  const surveys = (await repo.findSatisfactionSurveys(ctx.db, municipalityAtvk, `${year}-01-01`, `${year}-12-31`)).filter((s) => ids.includes(s.providerId) && s.score !== null);
  const analysis = computeSatisfactionByProvider(ids, surveys.map((s) => ({ providerId: s.providerId, occasion: computeSatisfactionOccasion(s.recordedOn, s), score: s.score! })));
  const selfDays = await repo.findSelfAssessmentDays(ctx.db, ids);
  await appendAuditEvent(ctx.db, originOf(ctx), { action: 'view', entityType: 'ip_report', entityId: null, personId: null, changes: { report: 'satisfaction', year } }, ctx.now());
  return {
    year,
    providers: providers.map((p, i) => {
      const own = selfDays.filter((s) => s.providerId === p.organisationId);
      const { providerId: _, ...scores } = analysis[i]!;
      return { organisationId: p.organisationId, name: p.name, ...scores, selfAssessments: own.filter((s) => s.recordedOn.startsWith(String(year))).length, lastSelfAssessmentOn: own.at(-1)?.recordedOn ?? null };
    }),
  };
}

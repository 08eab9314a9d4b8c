import {
  canKeepIbCatalogue, computeIbReportView, computeInterruptedDays, computeLedger, computeUnmetServicesReport, computeBudgetPeriod, monthOf, shiftMonth,
  type IbService, type UnmetRow,
} from '@socrehab/domain/programmes/individual-budget/index';
import type { z } from 'zod';
import type { catalogueEntrySchema } from '@socrehab/domain/programmes/individual-budget/index';
import { type Ctx, originOf, today } from '../../app/context';
import { AppError, forbidden, invalidField } from '../../shared/errors';
import { appendAuditEvent } from '../../modules/audit/audit.repository';
import * as repo from './individual-budget.repository';
import { ledgerFactsOf, warningPercentOn } from './individual-budget.usecases';

/** IB-3, IB-5 the municipalities' service catalogue and the report of unmet and interrupted services (aggregates: no names). */

type CatalogueRow = Awaited<ReturnType<typeof repo.findCatalogue>>[number];
const presentEntry = ({ entry, municipalityName, municipalityNameEn }: CatalogueRow) => ({
  municipalityAtvk: entry.municipalityAtvk, municipalityName: municipalityName ?? entry.municipalityAtvk, municipalityNameEn: municipalityNameEn ?? entry.municipalityAtvk,
  service: entry.service as IbService, unitPriceCents: entry.unitPriceCents, providerName: entry.providerName, nearestKm: Number(entry.nearestKm), shortage: entry.shortage, note: entry.note,
});

/** IB-3, IB-5 the catalogue of a municipality (or every municipality): unit prices, providers, distances, shortages. Reference data: anyone signed in who works with the programme reads it. */
export async function getCatalogue(municipalityAtvk: string | undefined, ctx: Ctx) {
  if (computeIbReportView(ctx.actor).kind === 'none') throw forbidden();
  return { items: (await repo.findCatalogue(ctx.db, municipalityAtvk)).map(presentEntry), mayEdit: canKeepIbCatalogue(ctx.actor) };
}

/** IB-3, IB-5 a manager sets a municipality's entry (a municipal social service only its own municipality's); audited. */
export async function saveCatalogueEntry(input: z.infer<typeof catalogueEntrySchema>, ctx: Ctx) {
  if (!canKeepIbCatalogue(ctx.actor)) throw forbidden();
  if (ctx.actor.organisationKind === 'municipal_social_service' && ctx.actor.municipalityAtvk !== input.municipalityAtvk) throw invalidField('municipalityAtvk', 'ib.errors.notFromMunicipality');
  return ctx.db.transaction(async (tx) => {
    const row = await repo.upsertCatalogueEntry(tx, { ...input, updatedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'ib_catalogue', entityId: row.id, personId: null, changes: { ...input } }, ctx.now());
    return { id: row.id };
  });
}

export interface UnmetReport {
  from: string;
  to: string;
  suppressed: boolean;
  rows: Array<UnmetRow & { municipalityName: string; municipalityNameEn: string }>;
}

/**
 * IB-5 the unmet and interrupted services of the cases the viewer may count, over the months `from`–`to`
 * (default: the last 12 months): each case's ledger of every budget period, its cells in those months;
 * each interruption's days in them. Case holders see their own cases exactly; funders and planners all,
 * with rows of fewer than 5 cases shown without figures.
 */
export async function getUnmetReport(query: { from?: string; to?: string }, ctx: Ctx): Promise<UnmetReport> {
  const view = computeIbReportView(ctx.actor);
  if (view.kind === 'none') throw forbidden();
  const to = query.to ?? monthOf(today(ctx));
  const from = query.from ?? shiftMonth(to, -11);
  if (from > to) throw invalidField('to', 'ib.errors.toBeforeFrom');
  if (shiftMonth(from, 120) < to) throw new AppError(400, 'validation.failed', 'errors.validation', { fields: { from: 'validation.invalid' } });
  return ctx.db.transaction(async (tx) => {
    const scope = view.kind === 'cases' ? (view.municipalityAtvk ? { municipalityAtvk: view.municipalityAtvk } : { organisationId: view.organisationId }) : null;
    const running = await repo.findCasesRunning(tx, scope, `${from}-01`, `${shiftMonth(to, 1)}-01`);
    const ids = running.map((c) => c.caseId);
    const [assessments, versions, deliveries, interruptions] = await Promise.all([
      repo.findAssessments(tx, ids), repo.findPlanVersions(tx, ids), repo.findDeliveries(tx, ids), repo.findInterruptions(tx, ids),
    ]);
    const warningPercent = await warningPercentOn(tx, today(ctx));
    const inRange = (month: string) => month >= from && month <= to;
    const reportCases = running.map((c) => {
      const own = <T extends { caseId: string }>(rows: readonly T[]) => rows.filter((r) => r.caseId === c.caseId);
      const ownVersions = versions.filter((v) => v.v.caseId === c.caseId).map(({ v }) => v);
      const ownInterruptions = own(interruptions);
      const cells = own(assessments).flatMap((a) => computeLedger(ledgerFactsOf(a, ownVersions, own(deliveries), ownInterruptions, warningPercent, today(ctx))).cells)
        .filter((cell) => inRange(cell.month) && (!c.closedOn || cell.month <= monthOf(c.closedOn)));
      const months = Array.from({ length: 121 }, (_, i) => shiftMonth(from, i)).filter(inRange);
      return {
        caseId: c.caseId, municipalityAtvk: c.municipalityAtvk, cells,
        interruptions: ownInterruptions.map((i) => ({ service: i.service as IbService, days: months.reduce((s, m) => s + computeInterruptedDays({ from: i.fromDate, to: i.toDate }, m), 0) })).filter((i) => i.days > 0),
      };
    });
    const catalogue = (await repo.findCatalogue(tx)).map(presentEntry).filter((e) => view.kind === 'aggregates' || running.some((c) => c.municipalityAtvk === e.municipalityAtvk) || e.municipalityAtvk === (view.kind === 'cases' ? view.municipalityAtvk : null));
    const rows = computeUnmetServicesReport(reportCases, catalogue, view.kind === 'aggregates');
    const names = new Map((await repo.findMunicipalityNames(tx, [...new Set(rows.map((r) => r.municipalityAtvk))])).map((m) => [m.atvk, m]));
    await appendAuditEvent(tx, originOf(ctx), { action: 'view', entityType: 'ib_unmet_report', entityId: null, personId: null, changes: { from, to, cases: ids.length } }, ctx.now());
    return {
      from, to, suppressed: view.kind === 'aggregates',
      rows: rows.map((r) => ({ ...r, municipalityName: names.get(r.municipalityAtvk)?.nameLv ?? r.municipalityAtvk, municipalityNameEn: names.get(r.municipalityAtvk)?.nameEn ?? r.municipalityAtvk })),
    };
  });
}

/** The budget period's bounds of an assessment (used by the pages' period picker). */
export const periodBounds = (assessedOn: string) => computeBudgetPeriod(assessedOn);

import { addDays, daysBetween } from '@socrehab/domain';
import {
  canKeepIbCatalogue, computeIbReportView, computeLedgerCells, computeUnmetServicesReport, computeBudgetPeriod, monthOf, shiftMonth,
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
  // the facts are read before the transaction (which holds only the catalogue, the names and the audit entry): the embedded
  // database has one connection, and on the server the four reads run at once on connections of their own
  const scope = view.kind === 'cases' ? (view.municipalityAtvk ? { municipalityAtvk: view.municipalityAtvk } : { organisationId: view.organisationId }) : null;
  const running = await repo.findCasesRunning(ctx.db, scope, `${from}-01`, `${shiftMonth(to, 1)}-01`);
  const ids = running.map((c) => c.caseId);
  const { assessments, versions, deliveries, interruptions } = await repo.findReportFacts(ctx.db, ids, `${from}-01`, `${to}-01`);
  const asOf = today(ctx);
  const warningPercent = await warningPercentOn(ctx.db, asOf);
  return ctx.db.transaction(async (tx) => {
    const inRange = (month: string) => month >= from && month <= to;
    // an interruption's days in the months from–to, both ends counted (the months run without a gap: one span, as IB-5 counts each month's)
    const first = `${from}-01`, last = addDays(`${shiftMonth(to, 1)}-01`, -1);
    const daysInReport = (i: { fromDate: string; toDate: string | null }) => {
      const start = i.fromDate > first ? i.fromDate : first;
      const end = i.toDate === null || i.toDate > last ? last : i.toDate;
      return end < start ? 0 : daysBetween(start, end) + 1;
    };
    // each case's rows looked up once (a filter over every row per case grew with cases × rows)
    const byCase = <T>(rows: readonly T[], caseOf: (row: T) => string) => {
      const grouped = new Map<string, T[]>();
      for (const row of rows) {
        const own = grouped.get(caseOf(row));
        if (own) own.push(row); else grouped.set(caseOf(row), [row]);
      }
      return (caseId: string) => grouped.get(caseId) ?? [];
    };
    const assessmentsOf = byCase(assessments, (a) => a.caseId), deliveriesOf = byCase(deliveries, (d) => d.caseId), interruptionsOf = byCase(interruptions, (i) => i.caseId);
    const versionsOf = byCase(versions, (v) => v.caseId);
    const reportCases = running.map((c) => {
      const ownVersions = versionsOf(c.caseId), ownDeliveries = deliveriesOf(c.caseId), ownInterruptions = interruptionsOf(c.caseId);
      const lastMonth = c.closedOn ? monthOf(c.closedOn) : null;
      const cells = assessmentsOf(c.caseId).flatMap((a) => {
        // the period's own facts: its months' deliveries, and the plan versions any of its months can be in (the same ledger, fewer rows to search)
        const period = computeBudgetPeriod(a.assessedOn);
        const known = ownVersions.filter((v) => v.validFrom <= period.to);
        const inForceFirst = Math.max(0, ...known.filter((v) => v.validFrom <= period.from).map((v) => v.version));
        const periodDeliveries = ownDeliveries.filter((d) => d.month >= period.from && d.month <= period.to);
        return computeLedgerCells(ledgerFactsOf(a, known.filter((v) => v.version >= inForceFirst), periodDeliveries, ownInterruptions, warningPercent, asOf));
      // a cell with nothing planned or delivered adds nothing to any row: left out before the report's per-row passes
      }).filter((cell) => inRange(cell.month) && (!lastMonth || cell.month <= lastMonth) && (cell.planned > 0 || cell.delivered > 0));
      return {
        caseId: c.caseId, municipalityAtvk: c.municipalityAtvk, cells,
        interruptions: ownInterruptions.map((i) => ({ service: i.service as IbService, days: daysInReport(i) })).filter((i) => i.days > 0),
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

import type { IbService } from './catalogue';
import type { LedgerCell } from './ledger.rules';

/**
 * IB-5 the report of unmet and interrupted services, per municipality and service: how many cases
 * planned it, the volume planned and delivered, what the families could not carry out, what
 * interruptions took away (and how many interruptions, how many days), with the municipality's shortage
 * of providers or specialists and the distance to the nearest provider. A row is listed when something
 * went unmet or was interrupted, or the catalogue records a shortage. For funders and planners (aggregates
 * only) a row of fewer than 5 cases shows no figures.
 */
export interface ReportCase {
  caseId: string;
  municipalityAtvk: string;
  cells: readonly LedgerCell[];
  interruptions: readonly { service: IbService; days: number }[];
}
export interface ReportCatalogueEntry { municipalityAtvk: string; service: IbService; shortage: boolean; nearestKm: number }

export interface UnmetRow {
  municipalityAtvk: string;
  service: IbService;
  cases: number | null;
  planned: number | null;
  delivered: number | null;
  notCarriedOut: number | null;
  interruptedShortfall: number | null;
  interruptions: number | null;
  interruptedDays: number | null;
  shortage: boolean;
  nearestKm: number | null;
}

export const SMALL_CELL = 5;
const round2 = (n: number) => Math.round(n * 100) / 100;

export function computeUnmetServicesReport(cases: readonly ReportCase[], catalogue: readonly ReportCatalogueEntry[], suppress: boolean): UnmetRow[] {
  // one pass over the cases, in their order: each case counts in the rows of its municipality and the services it planned or was delivered
  // (a pass over every case per row grew with rows × cases)
  type Totals = { cases: number; planned: number; delivered: number; notCarriedOut: number; interruptedShortfall: number; interruptions: number; interruptedDays: number };
  const totals = new Map<string, { municipalityAtvk: string; service: IbService; totals: Totals }>();
  const totalsOf = (municipalityAtvk: string, service: IbService) => {
    const key = `${municipalityAtvk}|${service}`;
    let row = totals.get(key);
    if (!row) totals.set(key, row = { municipalityAtvk, service, totals: { cases: 0, planned: 0, delivered: 0, notCarriedOut: 0, interruptedShortfall: 0, interruptions: 0, interruptedDays: 0 } });
    return row.totals;
  };
  for (const c of cases) {
    const services = new Set(c.cells.filter((x) => x.planned > 0 || x.delivered > 0).map((x) => x.service));
    for (const service of services) totalsOf(c.municipalityAtvk, service).cases += 1;
    for (const x of c.cells) {
      if (!services.has(x.service)) continue;
      const t = totalsOf(c.municipalityAtvk, x.service);
      t.planned += x.planned; t.delivered += x.delivered; t.notCarriedOut += x.notCarriedOut; t.interruptedShortfall += x.interruptedShortfall;
    }
    for (const i of c.interruptions) {
      if (!services.has(i.service)) continue;
      const t = totalsOf(c.municipalityAtvk, i.service);
      t.interruptions += 1; t.interruptedDays += i.days;
    }
  }
  const entries = new Map<string, ReportCatalogueEntry>();
  for (const e of catalogue) {
    const key = `${e.municipalityAtvk}|${e.service}`;
    if (!entries.has(key)) entries.set(key, e);
    if (e.shortage) totalsOf(e.municipalityAtvk, e.service);
  }
  const rows: UnmetRow[] = [];
  for (const [key, { municipalityAtvk, service, totals: t }] of totals) {
    const entry = entries.get(key);
    const row: UnmetRow = {
      municipalityAtvk, service, cases: t.cases, planned: round2(t.planned), delivered: round2(t.delivered), notCarriedOut: round2(t.notCarriedOut),
      interruptedShortfall: round2(t.interruptedShortfall), interruptions: t.interruptions, interruptedDays: t.interruptedDays,
      shortage: entry?.shortage ?? false, nearestKm: entry?.nearestKm ?? null,
    };
    if (!row.shortage && row.notCarriedOut === 0 && row.interruptedShortfall === 0 && row.interruptions === 0) continue;
    const hide = suppress && t.cases < SMALL_CELL;
    rows.push(hide ? { ...row, cases: null, planned: null, delivered: null, notCarriedOut: null, interruptedShortfall: null, interruptions: null, interruptedDays: null } : row);
  }
  return rows.sort((a, b) => a.municipalityAtvk.localeCompare(b.municipalityAtvk) || a.service.localeCompare(b.service));
}

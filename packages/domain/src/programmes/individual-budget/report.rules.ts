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
  const keys = new Map<string, { municipalityAtvk: string; service: IbService }>();
  for (const c of cases) for (const cell of c.cells) if (cell.planned > 0 || cell.delivered > 0) keys.set(`${c.municipalityAtvk}|${cell.service}`, { municipalityAtvk: c.municipalityAtvk, service: cell.service });
  for (const e of catalogue) if (e.shortage) keys.set(`${e.municipalityAtvk}|${e.service}`, { municipalityAtvk: e.municipalityAtvk, service: e.service });
  const rows: UnmetRow[] = [];
  for (const { municipalityAtvk, service } of keys.values()) {
    const own = cases.filter((c) => c.municipalityAtvk === municipalityAtvk && c.cells.some((x) => x.service === service && (x.planned > 0 || x.delivered > 0)));
    const cells = own.flatMap((c) => c.cells.filter((x) => x.service === service));
    const interruptions = own.flatMap((c) => c.interruptions.filter((i) => i.service === service));
    const entry = catalogue.find((e) => e.municipalityAtvk === municipalityAtvk && e.service === service);
    const sum = (key: 'planned' | 'delivered' | 'notCarriedOut' | 'interruptedShortfall') => round2(cells.reduce((s, x) => s + x[key], 0));
    const row: UnmetRow = {
      municipalityAtvk, service, cases: own.length, planned: sum('planned'), delivered: sum('delivered'), notCarriedOut: sum('notCarriedOut'),
      interruptedShortfall: sum('interruptedShortfall'), interruptions: interruptions.length, interruptedDays: interruptions.reduce((s, i) => s + i.days, 0),
      shortage: entry?.shortage ?? false, nearestKm: entry?.nearestKm ?? null,
    };
    if (!row.shortage && row.notCarriedOut === 0 && row.interruptedShortfall === 0 && row.interruptions === 0) continue;
    const hide = suppress && own.length < SMALL_CELL;
    rows.push(hide ? { ...row, cases: null, planned: null, delivered: null, notCarriedOut: null, interruptedShortfall: null, interruptions: null, interruptedDays: null } : row);
  }
  return rows.sort((a, b) => a.municipalityAtvk.localeCompare(b.municipalityAtvk) || a.service.localeCompare(b.service));
}

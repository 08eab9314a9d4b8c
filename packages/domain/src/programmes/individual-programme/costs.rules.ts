import type { Month } from './service-lines';

/**
 * IP-3 the programme's costs are paid from the municipal budget, on average about 2 900 € per person
 * per month including staff (a setting); the client may pay a co-payment for the use of the flat (rent,
 * housing management, electricity, gas, utilities), set from the assessment and the plan. All money
 * is in euro cents.
 */

export interface CoPaymentVersion {
  effectiveFrom: Month;
  rentCents: number;
  managementCents: number;
  electricityCents: number;
  gasCents: number;
  utilitiesCents: number;
}

export const coPaymentTotal = (c: Omit<CoPaymentVersion, 'effectiveFrom'>) =>
  c.rentCents + c.managementCents + c.electricityCents + c.gasCents + c.utilitiesCents;

/** IP-3 the co-payment in force in `month`: the latest version from that month or before (none: 0). */
export function computeCoPaymentInMonth(versions: readonly CoPaymentVersion[], month: Month): number {
  const inForce = versions.filter((v) => v.effectiveFrom <= month).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)).at(-1);
  return inForce ? coPaymentTotal(inForce) : 0;
}

export interface CostEntry {
  month: Month;
  kind: 'staff' | 'housing';
  plannedCents: number;
  actualCents: number | null;
}

export interface LedgerLine {
  month: Month;
  plannedCents: number;
  /** Null until an actual amount is recorded for the month. */
  actualCents: number | null;
  staffActualCents: number | null;
  housingActualCents: number | null;
  coPaymentCents: number;
  municipalCents: number | null;
  persons: number;
  perPersonCents: number | null;
  referenceCents: number;
}

const sumOrNull = (values: (number | null)[]) => (values.some((v) => v !== null) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : null);

/**
 * IP-3 one month of a ledger (a client's or a provider's): planned and actual cost by kind, the
 * co-payments received against it, what the municipality pays, and the actual cost per person beside
 * the reference. `persons` is how many persons were served that month.
 */
export function computeLedgerMonth(month: Month, costs: readonly CostEntry[], coPaymentCents: number, persons: number, referenceCents: number): LedgerLine {
  const ofMonth = costs.filter((c) => c.month === month);
  const actual = sumOrNull(ofMonth.map((c) => c.actualCents));
  return {
    month,
    plannedCents: ofMonth.reduce((s, c) => s + c.plannedCents, 0),
    actualCents: actual,
    staffActualCents: sumOrNull(ofMonth.filter((c) => c.kind === 'staff').map((c) => c.actualCents)),
    housingActualCents: sumOrNull(ofMonth.filter((c) => c.kind === 'housing').map((c) => c.actualCents)),
    coPaymentCents,
    municipalCents: actual === null ? null : actual - coPaymentCents,
    persons,
    perPersonCents: actual === null || persons === 0 ? null : Math.round(actual / persons),
    referenceCents,
  };
}

/** The year's totals of a ledger's months. */
export function computeLedgerTotal(months: readonly LedgerLine[]) {
  return {
    plannedCents: months.reduce((s, m) => s + m.plannedCents, 0),
    actualCents: sumOrNull(months.map((m) => m.actualCents)),
    staffActualCents: sumOrNull(months.map((m) => m.staffActualCents)),
    housingActualCents: sumOrNull(months.map((m) => m.housingActualCents)),
    coPaymentCents: months.reduce((s, m) => s + m.coPaymentCents, 0),
    municipalCents: sumOrNull(months.map((m) => m.municipalCents)),
  };
}

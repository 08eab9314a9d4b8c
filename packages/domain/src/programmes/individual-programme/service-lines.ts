/**
 * IP-2 the Individual Programme's content catalogue (seed 000, "Within the framework of this service"):
 * the plan's service lines, each with the unit its planned and delivered volume is counted in.
 */
export const SERVICE_LINES = [
  'housing', // housing if needed — a dwelling of the core's housing stock
  'monitoring_24h', // 24-hour monitoring
  'consultations', // individual consultations of a social worker and other specialists
  'skills_support', // support in solving social problems and developing social skills
  'communication_support', // support in communication with natural and legal persons, protection of interests
  'integration_events', // integration into society and informative-educational events
] as const;
export type ServiceLine = (typeof SERVICE_LINES)[number];

/** IP-2 the skills a specialist supports (seed 000's list; "and other" is `other`). */
export const SKILL_AREAS = [
  'budgeting', 'employment', 'education', 'addiction', 'health', 'self_care', 'household_management',
  'raising_children', 'legal_and_residence', 'decision_making', 'other',
] as const;
export type SkillArea = (typeof SKILL_AREAS)[number];

/** What a month's volume counts: hours (consultations), times (events), days (housing, monitoring). */
export const VOLUME_UNITS = ['hours', 'times', 'days'] as const;
export type VolumeUnit = (typeof VOLUME_UNITS)[number];

/** The units each line may be planned in: housing and monitoring are counted in days of the month. */
export const UNITS_OF_LINE: Record<ServiceLine, readonly VolumeUnit[]> = {
  housing: ['days'],
  monitoring_24h: ['days'],
  consultations: ['hours', 'times'],
  skills_support: ['hours', 'times'],
  communication_support: ['hours', 'times'],
  integration_events: ['times', 'hours'],
};

/** A month as `yyyy-mm`. */
export type Month = string;

/** The months from `from` to `to`, both included (`yyyy-mm`). */
export function monthsBetween(from: Month, to: Month): Month[] {
  const out: Month[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > to) break;
    out.push(month);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

/** Days in a month (`yyyy-mm`): the most a line counted in days can deliver in it. */
export function daysInMonth(month: Month): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export interface PlannedLine {
  id: string;
  line: ServiceLine;
  unit: VolumeUnit;
  plannedPerMonth: number;
  fromMonth: Month;
  /** Absent: open-ended — IP-1 the programme is not limited in time. */
  toMonth: Month | null;
}

export interface Delivery {
  serviceLineId: string;
  month: Month;
  delivered: number;
}

export interface LineMonth {
  serviceLineId: string;
  line: ServiceLine;
  unit: VolumeUnit;
  month: Month;
  planned: number;
  delivered: number;
  /** Delivered minus planned (negative: less delivered than planned). */
  difference: number;
}

/** IP-2 planned against delivered volume of each line in force in `month`. */
export function computePlannedVsDelivered(lines: readonly PlannedLine[], deliveries: readonly Delivery[], month: Month): LineMonth[] {
  return lines
    .filter((l) => l.fromMonth <= month && (!l.toMonth || l.toMonth >= month))
    .map((l) => {
      const delivered = deliveries.filter((d) => d.serviceLineId === l.id && d.month === month).reduce((s, d) => s + d.delivered, 0);
      return { serviceLineId: l.id, line: l.line, unit: l.unit, month, planned: l.plannedPerMonth, delivered, difference: round2(delivered - l.plannedPerMonth) };
    });
}

/** IP-2 a delivery is recorded for a month the line is in force in, and a line counted in days delivers at most the month's days. */
export function checkDelivery(line: PlannedLine, month: Month, delivered: number): 'outside_line' | 'more_days_than_month' | null {
  if (month < line.fromMonth || (line.toMonth && month > line.toMonth)) return 'outside_line';
  if (line.unit === 'days' && delivered > daysInMonth(month)) return 'more_days_than_month';
  return null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

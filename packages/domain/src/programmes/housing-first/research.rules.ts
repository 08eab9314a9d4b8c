import { z } from 'zod';
import type { Actor } from '../../access/roles';
import { ANY_VALUE, type GeneralisationStep, type QuasiValue } from '../../core/k-anonymity';
import { daysBetween } from '../../shared/dates';
import { freeText } from '../../shared/validation';
import type { ExitDestination } from './ending.rules';
import { type IndicatorCase, isHousedAfter } from './indicators.rules';
import { CLIENT_QUESTIONNAIRE_QUESTIONS } from './instruments';

/**
 * HF-4.4 "research uses pseudonymised data" (seed 004 §4.4): one row per Housing First case with a keyed
 * pseudonym for the person and nothing that names, locates or reaches them — no name, personal code,
 * address, phone, e-mail or free text; the birth date only as an age band at the start, the days only as
 * months. The quasi-identifiers are then made 5-anonymous (core k-anonymity).
 */

/** What one case gives to the research row (read by the server; the person only by their pseudonym). */
export interface ResearchCaseFacts extends IndicatorCase {
  pseudonym: string;
  birthDate: string | null;
  gender: string | null;
  municipality: string;
  /** The first and the last score of each instrument recorded on the case (HF-4.3), by instrument code. */
  scores: Record<string, { first: number | null; last: number | null }>;
  /** The client questionnaire's answers at the start and at the exit (HF-4.3 (2), as the indicators D–F pick them). */
  questionnaire?: { start: Readonly<Record<string, unknown>> | null; exit: Readonly<Record<string, unknown>> | null };
}

export interface ResearchRow {
  pseudonym: string;
  ageBand: string | null;
  gender: string | null;
  municipality: string;
  startMonth: string;
  endMonth: string | null;
  lengthOfStayMonths: number | null;
  exitDestination: ExitDestination | 'not_recorded' | null;
  housedAt6Months: 'yes' | 'no' | null;
  housedAt12Months: 'yes' | 'no' | null;
  /** `<instrument>_first`, `<instrument>_last`: the first and the last score of each instrument. */
  [column: string]: string | number | null;
}

/** Which columns, combined, could single out a person (k-anonymity is checked over them). */
export const RESEARCH_QUASI_IDENTIFIERS = ['ageBand', 'gender', 'municipality', 'startMonth'] as const;

const AGE_BANDS: ReadonlyArray<[number, string]> = [[65, '65+'], [55, '55–64'], [45, '45–54'], [35, '35–44'], [25, '25–34'], [18, '18–24'], [0, '0–17']];

/** Full years between a birth date and a day (a birthday on the day counts). */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** The ten-year band of the age on a day (18–24, 25–34 … 65+), never the birth date itself. */
export function ageBandOn(birthDate: string | null, on: string): string | null {
  if (!birthDate) return null;
  const age = ageOn(birthDate, on);
  return AGE_BANDS.find(([from]) => age >= from)![1];
}

/** `2026-03-17` → `2026-03`. */
export const monthOf = (date: string) => date.slice(0, 7);

/** Whole calendar months from the start to the end (17 March – 16 April is 0, – 17 April is 1). */
export function wholeMonthsBetween(from: string, to: string): number {
  const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  return to.slice(8) >= from.slice(8) ? months : months - 1;
}

const yesNo = (v: boolean | null) => (v === null ? null : v ? 'yes' : 'no');

/** HF-4.4 the research row of one case, as of a day (6 and 12 months counted as the indicators count them, HF-4.2 B). */
export function researchRowOf(c: ResearchCaseFacts, asOf: string): ResearchRow {
  const row: ResearchRow = {
    pseudonym: c.pseudonym,
    ageBand: ageBandOn(c.birthDate, c.startedOn),
    gender: c.gender,
    municipality: c.municipality,
    startMonth: monthOf(c.startedOn),
    endMonth: c.endedOn ? monthOf(c.endedOn) : null,
    lengthOfStayMonths: c.endedOn && daysBetween(c.startedOn, c.endedOn) >= 0 ? wholeMonthsBetween(c.startedOn, c.endedOn) : null,
    exitDestination: c.endedOn ? c.exitDestination ?? 'not_recorded' : null,
    housedAt6Months: yesNo(isHousedAfter(c, 6, asOf)),
    housedAt12Months: yesNo(isHousedAfter(c, 12, asOf)),
  };
  for (const [instrument, s] of Object.entries(c.scores)) {
    row[`${instrument}_first`] = s.first;
    row[`${instrument}_last`] = s.last;
  }
  if (c.questionnaire) {
    for (const q of CLIENT_QUESTIONNAIRE_QUESTIONS) {
      row[`q_${q.code}_start`] = researchAnswer(q.code, c.questionnaire.start?.[q.code]);
      row[`q_${q.code}_exit`] = researchAnswer(q.code, c.questionnaire.exit?.[q.code]);
    }
  }
  return row;
}

/**
 * A questionnaire answer as research gets it: a number (the income down to its hundred euros, so an exact
 * sum does not single anyone out), yes or no, or a choice's code — never text someone typed.
 */
export function researchAnswer(code: string, value: unknown): string | number | null {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number' && Number.isFinite(value)) return code === 'income_eur' ? Math.floor(value / 100) * 100 : value;
  if (typeof value === 'string' && /^[a-z][a-z0-9_]{0,40}$/.test(value)) return value;
  return null;
}

const quarterOf = (v: QuasiValue) => (v && /^\d{4}-\d{2}$/.test(v) ? `${v.slice(0, 4)}-Q${Math.ceil(Number(v.slice(5)) / 3)}` : v);
const WIDE_BANDS: Record<string, string> = { '18–24': '18–34', '25–34': '18–34', '35–44': '35–54', '45–54': '35–54', '55–64': '55+', '65+': '55+' };

/**
 * How the quasi-identifiers are coarsened when a class is below k, in this order: the start month to its
 * quarter, the age band to twenty years, the start to its year, then the municipality, the age band and
 * the gender to "any". What is still below k after that is suppressed (core `anonymise`).
 */
export const RESEARCH_GENERALISATIONS: readonly GeneralisationStep[] = [
  { column: 'startMonth', name: 'start_quarter', generalise: quarterOf },
  { column: 'ageBand', name: 'age_band_20_years', generalise: (v) => (v ? WIDE_BANDS[v] ?? v : v) },
  { column: 'startMonth', name: 'start_year', generalise: (v) => (v ? v.slice(0, 4) : v) },
  { column: 'municipality', name: 'municipality_any', generalise: () => ANY_VALUE },
  { column: 'ageBand', name: 'age_band_any', generalise: () => ANY_VALUE },
  { column: 'gender', name: 'gender_any', generalise: () => ANY_VALUE },
];

/** HF-4.4 a research extract is made for a named recipient, on a legal basis, for a purpose. */
export const researchExtractSchema = z.object({
  recipient: freeText(200).min(1, { error: 'validation.required' }),
  legalBasis: freeText(500).min(1, { error: 'validation.required' }),
  purpose: freeText(1000).min(1, { error: 'validation.required' }),
  format: z.enum(['csv', 'xlsx'], { error: 'validation.invalidOption' }).default('csv'),
  /** Only the cases that have ended (the research is on completed services), or all. */
  cases: z.enum(['ended', 'all'], { error: 'validation.invalidOption' }).default('all'),
}).strict();
export type ResearchExtractInput = z.infer<typeof researchExtractSchema>;

/** HF-4.4 the handover package to the funder: the case files, the data file and the act. */
export const fundersHandoverSchema = z.object({
  recipient: freeText(200).min(1, { error: 'validation.required' }),
  legalBasis: freeText(500).min(1, { error: 'validation.required' }),
  purpose: freeText(1000).min(1, { error: 'validation.required' }),
  cases: z.enum(['ended', 'all'], { error: 'validation.invalidOption' }).default('ended'),
}).strict();
export type FundersHandoverInput = z.infer<typeof fundersHandoverSchema>;

/**
 * HF-4.4 who passes a provider's data out — a research extract or the handover package to the funder:
 * the provider's manager, for the organisation's own cases. Case workers, other organisations, funders
 * and planners do not (a funder receives the package; it cannot produce it).
 */
export const canDiscloseHousingFirstData = (actor: Actor) => actor.organisationKind === 'service_provider' && actor.roles.includes('manager');

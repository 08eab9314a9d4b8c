import type { z } from 'zod';
import type { CriterionText, QuestionnaireField } from '../core/application-forms';
import type { ProgrammeCaseHistory } from '../core/case-history.format';

/**
 * The plug-in contract (issue 12): what a programme declares to the shared core. A programme is a
 * folder — `packages/domain/src/programmes/<programme>/` (pure rules), its server module and its web
 * module — and one line in each registry. The core reads programmes only through this contract.
 */

/** The core's parts a programme may use; the core offers each to any programme that names it. */
export const CORE_PARTS = [
  'application', // applications, eligibility decisions
  'waiting_list',
  'dwelling', // the housing stock, offers, move-in
  'plan', // rehabilitation plan with goals, tasks and service lines
  'contacts', // contacts and home visits
  'work_log',
  'assessments', // assessments and evaluation instruments, on the evaluation schedule
  'costs', // costs and co-payments
] as const;
export type CorePart = (typeof CORE_PARTS)[number];

/** Who a case of the programme is for: one person, or a family (household). */
export type ProgrammeSubject = 'person' | 'person_or_household';

/** Case numbers: a format like `IP-{YYYY}-{NNNN}`, counted per organisation or per municipality. */
export interface CaseNumbering {
  format: string;
  scope: 'organisation' | 'municipality';
  /** The organisation's own format (its `caseNumberFormat`) is used instead of `format` (HF-3.1.7.3). */
  organisationFormatWins?: boolean;
}

/**
 * When an evaluation instrument is due on a case (the core's evaluation schedule): at the start, every
 * N calendar months from the start, N calendar months or days before the agreed end, at the ending.
 */
export type EvaluationWhen =
  /** at the start; `withinMonths`: within that many calendar months of it (due on its last day; HF-4.3 (2) "within the first month") */
  | { at: 'start'; withinMonths?: number }
  | { at: 'every'; months: number }
  | { at: 'before_agreed_end'; months?: number; days?: number }
  | { at: 'ending' };

export interface EvaluationInstrument {
  /** Stable code of the instrument, e.g. `client_satisfaction`. */
  code: string;
  /** Who completes it: about the client's case, or the provider about itself (then not per case). */
  subject: 'case' | 'provider';
  /** Its name as pages show it. */
  names?: { lv: string; en: string };
  when: readonly EvaluationWhen[];
  /** The scale of its overall score, when it has one (a recording outside it is refused; `required`: no recording without it). */
  score?: { min: number; max: number; required?: boolean };
  /** What the form says before its questions (e.g. the period the answers are about). */
  intro?: { lv: string; en: string };
  /**
   * Its questions (issue 13): a recording's answers are checked against them — an unknown question, an
   * answer of the wrong type or out of range, a required one missing are refused. Without them, answers are free.
   */
  questions?: readonly InstrumentQuestion[];
  /** A programme-level event's target (HF-4.3 (7), (8)): how many to hold in all, and at least how many with an answer's option. */
  target?: { count: number; byAnswer?: { question: string; atLeast: Readonly<Record<string, number>> } };
}

/** One question of an instrument's form, with its name as the form shows it; `required`: no recording without an answer. */
export type InstrumentQuestion = { code: string; names: { lv: string; en: string }; required?: boolean } & (
  /** a number between `min` and `max` (whole unless `decimals`), in `unit` (`eur`: euros, shown as 1 234,56 €) */
  | { type: 'number'; min: number; max: number; decimals?: number; unit?: 'eur' | 'times' | 'days' }
  | { type: 'yes_no' }
  /** one of the options, by code */
  | { type: 'choice'; options: readonly { code: string; names: { lv: string; en: string } }[] }
  /** a short text, at most `maxLength` characters (200 unless said) */
  | { type: 'text'; maxLength?: number }
);

/** One item due on a case, as any programme's worklist rules give it (pure: history + date → items). */
export interface DueItem {
  kind: string;
  caseId: string;
  /** The day it is due. */
  dueOn: string;
  /** Days left until `dueOn` on the day asked (negative: overdue). */
  daysLeft: number;
  /** Further detail for the page that shows it (an instrument's code, a service line…). */
  detail?: Record<string, unknown>;
}

/** An indicator the programme reports to its funder (aggregates only; small cells suppressed by the core). */
export interface IndicatorDefinition {
  code: string;
  names: { lv: string; en: string };
}

/**
 * The programme's own strings (API errors, names of its values), Latvian and English with the same keys;
 * the registry merges them into the shared messages under `namespace` (the core's i18n imports no programme).
 */
export interface ProgrammeMessages<Lv extends object = object> {
  namespace: string;
  lv: Lv;
  en: Widen<Lv>;
}
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/**
 * The reference data a programme ships with, written at every start where missing (idempotent; later
 * versions users add are never touched): its first settings (`defaultSettings`) and from when, each
 * municipality's first eligibility criteria, the default questionnaire, the consent texts.
 */
export interface ProgrammeReferenceData {
  settingsFrom?: string;
  criteria?: readonly { municipalityNameLv: string; validFrom: string; criteria: readonly CriterionText[] }[];
  questionnaire?: readonly QuestionnaireField[];
  consentTexts?: readonly { version: number; validFrom: string; textLv: string; textEn: string }[];
}

export interface ProgrammeDefinition<Settings = unknown, Code extends string = string> {
  code: Code;
  names: { lv: string; en: string };
  /** null: a programme without cases of its own (regional planning reads the others' cases as aggregates); the core opens none for it. */
  caseNumbering: CaseNumbering | null;
  subject: ProgrammeSubject;
  uses: readonly CorePart[];
  /** The programme's settings, versioned per municipality with an effective date (`programme_settings`). */
  settingsSchema: z.ZodType<Settings>;
  defaultSettings: Settings;
  /** The plan's life domains (or service lines) the programme's plans are written in. */
  lifeDomains: readonly string[];
  evaluationInstruments: readonly EvaluationInstrument[];
  /** The programme's documents (codes the server module prints). */
  documents: readonly string[];
  indicators: readonly IndicatorDefinition[];
  messages: ProgrammeMessages;
  /** Its records in the case-history exchange format (docs/case-history-format.md); a programme without them is not carried. */
  caseHistory?: ProgrammeCaseHistory;
  /** The reference data it ships with (settings, criteria, questionnaire, consent texts). */
  referenceData?: ProgrammeReferenceData;
}

import { coreMessagesEn } from '../i18n/messages.en';
import { coreMessagesLv } from '../i18n/messages.lv';
import { z } from 'zod';
import type { CorePart, ProgrammeDefinition } from './programme';
import { checkCaseHistoryOf, parseCaseHistoryOf, type CaseHistoryProgrammeEntry, type ParsedCaseHistory } from '../core/case-history.format';
import { housingFirstProgramme } from './housing-first/programme';
import { individualProgramme } from './individual-programme/programme';
import { individualBudgetProgramme } from './individual-budget/programme';
import { familySupportProgramme } from './family-support/programme';
import { regionalPlanningProgramme } from './regional-planning/programme';

/**
 * The programme registry (issue 12): every programme the core serves, one line each. The core reads
 * programmes only through this list and the contract in `programme.ts`.
 */
export const PROGRAMME_DEFINITIONS = [
  housingFirstProgramme,
  individualProgramme,
  individualBudgetProgramme,
  familySupportProgramme,
  regionalPlanningProgramme,
] as const;

type Registered = (typeof PROGRAMME_DEFINITIONS)[number];
export type ProgrammeCode = Registered['code'];

/** The codes of the registered programmes, in registry order. */
export const PROGRAMMES = PROGRAMME_DEFINITIONS.map((d) => d.code) as unknown as readonly [ProgrammeCode, ...ProgrammeCode[]];

export const isProgrammeCode = (code: string): code is ProgrammeCode => (PROGRAMMES as readonly string[]).includes(code);

/** The definition of a registered programme (its settings schema, numbering, instruments…); a code not registered is a programming error. */
export function programmeOf(code: string): ProgrammeDefinition {
  const found = PROGRAMME_DEFINITIONS.find((d) => d.code === code);
  if (!found) throw new Error(`programme not registered: ${code}`);
  return found as ProgrammeDefinition;
}

/** A request's programme: a registered one that uses the core part asked of it (else `validation.invalidOption`). */
export const programmeCodeUsing = (part: CorePart) =>
  z.string({ error: 'validation.invalidType' }).refine((code) => isProgrammeCode(code) && programmeOf(code).uses.includes(part), { error: 'validation.invalidOption' });

type ProgrammeMessagesLv = { [D in Registered as D['messages']['namespace']]: D['messages']['lv'] };
type ProgrammeMessagesEn = { [D in Registered as D['messages']['namespace']]: D['messages']['en'] };
const bundles = <K extends 'lv' | 'en'>(language: K) =>
  Object.fromEntries(PROGRAMME_DEFINITIONS.map((d) => [d.messages.namespace, d.messages[language]]));

/** The shared messages: the core's and each programme's under its namespace (Latvian first). */
export const messagesLv = { ...coreMessagesLv, ...(bundles('lv') as ProgrammeMessagesLv) };
export const messagesEn = { ...coreMessagesEn, ...(bundles('en') as ProgrammeMessagesEn) };
export type Messages = typeof messagesEn;

type Carried = Extract<Registered, { caseHistory: unknown }>;
/** The programmes the case-history format carries: those that plug their records in (docs/case-history-format.md). */
const CARRIED: readonly CaseHistoryProgrammeEntry[] = PROGRAMME_DEFINITIONS.flatMap((d) => ('caseHistory' in d && d.caseHistory ? [{ code: d.code, caseHistory: d.caseHistory }] : []));
export type CaseHistoryProgramme = Carried['code'];
export const CASE_HISTORY_PROGRAMMES = CARRIED.map((c) => c.code) as readonly CaseHistoryProgramme[];
export const isCaseHistoryProgramme = (code: string): code is CaseHistoryProgramme => (CASE_HISTORY_PROGRAMMES as readonly string[]).includes(code);

/** Reads a case-history file of any carried programme (the header names it; version 1 is Housing First's). */
export const readCaseHistory = (text: string): ParsedCaseHistory => parseCaseHistoryOf(text, CARRIED);
/** The checks a read file must pass on its own: its programme's references and dates, as of `today`. */
export const checkCaseHistory = (parsed: ParsedCaseHistory, today: string) => checkCaseHistoryOf(parsed, CARRIED, today);

import { z } from 'zod';
import { personFieldsSchema } from '../persons/person.schemas';
import { isoDate, messageKeyOfIssue, optionalText, uuid } from '../shared/validation';
import { DWELLING_STATUSES, dwellingFieldsSchema } from './dwelling.schemas';
import { recordEvaluationSchema } from './evaluation.schemas';

/**
 * The case-history exchange format's programme-neutral part (docs/case-history-format.md, issue 12):
 * JSON Lines, a header on line 1 naming the format, its version and (from version 2) the programme, then
 * one typed record per line. Each programme plugs its record types in through its definition
 * (`ProgrammeDefinition.caseHistory`); the registry lists the programmes the format carries. The
 * core's records every programme may share are here: the `person`, the `dwelling` of the housing stock
 * and the `evaluation` recorded on the core's evaluation schedule.
 *
 * The format's own error keys stay under `housing.caseHistory.…`: they are stable codes of the API
 * since version 1 (Housing First's), and every carried programme's file answers with them.
 */
export const CASE_HISTORY_FORMAT = 'socrehab.case-history';
/** The version an export writes; `CASE_HISTORY_VERSIONS` are those an import reads. */
export const CASE_HISTORY_VERSION = 2;
export const CASE_HISTORY_VERSIONS = [1, 2] as const;
export type CaseHistoryVersion = (typeof CASE_HISTORY_VERSIONS)[number];
/** Guards against a runaway file: lines per file and characters per line. */
export const CASE_HISTORY_MAX_LINES = 100_000;
export const CASE_HISTORY_MAX_LINE_LENGTH = 200_000;

/** One problem of an import: the physical line (1 = header), the dotted field path ('' = whole line) and an i18n key. */
export interface CaseHistoryIssue { line: number; field: string; key: string }
/** A record as its programme's schema outputs it: a type, a stable id, its fields. */
export type CaseHistoryAnyRecord = { type: string; id: string } & Record<string, unknown>;
export interface CaseHistoryLine<R = CaseHistoryAnyRecord> { line: number; record: R }

/**
 * What a programme plugs into the format: its record schemas for each version its files are read in (an
 * export writes `CASE_HISTORY_VERSION`'s), and the checks a file of it must pass on its own — references
 * within the file and dates (nothing in the future, nothing outside its case's life).
 */
export interface ProgrammeCaseHistory {
  records: Partial<Record<CaseHistoryVersion, Readonly<Partial<Record<string, z.ZodType>>>>>;
  check(lines: readonly CaseHistoryLine[], today: string): CaseHistoryIssue[];
}
/** A programme the format carries: its code (the header's `programme`) and its plug-in. */
export interface CaseHistoryProgrammeEntry { code: string; caseHistory: ProgrammeCaseHistory }
/** What reading a file needs of a programme: its record schemas. */
type ReadableProgramme = { code: string; caseHistory: Pick<ProgrammeCaseHistory, 'records'> };

// ── the records every programme shares ────────────────────────────────────────────────────────

/** A worker, by the e-mail of their user account (lower case): ids differ between installations. */
export const workerEmail = z.email({ error: 'validation.email' }).max(254, { error: 'validation.tooLong' }).transform((s) => s.toLowerCase());
/** A record's `type` and stable `id`. */
export const caseHistoryRecord = <T extends string>(type: T) => ({ type: z.literal(type), id: uuid });
/** A field that may be left out, written back as `null`. */
export const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);

/** A person of the registry; never duplicated on import (matched by id, then personal code). */
export const personRecord = personFieldsSchema.safeExtend({ ...caseHistoryRecord('person') });

/** A dwelling of the housing stock (HF-3.1.5, IP-2), as the dwellings register has it; written once, before the first case that names it. */
export const dwellingRecord = dwellingFieldsSchema.extend({ ...caseHistoryRecord('dwelling'), status: z.enum(DWELLING_STATUSES, { error: 'validation.invalidOption' }) }).strict();

/**
 * An evaluation instrument completed about a case on the core's evaluation schedule (HF-4.3, IP-5): the
 * instrument must be one the programme declares for a case, the score on its scale (the programme checks).
 */
export const evaluationRecord = recordEvaluationSchema.extend({
  ...caseHistoryRecord('evaluation'), caseId: uuid,
  score: nullable(z.number({ error: 'validation.invalidType' }).min(0, { error: 'validation.invalid' }).max(99999, { error: 'validation.invalid' })),
  note: optionalText(4000), recordedBy: workerEmail,
}).strict();

/** Fields of dates as the format writes them. */
export const caseHistoryDate = isoDate;

// ── the header ────────────────────────────────────────────────────────────────────────────────

export interface CaseHistoryHeader { format: typeof CASE_HISTORY_FORMAT; version: CaseHistoryVersion; programme: string }

/** Version 1 had no programme in its header: it is the programme that reads version 1 (Housing First's); version 2 names its programme. */
function headerSchemas(programmes: readonly ReadableProgramme[]) {
  const formatName = z.literal(CASE_HISTORY_FORMAT, { error: 'housing.caseHistory.errors.notCaseHistory' });
  const codes = programmes.map((p) => p.code) as [string, ...string[]];
  const programmeName = z.enum(codes, { error: 'housing.caseHistory.errors.unknownProgramme' });
  const versionOne = programmes.find((p) => p.caseHistory.records[1]);
  const one = z.object({ format: formatName, version: z.literal(1) }).strict().transform((h): CaseHistoryHeader => ({ ...h, programme: versionOne?.code ?? '' }));
  const two = z.object({ format: formatName, version: z.literal(2), programme: programmeName }).strict();
  return { 1: versionOne ? one : null, 2: two };
}

// ── reading ───────────────────────────────────────────────────────────────────────────────────

export interface ParsedCaseHistory<R = CaseHistoryAnyRecord> { header: CaseHistoryHeader | null; records: CaseHistoryLine<R>[]; issues: CaseHistoryIssue[] }

/** A programme's own i18n key given by a schema (`housing.…`, `ip.…`) is kept; zod's reasons become `validation.…` keys. */
const keyOfIssue = (issue: z.core.$ZodIssue) =>
  /^[a-z][A-Za-z]*\.[A-Za-z.]+$/.test(issue.message) && !issue.message.startsWith('validation.') ? issue.message : messageKeyOfIssue(issue);

/**
 * Reads a file against the carried programmes: every line is parsed and validated by the record schemas
 * of the header's programme and version, and every problem is listed — nothing stops at the first. Blank
 * lines are skipped (a trailing newline is normal). A record type of another carried programme is
 * `…errors.otherProgramme`, a type no programme has `…errors.unknownType`.
 */
export function parseCaseHistoryOf(text: string, programmes: readonly ReadableProgramme[]): ParsedCaseHistory {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const issues: CaseHistoryIssue[] = [];
  const records: CaseHistoryLine[] = [];
  let header: CaseHistoryHeader | null = null;
  if (lines.length > CASE_HISTORY_MAX_LINES + 1) return { header, records, issues: [{ line: CASE_HISTORY_MAX_LINES + 2, field: '', key: 'housing.caseHistory.errors.tooManyLines' }] };
  const schemas = headerSchemas(programmes);
  const headerSchema = z.union([schemas[1], schemas[2]].filter((s) => s !== null) as unknown as [z.ZodType<CaseHistoryHeader>, z.ZodType<CaseHistoryHeader>], { error: 'housing.caseHistory.errors.unsupportedVersion' });
  // a file whose header is not understood is read by the first programme's current schemas, to list its lines' problems too
  const fallback = programmes.find((p) => p.caseHistory.records[1]) ?? programmes[0]!;
  const add = (line: number, error: z.ZodError) => {
    for (const issue of error.issues) {
      const path = issue.path.map(String);
      // an unknown field is named, not its parent
      const fields = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...path, k].join('.')) : [path.join('.')];
      for (const field of fields) issues.push({ line, field, key: keyOfIssue(issue) });
    }
  };
  let headerSeen = false;
  lines.forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '') return;
    if (text.length > CASE_HISTORY_MAX_LINE_LENGTH) return void issues.push({ line, field: '', key: 'housing.caseHistory.errors.lineTooLong' });
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return void issues.push({ line, field: '', key: 'housing.caseHistory.errors.invalidJson' });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return void issues.push({ line, field: '', key: 'housing.caseHistory.errors.notAnObject' });
    if (!headerSeen) {
      headerSeen = true;
      const parsed = headerSchema.safeParse(value);
      if (parsed.success) header = parsed.data;
      else add(line, headerError(value, parsed.error, schemas));
      return;
    }
    const programme = (header && programmes.find((p) => p.code === header!.programme)) || fallback;
    const ofVersion = programme.caseHistory.records[header?.version ?? CASE_HISTORY_VERSION] ?? {};
    const type = (value as { type?: unknown }).type;
    const schema = typeof type === 'string' && Object.hasOwn(ofVersion, type) ? ofVersion[type]! : null;
    if (!schema) {
      const ofAnother = typeof type === 'string' && !isTypeOf(programme, type) && programmes.some((p) => p !== programme && isTypeOf(p, type));
      return void issues.push({ line, field: 'type', key: ofAnother ? 'housing.caseHistory.errors.otherProgramme' : 'housing.caseHistory.errors.unknownType' });
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) records.push({ line, record: parsed.data as CaseHistoryAnyRecord });
    else add(line, parsed.error);
  });
  if (!headerSeen) issues.push({ line: 1, field: '', key: 'housing.caseHistory.errors.emptyFile' });
  return { header, records, issues };
}

/** A record type the programme has in any version. */
const isTypeOf = (p: ReadableProgramme, type: string) => Object.values(p.caseHistory.records).some((r) => r && Object.hasOwn(r, type));

/** A header's problem named by its field: another format, a version not read, an unknown programme or field. */
function headerError(value: object, error: z.ZodError, schemas: ReturnType<typeof headerSchemas>): z.ZodError {
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== CASE_HISTORY_FORMAT) return new z.ZodError([{ code: 'custom', path: ['format'], message: 'housing.caseHistory.errors.notCaseHistory', input: format }]);
  const ofVersion = version === 1 || version === 2 ? schemas[version] : null;
  if (!ofVersion) return new z.ZodError([{ code: 'custom', path: ['version'], message: 'housing.caseHistory.errors.unsupportedVersion', input: version }]);
  const parsed = ofVersion.safeParse(value);
  return parsed.success ? error : parsed.error;
}

/**
 * The checks a file must pass on its own, before the database is asked: those of the header's programme
 * (references within the file, dates). A file whose header was not understood is checked as the first programme's.
 */
export function checkCaseHistoryOf(parsed: ParsedCaseHistory, programmes: readonly CaseHistoryProgrammeEntry[], today: string): CaseHistoryIssue[] {
  const programme = programmes.find((p) => p.code === parsed.header?.programme) ?? programmes.find((p) => p.caseHistory.records[1]) ?? programmes[0]!;
  return programme.caseHistory.check(parsed.records, today);
}

/**
 * Helpers for a programme's reference checks: ids unique in the file (`…errors.duplicateId`), a
 * reference to a record of the file (`…errors.unknownReference`), a record allowed once (`…errors.duplicateRecord`).
 * `sharingIds`: record types whose id is another record's (a decision's is its application's), unique among their own type.
 */
export function caseHistoryReferences(lines: readonly CaseHistoryLine[], issues: CaseHistoryIssue[], sharingIds: readonly string[] = []) {
  const byId = new Map<string, CaseHistoryLine>();
  const keyOf = (type: string, id: string) => (sharingIds.includes(type) ? `${type}:${id}` : `row:${id}`);
  for (const l of lines) {
    const key = keyOf(l.record.type, l.record.id);
    if (byId.has(key)) issues.push({ line: l.line, field: 'id', key: 'housing.caseHistory.errors.duplicateId' });
    else byId.set(key, l);
  }
  const of = (id: string | null | undefined, type: string) => {
    const found = id ? byId.get(keyOf(type, id)) : undefined;
    return found?.record.type === type ? found.record : null;
  };
  const refer = (l: CaseHistoryLine, field: string, id: string | null | undefined, type: string, required = true) => {
    if ((id || required) && !of(id, type)) issues.push({ line: l.line, field, key: 'housing.caseHistory.errors.unknownReference' });
  };
  const once = new Set<string>();
  const onlyOnce = (l: CaseHistoryLine, field: string, key: string) => {
    if (once.has(key)) issues.push({ line: l.line, field, key: 'housing.caseHistory.errors.duplicateRecord' });
    once.add(key);
  };
  return { of, refer, onlyOnce };
}

// ── writing ───────────────────────────────────────────────────────────────────────────────────

/**
 * One record as its line: `type`, `id` and the reference first, then the schema's own key order, nested
 * objects' keys sorted — so the same record always gives the same text. Pass records as their schema outputs them.
 */
export function formatCaseHistoryLine(value: { type: string; id: string } | ReturnType<typeof caseHistoryHeader>): string {
  if (!('type' in value)) return JSON.stringify(value);
  const { type, id, ...rest } = value as CaseHistoryAnyRecord;
  const first = Object.fromEntries(REFERENCE_KEYS.filter((k) => k in rest).map((k) => [k, rest[k]]));
  return JSON.stringify({ type, id, ...first, ...rest }, sortNestedKeys);
}

const REFERENCE_KEYS = ['personId', 'applicationId', 'caseId'] as const;
/** Nested objects (answers, the person's state, goals…) with their keys sorted: stored JSON does not keep key order. */
function sortNestedKeys(this: unknown, key: string, value: unknown) {
  if (key === '' || !value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The header an export writes: the current version, naming the programme. */
export const caseHistoryHeader = (programme: string) => ({ format: CASE_HISTORY_FORMAT, version: CASE_HISTORY_VERSION, programme });

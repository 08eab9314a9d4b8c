import { checkCaseHistory, readCaseHistory, type CaseHistoryIssue } from '@socrehab/domain';
import { type Ctx, today } from '../../app/context';
import type { ServerProgramme } from '../../programmes/programme-module';
import { AppError } from '../../shared/errors';
import { lockImportsOf } from './case-history.repository';

export interface ImportSummary { dryRun: boolean; created: number; unchanged: number; createdByType: Record<string, number> }
export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; issues: CaseHistoryIssue[] };
/** The server programmes, to find the one whose records a file carries (the header names it). */
export type CaseHistoryLookup = (code: string) => ServerProgramme | undefined;

/**
 * Imports a case-history file into the actor's organisation (docs/case-history-format.md). Only a
 * manager may, into their own organisation. Every line is validated and every problem listed with its
 * line and field; if there is any, nothing is written. Otherwise everything is written in ONE
 * transaction with its audit events. Records whose id is already there are compared, not written: the
 * same content is "unchanged" (so a second import changes nothing), other content is an error.
 * Persons are matched to the registry by id, then by personal code, so an import never duplicates one.
 * The header's programme turns the records into rows (its server module's `caseHistory`, issue 12).
 */
export async function importCaseHistory(text: string, options: { dryRun: boolean }, ctx: Ctx, lookup: CaseHistoryLookup): Promise<ImportResult> {
  if (!ctx.actor.roles.includes('manager')) throw new AppError(403, 'case_history.only_manager', 'housing.caseHistory.errors.onlyManager');
  const parsed = readCaseHistory(text);
  const { records, issues } = parsed;
  issues.push(...checkCaseHistory(parsed, today(ctx)));
  // a file whose header is not understood is checked as Housing First's (version 1 was its alone), to list every line's problems
  const header = parsed.header ?? { format: 'socrehab.case-history', version: 2, programme: 'housing_first' };
  const programme = lookup(header.programme)?.caseHistory;
  if (!programme) throw new AppError(500, 'case_history.programme_not_mounted', 'errors.internal');
  return ctx.db.transaction(async (tx) => {
    await lockImportsOf(tx, ctx.actor.organisationId);
    const plan = await programme.planImport(tx, ctx, { header, records }, issues);
    if (issues.length) return { ok: false as const, issues: sortIssues(issues) };
    if (!options.dryRun) await plan.write();
    const createdByType: Record<string, number> = {};
    for (const l of plan.created) createdByType[l.record.type] = (createdByType[l.record.type] ?? 0) + 1;
    return { ok: true as const, summary: { dryRun: options.dryRun, created: plan.created.length, unchanged: records.length - plan.created.length, createdByType } };
  });
}

const sortIssues = (issues: CaseHistoryIssue[]) => [...issues].sort((a, b) => a.line - b.line || a.field.localeCompare(b.field));

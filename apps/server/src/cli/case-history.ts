import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isCaseHistoryProgramme, type Actor, type OrganisationKind, type Role, type CaseHistoryProgramme } from '@socrehab/domain';
import { loadConfig } from '../config';
import type { Ctx } from '../app/context';
import { openDatabase } from '../db/open';
import type { Database } from '../db/database';
import { exportCaseHistory } from '../modules/case-history/case-history.export';
import { importCaseHistory } from '../modules/case-history/case-history.import';
import { findCaseIdByIdOrNumber } from '../modules/case-history/case-history.repository';
import { serverProgrammeOf } from '../programmes/registry';
import { findUserByEmail } from '../modules/users/users.repository';
import { AppError } from '../shared/errors';
import { translate } from '../shared/i18n';

/**
 * `npm run case-history -- …` (docs/case-history-format.md), acting as a named user with their rights:
 *   export --as <e-mail> --case <id or case number> | --organisation <id> [--programme <code>]  → the lines on stdout
 *   import <file> --as <e-mail> [--dry-run]                                   → exit code 1 and every error if any line fails
 * On the embedded database the server must be stopped first: one process per data folder (the lock file refuses).
 */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { as: { type: 'string' }, case: { type: 'string' }, organisation: { type: 'string' }, programme: { type: 'string', default: 'housing_first' }, 'dry-run': { type: 'boolean', default: false }, lang: { type: 'string', default: 'lv' } },
});
const language = values.lang === 'en' ? 'en' : 'lv';
const t = (key: string, params?: Record<string, string | number>) => translate(language, key, params);
const [command, file] = positionals;
const usable = values.as && isCaseHistoryProgramme(values.programme!) && ((command === 'export' && (values.case || values.organisation)) || (command === 'import' && file));
if (!usable) {
  console.error(t('housing.caseHistory.cli.usage'));
  process.exit(2);
}

let database: Database | null = null;
try {
  database = await openDatabase(loadConfig());
  const ctx: Ctx = { db: database.db, config: loadConfig(), now: () => new Date(), actor: await actorOf(database, values.as!), requestId: `cli-${randomUUID()}`, clientAddress: null };
  if (command === 'export') {
    const caseId = values.case ? await findCaseIdByIdOrNumber(ctx.db, ctx.actor.organisationId, values.case) : null;
    if (values.case && !caseId) throw new AppError(404, 'cases.not_found', 'housing.caseHistory.errors.caseNotFound');
    const { text } = await exportCaseHistory(caseId ? { caseId } : { organisationId: values.organisation!, programme: values.programme as CaseHistoryProgramme }, ctx, serverProgrammeOf);
    process.stdout.write(text);
  } else {
    const result = await importCaseHistory(readFileSync(file!, 'utf8'), { dryRun: values['dry-run'] }, ctx, serverProgrammeOf);
    if (result.ok) {
      console.log(t(result.summary.dryRun ? 'housing.caseHistory.cli.dryRun' : 'housing.caseHistory.cli.imported', { created: result.summary.created, unchanged: result.summary.unchanged }));
    } else {
      console.error(t('housing.caseHistory.errors.invalidFile', { count: result.issues.length }));
      for (const i of result.issues) console.error(t('housing.caseHistory.cli.errorLine', { line: i.line, field: i.field, message: t(i.key) }));
      process.exitCode = 1;
    }
  }
} catch (error) {
  console.error(t('housing.caseHistory.cli.failed', { message: error instanceof AppError ? t(error.messageKey, error.options.params) : (error as Error).message }));
  process.exitCode = 1;
} finally {
  await database?.close();
}

/** The named user, as the server would see them signed in; an inactive or unknown one is refused. */
async function actorOf(database: Database, email: string): Promise<Actor> {
  const row = await findUserByEmail(database.db, email);
  if (!row || !row.active) throw new Error(t('housing.caseHistory.cli.unknownUser', { email }));
  return { userId: row.id, organisationId: row.organisationId, organisationKind: row.kind as OrganisationKind, municipalityAtvk: row.municipalityAtvk, roles: row.roles as Role[] };
}

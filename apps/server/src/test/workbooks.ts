import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';

/**
 * The exported workbooks read back as a person's spreadsheet would: opened by LibreOffice headless, the first sheet
 * saved as UTF-8 CSV with the values as shown. A workbook is the same file on either database and LibreOffice is
 * slow to start (its first profile takes seconds, minutes beside the browser journeys on the niced server run of
 * CI), so these tests run on the embedded database only: the server run checks the same figures as JSON.
 */
export const itOpensWorkbooks = it.skipIf(Boolean(process.env.TEST_DATABASE_URL));

/** Writes `<name>.xlsx` in `dir` and returns LibreOffice's CSV of its first sheet (the profile kept in `dir`). */
export function workbookAsCsv(dir: string, name: string, bytes: Buffer): string {
  writeFileSync(join(dir, `${name}.xlsx`), bytes);
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, join(dir, `${name}.xlsx`)], { stdio: 'ignore', timeout: 120_000 });
  return readFileSync(join(dir, `${name}.csv`), 'utf8');
}

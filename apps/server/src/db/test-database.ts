import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openEmbeddedDatabase, openServerDatabase, type Database } from './database';
import { withDatabase } from './test-global-setup';

/** A fresh, migrated database of its own for one test file, on PGlite or on the server (TEST_DATABASE_URL). */
export async function createTestDatabase(): Promise<Database> {
  const template = inject('testDatabaseTemplate');
  if (template.kind === 'pglite') {
    return openEmbeddedDatabase(null, new Blob([readFileSync(template.file)]));
  }
  // the template's owner process id keeps parallel runs apart; the random part keeps files apart
  const name = `socrehab_test_${template.template.split('_').pop()}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: template.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template.template}`);
  await admin.end();
  return openServerDatabase(withDatabase(template.url, name), 10);
}

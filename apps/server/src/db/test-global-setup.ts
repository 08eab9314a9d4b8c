import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openEmbeddedDatabase, openServerDatabase } from './database';
import { migrate } from './migrate';
import { syncReferenceData } from '../modules/reference/reference.repository';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Embedded: a file with a migrated database to copy. Server: the name of a migrated template database. */
    testDatabaseTemplate: { kind: 'pglite'; file: string } | { kind: 'postgres'; url: string; template: string };
  }
}

/**
 * Migrates one template database before the tests; each test file then gets its own fresh copy
 * (see test-database.ts). TEST_DATABASE_URL selects the PostgreSQL server, otherwise PGlite.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openEmbeddedDatabase(null);
    await migrate(database);
    await syncReferenceData(database.db);
    const file = join(tmpdir(), `socrehab-template-${process.pid}.tar`);
    writeFileSync(file, Buffer.from(await (await database.dumpDataDir!()).arrayBuffer()));
    await database.close();
    project.provide('testDatabaseTemplate', { kind: 'pglite', file });
    return;
  }
  const template = `socrehab_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const database = openServerDatabase(withDatabase(serverUrl, template), 2);
  await migrate(database);
  await syncReferenceData(database.db);
  await database.close();
  project.provide('testDatabaseTemplate', { kind: 'postgres', url: serverUrl, template });
  return async () => {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`socrehab_test_${process.pid}_%`]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

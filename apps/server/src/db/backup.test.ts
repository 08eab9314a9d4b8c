import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../config';
import { appendAuditEvent } from '../modules/audit/audit.repository';
import { resolveAuditAnchor, sealAuditLog } from '../modules/audit/audit-sealer';
import { untilNoOlderTransactionRuns } from '../modules/audit/audit.test-support';
import { computeCheckDigit, personSearchKey } from '@socrehab/domain';
import { auditLog, cases, organisations, personCodes, persons, users } from './schema';
import { backup, restore } from './backup';
import { openEmbeddedDatabase, openServerDatabase, type Database } from './database';
import { withDatabase } from './test-global-setup';

/**
 * Issue 16: the backup's round trip on both databases. A small world with its audit entries is sealed with a key
 * kept beside its DATA_DIR, then one more entry is written after the seal. Backed up and restored into a fresh folder or database beside another
 * DATA_DIR, every table's rows and every sequence are identical, the key and the checkpoint file are put beside
 * the new database, and the audit chain verifies against every checkpoint, in the table and in the file.
 */
const NOW = new Date('2026-12-07T07:30:00Z');
const scratch = mkdtempSync(join(tmpdir(), 'socrehab-backup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * The world, small and written inline: a social service and a provider, a worker, 30 persons with personal codes,
 * 10 cases, an audit entry for each person's registration, sealed with the key beside DATA_DIR; then one more
 * entry after the seal (it stays unsealed in the backup).
 */
async function buildWorld(database: Database, config: Config) {
  const { db } = database;
  const [riga] = await db.insert(organisations).values({ name: 'Rīgas sociālais dienests', kind: 'municipal_social_service', municipalityAtvk: '0001000' }).returning();
  const [provider] = await db.insert(organisations).values({ name: 'Biedrība „Mājas ceļš”', kind: 'service_provider' }).returning();
  const [worker] = await db.insert(users).values({ email: 'sw@test.lv', organisationId: provider!.id, roles: ['social_worker'], displayName: 'Sandis', passwordHash: 'x' }).returning();
  const origin = { actorUserId: worker!.id, actorOrganisationId: provider!.id, requestId: 'backup-test', clientAddress: '127.0.0.1' };
  for (let n = 0; n < 30; n++) {
    const givenNames = ['Anna', 'Pēteris', 'Ilze'][n % 3]!;
    const surnames = ['Bērziņa', 'Kalniņš', 'Ozola'][n % 3]!;
    const birthDate = `19${50 + n}-0${1 + (n % 9)}-1${n % 10}`;
    const ten = `1${n % 10}0${1 + (n % 9)}${50 + n}1${String(100 + n)}`;
    const personalCode = `${ten}${computeCheckDigit(ten)}`;
    const [person] = await db.insert(persons).values({ givenNames, surnames, birthDate, personalCode, organisationId: riga!.id, createdBy: worker!.id, searchName: personSearchKey({ givenNames, surnames }) }).returning();
    await db.insert(personCodes).values({ personId: person!.id, organisationId: riga!.id, code: personalCode, format: 'old' });
    if (n % 3 === 0) await db.insert(cases).values({ organisationId: provider!.id, personId: person!.id, municipalityAtvk: '0001000', programme: 'housing_first', openedOn: '2026-01-10' });
    await appendAuditEvent(db, origin, { action: 'create', entityType: 'person', entityId: person!.id, personId: person!.id, changes: { givenNames: [null, givenNames] } }, NOW);
  }
  await untilNoOlderTransactionRuns(db);
  await sealAuditLog(db, resolveAuditAnchor(config), NOW);
  await appendAuditEvent(db, origin, { action: 'view', entityType: 'person', entityId: null, personId: null }, NOW);
  const [row] = await db.select({ n: count() }).from(auditLog);
  return row!.n;
}

const configFor = (dataDir: string, extra: Partial<Config> = {}): Config => ({ ...loadConfig({}), DEMO: 'on', DATA_DIR: dataDir, ...extra });

// the embedded folder's round trip touches no server: it runs once, on the embedded run (the server run has no PGlite template)
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('the embedded folder: npm run backup and npm run restore', () => {
  const source = configFor(join(scratch, 'live', 'pglite'));
  const target = configFor(join(scratch, 'restored', 'pglite'));
  const out = join(scratch, 'embedded-backup');
  let entries = 0;

  beforeAll(async () => {
    const template = inject('testDatabaseTemplate');
    if (template.kind !== 'pglite') throw new Error('unreachable: the embedded run has the PGlite template');
    const database = await openEmbeddedDatabase(source.DATA_DIR, new Blob([readFileSync(template.file)]));
    try {
      entries = await buildWorld(database, source);
      // a server holding the folder: the backup is refused by the lock file
      await expect(backup(source, join(scratch, 'refused'))).rejects.toThrow(/in use by process/);
    } finally {
      await database.close();
    }
  });

  it('restores into a new folder with every table identical, the keys beside it and the audit chain intact', async () => {
    const manifest = await backup(source, out);
    expect(manifest.files).toEqual(expect.arrayContaining(['pgdata.tar.gz', 'audit-checkpoints.jsonl', 'audit-signing.key']));
    expect(manifest.tables.persons!.rows).toBe(30);
    expect(manifest.audit.entries).toBe(entries);

    const result = await restore(out, target.DATA_DIR, target);
    expect(result.differences).toEqual([]);
    expect(readFileSync(join(scratch, 'restored', 'audit-signing.key'))).toEqual(readFileSync(join(scratch, 'live', 'audit-signing.key')));
    expect(result.audit.problems).toEqual([]);
    expect(result.audit).toMatchObject({ entries, sealed: entries - 1, checkpoints: 1 });

  });

  it('refuses a folder that is not empty, and a different key already beside the target', async () => {
    await expect(restore(out, target.DATA_DIR, target)).rejects.toThrow(/not empty/);
    const other = configFor(join(scratch, 'other', 'pglite'));
    mkdirSync(other.DATA_DIR, { recursive: true });
    writeFileSync(join(scratch, 'other', 'audit-signing.key'), 'another key of at least thirty-two characters');
    await expect(restore(out, other.DATA_DIR, other)).rejects.toThrow(/differs from the backup's audit-signing.key/);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('the PostgreSQL server: pg_dump and pg_restore (PostgreSQL server)', () => {
  const names = [`socrehab_backup_src_${process.pid}`, `socrehab_backup_dst_${process.pid}`];
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  afterAll(async () => {
    for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('restores into a new database with every table identical and the audit chain intact', async () => {
    const template = inject('testDatabaseTemplate');
    if (template.kind !== 'postgres') throw new Error('unreachable: TEST_DATABASE_URL selects the server template');
    await admin.connect();
    await admin.query(`CREATE DATABASE ${names[0]} TEMPLATE ${template.template}`);
    const [sourceUrl, targetUrl] = names.map((name) => withDatabase(template.url, name)) as [string, string];
    const source = configFor(join(scratch, 'server-live', 'pglite'), { DATABASE_URL: sourceUrl });
    const database = openServerDatabase(sourceUrl, 2);
    let entries: number;
    try {
      entries = await buildWorld(database, source);
    } finally {
      await database.close();
    }
    const out = join(scratch, 'server-backup');
    const manifest = await backup(source, out);
    expect(manifest).toMatchObject({ kind: 'postgres', serverVersion: '15', audit: { entries } });
    expect(manifest.files).toContain('database.dump');

    const target = configFor(join(scratch, 'server-restored', 'pglite'), { DATABASE_URL: targetUrl });
    const result = await restore(out, targetUrl, target);
    expect(result.differences).toEqual([]);
    expect(result.audit.problems).toEqual([]);
    expect(result.audit).toMatchObject({ entries, sealed: entries - 1, checkpoints: 1 });
    expect(result.placed).toContain(join(scratch, 'server-restored', 'audit-signing.key'));
    await expect(restore(out, targetUrl, target)).rejects.toThrow(/already has tables/);
  });
});

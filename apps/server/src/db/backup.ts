import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Config } from '../config';
import { resolveAuditAnchor } from '../modules/audit/audit-sealer';
import { verifyAuditLog, type AuditReport } from '../modules/audit/audit-verify';
import { openEmbeddedDatabase, openServerDatabase, type Database, type Db } from './database';

/**
 * Backup and restore of both databases (docs/backup.md, issue 16). A backup is a folder:
 * - `database.dump` (the server's `pg_dump --format=custom`) or `pgdata.tar.gz` (the embedded folder's `dumpDataDir`);
 * - the audit checkpoint file and the secrets kept beside DATA_DIR (`audit-signing.key`, `research-pseudonym.key`)
 *   when the configuration does not set them (AUDIT_SIGNING_KEY, RESEARCH_PSEUDONYM_KEY);
 * - `manifest.json`: every table's row count and md5 of its rows in primary-key order, the sequences, the audit
 *   log's size and newest transaction id — what the restore compares the restored database with.
 */
export interface Manifest {
  format: 1;
  kind: Database['kind'];
  createdAt: string;
  /** the server's major version (e.g. 15) or `pglite` */
  serverVersion: string;
  database: string;
  files: string[];
  tables: Record<string, TableFingerprint>;
  sequences: Record<string, string>;
  audit: { entries: number; checkpoints: number; txidHigh: string };
}

export interface TableFingerprint { rows: number; md5: string }

export const SERVER_DUMP = 'database.dump';
export const EMBEDDED_DUMP = 'pgdata.tar.gz';
const MANIFEST = 'manifest.json';

/** The files kept beside the database: where they are for this configuration, null when the configuration holds the secret. */
export function besideFiles(config: Pick<Config, 'DATA_DIR' | 'AUDIT_SIGNING_KEY' | 'AUDIT_CHECKPOINT_FILE' | 'RESEARCH_PSEUDONYM_KEY'>) {
  const beside = dirname(config.DATA_DIR);
  return {
    'audit-checkpoints.jsonl': config.AUDIT_CHECKPOINT_FILE ?? join(beside, 'audit-checkpoints.jsonl'),
    'audit-signing.key': config.AUDIT_SIGNING_KEY ? null : join(beside, 'audit-signing.key'),
    'research-pseudonym.key': config.RESEARCH_PSEUDONYM_KEY ? null : join(beside, 'research-pseudonym.key'),
  };
}

/** Runs one statement and returns its rows: over Drizzle (both databases) or a `pg` client holding a snapshot. */
export type Run = <T>(text: string) => Promise<T[]>;
export const runOn = (db: Db): Run => async <T>(text: string) => ((await db.execute(sql.raw(text))) as unknown as { rows: T[] }).rows;

/** Every table of the schema: its row count and the md5 of its rows as text in primary-key order; every sequence's position. */
export async function fingerprint(run: Run): Promise<Pick<Manifest, 'tables' | 'sequences'>> {
  const tables = await run<{ name: string; key: string | null }>(`
    SELECT c.relname AS name,
      (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY k.n) FROM pg_index i
         CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
       WHERE i.indrelid = c.oid AND i.indisprimary) AS key
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname`);
  const result: Manifest['tables'] = {};
  for (const { name, key } of tables) {
    // a table without a primary key is ordered by its rows' text
    const order = key ?? 't::text';
    const [row] = await run<TableFingerprint>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY ${order}), '')) AS md5 FROM public.${quoteIdent(name)} t`);
    result[name] = row!;
  }
  const sequences: Manifest['sequences'] = {};
  for (const { name } of await run<{ name: string }>(`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY 1`)) {
    const [row] = await run<{ v: string }>(`SELECT last_value::text || CASE WHEN is_called THEN '' ELSE ' (not called)' END AS v FROM public.${quoteIdent(name)}`);
    sequences[name] = row!.v;
  }
  return { tables: result, sequences };
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function auditFacts(run: Run): Promise<Manifest['audit']> {
  const [row] = await run<Manifest['audit']>(`SELECT
    (SELECT count(*)::int FROM audit_log) AS entries,
    (SELECT count(*)::int FROM audit_checkpoints) AS checkpoints,
    greatest((SELECT max(txid) FROM audit_log), (SELECT max(up_to_txid) FROM audit_checkpoints), '0'::xid8)::text AS "txidHigh"`);
  return row!;
}

/** Names tables whose rows or sequences differ from the manifest; empty when the content is identical. */
export function compareWithManifest(manifest: Pick<Manifest, 'tables' | 'sequences'>, now: Pick<Manifest, 'tables' | 'sequences'>): string[] {
  const differences: string[] = [];
  for (const [kind, before, after] of [['table', manifest.tables, now.tables], ['sequence', manifest.sequences, now.sequences]] as const) {
    for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const a = JSON.stringify(before[name as keyof typeof before] ?? null);
      const b = JSON.stringify(after[name as keyof typeof after] ?? null);
      if (a !== b) differences.push(`${kind} ${name}: backup ${a}, restored ${b}`);
    }
  }
  return differences;
}

/** Copies the files kept beside the database into the backup (0600: the keys are secrets). */
function copyBesideFiles(config: Config, out: string): string[] {
  const copied: string[] = [];
  for (const [name, path] of Object.entries(besideFiles(config))) {
    if (!path || !existsSync(path)) continue;
    copyFileSync(path, join(out, name));
    copied.push(name);
  }
  return copied;
}

function prepareOut(out: string) {
  if (existsSync(out) && readdirSync(out).length) throw new Error(`${out} is not empty: a backup goes into a new folder`);
  mkdirSync(out, { recursive: true, mode: 0o700 });
}

/** The redacted address of a server database (no password) or the folder. */
const describeSource = (config: Config) => config.DATABASE_URL ? Object.assign(new URL(config.DATABASE_URL), { password: '' }).toString() : config.DATA_DIR;

/**
 * Backs up the configured database into the new folder `out`. On the server `pg_dump` takes the snapshot a
 * transaction exported, and the manifest is read in that same snapshot while the application keeps running. The
 * embedded folder is opened under its lock, so a server holding it refuses the backup (stop it first).
 */
export async function backup(config: Config, out: string): Promise<Manifest> {
  prepareOut(out);
  const base = { format: 1 as const, createdAt: new Date().toISOString(), database: describeSource(config) };
  let manifest: Manifest;
  if (config.DATABASE_URL) {
    const client = new pg.Client({ connectionString: config.DATABASE_URL });
    await client.connect();
    const run: Run = async <T>(text: string) => (await client.query(text)).rows as T[];
    try {
      const [{ version } = { version: '' }] = await run<{ version: string }>(`SELECT current_setting('server_version_num') AS version`);
      const serverMajor = String(Math.floor(Number(version) / 10000));
      const clientMajor = toolMajor('pg_dump');
      if (clientMajor !== serverMajor) throw new Error(`pg_dump is version ${clientMajor}, the server ${serverMajor}: put the server's major version's pg_dump and pg_restore first on PATH`);
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const [{ snapshot } = { snapshot: '' }] = await run<{ snapshot: string }>('SELECT pg_export_snapshot() AS snapshot');
      execFileSync('pg_dump', ['--format=custom', `--snapshot=${snapshot}`, `--file=${join(out, SERVER_DUMP)}`, `--dbname=${config.DATABASE_URL}`], { stdio: ['ignore', 'inherit', 'inherit'] });
      manifest = { ...base, kind: 'postgres', serverVersion: serverMajor, files: [SERVER_DUMP], ...(await fingerprint(run)), audit: await auditFacts(run) };
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
  } else {
    const database = await openEmbeddedDatabase(config.DATA_DIR);
    try {
      const tar = Buffer.from(await (await database.dumpDataDir!()).arrayBuffer());
      writeFileSync(join(out, EMBEDDED_DUMP), gzipSync(tar), { mode: 0o600 });
      const run = runOn(database.db);
      manifest = { ...base, kind: 'pglite', serverVersion: 'pglite', files: [EMBEDDED_DUMP], ...(await fingerprint(run)), audit: await auditFacts(run) };
    } finally {
      await database.close();
    }
  }
  manifest.files.push(...copyBesideFiles(config, out));
  writeFileSync(join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

export interface RestoreResult { manifest: Manifest; differences: string[]; placed: string[]; audit: AuditReport }

/**
 * Restores the backup folder `from` into `to`: a PostgreSQL URL (the database is created; an existing one must
 * have no tables) or a new embedded folder. Puts the checkpoint file and the keys where the target's
 * configuration (`config`, with DATA_DIR = the new folder for the embedded database) expects them, refusing to
 * overwrite a different file there. Returns the tables that differ from the backup's manifest (none when identical)
 * and the audit log's verification (read only: entries written after the backup's last seal are sealed by the
 * next `npm run audit:verify` or the server).
 */
export async function restore(from: string, to: string, config: Config): Promise<RestoreResult> {
  const manifest = JSON.parse(readFileSync(join(from, MANIFEST), 'utf8')) as Manifest;
  const targets = besideFiles(config);
  for (const name of manifest.files) {
    const target = targets[name as keyof typeof targets];
    if (target && existsSync(target) && !readFileSync(target).equals(readFileSync(join(from, name)))) {
      throw new Error(`${target} exists and differs from the backup's ${name}: move it aside first (docs/backup.md)`);
    }
  }
  if (manifest.audit.checkpoints && !config.AUDIT_SIGNING_KEY && !manifest.files.includes('audit-signing.key') && !existsSync(targets['audit-signing.key']!)) {
    throw new Error('the backup holds no audit signing key but its checkpoints are signed (the source set AUDIT_SIGNING_KEY): set the same AUDIT_SIGNING_KEY for the restore');
  }
  let restored: Pick<Manifest, 'tables' | 'sequences'>;
  if (manifest.kind === 'postgres') {
    if (!/^postgres(ql)?:\/\//.test(to)) throw new Error('a server backup restores into a PostgreSQL database: --to postgres://…');
    const name = decodeURIComponent(new URL(to).pathname.slice(1));
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsupported database name "${name}"`);
    const exists = await adminQuery(to, 'SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!exists.length) await adminQuery(to, `CREATE DATABASE ${name}`);
    const target = openServerDatabase(to, 1);
    try {
      const [state] = await runOn(target.db)<{ tables: number; txid: string }>(`SELECT (SELECT count(*)::int FROM pg_tables WHERE schemaname = 'public') AS tables, pg_current_xact_id()::text AS txid`);
      if (state!.tables) throw new Error(`${name} already has tables: restore into a new database`);
      // the audit chain orders entries by their 64-bit transaction id: a cluster whose counter is behind the backup's
      // would stamp new entries before the sealed ones (docs/backup.md, "Another server")
      if (BigInt(state!.txid) <= BigInt(manifest.audit.txidHigh)) {
        throw new Error(`this server's transaction counter (${state!.txid}) is behind the backup's audit log (${manifest.audit.txidHigh}): `
          + `stop it and run pg_resetwal -e ${(BigInt(manifest.audit.txidHigh) >> 32n) + 1n} on its data folder first (docs/backup.md)`);
      }
      // one transaction: a failed restore leaves an empty database, not half of one
      execFileSync('pg_restore', ['--exit-on-error', '--single-transaction', `--dbname=${to}`, join(from, SERVER_DUMP)], { stdio: ['ignore', 'inherit', 'inherit'] });
      restored = await fingerprint(runOn(target.db));
    } finally {
      await target.close();
    }
  } else {
    if (/^postgres(ql)?:\/\//.test(to)) throw new Error('an embedded backup restores into a folder: --to <new folder>');
    if (existsSync(to) && readdirSync(to).length) throw new Error(`${to} is not empty: restore into a new folder`);
    const target = await openEmbeddedDatabase(to, new Blob([gunzipSync(readFileSync(join(from, EMBEDDED_DUMP)))]));
    try {
      restored = await fingerprint(runOn(target.db));
    } finally {
      await target.close();
    }
  }
  const placed: string[] = [];
  for (const name of manifest.files) {
    const target = targets[name as keyof typeof targets];
    if (!target || existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(from, name), target);
    placed.push(target);
  }
  // the chain recomputed and held against every checkpoint, from the table and the file, with the restored key
  const database = manifest.kind === 'postgres' ? openServerDatabase(to, 1) : await openEmbeddedDatabase(to);
  try {
    const audit = await verifyAuditLog(database.db, resolveAuditAnchor(config));
    return { manifest, differences: compareWithManifest(manifest, restored), placed, audit };
  } finally {
    await database.close();
  }
}

function toolMajor(tool: string): string {
  // "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)"
  return execFileSync(tool, ['--version'], { encoding: 'utf8' }).match(/\) (\d+)/)?.[1] ?? '?';
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A statement on the server's `postgres` database (creating and dropping databases). */
async function adminQuery(url: string, text: string, params: unknown[] = []): Promise<unknown[]> {
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    return (await admin.query(text, params)).rows;
  } finally {
    await admin.end();
  }
}

import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Placeholder, sql, type SQLWrapper } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** The query layer, the same type on the embedded database and on a PostgreSQL server. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle: what every use case receives. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** What a read takes: the pool (each statement on a free connection) or a transaction. */
export type Reader = Db | Tx;

/**
 * Many ids as one `uuid[]` parameter — one bound value and one statement text however many ids — instead of one
 * parameter each; or a placeholder of a statement built once (db/statements.ts) whose value is `idsValue(ids)`.
 */
export const uuidArray = (ids: readonly string[] | Placeholder) => sql`${ids instanceof Placeholder ? ids : idsValue(ids)}::uuid[]`;
/** The value of a `uuid[]` parameter: `{id,id,…}`. */
export const idsValue = (ids: readonly string[]) => `{${ids.join(',')}}`;
/**
 * `column` is one of many ids, as a semi-join on the unnested array: PostgreSQL reads the rows by the column's
 * index one id at a time. With thousands of ids (an organisation's cases) `column = ANY(array)` was planned as a
 * scan of the whole table testing each row against the array (98 ms instead of ~20 for 4 700 cases).
 */
export const inIds = (column: SQLWrapper, ids: readonly string[] | Placeholder) => sql`${column} IN (SELECT unnest(${uuidArray(ids)}))`;

/** The health check's one round trip: the database answers. */
export async function pingDatabase(db: Db) {
  await db.execute(sql`SELECT 1`);
}

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs a whole SQL script (a migration) in one transaction — several statements, no parameters. */
  runScript(sql: string): Promise<void>;
  close(): Promise<void>;
  /** Embedded only: a copy of the whole database (tests clone a migrated template; the demo's prepared world). */
  dumpDataDir?(compression?: 'gzip' | 'none'): Promise<Blob>;
}

/** Connects to the PostgreSQL server at `url`. */
export function openServerDatabase(url: string, poolSize = 20): Database {
  // jit=off for every connection of the app: no query here is long enough to profit from JIT, and one
  // mis-estimated plan paid 25–260 ms of compilation (bench/README.md). A parameter of the connection,
  // so it needs no role or server setting and no extra round trip.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: '-c jit=off' });
  // Dates stay ISO strings: a birth date has no time zone.
  pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
  return {
    db: drizzlePg({ client: pool, schema }) as unknown as Db,
    kind: 'postgres',
    runScript: async (sql) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(sql);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => endPool(pool),
  };
}

/**
 * Ends a pool once every connection of it has closed: pg-pool's `end()` answers as soon as it has asked them
 * to, and a database dropped meanwhile (`DROP DATABASE … WITH (FORCE)`, as the tests do) terminates one still
 * closing — an error nobody listens to any more, uncaught.
 */
export async function endPool(pool: pg.Pool): Promise<void> {
  let open = pool.totalCount;
  const closed = new Promise<void>((resolve) => {
    if (!open) resolve();
    pool.on('remove', () => { if (--open === 0) resolve(); });
  });
  await pool.end();
  await closed;
}

/**
 * Opens the embedded database in `dataDir` (created on first use), or in memory when dataDir is null.
 * Two processes writing one folder silently lose data, so a lock file refuses a second opener.
 * `sharedBuffers`: PostgreSQL's buffer cache (PGlite's default 128 MB).
 */
export async function openEmbeddedDatabase(dataDir: string | null, loadFrom?: Blob, sharedBuffers?: string): Promise<Database> {
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  try {
    const client = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      ...(loadFrom ? { loadDataDir: loadFrom } : {}),
      extensions: { pg_trgm },
      ...(sharedBuffers ? { startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${sharedBuffers}`] } : {}),
    });
    return {
      db: drizzlePglite({ client, schema }) as unknown as Db,
      kind: 'pglite',
      runScript: async (sql) => void (await client.transaction((tx) => tx.exec(sql))),
      close: async () => {
        await client.exec('CHECKPOINT').catch(() => {});
        await client.close();
        release();
      },
      dumpDataDir: async (compression = 'none') => (await client.dumpDataDir(compression)) as Blob,
    };
  } catch (error) {
    release();
    throw error;
  }
}

function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, '..', `${dataDir.split('/').filter(Boolean).pop()}.lock`);
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    if (pid && isAlive(pid)) {
      throw new Error(`The embedded database in ${dataDir} is in use by process ${pid}. Stop it first, or use the API.`);
    }
    rmSync(lockFile);
  }
  const fd = openSync(lockFile, 'wx');
  writeFileSync(fd, String(process.pid));
  closeSync(fd);
  return () => rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

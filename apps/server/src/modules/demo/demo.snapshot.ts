import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isoDayInRiga } from '@socrehab/domain';
import type { Database } from '../../db/database';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
/** What the demo world is made of: the migrations, the server's code (every programme's demo hook) and the domain. */
const SOURCES = ['apps/server/migrations', 'apps/server/src', 'packages/domain/src'];
const PGLITE_VERSION = JSON.parse(readFileSync(join(ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version as string;

/**
 * Issue 16 — the prepared demo world: the embedded database as it stood right after the demo world was
 * made, kept as a tarball in `dir`, so a new data folder starts in seconds instead of building the
 * world through the use cases (1–4 minutes on 2 busy cores). The world is dated from the day it is made, so a snapshot
 * serves only its day in Riga; its name also carries a hash of the migrations and the code that makes
 * the world (and PGlite's version), so any change builds a fresh one. Keeping a new one removes the others
 * (older days and code), so the folder holds one (~9 MB).
 */
export function demoSnapshot(dir: string, now: Date) {
  const day = isoDayInRiga(now);
  const file = join(dir, `demo-${day}-${sourcesHash()}.tar.gz`);
  return {
    file,
    /** Today's prepared world, if one was kept. */
    read: (): Blob | null => (existsSync(file) ? new Blob([readFileSync(file)]) : null),
    /** Keeps the just-made world (written aside, then renamed: a reader never sees half a file). */
    keep: async (database: Database) => {
      if (!database.dumpDataDir) return;
      const tarball = Buffer.from(await (await database.dumpDataDir('gzip')).arrayBuffer());
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${file}.${process.pid}`, tarball);
      renameSync(`${file}.${process.pid}`, file);
      for (const old of readdirSync(dir).filter((f) => /^demo-.*\.tar\.gz$/.test(f) && join(dir, f) !== file)) rmSync(join(dir, old), { force: true });
    },
  };
}

let sourcesHashOfThisProcess: string | null = null;

/** Taken once per process: the code it started with, however the files change while it runs. */
function sourcesHash(): string {
  if (sourcesHashOfThisProcess) return sourcesHashOfThisProcess;
  const hash = createHash('sha256').update(PGLITE_VERSION);
  for (const source of SOURCES) {
    const files = readdirSync(join(ROOT, source), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|sql)$/.test(f) && !/\.test(-support)?\.ts$/.test(f))
      .sort();
    for (const f of files) hash.update(f).update(readFileSync(join(ROOT, source, f)));
  }
  sourcesHashOfThisProcess = hash.digest('hex').slice(0, 16);
  return sourcesHashOfThisProcess;
}

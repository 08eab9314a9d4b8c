/**
 * `npx tsx bench/plans.ts [--write]` — the query plans of the hot paths (issue 16) on the database `npm run generate`
 * filled: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/socrehab_bench), or the embedded DATA_DIR when
 * `--embedded` is given. Sends each hot path's request to the application as a generated user, explains every
 * statement it sent and prints the sequential scans of big tables found with `enable_seqscan = off` (none
 * expected but the reported ones in KNOWN_SEQ_SCANS: apps/server/src/test/query-plans.test.ts checks the same on a small
 * dataset). `--write` keeps each
 * path's plans, as the planner chooses them with its defaults on this data, in bench/plans/<path>.txt.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { explainHotPaths, KNOWN_SEQ_SCANS, openCapturing } from '../apps/server/src/test/hot-paths';

const OUT = fileURLToPath(new URL('./plans/', import.meta.url));
const embedded = process.argv.includes('--embedded');
const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/socrehab_bench';
const dataDir = process.env.DATA_DIR ?? 'data/pglite';
const capturing = await openCapturing(embedded ? { dataDir } : { url });
try {
  const [size] = await capturing.query(`SELECT (SELECT count(*) FROM persons)::int AS persons, (SELECT count(*) FROM cases)::int AS cases,
    (SELECT count(*) FROM visits)::int AS visits, (SELECT count(*) FROM contacts)::int AS contacts, version() AS version`);
  const dataset = `${size!.persons} persons, ${size!.cases} cases, ${size!.visits} visits, ${size!.contacts} contacts; ${String(size!.version).split(' on ')[0]}`;
  console.log(`Dataset: ${dataset}`);
  const paths = await explainHotPaths(capturing, join(tmpdir(), 'socrehab-plans', 'pglite'), (name) => process.stderr.write(`… ${name}\n`));
  let unexpected = 0;
  for (const path of paths) {
    const found = [...new Set(path.statements.flatMap((s) => s.seqScans))];
    const known = new Set((KNOWN_SEQ_SCANS[path.name] ?? []).filter((k) => !k.on || k.on === capturing.kind).flatMap((k) => k.tables));
    unexpected += found.filter((t) => !known.has(t)).length;
    console.log(`${path.status === 200 ? '   ' : path.status} ${path.name}: ${path.statements.length} statements${found.length ? `, SEQUENTIAL SCAN of ${found.map((t) => known.has(t) ? `${t} (known)` : t).join(', ')}` : ''}`);
    if (!process.argv.includes('--write')) continue;
    mkdirSync(OUT, { recursive: true });
    const body = path.statements.map((s, i) => `-- statement ${i + 1}${s.seqScans.length ? ` — sequential scan with enable_seqscan = off: ${s.seqScans.join(', ')}` : ''}\n${s.sql}\n-- parameters: ${JSON.stringify(s.params)}\n\n${s.plan}\n`).join('\n');
    writeFileSync(join(OUT, `${path.name.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}.txt`),
      `# ${path.name}: GET ${path.url} → ${path.status}\n# ${dataset}\n# written by npx tsx bench/plans.ts --write; plans with the planner's defaults\n\n${body}`);
  }
  console.log(unexpected ? `${unexpected} sequential scans of big tables not in KNOWN_SEQ_SCANS (apps/server/src/test/hot-paths.ts)` : 'No sequential scan of a big table on any hot path but the known ones (hot-paths.ts, KNOWN_SEQ_SCANS).');
  if (unexpected) process.exitCode = 1;
} finally {
  await capturing.close();
}

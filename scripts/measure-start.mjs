/**
 * Issue 16 — the embedded start and idle memory, measured: bundles the server as `npm start` does
 * (scripts/build-server.mjs), starts it (apps/server/dist/main.mjs: PGlite, DEMO=on) three times in a new folder — on an empty data folder (the demo world is made and kept
 * as today's prepared world), on a second empty data folder (started from that prepared world), and again
 * on the second folder as it was left — and prints for each start the seconds from process start to
 * answering /api/health, and the resident memory (RSS) of the server's processes once idle after a demo
 * sign-in and a few requests. Usage: `node scripts/measure-start.mjs`; the goal is ≤ 3 s and ≤ 250 MB
 * on the existing folder (bench/README.md).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REQUESTS = ['/api/auth/me', '/api/persons?pageSize=50', '/api/worklists/organisation?pageSize=50', '/api/cases?pageSize=50'];

const freePort = () => new Promise((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

/** Resident memory in MB of `pid` and every process below it. */
function treeRssMb(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch { /* gone */ }
  }
  let kb = 0;
  const visit = (p) => {
    try { kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0); } catch { /* gone */ }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return Math.round(kb / 1024);
}

/** The server's command line as `npm start` runs it: the node arguments of its last command. */
const START_ARGS = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start.split('&& node ').pop().trim().split(/\s+/);

async function startOnce(dataDir, label) {
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DEMO: 'on', LOG_LEVEL: 'warn', DATA_DIR: dataDir, DEMO_SNAPSHOT_DIR: join(dataDir, '..', 'demo-snapshots') };
  delete env.DATABASE_URL;
  const started = performance.now();
  const child = spawn(process.execPath, START_ARGS, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output}`);
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const seconds = (performance.now() - started) / 1000;
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'vaditaja@demo.lv', password: 'Demo-parole-2026' }) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  for (const url of REQUESTS) await fetch(`${base}${url}`, { headers: { cookie } }).then((r) => r.arrayBuffer());
  await fetch(`${base}/`).then((r) => r.arrayBuffer());
  await new Promise((r) => setTimeout(r, 3000));
  const rss = treeRssMb(child.pid);
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
  console.log(`${label.padEnd(28)} listening after ${seconds.toFixed(2)} s, idle RSS ${rss} MB (sign-in ${login.status})`);
  return { seconds, rss };
}

execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: ROOT, stdio: 'inherit' });
const folder = mkdtempSync(join(tmpdir(), 'socrehab-start-'));
try {
  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}, ${process.version}`);
  await startOnce(join(folder, 'first'), 'empty folder, no snapshot');
  await startOnce(join(folder, 'second'), 'empty folder, with snapshot');
  const again = await startOnce(join(folder, 'second'), 'existing data folder');
  console.log(`goal: ≤ 3 s and ≤ 250 MB on the existing folder — ${again.seconds <= 3 && again.rss <= 250 ? 'met' : 'not met'}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

/**
 * `npm run bench -- [--duration 10] [--latency-connections 10] [--only persons,worklists,workload]
 *                    [--workers 200] [--think-ms 1000]`
 *
 * Measures first the bare Fastify + one indexed SELECT baseline (bench/baseline-server.ts) at 1, the
 * latency connections and 50, then starts the real server (bench/app-server.ts: config → openDatabase →
 * buildApp, as main.ts) as a child process against DATABASE_URL (default: the socrehab_bench database
 * `npm run generate` made) for each scenario, and measures with autocannon:
 * - persons: person search (mixed queries) and the person page as users of every person scope, at the
 *   latency connections and at 50 connections for throughput;
 * - worklists: the worklist of the worker who serves cases in the most programmes, of the social workers with
 *   the most served Housing First cases (HF-3.2), and the organisation worklist of the manager of the
 *   organisation with the most served cases, for today and for a past day;
 * - workload: the mixed workload (bench/mixed-workload.ts), then `npm run audit:verify`.
 * Prints one table: every figure beside the baseline at the same connections, the goal, met or not, and
 * the load average before and after (the machine's other work competes for the same 2 cores).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon, { type Client } from 'autocannon';
import pg from 'pg';
import { buildPagePaths, buildSearchQueries, percentile, type Visible } from './workload';
import { buildBundles, BUNDLES } from './bundles';
import { pickWorkloadWorkers, printWorkload, runMixedWorkload } from './mixed-workload';
import { DEMO_PASSWORD } from '../apps/server/src/modules/demo/demo.seed';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/socrehab_bench';
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const DURATION = arg('duration', 10);
const LATENCY_CONNECTIONS = arg('latency-connections', 10);
const ONLY = new Set((process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1]! : 'persons,worklists,workload').split(','));
const WORKLOAD_WORKERS = arg('workers', 200);
const THINK_MS = arg('think-ms', 1000);
const BASELINE_SECONDS = Math.min(DURATION, 10);
const GOALS = { searchP95: 30, pageP95: 15, ratio: 0.5, workerWorklistP95: 20, organisationWorklistP95: 300 };
const PAST_DAY = '2026-06-15';
const WORKERS = 8;
const TODAY = new Date().toISOString().slice(0, 10);

interface BenchUser { scope: string; email: string; cookie?: string; visible?: Visible[] }

/** One user per person scope, chosen for the most work their scope makes. */
async function pickUsers(db: pg.Client): Promise<BenchUser[]> {
  const one = async (scope: string, text: string) => {
    const { rows } = await db.query<{ email: string }>(text);
    if (!rows[0]) throw new Error(`No user for ${scope}: run npm run generate first`);
    return { scope, email: rows[0].email };
  };
  return [
    await one('case team (social worker)', `SELECT u.email FROM users u JOIN case_team_members m ON m.user_id = u.id
      WHERE 'social_worker' = ANY(u.roles) AND m.to_date IS NULL GROUP BY u.email ORDER BY count(*) DESC, u.email LIMIT 1`),
    await one('organisation (provider manager)', `SELECT u.email FROM users u JOIN organisations o ON o.id = u.organisation_id JOIN cases c ON c.organisation_id = o.id
      WHERE 'manager' = ANY(u.roles) AND o.kind = 'service_provider' GROUP BY u.email ORDER BY count(*) DESC, u.email LIMIT 1`),
    await one('organisation (Rīga social service manager)', `SELECT u.email FROM users u JOIN organisations o ON o.id = u.organisation_id
      WHERE 'manager' = ANY(u.roles) AND o.kind = 'municipal_social_service' AND o.municipality_atvk = '0001000' ORDER BY u.email LIMIT 1`),
    await one('municipality (Rīga municipal social worker)', `SELECT u.email FROM users u JOIN organisations o ON o.id = u.organisation_id
      WHERE 'municipal_social_worker' = ANY(u.roles) AND o.municipality_atvk = '0001000' ORDER BY u.email LIMIT 1`),
  ];
}

/**
 * HF-3.2 the worklist users: the social workers with the most open served cases on their team today (each
 * has ~8–10 cases: the generator gives a worker 8), and the manager of the organisation with the most open
 * served cases (the Rīga social service, topped up to ~5 000 by the generator's service stage).
 */
async function pickWorklistUsers(db: pg.Client) {
  const { rows: workers } = await db.query<{ email: string; cases: number; served: number }>(`
    SELECT u.email, count(*)::int AS cases, count(mi.case_id)::int AS served FROM users u
    JOIN case_team_members m ON m.user_id = u.id AND m.from_date <= $1 AND (m.to_date IS NULL OR m.to_date >= $1)
    JOIN cases c ON c.id = m.case_id AND (c.closed_on IS NULL OR c.closed_on > $1)
    LEFT JOIN move_ins mi ON mi.case_id = c.id AND mi.moved_in_on <= $1
    WHERE 'social_worker' = ANY(u.roles) GROUP BY u.email ORDER BY served DESC, cases DESC, u.email LIMIT ${WORKERS}`, [TODAY]);
  const { rows: [manager] } = await db.query<{ email: string; organisation: string; served: number }>(`
    SELECT (SELECT u.email FROM users u WHERE u.organisation_id = o.id AND 'manager' = ANY(u.roles) ORDER BY u.email LIMIT 1) AS email, o.name AS organisation, x.served
    FROM (SELECT c.organisation_id, count(*)::int AS served FROM cases c JOIN move_ins mi ON mi.case_id = c.id AND mi.moved_in_on <= $1
          WHERE c.closed_on IS NULL OR c.closed_on > $1 GROUP BY c.organisation_id ORDER BY served DESC LIMIT 1) x
    JOIN organisations o ON o.id = x.organisation_id`, [TODAY]);
  if (!workers.length || !manager) throw new Error('No served cases: run npm run generate (or npm run generate -- --service-only) first');
  // the worker whose open cases today are in the most programmes (then the most cases)
  const { rows: [multi] } = await db.query<{ email: string; programmes: string[]; cases: number }>(`
    SELECT u.email, array_agg(DISTINCT c.programme ORDER BY c.programme) AS programmes, count(*)::int AS cases FROM users u
    JOIN case_team_members m ON m.user_id = u.id AND m.from_date <= $1 AND (m.to_date IS NULL OR m.to_date >= $1)
    JOIN cases c ON c.id = m.case_id AND (c.closed_on IS NULL OR c.closed_on > $1)
    WHERE u.active GROUP BY u.email ORDER BY count(DISTINCT c.programme) DESC, count(*) DESC, u.email LIMIT 1`, [TODAY]);
  return { workers, manager, multi: multi! };
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** A server of the bench as its own process: a bundle (`BUNDLES`) run with plain node. */
async function startChild(script: string, env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, [script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (ready.test(out)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}): ${out}`)));
  });
  return child;
}

async function signIn(base: string, user: BenchUser, sample = true) {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: user.email, password: DEMO_PASSWORD }) });
  if (res.status !== 200) throw new Error(`sign-in of ${user.email}: ${res.status} ${await res.text()}`);
  user.cookie = res.headers.getSetCookie().find((c) => c.startsWith('sid='))!.split(';')[0]!;
  if (!sample) return;
  user.visible = [];
  for (let page = 1; page <= 3; page++) {
    const list = await fetch(`${base}/api/persons?pageSize=100&page=${page}`, { headers: { cookie: user.cookie } });
    const body = (await list.json()) as { items: Visible[]; hasMore: boolean };
    user.visible.push(...body.items);
    if (!body.hasMore) break;
  }
}

interface Measured { p50: number; p95: number; p99: number; rps: number; errors: number; byScope: Map<string, number[]> }

/** One autocannon run; every connection belongs to one user and cycles through that user's paths. */
async function measure(base: string, connections: number, duration: number, work: { user: BenchUser; paths: string[] }[]): Promise<Measured> {
  const owner = new WeakMap<Client, string>();
  const byScope = new Map<string, number[]>();
  let nextClient = 0;
  let done: (r: autocannon.Result) => void = () => {};
  const finished = new Promise<autocannon.Result>((resolve) => (done = resolve));
  const instance = autocannon({
    url: base,
    connections,
    timeout: 60, // seconds: an organisation worklist takes seconds on a loaded machine
    duration,
    setupClient: (client) => {
      const w = work[nextClient++ % work.length]!;
      owner.set(client, w.user.scope);
      let i = Math.floor(Math.random() * w.paths.length);
      client.setRequests([{ method: 'GET', path: '/', headers: w.user.cookie ? { cookie: w.user.cookie } : {}, setupRequest: (req) => ({ ...req, path: w.paths[i++ % w.paths.length]! }) }]);
    },
  }, (error, result) => {
    if (error) throw error;
    done(result);
  });
  instance.on('response', (client: Client, _status: number, _bytes: number, ms: number) => {
    const scope = owner.get(client)!;
    if (!byScope.has(scope)) byScope.set(scope, []);
    byScope.get(scope)!.push(ms);
  });
  const result = await finished;
  const all = [...byScope.values()].flat().sort((a, b) => a - b);
  for (const list of byScope.values()) list.sort((a, b) => a - b);
  return { p50: percentile(all, 50), p95: percentile(all, 95), p99: percentile(all, 99), rps: result.requests.average, errors: result.non2xx + result.errors + result.timeouts, byScope };
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');

/** One row of the run's table: a figure, the baseline at the same connections, the goal and whether it is met. */
interface Row { scenario: string; connections: number; m: Measured; goal?: string; met?: boolean }
const rows: Row[] = [];
const baseline = new Map<number, Measured>();

const db = new pg.Client({ connectionString: DATABASE_URL });
await db.connect();
const [{ n: personCount } = { n: 0 }] = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM persons')).rows;
const users = ONLY.has('persons') ? await pickUsers(db) : [];
const worklistUsers = ONLY.has('worklists') ? await pickWorklistUsers(db) : null;
const workloadWorkers = ONLY.has('workload') ? await pickWorkloadWorkers(db, WORKLOAD_WORKERS, TODAY) : [];
await db.end();
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const loadBefore = load();
const startedAt = new Date();
console.log(`Database ${new URL(DATABASE_URL).pathname.slice(1)}: ${personCount.toLocaleString('lv')} persons. ${DURATION} s per measurement (the baseline ${BASELINE_SECONDS} s). Load average before: ${loadBefore}`);

buildBundles(ROOT);
const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((c) => c.kill()));
let workloadSummary: { errors: number; audit: { ok: boolean; text: string } } | null = null;
try {
  await benchBaseline();
  // a fresh application per scenario: the sign-in rate limit per address is kept in its memory
  const withApp = async (scenario: (app: string) => Promise<void>, env: Record<string, string> = {}) => {
    const appPort = await freePort();
    children.push(await startChild(BUNDLES.app, { PORT: String(appPort), DATABASE_URL, DEMO: 'off', LOG_LEVEL: 'warn', ...env }, /Listening on/));
    await scenario(`http://127.0.0.1:${appPort}`);
    children.pop()!.kill();
  };
  if (ONLY.has('persons')) await withApp(benchPersons);
  if (worklistUsers) await withApp((app) => benchWorklists(app, worklistUsers));
  // the workers sign in from addresses of their own: the application believes X-Forwarded-For from the loopback
  if (workloadWorkers.length) await withApp(benchWorkload, { TRUST_PROXY: '127.0.0.1' });
} finally {
  children.forEach((c) => c.kill());
}
printTable();

function printTable() {
  console.log(`\n## Run of ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC — load average before ${loadBefore}, after ${load()} (1, 5, 15 min; 2 cores)\n`);
  console.log('| scenario | connections | p50 ms | p95 ms | p99 ms | req/s | baseline p95 ms / req/s (same connections) | goal | met |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const b = baseline.get(r.connections);
    const base = b ? `${fmt(b.p95)} / ${b.rps.toFixed(0)}` : '';
    console.log(`| ${r.scenario} | ${r.connections} | ${fmt(r.m.p50)} | ${fmt(r.m.p95)} | ${fmt(r.m.p99)} | ${r.m.rps.toFixed(1)} | ${base} | ${r.goal ?? ''} | ${r.met === undefined ? '' : r.met ? 'met' : '**not met**'} |`);
  }
  const errors = rows.reduce((n, r) => n + r.m.errors, 0);
  console.log(`\nErrors (non-2xx, timeouts) over all rows: ${errors}.`);
  if (workloadSummary) console.log(`Audit chain after the workload: ${workloadSummary.audit.ok ? 'verifies' : '**BROKEN**'} — ${workloadSummary.audit.text}`);
}

async function benchBaseline() {
  const basePort = await freePort();
  const child = await startChild(BUNDLES.baseline, { PORT: String(basePort), DATABASE_URL }, /listening/);
  children.push(child);
  const url = `http://127.0.0.1:${basePort}`;
  const paths = [{ user: { scope: 'baseline', email: '' }, paths: Array.from({ length: 5000 }, (_, i) => `/person/${i}`) }];
  await measure(url, 10, 3, paths); // warm-up
  for (const c of [...new Set([1, LATENCY_CONNECTIONS, 50])]) baseline.set(c, await measure(url, c, BASELINE_SECONDS, paths));
  children.splice(children.indexOf(child), 1);
  child.kill();
  for (const [c, m] of baseline) rows.push({ scenario: 'baseline: bare Fastify + 1 indexed SELECT', connections: c, m });
}

async function benchPersons(app: string) {
  for (const user of users) {
    await signIn(app, user);
    console.log(`  ${user.scope.padEnd(46)} ${user.email.padEnd(40)} ${user.visible!.length} persons in view sampled`);
  }
  const search = users.map((user, i) => ({ user, paths: buildSearchQueries(user.visible!, 1000 + i) }));
  const page = users.filter((u) => u.visible!.length).map((user) => ({ user, paths: buildPagePaths(user.visible!) }));

  await measure(app, 10, 3, search); // warm-up: caches, JIT, connection pool
  await measure(app, 10, 3, page);
  const searchLat = await measure(app, LATENCY_CONNECTIONS, DURATION, search);
  const pageLat = await measure(app, LATENCY_CONNECTIONS, DURATION, page);
  const searchTput = await measure(app, 50, DURATION, search);
  const pageTput = await measure(app, 50, DURATION, page);
  const ratio = (m: Measured) => m.rps / baseline.get(50)!.rps;
  rows.push(
    { scenario: 'person search (mixed, 2 M persons)', connections: LATENCY_CONNECTIONS, m: searchLat, goal: `p95 ≤ ${GOALS.searchP95}`, met: searchLat.p95 <= GOALS.searchP95 },
    { scenario: 'person search (mixed)', connections: 50, m: searchTput, goal: `(${(ratio(searchTput) * 100).toFixed(0)} % of the baseline's req/s)` },
    { scenario: 'person page', connections: LATENCY_CONNECTIONS, m: pageLat, goal: `p95 ≤ ${GOALS.pageP95}`, met: pageLat.p95 <= GOALS.pageP95 },
    { scenario: 'person page', connections: 50, m: pageTput, goal: `req/s ≥ ${GOALS.ratio * 100} % of the baseline's: ${(ratio(pageTput) * 100).toFixed(0)} %`, met: ratio(pageTput) >= GOALS.ratio },
  );
  console.log(`\nLatency by scope at ${LATENCY_CONNECTIONS} connections (p50 / p95 ms):`);
  for (const user of users) {
    const s = searchLat.byScope.get(user.scope) ?? [];
    const p = pageLat.byScope.get(user.scope) ?? [];
    console.log(`  ${user.scope.padEnd(46)} search ${fmt(percentile(s, 50))} / ${fmt(percentile(s, 95))}   page ${fmt(percentile(p, 50))} / ${fmt(percentile(p, 95))}`);
  }
}

/**
 * `GET /api/worklists/worker?asOf=…` of the worker serving cases in the most programmes (one request at a
 * time, and at the latency connections) and of several Housing First social workers at once (HF-3.2);
 * `GET /api/worklists/organisation?asOf=…` (its first page: every case computed and ordered, 60 items
 * returned) for the manager of the largest organisation, for today and for a past day, one request at a time.
 */
async function benchWorklists(app: string, picked: NonNullable<typeof worklistUsers>) {
  const workers: BenchUser[] = picked.workers.map((w) => ({ scope: `worker ${w.email}`, email: w.email }));
  const manager: BenchUser = { scope: `manager of ${picked.manager.organisation}`, email: picked.manager.email };
  const multi: BenchUser = { scope: `worker ${picked.multi.email}`, email: picked.multi.email };
  for (const user of [...workers, manager, multi]) await signIn(app, user, false);
  const workerPath = `/api/worklists/worker?asOf=${TODAY}`;
  const orgPath = (day: string) => `/api/worklists/organisation?asOf=${day}`;
  console.log(`\nWorklists as of ${TODAY}:`);
  const multiBody = (await (await fetch(`${app}${workerPath}`, { headers: { cookie: multi.cookie! } })).json()) as { items: unknown[] };
  console.log(`  ${multi.email.padEnd(40)} ${picked.multi.cases} open cases in ${picked.multi.programmes.join(', ')}: ${multiBody.items.length} items`);
  for (const [user, w] of workers.map((u, i) => [u, picked.workers[i]!] as const)) {
    const body = (await (await fetch(`${app}${workerPath}`, { headers: { cookie: user.cookie! } })).json()) as { items: unknown[] };
    console.log(`  ${user.email.padEnd(40)} ${w.cases} open cases (${w.served} served): ${body.items.length} items`);
  }
  for (const day of [TODAY, PAST_DAY]) {
    const t = performance.now();
    const res = await fetch(`${app}${orgPath(day)}`, { headers: { cookie: manager.cookie! } });
    const text = await res.text();
    const ms = performance.now() - t;
    if (res.status !== 200) throw new Error(`organisation worklist: ${res.status} ${text.slice(0, 300)}`);
    const page = JSON.parse(text) as { total: number; overdue: number; counts: Record<string, number>; items: Array<{ caseId: string }> };
    console.log(`  ${manager.email.padEnd(40)} ${picked.manager.organisation} as of ${day}: ${page.total.toLocaleString('lv')} items (${page.overdue.toLocaleString('lv')} overdue; ${Object.entries(page.counts).map(([k, n]) => `${k} ${n}`).join(', ')}); the first page ${page.items.length} items, ${(text.length / 1e3).toFixed(0)} kB, first request ${ms.toFixed(0)} ms`);
  }

  const multiWork = [{ user: multi, paths: [workerPath] }];
  const workerWork = workers.map((user) => ({ user, paths: [workerPath] }));
  const orgWork = (day: string) => [{ user: manager, paths: [orgPath(day)] }];
  await measure(app, LATENCY_CONNECTIONS, 3, workerWork); // warm-up
  await measure(app, 1, 3, orgWork(TODAY));
  const multiAlone = await measure(app, 1, DURATION, multiWork);
  const multiLat = await measure(app, LATENCY_CONNECTIONS, DURATION, multiWork);
  const workerAlone = await measure(app, 1, DURATION, workerWork);
  const workerLat = await measure(app, LATENCY_CONNECTIONS, DURATION, workerWork);
  const orgToday = await measure(app, 1, DURATION, orgWork(TODAY));
  const orgPast = await measure(app, 1, DURATION, orgWork(PAST_DAY));
  const served = picked.manager.served.toLocaleString('lv');
  rows.push(
    { scenario: `worker worklist, ${picked.multi.programmes.length} programmes (${picked.multi.cases} cases)`, connections: 1, m: multiAlone, goal: `p95 ≤ ${GOALS.workerWorklistP95}`, met: multiAlone.p95 <= GOALS.workerWorklistP95 },
    { scenario: `worker worklist, ${picked.multi.programmes.length} programmes`, connections: LATENCY_CONNECTIONS, m: multiLat },
    { scenario: `worker worklist, Housing First (${workers.length} workers)`, connections: 1, m: workerAlone, goal: `p95 ≤ ${GOALS.workerWorklistP95}`, met: workerAlone.p95 <= GOALS.workerWorklistP95 },
    { scenario: `worker worklist, Housing First (${workers.length} workers)`, connections: LATENCY_CONNECTIONS, m: workerLat },
    { scenario: `organisation worklist today (${served} cases)`, connections: 1, m: orgToday },
    { scenario: `organisation worklist, a past day ${PAST_DAY} (${served} cases)`, connections: 1, m: orgPast, goal: `p95 ≤ ${GOALS.organisationWorklistP95}`, met: orgPast.p95 <= GOALS.organisationWorklistP95 },
  );
}

/** The mixed workload (bench/mixed-workload.ts), then the audit chain verified (`npm run audit:verify`). */
async function benchWorkload(app: string) {
  console.log(`\nMixed workload: ${workloadWorkers.length} workers (${workloadWorkers.filter((w) => w.role === 'manager').length} managers), ${DURATION} s, think time 0–${2 * THINK_MS} ms`);
  const result = await runMixedWorkload(app, workloadWorkers, DURATION, THINK_MS, TODAY);
  const errors = printWorkload(result);
  const all = { p50: percentile(result.all, 50), p95: percentile(result.all, 95), p99: percentile(result.all, 99), rps: result.all.length / DURATION, errors, byScope: new Map() };
  const audit = await verifyAudit();
  workloadSummary = { errors, audit };
  rows.push({ scenario: `mixed workload, ${workloadWorkers.length} workers (reads, writes, worklists, reports)`, connections: workloadWorkers.length, m: all, goal: '0 errors, p99 reported, the audit chain verifies', met: errors === 0 && audit.ok });
}

async function verifyAudit(): Promise<{ ok: boolean; text: string }> {
  const t = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/cli/verify-audit.ts'], { cwd: ROOT, env: { ...process.env, DATABASE_URL, DEMO: 'off' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  return { ok: code === 0, text: `${out.trim().split('\n').join(' ')} (${((performance.now() - t) / 1000).toFixed(0)} s)` };
}

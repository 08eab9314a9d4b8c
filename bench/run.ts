/**
 * `npm run bench -- [--duration 10] [--latency-connections 10] [--only persons,worklists,baseline]`
 *
 * Starts the real server (bench/app-server.ts: config → openDatabase → buildApp, as main.ts) as a child process against DATABASE_URL (default:
 * the socrehab_bench database `npm run generate` made), signs in as a user of every person scope and
 * measures with autocannon: person search (mixed queries) and the person page, each at moderate load
 * for latency and at 50 connections for throughput; then the same for a bare Fastify + one indexed
 * SELECT baseline, so the ratio can be read; the worklists (HF-3.2) of several social workers and of the
 * manager of the organisation with the most served cases. Prints a table with the goals beside the figures.
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
import { DEMO_PASSWORD } from '../apps/server/src/modules/demo/demo.seed';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/socrehab_bench';
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const DURATION = arg('duration', 10);
const LATENCY_CONNECTIONS = arg('latency-connections', 10);
const ONLY = new Set((process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1]! : 'persons,worklists,baseline').split(','));
const GOALS = { searchP95: 30, pageP95: 15, ratio: 0.5, workerWorklistP95: 20, organisationWorklistP95: 300 };
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
  return { workers, manager };
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

async function startChild(script: string, env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
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
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

const db = new pg.Client({ connectionString: DATABASE_URL });
await db.connect();
const [{ n: personCount } = { n: 0 }] = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM persons')).rows;
const users = ONLY.has('persons') ? await pickUsers(db) : [];
const worklistUsers = ONLY.has('worklists') ? await pickWorklistUsers(db) : null;
await db.end();
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`Database ${new URL(DATABASE_URL).pathname.slice(1)}: ${personCount.toLocaleString('lv')} persons. Connections: latency ${LATENCY_CONNECTIONS}, throughput 50; ${DURATION} s per run. Load average before: ${load()}`);

// filled by benchPersons, printed with the baseline
const personRows: [string, Measured, Measured, number][] = [];

const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((c) => c.kill()));
try {
  // a fresh application per scenario: the sign-in rate limit per address is kept in its memory
  const withApp = async (scenario: (app: string) => Promise<void>) => {
    const appPort = await freePort();
    children.push(await startChild('bench/app-server.ts', { PORT: String(appPort), DATABASE_URL, DEMO: 'off', LOG_LEVEL: 'warn' }, /Listening on/));
    await scenario(`http://127.0.0.1:${appPort}`);
    children.pop()!.kill();
  };
  if (ONLY.has('persons')) await withApp(benchPersons);
  if (worklistUsers) await withApp((app) => benchWorklists(app, worklistUsers));
  if (ONLY.has('baseline')) await benchBaseline();
} finally {
  children.forEach((c) => c.kill());
}
console.log(`\nLoad average after: ${load()} (the machine's other work competes for the same 2 cores)`);

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
  personRows.push(['person search (mixed)', searchLat, searchTput, GOALS.searchP95], ['person page', pageLat, pageTput, GOALS.pageP95]);
  console.log(`\nLatency by scope at ${LATENCY_CONNECTIONS} connections (p50 / p95 ms):`);
  for (const user of users) {
    const s = searchLat.byScope.get(user.scope) ?? [];
    const p = pageLat.byScope.get(user.scope) ?? [];
    console.log(`  ${user.scope.padEnd(46)} search ${fmt(percentile(s, 50))} / ${fmt(percentile(s, 95))}   page ${fmt(percentile(p, 50))} / ${fmt(percentile(p, 95))}`);
  }
}

/**
 * HF-3.2 `GET /api/worklists/worker?asOf=…` for several social workers at once (latency at the latency
 * connections, throughput at 50) and `GET /api/worklists/organisation?asOf=…` (its first page: every case
 * computed and ordered, 60 items returned) for the manager of the largest organisation, one request at a
 * time (latency) and at 4 connections (throughput).
 */
async function benchWorklists(app: string, picked: NonNullable<typeof worklistUsers>) {
  const workers: BenchUser[] = picked.workers.map((w) => ({ scope: `worker ${w.email}`, email: w.email }));
  const manager: BenchUser = { scope: `manager of ${picked.manager.organisation}`, email: picked.manager.email };
  for (const user of [...workers, manager]) await signIn(app, user, false);
  const workerPath = `/api/worklists/worker?asOf=${TODAY}`;
  const orgPath = `/api/worklists/organisation?asOf=${TODAY}`;
  console.log(`\nWorklists as of ${TODAY}:`);
  for (const [user, w] of workers.map((u, i) => [u, picked.workers[i]!] as const)) {
    const body = (await (await fetch(`${app}${workerPath}`, { headers: { cookie: user.cookie! } })).json()) as { items: unknown[] };
    console.log(`  ${user.email.padEnd(40)} ${w.cases} open cases (${w.served} served): ${body.items.length} items`);
  }
  const t = performance.now();
  const res = await fetch(`${app}${orgPath}`, { headers: { cookie: manager.cookie! } });
  const text = await res.text();
  const ms = performance.now() - t;
  if (res.status !== 200) throw new Error(`organisation worklist: ${res.status} ${text.slice(0, 300)}`);
  const page = JSON.parse(text) as { total: number; overdue: number; counts: Record<string, number>; items: Array<{ caseId: string; workers: unknown[] }> };
  console.log(`  ${manager.email.padEnd(40)} ${picked.manager.organisation}: ${picked.manager.served.toLocaleString('lv')} open served cases → ${page.total.toLocaleString('lv')} items (${page.overdue.toLocaleString('lv')} overdue); the first page: ${page.items.length} items on ${new Set(page.items.map((i) => i.caseId)).size} cases, ${(text.length / 1e3).toFixed(0)} kB, first request ${ms.toFixed(0)} ms`);
  console.log(`    ${Object.entries(page.counts).map(([k, n]) => `${k} ${n}`).join(', ')}; on the first page without a worker: ${page.items.filter((i) => i.workers.length === 0).length}`);

  const workerWork = workers.map((user) => ({ user, paths: [workerPath] }));
  const orgWork = [{ user: manager, paths: [orgPath] }];
  await measure(app, LATENCY_CONNECTIONS, 3, workerWork); // warm-up
  await measure(app, 1, 3, orgWork);
  const workerAlone = await measure(app, 1, DURATION, workerWork);
  const workerLat = await measure(app, LATENCY_CONNECTIONS, DURATION, workerWork);
  const workerTput = await measure(app, 50, DURATION, workerWork);
  const orgLat = await measure(app, 1, DURATION, orgWork);
  const orgTput = await measure(app, 4, DURATION, orgWork);
  console.log(`\n| scenario | connections | p50 ms | p95 ms | p99 ms | p95 goal | req/s | errors |`);
  console.log('|---|---|---|---|---|---|---|---|');
  const row = (name: string, c: number, m: Measured, goal?: number) =>
    console.log(`| ${name} | ${c} | ${fmt(m.p50)} | ${fmt(m.p95)} | ${fmt(m.p99)} | ${goal ? `≤ ${goal} ${verdict(m.p95 <= goal)}` : ''} | ${m.rps.toFixed(1)} | ${m.errors} |`);
  row(`worker worklist (${workers.length} workers)`, 1, workerAlone, GOALS.workerWorklistP95);
  row(`worker worklist (${workers.length} workers)`, LATENCY_CONNECTIONS, workerLat, GOALS.workerWorklistP95);
  row(`worker worklist (${workers.length} workers)`, 50, workerTput);
  row(`organisation worklist (${picked.manager.served.toLocaleString('lv')} cases)`, 1, orgLat, GOALS.organisationWorklistP95);
  row(`organisation worklist (${picked.manager.served.toLocaleString('lv')} cases)`, 4, orgTput);
}

async function benchBaseline() {
  const basePort = await freePort();
  children.push(await startChild('bench/baseline-server.ts', { PORT: String(basePort), DATABASE_URL }, /listening/));
  const baseline = `http://127.0.0.1:${basePort}`;
  const basePaths = [{ user: { scope: 'baseline', email: '' }, paths: Array.from({ length: 5000 }, (_, i) => `/person/${i}`) }];
  await measure(baseline, 10, 3, basePaths);
  const baseLat = await measure(baseline, LATENCY_CONNECTIONS, DURATION, basePaths);
  const baseTput = await measure(baseline, 50, DURATION, basePaths);
  const baseTputRps = baseTput.rps;
  const tenPaths = [{ user: basePaths[0]!.user, paths: basePaths[0]!.paths.map((p) => p.replace('/person/', '/person-10/')) }];
  const tenTput = await measure(baseline, 50, DURATION, tenPaths);

  console.log(`\n| scenario | p50 ms | p95 ms | p95 goal | req/s @50 | p50/p95 @50 ms | vs baseline (goal ≥ ${GOALS.ratio * 100} %) | errors |`);
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [name, lat, tput, goal] of personRows) {
    const ratio = tput.rps / baseTputRps;
    console.log(`| ${name} | ${fmt(lat.p50)} | ${fmt(lat.p95)} | ≤ ${goal} ${verdict(lat.p95 <= goal)} | ${tput.rps.toFixed(0)} | ${fmt(tput.p50)} / ${fmt(tput.p95)} | ${(ratio * 100).toFixed(0)} % ${verdict(ratio >= GOALS.ratio)} | ${lat.errors + tput.errors} |`);
  }
  console.log(`| baseline: Fastify + 1 indexed SELECT | ${fmt(baseLat.p50)} | ${fmt(baseLat.p95)} | | ${baseTput.rps.toFixed(0)} | ${fmt(baseTput.p50)} / ${fmt(baseTput.p95)} | 100 % | ${baseLat.errors + baseTput.errors} |`);
  console.log(`| baseline in 10 statements (the page's round trips, no work) | | | | ${tenTput.rps.toFixed(0)} | ${fmt(tenTput.p50)} / ${fmt(tenTput.p95)} | ${((tenTput.rps / baseTput.rps) * 100).toFixed(0)} % | ${tenTput.errors} |`);
}

/**
 * `npx tsx bench/indicators.ts [--prepare] [--runs 5] [--only report,completion,programmes]` — HF-4.2 the indicator report and HF-4.4 the completion
 * spreadsheet at national scale, on the database `npm run generate` made (DATABASE_URL, default socrehab_bench).
 *
 * `--only programmes` (no `--prepare` needed: it reads the database as generated) — every programme's report over the whole
 * dataset as the funder's analyst (`fonds@bench.lv`) or the region's planner (`planotajs@bench.lv`), each alternated with a
 * hand-written SQL aggregate of the same figures, in one table: report, cases, median ms, SQL ms, ratio, goal (≤ 2 s and
 * ≤ 3× the SQL) met or not.
 *
 * `--prepare` first turns that database into the funder's view of a national programme: **every** case becomes a
 * Housing First case (200 000), cases are closed until 100 000 have ended (each a final ending with a destination),
 * every ended case is moved to one provider (a national operator, whose manager `vaditajs@bench.lv` downloads the completion
 * spreadsheet: its rows are the managers' who hold the cases) and a funder analyst `analitikis@bench.lv` is added. It rewrites the cases, so run it on a database of its own
 * (e.g. `DATABASE_URL=…/socrehab_bench_hf4 npm run generate -- --fresh` first), not on the one the worklist figures
 * come from.
 *
 * Then, each on a fresh application (bench/app-server.ts as a child process, as `npm run bench`):
 * - the report `GET /api/programmes/housing_first/indicators` over all cases as the funder (the whole programme,
 *   per municipality and per provider, small cells suppressed), against one hand-written SQL aggregate of the same
 *   figures over the same rows (psql-style, one statement with GROUPING SETS), each timed `--runs` times;
 * - the report as PDF and as Excel, once each;
 * - the completion spreadsheet for ~10 000 and for all 100 000 ended cases: time, bytes, and the application's peak
 *   RSS (VmHWM of a process that served nothing else), on an application whose old-space heap is capped at HEAP_MB
 *   (a spreadsheet kept in memory would not fit), so that memory can be seen not to grow with the rows.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DEMO_PASSWORD } from '../apps/server/src/modules/demo/demo.seed';
import { hashPassword } from '../apps/server/src/modules/auth/passwords';
import { REPORT_USERS } from './generate.programmes';
import { buildBundles, BUNDLES } from './bundles';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/socrehab_bench';
const RUNS = process.argv.includes('--runs') ? Number(process.argv[process.argv.indexOf('--runs') + 1]) : 5;
const TODAY = new Date().toISOString().slice(0, 10);
const FROM = '2000-01-01';
const ENDED = 100_000;
const FUNDER = 'analitikis@bench.lv';
const MANAGER = 'vaditajs@bench.lv';
/** The completion spreadsheet's application runs with its old-space heap capped: rows kept in memory would not fit. */
const HEAP_MB = 128;
const GOALS = { reportMs: 2000, ratio: 3, completionMs: 10_000 };

buildBundles(ROOT);
const db = new pg.Client({ connectionString: DATABASE_URL });
await db.connect();
const ONLY = new Set((process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1]! : 'report,completion').split(','));

if (process.argv.includes('--prepare')) await prepare();
const { rows: [counts] } = await db.query<{ cases: number; ended: number }>(
  `SELECT count(*)::int AS cases, count(closed_on)::int AS ended FROM cases WHERE programme = 'housing_first'`);
const { rows: [funder] } = await db.query(`SELECT 1 FROM users WHERE email = $1`, [FUNDER]);
if (!funder && (ONLY.has('report') || ONLY.has('completion'))) throw new Error(`No ${FUNDER}: run with --prepare first (see the top of this file)`);
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`Database ${new URL(DATABASE_URL).pathname.slice(1)}: ${counts!.cases.toLocaleString('lv')} Housing First cases, ${counts!.ended.toLocaleString('lv')} ended. Period ${FROM}–${TODAY}. Load average before: ${load()}`);

async function prepare() {
  const started = performance.now();
  await db.query(`UPDATE cases SET programme = 'housing_first' WHERE programme <> 'housing_first'`);
  // close open cases (deterministically, by id) until ENDED have ended, 30–1 053 days after opening and not after yesterday
  await db.query(`
    WITH pick AS (SELECT id FROM cases WHERE closed_on IS NULL ORDER BY id LIMIT greatest(0, $1 - (SELECT count(*) FROM cases WHERE closed_on IS NOT NULL)))
    UPDATE cases c SET status = 'closed', closed_on = greatest(c.opened_on, least(current_date - 1, c.opened_on + 30 + (abs(hashtext(c.id::text)) % 1024)))
    FROM pick WHERE c.id = pick.id`, [ENDED]);
  await db.query(`
    INSERT INTO case_endings (organisation_id, case_id, reason, ends_on, destination, proposed_by, status)
    SELECT c.organisation_id, c.id, 'person_wish', c.closed_on,
      (ARRAY['market_flat','market_flat','social_flat','social_flat','shelter','street','hospital','prison','died','unknown','other'])[1 + abs(hashtext(c.id::text || 'd')) % 11],
      (SELECT id FROM users ORDER BY id LIMIT 1), 'final'
    FROM cases c WHERE c.closed_on IS NOT NULL
    ON CONFLICT (case_id) DO NOTHING`); // (an anti-join against the table being filled reads its new pages again for every row)
  const { rows: [org] } = await db.query<{ id: string }>(`SELECT id FROM organisations WHERE kind = 'funder' ORDER BY id LIMIT 1`);
  await db.query(`INSERT INTO users (email, organisation_id, roles, display_name, password_hash) VALUES ($1, $2, '{funder_analyst}', 'Bench analītiķis', $3) ON CONFLICT (email) DO NOTHING`,
    [FUNDER, org!.id, await hashPassword(DEMO_PASSWORD)]);
  const { rows: [operator] } = await db.query<{ id: string }>(`SELECT id FROM organisations WHERE kind = 'service_provider' ORDER BY id LIMIT 1`);
  await db.query(`UPDATE cases SET organisation_id = $1 WHERE closed_on IS NOT NULL AND organisation_id <> $1`, [operator!.id]);
  await db.query(`UPDATE case_endings SET organisation_id = $1 WHERE organisation_id <> $1`, [operator!.id]);
  await db.query(`INSERT INTO users (email, organisation_id, roles, display_name, password_hash) VALUES ($1, $2, '{manager}', 'Bench vadītājs', $3) ON CONFLICT (email) DO NOTHING`,
    [MANAGER, operator!.id, await hashPassword(DEMO_PASSWORD)]);
  await db.query('VACUUM (ANALYZE) cases, case_endings, users');
  console.log(`prepared in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * The same figures as the report — A served, B ended with mean and median days, B i/ii reached and housed on the
 * 6 and 12 calendar-month marks (PostgreSQL's month arithmetic clamps to the month's end, as the rule), C per
 * destination — for the programme, each municipality and each provider, in one statement.
 */
const HAND_WRITTEN = `
WITH c AS (
  SELECT c.organisation_id, c.municipality_atvk, coalesce(c.service_began_on, c.opened_on) AS started, c.closed_on AS ended,
         (SELECT min(m.moved_in_on) FROM move_ins m WHERE m.case_id = c.id) AS moved, e.destination
  FROM cases c LEFT JOIN case_endings e ON e.case_id = c.id AND e.status = 'final'
  WHERE c.programme = 'housing_first'
), f AS (
  SELECT *, (moved + interval '6 months')::date AS m6, (moved + interval '12 months')::date AS m12, ended BETWEEN $1::date AND $2::date AS ended_in FROM c
)
SELECT jsonb_build_object('m', municipality_atvk, 'p', organisation_id,
  'served', count(*) FILTER (WHERE started <= $2::date AND (ended IS NULL OR ended >= $1::date)),
  'ended', count(*) FILTER (WHERE ended_in), 'mean', avg(ended - started) FILTER (WHERE ended_in),
  'median', percentile_cont(0.5) WITHIN GROUP (ORDER BY ended - started) FILTER (WHERE ended_in),
  'reached6', count(*) FILTER (WHERE m6 <= $3::date), 'housed6', count(*) FILTER (WHERE m6 <= $3::date AND (ended IS NULL OR ended >= m6 OR destination IN ('market_flat', 'social_flat'))),
  'reached12', count(*) FILTER (WHERE m12 <= $3::date), 'housed12', count(*) FILTER (WHERE m12 <= $3::date AND (ended IS NULL OR ended >= m12 OR destination IN ('market_flat', 'social_flat')))) AS row
FROM f GROUP BY GROUPING SETS ((), (municipality_atvk), (organisation_id))
UNION ALL
SELECT jsonb_build_object('m', municipality_atvk, 'p', organisation_id, 'destination', coalesce(destination, 'not_recorded'), 'count', count(*))
FROM f WHERE ended_in GROUP BY GROUPING SETS ((destination), (municipality_atvk, destination), (organisation_id, destination))`;

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** A fresh application: its own process, so its peak RSS is what one scenario made it. */
async function startApp(heapMb?: number, email = FUNDER): Promise<{ base: string; child: ChildProcess; cookie: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...(heapMb ? [`--max-old-space-size=${heapMb}`] : []), BUNDLES.app], {
    cwd: ROOT, env: { ...process.env, PORT: String(port), DATABASE_URL, DEMO: 'off', LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => { out += d.toString(); if (/Listening on/.test(out)) resolve(); });
    child.once('exit', (code) => reject(new Error(`app-server exited (${code}): ${out}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  return { base, child, cookie: await signIn(base, email) };
}
async function signIn(base: string, email: string) {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
  if (res.status !== 200) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  return res.headers.getSetCookie().find((c) => c.startsWith('sid='))!.split(';')[0]!;
}
const stop = async (child: ChildProcess) => { child.kill('SIGTERM'); await once(child, 'exit'); };
/** The process's resident set now and at its highest (kB → MB), from /proc. */
const rss = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)![1]) / 1024;
  return { now: kb('VmRSS'), peak: kb('VmHWM') };
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 0 });

/** Reads the whole body, counting bytes without keeping them. */
async function fetchAll(url: string, cookie: string) {
  const started = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  let bytes = 0;
  const reader = res.body!.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) bytes += part.value.byteLength;
  return { ms: performance.now() - started, bytes };
}

const period = `from=${FROM}&to=${TODAY}&asOf=${TODAY}`;
const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((c) => c.kill()));

/** The report against the hand-written aggregate, alternating so both see the same machine; prints its table. */
async function benchReport() {
  const app = await startApp();
  children.push(app.child);
  const report: number[] = [], sql: number[] = [];
  await fetchAll(`${app.base}/api/programmes/housing_first/indicators?${period}`, app.cookie); // warm-up: plans, JIT-free caches
  await db.query(HAND_WRITTEN, [FROM, TODAY, TODAY]);
  for (let i = 0; i < RUNS; i++) {
    report.push((await fetchAll(`${app.base}/api/programmes/housing_first/indicators?${period}`, app.cookie)).ms);
    const started = performance.now();
    const { rows } = await db.query(HAND_WRITTEN, [FROM, TODAY, TODAY]);
    sql.push(performance.now() - started);
    if (i === 0) console.log(`hand-written aggregate: ${rows.length} rows (programme, municipalities, providers, destinations)`);
  }
  const pdf = await fetchAll(`${app.base}/api/programmes/housing_first/indicators.pdf?${period}`, app.cookie);
  const xlsx = await fetchAll(`${app.base}/api/programmes/housing_first/indicators.xlsx?${period}`, app.cookie);
  const reportRss = rss(app.child.pid!);
  await stop(app.child);
  children.pop();
  return () => {
    const r = median(report), s = median(sql);
    console.log(`\n| HF-4.2 the indicator report over ${counts!.cases.toLocaleString('en')} cases (funder: programme, municipalities, providers, suppression) | median ms | max ms | goal |`);
    console.log('|---|---|---|---|');
    console.log(`| GET /api/programmes/housing_first/indicators (JSON) | ${ms(r)} | ${ms(Math.max(...report))} | ≤ ${GOALS.reportMs} ${r <= GOALS.reportMs ? 'met' : 'MISS'} |`);
    console.log(`| one hand-written SQL aggregate, the same figures and rows | ${ms(s)} | ${ms(Math.max(...sql))} | |`);
    console.log(`| ratio report / SQL | ${(r / s).toFixed(2)}× | | ≤ ${GOALS.ratio}× ${r / s <= GOALS.ratio ? 'met' : 'MISS'} |`);
    console.log(`| the report as PDF (${(pdf.bytes / 1024).toFixed(0)} kB) / as Excel (${(xlsx.bytes / 1024).toFixed(0)} kB), once | ${ms(pdf.ms)} / ${ms(xlsx.ms)} | | |`);
    console.log(`The report's application after ${RUNS + 3} reports: RSS ${reportRss.now.toFixed(0)} MB, peak ${reportRss.peak.toFixed(0)} MB.`);
  };
}

/** The completion spreadsheet: ~10 000 rows, then all the ended cases, each on a fresh application; prints its table. */
async function benchCompletion() {

  const { rows: [tenth] } = await db.query<{ day: string }>(`SELECT closed_on::text AS day FROM cases WHERE programme = 'housing_first' AND closed_on IS NOT NULL ORDER BY closed_on OFFSET 9999 LIMIT 1`);
  const completion: Array<{ rows: number; ms: number; bytes: number; before: number; peak: number; sampled: number }> = [];
  for (const to of [tenth!.day, TODAY]) {
    const { rows: [n] } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases WHERE programme = 'housing_first' AND closed_on BETWEEN $1 AND $2`, [FROM, to]);
    const fresh = await startApp(HEAP_MB, MANAGER);
    children.push(fresh.child);
    const before = rss(fresh.child.pid!);
    let sampled = 0;
    const sampler = setInterval(() => { sampled = Math.max(sampled, rss(fresh.child.pid!).now); }, 25);
    const got = await fetchAll(`${fresh.base}/api/programmes/housing_first/completion.xlsx?from=${FROM}&to=${to}&asOf=${TODAY}`, fresh.cookie);
    clearInterval(sampler);
    completion.push({ rows: n!.n, ...got, before: before.now, peak: rss(fresh.child.pid!).peak, sampled });
    await stop(fresh.child);
    children.pop();
  }

  return () => {
    console.log(`\n| HF-4.4 the completion spreadsheet (the application's heap capped at ${HEAP_MB} MB) | rows | ms | MB | RSS before MB | peak RSS MB (VmHWM) | sampled max MB | goal |`);
    console.log('|---|---|---|---|---|---|---|---|');
    for (const c of completion) {
      console.log(`| GET /api/programmes/housing_first/completion.xlsx | ${c.rows.toLocaleString('en')} | ${ms(c.ms)} | ${(c.bytes / 1048576).toFixed(1)} | ${c.before.toFixed(0)} | ${c.peak.toFixed(0)} | ${c.sampled.toFixed(0)} | ${c.rows >= ENDED ? `≤ ${GOALS.completionMs} ms ${c.ms <= GOALS.completionMs ? 'met' : 'MISS'}` : ''} |`);
    }
  };
}

/** IP-4 the target-group report's figures for a year in a municipality: distinct recipients by group, sex and age, the adults with mental disorders. */
const IP_SQL = `
WITH r AS (
  SELECT DISTINCT ON (r.person_id) r.person_id, ic.target_group, p.gender, p.birth_date, greatest(r.from_date, $1::date) AS first_served, ic.household_id
  FROM ip_recipients r JOIN ip_cases ic ON ic.case_id = r.case_id JOIN cases c ON c.id = r.case_id JOIN persons p ON p.id = r.person_id
  WHERE c.municipality_atvk = $3 AND r.from_date <= $2::date AND coalesce(r.to_date, c.closed_on, $2::date) >= $1::date
  ORDER BY r.person_id, r.from_date DESC
), f AS (
  SELECT r.*, (r.birth_date IS NULL OR r.birth_date <= r.first_served - interval '18 years') AS adult,
         target_group IN ('adults_with_mental_disorders', 'families_parents_mental_disorders') AS md,
         (r.household_id IS NOT NULL AND EXISTS (SELECT 1 FROM persons m WHERE m.household_id = r.household_id AND m.merged_into_id IS NULL
           AND m.birth_date IS NOT NULL AND m.birth_date > r.first_served - interval '18 years')) AS family_child
  FROM r
)
SELECT target_group, count(*) AS total, count(*) FILTER (WHERE gender = 'female') AS women, count(*) FILTER (WHERE gender = 'male') AS men,
       count(*) FILTER (WHERE adult) AS adults, count(*) FILTER (WHERE NOT adult) AS children, count(*) FILTER (WHERE adult AND md) AS md,
       count(*) FILTER (WHERE adult AND md AND gender = 'female') AS md_women, count(*) FILTER (WHERE adult AND md AND gender = 'male') AS md_men,
       count(*) FILTER (WHERE adult AND md AND family_child) AS md_family, count(DISTINCT provider) AS providers
FROM (SELECT f.*, (SELECT c.organisation_id FROM ip_recipients x JOIN cases c ON c.id = x.case_id WHERE x.person_id = f.person_id ORDER BY x.from_date DESC LIMIT 1) AS provider FROM f) g
GROUP BY ROLLUP (target_group)`;

/** IB-5 per municipality and service: the cases, planned (the plan version in force each month) against delivered, the shortfall, interruptions and their days, the shortage. */
const IB_SQL = `
WITH run AS (
  SELECT c.id, c.municipality_atvk, c.closed_on FROM ib_cases i JOIN cases c ON c.id = i.case_id
  WHERE c.programme = 'individual_budget' AND c.opened_on <= $2::date AND (c.closed_on IS NULL OR c.closed_on >= $1::date)
), months AS (
  SELECT a.case_id, run.municipality_atvk, m::date AS month
  FROM ib_assessments a JOIN run ON run.id = a.case_id
  CROSS JOIN LATERAL generate_series(date_trunc('month', a.assessed_on), date_trunc('month', a.assessed_on) + interval '5 months', interval '1 month') m
  WHERE m BETWEEN $1::date AND $2::date AND (run.closed_on IS NULL OR m <= date_trunc('month', run.closed_on))
), cells AS (
  SELECT m.case_id, m.municipality_atvk, m.month, l->>'service' AS service, (l->>'perMonth')::numeric AS planned, coalesce(d.delivered, 0) AS delivered
  FROM months m
  CROSS JOIN LATERAL (SELECT v.lines FROM ib_plan_versions v WHERE v.case_id = m.case_id AND v.valid_from < m.month + interval '1 month' ORDER BY v.version DESC LIMIT 1) v
  CROSS JOIN LATERAL jsonb_array_elements(v.lines) l
  LEFT JOIN ib_deliveries d ON d.case_id = m.case_id AND d.service = l->>'service' AND d.month = m.month
), stops AS (
  SELECT run.municipality_atvk, i.service, count(*) AS interruptions, sum(least(coalesce(i.to_date, $2::date), $2::date) - greatest(i.from_date, $1::date) + 1) AS days
  FROM ib_interruptions i JOIN run ON run.id = i.case_id WHERE i.from_date <= $2::date AND coalesce(i.to_date, $2::date) >= $1::date GROUP BY 1, 2
)
SELECT c.municipality_atvk, c.service, count(DISTINCT c.case_id) AS cases, sum(c.planned) AS planned, sum(c.delivered) AS delivered,
       sum(greatest(0, c.planned - c.delivered)) AS not_carried_out, max(s.interruptions) AS interruptions, max(s.days) AS days, bool_or(k.shortage) AS shortage
FROM cells c LEFT JOIN stops s ON s.municipality_atvk = c.municipality_atvk AND s.service = c.service
LEFT JOIN ib_catalogue k ON k.municipality_atvk = c.municipality_atvk AND k.service = c.service
GROUP BY 1, 2`;

/** Family support's report as of a day: families, children, in and after the project, by centre; sessions by kind; groups; conferences; mentors; spending. */
const FS_SQL = `
WITH c AS (SELECT c.id, c.organisation_id, c.opened_on, c.closed_on, fc.centre_id FROM fs_cases fc JOIN cases c ON c.id = fc.case_id WHERE c.opened_on <= $1::date),
ch AS (SELECT case_id, count(*) FILTER (WHERE role IN ('child', 'foster_child')) AS children FROM fs_case_members GROUP BY case_id)
SELECT jsonb_build_object(
  'families', (SELECT count(*) FROM c), 'children', (SELECT sum(ch.children) FROM c JOIN ch ON ch.case_id = c.id),
  'open', (SELECT count(*) FROM c WHERE c.closed_on IS NULL OR c.closed_on > $1::date),
  'inProject', (SELECT count(*) FROM c JOIN fs_projects p ON p.organisation_id = c.organisation_id WHERE c.opened_on BETWEEN p.starts_on AND p.ends_on),
  'continuing', (SELECT count(*) FROM c JOIN fs_projects p ON p.organisation_id = c.organisation_id
                 WHERE c.opened_on <= p.ends_on AND (c.closed_on IS NULL OR c.closed_on > p.ends_on) AND $1::date > p.ends_on),
  'byCentre', (SELECT jsonb_agg(x) FROM (SELECT ce.name, count(*) AS families, sum(ch.children) AS children FROM c JOIN fs_centres ce ON ce.id = c.centre_id
                                          LEFT JOIN ch ON ch.case_id = c.id GROUP BY ce.name) x),
  'sessions', (SELECT jsonb_object_agg(kind, n) FROM (SELECT s.kind, count(*) AS n FROM fs_sessions s JOIN c ON c.id = s.case_id WHERE s.held_on <= $1::date GROUP BY s.kind) x),
  'groups', (SELECT jsonb_agg(x) FROM (SELECT g.kind, count(DISTINCT g.id) AS groups, count(DISTINCT s.id) AS sessions, count(a.person_id) AS attendances
                                       FROM fs_groups g JOIN fs_sessions s ON s.group_id = g.id AND s.held_on <= $1::date LEFT JOIN fs_attendance a ON a.session_id = s.id GROUP BY g.kind) x),
  'conferences', (SELECT jsonb_build_array(count(*), count(*) FILTER (WHERE k.held_on <= $1::date), count(*) FILTER (WHERE k.reviewed_on <= $1::date)) FROM fs_conferences k JOIN c ON c.id = k.case_id),
  'mentors', (SELECT jsonb_build_array(count(*), count(*) FILTER (WHERE m.ended_on IS NULL OR m.ended_on > $1::date), count(DISTINCT m.mentor_id))
              FROM fs_mentor_matches m JOIN c ON c.id = m.case_id WHERE m.matched_on <= $1::date),
  'spent', (SELECT sum(amount_cents) FROM fs_spending WHERE spent_on <= $1::date))`;

/** RP-2 the region's situation in the latest closed round: the records' clients per programme and municipality in its year, the waiting lists, the round's figures and models. */
const RP_SQL = `
WITH m AS (SELECT atvk FROM municipalities WHERE region_code = 'riga' AND valid_from <= $3::date AND (valid_to IS NULL OR valid_to >= $3::date)),
r AS (SELECT id FROM rp_rounds WHERE region_code = 'riga' AND status = 'closed' ORDER BY opened_on DESC LIMIT 1)
SELECT jsonb_build_object('programme', programme, 'm', municipality_atvk, 'clients', count(DISTINCT person_id)) FROM cases
WHERE municipality_atvk IN (SELECT atvk FROM m) AND programme <> 'regional_planning' AND opened_on <= $2::date AND (closed_on IS NULL OR closed_on >= $1::date)
GROUP BY programme, municipality_atvk
UNION ALL
SELECT jsonb_build_object('programme', programme_code, 'm', municipality_atvk,
  'waiting', count(DISTINCT person_id) FILTER (WHERE added_on <= $2::date AND (left_on IS NULL OR left_on > $2::date)),
  'meanDays', round(avg(left_on - added_on) FILTER (WHERE left_reason = 'case_opened' AND left_on BETWEEN $1::date AND $2::date)))
FROM waiting_list_entries WHERE municipality_atvk IN (SELECT atvk FROM m) AND added_on <= $2::date AND (left_on IS NULL OR left_on >= $1::date) GROUP BY programme_code, municipality_atvk
UNION ALL SELECT to_jsonb(f) FROM rp_figures f WHERE f.round_id IN (SELECT id FROM r)
UNION ALL SELECT to_jsonb(x) FROM rp_models x WHERE x.round_id IN (SELECT id FROM r)`;

/** Every programme's report beside its hand-written aggregate, alternating, on one application; prints one table. */
async function benchProgrammes() {
  const year = Number(TODAY.slice(0, 4));
  const month = TODAY.slice(0, 7);
  const lastOfMonth = new Date(Date.UTC(year, Number(month.slice(5)), 0)).toISOString().slice(0, 10);
  const { rows: [round] } = await db.query<{ year: number }>(`SELECT extract(year FROM opened_on)::int AS year FROM rp_rounds WHERE region_code = 'riga' AND status = 'closed' ORDER BY opened_on DESC LIMIT 1`);
  const rpYear = round?.year ?? year;
  const { rows: [n] } = await db.query<{ hf: number; ip: number; ib: number; fs: number; rp: number }>(`SELECT
    (SELECT count(*)::int FROM cases WHERE programme = 'housing_first') AS hf,
    (SELECT count(*)::int FROM ip_cases) AS ip, (SELECT count(*)::int FROM ib_cases) AS ib, (SELECT count(*)::int FROM fs_cases) AS fs,
    (SELECT count(*)::int FROM cases WHERE municipality_atvk IN (SELECT atvk FROM municipalities WHERE region_code = 'riga')) AS rp`);
  const IB_FROM = '2018-09';
  const reports = [
    { name: 'HF-4.2 Housing First indicators (A–F, programme, municipalities, providers)', cases: n!.hf, who: REPORT_USERS.funder,
      url: `/api/programmes/housing_first/indicators?${period}`, sql: HAND_WRITTEN, params: [FROM, TODAY, TODAY] },
    { name: `IP-4 Individual Programme recipients by target group ${year} (Rīga)`, cases: n!.ip, who: REPORT_USERS.funder,
      url: `/api/individual-programme/reports/target-groups?year=${year}`, sql: IP_SQL, params: [`${year}-01-01`, `${year}-12-31`, '0001000'] },
    { name: `IB-5 Individual Budget unmet and interrupted services ${IB_FROM}–${month}`, cases: n!.ib, who: REPORT_USERS.funder,
      url: `/api/individual-budget/reports/unmet-services?from=${IB_FROM}&to=${month}`, sql: IB_SQL, params: [`${IB_FROM}-01`, lastOfMonth] },
    { name: `FS family support report as of ${TODAY}`, cases: n!.fs, who: REPORT_USERS.funder, url: `/api/family-support/report?asOf=${TODAY}`, sql: FS_SQL, params: [TODAY] },
    { name: `RP-2 regional planning overview (Rīga region, round of ${rpYear}, from records)`, cases: n!.rp, who: REPORT_USERS.planner,
      url: '/api/regional-planning/overview', sql: RP_SQL, params: [`${rpYear}-01-01`, `${rpYear}-12-31`, TODAY] },
  ];
  const app = await startApp(undefined, REPORT_USERS.funder);
  children.push(app.child);
  const cookies = new Map([[REPORT_USERS.funder, app.cookie], [REPORT_USERS.planner, await signIn(app.base, REPORT_USERS.planner)]]);
  const results: Array<(typeof reports)[number] & { ms: number; max: number; sqlMs: number }> = [];
  for (const r of reports) {
    const cookie = cookies.get(r.who)!;
    const timedSql = async () => { const started = performance.now(); await db.query(r.sql, r.params); return performance.now() - started; };
    await fetchAll(`${app.base}${r.url}`, cookie); // warm-up
    await timedSql();
    const report: number[] = [], sql: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      report.push((await fetchAll(`${app.base}${r.url}`, cookie)).ms);
      sql.push(await timedSql());
    }
    results.push({ ...r, ms: median(report), max: Math.max(...report), sqlMs: median(sql) });
    console.log(`${r.name}: ${ms(median(report))} ms (SQL ${ms(median(sql))} ms); load ${load()}`);
  }
  const appRss = rss(app.child.pid!);
  await stop(app.child);
  children.pop();
  return () => {
    console.log(`\n| report (over the whole dataset, ${RUNS} runs each) | cases | median ms | max ms | SQL baseline ms | ratio | goal ≤ ${GOALS.reportMs} ms and ≤ ${GOALS.ratio}× |`);
    console.log('|---|---|---|---|---|---|---|');
    for (const r of results) {
      const ratio = r.ms / r.sqlMs;
      console.log(`| ${r.name} | ${r.cases.toLocaleString('en')} | ${ms(r.ms)} | ${ms(r.max)} | ${ms(r.sqlMs)} | ${ratio.toFixed(2)}× | ${r.ms <= GOALS.reportMs && ratio <= GOALS.ratio ? 'met' : 'NOT MET'} |`);
    }
    console.log(`The application after the reports: RSS ${appRss.now.toFixed(0)} MB, peak ${appRss.peak.toFixed(0)} MB.`);
  };
}

const printProgrammes = ONLY.has('programmes') ? await benchProgrammes() : null;
const printReport = ONLY.has('report') ? await benchReport() : null;
const printCompletion = ONLY.has('completion') ? await benchCompletion() : null;
printProgrammes?.();
printReport?.();
printCompletion?.();
console.log(`\nLoad average after: ${load()}`);
await db.end();

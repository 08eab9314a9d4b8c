/**
 * The mixed workload (issue 16): `npm run bench -- --only workload --duration 300 [--workers 200] [--think-ms 1000]`.
 *
 * 200 workers at once, each signed in from an address of their own (the bench application trusts
 * X-Forwarded-For from the loopback, so the sign-in rate limit is per worker, as in an office), each doing
 * what their day holds, one request after another with a pause between (`--think-ms`, uniformly 0–2×; a
 * manager's ten times as long):
 *
 * - social workers (all but a twentieth, those with the most open served Housing First cases): open a
 *   client's page, search (the client's surname as typed: folded, half-folded, misspelt), their worklist,
 *   the case's service summary, and write — **record a contact on their own served case**
 *   (`POST /api/cases/:id/contacts`, a short phone call) or **update a client's phone number**
 *   (`GET` then `PUT /api/persons/:id` with the version read);
 * - managers (a twentieth, of the organisations with the most served cases): the organisation worklist for
 *   today and for a past day, the persons overview report (`/api/stats/overview`: every person counted per
 *   municipality), a search.
 *
 * Every answer must be 2xx (a write 201/200): anything else counts as an error, with its status and path.
 */
import { performance } from 'node:perf_hooks';
import { foldForSearch } from '@socrehab/domain';
import pg from 'pg';
import { percentile } from './workload';
import { DEMO_PASSWORD } from '../apps/server/src/modules/demo/demo.seed';

interface WorkerCase { caseId: string; personId: string; surnames: string; served: boolean }
interface Worker { email: string; role: 'social_worker' | 'manager'; address: string; cookie?: string; csrf?: string; cases: WorkerCase[] }
export interface WorkloadResult {
  workers: number;
  byKind: Map<string, { ms: number[]; errors: number }>;
  errors: { status: number; path: string; body: string }[];
  all: number[];
  seconds: number;
}

const PAST_DAY = '2026-06-15';

/** The workers: social workers with the most open served cases, and managers of the organisations with the most. */
export async function pickWorkloadWorkers(db: pg.Client, count: number, today: string): Promise<Worker[]> {
  const managers = Math.max(1, Math.round(count / 20));
  const { rows: social } = await db.query<{ email: string; cases: WorkerCase[] }>(`
    SELECT u.email, json_agg(json_build_object('caseId', c.id, 'personId', c.person_id, 'surnames', p.surnames, 'served', mi.case_id IS NOT NULL)) AS cases
    FROM users u
    JOIN case_team_members m ON m.user_id = u.id AND m.from_date <= $1 AND (m.to_date IS NULL OR m.to_date >= $1)
    JOIN cases c ON c.id = m.case_id AND (c.closed_on IS NULL OR c.closed_on > $1)
    JOIN persons p ON p.id = c.person_id
    LEFT JOIN move_ins mi ON mi.case_id = c.id AND mi.moved_in_on <= $1
    WHERE 'social_worker' = ANY(u.roles) AND u.active
    GROUP BY u.email ORDER BY count(mi.case_id) DESC, u.email LIMIT $2`, [today, count - managers]);
  const { rows: bosses } = await db.query<{ email: string }>(`
    SELECT (SELECT u.email FROM users u WHERE u.organisation_id = x.organisation_id AND 'manager' = ANY(u.roles) ORDER BY u.email LIMIT 1) AS email
    FROM (SELECT c.organisation_id, count(*) AS served FROM cases c JOIN move_ins mi ON mi.case_id = c.id
          WHERE c.closed_on IS NULL GROUP BY c.organisation_id ORDER BY served DESC LIMIT $1) x`, [managers]);
  const workers: Worker[] = [
    ...social.map((w) => ({ email: w.email, role: 'social_worker' as const, cases: w.cases })),
    ...bosses.filter((b) => b.email).map((b) => ({ email: b.email, role: 'manager' as const, cases: [] })),
  ].map((w, i) => ({ ...w, address: `10.16.${Math.floor(i / 250)}.${(i % 250) + 1}` }));
  if (workers.length < count) throw new Error(`Only ${workers.length} workers with open cases: run npm run generate first`);
  return workers;
}

/** A typo: one letter dropped or doubled. */
const misspelt = (word: string, n: number) => (word.length < 5 ? word : n % 2 ? word.slice(0, 2) + word.slice(3) : word.slice(0, 3) + word[3] + word.slice(3));

export async function runMixedWorkload(base: string, workers: Worker[], seconds: number, thinkMs: number, today: string): Promise<WorkloadResult> {
  const result: WorkloadResult = { workers: workers.length, byKind: new Map(), errors: [], all: [], seconds };
  const call = async (w: Worker, kind: string, path: string, init: { method?: string; body?: unknown } = {}) => {
    const headers: Record<string, string> = { cookie: w.cookie!, 'x-forwarded-for': w.address };
    if (init.body !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'x-csrf-token': w.csrf! });
    const t = performance.now();
    const res = await fetch(`${base}${path}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
    const text = await res.text();
    const ms = performance.now() - t;
    const entry = result.byKind.get(kind) ?? { ms: [], errors: 0 };
    result.byKind.set(kind, entry);
    entry.ms.push(ms);
    result.all.push(ms);
    if (res.status >= 300) {
      entry.errors++;
      if (result.errors.length < 20) result.errors.push({ status: res.status, path: `${init.method ?? 'GET'} ${path}`, body: text.slice(0, 200) });
      return null;
    }
    return text ? JSON.parse(text) : null;
  };

  // sign in, each from their own address (a few at a time: argon2 is deliberately slow)
  for (let i = 0; i < workers.length; i += 8) {
    await Promise.all(workers.slice(i, i + 8).map(async (w) => {
      const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': w.address }, body: JSON.stringify({ email: w.email, password: DEMO_PASSWORD }) });
      if (res.status !== 200) throw new Error(`sign-in of ${w.email}: ${res.status} ${await res.text()}`);
      w.cookie = res.headers.getSetCookie().find((c) => c.startsWith('sid='))!.split(';')[0]!;
      w.csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
    }));
  }

  const end = performance.now() + seconds * 1000;
  // a manager looks at the organisation's worklist or a report now and then, not every second
  const pause = (w: Worker) => new Promise((resolve) => setTimeout(resolve, Math.random() * 2 * thinkMs * (w.role === 'manager' ? 10 : 1)));
  const socialWorkerDay = async (w: Worker, n: number) => {
    const c = w.cases[n % w.cases.length]!;
    const served = w.cases.filter((x) => x.served);
    const x = Math.random();
    if (x < 0.30) await call(w, 'person page', `/api/persons/${c.personId}`);
    else if (x < 0.45) {
      const surname = foldForSearch(c.surnames);
      const q = n % 3 === 0 ? surname : n % 3 === 1 ? misspelt(surname, n) : c.surnames;
      await call(w, 'person search', `/api/persons?q=${encodeURIComponent(q)}`);
    } else if (x < 0.60) await call(w, 'worker worklist', `/api/worklists/worker?asOf=${today}`);
    else if (x < 0.75) await call(w, 'case service summary', `/api/cases/${(served[n % Math.max(1, served.length)] ?? c).caseId}/service`);
    else if (x < 0.90 && served.length) {
      await call(w, 'write: record a contact', `/api/cases/${served[n % served.length]!.caseId}/contacts`, {
        method: 'POST', body: { contactOn: today, kind: 'phone_call', mode: 'phone', hours: 0.05, lifeDomains: [], reachedPerson: true, notes: 'Zvans par nākamo vizīti' },
      });
    } else {
      const page = (await call(w, 'person page', `/api/persons/${c.personId}`)) as { person: Record<string, unknown> & { version: number } } | null;
      if (!page) return;
      const p = page.person;
      const person = {
        givenNames: p.givenNames, surnames: p.surnames, personalCode: p.personalCode, birthDate: p.birthDate, gender: p.gender, languages: p.languages,
        phone: `+371 2${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`, email: p.email, declaredAddress: p.declaredAddress ?? null,
        whereaboutsKind: p.whereaboutsKind, whereabouts: p.whereabouts ?? null, notes: p.notes,
      };
      await call(w, 'write: update a person', `/api/persons/${p.id as string}`, { method: 'PUT', body: { version: p.version, person } });
    }
  };
  const managerDay = async (w: Worker, n: number) => {
    const x = Math.random();
    if (x < 0.45) await call(w, 'organisation worklist', `/api/worklists/organisation?asOf=${today}`);
    else if (x < 0.70) await call(w, 'organisation worklist, a past day', `/api/worklists/organisation?asOf=${PAST_DAY}`);
    else if (x < 0.80) await call(w, 'report: persons overview', '/api/stats/overview');
    else await call(w, 'person search', `/api/persons?q=${encodeURIComponent(['berzins', 'ozolina', 'kalnins', 'jansons'][n % 4]!)}`);
  };
  await Promise.all(workers.map(async (w, i) => {
    await new Promise((resolve) => setTimeout(resolve, (i / workers.length) * thinkMs)); // staggered start
    for (let n = i; performance.now() < end; n++) {
      await (w.role === 'manager' ? managerDay(w, n) : socialWorkerDay(w, n));
      await pause(w);
    }
  }));
  for (const entry of result.byKind.values()) entry.ms.sort((a, b) => a - b);
  result.all.sort((a, b) => a - b);
  return result;
}

export function printWorkload(r: WorkloadResult) {
  const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
  console.log(`\nMixed workload: ${r.workers} workers for ${r.seconds} s\n`);
  console.log('| request | count | req/s | p50 ms | p95 ms | p99 ms | errors |\n|---|---|---|---|---|---|---|');
  for (const [kind, e] of [...r.byKind].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`| ${kind} | ${e.ms.length} | ${(e.ms.length / r.seconds).toFixed(1)} | ${fmt(percentile(e.ms, 50))} | ${fmt(percentile(e.ms, 95))} | ${fmt(percentile(e.ms, 99))} | ${e.errors} |`);
  }
  const errors = [...r.byKind.values()].reduce((s, e) => s + e.errors, 0);
  console.log(`| **all** | ${r.all.length} | ${(r.all.length / r.seconds).toFixed(1)} | ${fmt(percentile(r.all, 50))} | ${fmt(percentile(r.all, 95))} | ${fmt(percentile(r.all, 99))} | ${errors} |`);
  for (const e of r.errors) console.log(`  error ${e.status} ${e.path}: ${e.body}`);
  return errors;
}

import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Logger } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { buildApp } from '../app/build-app';
import { loadConfig } from '../config';
import { endPool, openEmbeddedDatabase, openServerDatabase, type Db } from '../db/database';
import { migrate } from '../db/migrate';
import * as schema from '../db/schema';
import { DEMO_PASSWORD } from '../modules/demo/demo.seed';
import { syncReferenceData } from '../modules/reference/reference.repository';

/**
 * The hot paths of issue 16 and their query plans, on a database `npm run generate` filled: each path is a real
 * request to the application (bench users, the generator's password), every statement it sends is captured by
 * Drizzle's logger — the repositories' own SQL with its parameters, nothing written twice — and explained.
 * Used by the plans test (query-plans.test.ts, a small generated dataset) and `npx tsx bench/plans.ts --write`
 * (the plans kept in bench/plans/).
 */
export interface HotPath {
  name: string;
  /** who asks: a query returning the e-mail of a generated user */
  user: keyof typeof USERS;
  url: (facts: DatasetFacts) => string;
}

/** Whom each path signs in as; the funder analyst and the planner are added when the dataset has none. */
const USERS = {
  caseWorker: `SELECT u.email FROM users u JOIN case_team_members m ON m.user_id = u.id JOIN move_ins mi ON mi.case_id = m.case_id
    WHERE 'social_worker' = ANY(u.roles) AND m.to_date IS NULL GROUP BY u.email ORDER BY count(*) DESC, u.email LIMIT 1`,
  rigaWorker: `SELECT u.email FROM users u JOIN organisations o ON o.id = u.organisation_id
    WHERE 'municipal_social_worker' = ANY(u.roles) AND o.municipality_atvk = '0001000' ORDER BY u.email LIMIT 1`,
  organisationManager: `SELECT u.email FROM users u WHERE 'manager' = ANY(u.roles) AND u.organisation_id = (SELECT c.organisation_id FROM cases c
    JOIN move_ins m ON m.case_id = c.id WHERE c.closed_on IS NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) ORDER BY u.email LIMIT 1`,
  funder: `SELECT email FROM users WHERE 'funder_analyst' = ANY(roles) ORDER BY email LIMIT 1`,
  planner: `SELECT email FROM users WHERE 'planner' = ANY(roles) ORDER BY email LIMIT 1`,
} as const;

export interface DatasetFacts { today: string; code: string; birthDate: string; personId: string }

export const HOT_PATHS: HotPath[] = [
  { name: 'person search by name, a municipality', user: 'rigaWorker', url: () => '/api/persons?q=berzins' },
  { name: 'person search by name, a case team', user: 'caseWorker', url: () => '/api/persons?q=berzins' },
  { name: 'person search by personal code', user: 'rigaWorker', url: (f) => `/api/persons?q=${f.code}` },
  { name: 'person search by birth date', user: 'rigaWorker', url: (f) => `/api/persons?q=${f.birthDate.split('-').reverse().join('.')}` },
  { name: 'person page', user: 'rigaWorker', url: (f) => `/api/persons/${f.personId}` },
  { name: 'worker worklist', user: 'caseWorker', url: (f) => `/api/worklists/worker?asOf=${f.today}` },
  { name: 'organisation worklist', user: 'organisationManager', url: (f) => `/api/worklists/organisation?asOf=${f.today}` },
  { name: 'case list of a worker', user: 'caseWorker', url: (f) => `/api/cases?asOf=${f.today}&status=open` },
  { name: 'case list of an organisation', user: 'organisationManager', url: (f) => `/api/cases?asOf=${f.today}&status=all` },
  { name: 'Housing First indicator report', user: 'funder', url: (f) => `/api/programmes/housing_first/indicators?from=2000-01-01&to=${f.today}` },
  { name: 'Individual Programme target-group report', user: 'funder', url: (f) => `/api/individual-programme/reports/target-groups?year=${f.today.slice(0, 4)}` },
  { name: 'Individual Budget unmet services report', user: 'funder', url: () => '/api/individual-budget/reports/unmet-services' },
  { name: 'family support report', user: 'funder', url: (f) => `/api/family-support/report?asOf=${f.today}` },
  { name: 'regional planning overview', user: 'planner', url: () => '/api/regional-planning/overview' },
];

/**
 * Tables small by nature, a scan of them is fine: reference data and settings, a row per organisation, programme or
 * project (fs_projects: 42 at 100 000 persons), a region's update rounds and cooperation agreements (a few a year).
 */
export const SMALL_TABLES = new Set([
  'organisations', 'schema_migrations', 'programme_settings', 'service_agreements', 'audit_log_identity', 'audit_checkpoints',
  'eligibility_criteria_sets', 'questionnaire_forms', 'fs_projects', 'rp_rounds', 'rp_cooperation', 'rp_catalogue_versions', 'municipalities',
]);

/** PGlite's planner (PostgreSQL 18) hashes the scope's OR EXISTS over applications even with enable_seqscan off; the server's 15 probes applications_person. */
const APPLICATIONS_ON_PGLITE = { tables: ['applications'], on: 'pglite' as const, why: 'the Housing First scope’s `OR EXISTS (… applications a WHERE a.person_id = …)`: PostgreSQL 18 (PGlite) keeps it a hashed subplan over a scan of the (here empty) table even with enable_seqscan off; PostgreSQL 15 uses applications_person' };

/**
 * The sequential scans of big tables found and not fixed yet: each needs an index, i.e. a migration (issue 16's
 * report). The plans test allows only these: a new one fails it; a fixed one is to be removed here.
 */
export const KNOWN_SEQ_SCANS: Record<string, { tables: string[]; why: string; on?: 'pglite' }[]> = {
  'person search by name, a municipality': [APPLICATIONS_ON_PGLITE],
  'person search by personal code': [APPLICATIONS_ON_PGLITE],
  'person search by birth date': [APPLICATIONS_ON_PGLITE],
  'person page': [APPLICATIONS_ON_PGLITE],
};

export interface Statement { sql: string; params: unknown[] }
export interface ExplainedStatement extends Statement { plan: string; seqScans: string[] }
export interface ExplainedPath { name: string; url: string; status: number; statements: ExplainedStatement[] }

/** A connection of our own to the generated database, whose Drizzle logger records every statement sent. */
export async function openCapturing(target: { url: string } | { dataDir: string }) {
  // the dataset may predate the newest migrations: bring it up to date as the application's start would
  const migrating = 'url' in target ? openServerDatabase(target.url, 1) : await openEmbeddedDatabase(target.dataDir);
  try {
    await migrate(migrating);
    await syncReferenceData(migrating.db);
  } finally {
    await migrating.close();
  }
  let statements: Statement[] = [];
  const logger: Logger = { logQuery: (query, params) => void statements.push({ sql: query, params }) };
  let db: Db;
  let query: (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;
  let close: () => Promise<void>;
  if ('url' in target) {
    pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
    const pool = new pg.Pool({ connectionString: target.url, max: 4, options: '-c jit=off' });
    // the plans are explained on one connection of their own, so its settings stay apart from the app's
    const explainer = new pg.Client({ connectionString: target.url, options: '-c jit=off' });
    await explainer.connect();
    db = drizzlePg({ client: pool, schema, logger }) as unknown as Db;
    query = async (text, params) => (await explainer.query(text, params)).rows;
    close = async () => {
      await explainer.end();
      await endPool(pool);
    };
  } else {
    const client = await PGlite.create({ dataDir: target.dataDir, extensions: { pg_trgm } });
    db = drizzlePglite({ client, schema, logger }) as unknown as Db;
    query = async (text, params) => (await client.query<Record<string, unknown>>(text, params)).rows;
    close = () => client.close();
  }
  return {
    kind: 'url' in target ? 'postgres' as const : 'pglite' as const, db, query, close,
    /** the statements sent since the last call */
    take: () => {
      const taken = statements;
      statements = [];
      return taken;
    },
  };
}

type Capturing = Awaited<ReturnType<typeof openCapturing>>;

/** Facts of the dataset the paths ask about; the funder analyst and the planner are added if missing (password of the generated users). */
async function prepare(capturing: Capturing): Promise<{ facts: DatasetFacts; emails: Record<keyof typeof USERS, string> }> {
  const { query } = capturing;
  const [hash] = await query(`SELECT password_hash FROM users WHERE email LIKE '%@bench.lv' ORDER BY email LIMIT 1`);
  for (const [role, kind, email] of [['funder_analyst', 'funder', 'plans.funder@bench.lv'], ['planner', 'planning_region', 'plans.planner@bench.lv']] as const) {
    await query(`INSERT INTO users (email, organisation_id, roles, display_name, password_hash)
      SELECT $1, (SELECT id FROM organisations WHERE kind = $2 ORDER BY id LIMIT 1), ARRAY[$3], 'Plāni', $4
      WHERE NOT EXISTS (SELECT 1 FROM users WHERE $3 = ANY(roles)) ON CONFLICT (email) DO NOTHING`, [email, kind, role, hash!.password_hash]);
  }
  const emails = {} as Record<keyof typeof USERS, string>;
  for (const [key, text] of Object.entries(USERS)) {
    const [row] = await query(text);
    if (!row) throw new Error(`no ${key} in the dataset: generate it first (npm run generate)`);
    emails[key as keyof typeof USERS] = row.email as string;
  }
  // a person of Rīga's social service with a code and a birth date, the municipal worker's scope
  const [person] = await query(`SELECT p.id, p.birth_date::text AS birth_date, pc.code FROM persons p JOIN person_codes pc ON pc.person_id = p.id
    JOIN organisations o ON o.id = p.organisation_id WHERE o.municipality_atvk = '0001000' AND p.birth_date IS NOT NULL ORDER BY p.id LIMIT 1`);
  if (!person) throw new Error('no person with a code in Rīga: generate the dataset first');
  const today = new Date().toISOString().slice(0, 10);
  return { facts: { today, code: person.code as string, birthDate: person.birth_date as string, personId: person.id as string }, emails };
}

/**
 * Sends each hot path's request as its user and explains every statement it sent: the plan as text with the
 * planner's defaults (what runs), and the sequential scans of tables not in SMALL_TABLES **with
 * `enable_seqscan = off`** — then the planner picks a sequential scan only where no index can serve the query, at
 * any size of the data (on a small dataset it would otherwise prefer scanning, rightly).
 */
export async function explainHotPaths(capturing: Capturing, dataDir: string, onPath: (name: string) => void = () => {}): Promise<ExplainedPath[]> {
  const { facts, emails } = await prepare(capturing);
  const config = { ...loadConfig({}), DEMO: 'off' as const, DATA_DIR: dataDir, LOG_LEVEL: 'silent' as const };
  const app = await buildApp({ db: capturing.db, config, now: () => new Date() }, { serveWeb: false });
  const results: ExplainedPath[] = [];
  try {
    const cookies = new Map<string, string>();
    let address = 0;
    for (const path of HOT_PATHS) {
      onPath(path.name);
      const email = emails[path.user];
      if (!cookies.has(email)) {
        const login = await app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: `127.2.0.${++address}`, payload: { email, password: DEMO_PASSWORD } });
        if (login.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${login.statusCode} ${login.body}`);
        cookies.set(email, `sid=${login.cookies.find((c) => c.name === 'sid')!.value}`);
      }
      capturing.take(); // not the sign-in's
      // twice, the statements of both kept: the first reads what the process then caches for a while (the session,
      // the search dictionary's matches), the second what every request reads
      const url = path.url(facts);
      await app.inject({ method: 'GET', url, headers: { cookie: cookies.get(email)! } });
      const res = await app.inject({ method: 'GET', url, headers: { cookie: cookies.get(email)! } });
      const seen = new Set<string>();
      const statements: ExplainedStatement[] = [];
      for (const statement of capturing.take()) {
        if (!/^\s*(select|with|insert|update|delete)\b/i.test(statement.sql) || seen.has(statement.sql)) continue;
        seen.add(statement.sql);
        statements.push({ ...statement, ...(await explain(capturing, statement)) });
      }
      results.push({ name: path.name, url, status: res.statusCode, statements });
    }
  } finally {
    await app.close();
  }
  return results;
}

async function explain(capturing: Capturing, statement: Statement): Promise<{ plan: string; seqScans: string[] }> {
  const { query } = capturing;
  const text = await query(`EXPLAIN ${statement.sql}`, statement.params);
  await query('SET enable_seqscan = off');
  try {
    const [row] = await query(`EXPLAIN (FORMAT JSON) ${statement.sql}`, statement.params);
    const json = row!['QUERY PLAN'];
    const plan = (typeof json === 'string' ? JSON.parse(json) : json) as { Plan: PlanNode }[];
    const seqScans = new Set<string>();
    const walk = (node: PlanNode) => {
      if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] && !SMALL_TABLES.has(node['Relation Name'])) seqScans.add(node['Relation Name']);
      for (const child of node.Plans ?? []) walk(child);
    };
    walk(plan[0]!.Plan);
    return { plan: text.map((r) => r['QUERY PLAN']).join('\n'), seqScans: [...seqScans] };
  } finally {
    await query('RESET enable_seqscan');
  }
}

interface PlanNode { 'Node Type': string; 'Relation Name'?: string; Plans?: PlanNode[] }

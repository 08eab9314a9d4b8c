/**
 * `npm run generate -- [--persons 2000000] [--cases N] [--seed 2026] [--fresh] [--service-rows 10000000] [--org-served 5000] [--no-service]`
 * `npm run generate -- --service-only [--service-rows N] [--org-served N]` — (re)writes only the Housing First service
 * data (move-ins, visits, contacts, offers, plans, reviews, assessments) into an existing bench database.
 * `npm run generate -- --programmes-only` — (re)writes only the other programmes (the Individual Programme, the Individual
 * Budget, family support, regional planning) and Housing First's client questionnaires into a database the person and
 * Housing First stages filled; `--no-programmes` leaves them out of a full run.
 *
 * Fills a database with a national-scale, realistic dataset: households, persons with Latvian names,
 * personal codes of both formats, relations, organisations in every municipality, users and cases
 * with their teams. DATABASE_URL → that PostgreSQL database (created if missing); otherwise the
 * embedded PGlite database in DATA_DIR (its lock file refuses a folder the server holds).
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { personSearchKey, validatePersonalCode } from '@socrehab/domain';
import { loadConfig } from '../apps/server/src/config';
import { openEmbeddedDatabase, openServerDatabase, type Database } from '../apps/server/src/db/database';
import { migrate } from '../apps/server/src/db/migrate';
import { hashPassword } from '../apps/server/src/modules/auth/passwords';
import { DEMO_PASSWORD } from '../apps/server/src/modules/demo/demo.seed';
import { syncReferenceData } from '../apps/server/src/modules/reference/reference.repository';
import { buildProgrammeStages, PROGRAMME_CODES, PROGRAMME_REFERENCES, PROGRAMME_TABLES, REMOVE_PROGRAMMES } from './generate.programmes';
import { buildServiceStages, buildStages, SERVICE_TABLES, UID_FUNCTION, type Stage } from './generate.stages';

const LOADED_TABLES = ['person_search_names', 'person_search_words', 'person_search_name_words', 'households', 'persons', 'person_codes', 'person_relations', 'cases', 'case_team_members', 'users', 'organisations'];

function parseArgs(argv: string[]) {
  const value = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`);
    const n = i >= 0 ? Number(argv[i + 1]?.replace(/_/g, '')) : fallback;
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} needs a whole number`);
    return n;
  };
  const persons = value('persons', 2_000_000);
  const serviceOnly = argv.includes('--service-only');
  const programmesOnly = argv.includes('--programmes-only');
  if ((serviceOnly || programmesOnly) && argv.includes('--fresh')) throw new Error('--service-only and --programmes-only add to an existing database: drop --fresh');
  if (serviceOnly && programmesOnly) throw new Error('--service-only and --programmes-only: one at a time');
  return {
    persons, cases: value('cases', Math.round(persons / 10)), seed: value('seed', 2026), fresh: argv.includes('--fresh'),
    serviceOnly, programmesOnly, service: !programmesOnly && !argv.includes('--no-service'), programmes: !serviceOnly && !argv.includes('--no-programmes'),
    serviceRows: value('service-rows', 10_000_000), orgServed: value('org-served', 5_000),
  };
}

type Rows<T> = { rows: T[] };
async function query<T>(database: Database, text: string): Promise<T[]> {
  try {
    return ((await database.db.execute(sql.raw(text))) as unknown as Rows<T>).rows;
  } catch (error) {
    const cause = (error as { cause?: Error }).cause ?? (error as Error);
    throw new Error(`${cause.message}\n  in: ${text.replace(/\s+/g, ' ').slice(0, 300)}…`);
  }
}

async function ensureServerDatabase(url: string, fresh: boolean) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsupported database name "${name}"`);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  try {
    if (fresh) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}

type Reference = [string, string, string, string];
const CORE_REFERENCES: Reference[] = [
  ['persons', 'organisation_id', 'organisations', 'id'], ['persons', 'household_id', 'households', 'id'], ['persons', 'created_by', 'users', 'id'],
  ['person_codes', 'person_id', 'persons', 'id'], ['person_relations', 'person_id', 'persons', 'id'], ['person_relations', 'related_person_id', 'persons', 'id'],
  ['cases', 'person_id', 'persons', 'id'], ['cases', 'organisation_id', 'organisations', 'id'], ['case_team_members', 'case_id', 'cases', 'id'],
  ['case_team_members', 'user_id', 'users', 'id'], ['users', 'organisation_id', 'organisations', 'id'], ['households', 'organisation_id', 'organisations', 'id'],
];
const SERVICE_REFERENCES: Reference[] = [
  ['cases', 'dwelling_id', 'dwellings', 'id'], ['cases', 'settings_id', 'programme_settings', 'id'], ['dwellings', 'created_by', 'users', 'id'],
  ['move_ins', 'case_id', 'cases', 'id'], ['move_ins', 'dwelling_id', 'dwellings', 'id'], ['move_ins', 'recorded_by', 'users', 'id'],
  ['visit_slots', 'case_id', 'cases', 'id'], ['visit_slots', 'set_by', 'users', 'id'],
  ['visits', 'case_id', 'cases', 'id'], ['visits', 'recorded_by', 'users', 'id'], ['visits', 'organisation_id', 'organisations', 'id'],
  ['contacts', 'case_id', 'cases', 'id'], ['contacts', 'visit_id', 'visits', 'id'], ['contacts', 'worker_id', 'users', 'id'], ['contacts', 'justified_by', 'users', 'id'],
  ['escalation_extensions', 'case_id', 'cases', 'id'], ['support_offers', 'case_id', 'cases', 'id'], ['support_offers', 'recorded_by', 'users', 'id'],
  ['rehabilitation_plans', 'case_id', 'cases', 'id'], ['plan_reviews', 'case_id', 'cases', 'id'],
  ['initial_assessments', 'case_id', 'cases', 'id'], ['functioning_assessments', 'case_id', 'cases', 'id'],
];

const started = Date.now();
const elapsed = (from = started) => `${((Date.now() - from) / 1000).toFixed(1)} s`;
const log = (line: string) => console.log(`[${elapsed().padStart(8)}] ${line}`);

const args = parseArgs(process.argv.slice(2));
const config = loadConfig();
if (config.DATABASE_URL) await ensureServerDatabase(config.DATABASE_URL, args.fresh);
// one connection: the session settings below must hold for every statement
const database = config.DATABASE_URL ? openServerDatabase(config.DATABASE_URL, 1) : await openEmbeddedDatabase(config.DATA_DIR);
log(`${database.kind === 'postgres' ? new URL(config.DATABASE_URL!).pathname.slice(1) : config.DATA_DIR}: ${args.serviceOnly || args.programmesOnly ? 'adding to it' : `${args.persons.toLocaleString('lv')} persons, ${args.cases.toLocaleString('lv')} cases`}, seed ${args.seed}`);
try {
  await migrate(database);
  await syncReferenceData(database.db);
  const [existing] = await query<{ n: number }>(database, 'SELECT count(*)::int AS n FROM persons');
  const addOnly = args.serviceOnly || args.programmesOnly;
  if (addOnly && existing!.n === 0) throw new Error('--service-only and --programmes-only need a database npm run generate filled first.');
  if (!addOnly && existing!.n > 0) throw new Error(`The database already holds ${existing!.n} persons. Use --fresh (server) or an empty DATA_DIR, or --service-only / --programmes-only.`);
  const persons = addOnly ? existing!.n : args.persons;

  const big = database.kind === 'postgres';
  // The rows are consistent by construction: foreign-key triggers are skipped during the load
  // (session_replication_role) and checked once at the end instead.
  for (const setting of ['session_replication_role = replica', 'synchronous_commit = off', `work_mem = '${big ? '512MB' : '64MB'}'`,
    `maintenance_work_mem = '${big ? '1GB' : '256MB'}'`, `setseed(${(args.seed % 1000) / 1000})`]) {
    await query(database, setting.startsWith('setseed') ? `SELECT ${setting}` : `SET ${setting}`);
  }
  await query(database, UID_FUNCTION);
  if (args.serviceOnly) {
    // the service data is replaced as a whole (the bench database's dwellings come from this stage only)
    await query(database, `TRUNCATE ${SERVICE_TABLES.filter((t) => t !== 'dwellings').concat('dwelling_keys', 'dwelling_offers').join(', ')}`);
    await query(database, 'UPDATE cases SET dwelling_id = NULL, settings_id = NULL WHERE dwelling_id IS NOT NULL');
    await query(database, 'DELETE FROM dwellings');
    log('previous service data removed');
  }
  if (args.programmesOnly) {
    for (const statement of REMOVE_PROGRAMMES) await query(database, statement);
    log('previous programme data removed');
  }

  // Secondary indexes are dropped during the load and rebuilt after it (faster than maintaining them row by row).
  const tables = [...(addOnly ? [] : LOADED_TABLES), ...(args.service ? SERVICE_TABLES : []), ...(args.programmes ? PROGRAMME_TABLES : [])];
  const indexes = await query<{ indexname: string; indexdef: string }>(database, `
    SELECT i.indexname, i.indexdef FROM pg_indexes i
    WHERE i.schemaname = 'public' AND i.tablename IN (${tables.map((t) => `'${t}'`).join(',')})
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`);
  for (const { indexname } of indexes) await query(database, `DROP INDEX ${indexname}`);
  log(`dropped ${indexes.length} secondary indexes for the load`);

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const today = new Date().toISOString().slice(0, 10);
  const stages: Stage[] = [...(addOnly ? [] : buildStages(args, today)), ...(args.service ? buildServiceStages(args, today) : []),
    ...(args.programmes ? buildProgrammeStages({ persons }, today) : [])];
  for (const stage of stages) {
    if (stage.skipUnless && !Number((await query<{ n: number }>(database, stage.skipUnless))[0]!.n)) continue;
    const t = Date.now();
    for (const statement of stage.sql) await query(database, statement.replaceAll(':passwordHash', `'${passwordHash}'`));
    const n = stage.count ? (await query<{ n: string }>(database, stage.count))[0]!.n : null;
    log(`${stage.name}${n ? `: ${Number(n).toLocaleString('lv')} rows` : ''} (${elapsed(t)})`);
  }

  // the load skipped the trigger that keeps the dictionary of search keys (migration 0002)
  if (!addOnly) {
    await query(database, 'INSERT INTO person_search_names (search_name) SELECT DISTINCT search_name FROM persons ON CONFLICT DO NOTHING');
    // … and its words, kept by a trigger on the dictionary (migration 0034)
    await query(database, 'SELECT person_search_words_fill()');
    log('dictionary of search keys and their words filled');
  }
  // … and the triggers that keep each case's worklist facts (migration 0012): every case's copy starts stale
  await query(database, `SELECT count(case_worklist_facts_changed(id)) FROM cases${args.programmesOnly ? ` WHERE programme IN (${PROGRAMME_CODES.map((c) => `'${c}'`).join(',')})` : ''}`);
  log('worklist facts of every case marked to be read');
  for (const { indexname, indexdef } of indexes) {
    const t = Date.now();
    await query(database, indexdef);
    log(`index ${indexname} (${elapsed(t)})`);
  }
  await query(database, 'SET session_replication_role = DEFAULT');
  await checkForeignKeys(database, addOnly ? [] : CORE_REFERENCES, args.service ? SERVICE_REFERENCES : [], args.programmes ? PROGRAMME_REFERENCES : []);
  const t = Date.now();
  const vacuumed = [...(args.service ? SERVICE_TABLES : []), ...(args.programmes ? [...PROGRAMME_TABLES, 'service_agreements', 'case_team_members', 'users'] : []), 'cases', 'case_worklist_facts'];
  await query(database, addOnly ? `VACUUM (ANALYZE) ${vacuumed.join(', ')}` : 'VACUUM (ANALYZE)');
  log(`VACUUM ANALYZE (${elapsed(t)})`);
  if (!addOnly) await verifyAgainstDomain(database);
  if (args.service) await describeService(database);
  if (args.programmes) await describeProgrammes(database);
  const [size] = await query<{ size: string }>(database, 'SELECT pg_size_pretty(pg_database_size(current_database())) AS size');
  log(`done in ${elapsed()}; database size ${size?.size ?? '?'}`);
} catch (error) {
  console.error(`generate failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}

/** The load skipped foreign-key triggers; one anti-join per reference proves every link resolves. */
async function checkForeignKeys(db: Database, ...groups: Reference[][]) {
  for (const [table, column, target, key] of groups.flat()) {
    const [row] = await query<{ n: number }>(db, `SELECT count(*)::int AS n FROM ${table} t WHERE t.${column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${target} x WHERE x.${key} = t.${column})`);
    if (row!.n) throw new Error(`${row!.n} rows of ${table}.${column} point nowhere`);
  }
  log('foreign keys: every reference resolves');
}

/** What the service stage wrote, and the organisation the bench's organisation worklist reads. */
async function describeService(db: Database) {
  const [counts] = await query<Record<string, number>>(db, `SELECT (SELECT count(*)::int FROM move_ins) AS "served cases", (SELECT count(*)::int FROM visits) AS visits,
    (SELECT count(*)::int FROM contacts) AS contacts, (SELECT count(*)::int FROM escalation_extensions) AS extensions, (SELECT count(*)::int FROM support_offers) AS offers,
    (SELECT count(*)::int FROM rehabilitation_plans) AS "plan versions", (SELECT count(*)::int FROM plan_reviews) AS "plan reviews",
    (SELECT count(*)::int FROM functioning_assessments) AS "re-assessments"`);
  log(`service: ${Object.entries(counts!).map(([k, v]) => `${Number(v).toLocaleString('lv')} ${k}`).join(', ')}`);
  const [big] = await query<{ name: string; n: number }>(db, `SELECT o.name, count(*)::int AS n FROM cases c JOIN move_ins m ON m.case_id = c.id JOIN organisations o ON o.id = c.organisation_id
    WHERE c.closed_on IS NULL GROUP BY o.name ORDER BY n DESC LIMIT 1`);
  log(`largest organisation worklist: ${big?.name} with ${big?.n.toLocaleString('lv')} open served cases`);
}

/** What the programme stages wrote, and the worker whose worklist spans the most programmes (the bench's multi-programme worklist). */
async function describeProgrammes(db: Database) {
  const counts = await query<{ programme: string; cases: number; open: number }>(db, `SELECT programme, count(*)::int AS cases, count(*) FILTER (WHERE closed_on IS NULL)::int AS open
    FROM cases GROUP BY programme ORDER BY programme`);
  log(`cases by programme: ${counts.map((c) => `${c.programme} ${c.cases.toLocaleString('lv')} (${c.open.toLocaleString('lv')} open)`).join(', ')}`);
  const [worker] = await query<{ email: string; programmes: string[]; cases: number }>(db, `SELECT u.email, array_agg(DISTINCT c.programme ORDER BY c.programme) AS programmes, count(*)::int AS cases
    FROM case_team_members t JOIN cases c ON c.id = t.case_id JOIN users u ON u.id = t.user_id
    WHERE t.to_date IS NULL AND c.closed_on IS NULL GROUP BY u.email ORDER BY count(DISTINCT c.programme) DESC, count(*) DESC, u.email LIMIT 1`);
  if (worker) log(`the worker with the most programmes: ${worker.email} — ${worker.cases} open cases in ${worker.programmes.join(', ')}`);
}

/** The SQL-built columns equal what the application would write: search keys and personal codes. */
async function verifyAgainstDomain(db: Database) {
  const names = await query<{ given_names: string; surnames: string; search_name: string }>(db, 'SELECT DISTINCT given_names, surnames, search_name FROM persons');
  const wrongKey = names.find((r) => personSearchKey({ givenNames: r.given_names, surnames: r.surnames }) !== r.search_name);
  if (wrongKey) throw new Error(`search_name differs from personSearchKey for ${JSON.stringify(wrongKey)}`);
  const codes = await query<{ personal_code: string; birth_date: string | null }>(db, 'SELECT personal_code, birth_date::text AS birth_date FROM persons WHERE personal_code IS NOT NULL');
  let old = 0;
  for (const { personal_code: code, birth_date: birthDate } of codes) {
    const parsed = validatePersonalCode(code);
    if (!parsed.ok || parsed.warnings.length || (parsed.format === 'old' && parsed.birthDate !== birthDate)) {
      throw new Error(`personal code ${code} (born ${birthDate}) is not valid: ${JSON.stringify(parsed)}`);
    }
    if (parsed.format === 'old') old++;
  }
  const [{ n } = { n: 0 }] = await query<{ n: number }>(db, 'SELECT count(*)::int AS n FROM persons');
  log(`verified: ${names.length} distinct names fold exactly as personSearchKey; ${codes.length.toLocaleString('lv')} codes valid (${old.toLocaleString('lv')} old format with their birth date, ${(codes.length - old).toLocaleString('lv')} new), ${((codes.length / n) * 100).toFixed(0)} % of persons`);
}

/**
 * `npx tsx bench/queries.ts` — the database side alone: times the repository's own search and
 * person-page reads (no HTTP, no session, no audit) for the bench users, per scope and query kind,
 * on one connection, one query at a time. Shows what the SQL costs apart from everything around it.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { parseSearchQuery, type Actor, type OrganisationKind, type Role } from '@socrehab/domain';
import { openServerDatabase } from '../apps/server/src/db/database';
import { findPersons, getPersonById } from '../apps/server/src/modules/persons/persons.repository';
import { buildSearchQueries, percentile } from './workload';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/socrehab_bench';
const EMAILS: Record<string, string> = {
  'case team': `SELECT u.email FROM users u JOIN case_team_members m ON m.user_id = u.id WHERE 'social_worker' = ANY(u.roles) AND m.to_date IS NULL GROUP BY u.email ORDER BY count(*) DESC, u.email LIMIT 1`,
  'provider manager': `SELECT u.email FROM users u JOIN organisations o ON o.id = u.organisation_id JOIN cases c ON c.organisation_id = o.id WHERE 'manager' = ANY(u.roles) AND o.kind = 'service_provider' GROUP BY u.email ORDER BY count(*) DESC, u.email LIMIT 1`,
  'Rīga service manager': `SELECT u.email FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE 'manager' = ANY(u.roles) AND o.kind = 'municipal_social_service' AND o.municipality_atvk = '0001000' ORDER BY u.email LIMIT 1`,
  'Rīga municipal worker': `SELECT u.email FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE 'municipal_social_worker' = ANY(u.roles) AND o.municipality_atvk = '0001000' ORDER BY u.email LIMIT 1`,
};

const client = new pg.Client({ connectionString: DATABASE_URL });
await client.connect();
const database = openServerDatabase(DATABASE_URL, 1);
const today = new Date().toISOString().slice(0, 10);
const ms = (n: number) => n.toFixed(1).padStart(6);

console.log('| scope | kind | queries | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|---|');
for (const [scope, text] of Object.entries(EMAILS)) {
  const { rows: [row] } = await client.query(`SELECT u.id, u.roles, o.id AS org, o.kind, o.municipality_atvk FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.email = (${text})`);
  const actor: Actor = { userId: row.id, organisationId: row.org, organisationKind: row.kind as OrganisationKind, municipalityAtvk: row.municipality_atvk, roles: row.roles as Role[] };
  const visible = await findPersons(database.db, actor, today, null, { limit: 300, offset: 0 });
  const timings = new Map<string, number[]>();
  const time = async (kind: string, run: () => Promise<unknown>) => {
    const t = performance.now();
    await run();
    if (!timings.has(kind)) timings.set(kind, []);
    timings.get(kind)!.push(performance.now() - t);
  };
  const queries = buildSearchQueries(visible.map((v) => ({ ...v, birthDate: v.birthDate })), 7, 300).map((p) => decodeURIComponent(p.split('q=')[1]!));
  for (const q of queries.slice(0, 20)) await findPersons(database.db, actor, today, parseSearchQuery(q), { limit: 21, offset: 0 }); // warm-up
  for (const q of queries) {
    const parsed = parseSearchQuery(q);
    await time(parsed?.kind ?? 'recent', () => findPersons(database.db, actor, today, parsed, { limit: 21, offset: 0 }));
  }
  for (const v of visible.slice(0, 200)) await time('page: person by id', () => getPersonById(database.db, actor, today, v.id));
  for (const [kind, list] of timings) {
    list.sort((a, b) => a - b);
    console.log(`| ${scope} | ${kind} | ${list.length} | ${ms(percentile(list, 50))} | ${ms(percentile(list, 95))} | ${ms(list.at(-1)!)} |`);
  }
}
await client.end();
await database.close();

/**
 * `npx tsx bench/worklist-queries.ts` — the worklist's SQL alone (HF-3.2): times each statement the
 * organisation worklist runs for the largest organisation, and the whole use case, on one connection.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openServerDatabase } from '../apps/server/src/db/database';
import { findServiceFacts } from '../apps/server/src/programmes/housing-first/visits/visits.repository';
import { findPlanFacts } from '../apps/server/src/programmes/housing-first/plans/plans.repository';
import { worklistFactsOf } from '../apps/server/src/programmes/housing-first/worklists/worklist-facts.repository';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/socrehab_bench';
const asOf = new Date().toISOString().slice(0, 10);
const client = new pg.Client({ connectionString: DATABASE_URL });
await client.connect();
const { rows: [org] } = await client.query(`SELECT c.organisation_id AS id, count(*)::int AS n FROM cases c JOIN move_ins m ON m.case_id = c.id
  WHERE c.closed_on IS NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 1`);
const { rows: served } = await client.query<{ id: string }>(`SELECT c.id FROM cases c JOIN move_ins m ON m.case_id = c.id AND m.moved_in_on <= $2
  WHERE c.organisation_id = $1 AND c.opened_on <= $2 AND (c.closed_on IS NULL OR c.closed_on > $2)`, [org.id, asOf]);
await client.end();
const database = openServerDatabase(DATABASE_URL, 1);
const ids = served.map((r) => r.id);
const time = async (name: string, run: () => Promise<unknown>, times = 5) => {
  const all: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await run();
    all.push(performance.now() - t);
  }
  all.sort((a, b) => a - b);
  console.log(`| ${name} | ${ids.length} | ${all[0]!.toFixed(1)} | ${all[Math.floor(all.length / 2)]!.toFixed(1)} | ${all.at(-1)!.toFixed(1)} |`);
};
console.log('| statement | cases | min ms | median ms | max ms |\n|---|---|---|---|---|');
await time('service facts (visits, contacts, hours, extensions), first met of all', () => findServiceFacts(database.db, ids, asOf));
await time('service facts, first met of none', () => findServiceFacts(database.db, ids, asOf, []));
await time('plan facts (offers, plan, review, assessment)', () => findPlanFacts(database.db, ids, asOf));
await time('served cases with the kept record (migrations 0012, 0036)', () => database.db.execute(sql`SELECT c.id, c.case_number,
  w.version::text, CASE WHEN w.facts_version = w.version THEN w.facts END, w.last_fact_on::text
  FROM cases c JOIN move_ins mi ON mi.case_id = c.id AND mi.moved_in_on <= ${asOf}
  LEFT JOIN case_worklist_facts w ON w.case_id = c.id
  WHERE c.organisation_id = ${org.id} AND c.opened_on <= ${asOf} AND (c.closed_on IS NULL OR c.closed_on > ${asOf})`));
await time('every record read afresh (what the first request after a load pays; not stored here)', () =>
  worklistFactsOf(database.db, ids.map((id) => ({ id, factsVersion: null, keptCurrent: null, keptFacts: null, keptLastFactOn: null }))), 3);
await database.close();

/**
 * `npx tsx bench/worklist-check.ts [--as-of 2026-11-25]` — the worklist's bulk reads against the whole
 * history on the bench data (HF-3.2, HF-2.2, HF-2.4): for every open served case of the largest
 * organisation, the rules applied to what `findServiceFacts` and `findPlanFacts` read must give exactly
 * what they give on every visit, contact, offer, plan, review and assessment ever recorded — and so must
 * the record kept per case (migration 0012, read here without storing it) wherever it holds on that day.
 */
import { sql } from 'drizzle-orm';
import { computeCaseWorklist, HOUSING_FIRST_PILOT_SETTINGS as S, type CaseFacts, type VisitOutcome } from '@socrehab/domain/programmes/housing-first/index';
import { openServerDatabase } from '../apps/server/src/db/database';
import { findServiceFacts } from '../apps/server/src/programmes/housing-first/visits/visits.repository';
import { findPlanFacts } from '../apps/server/src/programmes/housing-first/plans/plans.repository';
import { holdsOn, worklistFactsOf } from '../apps/server/src/programmes/housing-first/worklists/worklist-facts.repository';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/socrehab_bench';
const i = process.argv.indexOf('--as-of');
const asOf = i >= 0 ? process.argv[i + 1]! : new Date().toISOString().slice(0, 10);
const database = openServerDatabase(DATABASE_URL, 1);
const q = async <T>(query: ReturnType<typeof sql>) => ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;

const [org] = await q<{ id: string }>(sql`SELECT c.organisation_id AS id FROM cases c JOIN move_ins m ON m.case_id = c.id WHERE c.closed_on IS NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
const cases = await q<{ id: string; moved_in_on: string; closed_on: string | null }>(sql`SELECT c.id, m.moved_in_on::text, c.closed_on::text FROM cases c JOIN move_ins m ON m.case_id = c.id
  WHERE c.organisation_id = ${org!.id} AND c.opened_on <= ${asOf} AND (c.closed_on IS NULL OR c.closed_on > ${asOf}) AND m.moved_in_on <= ${asOf} ORDER BY c.id`);
const ids = cases.map((c) => c.id);
const arr = `{${ids.join(',')}}`;
const group = <T extends { case_id: string }>(rows: T[]) => {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(r.case_id);
    if (list) list.push(r);
    else map.set(r.case_id, [r]);
  }
  return (id: string) => map.get(id) ?? [];
};
// the whole history, as the worklist read it before (every row up to asOf)
const visits = group(await q<{ case_id: string; on: string; outcome: string; health_risk: boolean }>(sql`SELECT case_id, visited_on::text AS on, outcome, health_risk FROM visits WHERE case_id = ANY(${arr}::uuid[]) AND visited_on <= ${asOf}`));
const contacts = group(await q<{ case_id: string; on: string; hours: string; reached_person: boolean }>(sql`SELECT case_id, contact_on::text AS on, hours::text, reached_person FROM contacts WHERE case_id = ANY(${arr}::uuid[]) AND contact_on <= ${asOf}`));
const extensions = group(await q<{ case_id: string; on: string; reason: string }>(sql`SELECT case_id, recorded_on::text AS on, reason FROM escalation_extensions WHERE case_id = ANY(${arr}::uuid[]) AND recorded_on <= ${asOf}`));
const offers = group(await q<{ case_id: string; offered: string; on: string; answer: string }>(sql`SELECT case_id, offered, offered_on::text AS on, answer FROM support_offers WHERE case_id = ANY(${arr}::uuid[]) AND offered_on <= ${asOf} ORDER BY created_at, id`));
const plans = group(await q<{ case_id: string; started_on: string; ended_on: string | null; version: number }>(sql`SELECT case_id, started_on::text, ended_on::text, version FROM rehabilitation_plans WHERE case_id = ANY(${arr}::uuid[]) AND started_on <= ${asOf}`));
const reviews = group(await q<{ case_id: string; on: string }>(sql`SELECT case_id, reviewed_on::text AS on FROM plan_reviews WHERE case_id = ANY(${arr}::uuid[]) AND reviewed_on <= ${asOf}`));
const assessments = group(await q<{ case_id: string; on: string }>(sql`SELECT case_id, assessed_on::text AS on FROM initial_assessments WHERE case_id = ANY(${arr}::uuid[]) AND assessed_on <= ${asOf}
  UNION ALL SELECT case_id, assessed_on::text FROM functioning_assessments WHERE case_id = ANY(${arr}::uuid[]) AND assessed_on <= ${asOf}`));

const plan = await findPlanFacts(database.db, ids, asOf);
const service = await findServiceFacts(database.db, ids, asOf, ids.filter((id) => !plan.get(id)?.planOfferedOn));
const kept = await worklistFactsOf(database.db, ids.map((id) => ({ id, factsVersion: null, keptCurrent: null, keptFacts: null, keptLastFactOn: null })));
let items = 0;
let differ = 0;
let keptHold = 0;
for (const c of cases) {
  const active = plans(c.id).filter((p) => !p.ended_on || p.ended_on > asOf).sort((a, b) => a.version - b.version)[0];
  const whole: CaseFacts = {
    caseId: c.id, movedInOn: c.moved_in_on, closedOn: c.closed_on,
    visits: visits(c.id).map((v) => ({ on: v.on, outcome: v.outcome as VisitOutcome, healthRisk: v.health_risk })),
    contacts: contacts(c.id).map((x) => ({ on: x.on, hours: Number(x.hours), reachedPerson: x.reached_person })),
    extensions: extensions(c.id).map((e) => ({ on: e.on, reason: e.reason })),
    planOfferedOn: offers(c.id).filter((o) => o.offered === 'initial_plan').map((o) => o.on).sort()[0] ?? null,
    activePlanStartedOn: active?.started_on ?? null, planReviews: reviews(c.id).map((r) => r.on), assessments: assessments(c.id).map((a) => a.on),
    serviceOffers: offers(c.id).filter((o) => o.offered !== 'initial_plan' && o.offered !== 'wrap').map((o) => ({ service: o.offered, answeredOn: o.on, answer: o.answer as 'accepted' | 'declined' | 'later' })),
  };
  const p = plan.get(c.id);
  const read: CaseFacts = {
    caseId: c.id, movedInOn: c.moved_in_on, closedOn: c.closed_on,
    visits: service.visits.filter((v) => v.caseId === c.id).map((v) => ({ on: v.on, outcome: v.outcome as VisitOutcome, healthRisk: v.healthRisk })),
    contacts: service.contacts.filter((x) => x.caseId === c.id), unlistedContactHours: service.unlistedContactHours.get(c.id) ?? 0,
    extensions: service.extensions.filter((e) => e.caseId === c.id), planOfferedOn: p?.planOfferedOn ?? null, activePlanStartedOn: p?.activePlanStartedOn ?? null,
    planReviews: p?.planReviews ?? [], assessments: p?.assessments ?? [], serviceOffers: p?.serviceOffers ?? [],
  };
  const expected = JSON.stringify(computeCaseWorklist(whole, S, asOf));
  items += computeCaseWorklist(whole, S, asOf).length;
  if (JSON.stringify(computeCaseWorklist(read, S, asOf)) !== expected) {
    if (differ++ < 3) console.log(`case ${c.id} differs:\n  whole ${expected}\n  read  ${JSON.stringify(computeCaseWorklist(read, S, asOf))}`);
  }
  const copy = kept.get(c.id)!;
  if (holdsOn(copy, asOf)) {
    keptHold++;
    const fromCopy = JSON.stringify(computeCaseWorklist({ caseId: c.id, movedInOn: c.moved_in_on, closedOn: c.closed_on, ...copy.facts! }, S, asOf));
    if (fromCopy !== expected && differ++ < 3) console.log(`case ${c.id} differs (kept record):\n  whole ${expected}\n  kept  ${fromCopy}`);
  }
}
console.log(`${cases.length} cases as of ${asOf} (the kept record holds for ${keptHold}): ${items} items from the whole history; ${differ} cases differ`);
await database.close();
if (differ) process.exitCode = 1;

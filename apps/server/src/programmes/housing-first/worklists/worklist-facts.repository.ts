import { and, eq, gt, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { CaseFacts } from '@socrehab/domain/programmes/housing-first/index';
import { uuidArray, type Reader } from '../../../db/database';
import { caseWorklistFacts, cases, moveIns } from '../../../db/schema';
import { statementOf } from '../../../db/statements';
import type { CaseScope } from '../../programme-module';
import { findPlanFacts } from '../plans/plans.repository';
import { findServiceFacts } from '../visits/visits.repository';
import { engagementHistoryColumns } from '../engagement/engagement.repository';

/**
 * The only file with SQL for `case_worklist_facts` (migrations 0012, 0036): each case's worklist record
 * summarised over everything recorded — read once, then kept until a trigger marks a change of the
 * case's facts (HF-3.2, HF-2.2, HF-2.4).
 */

/** A case's summarised record without the case's own fields (read live from the case). */
export type RecordedFacts = Omit<CaseFacts, 'caseId' | 'movedInOn' | 'closedOn'>;

/**
 * What the worklist keeps per case. `facts` hold for any day on or after `lastFactOn` (null: nothing recorded);
 * they are left unread (null) where they do not hold on the day asked — an earlier day reads its own.
 */
export interface WorklistFactsCopy { lastFactOn: string | null; facts: RecordedFacts | null }

/** A day after every fact: the record "as of no particular day" is the record as of this one. */
const AFTER_EVERYTHING = '9999-12-31';

/** Whether a case's kept record is its record as of `asOf`: nothing recorded after that day. */
export function holdsOn(copy: WorklistFactsCopy, asOf: string) {
  return copy.lastFactOn === null || copy.lastFactOn <= asOf;
}

/**
 * The cases' records summarised over everything recorded (the same reads as for a day, for a day after
 * every fact) and the newest day among their facts — a few statements for all of them together.
 */
async function readWorklistFacts(tx: Reader, caseIds: readonly string[]): Promise<Map<string, WorklistFactsCopy>> {
  const plans = await findPlanFacts(tx, caseIds, AFTER_EVERYTHING);
  const service = await findServiceFacts(tx, caseIds, AFTER_EVERYTHING);
  const { rows } = (await tx.execute(sql`
    SELECT c.id AS case_id,
      greatest(
        (SELECT max(visited_on) FROM visits WHERE case_id = c.id), (SELECT max(contact_on) FROM contacts WHERE case_id = c.id),
        (SELECT max(recorded_on) FROM escalation_extensions WHERE case_id = c.id), (SELECT max(offered_on) FROM support_offers WHERE case_id = c.id),
        (SELECT max(greatest(started_on, ended_on)) FROM rehabilitation_plans WHERE case_id = c.id), (SELECT max(reviewed_on) FROM plan_reviews WHERE case_id = c.id),
        (SELECT max(assessed_on) FROM initial_assessments WHERE case_id = c.id), (SELECT max(assessed_on) FROM functioning_assessments WHERE case_id = c.id)
      )::text AS last_fact_on
    FROM unnest(${uuidArray(caseIds)}) AS c (id)`)) as unknown as { rows: Array<{ case_id: string; last_fact_on: string | null }> };

  const copies = new Map<string, WorklistFactsCopy>();
  for (const row of rows) {
    const plan = plans.get(row.case_id);
    copies.set(row.case_id, {
      lastFactOn: row.last_fact_on,
      facts: {
        visits: [], contacts: [], extensions: [],
        unlistedContactHours: service.unlistedContactHours.get(row.case_id) ?? 0,
        planOfferedOn: plan?.planOfferedOn ?? null, activePlanStartedOn: plan?.activePlanStartedOn ?? null,
        planReviews: plan?.planReviews ?? [], assessments: plan?.assessments ?? [], serviceOffers: plan?.serviceOffers ?? [],
      },
    });
  }
  const factsOf = (caseId: string) => copies.get(caseId)!.facts! as unknown as { visits: unknown[]; contacts: unknown[]; extensions: unknown[] };
  for (const { caseId, ...v } of service.visits) factsOf(caseId).visits.push(v);
  for (const { caseId, ...x } of service.contacts) factsOf(caseId).contacts.push(x);
  for (const { caseId, ...e } of service.extensions) factsOf(caseId).extensions.push(e);
  return copies;
}

/**
 * The kept records of these cases, reading (and keeping) those that changed since, or were never read.
 * `kept` holds what the caller's statement found (`keptWorklistFacts`), with the version it found (null:
 * no row). A record is stored only under the version read before it — checked again in the same
 * statement — and a row another transaction is changing is skipped, not waited for: a copy is never
 * labelled newer than its facts.
 */
export async function worklistFactsOf(tx: Reader, kept: ReadonlyArray<{ id: string } & KeptWorklistFacts>): Promise<Map<string, WorklistFactsCopy>> {
  const copies = new Map<string, WorklistFactsCopy>();
  const stale = kept.filter((c) => !c.keptCurrent);
  for (const c of kept) if (c.keptCurrent) copies.set(c.id, { lastFactOn: c.keptLastFactOn, facts: c.keptFacts });
  if (stale.length === 0) return copies;
  const read = await readWorklistFacts(tx, stale.map((c) => c.id));
  for (const [id, copy] of read) copies.set(id, copy);
  const rows = stale.filter((c) => c.factsVersion !== null).map((c) => ({ case_id: c.id, version: c.factsVersion, ...toRow(read.get(c.id)!) }));
  if (rows.length) {
    await tx.execute(sql`
      UPDATE case_worklist_facts w SET facts = x.facts, last_fact_on = x.last_fact_on, facts_version = w.version
      FROM json_to_recordset(${JSON.stringify(rows)}::json) AS x (case_id uuid, version bigint, facts json, last_fact_on date)
      WHERE w.case_id = x.case_id AND w.version = x.version
        AND w.case_id IN (SELECT l.case_id FROM case_worklist_facts l WHERE l.case_id = ANY(${uuidArray(rows.map((r) => r.case_id))}) FOR UPDATE SKIP LOCKED)`);
  }
  return copies;
}

const toRow = (copy: WorklistFactsCopy) => ({ facts: copy.facts, last_fact_on: copy.lastFactOn });

/**
 * What the caller's statement selects of a case's row (`keptWorklistFactsOn`): whether the copy is current, and
 * its facts only where they hold on the day asked — an earlier day's list does not carry 5 000 copies it cannot use.
 */
export interface KeptWorklistFacts { factsVersion: string | null; keptCurrent: boolean | null; keptFacts: RecordedFacts | null; keptLastFactOn: string | null }

/** The columns the caller's statement selects, joined on `case_worklist_facts.case_id`, for a list as of `asOf`. */
const keptWorklistFactsOn = (asOf: SQL) => ({
  factsVersion: sql<string | null>`case_worklist_facts.version::text`,
  keptCurrent: sql<boolean | null>`case_worklist_facts.facts_version = case_worklist_facts.version`,
  keptFacts: sql<RecordedFacts | null>`CASE WHEN case_worklist_facts.facts_version = case_worklist_facts.version
    AND (case_worklist_facts.last_fact_on IS NULL OR case_worklist_facts.last_fact_on <= ${asOf}) THEN case_worklist_facts.facts END`,
  keptLastFactOn: sql<string | null>`case_worklist_facts.last_fact_on::text`,
});

/**
 * Cases being served on `asOf` in a scope — moved in by that day (a case imported without a move-in: its
 * service begun, migration 0015), open on it — with the inspection period agreed (HF-2.7) and their kept
 * worklist facts, if current (migration 0012). Every case counts (no limit); a case not yet moved in has
 * nothing due (HF-3.2 starts at the move-in); an ended case is not served. With each case its engagement
 * history (HF-2.2: the contract day, extensions, suspensions). Whose case it is, and whether
 * the viewer may see them, the core reads for the items shown. Built once per shape of the scope
 * (db/statements.ts).
 */
export async function findServedCases(db: Reader, scope: CaseScope, asOf: string) {
  const statement = statementOf(db, `hf-served-cases:${scope.shape}`, () => {
    const day = sql.placeholder('asOf');
    const servedFrom = sql<string>`least(${moveIns.movedInOn}, ${cases.serviceBeganOn})::text`;
    return db
      .select({
        id: cases.id, caseNumber: cases.caseNumber, settingsId: cases.settingsId, programme: cases.programme, openedOn: cases.openedOn, closedOn: cases.closedOn,
        personId: cases.personId, movedInOn: servedFrom, inspectionAfterDays: cases.inspectionAfterDays,
        ...engagementHistoryColumns(),
        ...keptWorklistFactsOn(sql`${day}::date`),
      })
      .from(cases)
      .leftJoin(moveIns, eq(moveIns.caseId, cases.id))
      .leftJoin(caseWorklistFacts, eq(caseWorklistFacts.caseId, cases.id))
      .where(and(
        scope.condition, lte(cases.openedOn, day), or(isNull(cases.closedOn), gt(cases.closedOn, day)),
        or(lte(moveIns.movedInOn, day), lte(cases.serviceBeganOn, day)),
      ));
  }, { named: scope.named });
  return statement.execute({ ...scope.values, asOf });
}

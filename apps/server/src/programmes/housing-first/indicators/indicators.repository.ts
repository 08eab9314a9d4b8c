import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { CLIENT_QUESTIONNAIRE } from '@socrehab/domain/programmes/housing-first/index';
import type { Db } from '../../../db/database';
import { cases, evaluations, municipalities, organisations, persons } from '../../../db/schema';

/** The only file with SQL for HF-4.2 the indicators: the facts of the programme's cases, one query per kind. */

export type IndicatorScope = { organisationId: string } | { municipalityAtvk: string } | null;

const HF = 'housing_first';
const scoped = (scope: IndicatorScope): SQL | undefined => {
  const programme = eq(cases.programme, HF);
  if (!scope) return programme;
  return 'organisationId' in scope ? and(programme, eq(cases.organisationId, scope.organisationId)) : and(programme, eq(cases.municipalityAtvk, scope.municipalityAtvk));
};

/** The scope as a condition on the cases `c` of the raw statements below. */
const scopedRaw = (scope: IndicatorScope): SQL =>
  !scope ? sql`c.programme = ${HF}` : 'organisationId' in scope ? sql`c.programme = ${HF} AND c.organisation_id = ${scope.organisationId}` : sql`c.programme = ${HF} AND c.municipality_atvk = ${scope.municipalityAtvk}`;

/*
 * The three reads of every case in scope are plain statements whose rows come as the driver gives them (days as
 * text), not through the query builder's mapping: for the 200 000 cases of the national bench that mapping was
 * ~0.3 s of a 2.6 s report (CPU profile, bench/README.md).
 */
const rowsOf = async <Row>(db: Db, statement: SQL) => ((await db.execute(statement)) as unknown as { rows: Row[] }).rows;

/** The programme's cases in scope: their provider's and municipality's keys (the names come once each, below). */
export function findIndicatorCases(db: Db, scope: IndicatorScope) {
  return rowsOf<{ caseId: string; organisationId: string; municipalityAtvk: string; openedOn: string; serviceBeganOn: string | null; closedOn: string | null }>(db, sql`
    SELECT c.id AS "caseId", c.organisation_id AS "organisationId", c.municipality_atvk AS "municipalityAtvk",
           c.opened_on::text AS "openedOn", c.service_began_on::text AS "serviceBeganOn", c.closed_on::text AS "closedOn"
    FROM cases c WHERE ${scopedRaw(scope)}`);
}

/** The names of the providers and the municipalities, for the groups of the report. */
export async function findGroupNames(db: Db) {
  const [providers, places] = await Promise.all([
    db.select({ id: organisations.id, name: organisations.name }).from(organisations),
    db.select({ atvk: municipalities.atvk, nameLv: municipalities.nameLv, nameEn: municipalities.nameEn }).from(municipalities),
  ]);
  return { providers: new Map(providers.map((p) => [p.id, p.name])), municipalities: new Map(places.map((m) => [m.atvk, m])) };
}

/** Each case's first move-in (a re-housed client moved in once, HF-3.2.6). */
export function findFirstMoveIns(db: Db, scope: IndicatorScope) {
  return rowsOf<{ caseId: string; movedInOn: string }>(db, sql`
    SELECT m.case_id AS "caseId", min(m.moved_in_on)::text AS "movedInOn"
    FROM move_ins m JOIN cases c ON c.id = m.case_id WHERE ${scopedRaw(scope)} GROUP BY m.case_id`);
}

/** The final endings' exit destinations (HF-3.3, HF-4.2 C). */
export function findFinalEndings(db: Db, scope: IndicatorScope) {
  return rowsOf<{ caseId: string; destination: string | null }>(db, sql`
    SELECT e.case_id AS "caseId", e.destination FROM case_endings e JOIN cases c ON c.id = e.case_id
    WHERE ${scopedRaw(scope)} AND e.status = 'final'`);
}

/** HF-4.3 (2) the client questionnaires of the cases in scope, for the indicators D–F: their days and answers. */
export function findClientQuestionnaires(db: Db, scope: IndicatorScope) {
  return db.select({ caseId: cases.id, recordedOn: evaluations.recordedOn, answers: evaluations.answers })
    .from(evaluations).innerJoin(cases, eq(cases.id, evaluations.caseId))
    .where(and(scoped(scope), eq(evaluations.programmeCode, HF), eq(evaluations.instrument, CLIENT_QUESTIONNAIRE)));
}

/** HF-4.2 the drill-down: the cases' numbers, their persons' names and municipalities. */
export function findCasesNamed(db: Db, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      caseId: cases.id, caseNumber: cases.caseNumber, givenNames: persons.givenNames, surnames: persons.surnames,
      municipalityAtvk: cases.municipalityAtvk, municipalityNameLv: municipalities.nameLv, municipalityNameEn: municipalities.nameEn,
    })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .leftJoin(municipalities, eq(municipalities.atvk, cases.municipalityAtvk))
    .where(and(eq(cases.programme, HF), inArray(cases.id, [...caseIds])));
}

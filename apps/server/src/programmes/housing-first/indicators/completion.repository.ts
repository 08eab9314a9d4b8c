import { and, asc, between, eq, gt, isNotNull, sql, type SQL } from 'drizzle-orm';
import { CLIENT_QUESTIONNAIRE } from '@socrehab/domain/programmes/housing-first/index';
import { uuidArray, type Db } from '../../../db/database';
import { caseEndings, cases, evaluations, moveIns, municipalities, organisations } from '../../../db/schema';

/** The only file with SQL for HF-4.4 the completion spreadsheet: the programme's cases that ended in a period, a page at a time. */

/** Whose cases: a provider's, a municipality's, or every provider's (funders and planners). */
export type CompletionScope = { organisationId: string } | { municipalityAtvk: string };

const inScope = (scope: CompletionScope): SQL | undefined => {
  const programme = eq(cases.programme, 'housing_first');
  return 'organisationId' in scope ? and(programme, eq(cases.organisationId, scope.organisationId)) : and(programme, eq(cases.municipalityAtvk, scope.municipalityAtvk));
};

/**
 * One page of the cases whose service ended (`closed_on`) from `from` to `to`, after the case id `after`
 * (keyset: each page is an index range, so the spreadsheet's memory and each page's time do not grow with
 * the rows already written), with the first move-in and the final ending's exit destination — each looked up
 * per case by its index (a join to the endings was merged from their first row on every page: 170 ms a page
 * of 2 000 late in 100 000 rows, against 20–35 ms so).
 */
export function findCompletedCasesPage(db: Db, scope: CompletionScope, period: { from: string; to: string }, after: string | null, limit: number) {
  return db
    .select({
      caseId: cases.id, caseNumber: cases.caseNumber, municipalityAtvk: cases.municipalityAtvk,
      municipalityNameLv: municipalities.nameLv, municipalityNameEn: municipalities.nameEn, providerName: organisations.name,
      openedOn: cases.openedOn, serviceBeganOn: cases.serviceBeganOn, closedOn: cases.closedOn,
      movedInOn: sql<string | null>`(SELECT min(${moveIns.movedInOn})::text FROM ${moveIns} WHERE ${moveIns.caseId} = ${cases.id})`,
      destination: sql<string | null>`(SELECT ${caseEndings.destination} FROM ${caseEndings} WHERE ${caseEndings.caseId} = ${cases.id} AND ${caseEndings.status} = 'final')`,
    })
    .from(cases)
    .leftJoin(organisations, eq(organisations.id, cases.organisationId))
    .leftJoin(municipalities, eq(municipalities.atvk, cases.municipalityAtvk))
    .where(and(inScope(scope), isNotNull(cases.closedOn), between(cases.closedOn, period.from, period.to), after ? gt(cases.id, after) : undefined))
    .orderBy(asc(cases.id))
    .limit(limit);
}

/** HF-4.3 (2) the client questionnaires of one page's cases, for their values at the start and at the exit. */
export function findQuestionnairesOf(db: Db, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db.select({ caseId: evaluations.caseId, recordedOn: evaluations.recordedOn, answers: evaluations.answers })
    .from(evaluations)
    // one array parameter (a uuid[] literal of the ids), not 2 000 bound one by one
    .where(and(sql`${evaluations.caseId} = ANY(${uuidArray(caseIds)})`, eq(evaluations.programmeCode, 'housing_first'), eq(evaluations.instrument, CLIENT_QUESTIONNAIRE)));
}

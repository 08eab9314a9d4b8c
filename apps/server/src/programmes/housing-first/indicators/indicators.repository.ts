import { and, eq, inArray, min, type SQL } from 'drizzle-orm';
import { CLIENT_QUESTIONNAIRE } from '@socrehab/domain/programmes/housing-first/index';
import type { Db } from '../../../db/database';
import { caseEndings, cases, evaluations, moveIns, municipalities, organisations, persons } from '../../../db/schema';

/** The only file with SQL for HF-4.2 the indicators: the facts of the programme's cases, one query per kind. */

export type IndicatorScope = { organisationId: string } | { municipalityAtvk: string } | null;

const HF = 'housing_first';
const scoped = (scope: IndicatorScope): SQL | undefined => {
  const programme = eq(cases.programme, HF);
  if (!scope) return programme;
  return 'organisationId' in scope ? and(programme, eq(cases.organisationId, scope.organisationId)) : and(programme, eq(cases.municipalityAtvk, scope.municipalityAtvk));
};

/** The programme's cases in scope: their provider's and municipality's keys (the names come once each, below). */
export function findIndicatorCases(db: Db, scope: IndicatorScope) {
  return db
    .select({
      caseId: cases.id, organisationId: cases.organisationId, municipalityAtvk: cases.municipalityAtvk,
      openedOn: cases.openedOn, serviceBeganOn: cases.serviceBeganOn, closedOn: cases.closedOn,
    })
    .from(cases)
    .where(scoped(scope));
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
  return db.select({ caseId: moveIns.caseId, movedInOn: min(moveIns.movedInOn) })
    .from(moveIns).innerJoin(cases, eq(cases.id, moveIns.caseId)).where(scoped(scope)).groupBy(moveIns.caseId);
}

/** The final endings' exit destinations (HF-3.3, HF-4.2 C). */
export function findFinalEndings(db: Db, scope: IndicatorScope) {
  return db.select({ caseId: caseEndings.caseId, destination: caseEndings.destination })
    .from(caseEndings).innerJoin(cases, eq(cases.id, caseEndings.caseId)).where(and(scoped(scope), eq(caseEndings.status, 'final')));
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

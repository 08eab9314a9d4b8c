import { and, asc, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { cases, evaluations, municipalities, persons } from '../../../db/schema';

/** The only file with SQL for HF-4.4 research extracts and the handover to the funder: the organisation's cases and their scores. */

const HF = 'housing_first';

/** The organisation's Housing First cases (only the ended ones when asked), oldest first, with what a research row reads of the person. */
export function findCasesToDisclose(db: Db, organisationId: string, onlyEnded: boolean) {
  const where: SQL[] = [eq(cases.programme, HF), eq(cases.organisationId, organisationId)];
  if (onlyEnded) where.push(isNotNull(cases.closedOn));
  return db
    .select({
      caseId: cases.id, personId: cases.personId, caseNumber: cases.caseNumber, openedOn: cases.openedOn, serviceBeganOn: cases.serviceBeganOn,
      closedOn: cases.closedOn, municipality: municipalities.nameLv, municipalityAtvk: cases.municipalityAtvk, birthDate: persons.birthDate, gender: persons.gender,
    })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .leftJoin(municipalities, eq(municipalities.atvk, cases.municipalityAtvk))
    .where(and(...where))
    .orderBy(asc(cases.openedOn), asc(cases.id));
}

/** The scores recorded on the cases (HF-4.3 instruments), oldest first. */
export function findScoresOfCases(db: Db, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .select({ caseId: evaluations.caseId, instrument: evaluations.instrument, recordedOn: evaluations.recordedOn, score: evaluations.score })
    .from(evaluations)
    .where(and(eq(evaluations.programmeCode, HF), inArray(evaluations.caseId, [...caseIds]), isNotNull(evaluations.score)))
    .orderBy(asc(evaluations.recordedOn), asc(evaluations.createdAt));
}

import {
  canRecordContactOnCase, canRecordOnCase, formatCaseNumber, programmeOf,
} from '@socrehab/domain';
import type { Ctx } from '../../app/context';
import type { Tx } from '../../db/database';
import { AppError, forbidden } from '../../shared/errors';
import { requireVisiblePerson } from '../access/person-access';
import { getSettingsById, getSettingsInForce } from '../programmes/programmes.repository';
import * as repo from './cases.repository';
import { requireFactDate } from '../../shared/fact-dates';

export const caseNotFound = () => new AppError(404, 'cases.not_found', 'housing.errors.caseNotFound');
export type CaseRow = NonNullable<Awaited<ReturnType<typeof repo.getCaseById>>>;

/**
 * A case the actor may see — its person is visible to them (the one access rule) and it is their
 * organisation's case or in their municipality — or 404.
 */
export async function requireVisibleCase(tx: Tx, ctx: Ctx, id: string, lock = false): Promise<CaseRow> {
  const found = await repo.getCaseById(tx, id, lock);
  if (!found) throw caseNotFound();
  const ownOrMunicipal = found.organisationId === ctx.actor.organisationId || found.municipalityAtvk === ctx.actor.municipalityAtvk;
  if (!ownOrMunicipal) throw caseNotFound();
  await requireVisiblePerson(tx, ctx, found.personId).catch(() => { throw caseNotFound(); });
  return found;
}

/** The settings the case started under (cases opened before settings were recorded take those in force then). */
export async function settingsOfCase<S = unknown>(tx: Tx, theCase: CaseRow): Promise<{ id: string; effectiveFrom: string; settings: S }> {
  return theCase.settingsId ? getSettingsById<S>(tx, theCase.settingsId) : getSettingsInForce<S>(tx, theCase.programme, theCase.openedOn);
}

export async function isOnTeam(tx: Tx, caseId: string, userId: string, date: string) {
  const team = await repo.findTeam(tx, caseId);
  return team.some(({ member }) => member.userId === userId && member.fromDate <= date && (!member.toDate || member.toDate >= date));
}

/** A new fact of a case dated `date`: the field the date came in, and whether it may be planned ahead (issue 11 §2). */
export interface FactOn { field: string; plannedAhead?: boolean; onEndedCase?: boolean }

/**
 * A case the actor may record on (the provider's manager, or a social worker or mentor on its team that
 * day). With `fact`, its date is checked first: a day outside the case or after today is refused as such,
 * not as "forbidden" because nobody was on the team that day.
 */
export async function requireRecordableCase(tx: Tx, ctx: Ctx, id: string, date: string, fact?: FactOn) {
  const found = await requireVisibleCase(tx, ctx, id, true);
  if (fact) requireFactDate(found, fact.field, date, ctx, fact);
  if (!canRecordOnCase(ctx.actor, found.organisationId, await isOnTeam(tx, id, ctx.actor.userId, date))) throw forbidden();
  return found;
}

/** HF-3.4.5 a case the actor may record a contact or a work-log entry on in their own name: as above, or on its team that day (specialists, the municipal social worker). */
export async function requireTeamRecordableCase(tx: Tx, ctx: Ctx, id: string, date: string, fact?: FactOn) {
  const found = await requireVisibleCase(tx, ctx, id, true);
  if (fact) requireFactDate(found, fact.field, date, ctx, fact);
  if (!canRecordContactOnCase(ctx.actor, found.organisationId, await isOnTeam(tx, id, ctx.actor.userId, date))) throw forbidden();
  return found;
}

/**
 * HF-3.1.7.3 the next free number of the programme's register: counted per programme within its numbering
 * scope, in its format — for Housing First the provider's own (issue 12); numbers taken by imported cases are skipped.
 */
export async function nextCaseNumber(tx: Tx, programmeCode: string, organisation: { id: string; caseNumberFormat: string }, municipalityAtvk: string, year: number) {
  const { caseNumbering } = programmeOf(programmeCode);
  if (!caseNumbering) throw new Error(`programme keeps no cases: ${programmeCode}`);
  const format = caseNumbering.organisationFormatWins ? organisation.caseNumberFormat : caseNumbering.format;
  const scopeKey = caseNumbering.scope === 'organisation' ? organisation.id : municipalityAtvk;
  for (;;) {
    const caseNumber = formatCaseNumber(format, year, await repo.allocateCaseSequence(tx, programmeCode, scopeKey, year));
    if (!(await repo.isCaseNumberTaken(tx, organisation.id, caseNumber))) return caseNumber;
  }
}

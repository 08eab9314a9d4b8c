import { and, asc, eq, gt, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../app/context';
import { today } from '../../app/context';
import { idsValue, uuidArray, type Reader } from '../../db/database';
import { caseTeamMembers, cases, persons, users } from '../../db/schema';
import { visiblePersonsTemplate } from '../access/person-scope.repository';
import { onePlanSuits, statementOf } from '../../db/statements';
import type { CaseScope, WorklistWorker } from '../../programmes/programme-module';

/** The day a case's team is read on: the day asked, or the case's last day if it ended before. */
const teamDay = (asOf: SQL) => sql`LEAST(${asOf}::date, ${cases.closedOn})`;

/**
 * A worker's cases: those whose team they are on, on the day (an ended case's: on its last day). The
 * cases they were ever on come first as an array (an InitPlan, a few dozen ids), so every programme's
 * worklist reads its cases by primary key — as a bare EXISTS the planner scanned all cases of the
 * programme and hashed the worker's memberships (250 ms for family support's 4 000 cases; now < 1 ms).
 */
export function workerScope(userId: string, asOf: string): CaseScope {
  const worker = sql.placeholder('caseScopeUserId');
  const day = teamDay(sql`${sql.placeholder('caseScopeDay')}`);
  return {
    shape: 'worker',
    condition: sql`${cases.id} = ANY (ARRAY(SELECT m.case_id FROM case_team_members m WHERE m.user_id = ${worker}))
      AND EXISTS (SELECT 1 FROM case_team_members m WHERE m.case_id = ${cases.id} AND m.user_id = ${worker}
      AND m.from_date <= ${day} AND (m.to_date IS NULL OR m.to_date >= ${day}))`,
    values: { caseScopeUserId: userId, caseScopeDay: asOf },
    named: true,
  };
}

/** An organisation's cases, or one of them. */
export function organisationScope(organisationId: string, caseId?: string): CaseScope {
  const inOrganisation = eq(cases.organisationId, sql.placeholder('caseScopeOrganisationId'));
  return caseId
    ? { shape: 'case', condition: and(inOrganisation, eq(cases.id, sql.placeholder('caseScopeCaseId')))!, values: { caseScopeOrganisationId: organisationId, caseScopeCaseId: caseId }, named: true }
    : { shape: 'organisation', condition: inOrganisation, values: { caseScopeOrganisationId: organisationId }, named: false };
}

/** The cases of the scope in one programme. */
export const inProgramme = (scope: CaseScope, programme: string): CaseScope => ({
  shape: `${scope.shape}:programme`,
  condition: and(scope.condition, eq(cases.programme, sql.placeholder('caseScopeProgramme')))!,
  values: { ...scope.values, caseScopeProgramme: programme },
  named: scope.named,
});

/** The programmes the scope holds any case of, open or ended (an index-only read of the scope's cases). */
export async function findProgrammesOf(db: Reader, scope: CaseScope): Promise<string[]> {
  const statement = statementOf(db, `programmes-of:${scope.shape}`, () => db.selectDistinct({ programme: cases.programme }).from(cases).where(scope.condition), { named: scope.named });
  return (await statement.execute(scope.values)).map((r) => r.programme);
}

/**
 * The only file with SQL for the open cases of any programme a worklist covers (issue 12): open on the
 * day, in the scope, of the given programmes, of persons the viewer may see — moved in or not; with
 * `endedSince`, also those that ended on or after that day (their ending is still to be evaluated).
 */
export async function findOpenCases(db: Reader, ctx: Ctx, scope: CaseScope, programmes: readonly string[], asOf: string, endedSince?: string) {
  if (!programmes.length) return [];
  const visible = visiblePersonsTemplate(ctx.actor);
  const statement = statementOf(db, `open-cases:${scope.shape}:${visible.shape}:${endedSince ? 'ended' : 'open'}`, () => {
    const day = sql.placeholder('asOf');
    return db
      .select({
        id: cases.id, programme: cases.programme, caseNumber: cases.caseNumber, openedOn: cases.openedOn, closedOn: cases.closedOn,
        personName: sql<string>`${persons.givenNames} || ' ' || ${persons.surnames}`,
      })
      .from(cases)
      .innerJoin(persons, eq(persons.id, cases.personId))
      .where(and(
        scope.condition, sql`${cases.programme} = ANY(${sql.placeholder('programmes')}::text[])`, visible.condition,
        lte(cases.openedOn, day), or(isNull(cases.closedOn), gt(cases.closedOn, day), endedSince ? gte(cases.closedOn, sql.placeholder('endedSince')) : undefined),
      ));
  }, { named: scope.named });
  return statement.execute({ ...scope.values, ...visible.values(today(ctx)), programmes: `{${programmes.join(',')}}`, asOf, endedSince });
}

/**
 * The team members of each case on the day (an ended case's: on its last day), in the kept order: social workers, mentors, specialists, then by name.
 * The cases as one `uuid[]` parameter, not one bound parameter per case (5 000 for the Rīga social service).
 */
export async function findTeamsOn(tx: Reader, caseIds: readonly string[], asOf: string) {
  const teams = new Map<string, WorklistWorker[]>();
  if (!caseIds.length) return teams;
  const statement = statementOf(tx, 'teams-on', () => {
    const day = teamDay(sql`${sql.placeholder('asOf')}`);
    return tx
      .select({ caseId: caseTeamMembers.caseId, userId: caseTeamMembers.userId, displayName: users.displayName, teamRole: caseTeamMembers.teamRole })
      .from(caseTeamMembers)
      .innerJoin(users, eq(users.id, caseTeamMembers.userId))
      .innerJoin(cases, eq(cases.id, caseTeamMembers.caseId))
      .where(and(sql`${caseTeamMembers.caseId} = ANY(${uuidArray(sql.placeholder('caseIds'))})`, lte(caseTeamMembers.fromDate, day), or(isNull(caseTeamMembers.toDate), gte(caseTeamMembers.toDate, day))))
      .orderBy(sql`array_position(ARRAY['social_worker', 'social_mentor', 'specialist'], ${caseTeamMembers.teamRole})`, asc(users.displayName), asc(caseTeamMembers.userId));
  }, { named: onePlanSuits(caseIds) });
  const rows = await statement.execute({ caseIds: idsValue(caseIds), asOf });
  for (const { caseId, ...worker } of rows) teams.set(caseId, [...(teams.get(caseId) ?? []), worker]);
  return teams;
}

import { and, asc, eq, gt, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '@socrehab/domain';
import type { Ctx } from '../../app/context';
import { today } from '../../app/context';
import { idsValue, uuidArray, type Reader } from '../../db/database';
import { caseTeamMembers, cases, persons, users } from '../../db/schema';
import { seesEveryClientOfOwnOrganisation, visiblePersonsTemplate } from '../access/person-scope.repository';
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

/**
 * A manager's organisation's cases, or one of them — none where the manager may not see their persons
 * (`seesEveryClientOfOwnOrganisation`: the organisation's list is counted without checking each person).
 */
export function organisationScope(actor: Actor, caseId?: string): CaseScope {
  const sees = seesEveryClientOfOwnOrganisation(actor);
  const inOrganisation = sees ? eq(cases.organisationId, sql.placeholder('caseScopeOrganisationId')) : sql`false`;
  const values = { caseScopeOrganisationId: actor.organisationId };
  return caseId
    ? { shape: `case${sees ? '' : ':none'}`, condition: and(inOrganisation, eq(cases.id, sql.placeholder('caseScopeCaseId')))!, values: { ...values, caseScopeCaseId: caseId }, named: true }
    : { shape: `organisation${sees ? '' : ':none'}`, condition: inOrganisation, values, named: false };
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
 * day, in the scope, of the given programmes — moved in or not; with `endedSince`, also those that ended
 * on or after that day (their ending is still to be evaluated). Whose they are is read for the items
 * shown (`findCaseLabels`).
 */
export async function findOpenCases(db: Reader, scope: CaseScope, programmes: readonly string[], asOf: string, endedSince?: string) {
  if (!programmes.length) return [];
  const statement = statementOf(db, `open-cases:${scope.shape}:${endedSince ? 'ended' : 'open'}`, () => {
    const day = sql.placeholder('asOf');
    return db
      .select({ id: cases.id, programme: cases.programme, openedOn: cases.openedOn, closedOn: cases.closedOn })
      .from(cases)
      .where(and(
        scope.condition, sql`${cases.programme} = ANY(${sql.placeholder('programmes')}::text[])`,
        lte(cases.openedOn, day), or(isNull(cases.closedOn), gt(cases.closedOn, day), endedSince ? gte(cases.closedOn, sql.placeholder('endedSince')) : undefined),
      ));
  }, { named: scope.named });
  return statement.execute({ ...scope.values, programmes: `{${programmes.join(',')}}`, asOf, endedSince });
}

/** What a list shows of a case: its number, whose it is, who works it on the day. */
export interface CaseLabel { caseNumber: string | null; personName: string; workers: WorklistWorker[] }

/**
 * THE access rule on the worklists: the number, the person's name and the team on the day of each case
 * whose person the actor may see (`visiblePersonsTemplate`, checked per case) — a case left out is not
 * shown, whatever a programme's rules found due on it. Read for the items a list shows: a worker's few, an
 * organisation's page.
 */
export async function findCaseLabels(db: Reader, ctx: Ctx, caseIds: readonly string[], asOf: string): Promise<Map<string, CaseLabel>> {
  const labels = new Map<string, CaseLabel>();
  if (!caseIds.length) return labels;
  const visible = visiblePersonsTemplate(ctx.actor, { checkedPerRow: true });
  const named = statementOf(db, `case-labels:${visible.shape}`, () => db
    .select({ id: cases.id, caseNumber: cases.caseNumber, personName: sql<string>`${persons.givenNames} || ' ' || ${persons.surnames}` })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(and(sql`${cases.id} = ANY(${uuidArray(sql.placeholder('caseIds'))})`, visible.condition)), { named: onePlanSuits(caseIds) });
  const [rows, teams] = await Promise.all([named.execute({ caseIds: idsValue(caseIds), ...visible.values(today(ctx)) }), findTeamsOn(db, caseIds, asOf)]);
  for (const { id, caseNumber, personName } of rows) labels.set(id, { caseNumber, personName, workers: teams.get(id) ?? [] });
  return labels;
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

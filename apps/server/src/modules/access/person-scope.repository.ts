import { and, eq, sql, type SQL } from 'drizzle-orm';
import { computePersonScope, type Actor, type PersonScope } from '@socrehab/domain';
import type { Reader } from '../../db/database';
import { persons } from '../../db/schema';

/**
 * THE access rule for personal data, as one SQL condition on `persons`. Every query that reads a
 * person goes through it (see persons.repository.ts and person-access.ts); nothing else decides who
 * sees whom.
 *
 * - social worker, mentor, specialist: persons whose case team they are on today, and persons they
 *   registered themselves (a new contact has no case yet);
 * - manager: persons owned by their organisation or with a case there, and the persons on the current
 *   waiting lists of the municipalities the organisation serves (HF-3.1.4: the provider takes them from there);
 * - provider social workers see those waiting lists too — they open the cases (HF-3.1.7.3);
 * - municipal social worker: persons owned by their social service, with a case in their municipality,
 *   or who applied or were contacted there (the municipality's applicants, HF-3.1.1–3.1.4);
 * - funder analyst, planner, administrator: nobody.
 *
 * The SQL shapes are chosen for the planner (see bench/README.md): a narrow scope is a short list of
 * ids that queries start from; a wide scope is a per-row check answered from one index on cases.
 */
export function visiblePersonsCondition(actor: Actor, today: string): SQL {
  const scope = computePersonScope(actor);
  return scopeCondition(scope, isNarrowScope(actor), { ...scope, today });
}

/**
 * The same condition with placeholders for its values, for a statement built once per shape
 * (db/statements.ts): `shape` names what its text depends on, `values` fills the placeholders for a day.
 */
export function visiblePersonsTemplate(actor: Actor, { checkedPerRow = false } = {}) {
  const scope = computePersonScope(actor);
  const narrow = startsFromScope(actor, checkedPerRow);
  const placeholders = { userId: sql.placeholder('scopeUserId'), organisationId: sql.placeholder('scopeOrganisationId'), municipalityAtvk: sql.placeholder('scopeMunicipalityAtvk'), today: sql.placeholder('today') };
  return {
    shape: [scope.kind, narrow && 'narrow', scope.kind === 'caseTeam' && scope.seesWaitingLists && 'waitingLists'].filter(Boolean).join(':'),
    condition: scopeCondition(scope, narrow, placeholders),
    values: (today: string) => ({
      scopeUserId: 'userId' in scope ? scope.userId : null,
      scopeOrganisationId: 'organisationId' in scope ? scope.organisationId : null,
      scopeMunicipalityAtvk: 'municipalityAtvk' in scope ? scope.municipalityAtvk : null,
      today,
    }),
  };
}

/** What the condition compares with: the scope's own values, or placeholders for them. */
interface ScopeValues { userId?: unknown; organisationId?: unknown; municipalityAtvk?: unknown; today: unknown }

function scopeCondition(scope: PersonScope, narrow: boolean, v: ScopeValues): SQL {
  switch (scope.kind) {
    case 'none':
      return sql`false`;
    case 'caseTeam':
      return sql`${persons.id} IN (
        SELECT c.person_id FROM case_team_members m JOIN cases c ON c.id = m.case_id
        WHERE m.user_id = ${v.userId} AND m.from_date <= ${v.today} AND (m.to_date IS NULL OR m.to_date >= ${v.today})
        UNION ALL
        SELECT own.id FROM persons own WHERE own.created_by = ${v.userId}
        ${scope.seesWaitingLists ? sql`UNION ALL ${servedWaitingLists(v.organisationId, v.today)}` : sql``})`;
    case 'organisation':
      if (narrow) {
        return sql`${persons.id} IN (
          SELECT own.id FROM persons own WHERE own.organisation_id = ${v.organisationId}
          UNION ALL
          SELECT c.person_id FROM cases c WHERE c.organisation_id = ${v.organisationId}
          UNION ALL
          ${servedWaitingLists(v.organisationId, v.today)})`;
      }
      return sql`(${persons.organisationId} = ${v.organisationId} OR EXISTS (
        SELECT 1 FROM cases c WHERE c.person_id = ${persons.id} AND c.organisation_id = ${v.organisationId})
        OR ${persons.id} IN (${servedWaitingLists(v.organisationId, v.today)}))`;
    case 'municipality':
      return sql`(${persons.organisationId} = ${v.organisationId} OR EXISTS (
        SELECT 1 FROM cases c WHERE c.person_id = ${persons.id} AND c.municipality_atvk = ${v.municipalityAtvk})
        OR EXISTS (SELECT 1 FROM applications a WHERE a.person_id = ${persons.id} AND a.municipality_atvk = ${v.municipalityAtvk})
        OR EXISTS (SELECT 1 FROM first_contacts f WHERE f.person_id = ${persons.id} AND f.municipality_atvk = ${v.municipalityAtvk}))`;
  }
}

/**
 * Whether the viewer sees the person of every case of their own organisation — a manager of an
 * organisation that works with clients sees the persons with a case there. An organisation's worklist
 * then counts its cases without checking each person (5 000 probes of persons for Rīga); for anyone else
 * it holds no case.
 */
export const seesEveryClientOfOwnOrganisation = (actor: Actor) => computePersonScope(actor).kind === 'organisation';

/** Persons on the current waiting lists of the municipalities an organisation serves (HF-3.1.4). */
function servedWaitingLists(organisationId: unknown, today: unknown): SQL {
  return sql`SELECT w.person_id FROM waiting_list_entries w JOIN service_agreements s
      ON s.municipality_atvk = w.municipality_atvk AND s.programme_code = w.programme_code
    WHERE s.provider_organisation_id = ${organisationId} AND s.valid_from <= ${today} AND (s.valid_to IS NULL OR s.valid_to >= ${today})
      AND w.left_on IS NULL`;
}

/**
 * Whether the condition is the scope's list of ids, or a per-row check: `checkedPerRow` asks for the check
 * in a provider's scope too, for a query that finds its one or two persons first (by personal code) — a
 * provider's 2 600 ids would be read whole only to be probed once (2.3 → 0.15 ms). A caseload's list is
 * short either way and has no per-row form.
 */
function startsFromScope(actor: Actor, checkedPerRow: boolean): boolean {
  return isNarrowScope(actor) && !(checkedPerRow && computePersonScope(actor).kind === 'organisation');
}

/**
 * Whether the actor's scope is a short list that queries should read first: a worker's own caseload
 * (at most ~10 cases by the programme rules, plus the contacts they registered) or a provider's
 * clients (its cases). A municipal social service's scope is its municipality's residents — up to
 * hundreds of thousands — and is checked row by row while walking an index in answer order instead.
 */
export function isNarrowScope(actor: Actor): boolean {
  const { kind } = computePersonScope(actor);
  if (kind === 'municipality') return false;
  if (kind === 'organisation') return actor.organisationKind !== 'municipal_social_service';
  return true;
}

/** The person, if the actor may see them today; null when out of scope or not there (the same to the caller). */
export async function getVisiblePerson(db: Reader, actor: Actor, today: string, id: string) {
  const [row] = await db.select().from(persons).where(and(eq(persons.id, id), visiblePersonsCondition(actor, today))).limit(1);
  return row ?? null;
}

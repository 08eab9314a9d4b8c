import { sql, type SQL } from 'drizzle-orm';
import { computePersonScope, type Actor } from '@socrehab/domain';
import { persons } from '../../db/schema';

/**
 * THE access rule for personal data, as one SQL condition on `persons`. Every query that reads a
 * person goes through it (see persons.repository.ts); nothing else decides who sees whom.
 *
 * - social worker, mentor, specialist: persons whose case team they are on today, and persons they
 *   registered themselves (a new contact has no case yet);
 * - manager: persons owned by their organisation or with a case there;
 * - municipal social worker: persons owned by their social service or with a case in their municipality;
 * - funder analyst, planner, administrator: nobody.
 */
export function visiblePersonsCondition(actor: Actor, today: string): SQL {
  const scope = computePersonScope(actor);
  switch (scope.kind) {
    case 'none':
      return sql`false`;
    case 'caseTeam':
      return sql`(${persons.createdBy} = ${scope.userId} OR EXISTS (
        SELECT 1 FROM case_team_members m JOIN cases c ON c.id = m.case_id
        WHERE c.person_id = ${persons.id} AND m.user_id = ${scope.userId}
          AND m.from_date <= ${today} AND (m.to_date IS NULL OR m.to_date >= ${today})))`;
    case 'organisation':
      return sql`(${persons.organisationId} = ${scope.organisationId} OR EXISTS (
        SELECT 1 FROM cases c WHERE c.person_id = ${persons.id} AND c.organisation_id = ${scope.organisationId}))`;
    case 'municipality':
      return sql`(${persons.organisationId} = ${scope.organisationId} OR EXISTS (
        SELECT 1 FROM cases c WHERE c.person_id = ${persons.id} AND c.municipality_atvk = ${scope.municipalityAtvk}))`;
  }
}

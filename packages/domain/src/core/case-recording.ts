import type { Actor } from '../access/roles';

/** Who may record on a case of any programme (the core's cases): pure predicates over the actor and the case's team. */

const has = (actor: Actor, ...roles: Actor['roles'][number][]) => roles.some((r) => actor.roles.includes(r));

/** Recording on a case: the provider's manager, or a social worker or mentor on its team. */
export const canRecordOnCase = (actor: Actor, caseOrganisationId: string, isOnTeam: boolean) =>
  actor.organisationId === caseOrganisationId && (has(actor, 'manager') || (isOnTeam && has(actor, 'social_worker', 'social_mentor')));

/**
 * HF-3.4.5 contacts and work-log entries in one's own name: anyone who may record on the case, and every
 * member of its team on the day — specialists and the municipal social worker too (one log for all workers).
 */
export const canRecordContactOnCase = (actor: Actor, caseOrganisationId: string, isOnTeam: boolean) =>
  canRecordOnCase(actor, caseOrganisationId, isOnTeam) || isOnTeam;

/** Kinds of organisation that use the system. */
export const ORGANISATION_KINDS = [
  'municipal_social_service', // pašvaldības sociālais dienests
  'service_provider', // pakalpojuma sniedzējs
  'housing_provider',
  'funder',
  'planning_region',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Roles a user may hold; a user may hold several. */
export const ROLES = [
  'administrator',
  'manager', // gadījuma vadības eksperts (case-management expert)
  'social_worker', // sociālais darbinieks
  'social_mentor', // sociālais mentors
  'specialist',
  'municipal_social_worker', // pašvaldības sociālais darbinieks
  'funder_analyst',
  'planner',
] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: the signed-in user, as every policy and every scoped query sees them. */
export interface Actor {
  userId: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  /** The municipality a municipal social service serves (ATVK code), if any. */
  municipalityAtvk: string | null;
  roles: readonly Role[];
}

/** How much of the people registry an actor may see. Access rule for all person queries. */
export type PersonScope =
  | { kind: 'none' } // funder analysts, planners, administrators: aggregates only
  /** social workers, mentors, specialists; social workers also see their provider's waiting lists (HF-3.1.7.3) */
  | { kind: 'caseTeam'; userId: string; organisationId: string; seesWaitingLists: boolean }
  | { kind: 'municipality'; organisationId: string; municipalityAtvk: string | null; userId: string }
  | { kind: 'organisation'; organisationId: string; userId: string }; // managers

/**
 * Organisations that work with clients. A housing provider keeps dwellings and their handovers; it,
 * a funder and a planning region never see the people registry, whatever the role (issue 11 §5).
 */
export const worksWithClients = (actor: Pick<Actor, 'organisationKind'>) =>
  actor.organisationKind === 'municipal_social_service' || actor.organisationKind === 'service_provider';

/** The widest person scope among an actor's roles. */
export function computePersonScope(actor: Actor): PersonScope {
  if (!worksWithClients(actor)) return { kind: 'none' };
  if (actor.roles.includes('manager')) {
    return { kind: 'organisation', organisationId: actor.organisationId, userId: actor.userId };
  }
  if (actor.roles.includes('municipal_social_worker')) {
    return {
      kind: 'municipality',
      organisationId: actor.organisationId,
      municipalityAtvk: actor.municipalityAtvk,
      userId: actor.userId,
    };
  }
  if (actor.roles.some((r) => r === 'social_worker' || r === 'social_mentor' || r === 'specialist')) {
    return { kind: 'caseTeam', userId: actor.userId, organisationId: actor.organisationId, seesWaitingLists: actor.roles.includes('social_worker') };
  }
  return { kind: 'none' };
}

export const canReadPersons = (actor: Actor) => computePersonScope(actor).kind !== 'none';
/** Registering people: everyone who works with clients. */
export const canCreatePerson = canReadPersons;
/** Merging duplicates changes two records at once: managers and municipal social workers. */
export const canMergePersons = (actor: Actor) =>
  worksWithClients(actor) && (actor.roles.includes('manager') || actor.roles.includes('municipal_social_worker'));
/** The audit log is for the managers of organisations that work with clients (and administrators for user accounts). */
export const canReadAudit = (actor: Actor) => (worksWithClients(actor) && actor.roles.includes('manager')) || actor.roles.includes('administrator');
export const canManageUsers = (actor: Actor) => actor.roles.includes('administrator');
/** The label of a role as its holder works: a housing provider's manager is shown as the housing provider (issue 11 §5). */
export const roleLabelKey = (role: Role, organisationKind: OrganisationKind) =>
  role === 'manager' && organisationKind === 'housing_provider' ? 'enums.role.housingProviderManager' : `enums.role.${role}`;
/** Funders and planners see aggregates, never personal data. */
export const canReadAggregates = (actor: Actor) => actor.roles.length > 0;

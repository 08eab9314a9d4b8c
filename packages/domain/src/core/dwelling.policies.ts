import type { Actor } from '../access/roles';

/** Who works with the housing stock (the core part `dwelling`, HF-3.1.5): pure predicates. */

const has = (actor: Actor, ...roles: Actor['roles'][number][]) => roles.some((r) => actor.roles.includes(r));

/** HF-3.1.5 housing stock: kept by the housing provider (or the provider on the private market). */
export const canManageDwellings = (actor: Actor, dwellingOrganisationId: string) =>
  actor.organisationId === dwellingOrganisationId && has(actor, 'manager', 'social_worker', 'specialist', 'administrator');

/** The dwellings pages: the staff of housing providers, service providers and municipal social services. */
export const canWorkWithDwellings = (actor: Actor) =>
  ['housing_provider', 'service_provider', 'municipal_social_service'].includes(actor.organisationKind)
  && has(actor, 'manager', 'social_worker', 'specialist', 'municipal_social_worker', 'administrator');

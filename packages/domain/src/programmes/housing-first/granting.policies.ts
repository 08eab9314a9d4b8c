import type { Actor } from '../../access/roles';

/**
 * Who may do which Housing First granting step (HF-3.1) — pure predicates; the repositories scope
 * what each actor reads, these decide what they may change.
 */

const has = (actor: Actor, ...roles: Actor['roles'][number][]) => roles.some((r) => actor.roles.includes(r));

/** HF-3.1.1–3.1.4 contacts, applications, eligibility and decisions: the municipality's own social service. */
export const canManageApplications = (actor: Actor, municipalityAtvk: string) =>
  has(actor, 'municipal_social_worker') && actor.organisationKind === 'municipal_social_service' && actor.municipalityAtvk === municipalityAtvk;

/** Provider staff who work with clients in a municipality their organisation serves. */
export const isServingProviderStaff = (actor: Actor, servedAtvks: readonly string[], municipalityAtvk: string) =>
  actor.organisationKind === 'service_provider' && has(actor, 'manager', 'social_worker') && servedAtvks.includes(municipalityAtvk);

/** HF-3.1.4 the waiting list: the municipality and the providers serving it. */
export const canReadWaitingList = (actor: Actor, servedAtvks: readonly string[], municipalityAtvk: string) =>
  canManageApplications(actor, municipalityAtvk) || isServingProviderStaff(actor, servedAtvks, municipalityAtvk);

/** HF-3.1.5 offering dwellings: the social service informs, the provider arranges. */
export const canOfferDwellings = canReadWaitingList;

/** HF-3.1.5 housing stock: kept by the housing provider (or the provider on the private market). */
export const canManageDwellings = (actor: Actor, dwellingOrganisationId: string) =>
  actor.organisationId === dwellingOrganisationId && has(actor, 'manager', 'social_worker', 'specialist', 'administrator');

/** HF-3.1.7.3 opening the case: the serving provider's manager or social worker. */
export const canOpenCase = isServingProviderStaff;

/** Recording on a case: the provider's manager, or a social worker or mentor on its team. */
export const canRecordOnCase = (actor: Actor, caseOrganisationId: string, isOnTeam: boolean) =>
  actor.organisationId === caseOrganisationId && (has(actor, 'manager') || (isOnTeam && has(actor, 'social_worker', 'social_mentor')));

/**
 * HF-3.4.5 contacts and work-log entries in one's own name: anyone who may record on the case, and every
 * member of its team on the day — specialists and the municipal social worker too (one log for all workers).
 */
export const canRecordContactOnCase = (actor: Actor, caseOrganisationId: string, isOnTeam: boolean) =>
  canRecordOnCase(actor, caseOrganisationId, isOnTeam) || isOnTeam;

/** HF-3.1.7.4 the municipality assigns its own social worker to the case. */
export const canAssignMunicipalWorker = (actor: Actor, caseMunicipalityAtvk: string) => canManageApplications(actor, caseMunicipalityAtvk);

/** HF-2.4 going over a caseload cap needs a manager's written reason. */
export const canOverrideCaseload = (actor: Actor) => has(actor, 'manager');

/** Which Housing First pages the actor's role opens — the navigation the web app shows. */
export function computeHousingFirstAbilities(actor: Actor) {
  const municipal = has(actor, 'municipal_social_worker') && actor.organisationKind === 'municipal_social_service' && !!actor.municipalityAtvk;
  const providerStaff = actor.organisationKind === 'service_provider' && has(actor, 'manager', 'social_worker');
  return {
    municipalWorklist: municipal,
    waitingList: municipal || providerStaff,
    dwellings: ['housing_provider', 'service_provider', 'municipal_social_service'].includes(actor.organisationKind)
      && has(actor, 'manager', 'social_worker', 'specialist', 'municipal_social_worker', 'administrator'),
    cases: municipal || (actor.organisationKind === 'service_provider' && has(actor, 'manager', 'social_worker', 'social_mentor', 'specialist')),
    caseloads: actor.organisationKind === 'service_provider' && has(actor, 'manager'),
  };
}

/**
 * HF-3.1.4, HF-3.1.2 what a decision needs on record: granting, the latest eligibility assessment found
 * the person eligible; refusing, the latest assessment of the criteria found them not eligible and named
 * the other services offered. Returns the i18n key of what is missing, or null.
 */
export function checkDecisionBasis(
  decision: 'granted' | 'refused',
  latest: { outcome: string; alternativesOffered: readonly string[] } | null | undefined,
): string | null {
  if (decision === 'granted') return latest?.outcome === 'eligible' ? null : 'housing.errors.notAssessedEligible';
  if (latest?.outcome !== 'not_eligible') return 'housing.errors.refusalNeedsAssessment';
  return latest.alternativesOffered.length > 0 ? null : 'housing.errors.alternativesRequired';
}

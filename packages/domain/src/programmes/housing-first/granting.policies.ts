import type { Actor } from '../../access/roles';
import { canWorkWithDwellings } from '../../core/dwelling.policies';
import { computeHfIndicatorsView } from './indicators.policies';
import { computeCompletionView } from './completion.policies';
import { canDiscloseHousingFirstData } from './research.rules';

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

export { canManageDwellings, canWorkWithDwellings } from '../../core/dwelling.policies';

/** HF-3.1.7.3 opening the case: the serving provider's manager or social worker. */
export const canOpenCase = isServingProviderStaff;

export { canRecordOnCase, canRecordContactOnCase } from '../../core/case-recording';

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
    dwellings: canWorkWithDwellings(actor),
    cases: municipal || (actor.organisationKind === 'service_provider' && has(actor, 'manager', 'social_worker', 'social_mentor', 'specialist')),
    caseloads: actor.organisationKind === 'service_provider' && has(actor, 'manager'),
    // HF-4.2 the programme's indicators: its providers' staff, the municipality, funders and planners
    indicators: computeHfIndicatorsView(actor).kind !== 'none',
    // HF-4.4 the completion spreadsheet: managers of their own clients, funders and planners pseudonymously
    completion: computeCompletionView(actor).kind !== 'none',
    // HF-4.4 passing data out: research extracts, the handover to the funder and the register of disclosures
    disclosures: canDiscloseHousingFirstData(actor),
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

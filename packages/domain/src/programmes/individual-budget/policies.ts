import { worksWithClients, type Actor } from '../../access/roles';

/**
 * Who may do what in the Individual Budget programme. Reading a person is the core's access rule; these
 * say who may act on the programme's cases and read its reports.
 */

/** IB-1 opening a case: a municipal social service's or a provider's social worker or manager. */
export const canOpenIbCase = (actor: Actor) =>
  worksWithClients(actor) && actor.roles.some((r) => r === 'manager' || r === 'municipal_social_worker' || r === 'social_worker');

/** IB-2 – IB-5 recording on a case: the organisation's manager, or a worker on the case's team that day. */
export const canRecordOnIbCase = (actor: Actor, caseOrganisationId: string, onTeamToday: boolean) =>
  worksWithClients(actor) && actor.organisationId === caseOrganisationId && (actor.roles.includes('manager') || onTeamToday);

/** IB-3, IB-5 keeping the municipalities' service catalogue (prices, providers, distances, shortages): managers of organisations that work with clients. */
export const canKeepIbCatalogue = (actor: Actor) => worksWithClients(actor) && actor.roles.includes('manager');

/**
 * IB-5 who reads the report of unmet and interrupted services: the staff who hold the cases (their own
 * organisation's, a municipal social service its municipality's) exactly; funders and planners every
 * municipality with counts under 5 hidden; others not.
 */
export type IbReportView = { kind: 'cases'; organisationId: string; municipalityAtvk: string | null } | { kind: 'aggregates' } | { kind: 'none' };
export function computeIbReportView(actor: Actor): IbReportView {
  if (worksWithClients(actor) && actor.roles.some((r) => r === 'manager' || r === 'municipal_social_worker' || r === 'social_worker')) {
    return { kind: 'cases', organisationId: actor.organisationId, municipalityAtvk: actor.organisationKind === 'municipal_social_service' ? actor.municipalityAtvk : null };
  }
  if (actor.roles.some((r) => r === 'funder_analyst' || r === 'planner')) return { kind: 'aggregates' };
  return { kind: 'none' };
}

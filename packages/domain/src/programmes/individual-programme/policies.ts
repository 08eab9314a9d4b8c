import { worksWithClients, type Actor } from '../../access/roles';

/**
 * Who may do what in the Individual Programme (IP-1, IP-4). Reading a person is the core's access
 * rule; these say who may act on the programme's cases and reports.
 */

/** IP-1 opening a case: the municipality's social service (it grants the programme) or a contracted provider's manager or social worker. */
export const canOpenIpCase = (actor: Actor) =>
  worksWithClients(actor) && actor.roles.some((r) => r === 'manager' || r === 'municipal_social_worker' || r === 'social_worker');

/** IP-2, IP-3 recording on a case: the provider's manager, or a worker on the case's team that day. */
export const canRecordOnIpCase = (actor: Actor, caseOrganisationId: string, onTeamToday: boolean) =>
  worksWithClients(actor) && actor.organisationId === caseOrganisationId && (actor.roles.includes('manager') || onTeamToday);

/**
 * IP-4 who reads the reports and how:
 * - the municipality's social service (the welfare department that contracts the providers): every
 *   provider, exact counts — it holds the cases' personal data already;
 * - a provider's manager: its own recipients only, exact counts;
 * - funder analysts and planners: every provider, small cells suppressed (aggregates only);
 * - anyone else: not at all.
 */
export type IpReportView =
  | { kind: 'municipality'; municipalityAtvk: string }
  | { kind: 'provider'; providerId: string }
  | { kind: 'aggregates' }
  | { kind: 'none' };

export function computeIpReportView(actor: Actor): IpReportView {
  if (actor.organisationKind === 'municipal_social_service' && actor.municipalityAtvk && actor.roles.some((r) => r === 'manager' || r === 'municipal_social_worker')) {
    return { kind: 'municipality', municipalityAtvk: actor.municipalityAtvk };
  }
  if (actor.organisationKind === 'service_provider' && actor.roles.includes('manager')) return { kind: 'provider', providerId: actor.organisationId };
  if (actor.roles.some((r) => r === 'funder_analyst' || r === 'planner')) return { kind: 'aggregates' };
  return { kind: 'none' };
}

import { worksWithClients, type Actor } from '../../access/roles';

/**
 * Who may do what in family support, and the safety of children: a family's children's records are
 * visible only to the family's team and to the social service that referred it.
 */

/** What of a family's case the actor sees: everything, the case without its children's records, or nothing (404). */
export type FamilyView = 'full' | 'without_children' | 'none';

export interface FamilyCaseAccess {
  /** The provider whose centre serves the family. */
  organisationId: string;
  /** The municipality whose social service referred the family. */
  referringMunicipalityAtvk: string;
  /** The actor is on the family's team today. */
  onTeam: boolean;
}

/**
 * The access matrix (safety of children):
 * - the family's team (the centre's workers assigned to it): the whole case, children included;
 * - the referring municipality's social service: the whole case (it assessed and referred the family);
 * - the centre's manager (not on the team): the case, its adults and its work — its children only as a count;
 * - another worker of the centre, another municipality's social service, a funder, a planner: nothing.
 */
export function computeFamilyView(actor: Actor, c: FamilyCaseAccess): FamilyView {
  if (!worksWithClients(actor)) return 'none';
  if (actor.organisationKind === 'municipal_social_service') {
    return actor.municipalityAtvk === c.referringMunicipalityAtvk && actor.roles.some((r) => r === 'municipal_social_worker' || r === 'manager') ? 'full' : 'none';
  }
  if (actor.organisationId !== c.organisationId) return 'none';
  if (c.onTeam) return 'full';
  return actor.roles.includes('manager') ? 'without_children' : 'none';
}

/** Recording on a family's case: the centre's manager, or a worker on the family's team today. */
export const canRecordOnFamily = (actor: Actor, c: FamilyCaseAccess) =>
  worksWithClients(actor) && actor.organisationKind === 'service_provider' && actor.organisationId === c.organisationId && (c.onTeam || actor.roles.includes('manager'));

/** FS-5 referring a family: the municipal social service. */
export const canRefer = (actor: Actor) => actor.organisationKind === 'municipal_social_service' && actor.roles.some((r) => r === 'municipal_social_worker' || r === 'manager');

/** FS-5 deciding on referrals, FS-3 keeping the mentors' register, FS-2 groups, FS-6 finance: the provider's manager. */
export const isCentreManager = (actor: Actor) => actor.organisationKind === 'service_provider' && actor.roles.includes('manager');

/** FS-2 the provider's staff who work with families: run groups and record attendance. */
export const isCentreStaff = (actor: Actor) => actor.organisationKind === 'service_provider' && actor.roles.some((r) => r === 'manager' || r === 'social_worker' || r === 'social_mentor' || r === 'specialist');

/**
 * The report (families, children, sessions, conferences, mentors, finance): a provider's manager its own
 * exactly; a municipal social service its referred families exactly; funders and planners aggregates with
 * counts under 5 hidden; anyone else not at all.
 */
export type FsReportView = { kind: 'provider'; organisationId: string } | { kind: 'municipality'; municipalityAtvk: string } | { kind: 'aggregates' } | { kind: 'none' };
export function computeFsReportView(actor: Actor): FsReportView {
  if (isCentreManager(actor)) return { kind: 'provider', organisationId: actor.organisationId };
  if (canRefer(actor) && actor.municipalityAtvk) return { kind: 'municipality', municipalityAtvk: actor.municipalityAtvk };
  if (actor.roles.some((r) => r === 'funder_analyst' || r === 'planner')) return { kind: 'aggregates' };
  return { kind: 'none' };
}

/** Aggregates for funders: a count from 1 to 4 is hidden (null), so that no family can be singled out. */
export const SMALL_CELL = 5;
export const suppressSmall = (n: number, view: FsReportView) => (view.kind === 'aggregates' && n > 0 && n < SMALL_CELL ? null : n);

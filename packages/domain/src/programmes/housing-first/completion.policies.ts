import type { Actor } from '../../access/roles';

/**
 * HF-4.4 who downloads the completion spreadsheet (one row per client whose service ended in a period),
 * and with what on each row — least privilege: the manager of a provider gets its organisation's
 * clients by case number, the manager of a municipal social service its municipality's. Funders and
 * planners read aggregates only: the funder receives the rows with the handover package, a disclosure
 * recorded with its act (HF-4.4), and research gets them pseudonymised. Case workers, who see their
 * clients in the case file, and everyone else get none.
 */
export type CompletionView =
  | { kind: 'provider'; organisationId: string }
  | { kind: 'municipality'; municipalityAtvk: string }
  | { kind: 'none' };

export function computeCompletionView(actor: Actor): CompletionView {
  const has = (...roles: Actor['roles'][number][]) => roles.some((r) => actor.roles.includes(r));
  if (actor.organisationKind === 'service_provider' && has('manager')) return { kind: 'provider', organisationId: actor.organisationId };
  if (actor.organisationKind === 'municipal_social_service' && actor.municipalityAtvk && has('manager')) return { kind: 'municipality', municipalityAtvk: actor.municipalityAtvk };
  return { kind: 'none' };
}

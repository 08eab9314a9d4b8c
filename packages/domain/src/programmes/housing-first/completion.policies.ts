import type { Actor } from '../../access/roles';

/**
 * HF-4.4 who downloads the completion spreadsheet (one row per client whose service ended in a period),
 * and with what on each row — least privilege: the manager of a provider gets its organisation's
 * clients by case number, the manager of a municipal social service its municipality's; funders and
 * planners get every provider's rows pseudonymously (a row number, no case number, no name or code).
 * Case workers, who see their clients in the case file, and everyone else get none.
 */
export type CompletionView =
  | { kind: 'provider'; organisationId: string; caseNumbers: true }
  | { kind: 'municipality'; municipalityAtvk: string; caseNumbers: true }
  | { kind: 'aggregates'; caseNumbers: false }
  | { kind: 'none' };

export function computeCompletionView(actor: Actor): CompletionView {
  const has = (...roles: Actor['roles'][number][]) => roles.some((r) => actor.roles.includes(r));
  if (actor.organisationKind === 'service_provider' && has('manager')) return { kind: 'provider', organisationId: actor.organisationId, caseNumbers: true };
  if (actor.organisationKind === 'municipal_social_service' && actor.municipalityAtvk && has('manager')) return { kind: 'municipality', municipalityAtvk: actor.municipalityAtvk, caseNumbers: true };
  if (has('funder_analyst', 'planner')) return { kind: 'aggregates', caseNumbers: false };
  return { kind: 'none' };
}

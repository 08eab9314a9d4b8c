import type { SupportNeedLevel } from './support-team.rules';
import { computeSuggestedTeam } from './support-team.rules';

/** The steps from the opened case to moving in (HF-3.1.6–3.1.10), in the order the service takes them. */
export const MOVE_IN_STEPS = [
  'documents', // HF-3.1.6 identity document received or waived
  'data_processing_information', // HF-3.1.7.1
  'service_rules_information', // HF-3.1.7.1
  'contract', // HF-3.1.7.2
  'consent', // HF-4.4
  'municipal_social_worker', // HF-3.1.7.4
  'initial_assessment', // HF-3.1.7.5
  'team', // HF-3.1.7.6, HF-2.5
  'dwelling_chosen', // HF-3.1.5
  'move_in', // HF-3.1.8–3.1.10
] as const;
export type MoveInStep = (typeof MOVE_IN_STEPS)[number];

export interface CaseOpeningFacts {
  identityDocument: 'received' | 'waived' | null;
  dataProcessingInformedOn: string | null;
  serviceRulesInformedOn: string | null;
  contractSignedOn: string | null;
  consentInForce: boolean;
  municipalSocialWorkerAssigned: boolean;
  supportNeedLevel: SupportNeedLevel | null;
  activeTeamRoles: readonly string[];
  dwellingChosen: boolean;
  movedInOn: string | null;
}

/**
 * Which steps are done, and the next one to do — the case page's checklist (HF-3.1.6–3.1.10). The team
 * is complete when every role the support-need level calls for (HF-2.5) is on it.
 */
export function computeMoveInChecklist(facts: CaseOpeningFacts): { steps: Array<{ step: MoveInStep; done: boolean }>; next: MoveInStep | null } {
  const teamComplete = facts.supportNeedLevel !== null && computeSuggestedTeam(facts.supportNeedLevel).every((r) => facts.activeTeamRoles.includes(r));
  const done: Record<MoveInStep, boolean> = {
    documents: facts.identityDocument !== null,
    data_processing_information: facts.dataProcessingInformedOn !== null,
    service_rules_information: facts.serviceRulesInformedOn !== null,
    contract: facts.contractSignedOn !== null,
    consent: facts.consentInForce,
    municipal_social_worker: facts.municipalSocialWorkerAssigned,
    initial_assessment: facts.supportNeedLevel !== null,
    team: teamComplete,
    dwelling_chosen: facts.dwellingChosen,
    move_in: facts.movedInOn !== null,
  };
  const steps = MOVE_IN_STEPS.map((step) => ({ step, done: done[step] }));
  return { steps, next: steps.find((s) => !s.done)?.step ?? null };
}

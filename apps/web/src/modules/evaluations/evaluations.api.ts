import type { DueEvaluation, EvaluationInstrument, TargetProgress } from '@socrehab/domain';
import { api } from '../../shared/api/client';

export type { DueEvaluation, EvaluationInstrument, TargetProgress };

/** One instrument completed, as the core's evaluation schedule lists it. */
export interface RecordedEvaluation {
  id: string;
  instrument: string;
  recordedOn: string;
  /** A numeric column: the server may send it as text. */
  score: number | string | null;
  answers: Record<string, string | number | boolean>;
  note: string | null;
  recordedByName: string;
}

/** `GET /api/cases/:id/evaluations`: the instruments the case's programme schedules, those recorded and those due. */
export interface CaseEvaluations { asOf: string; instruments: EvaluationInstrument[]; evaluations: RecordedEvaluation[]; due: DueEvaluation[] }
/** `GET /api/programmes/:code/provider-evaluations`: the provider's own, and the programme-level events against their targets. */
export interface ProviderEvaluations extends CaseEvaluations { targets: TargetProgress[] }

/** What a recording sends: the instrument, its day, a score where it has a scale, the answers to its questions. */
export interface EvaluationBody { instrument: string; recordedOn: string; score?: number; answers: Record<string, string | number | boolean>; note: string | null }

export const coreEvaluationKeys = {
  case: (caseId: string) => ['evaluations', 'case', caseId] as const,
  provider: (programme: string) => ['evaluations', 'provider', programme] as const,
};

export const getCaseEvaluations = (caseId: string, signal?: AbortSignal) => api<CaseEvaluations>(`/api/cases/${caseId}/evaluations`, { signal });
export const recordCaseEvaluation = (caseId: string, body: EvaluationBody) => api<unknown>(`/api/cases/${caseId}/evaluations`, { method: 'POST', body });
export const getProviderEvaluations = (programme: string, signal?: AbortSignal) => api<ProviderEvaluations>(`/api/programmes/${programme}/provider-evaluations`, { signal });
export const recordProviderEvaluation = (programme: string, body: EvaluationBody) => api<unknown>(`/api/programmes/${programme}/provider-evaluations`, { method: 'POST', body });

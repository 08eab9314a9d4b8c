import { api } from '../../shared/api/client';

/** The core's evaluation schedule of a case (`GET /api/cases/:id/evaluations`): instruments due, and those recorded. */
export interface DueEvaluation { instrument: string; at: 'start' | 'every' | 'before_agreed_end' | 'ending'; dueOn: string; daysLeft: number }
export interface RecordedEvaluation {
  id: string;
  instrument: string;
  recordedOn: string;
  occasion: string | null;
  score: number | null;
  notes: string | null;
  recordedByName: string;
}
export interface CaseEvaluations { due: DueEvaluation[]; recorded: RecordedEvaluation[] }

export interface RecordSatisfactionBody { recordedOn: string; occasion: string; score: number; notes: string | null }

export const evaluationKeys = { case: (caseId: string) => ['ip', 'case', caseId, 'evaluations'] as const };

export const getCaseEvaluations = (caseId: string, signal?: AbortSignal) => api<CaseEvaluations>(`/api/cases/${caseId}/evaluations`, { signal });

/** IP-5 a client satisfaction evaluation recorded on the case. */
export const recordSatisfaction = (caseId: string, body: RecordSatisfactionBody) =>
  api<unknown>(`/api/cases/${caseId}/evaluations`, { method: 'POST', body: { instrument: 'client_satisfaction', ...body } });

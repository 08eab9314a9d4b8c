import type { z } from 'zod';
import type { recordEvaluationSchema } from '@socrehab/domain/core/evaluation.schemas';
import type { DueEvaluation } from '@socrehab/domain/core/evaluation-schedule';
import { api } from '../../shared/api/client';

export type { DueEvaluation };

/** One instrument completed about the case, as the core's evaluation schedule lists it. */
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
export interface CaseEvaluations { asOf: string; instruments: Array<{ code: string }>; evaluations: RecordedEvaluation[]; due: DueEvaluation[] }

export const evaluationKeys = { case: (caseId: string) => ['ip', 'case', caseId, 'evaluations'] as const };

export const getCaseEvaluations = (caseId: string, signal?: AbortSignal) => api<CaseEvaluations>(`/api/cases/${caseId}/evaluations`, { signal });

/** IP-5 an instrument recorded on the case through the core's evaluation schedule. */
export const recordEvaluation = (caseId: string, body: z.input<typeof recordEvaluationSchema>) =>
  api<unknown>(`/api/cases/${caseId}/evaluations`, { method: 'POST', body });

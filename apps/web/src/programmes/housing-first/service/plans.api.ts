import type { PlanVersionsResponse, ServiceSummaryResponse } from '@socrehab/domain/programmes/housing-first/plan-responses.schemas';
import { api, query } from '../../../shared/api/client';

export type { PlanGoalView, PlanReviewView, PlanVersionView, PlanVersionsResponse, ServiceSummaryResponse } from '@socrehab/domain/programmes/housing-first/plan-responses.schemas';

/** Under `service`, so that the page's writes and the language switch refresh them like the rest of the page. */
export const planKeys = {
  versions: (caseId: string) => ['service', 'plan-versions', caseId] as const,
  summary: (caseId: string, asOf: string) => ['service', 'summary', caseId, asOf] as const,
  /** Every as-of day of a case's summary. */
  summaries: (caseId: string) => ['service', 'summary', caseId] as const,
};

/** HF-3.4.4, HF-3.2.5 every plan version and every review, newest first. */
export const getPlanVersions = (caseId: string, signal?: AbortSignal) => api<PlanVersionsResponse>(`/api/cases/${caseId}/plans`, { signal });

/** HF-3.2, HF-2.2, HF-2.4 the case's service as of a day. */
export const getServiceSummary = (caseId: string, asOf: string, signal?: AbortSignal) =>
  api<ServiceSummaryResponse>(`/api/cases/${caseId}/service${query({ asOf })}`, { signal });

/** HF-3.4.4 a plan version printed for the signatures (the language is added by the link). */
export const planPdf = (caseId: string, version: number) => `/api/cases/${caseId}/plan.pdf${query({ version })}`;

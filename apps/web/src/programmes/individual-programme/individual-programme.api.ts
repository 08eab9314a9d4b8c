import type { z } from 'zod';
import type {
  endIpCaseSchema, ipCaseDetailSchema, ipCaseListSchema, ledgerSchema, openIpCaseSchema, plannedVsDeliveredSchema, providerOverviewSchema,
  recordDeliverySchema, satisfactionAnalysisSchema, targetGroupReportSchema,
  addServiceLineSchema, recordCostSchema, setCoPaymentSchema,
} from '@socrehab/domain/programmes/individual-programme/api.schemas';
import type { recordEvaluationSchema } from '@socrehab/domain/core/evaluation.schemas';
import type { DueEvaluation } from '@socrehab/domain/core/evaluation-schedule';
import { api, query } from '../../shared/api/client';

/** The Individual Programme's API client (IP-1 – IP-6): the server's `/api/individual-programme/...`, typed by the shared schemas. */
const BASE = '/api/individual-programme';

export type IpCaseList = z.infer<typeof ipCaseListSchema>;
export type IpCaseDetail = z.infer<typeof ipCaseDetailSchema>;
export type PlannedVsDelivered = z.infer<typeof plannedVsDeliveredSchema>;
export type PlannedLine = PlannedVsDelivered['lines'][number];
export type Ledger = z.infer<typeof ledgerSchema>;
export type ProviderOverview = z.infer<typeof providerOverviewSchema>;
export type SatisfactionAnalysis = z.infer<typeof satisfactionAnalysisSchema>;
export type TargetGroupReport = z.infer<typeof targetGroupReportSchema>;
export type CoPayment = IpCaseDetail['coPayments'][number];

/** Every query of the programme starts with `ip`, so a write or a language switch refreshes them together. */
export const ipKeys = {
  all: ['ip'] as const,
  cases: ['ip', 'cases'] as const,
  case: (id: string) => ['ip', 'case', id] as const,
  caseManagers: ['ip', 'case-managers'] as const,
  lines: (id: string, month: string) => ['ip', 'case', id, 'lines', month] as const,
  ledger: (id: string, year: number) => ['ip', 'case', id, 'ledger', year] as const,
  providers: (month: string) => ['ip', 'providers', month] as const,
  satisfaction: (year: number) => ['ip', 'satisfaction', year] as const,
  /** The report carries a footnote in the request's language: one entry per language. */
  report: (year: number, language: string) => ['ip', 'report', year, language] as const,
  providerLedger: (id: string, year: number) => ['ip', 'provider-ledger', id, year] as const,
  selfAssessments: ['ip', 'self-assessments'] as const,
  dwellings: (municipalityAtvk: string) => ['ip', 'dwellings', municipalityAtvk] as const,
};

/** IP-1 the providers and their social workers a case may be opened with (the server decides whom the caller may choose). */
export interface CaseManagerChoices { providers: Array<{ id: string; name: string; socialWorkers: Array<{ id: string; displayName: string }> }> }
export const getCaseManagerChoices = (signal?: AbortSignal) => api<CaseManagerChoices>(`${BASE}/case-managers`, { signal });

export const getIpCases = (signal?: AbortSignal) => api<IpCaseList>(`${BASE}/cases`, { signal });
export const getIpCase = (id: string, signal?: AbortSignal) => api<IpCaseDetail>(`${BASE}/cases/${id}`, { signal });
/** IP-1 opens a case for a person or a family: the granting decision. */
export const openIpCase = (body: z.input<typeof openIpCaseSchema>) => api<{ caseId: string; caseNumber: string | null }>(`${BASE}/cases`, { method: 'POST', body });
/** IP-5 the service ends: the case closes that day and the ending's satisfaction survey falls due. */
export const endIpCase = (id: string, body: z.input<typeof endIpCaseSchema>) => api<unknown>(`${BASE}/cases/${id}/ending`, { method: 'POST', body });

/** IP-2 the plan's service lines in force in a month, planned against delivered. */
export const getServiceLines = (id: string, month: string, signal?: AbortSignal) =>
  api<PlannedVsDelivered>(`${BASE}/cases/${id}/service-lines${query({ month })}`, { signal });
/** IP-2 the volume delivered on one line in a month. */
export const recordDelivery = (id: string, lineId: string, body: z.input<typeof recordDeliverySchema>) =>
  api<unknown>(`${BASE}/cases/${id}/service-lines/${lineId}/deliveries`, { method: 'PUT', body });

/** IP-2 a service line of the content catalogue added to the plan with its volume planned per month. */
export const addServiceLine = (id: string, body: z.input<typeof addServiceLineSchema>) =>
  api<unknown>(`${BASE}/cases/${id}/service-lines`, { method: 'POST', body });
/** IP-2 housing: the dwellings of the housing stock in the case's municipality (the core's list). */
export const getDwellingsIn = (municipalityAtvk: string, signal?: AbortSignal) =>
  api<{ items: Array<{ id: string; address: string }> }>(`/api/dwellings${query({ municipalityAtvk })}`, { signal });

/** IP-3 a month's planned and actual cost of a kind; the client's co-payment for the flat from a month on. */
export const recordCost = (id: string, body: z.input<typeof recordCostSchema>) => api<unknown>(`${BASE}/cases/${id}/costs`, { method: 'PUT', body });
export const setCoPayment = (id: string, body: z.input<typeof setCoPaymentSchema>) => api<unknown>(`${BASE}/cases/${id}/co-payment`, { method: 'PUT', body });

/** IP-3 the client's monthly ledger for a year. */
export const getLedger = (id: string, year: number, signal?: AbortSignal) => api<Ledger>(`${BASE}/cases/${id}/ledger${query({ year })}`, { signal });

/** IP-4 the welfare department's providers in a month; IP-5/IP-6 their satisfaction results in a year. */
export const getProviderOverview = (month: string, signal?: AbortSignal) => api<ProviderOverview>(`${BASE}/providers${query({ month })}`, { signal });
export const getSatisfaction = (year: number, signal?: AbortSignal) => api<SatisfactionAnalysis>(`${BASE}/reports/satisfaction${query({ year })}`, { signal });
/** IP-3, IP-4 a provider's monthly ledger for a year (the welfare department, or the provider's own manager). */
export const getProviderLedger = (id: string, year: number, signal?: AbortSignal) => api<Ledger>(`${BASE}/providers/${id}/ledger${query({ year })}`, { signal });

/** IP-6 the provider's self-assessments, recorded and due, through the core's evaluation schedule (the provider's managers). */
export interface SelfAssessments {
  asOf: string;
  evaluations: Array<{ id: string; instrument: string; recordedOn: string; score: number | string | null; note: string | null; recordedByName: string }>;
  due: DueEvaluation[];
}
const PROVIDER_EVALUATIONS = '/api/programmes/individual_programme/provider-evaluations';
export const getSelfAssessments = (signal?: AbortSignal) => api<SelfAssessments>(PROVIDER_EVALUATIONS, { signal });
export const recordSelfAssessment = (body: z.input<typeof recordEvaluationSchema>) => api<unknown>(PROVIDER_EVALUATIONS, { method: 'POST', body });

/** IP-4 the target-group report of a year, and its downloads in the UI language. */
export const getTargetGroupReport = (year: number, signal?: AbortSignal) => api<TargetGroupReport>(`${BASE}/reports/target-groups${query({ year })}`, { signal });
export const targetGroupReportFile = (year: number, format: 'pdf' | 'xlsx', lang: 'lv' | 'en') => `${BASE}/reports/target-groups.${format}${query({ year, lang })}`;

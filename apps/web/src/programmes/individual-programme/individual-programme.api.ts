import type { z } from 'zod';
import type {
  ipCaseDetailSchema, ipCaseListSchema, ledgerSchema, plannedVsDeliveredSchema, providerOverviewSchema,
  recordDeliverySchema, satisfactionAnalysisSchema, targetGroupReportSchema,
} from '@socrehab/domain/programmes/individual-programme/api.schemas';
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
  lines: (id: string, month: string) => ['ip', 'case', id, 'lines', month] as const,
  ledger: (id: string, year: number) => ['ip', 'case', id, 'ledger', year] as const,
  providers: (month: string) => ['ip', 'providers', month] as const,
  satisfaction: (year: number) => ['ip', 'satisfaction', year] as const,
  /** The report carries a footnote in the request's language: one entry per language. */
  report: (year: number, language: string) => ['ip', 'report', year, language] as const,
};

export const getIpCases = (signal?: AbortSignal) => api<IpCaseList>(`${BASE}/cases`, { signal });
export const getIpCase = (id: string, signal?: AbortSignal) => api<IpCaseDetail>(`${BASE}/cases/${id}`, { signal });

/** IP-2 the plan's service lines in force in a month, planned against delivered. */
export const getServiceLines = (id: string, month: string, signal?: AbortSignal) =>
  api<PlannedVsDelivered>(`${BASE}/cases/${id}/service-lines${query({ month })}`, { signal });
/** IP-2 the volume delivered on one line in a month. */
export const recordDelivery = (id: string, lineId: string, body: z.input<typeof recordDeliverySchema>) =>
  api<unknown>(`${BASE}/cases/${id}/service-lines/${lineId}/deliveries`, { method: 'PUT', body });

/** IP-3 the client's monthly ledger for a year. */
export const getLedger = (id: string, year: number, signal?: AbortSignal) => api<Ledger>(`${BASE}/cases/${id}/ledger${query({ year })}`, { signal });

/** IP-4 the welfare department's providers in a month; IP-5/IP-6 their satisfaction results in a year. */
export const getProviderOverview = (month: string, signal?: AbortSignal) => api<ProviderOverview>(`${BASE}/providers${query({ month })}`, { signal });
export const getSatisfaction = (year: number, signal?: AbortSignal) => api<SatisfactionAnalysis>(`${BASE}/reports/satisfaction${query({ year })}`, { signal });

/** IP-4 the target-group report of a year, and its downloads in the UI language. */
export const getTargetGroupReport = (year: number, signal?: AbortSignal) => api<TargetGroupReport>(`${BASE}/reports/target-groups${query({ year })}`, { signal });
export const targetGroupReportFile = (year: number, format: 'pdf' | 'xlsx', lang: 'lv' | 'en') => `${BASE}/reports/target-groups.${format}${query({ year, lang })}`;

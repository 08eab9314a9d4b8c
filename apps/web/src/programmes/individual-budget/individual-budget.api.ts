import type { z } from 'zod';
import type {
  CombinedRank, IbService, IbUnit, Pilot, FamilyRanker, AssessmentProfession, BudgetWarning, LedgerCell, UnmetRow,
  openIbCaseSchema, recordAssessmentSchema, savePlanVersionSchema, recordDeliverySchema, recordInterruptionSchema, reportDifficultySchema, endIbCaseSchema, catalogueEntrySchema, INTERRUPTION_REASONS,
  IB_ENDING_REASONS,
} from '@socrehab/domain/programmes/individual-budget/index';
import { api, query } from '../../shared/api/client';

/** The Individual Budget programme's API client (IB-1 – IB-6): the server's `/api/individual-budget/...`. */
const BASE = '/api/individual-budget';

export interface IbCaseSummary {
  caseId: string; caseNumber: string | null; personId: string; personName: string; pilot: Pilot; municipalityAtvk: string; municipalityName: string; municipalityNameEn: string;
  organisationName: string; caseManagerName: string | null; openedOn: string; closedOn: string | null; status: 'open' | 'closed';
}
export interface IbAssessment {
  id: string; period: number; assessedOn: string; kind: 'initial' | 'reassessment'; team: AssessmentProfession[]; goals: string[];
  teamRanking: Array<{ service: IbService; rank: number; perMonth: number }>; familyRanking: Array<{ service: IbService; rank: number }>;
  rankedBy: FamilyRanker; budgetCents: number; periodFrom: string; periodTo: string; combined: CombinedRank[];
}
export interface IbPlanVersion {
  id: string; version: number; validFrom: string; reason: string; agreedBy: FamilyRanker; agreedOn: string; createdByName: string; createdAt: string;
  lines: Array<{ service: IbService; unit: IbUnit; providerName: string; perMonth: number; schedule: string; unitPriceCents: number }>;
}
export type InterruptionReason = (typeof INTERRUPTION_REASONS)[number];
export interface IbInterruption { id: string; service: IbService; from: string; to: string | null; reason: InterruptionReason; note: string | null }
export interface IbCaseDetail extends IbCaseSummary {
  birthDate: string | null; referredOn: string; representative: FamilyRanker; representativeName: string | null; endingReason: (typeof IB_ENDING_REASONS)[number] | null;
  assessments: IbAssessment[]; reassessment: { dueOn: string; kind: 'initial' | 'reassessment'; daysLeft: number } | null; planVersions: IbPlanVersion[];
  interruptions: IbInterruption[]; difficulties: Array<{ id: string; reportedOn: string; service: IbService | null; description: string }>; abilities: { record: boolean; recordMeeting: boolean };
}
export interface IbLedger {
  period: number; periods: number; from: string; to: string; warningPercent: number; budgetCents: number; plannedCents: number; spentCents: number; remainingCents: number;
  projectedCents: number; spentPercent: number | null; warning: BudgetWarning; cells: LedgerCell[];
  byService: Array<{ service: IbService; planned: number; delivered: number; plannedCents: number; spentCents: number; notCarriedOut: number; interruptedShortfall: number; interruptedDays: number }>;
  byMonth: Array<{ month: string; plannedCents: number; spentCents: number; cumulativeSpentCents: number }>;
  interruptions: Array<IbInterruption & { daysInPeriod: number }>;
}
export interface IbCatalogueEntry { municipalityAtvk: string; municipalityName: string; municipalityNameEn: string; service: IbService; unitPriceCents: number; providerName: string | null; nearestKm: number; shortage: boolean; note: string | null }
export interface IbUnmetReport { from: string; to: string; suppressed: boolean; rows: Array<UnmetRow & { municipalityName: string; municipalityNameEn: string }> }

/** Every query of the programme starts with `ib`, so a write refreshes them together. */
export const ibKeys = {
  all: ['ib'] as const,
  cases: ['ib', 'cases'] as const,
  case: (id: string) => ['ib', 'case', id] as const,
  ledger: (id: string, period: number | null) => ['ib', 'case', id, 'ledger', period] as const,
  caseManagers: ['ib', 'case-managers'] as const,
  catalogue: (atvk: string | null) => ['ib', 'catalogue', atvk] as const,
  report: (from: string, to: string) => ['ib', 'report', from, to] as const,
};

export const getIbCases = (signal?: AbortSignal) => api<{ items: IbCaseSummary[] }>(`${BASE}/cases`, { signal });
export const getIbCase = (id: string, signal?: AbortSignal) => api<IbCaseDetail>(`${BASE}/cases/${id}`, { signal });
export const getCaseManagers = (signal?: AbortSignal) => api<{ municipalityAtvk: string | null; socialWorkers: Array<{ id: string; displayName: string }> }>(`${BASE}/case-managers`, { signal });
export const openIbCase = (body: z.input<typeof openIbCaseSchema>) => api<{ caseId: string; caseNumber: string | null }>(`${BASE}/cases`, { method: 'POST', body });
export const endIbCase = (id: string, body: z.input<typeof endIbCaseSchema>) => api<unknown>(`${BASE}/cases/${id}/ending`, { method: 'POST', body });
export const recordAssessment = (id: string, body: z.input<typeof recordAssessmentSchema>) => api<IbAssessment>(`${BASE}/cases/${id}/assessments`, { method: 'POST', body });
export const savePlanVersion = (id: string, body: z.input<typeof savePlanVersionSchema>) => api<{ id: string; version: number }>(`${BASE}/cases/${id}/plan-versions`, { method: 'POST', body });
export const recordDelivery = (id: string, body: z.input<typeof recordDeliverySchema>) => api<unknown>(`${BASE}/cases/${id}/deliveries`, { method: 'PUT', body });
export const reportDifficulty = (id: string, body: z.input<typeof reportDifficultySchema>) => api<unknown>(`${BASE}/cases/${id}/difficulties`, { method: 'POST', body });
export const recordInterruption = (id: string, body: z.input<typeof recordInterruptionSchema>) => api<unknown>(`${BASE}/cases/${id}/interruptions`, { method: 'POST', body });
export const resumeInterruption = (id: string, interruptionId: string, to: string) => api<unknown>(`${BASE}/cases/${id}/interruptions/${interruptionId}/resumption`, { method: 'POST', body: { to } });
export const getLedger = (id: string, period: number | null, signal?: AbortSignal) => api<IbLedger>(`${BASE}/cases/${id}/ledger${query({ period: period ?? undefined })}`, { signal });
export const getCatalogue = (municipalityAtvk: string | null, signal?: AbortSignal) =>
  api<{ items: IbCatalogueEntry[]; mayEdit: boolean }>(`${BASE}/catalogue${query({ municipalityAtvk: municipalityAtvk ?? undefined })}`, { signal });
/** IB-3, IB-5 a manager sets a municipality's catalogue entry (a municipal social service only its own municipality's). */
export const saveCatalogueEntry = (body: z.input<typeof catalogueEntrySchema>) => api<{ id: string }>(`${BASE}/catalogue`, { method: 'PUT', body });
export const getUnmetReport = (from: string, to: string, signal?: AbortSignal) => api<IbUnmetReport>(`${BASE}/reports/unmet-services${query({ from, to })}`, { signal });
export const unmetReportFile = (from: string, to: string, format: 'pdf' | 'xlsx', lang: 'lv' | 'en') => `${BASE}/reports/unmet-services.${format}${query({ from, to, lang })}`;
/** IB-6 the end-of-pilot meeting with the family and its feedback (on the core's evaluation schedule). */
export const recordClosingMeeting = (id: string, body: { recordedOn: string; answers: Record<string, string | number | boolean>; note: string | null }) =>
  api<unknown>(`${BASE}/cases/${id}/closing-meeting`, { method: 'POST', body });

import { api, query } from '../../../shared/api/client';

/** HF-3.4.6 a version of an inter-institutional cooperation protocol. */
export interface ProtocolVersion {
  id: string; protocolId: string; version: number; heldOn: string; institutions: string[]; participants: string[]; topic: string; agreed: string;
  actions: Array<{ what: string; who: string; byDate: string | null }>; correctionReason: string | null; recordedByName: string | null; createdAt: string;
}
export interface ProtocolItem { protocolId: string; current: ProtocolVersion; history: ProtocolVersion[] }
export interface ProtocolBody {
  heldOn: string; institutions: string[]; participants: string[]; topic: string; agreed: string; actions: Array<{ what: string; who: string; byDate: string | null }>;
}

export const protocolKeys = { list: (caseId: string) => ['hf', 'protocols', caseId] as const };

export const getProtocols = (caseId: string, signal?: AbortSignal) => api<{ items: ProtocolItem[] }>(`/api/cases/${caseId}/protocols`, { signal });
export const recordProtocol = (caseId: string, body: ProtocolBody) => api<{ protocol: ProtocolVersion }>(`/api/cases/${caseId}/protocols`, { method: 'POST', body });
export const correctProtocol = (caseId: string, protocolId: string, body: ProtocolBody & { basedOnVersion: number; correctionReason: string }) =>
  api<{ protocol: ProtocolVersion }>(`/api/cases/${caseId}/protocols/${protocolId}/versions`, { method: 'POST', body });
export const protocolPdf = (caseId: string, protocolId: string, version?: number) => `/api/cases/${caseId}/protocols/${protocolId}/protocol.pdf${query({ version })}`;
export const planReportPdf = (caseId: string, from: string, to: string) => `/api/cases/${caseId}/plan-report.pdf${query({ from, to })}`;

/** HF-3.4.6 the plan-implementation report of a period, as the server gives it to the page and prints it as PDF. */
export interface PlanReportGoal {
  domain: string; goal: string; tasks: string | null; deadline: string | null; responsibleName: string | null; status: string; result: string | null;
}
export interface PlanReport {
  caseNumber: string | null;
  from: string;
  to: string;
  person: { fullName: string };
  socialWorkerName: string | null;
  summary: {
    versions: Array<{ version: number; startedOn: string; endedOn: string | null }>;
    latest: { version: number; goals: PlanReportGoal[] } | null;
    statusCounts: { done: number; in_progress: number; planned: number; dropped: number };
    dueInPeriod: PlanReportGoal[];
    reviews: Array<{ reviewedOn: string; note: string; recordedByName: string | null }>;
    work: { visits: number; visitsMet: number; contacts: number; workLogEntries: number; hours: number };
  };
}
export const planReportKeys = { of: (caseId: string, from: string, to: string) => ['service', 'plan-report', caseId, from, to] as const };
export const getPlanReport = (caseId: string, from: string, to: string, signal?: AbortSignal) => api<PlanReport>(`/api/cases/${caseId}/plan-report${query({ from, to })}`, { signal });

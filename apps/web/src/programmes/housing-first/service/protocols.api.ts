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

import { api, query } from '../../shared/api/client';

export interface AuditEntry {
  id: number;
  at: string;
  actor: { id: string; displayName: string | null } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  personId: string | null;
  changes: Record<string, unknown> | null;
  requestId: string | null;
}

export interface AuditPage {
  items: AuditEntry[];
  hasMore: boolean;
  nextBeforeId: number | null;
}

/** Newest first; `beforeId` pages back. Without a person or user: the manager's organisation. */
export const findAuditEntries = (params: { personId?: string; userId?: string; beforeId?: number }) =>
  api<AuditPage>(`/api/audit${query(params)}`);

import { api, query } from '../../shared/api/client';

export interface AuditEntry {
  id: number;
  at: string;
  actor: { id: string; displayName: string | null } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  personId: string | null;
  /** Whether the reader may open the person: only then is there a link, and the details. */
  personReadable: boolean;
  /** Null when withheld: the entry holds personal data the reader may not read (HF-4.4). */
  changes: Record<string, unknown> | null;
  /** When the details are withheld: the names of the fields recorded. */
  withheldFields: string[] | null;
  requestId: string | null;
  clientAddress: string | null;
}

export interface AuditPage {
  items: AuditEntry[];
  hasMore: boolean;
  nextBeforeId: number | null;
}

/** Newest first; `beforeId` pages back. Without a person or user: the manager's organisation. */
export const findAuditEntries = (params: { personId?: string; userId?: string; beforeId?: number }) =>
  api<AuditPage>(`/api/audit${query(params)}`);

import type { PersonFieldsInput, RelationKind } from '@socrehab/domain';
import { api, query } from '../../shared/api/client';

/** One row of the search results. */
export interface PersonListItem {
  id: string;
  givenNames: string;
  surnames: string;
  personalCode: string | null;
  birthDate: string | null;
  whereaboutsKind: string;
  organisationName: string;
}

export interface PersonPage {
  items: PersonListItem[];
  page: number;
  pageSize: number;
  hasMore: boolean;
}

interface PersonRef {
  id: string;
  givenNames: string;
  surnames: string;
}

/** Everything the person page shows (GET /api/persons/:id). */
export interface PersonDetail {
  id: string;
  version: number;
  givenNames: string;
  surnames: string;
  personalCode: string | null;
  birthDate: string | null;
  gender: string | null;
  languages: string[];
  phone: string | null;
  email: string | null;
  declaredAddress: string | null;
  whereaboutsKind: string;
  whereabouts: string | null;
  notes: string | null;
  organisation: { id: string; name: string };
  codes: Array<{ code: string; format: 'old' | 'new'; validFrom: string; replacedAt: string | null; changeReason: string | null }>;
  household: { id: string; members: Array<PersonRef & { birthDate?: string | null }> } | null;
  relations: Array<{ id: string; kind: RelationKind; note: string | null; person: PersonRef }>;
  mergedInto: { id: string } | null;
  createdAt: string;
  updatedAt: string;
  /** Issue 14: whether the address is protected, hidden from the reader, and whether they may change it (with its periods, to them only). */
  addressProtection: AddressProtection;
}

export interface AddressProtection {
  protected: boolean;
  hidden: boolean;
  canChange: boolean;
  history: Array<{ id: string; setAt: string; reason: string; setByName: string | null; clearedAt: string | null; clearReason: string | null; clearedByName: string | null }>;
}

export interface PersonWithAbilities {
  person: PersonDetail;
  abilities: { edit: boolean; merge: boolean; readAudit: boolean; changeCode: boolean };
}

export interface DuplicateCandidate {
  id: string;
  givenNames: string;
  surnames: string;
  personalCode: string | null;
  birthDate: string | null;
  reason: 'same_code' | 'similar_name_same_birth_date';
}

export interface HistoryEntry {
  id: number;
  at: string;
  actor: { id: string; displayName: string | null } | null;
  action: string;
  changes: Record<string, { from: unknown; to: unknown }> | null;
}

export interface MergeEntry {
  id: string;
  survivor: PersonRef;
  merged: PersonRef;
  mergedAt: string;
  mergedBy: { displayName: string };
  unmergedAt: string | null;
}

/** A save answer: the person as stored, and warnings (i18n keys) that did not stop the save. */
export interface SavedPerson {
  person: PersonDetail;
  warnings: string[];
}

export const findPersons = (params: { q: string; page: number; pageSize?: number }, signal?: AbortSignal) =>
  api<PersonPage>(`/api/persons${query({ q: params.q, page: params.page, pageSize: params.pageSize ?? 20 })}`, { signal });
export const findDuplicates = (params: { givenNames: string; surnames: string; birthDate: string | null; personalCode: string | null }, signal?: AbortSignal) =>
  api<{ candidates: DuplicateCandidate[] }>(`/api/persons/duplicates${query(params)}`, { signal });
export const getPerson = (id: string) => api<PersonWithAbilities>(`/api/persons/${id}`);
export const createPerson = (body: { person: PersonFieldsInput; confirmNotDuplicate: boolean }) =>
  api<SavedPerson>('/api/persons', { method: 'POST', body });
export const updatePerson = (id: string, body: { version: number; person: PersonFieldsInput }) =>
  api<SavedPerson>(`/api/persons/${id}`, { method: 'PUT', body });
export const changePersonalCode = (id: string, body: { version: number; newCode: string; reason?: string }) =>
  api<SavedPerson>(`/api/persons/${id}/personal-code`, { method: 'POST', body });
export const protectAddress = (id: string, reason: string) =>
  api<{ person: PersonDetail }>(`/api/persons/${id}/address-protection`, { method: 'POST', body: { reason } });
export const clearAddressProtection = (id: string, reason: string) =>
  api<{ person: PersonDetail }>(`/api/persons/${id}/address-protection/clearance`, { method: 'POST', body: { reason } });
export const getPersonHistory = (id: string) => api<{ items: HistoryEntry[] }>(`/api/persons/${id}/history`);
export const addRelation = (id: string, body: { relatedPersonId: string; kind: RelationKind; note: string | null }) =>
  api<{ id: string }>(`/api/persons/${id}/relations`, { method: 'POST', body });
export const removeRelation = (id: string, relationId: string) => api<void>(`/api/persons/${id}/relations/${relationId}`, { method: 'DELETE' });
export const joinHousehold = (id: string, withPersonId: string) => api<void>(`/api/persons/${id}/household`, { method: 'PUT', body: { withPersonId } });
export const leaveHousehold = (id: string) => api<void>(`/api/persons/${id}/household`, { method: 'DELETE' });
export const mergePersons = (survivorId: string, duplicateId: string) =>
  api<{ merge: { id: string } }>(`/api/persons/${survivorId}/merge`, { method: 'POST', body: { duplicateId } });
export const getMerges = (id: string) => api<{ items: MergeEntry[] }>(`/api/persons/${id}/merges`);
export const unmerge = (mergeId: string) => api<void>(`/api/merges/${mergeId}/unmerge`, { method: 'POST' });

/** Query keys, so that a change can refresh exactly what it touched. */
export const personKeys = {
  all: ['persons'] as const,
  list: (q: string, page: number) => ['persons', 'list', q, page] as const,
  detail: (id: string) => ['persons', 'detail', id] as const,
  history: (id: string) => ['persons', 'history', id] as const,
  merges: (id: string) => ['persons', 'merges', id] as const,
};

export const fullName = (p: { givenNames: string; surnames: string }) => `${p.givenNames} ${p.surnames}`;

import i18next from 'i18next';
import { ApiError, type FieldError } from '../../shared/api/client';

/** One problem of an imported file: its line (1 is the header), the field, the stable key and the message. */
export interface ImportIssue { line: number; field: string; code: string; message: string }

/** The answer of a valid file: what was (or, on a check, would be) created, and what was already there. */
export interface ImportSummary { dryRun: boolean; created: number; unchanged: number; createdByType: Record<string, number> }

/** The format's documentation in the repository. */
/** The format's description (docs/case-history-format.md), served as Markdown. */
export const CASE_HISTORY_FORMAT_DOC = '/api/case-history/format.md';

/** One case's whole history as JSON Lines (socrehab.case-history, version 2). */
export const caseHistoryExport = (caseId: string) => `/api/cases/${caseId}/history.jsonl`;
/** Every case of the manager's organisation. */
export const organisationHistoryExport = '/api/case-history/export.jsonl';

/**
 * POST /api/case-history/import with the file as application/x-ndjson (the shared client sends JSON
 * only). All or nothing; `dryRun` only checks. A refused file throws an ApiError whose `details.errors`
 * lists every line and field.
 */
export async function importCaseHistory(text: string, options: { dryRun: boolean; csrfToken: string | null }): Promise<ImportSummary> {
  const headers: Record<string, string> = {
    accept: 'application/json', 'accept-language': i18next.language === 'en' ? 'en' : 'lv', 'content-type': 'application/x-ndjson',
  };
  if (options.csrfToken) headers['x-csrf-token'] = options.csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/case-history/import${options.dryRun ? '?dryRun=true' : ''}`, { method: 'POST', headers, credentials: 'same-origin', body: text });
  } catch {
    throw new ApiError(0, 'network', i18next.t('app.networkError'));
  }
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const body = (data as { error?: { code?: string; message?: string; fields?: Record<string, FieldError>; details?: unknown } } | null)?.error;
    throw new ApiError(response.status, body?.code ?? 'internal', body?.message ?? i18next.t('errors.internal'), body?.fields ?? {}, body?.details);
  }
  return data as ImportSummary;
}

/** The listed problems of a refused file, or none. */
export function importIssuesOf(error: unknown): ImportIssue[] {
  if (!(error instanceof ApiError)) return [];
  const errors = (error.details as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(errors) ? (errors as ImportIssue[]) : [];
}

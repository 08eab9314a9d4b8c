import i18next from 'i18next';

/** A reason the server gave for one field: a stable i18n key and its message in the request language. */
export interface FieldError {
  code: string;
  message: string;
  /** The values the reason names, e.g. the limit `max` (issue 11 §5). */
  params?: Record<string, string | number>;
}

/** The server's one error shape, `{ error: { code, message, fields, details } }`, as a thrown error. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, FieldError> = {},
    readonly details: unknown = undefined,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
/** The token from sign-in / `me`; every write sends it back in `x-csrf-token`. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

let onUnauthorized: () => void = () => {};
/** Called when the server answers 401 (the session ended): the app shows the sign-in page. */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Calls the API with the session cookie, the UI language and, on writes, the CSRF token. */
export async function api<T>(path: string, options: { method?: Method; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': i18next.language === 'en' ? 'en' : 'lv' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', i18next.t('app.networkError'));
  }
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) throw errorOf(response, data, path);
  return data as T;
}

/** The server's error answer as an ApiError; a 401 outside sign-in shows the sign-in page. */
function errorOf(response: Response, data: unknown, path: string): ApiError {
  const body = (data as { error?: { code?: string; message?: string; fields?: Record<string, FieldError>; details?: unknown } } | null)?.error;
  const error = new ApiError(response.status, body?.code ?? 'internal', body?.message ?? i18next.t('errors.internal'), body?.fields ?? {}, body?.details);
  if (response.status === 401 && !path.startsWith('/api/auth/')) onUnauthorized();
  return error;
}

/** A write whose answer is a file (a ZIP): its bytes and the name the server gave it; errors as `api` gives them. */
export async function apiFile(path: string, body: unknown): Promise<{ blob: Blob; fileName: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-language': i18next.language === 'en' ? 'en' : 'lv' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'network', i18next.t('app.networkError'));
  }
  if (!response.ok) throw errorOf(response, await response.json().catch(() => null), path);
  const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'download';
  return { blob: await response.blob(), fileName };
}

/** Builds a query string, leaving out empty values. */
export function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  const s = search.toString();
  return s ? `?${s}` : '';
}

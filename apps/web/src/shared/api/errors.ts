import type { TFunction } from 'i18next';
import { ApiError } from './client';

/**
 * Field errors for a form, translated in the current language from the server's stable codes (so they
 * follow a language switch); `prefix` strips the body path, e.g. `person.` in `person.givenNames`.
 */
export function fieldErrorsOf(error: unknown, t: TFunction, prefix = ''): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const [path, reason] of Object.entries(error.fields)) {
    const field = prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path;
    out[field] = t(reason.code, { ...reason.params, defaultValue: reason.message });
  }
  return out;
}

/** The message to show for any failed call. */
export function messageOf(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.code === 'network') return t('app.networkError');
    return error.message;
  }
  return t('errors.internal');
}

export const isApiError = (error: unknown, code: string): error is ApiError => error instanceof ApiError && error.code === code;

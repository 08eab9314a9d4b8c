/**
 * The one error type use cases throw. `code` is stable and dotted (`persons.not_found`); the HTTP
 * handler translates `messageKey` into the user's language and answers with
 * `{ error: { code, message, fields, details } }`.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageKey: string,
    readonly options: {
      /** Per-field reasons, as i18n keys, keyed by dotted field path. */
      fields?: Record<string, string>;
      /** Data the client needs to recover, e.g. the current record on a version conflict. */
      details?: unknown;
      /** Values for the message's placeholders. */
      params?: Record<string, string | number>;
    } = {},
  ) {
    super(code);
  }
}

export const notFound = (code: string, messageKey: string) => new AppError(404, code, messageKey);
export const forbidden = () => new AppError(403, 'auth.forbidden', 'errors.auth.forbidden');
export const conflict = (code: string, messageKey: string, details?: unknown) =>
  new AppError(409, code, messageKey, { details });
export const invalidField = (field: string, messageKey: string) =>
  new AppError(400, 'validation.failed', 'errors.validation', { fields: { [field]: messageKey } });

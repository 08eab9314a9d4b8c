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
      /** Per-field reasons, as i18n keys (or a key with the values of its placeholders), keyed by dotted field path. */
      fields?: Record<string, string | FieldReason>;
      /** Data the client needs to recover, e.g. the current record on a version conflict. */
      details?: unknown;
      /** Values for the message's placeholders. */
      params?: Record<string, string | number>;
    } = {},
  ) {
    super(code);
  }
}

/** A field's reason with the limit it names (`validation.tooBig` with `{ max: 5 }`). */
export interface FieldReason { key: string; params: Record<string, string | number> }

export const notFound = (code: string, messageKey: string) => new AppError(404, code, messageKey);
export const forbidden = () => new AppError(403, 'auth.forbidden', 'errors.auth.forbidden');
export const conflict = (code: string, messageKey: string, details?: unknown) =>
  new AppError(409, code, messageKey, { details });
export const invalidField = (field: string, messageKey: string, params?: FieldReason['params']) =>
  new AppError(400, 'validation.failed', 'errors.validation', { fields: { [field]: params ? { key: messageKey, params } : messageKey } });

/**
 * The SQLSTATE and constraint of a database error — from node-postgres or PGlite, also when Drizzle
 * wraps it (`DrizzleQueryError.cause`) — or null for any other error.
 */
export function databaseErrorOf(error: unknown): { code: string; constraint: string | null } | null {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return { code, constraint: typeof constraint === 'string' ? constraint : null };
  }
  return null;
}

/** SQLSTATE 23505: a UNIQUE index refused a second row with the same value (two requests at once). */
export const isUniqueViolation = (error: unknown, constraint?: string) => {
  const found = databaseErrorOf(error);
  return found?.code === '23505' && (!constraint || found.constraint === constraint);
};

/** Unique values two requests can collide on, by the index that guards them, and the field they come from. */
const UNIQUE_VALUE_FIELDS: Record<string, string> = {
  programme_settings_programme_code_effective_from_key: 'effectiveFrom',
  cases_case_number: 'caseNumber',
  users_email_key: 'email',
};

/**
 * Issue 11 §1: what two concurrent writers can still meet in the database itself becomes a 409, never
 * a 500 — a unique index refusing the second of two equal values (with the field where one is named),
 * or PostgreSQL ending one of two transactions that wait on each other (deadlock, serialization).
 */
export function appErrorOfDatabase(error: unknown): AppError | null {
  const found = databaseErrorOf(error);
  if (found?.code === '23505') {
    const field = found.constraint ? UNIQUE_VALUE_FIELDS[found.constraint] : undefined;
    return new AppError(409, 'conflict.duplicate', 'errors.duplicateValue', field ? { fields: { [field]: 'errors.duplicateValue' } } : {});
  }
  if (found?.code === '40001' || found?.code === '40P01') return new AppError(409, 'conflict.concurrent_change', 'errors.concurrentChange');
  return null;
}

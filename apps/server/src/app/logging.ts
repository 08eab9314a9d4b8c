import type { FastifyServerOptions } from 'fastify';

/** Where log lines go instead of standard output (tests capture them). */
export interface LogStream {
  write(line: string): void;
}

/**
 * The server's log carries no personal data (GDPR Art. 5(1)(c), 32; issue 11 §4): a request line names
 * the method, the path without its query string (search terms are names, personal codes, birth dates)
 * and the request id; never headers, cookies, bodies or the client address (the audit log keeps that).
 * A failed query is logged by its SQL text and the database's error code, never its parameters or the
 * database's own message, which can quote a value ("Key (code)=(…) already exists", "invalid input syntax
 * for type uuid: …"), only its code and the constraint, table and column it names. Redaction catches the
 * same fields anywhere else.
 */
export function loggerOptions(level: string, stream?: LogStream): NonNullable<FastifyServerOptions['logger']> {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        'req.headers', 'req.body', 'req.query', 'res.headers', 'headers', 'body', 'query', 'cookies', 'password', 'params', '*.params',
        '*.password', '*.cookie', '*.authorization', '*["x-csrf-token"]', 'err.detail', 'err.cause.params', 'err.cause.detail',
        // issue 14, protected address: an address never reaches the log, wherever a field carries one
        'declaredAddress', 'whereabouts', 'address', 'dwellingAddress', '*.declaredAddress', '*.whereabouts', '*.address', '*.dwellingAddress',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({ method: req.method, path: pathOf(req.url), requestId: req.id }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: serializeError,
    },
  };
}

/** The path alone: everything from `?` on is dropped. */
export function pathOf(url: string): string {
  const i = url.indexOf('?');
  return i < 0 ? url : url.slice(0, i);
}

interface LoggedError {
  type: string;
  message: string;
  code?: string;
  query?: string;
  constraint?: string;
  table?: string;
  column?: string;
  /** The frames only ('' when there are none). */
  stack: string;
  cause?: LoggedError;
  [key: string]: unknown;
}

/**
 * An error as logged: its type, code and message; a query error (Drizzle's, whose message lists the
 * parameters) by its SQL text; a database error (it has a SQLSTATE code and a severity) by its code and
 * the names it gives, not its message, detail, hint or where lines. The stack keeps its frames but not
 * its first line, which repeats the message.
 */
export function serializeError(error: unknown): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: '[not an Error]', stack: '' };
  const e = error as Error & { query?: unknown; params?: unknown; code?: unknown; cause?: unknown; severity?: unknown; constraint?: unknown; table?: unknown; column?: unknown };
  const isQueryError = typeof e.query === 'string' && 'params' in e;
  const isDatabaseError = typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && typeof e.severity === 'string';
  const frames = e.stack?.split('\n').filter((line) => /^\s+at /.test(line)).join('\n');
  const names = Object.fromEntries((['constraint', 'table', 'column'] as const).filter((k) => typeof e[k] === 'string').map((k) => [k, e[k] as string]));
  return {
    type: e.name,
    message: isQueryError ? 'Failed query' : isDatabaseError ? `Database error ${e.code as string}` : e.message,
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(isQueryError ? { query: e.query as string } : {}),
    ...(isDatabaseError ? names : {}),
    stack: frames ?? '',
    ...(e.cause !== undefined ? { cause: serializeError(e.cause) } : {}),
  };
}

import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { reasonOfIssue } from '@socrehab/domain';
import { AppError, appErrorOfDatabase, type FieldReason } from '../shared/errors';
import { languageOf, translate } from '../shared/i18n';

interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, { code: string; message: string; params?: Record<string, string | number> }>; details?: unknown };
}

/**
 * The one place errors become HTTP answers: `{ error: { code, message, fields, details } }` in the
 * user's language. Anything unexpected is logged and answered with a generic 500 without internals.
 */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const language = languageOf(request.headers['accept-language']);
    const fieldsOf = (fields: Record<string, string | FieldReason>) =>
      Object.fromEntries(Object.entries(fields).map(([f, reason]) => [f, typeof reason === 'string'
        ? { code: reason, message: translate(language, reason) }
        : { code: reason.key, message: translate(language, reason.key, reason.params), params: reason.params }]));

    if (!(error instanceof AppError)) error = appErrorOfDatabase(error) ?? error;
    if (error instanceof AppError) {
      const body: ErrorBody = {
        error: {
          code: error.code,
          message: translate(language, error.messageKey, error.options.params),
          ...(error.options.fields ? { fields: fieldsOf(error.options.fields) } : {}),
          ...(error.options.details !== undefined ? { details: error.options.details } : {}),
        },
      };
      return reply.status(error.status).send(body);
    }

    if (hasZodFastifySchemaValidationErrors(error)) {
      // each field's real reason with the limit it names (a page size over 200 is not "text too long")
      const fields: NonNullable<ErrorBody['error']['fields']> = {};
      for (const issue of error.validation) {
        const path = issue.instancePath.slice(1).replaceAll('/', '.') || (error.validationContext ?? 'body');
        if (fields[path]) continue;
        const { key, params } = reasonOfIssue({ ...issue.params, code: issue.keyword, message: issue.message ?? '' });
        fields[path] = { code: key, message: translate(language, key, params), ...(params ? { params } : {}) };
      }
      return reply.status(400).send({
        error: { code: 'validation.failed', message: translate(language, 'errors.validation'), fields },
      } satisfies ErrorBody);
    }

    const status = error.statusCode ?? 500;
    if (status === 429) {
      return reply.status(429).send({ error: { code: 'rate_limited', message: translate(language, 'errors.rateLimited') } });
    }
    if (status >= 400 && status < 500) {
      // Malformed JSON, a body that is too large, a wrong content type…
      return reply.status(status).send({ error: { code: 'bad_request', message: translate(language, 'errors.badRequest') } });
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send({ error: { code: 'internal', message: translate(language, 'errors.internal') } });
  });

  // Scoped to /api so that the root's not-found handler stays free for the web app's index.html
  // fallback (build-app); Fastify allows one not-found handler per prefix.
  void app.register(async (api) => {
    api.setNotFoundHandler((request, reply) => {
      const language = languageOf(request.headers['accept-language']);
      reply.status(404).send({ error: { code: 'not_found', message: translate(language, 'errors.notFound') } });
    });
  }, { prefix: '/api' });
}

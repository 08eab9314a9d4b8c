import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { pingDatabase } from '../db/database';
import type { Deps } from './context';
import { registerErrorHandler } from './error-handler';
import { registerSessions } from './session.plugin';
import { registerAccessAudit } from './access-audit';
import { loggerOptions, type LogStream } from './logging';
import { languageOf, translate } from '../shared/i18n';
import { authRoutes } from '../modules/auth/auth.routes';
import { personRoutes } from '../modules/persons/persons.routes';
import { subjectAccessRoutes } from '../modules/subject-access/subject-access.routes';
import { auditRoutes } from '../modules/audit/audit.routes';
import { disclosureRoutes } from '../modules/disclosures/disclosures.routes';
import { userRoutes } from '../modules/users/users.routes';
import { staffRoutes } from '../modules/staff/staff.routes';
import { statsRoutes } from '../modules/stats/stats.routes';
import { referenceRoutes } from '../modules/reference/reference.routes';
import { programmeRoutes } from '../modules/programmes/programmes.routes';
import { dwellingRoutes } from '../modules/dwellings/dwellings.routes';
import { caseRoutes } from '../modules/cases/cases.routes';
import { caseHistoryRoutes } from '../modules/case-history/case-history.routes';
import { worklistRoutes } from '../modules/worklists/worklists.routes';
import { evaluationRoutes } from '../modules/evaluations/evaluations.routes';
import { SERVER_PROGRAMMES, serverProgrammeOf } from '../programmes/registry';

const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/**
 * Security headers on every response (ASVS 14.4, issue 11 §5): a CSP without inline scripts (Mantine
 * needs inline styles), no framing, nosniff, no referrer; HSTS and upgrade-insecure-requests only
 * when the app is served over TLS, so the embedded demo on http://localhost keeps working.
 */
async function registerSecurityHeaders(app: FastifyInstance, overTls: boolean) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        ...(overTls ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: overTls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}

/** swagger-ui's CSP with framing refused, its inline styles allowed (its scripts stay its own files) and no other sites' styles. */
function strictenDocsCsp(header: string | number | string[], overTls: boolean): string {
  const csp = String(header).replace("frame-ancestors 'self'", "frame-ancestors 'none'").replace(/style-src [^;]*/, "style-src 'self' 'unsafe-inline'");
  return overTls ? csp : csp.replace(/\s*upgrade-insecure-requests;?/, '');
}

/** Builds the HTTP server: the API under /api, its OpenAPI document, and the web app. */
export async function buildApp(deps: Deps, options: { logger?: boolean; logStream?: LogStream; serveWeb?: boolean } = {}) {
  const app = Fastify({
    logger: options.logger ? loggerOptions(deps.config.LOG_LEVEL, options.logStream) : false,
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    // X-Forwarded-For is believed only from the configured proxies (TRUST_PROXY): rotating it cannot dodge the rate limit
    trustProxy: deps.config.TRUST_PROXY.length > 0 ? deps.config.TRUST_PROXY : false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(cookie);
  await registerSecurityHeaders(app, deps.config.COOKIE_SECURE === 'true');
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Social rehabilitation case management API', version: '0.1.0', description: 'Errors: { error: { code, message, fields } } in the language of Accept-Language (lv, en). Writes need the x-csrf-token header.' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    transformStaticCSP: (header) => strictenDocsCsp(header, deps.config.COOKIE_SECURE === 'true'),
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerSessions(app, deps);
  registerAccessAudit(app, deps);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  app.get('/api/health', { schema: { tags: ['system'], summary: 'Liveness and database check' } }, async () => {
    await pingDatabase(deps.db);
    return { status: 'ok' };
  });
  authRoutes(app, deps, (actor) => Object.fromEntries(SERVER_PROGRAMMES.flatMap((p) => (p.abilities ? [[p.definition.code, p.abilities(actor)]] : []))));
  personRoutes(app, deps);
  auditRoutes(app, deps);
  userRoutes(app, deps);
  staffRoutes(app, deps);
  statsRoutes(app, deps);
  referenceRoutes(app);
  programmeRoutes(app, deps);
  dwellingRoutes(app, deps);
  caseRoutes(app, deps);
  caseHistoryRoutes(app, deps, serverProgrammeOf);
  worklistRoutes(app, deps, SERVER_PROGRAMMES);
  subjectAccessRoutes(app, deps, SERVER_PROGRAMMES);
  disclosureRoutes(app, deps);
  evaluationRoutes(app, deps, serverProgrammeOf);
  // each registered programme's own endpoints (issue 12)
  for (const programme of SERVER_PROGRAMMES) programme.routes?.(app, deps);

  if (options.serveWeb !== false && existsSync(WEB_DIST)) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false });
    // The web app's own routes (/persons/…) are answered with index.html; unknown /api paths with a 404 body.
    app.setNotFoundHandler((request, reply) => {
      if (request.url.startsWith('/api/') || request.method !== 'GET') {
        const language = languageOf(request.headers['accept-language']);
        return reply.status(404).send({ error: { code: 'not_found', message: translate(language, 'errors.notFound') } });
      }
      return reply.sendFile('index.html');
    });
  }
  return app;
}

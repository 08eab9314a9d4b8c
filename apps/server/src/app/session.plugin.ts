import type { FastifyInstance, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import type { Deps, Ctx } from './context';
import { AppError } from '../shared/errors';
import { findSessionActorCached, touchSession, type SessionActor } from '../modules/auth/sessions.repository';

export const SESSION_COOKIE = 'sid';

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionActor | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the session cookie on every /api request and enforces CSRF on writes: the token given at
 * sign-in must come back in the `x-csrf-token` header (a cross-site form cannot read or send it).
 */
export function registerSessions(app: FastifyInstance, deps: Deps) {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const now = deps.now();
    // through a few-second in-process cache (sessions.repository.ts: SessionCache explains the trade-off)
    const session = await findSessionActorCached(deps.db, token, now, deps.config.DEMO === 'on');
    if (!session) return;
    if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
      await touchSession(deps.db, session.tokenHash, deps.config.SESSION_IDLE_MINUTES, now);
    }
    if (!SAFE_METHODS.has(request.method) && !sameToken(request.headers['x-csrf-token'], session.csrfToken)) {
      throw new AppError(403, 'auth.csrf', 'errors.auth.csrf');
    }
    request.session = session;
  });
}

function sameToken(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/** The signed-in user's context for a use case; 401 when nobody is signed in. */
export function requireCtx(request: FastifyRequest, deps: Deps): Ctx {
  if (!request.session) throw new AppError(401, 'auth.required', 'errors.auth.required');
  return { ...deps, actor: request.session.actor, requestId: String(request.id), clientAddress: request.ip };
}

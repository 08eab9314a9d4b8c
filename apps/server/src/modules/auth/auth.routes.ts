import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Actor, newPassword, canCreatePerson, canManageUsers, canMergePersons, canReadAggregates, canReadAudit, canReadPersons } from '@socrehab/domain';
import type { Deps } from '../../app/context';
import type { Db } from '../../db/database';
import { findProgrammesTakenPartIn } from '../programmes/programmes.repository';
import { requireCtx, SESSION_COOKIE } from '../../app/session.plugin';
import { AppError } from '../../shared/errors';
import { changePassword, signIn, signOut, signOutEverywhere } from './auth.usecases';
import { findSessionActor, type SessionActor } from './sessions.repository';

const credentials = z.object({
  email: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(254, { error: 'validation.tooLong' }),
  password: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(1024, { error: 'validation.tooLong' }),
});

const passwordChange = z.object({
  currentPassword: z.string().min(1, { error: 'validation.required' }).max(1024),
  newPassword,
});

/** Each registered programme's abilities of an actor, by programme code (the composition root passes them in). */
export type ProgrammeAbilities = (actor: Actor) => Record<string, Record<string, boolean>>;

/** Organisations that deliver or grant services take part in a programme by a service agreement; others (funders, planners, administrators) read every programme. */
const TAKE_PART_BY_AGREEMENT = new Set(['service_provider', 'municipal_social_service']);

/**
 * The signed-in user as the web app sees them, with what they may do (the UI never re-derives rules).
 * A programme's pages are offered only to organisations that take part in it, so a provider of one
 * programme is not shown another's empty pages.
 */
export async function presentMe(session: SessionActor, programmeAbilities: ProgrammeAbilities, db: Db) {
  const { actor } = session;
  const takesPart = TAKE_PART_BY_AGREEMENT.has(session.organisation.kind)
    ? new Set(await findProgrammesTakenPartIn(db, session.organisation))
    : null;
  const programmes = Object.fromEntries(Object.entries(programmeAbilities(actor)).filter(([code]) => !takesPart || takesPart.has(code)));
  return {
    user: { ...session.user, organisation: session.organisation },
    csrfToken: session.csrfToken,
    abilities: {
      readPersons: canReadPersons(actor),
      createPerson: canCreatePerson(actor),
      mergePersons: canMergePersons(actor),
      readAudit: canReadAudit(actor),
      manageUsers: canManageUsers(actor),
      readAggregates: canReadAggregates(actor),
    },
    /** Each programme's pages, by programme code: the navigation follows these. */
    programmes,
  };
}

export function authRoutes(app: FastifyInstance, deps: Deps, programmeAbilities: ProgrammeAbilities) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: deps.config.COOKIE_SECURE === 'true',
  };

  r.post('/api/auth/login', {
    schema: { tags: ['auth'], summary: 'Sign in with e-mail and password', body: credentials },
    config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const { token } = await signIn(request.body, { ...deps, requestId: String(request.id), clientAddress: request.ip });
    const session = await findSessionActor(deps.db, token, deps.now(), deps.config.DEMO === 'on');
    if (!session) throw new AppError(401, 'auth.required', 'errors.auth.required');
    reply.setCookie(SESSION_COOKIE, token, cookieOptions);
    return presentMe(session, programmeAbilities, deps.db);
  });

  r.get('/api/auth/me', { schema: { tags: ['auth'], summary: 'The signed-in user, their CSRF token and abilities' } }, async (request) => {
    requireCtx(request, deps);
    return presentMe(request.session!, programmeAbilities, deps.db);
  });

  r.post('/api/auth/logout', { schema: { tags: ['auth'], summary: 'Sign out of this session' } }, async (request, reply) => {
    const ctx = requireCtx(request, deps);
    await signOut(request.session!.tokenHash, ctx);
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return reply.status(204).send();
  });

  r.post('/api/auth/logout-everywhere', { schema: { tags: ['auth'], summary: 'Sign out of every session' } }, async (request, reply) => {
    const ctx = requireCtx(request, deps);
    await signOutEverywhere(ctx);
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return reply.status(204).send();
  });

  r.post('/api/auth/password', {
    schema: { tags: ['auth'], summary: 'Change the password; other sessions end', body: passwordChange },
    config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const ctx = requireCtx(request, deps);
    await changePassword({ ...request.body, currentTokenHash: request.session!.tokenHash }, ctx);
    return reply.status(204).send();
  });
}

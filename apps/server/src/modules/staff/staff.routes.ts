import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canManageUsers, canReadAudit, saveStaffProfileSchema, staffLanguageStanding } from '@socrehab/domain';
import type { Deps } from '../../app/context';
import { requireCtx } from '../../app/session.plugin';
import { forbidden } from '../../shared/errors';
import { findUsers } from '../users/users.repository';
import { findStaffLanguages } from './staff-profiles.repository';
import { readStaffProfile, readStaffProfileHistory, saveStaffProfile } from './staff-profiles.usecases';

const idParams = z.object({ id: z.uuid({ error: 'validation.invalidId' }) });
const tags = ['users'];

/** HF-2.6 what each staff member brings to client work: qualifications and languages, recorded by their organisation's manager. */
export function staffRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/staff-languages', { schema: { tags, summary: 'The languages of the users one may list, and who lacks Latvian (HF-2.6)' } }, async (request) => {
    const ctx = requireCtx(request, deps);
    if (!canManageUsers(ctx.actor) && !canReadAudit(ctx.actor)) throw forbidden();
    const users = await findUsers(ctx.db, ctx.actor);
    const languages = await findStaffLanguages(ctx.db, users.map((u) => u.id));
    return {
      items: users.map((u) => {
        const own = languages.filter((l) => l.userId === u.id).map(({ language, level }) => ({ language, level }));
        return { userId: u.id, languages: own, languageStanding: staffLanguageStanding(own) };
      }),
    };
  });

  r.get('/api/users/:id/staff-profile', { schema: { tags, summary: 'A staff member’s qualifications and languages (HF-2.6)', params: idParams } }, async (request) =>
    readStaffProfile(request.params.id, requireCtx(request, deps)));

  r.get('/api/users/:id/staff-profile/history', { schema: { tags, summary: 'Every saved version of a staff member’s profile: who saved it, when, what changed (HF-2.6)', params: idParams } }, async (request) =>
    readStaffProfileHistory(request.params.id, requireCtx(request, deps)));

  r.put('/api/users/:id/staff-profile', {
    schema: { tags, summary: 'Record a staff member’s qualifications and languages: their organisation’s manager (HF-2.6, audited)', params: idParams, body: saveStaffProfileSchema },
  }, async (request) => saveStaffProfile(request.params.id, request.body, requireCtx(request, deps)));
}

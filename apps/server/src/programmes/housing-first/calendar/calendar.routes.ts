import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import ical from 'ical-generator';
import { addDays, isoDate } from '@socrehab/domain';
import { computePlannedVisitDays } from '@socrehab/domain/programmes/housing-first/index';
import { type Deps, originOf, today } from '../../../app/context';
import { requireCtx } from '../../../app/session.plugin';
import { AppError } from '../../../shared/errors';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { findTeamCasesOfWorker, findVisitSlotVersions, getCalendarFeedByHash, replaceCalendarFeed } from './calendar.repository';
import { getPlannedVisits } from './calendar.usecases';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const WEEKS_AHEAD = 8;
const tags = ['housing first: receiving the service'];
const periodQuery = z.object({ from: isoDate, to: isoDate, userId: z.uuid({ error: 'validation.invalidId' }).optional() });

/**
 * HF-3.2.1 each worker's planned visits: the calendar page's data (names shown, behind sign-in), and an
 * iCalendar feed behind a secret link for the phone's calendar — the same planned days, named by case
 * number only, never a person's name, since calendars leave the system.
 */
export function calendarRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/calendar/planned-visits', { schema: { tags, summary: 'A worker’s planned visits and the visits recorded, day by day (at most 62 days; managers may pass userId)', querystring: periodQuery } }, async (request) =>
    getPlannedVisits(request.query, requireCtx(request, deps)));

  r.post('/api/me/calendar-feed', { schema: { tags, summary: 'Create (or replace) my secret calendar link; shown once' } }, async (request) => {
    const ctx = requireCtx(request, deps);
    const token = randomBytes(24).toString('base64url');
    await ctx.db.transaction(async (tx) => {
      await replaceCalendarFeed(tx, ctx.actor.userId, hashToken(token));
      await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'calendar_feed', entityId: ctx.actor.userId, personId: null }, ctx.now());
    });
    return { path: `/api/calendar/${token}.ics` };
  });

  r.get('/api/calendar/:file', { schema: { tags, summary: 'A worker’s planned visits (iCalendar, case numbers only)', params: z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{20,64}\.ics$/) }) } }, async (request, reply) => {
    const feed = await getCalendarFeedByHash(deps.db, hashToken(request.params.file.replace(/\.ics$/, '')));
    if (!feed) throw new AppError(404, 'calendar.not_found', 'errors.notFound');
    const from = today(deps);
    const to = addDays(from, WEEKS_AHEAD * 7 - 1);
    const teamCases = await findTeamCasesOfWorker(deps.db, feed.userId, from, to);
    const slots = await findVisitSlotVersions(deps.db, teamCases.map((c) => c.caseId), to);
    const calendar = ical({ name: 'Mājas vizītes', timezone: 'Europe/Riga' });
    for (const c of teamCases) {
      const days = computePlannedVisitDays({ slots: slots.filter((s) => s.caseId === c.caseId), from, to, movedInOn: c.movedInOn, closedOn: c.closedOn, onTeam: c.onTeam });
      for (const { on, atTime } of days) {
        const [h, m] = atTime.split(':').map(Number) as [number, number];
        const [y, mo, d] = on.split('-').map(Number) as [number, number, number];
        // ical-generator writes a Date's local fields after TZID, so the slot's Riga wall time is built from local fields
        const start = new Date(y, mo - 1, d, h, m);
        calendar.createEvent({ id: `${c.caseId}-${on}@socrehab`, start, end: new Date(start.getTime() + 3_600_000), timezone: 'Europe/Riga', summary: `Mājas vizīte — ${c.caseNumber ?? ''}` });
      }
    }
    return reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(calendar.toString());
  });
}

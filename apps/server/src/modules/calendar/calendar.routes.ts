import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import ical from 'ical-generator';
import { and, eq, isNull, lte, or, gte, sql } from 'drizzle-orm';
import { addDays } from '@socrehab/domain';
import { type Deps, originOf, today } from '../../app/context';
import { requireCtx } from '../../app/session.plugin';
import { calendarFeeds, caseTeamMembers, cases, visitSlots } from '../../db/schema';
import { AppError } from '../../shared/errors';
import { appendAuditEvent } from '../audit/audit.repository';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const WEEKS_AHEAD = 8;

/**
 * HF-3.2.1 each worker's planned visits as an iCalendar feed behind a secret link, for the phone's
 * calendar: the fixed weekly slots of their cases for the coming weeks, named by case number only —
 * never a person's name, since calendars leave the system.
 */
export function calendarRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/me/calendar-feed', { schema: { tags: ['housing first: receiving the service'], summary: 'Create (or replace) my secret calendar link; shown once' } }, async (request) => {
    const ctx = requireCtx(request, deps);
    const token = randomBytes(24).toString('base64url');
    await ctx.db.transaction(async (tx) => {
      await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, ctx.actor.userId));
      await tx.insert(calendarFeeds).values({ tokenHash: hashToken(token), userId: ctx.actor.userId });
      await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'calendar_feed', entityId: ctx.actor.userId, personId: null }, ctx.now());
    });
    return { path: `/api/calendar/${token}.ics` };
  });

  r.get('/api/calendar/:file', { schema: { tags: ['housing first: receiving the service'], summary: 'A worker’s planned visits (iCalendar, case numbers only)', params: z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{20,64}\.ics$/) }) } }, async (request, reply) => {
    const [feed] = await deps.db.select().from(calendarFeeds).where(eq(calendarFeeds.tokenHash, hashToken(request.params.file.replace(/\.ics$/, ''))));
    if (!feed) throw new AppError(404, 'calendar.not_found', 'errors.notFound');
    const from = today(deps);
    const slots = await deps.db
      .select({ caseId: cases.id, caseNumber: cases.caseNumber, weekday: visitSlots.weekday, atTime: visitSlots.atTime, fromDate: visitSlots.fromDate })
      .from(caseTeamMembers)
      .innerJoin(cases, eq(cases.id, caseTeamMembers.caseId))
      .innerJoin(visitSlots, eq(visitSlots.caseId, cases.id))
      .where(and(
        eq(caseTeamMembers.userId, feed.userId), lte(caseTeamMembers.fromDate, addDays(from, WEEKS_AHEAD * 7)),
        or(isNull(caseTeamMembers.toDate), gte(caseTeamMembers.toDate, from)), eq(cases.status, 'open'),
        sql`${visitSlots.createdAt} = (SELECT max(s.created_at) FROM visit_slots s WHERE s.case_id = ${cases.id})`,
      ));
    const calendar = ical({ name: 'Mājas vizītes', timezone: 'Europe/Riga' });
    for (const slot of slots) {
      for (let day = 0; day < WEEKS_AHEAD * 7; day++) {
        const date = addDays(from, day);
        const weekday = ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
        if (weekday !== slot.weekday || date < slot.fromDate) continue;
        const [h, m] = slot.atTime.split(':').map(Number) as [number, number];
        const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
        // ical-generator writes a Date's local fields after TZID, so the slot's Riga wall time is built from local fields
        const start = new Date(y, mo - 1, d, h, m);
        calendar.createEvent({ id: `${slot.caseId}-${date}@socrehab`, start, end: new Date(start.getTime() + 3_600_000), timezone: 'Europe/Riga', summary: `Mājas vizīte — ${slot.caseNumber ?? ''}` });
      }
    }
    return reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(calendar.toString());
  });
}

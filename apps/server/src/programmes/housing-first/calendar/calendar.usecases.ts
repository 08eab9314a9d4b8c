import { daysBetween } from '@socrehab/domain';
import { computePlannedVisitDays, computePlannedVisitStatus, type VisitOutcome } from '@socrehab/domain/programmes/housing-first/index';
import { type Ctx, originOf, today } from '../../../app/context';
import { AppError, forbidden } from '../../../shared/errors';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { visiblePersonsCondition } from '../../../modules/access/person-scope.repository';
import * as repo from './calendar.repository';

/** The longest period one request may ask for: two months of weeks. */
export const MAX_CALENDAR_DAYS = 62;

export interface PlannedVisitsQuery {
  from: string;
  to: string;
  /** Another worker of the manager's organisation; the actor when absent. */
  userId?: string | undefined;
}

/** Refuses a period that ends before it starts or is longer than {@link MAX_CALENDAR_DAYS}. */
function checkPeriod(from: string, to: string) {
  if (to < from) throw new AppError(400, 'calendar.range_reversed', 'housing.errors.calendarRangeReversed', { fields: { to: 'housing.errors.calendarRangeReversed' } });
  if (daysBetween(from, to) + 1 > MAX_CALENDAR_DAYS) {
    throw new AppError(400, 'calendar.range_too_long', 'housing.errors.calendarRangeTooLong', { params: { days: MAX_CALENDAR_DAYS } });
  }
}

/** A worker sees their own calendar; a manager also that of any worker of the organisation. */
async function resolveWorker(ctx: Ctx, userId: string | undefined) {
  const id = userId ?? ctx.actor.userId;
  if (id !== ctx.actor.userId && !ctx.actor.roles.includes('manager')) throw forbidden();
  const worker = await repo.getUserOfOrganisation(ctx.db, id, ctx.actor.organisationId);
  if (!worker) throw new AppError(404, 'calendar.worker_not_found', 'errors.notFound');
  return worker;
}

/**
 * HF-3.2.1 a worker's planned visits calendar: for each case whose team they are on, the days its
 * weekly slot in force produces (from the move-in until closing, while they are on the team), each
 * with the visit recorded on the case that day and its status, plus the visits recorded on days no
 * slot planned. Names are shown: the page is behind sign-in (only the iCalendar feed hides them).
 * The read is audited with the cases it showed.
 */
export async function getPlannedVisits(query: PlannedVisitsQuery, ctx: Ctx) {
  const { from, to } = query;
  checkPeriod(from, to);
  const worker = await resolveWorker(ctx, query.userId);
  const asOf = today(ctx);
  return ctx.db.transaction(async (tx) => {
    const teamCases = await repo.findTeamCasesOfWorker(tx, worker.id, from, to, visiblePersonsCondition(ctx.actor, asOf));
    const ids = teamCases.map((c) => c.caseId);
    const slots = await repo.findVisitSlotVersions(tx, ids, to);
    const recorded = await repo.findVisitsInPeriod(tx, ids, from, to);
    const visitOn = new Map(recorded.map((v) => [`${v.caseId}|${v.on}`, v]));
    const planned = teamCases.flatMap((c) =>
      computePlannedVisitDays({ slots: slots.filter((s) => s.caseId === c.caseId), from, to, movedInOn: c.movedInOn, closedOn: c.closedOn, onTeam: c.onTeam }).map((day) => {
        const visit = visitOn.get(`${c.caseId}|${day.on}`) ?? null;
        return {
          caseId: c.caseId, caseNumber: c.caseNumber, personName: c.personName, on: day.on, atTime: day.atTime,
          status: computePlannedVisitStatus(day.on, visit && { outcome: visit.outcome as VisitOutcome }, asOf),
          visit: visit && { id: visit.id, atTime: visit.atTime, outcome: visit.outcome as VisitOutcome },
        };
      }));
    const plannedKeys = new Set(planned.map((p) => `${p.caseId}|${p.on}`));
    const caseOf = new Map(teamCases.map((c) => [c.caseId, c]));
    const unplanned = recorded.filter((v) => !plannedKeys.has(`${v.caseId}|${v.on}`)).map((v) => ({
      caseId: v.caseId, caseNumber: caseOf.get(v.caseId)!.caseNumber, personName: caseOf.get(v.caseId)!.personName,
      on: v.on, atTime: v.atTime, outcome: v.outcome as VisitOutcome, status: computePlannedVisitStatus(v.on, { outcome: v.outcome as VisitOutcome }, asOf),
    }));
    const byDayAndTime = (a: { on: string; atTime: string | null }, b: { on: string; atTime: string | null }) => a.on.localeCompare(b.on) || (a.atTime ?? '').localeCompare(b.atTime ?? '');
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'view', entityType: 'worklist', entityId: 'planned_visits', personId: null, changes: { userId: worker.id, from, to, cases: ids },
    }, ctx.now());
    return { from, to, today: asOf, worker, planned: planned.sort(byDayAndTime), unplanned: unplanned.sort(byDayAndTime) };
  });
}

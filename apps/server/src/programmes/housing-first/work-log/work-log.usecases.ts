import type { z } from 'zod';
import type { workLogEntrySchema } from '@socrehab/domain/programmes/housing-first/index';
import { type Ctx, originOf } from '../../../app/context';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { requireTeamRecordableCase, requireVisibleCase } from '../../../modules/cases/cases.usecases';
import * as repo from './work-log.repository';

export interface WorkLogFilter { workerId?: string; domain?: string; from?: string; to?: string }

/** HF-3.4.5 writes an entry in the client's one work log, in the author's name: any worker on the team that day (specialists, the municipal social worker too). */
export async function addWorkLogEntry(caseId: string, input: z.infer<typeof workLogEntrySchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireTeamRecordableCase(tx, ctx, caseId, input.on, { field: 'on' });
    const { on, ...rest } = input;
    const entry = await repo.insertWorkLogEntry(tx, { ...rest, entryOn: on, organisationId: theCase.organisationId, caseId, authorId: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'work_log_entry', entityId: entry.id, personId: theCase.personId, changes: { on } }, ctx.now());
    return { entry };
  });
}

/**
 * HF-3.4.5 the unified work log: the entries of every worker, the visits and the contacts, newest
 * first, filtered by worker, life domain and period. Reading it is audited.
 */
export async function getWorkLog(caseId: string, filter: WorkLogFilter, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireVisibleCase(tx, ctx, caseId);
    const names = await repo.findUserNamesOfOrganisation(tx, theCase.organisationId);
    const name = (id: string) => names.get(id) ?? '—';
    const contacts = await repo.findContactsOfCase(tx, caseId);
    const visitDomains = new Map(contacts.filter((c) => c.visitId).map((c) => [c.visitId!, c.lifeDomains]));
    const entries = await repo.findWorkLogEntriesOfCase(tx, caseId);
    const items = [
      ...(await repo.findVisitsOfCase(tx, caseId)).map((v) => ({
        id: v.id, on: v.visitedOn, kind: 'visit' as const, workerIds: v.workerIds, workerNames: v.workerIds.map(name), lifeDomains: visitDomains.get(v.id) ?? [],
        hours: v.hours, outcome: v.outcome, place: v.place, dwellingCondition: v.dwellingCondition, technicalFaults: v.technicalFaults, personState: v.personState,
      })),
      ...contacts.filter((c) => !c.visitId).map((c) => ({
        id: c.id, on: c.contactOn, kind: 'contact' as const, workerIds: [c.workerId], workerNames: [name(c.workerId)], lifeDomains: c.lifeDomains,
        hours: c.hours, contactKind: c.kind, mode: c.mode, justification: c.justification, notes: c.notes,
      })),
      ...entries.map((e) => ({
        id: e.id, on: e.entryOn, kind: 'entry' as const, workerIds: [e.authorId], workerNames: [name(e.authorId)], lifeDomains: e.lifeDomains,
        goals: e.goals, topics: e.topics, done: e.done, results: e.results, conclusions: e.conclusions, interProfessionalNotes: e.interProfessionalNotes,
      })),
    ]
      .filter((i) => (!filter.workerId || i.workerIds.includes(filter.workerId)) && (!filter.domain || i.lifeDomains.includes(filter.domain))
        && (!filter.from || i.on >= filter.from) && (!filter.to || i.on <= filter.to))
      .sort((a, b) => b.on.localeCompare(a.on));
    await appendAuditEvent(tx, originOf(ctx), { action: 'view', entityType: 'work_log_entry', entityId: caseId, personId: theCase.personId, changes: { ...filter } }, ctx.now());
    return { case: theCase, items };
  });
}

import { api, query } from '../../shared/api/client';

/** A member of a case's active team, as the organisation worklist lists them. */
export interface WorklistWorker { userId: string; displayName: string; teamRole: string }

/** An evaluation instrument due on a case of any programme, or (no case) on the provider itself — the core's evaluation schedule (issue 12). */
export interface EvaluationDueWorklistItem {
  kind: 'evaluation_due'; caseId: string | null; programme: string; instrument: string; instrumentNames: { lv: string; en: string } | null;
  due: { dueOn: string; daysLeft: number }; caseNumber: string | null; personName: string | null; workers?: WorklistWorker[];
}
/**
 * A programme's item as the worklists send it: its kind and its own fields (the programme's web module
 * shows them, `worklist-kinds.ts`), the case it is on, usually the day it is due.
 */
export interface ProgrammeWorklistItem {
  kind: string; programme?: string; caseId: string | null; caseNumber: string | null; personName: string | null; workers?: WorklistWorker[];
  due?: { dueOn: string; daysLeft: number };
  [field: string]: unknown;
}
/** One row of a worklist: the rule's item plus the case it belongs to (the organisation's list also names the team). */
export type ServiceWorklistItem = ProgrammeWorklistItem | EvaluationDueWorklistItem;
export const isEvaluationDue = (item: ServiceWorklistItem): item is EvaluationDueWorklistItem => item.kind === 'evaluation_due';
export interface ServiceWorklist { asOf: string; items: ServiceWorklistItem[] }
/** GET /api/worklists/organisation: one page of the organisation's list, with the counts of the whole list. */
export interface OrganisationWorklistPage extends ServiceWorklist {
  total: number; overdue: number; counts: Partial<Record<string, number>>; matching: number; page: number; pageSize: number;
}
/** What of the organisation's list to show: the overdue only or everything, one case, a page. */
export interface OrganisationWorklistView { overdue?: boolean; caseId?: string; page?: number; pageSize?: number }

export const serviceKeys = {
  all: ['service'] as const,
  workerList: (asOf: string) => ['service', 'worklist', 'worker', asOf] as const,
  orgList: (asOf: string, view: OrganisationWorklistView) => ['service', 'worklist', 'organisation', asOf, view] as const,
  case: (id: string) => ['service', 'case', id] as const,
  workLog: (id: string, filter: object) => ['service', 'work-log', id, filter] as const,
  ending: (id: string) => ['service', 'ending', id] as const,
  planned: (from: string, to: string, userId: string | null) => ['service', 'planned-visits', from, to, userId] as const,
  users: ['service', 'organisation-users'] as const,
};

/** How a planned day stands (HF-3.2.1): done, missed, excused, still to come, or passed without a record. */
export type PlannedVisitStatus = 'done' | 'missed' | 'excused' | 'upcoming' | 'unrecorded';

/** HF-3.2.1 GET /api/calendar/planned-visits: a planned day of a case's weekly slot, with the visit recorded that day. */
export interface PlannedVisit {
  caseId: string; caseNumber: string | null; personName: string; on: string; atTime: string;
  status: PlannedVisitStatus;
  visit: { id: string; atTime: string | null; outcome: string } | null;
}
/** A visit recorded on a day no slot planned. */
export interface UnplannedVisit {
  caseId: string; caseNumber: string | null; personName: string; on: string; atTime: string | null; outcome: string; status: PlannedVisitStatus;
}
export interface PlannedVisits {
  from: string; to: string; today: string;
  worker: { id: string; displayName: string };
  planned: PlannedVisit[];
  unplanned: UnplannedVisit[];
}
/** GET /api/users (a manager's organisation). */
export interface OrganisationUser { id: string; displayName: string; roles: string[]; active: boolean }

export const getWorkerWorklist = (asOf: string, signal?: AbortSignal) => api<ServiceWorklist>(`/api/worklists/worker${query({ asOf })}`, { signal });
export const getOrganisationWorklist = (asOf: string, view: OrganisationWorklistView, signal?: AbortSignal) =>
  api<OrganisationWorklistPage>(`/api/worklists/organisation${query({ asOf, ...view, overdue: view.overdue ? 'true' : undefined })}`, { signal });
export const getPlannedVisits = (from: string, to: string, userId: string | null, signal?: AbortSignal) =>
  api<PlannedVisits>(`/api/calendar/planned-visits${query({ from, to, ...(userId ? { userId } : {}) })}`, { signal });
export const getOrganisationUsers = (signal?: AbortSignal) => api<{ items: OrganisationUser[] }>('/api/users', { signal });
export const createCalendarFeed = () => api<{ path: string }>('/api/me/calendar-feed', { method: 'POST', body: {} });

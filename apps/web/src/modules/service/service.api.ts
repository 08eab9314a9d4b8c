import type { z } from 'zod';
import type {
  changeWorkerSchema, EndingReason, Escalation, functioningAssessmentSchema, setInspectionPeriodSchema, PlannedVisitStatus, JointDecisionRole, LifeDomain, planReviewSchema, recordContactSchema, recordExtensionSchema,
  recordSupportOfferSchema, recordVisitSchema, savePlanSchema, setVisitSlotSchema, VisitOutcome, WorklistItem,
} from '@socrehab/domain';
import { api, query } from '../../shared/api/client';

type Body<T extends z.ZodType> = z.input<T>;

/** A member of a case's active team, as the organisation worklist lists them. */
export interface WorklistWorker { userId: string; displayName: string; teamRole: string }

/** An evaluation instrument due on a case of any programme, or (no case) on the provider itself — the core's evaluation schedule (issue 12). */
export interface EvaluationDueWorklistItem {
  kind: 'evaluation_due'; caseId: string | null; programme: string; instrument: string; instrumentNames: { lv: string; en: string } | null;
  due: { dueOn: string; daysLeft: number }; caseNumber: string | null; personName: string | null; workers?: WorklistWorker[];
}
/** One row of a worklist: the rule's item plus the case it belongs to (the organisation's list also names the team). */
export type ServiceWorklistItem = (WorklistItem & { caseNumber: string | null; personName: string; workers?: WorklistWorker[] }) | EvaluationDueWorklistItem;
export interface ServiceWorklist { asOf: string; items: ServiceWorklistItem[] }
/** GET /api/worklists/organisation: one page of the organisation's list, with the counts of the whole list. */
export interface OrganisationWorklistPage extends ServiceWorklist {
  total: number; overdue: number; counts: Partial<Record<ServiceWorklistItem['kind'], number>>; matching: number; page: number; pageSize: number;
}
/** What of the organisation's list to show: the overdue only or everything, one case, a page. */
export interface OrganisationWorklistView { overdue?: boolean; caseId?: string; page?: number; pageSize?: number }

export interface TeamMember {
  id: string; userId: string; teamRole: string; fromDate: string; toDate: string | null; displayName: string; active: boolean;
}

/** The part of GET /api/cases/:id the service page reads. */
export interface ServiceCase {
  case: {
    id: string; caseNumber: string | null; status: string; openedOn: string; closedOn: string | null; personId: string; caseManagerUserId: string | null; version: number;
    /** HF-2.7, HF-3.2.2 days absent and unreachable before an inspection, agreed with the person. */
    inspectionAfterDays: number;
    /** A case imported without a move-in: the day its service began. */
    serviceBeganOn: string | null;
  };
  person: { id: string; givenNames: string; surnames: string };
  settings: { contactHoursPerDay: number; contactHoursPerEngagement: number };
  team: TeamMember[];
  dwelling: { address: string } | null;
  moveIn: { movedInOn: string } | null;
  abilities: { record: boolean };
}

/** Hours after a visit or contact was recorded (HF-2.2). */
export interface HoursAnswer {
  hoursUsed: number | null;
  hoursLeft: number | null;
  warnings: Array<{ key: string; params: Record<string, unknown> }>;
}

export interface PlanVersion { id: string; version: number; startedOn: string; goals: Array<Body<typeof savePlanSchema>['goals'][number]> }

/** GET /api/cases/:id/work-log: visits, contacts and entries in one list (HF-3.4.5). */
export interface WorkLogItem {
  id?: string;
  on: string;
  kind: 'visit' | 'contact' | 'entry';
  workerNames: string[];
  lifeDomains: LifeDomain[];
  outcome?: VisitOutcome;
  contactKind?: string;
  mode?: string;
  hours?: number | string | null;
  place?: string | null;
  goals?: string | null;
  topics?: string | null;
  done?: string | null;
  results?: string | null;
  conclusions?: string | null;
  interProfessionalNotes?: string | null;
  notes?: string | null;
  justification?: string | null;
  [other: string]: unknown;
}
export interface WorkLogFilter { workerId?: string; domain?: string; from?: string; to?: string }
export interface WorkLogEntryBody {
  on: string; goals: string | null; topics: string | null; done: string; results: string | null; conclusions: string | null;
  interProfessionalNotes: string | null; lifeDomains: LifeDomain[];
}

export interface EndingBody {
  reason: EndingReason; endsOn: string; noticeGivenOn: string | null; destination: string; note: string | null;
}
export interface EndingState {
  ending: (EndingBody & { id: string; status?: string }) | null;
  confirmations: Array<{ teamRole: JointDecisionRole; userId: string; displayName: string; confirmedOn: string }>;
  missingRoles: JointDecisionRole[];
  shortNotice: boolean;
  abilities: { confirm: boolean };
}

export const serviceKeys = {
  all: ['service'] as const,
  workerList: (asOf: string) => ['service', 'worklist', 'worker', asOf] as const,
  orgList: (asOf: string, view: OrganisationWorklistView) => ['service', 'worklist', 'organisation', asOf, view] as const,
  case: (id: string) => ['service', 'case', id] as const,
  workLog: (id: string, filter: WorkLogFilter) => ['service', 'work-log', id, filter] as const,
  ending: (id: string) => ['service', 'ending', id] as const,
  planned: (from: string, to: string, userId: string | null) => ['service', 'planned-visits', from, to, userId] as const,
  users: ['service', 'organisation-users'] as const,
};

/** HF-3.2.1 GET /api/calendar/planned-visits: a planned day of a case's weekly slot, with the visit recorded that day. */
export interface PlannedVisit {
  caseId: string; caseNumber: string | null; personName: string; on: string; atTime: string;
  status: PlannedVisitStatus;
  visit: { id: string; atTime: string | null; outcome: VisitOutcome } | null;
}
/** A visit recorded on a day no slot planned. */
export interface UnplannedVisit {
  caseId: string; caseNumber: string | null; personName: string; on: string; atTime: string | null; outcome: VisitOutcome; status: PlannedVisitStatus;
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
export const getServiceCase = (id: string, signal?: AbortSignal) => api<ServiceCase>(`/api/cases/${id}`, { signal });

const post = <T>(path: string, body: unknown) => api<T>(path, { method: 'POST', body });
export const setVisitSlot = (id: string, body: Body<typeof setVisitSlotSchema>) =>
  api<{ slot: Body<typeof setVisitSlotSchema> }>(`/api/cases/${id}/visit-slot`, { method: 'PUT', body });
export const recordVisit = (id: string, body: Body<typeof recordVisitSchema>) => post<HoursAnswer & { visit: { id: string } }>(`/api/cases/${id}/visits`, body);
export const recordContact = (id: string, body: Body<typeof recordContactSchema>) => post<HoursAnswer & { contact: { id: string } }>(`/api/cases/${id}/contacts`, body);
export const setInspectionPeriod = (id: string, body: Body<typeof setInspectionPeriodSchema>) =>
  api<{ inspectionAfterDays: number; version: number }>(`/api/cases/${id}/inspection-period`, { method: 'PUT', body });
/** HF-3.2.7 the worker changes, the service goes on. */
export const changeWorker = (id: string, memberId: string, body: Body<typeof changeWorkerSchema>) => post<{ member: TeamMember }>(`/api/cases/${id}/team/${memberId}/change`, body);
export const recordExtension = (id: string, body: Body<typeof recordExtensionSchema>) => post<{ extension: { id: string } }>(`/api/cases/${id}/escalation-extensions`, body);
export const recordSupportOffer = (id: string, body: Body<typeof recordSupportOfferSchema>) => post<{ offer: { id: string } }>(`/api/cases/${id}/support-offers`, body);
export const savePlan = (id: string, body: Body<typeof savePlanSchema>) => post<{ plan: PlanVersion }>(`/api/cases/${id}/plans`, body);
export const reviewPlan = (id: string, body: Body<typeof planReviewSchema>) => post<{ review: { id: string } }>(`/api/cases/${id}/plan-reviews`, body);
export const recordAssessment = (id: string, body: Body<typeof functioningAssessmentSchema>) => post<{ assessment: { id: string } }>(`/api/cases/${id}/functioning-assessments`, body);

export const getWorkLog = (id: string, filter: WorkLogFilter, signal?: AbortSignal) =>
  api<{ items: WorkLogItem[] }>(`/api/cases/${id}/work-log${query({ ...filter })}`, { signal });
export const addWorkLogEntry = (id: string, body: WorkLogEntryBody) => post<unknown>(`/api/cases/${id}/work-log`, body);
export const workLogPdf = (id: string, filter: WorkLogFilter) => `/api/cases/${id}/work-log.pdf${query({ ...filter })}`;

export const getEnding = (id: string, signal?: AbortSignal) => api<EndingState>(`/api/cases/${id}/ending`, { signal });
export const endCase = (id: string, body: EndingBody) => post<{ ending: EndingState['ending'] }>(`/api/cases/${id}/ending`, body);
export const confirmEnding = (id: string) => post<unknown>(`/api/cases/${id}/ending/confirmation`, {});
export const endingRecordPdf = (id: string) => `/api/cases/${id}/ending-record.pdf`;

export type { Escalation };

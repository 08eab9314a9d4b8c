import type { z } from 'zod';
import type {
  changeWorkerSchema, EndingBeforeMinimum, EndingReason, Escalation, functioningAssessmentSchema, setInspectionPeriodSchema, JointDecisionRole, LifeDomain, planReviewSchema, recordContactSchema, recordExtensionSchema,
  recordSupportOfferSchema, recordVisitSchema, savePlanSchema, setVisitSlotSchema, VisitOutcome,
} from '@socrehab/domain/programmes/housing-first/index';
import { api, query } from '../../../shared/api/client';

export { getOrganisationUsers, serviceKeys } from '../../../modules/service/service.api';

type Body<T extends z.ZodType> = z.input<T>;

/** Housing First's service API (HF-3.2 – HF-3.4): the case's service page, visits, contacts, plan, work log and ending. */

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
  /** HF-2.2 dated before the minimum participation: a warning. */
  beforeMinimum: EndingBeforeMinimum | null;
  abilities: { confirm: boolean };
}

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

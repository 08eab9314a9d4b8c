import type { z } from 'zod';
import type {
  addTeamMemberSchema, createGroupSchema, endMatchSchema, mentorMeetingSchema, mentorSupervisionSchema, setProjectSchema, updateMentorSchema, createMentorSchema, CreateReferralInput, DecideReferralInput, endFamilyCaseSchema, enrolSchema, groupSessionSchema, holdConferenceSchema,
  leaderTrainingSchema, matchMentorSchema, MemberRole, MentorMatchProblem, recordSessionSchema, recordSpendingSchema, reviewConferenceSchema, setCrisisSchema, startConferenceSchema,
  GroupKind,
} from '@socrehab/domain/programmes/family-support/index';
import { api } from '../../shared/api/client';

/** Family support's API client (FS-1 – FS-6): the server's `/api/family-support/...`. */
const BASE = '/api/family-support';

export interface Centre { id: string; name: string; organisationName: string; staff: { userId: string; displayName: string; profession: string }[] }
export interface Referral {
  id: string; status: 'pending' | 'accepted' | 'declined'; centreId: string; centreName: string; referringOrganisationName: string; contactName: string; reason: string; referredOn: string; assessedOn: string;
  crisis: boolean; assessment: string; premises: string | null; informationProvided: string | null; members: number; children: number; decisionDue: { dueOn: string; daysLeft: number } | null;
  decidedOn: string | null; declineReason: string | null; caseId: string | null;
}
export interface FamilyListItem { caseId: string; caseNumber: string | null; contactName: string; centreName: string; openedOn: string; closedOn: string | null; status: 'open' | 'closed'; children: number; adults: number; inCrisis: boolean }
export interface FamilyCase {
  caseId: string; caseNumber: string | null; status: 'open' | 'closed'; openedOn: string; closedOn: string | null; centreId: string; centreName: string; contactPersonId: string; contactName: string;
  crisisSince: string | null; crisisNote: string | null; endingReason: string | null; childrenHidden: boolean; composition: { children: number; adults: number };
  members: { personId: string; fullName: string; role: MemberRole; birthDate: string | null; child: boolean }[];
  team: { userId: string; displayName: string; role: string; fromDate: string }[];
  sessions: { id: string; kind: string; heldOn: string; minutes: number | null; note: string | null; present: string[]; presentCount: number }[];
  enrolments: { groupId: string; name: string; kind: GroupKind; personId: string; enrolledOn: string }[];
  mentor: { matchId: string; mentorId: string; mentorName: string; matchedOn: string; endedOn: string | null; endingReason: string | null; meetings: { id: string; heldOn: string; minutes: number; note: string | null }[] }[];
  conferences: { id: string; coordinatorName: string; preparationStartedOn: string; heldOn: string | null; plan: string | null; reviewOn: string | null; reviewedOn: string | null; reviewOutcome: string | null;
    invitees: { id: string; name: string; relation: string; familyMember: boolean; attended: boolean }[] }[];
  familyPlan: { conferenceId: string; heldOn: string | null; plan: string | null; reviewOn: string | null } | null;
  abilities: { record: boolean; manage: boolean };
}
export interface GroupListItem { id: string; kind: GroupKind; name: string; centreName: string; startsOn: string; endsOn: string; places: number; enrolled: number; placesLeft: number; sessions: number }
export interface GroupDetail {
  id: string; kind: GroupKind; name: string; centreName: string; startsOn: string; endsOn: string; places: number; placesLeft: number; attendanceRate: number | null;
  participants: { personId: string; caseId: string; caseNumber: string | null; fullName: string; enrolledOn: string; attended: number }[];
  sessions: { id: string; heldOn: string; topic: string | null; present: string[] }[];
  abilities: { record: boolean };
}
export interface Mentor {
  id: string; fullName: string; centreId: string; centreName: string; phone: string | null; checkDoneOn: string | null; checkValidUntil: string | null; trainingCompletedOn: string | null; endedOn: string | null;
  status: 'ended' | 'not_ready' | 'matched' | 'available'; problems: MentorMatchProblem[]; checkRenewal: { dueOn: string; daysLeft: number } | null;
  currentMatch: { matchId: string; caseId: string; caseNumber: string | null; matchedOn: string } | null; matchesInAll: number; lastSupervisionOn: string | null;
}
export interface LeaderTraining { id: string; userId: string; displayName: string; kind: 'training' | 'supervision'; heldOn: string; givenBy: string; note: string | null }
export interface FinanceFigures {
  project: { code: string; name: string; promoter: string; grantSource: string; startsOn: string; endsOn: string; initialCostCents: number; finalCostCents: number; grantCents: number };
  grantShare: number; providerShareCents: number; costChangeCents: number; spentInProjectCents: number; grantUsedCents: number; grantLeftCents: number; finalCostLeftCents: number;
  overFinalCostCents: number; spentAfterProjectCents: number; byCategory: { category: string; inProjectCents: number; afterProjectCents: number }[];
}
export interface Finance { asOf: string; finance: FinanceFigures | null; spending: { id: string; spentOn: string; category: string; amountCents: number; note: string | null; fundedBy: string }[] }
type Count = number | null;
export interface FsReport {
  asOf: string; view: 'provider' | 'municipality' | 'aggregates';
  families: { total: Count; children: Count; open: Count; inProject: Count; childrenInProject: Count; continuingAfterProject: Count; openedAfterProject: Count; byCentre: { centre: string; families: Count; children: Count }[] };
  sessions: { individual: Count; family: Count; crisis: Count; groups: { kind: GroupKind; groups: number; sessions: number; attendances: Count }[] };
  conferences: { started: Count; held: Count; reviewed: Count };
  mentors: { matchings: Count; active: Count; mentors: Count };
  finance: FinanceFigures | null;
}

/** Every query of the programme starts with `fs`, so a write refreshes them together. */
export const fsKeys = {
  all: ['fs'] as const,
  centres: ['fs', 'centres'] as const,
  referrals: ['fs', 'referrals'] as const,
  families: ['fs', 'families'] as const,
  family: (id: string) => ['fs', 'family', id] as const,
  groups: ['fs', 'groups'] as const,
  group: (id: string) => ['fs', 'group', id] as const,
  mentors: ['fs', 'mentors'] as const,
  trainings: ['fs', 'trainings'] as const,
  finance: ['fs', 'finance'] as const,
  report: (asOf: string) => ['fs', 'report', asOf] as const,
};

export const getCentres = (signal?: AbortSignal) => api<{ centres: Centre[] }>(`${BASE}/centres`, { signal });
export const getReferrals = (signal?: AbortSignal) => api<{ items: Referral[] }>(`${BASE}/referrals`, { signal });
export const createReferral = (body: CreateReferralInput) => api<{ referralId: string }>(`${BASE}/referrals`, { method: 'POST', body });
export const decideReferral = (id: string, body: DecideReferralInput) => api<{ caseId: string | null }>(`${BASE}/referrals/${id}/decision`, { method: 'POST', body });
export const getFamilies = (signal?: AbortSignal) => api<{ items: FamilyListItem[] }>(`${BASE}/cases`, { signal });
export const getFamily = (id: string, signal?: AbortSignal) => api<FamilyCase>(`${BASE}/cases/${id}`, { signal });
export const addTeamMember = (id: string, body: z.input<typeof addTeamMemberSchema>) => api(`${BASE}/cases/${id}/team`, { method: 'POST', body });
export const setCrisis = (id: string, body: z.input<typeof setCrisisSchema>) => api(`${BASE}/cases/${id}/crisis`, { method: 'PUT', body });
export const recordSession = (id: string, body: z.input<typeof recordSessionSchema>) => api(`${BASE}/cases/${id}/sessions`, { method: 'POST', body });
export const endFamily = (id: string, body: z.input<typeof endFamilyCaseSchema>) => api(`${BASE}/cases/${id}/ending`, { method: 'POST', body });
export const startConference = (id: string, body: z.input<typeof startConferenceSchema>) => api(`${BASE}/cases/${id}/conferences`, { method: 'POST', body });
export const holdConference = (id: string, body: z.input<typeof holdConferenceSchema>) => api(`${BASE}/conferences/${id}/held`, { method: 'PUT', body });
export const reviewConference = (id: string, body: z.input<typeof reviewConferenceSchema>) => api(`${BASE}/conferences/${id}/review`, { method: 'PUT', body });
export const getGroups = (signal?: AbortSignal) => api<{ items: GroupListItem[] }>(`${BASE}/groups`, { signal });
export const getGroup = (id: string, signal?: AbortSignal) => api<GroupDetail>(`${BASE}/groups/${id}`, { signal });
export const createGroup = (body: z.input<typeof createGroupSchema>) => api<{ id: string }>(`${BASE}/groups`, { method: 'POST', body });
export const enrol = (id: string, body: z.input<typeof enrolSchema>) => api(`${BASE}/groups/${id}/participants`, { method: 'POST', body });
export const recordGroupSession = (id: string, body: z.input<typeof groupSessionSchema>) => api(`${BASE}/groups/${id}/sessions`, { method: 'POST', body });
export const getMentors = (signal?: AbortSignal) => api<{ items: Mentor[] }>(`${BASE}/mentors`, { signal });
export const createMentor = (body: z.input<typeof createMentorSchema>) => api<{ id: string }>(`${BASE}/mentors`, { method: 'POST', body });
export const matchMentor = (id: string, body: z.input<typeof matchMentorSchema>) => api(`${BASE}/mentors/${id}/matches`, { method: 'POST', body });
export const updateMentor = (id: string, body: z.input<typeof updateMentorSchema>) => api(`${BASE}/mentors/${id}`, { method: 'PUT', body });
export const recordMentorSupervision = (id: string, body: z.input<typeof mentorSupervisionSchema>) => api(`${BASE}/mentors/${id}/supervisions`, { method: 'POST', body });
export const recordMentorMeeting = (matchId: string, body: z.input<typeof mentorMeetingSchema>) => api(`${BASE}/matches/${matchId}/meetings`, { method: 'POST', body });
export const endMentorMatch = (matchId: string, body: z.input<typeof endMatchSchema>) => api(`${BASE}/matches/${matchId}/ending`, { method: 'POST', body });
export const getTrainings = (signal?: AbortSignal) => api<{ items: LeaderTraining[] }>(`${BASE}/leader-trainings`, { signal });
export const recordTraining = (body: z.input<typeof leaderTrainingSchema>) => api(`${BASE}/leader-trainings`, { method: 'POST', body });
export const getFinance = (signal?: AbortSignal) => api<Finance>(`${BASE}/finance`, { signal });
export const setProject = (body: z.input<typeof setProjectSchema>) => api(`${BASE}/finance/project`, { method: 'PUT', body });
export const recordSpending = (body: z.input<typeof recordSpendingSchema>) => api(`${BASE}/finance/spending`, { method: 'POST', body });
export const getReport = (asOf: string, signal?: AbortSignal) => api<FsReport>(`${BASE}/report?asOf=${asOf}`, { signal });
export const reportFileUrl = (asOf: string, kind: 'pdf' | 'xlsx', lang: string) => `${BASE}/report.${kind}?asOf=${asOf}&lang=${lang}`;

import type { z } from 'zod';
import type { DwellingFields, QuestionnaireField } from '@socrehab/domain';
import type { answerOfferSchema, assignTeamMemberSchema, decideApplicationSchema, eligibilityAssessmentSchema, giveConsentSchema, initialAssessmentSchema, markDocumentSchema, MoveInStep, openCaseSchema, PriorityFactor, recordAgreementsSchema, recordFirstContactSchema, recordMoveInSchema, removeFromWaitingListSchema, submitApplicationSchema, addAttachmentSchema } from '@socrehab/domain/programmes/housing-first/index';
import { api, query } from '../../shared/api/client';
import type { Me } from '../../modules/auth/auth.api';

/** What the signed-in user may do in Housing First (GET /api/auth/me → `programmes.housing_first`). */
export interface HousingFirstAbilities {
  municipalWorklist: boolean;
  waitingList: boolean;
  dwellings: boolean;
  cases: boolean;
  caseloads: boolean;
  /** HF-4.2 the indicators page (older servers send none). */
  indicators?: boolean;
  /** HF-4.4 the completion spreadsheet. */
  completion?: boolean;
  /** HF-4.4 research extracts, the handover to the funder and the register of disclosures. */
  disclosures?: boolean;
}
const NONE: HousingFirstAbilities = { municipalWorklist: false, waitingList: false, dwellings: false, cases: false, caseloads: false, indicators: false };
/** The Housing First abilities of a `me` answer (older servers send none). */
export const housingFirstOf = (me: Me): HousingFirstAbilities =>
  (me as Me & { programmes?: { housing_first?: HousingFirstAbilities } }).programmes?.housing_first ?? NONE;

type Body<T extends z.ZodType> = z.input<T>;

export interface Criterion { key: string; textLv: string; textEn: string }
export type Answers = Record<string, string | number | boolean | null>;

export interface WorklistApplication {
  id: string; personId: string; personName: string; submittedOn: string; status: string; decidedOn: string | null;
  dueOn: string; daysLeft: number; overdue: boolean;
}
export interface WorklistContact { id: string; personId: string; personName: string; contactedOn: string; source: string; note: string | null }
export interface Worklist { asOf: string; municipalityAtvk: string; applications: WorklistApplication[]; firstContacts: WorklistContact[] }

export interface Explanation { aheadWithMoreFactors: number; aheadWithSameFactorsDecidedEarlier: number; ruleVersion: string }
export interface WaitingListEntry {
  id: string; applicationId: string; personId: string; personName: string; municipalityAtvk: string; decidedOn: string; addedOn: string;
  priorityFactors: PriorityFactor[]; ruleVersion: string; position: number; explanation: Explanation;
}
export interface WaitingLists { asOf: string; lists: Array<{ municipalityAtvk: string; entries: WaitingListEntry[] }> }

export interface Dwelling extends DwellingFields {
  id: string; organisationId: string; status: string; version: number; createdAt: string; updatedAt: string;
}
export interface DwellingListItem extends Dwelling { organisationName: string; canEdit: boolean }
export interface Offer {
  id: string; applicationId: string; dwellingId: string; round: number; offeredOn: string; answer: 'pending' | 'chosen' | 'refused';
  answeredOn: string | null; note: string | null; offeredBy: string; dwelling: Dwelling;
}
export interface Proposal { dwelling: Dwelling; score: number; reasons: string[] }

export interface EligibilityAssessment {
  id: string; assessedOn: string; findings: Array<{ key: string; finding: string; note: string | null }>; priorityFactors: PriorityFactor[];
  outcome: 'eligible' | 'not_eligible'; reason: string; alternativesOffered: string[]; assessedByName: string; criteriaVersion: number; criteria: Criterion[];
}
export interface ApplicationDetail {
  application: {
    id: string; personId: string; municipalityAtvk: string; firstContactId: string | null; submittedOn: string; answers: Answers; status: string;
    decidedOn: string | null; decisionReason: string | null; version: number;
  };
  person: { id: string; givenNames: string; surnames: string; personalCode: string | null; birthDate: string | null };
  questionnaire: { version: number; fields: QuestionnaireField[] };
  criteriaInForce: { id: string; version: number; validFrom: string; criteria: Criterion[] } | null;
  assessments: EligibilityAssessment[];
  deadline: { dueOn: string; daysLeft: number; overdue: boolean; decidedLate: boolean | null; decisionDeadlineDays: number };
  waitingList: {
    id: string; addedOn: string; leftOn: string | null; leftReason: string | null; removalNote: string | null; priorityFactors: PriorityFactor[];
    position: { position: number; of: number; explanation: Explanation } | null;
  } | null;
  offers: Offer[];
  maxDwellingsOffered: number;
  case: { id: string; caseNumber: string | null; status: string } | null;
  /** HF-3.3.4 the case that ended before this re-application. */
  previousCase: { id: string; caseNumber: string | null; closedOn: string | null } | null;
  abilities: { assess: boolean; decide: boolean; removeFromWaitingList: boolean; offer: boolean; openCase: boolean };
}

export interface TeamMember {
  id: string; userId: string; teamRole: string; fromDate: string; toDate: string | null; overrideReason: string | null;
  displayName: string; assignedByName: string | null; active: boolean;
  /** HF-2.6 the member's languages, and those they share with the person. */
  languages?: Array<{ language: string; level: string }>; sharedLanguages?: string[];
}
export interface TimelineEvent { on: string; kind: string; by: string | null; detail: Record<string, unknown>; document: string | null }
export interface InitialAssessment {
  id: string; assessedOn: string; supportNeedLevel: string; assessedByName: string; suggestedTeam: string[];
  data: Partial<Omit<Body<typeof initialAssessmentSchema>, 'assessedOn' | 'supportNeedLevel'>>;
}
export interface MoveIn {
  id: string; movedInOn: string; accompaniedBy: string; crisisAgreement: string; spareKeyUseAllowed: boolean; equipmentExplained: boolean;
  nothingEssentialMissing: boolean; handoverItems: Array<{ item: string; quantity: number; condition: string }>;
  lease: { landlord: string; startsOn: string; rentEuros: number; signedBy: string; coPaymentEuros: number | null };
}
export interface CaseDetail {
  case: {
    id: string; caseNumber: string | null; status: string; openedOn: string; closedOn: string | null; municipalityAtvk: string; applicationId: string | null;
    caseManagerUserId: string | null; dataProcessingInformedOn: string | null; serviceRulesInformedOn: string | null; contractSignedOn: string | null; version: number;
  };
  person: { id: string; givenNames: string; surnames: string; personalCode: string | null; birthDate: string | null; phone: string | null; email: string | null; declaredAddress: string | null; languages?: string[] };
  team: TeamMember[];
  caseManagerName: string | null;
  documents: Array<{ kind: string; required: boolean; record: { status: string; onDate: string; note: string | null } | null }>;
  consents: Array<{ id: string; consentTextVersion: number; givenOn: string; withdrawnOn: string | null }>;
  initialAssessment: InitialAssessment | null;
  offers: Offer[];
  dwelling: Dwelling | null;
  moveIn: MoveIn | null;
  policeIfRisk: boolean | null;
  keys: Array<{ id: string; holder: string; holderName: string; handedOn: string; returnedOn: string | null }>;
  attachments: Array<{ id: string; purpose: string; fileName: string; mediaType: string; uploadedAt: string }>;
  checklist: { steps: Array<{ step: MoveInStep; done: boolean }>; next: MoveInStep | null };
  timeline: TimelineEvent[];
  abilities: { record: boolean; assignTeam: boolean; overrideCaseload: boolean; assignMunicipalWorker: boolean };
}
export interface CaseListItem {
  id: string; caseNumber: string | null; status: string; openedOn: string; closedOn: string | null; municipalityAtvk: string;
  personId: string; givenNames: string; surnames: string; dwellingId: string | null;
}
export interface CaseloadRow {
  userId: string; displayName: string; teamRole: string; cases: number; casesAlone: number | null; cap: number | null; capAlone: number | null; overCap: boolean; overrides: number;
}
export interface Worker { id: string; displayName: string; roles: string[]; active: boolean; organisation: { id: string; name: string } }

const HF = 'housing_first';

export const getQuestionnaire = (municipalityAtvk: string) =>
  api<{ form: { id: string; version: number; fields: QuestionnaireField[] } }>(`/api/programmes/${HF}/questionnaire${query({ municipalityAtvk })}`);
export const getCriteria = (municipalityAtvk: string, date?: string) =>
  api<{ criteriaSet: { id: string; version: number; validFrom: string; criteria: Criterion[] } }>(`/api/programmes/${HF}/criteria${query({ municipalityAtvk, date })}`);

export const getWorklist = (asOf: string) => api<Worklist>(`/api/worklists/municipal${query({ asOf })}`);
export const recordFirstContact = (body: Body<typeof recordFirstContactSchema>) => api<{ firstContact: { id: string } }>('/api/first-contacts', { method: 'POST', body });
export const submitApplication = (body: Body<typeof submitApplicationSchema>) => api<{ application: { id: string } }>('/api/applications', { method: 'POST', body });
export const getApplication = (id: string) => api<ApplicationDetail>(`/api/applications/${id}`);
export const assessEligibility = (id: string, body: Body<typeof eligibilityAssessmentSchema>) =>
  api<{ assessment: { id: string } }>(`/api/applications/${id}/eligibility-assessments`, { method: 'POST', body });
export const decideApplication = (id: string, body: Body<typeof decideApplicationSchema>) =>
  api<{ decidedLate: boolean }>(`/api/applications/${id}/decision`, { method: 'POST', body });
export const getWaitingList = (asOf: string) => api<WaitingLists>(`/api/waiting-list${query({ asOf })}`);
export const removeFromWaitingList = (entryId: string, body: Body<typeof removeFromWaitingListSchema>) =>
  api<void>(`/api/waiting-list/${entryId}/removal`, { method: 'POST', body });

export const getDwellings = (status?: string) => api<{ items: DwellingListItem[] }>(`/api/dwellings${query({ status })}`);
/** A handover into one of the organisation's own dwellings — never the client (issue 11 §5). */
export interface DwellingHandover {
  dwellingId: string;
  address: string;
  movedInOn: string;
  items: Array<{ item: string; quantity: number; condition: string }>;
  keys: Array<{ holder: string; handedOn: string; returnedOn: string | null }>;
}
export const getHandovers = () => api<{ items: DwellingHandover[] }>('/api/dwellings/handovers');
export const createDwelling = (body: DwellingFields) => api<{ dwelling: Dwelling }>('/api/dwellings', { method: 'POST', body });
export const updateDwelling = (id: string, body: { version: number; status: string; dwelling: DwellingFields }) =>
  api<{ dwelling: Dwelling }>(`/api/dwellings/${id}`, { method: 'PUT', body });
export const getProposals = (applicationId: string) => api<{ items: Proposal[] }>(`/api/applications/${applicationId}/dwelling-proposals`);
export const offerDwelling = (applicationId: string, body: { dwellingId: string; offeredOn: string }) =>
  api<{ offer: Offer }>(`/api/applications/${applicationId}/offers`, { method: 'POST', body });
export const answerOffer = (offerId: string, body: Body<typeof answerOfferSchema>) => api<{ offer: Offer }>(`/api/offers/${offerId}/answer`, { method: 'POST', body });

/** HF-3.3 which cases the list shows: open today, ended by today, or all. */
export type CaseListStatus = 'open' | 'ended' | 'all';
export const getCases = (status: CaseListStatus = 'open') => api<{ items: CaseListItem[] }>(`/api/cases?status=${status}`);
export const openCase = (body: Body<typeof openCaseSchema>) => api<{ case: { id: string; caseNumber: string } }>('/api/cases', { method: 'POST', body });
export const getCase = (id: string) => api<CaseDetail>(`/api/cases/${id}`);
export const assignTeamMember = (id: string, body: Body<typeof assignTeamMemberSchema>) => api<{ member: TeamMember; warnings?: string[] }>(`/api/cases/${id}/team`, { method: 'POST', body });
export const markDocument = (id: string, body: Body<typeof markDocumentSchema>) => api<void>(`/api/cases/${id}/documents`, { method: 'POST', body });
export const recordAgreements = (id: string, body: Body<typeof recordAgreementsSchema>) => api<{ version: number }>(`/api/cases/${id}/agreements`, { method: 'PUT', body });
export const giveConsent = (id: string, body: Body<typeof giveConsentSchema>) => api<unknown>(`/api/cases/${id}/consents`, { method: 'POST', body });
export const withdrawConsent = (id: string, consentId: string, withdrawnOn: string) =>
  api<void>(`/api/cases/${id}/consents/${consentId}/withdrawal`, { method: 'POST', body: { withdrawnOn } });
export const recordInitialAssessment = (id: string, body: Body<typeof initialAssessmentSchema>) => api<unknown>(`/api/cases/${id}/initial-assessments`, { method: 'POST', body });
export const recordMoveIn = (id: string, body: Body<typeof recordMoveInSchema>) => api<unknown>(`/api/cases/${id}/move-in`, { method: 'POST', body });
export const addAttachment = (id: string, body: Body<typeof addAttachmentSchema>) => api<unknown>(`/api/cases/${id}/attachments`, { method: 'POST', body });
/** HF-2.2 the programme's places: its capacity in force on the day, the cases open then in all and of the viewer's organisation. */
export interface ProgrammePlaces { capacity: number; taken: number; takenByOrganisation: number }
export const getCaseloads = (asOf: string) => api<{ asOf: string; items: CaseloadRow[]; places: ProgrammePlaces }>(`/api/caseloads${query({ asOf })}`);

/** HF-4.2 a count and the share it is of a whole; null where suppressed (a small cell) or nothing to divide. */
export interface IndicatorShare { count: number | null; of: number | null; share: number | null }
export interface IndicatorFigures {
  served: IndicatorShare;
  lengthOfStay: { cases: number | null; meanDays: number | null; medianDays: number | null };
  housedAfter6Months: IndicatorShare;
  housedAfter12Months: IndicatorShare;
  exitDestinations: Array<{ destination: string } & IndicatorShare>;
  /** D, E, F from the client questionnaire at the start and at the exit (HF-4.3 (2)); null where suppressed. */
  outcomes: OutcomeFigures;
}
export interface OutcomeFigures {
  cases: number | null;
  income: { meanAtStart: number | null; meanAtExit: number | null; increased: IndicatorShare };
  workingAtStart: IndicatorShare; workingAtExit: IndicatorShare; training: IndicatorShare; volunteering: IndicatorShare; addictionRehabilitation: IndicatorShare;
  crisisServices: Array<{ measure: string; atStart: number | null; atExit: number | null }>;
}
export interface IndicatorGroup { id: string; nameLv: string; nameEn: string; figures: IndicatorFigures }
export interface HfIndicators {
  from: string; to: string; asOf: string; scope: 'provider' | 'municipality' | 'aggregates'; suppressed: boolean; smallCell: number; capacity: number | null;
  programme: IndicatorFigures; municipalities: IndicatorGroup[]; providers: IndicatorGroup[];
}
export const getHfIndicators = (period: { from: string; to: string; asOf: string }, signal?: AbortSignal) =>
  api<HfIndicators>(`/api/programmes/housing_first/indicators${query(period)}`, { signal });
/** HF-4.2 the cases behind one figure of the report (`group`: `all`, `m:<ATVK>` or `p:<organisation>`), for those who hold them. */
export interface HfIndicatorCases {
  figure: string; group: string; groupName: { lv: string; en: string } | null; scope: 'provider' | 'municipality'; from: string; to: string; asOf: string;
  cases: Array<{
    caseId: string; caseNumber: string | null; givenNames: string; surnames: string; municipalityNameLv: string; municipalityNameEn: string;
    startedOn: string; movedInOn: string | null; endedOn: string | null; exitDestination: string | null;
  }>;
}
export const getHfIndicatorCases = (params: { figure: string; group: string; from: string; to: string; asOf: string }, signal?: AbortSignal) =>
  api<HfIndicatorCases>(`/api/programmes/housing_first/indicators/cases${query(params)}`, { signal });
/** The drill-down page's address for one count of the report. */
export const indicatorCasesPath = (params: { figure: string; group: string; from: string; to: string; asOf: string }) => `/hf/indicators/cases${query(params)}`;
export const getWorkers = () => api<{ items: Worker[] }>('/api/users');

/** PDF addresses (the server renders them in the UI language). */
export const pdf = {
  decisionLetter: (applicationId: string) => `/api/applications/${applicationId}/decision-letter.pdf`,
  titlePage: (caseId: string) => `/api/cases/${caseId}/title-page.pdf`,
  titlePageReverse: (caseId: string) => `/api/cases/${caseId}/title-page-reverse.pdf`,
  contract: (caseId: string) => `/api/cases/${caseId}/contract.pdf`,
  consent: (caseId: string, consentId: string) => `/api/cases/${caseId}/consents/${consentId}/consent.pdf`,
  handoverAct: (caseId: string) => `/api/cases/${caseId}/handover-act.pdf`,
  attachment: (caseId: string, attachmentId: string) => `/api/cases/${caseId}/attachments/${attachmentId}`,
};

/** Query keys, so that each change refreshes what it touched. */
export const hfKeys = {
  all: ['hf'] as const,
  worklist: (asOf: string) => ['hf', 'worklist', asOf] as const,
  waitingList: (asOf: string) => ['hf', 'waiting-list', asOf] as const,
  application: (id: string) => ['hf', 'application', id] as const,
  proposals: (id: string) => ['hf', 'proposals', id] as const,
  questionnaire: (atvk: string) => ['hf', 'questionnaire', atvk] as const,
  criteria: (atvk: string, date: string) => ['hf', 'criteria', atvk, date] as const,
  dwellings: (status: string) => ['hf', 'dwellings', status] as const,
  handovers: ['hf', 'dwellings', 'handovers'] as const,
  cases: ['hf', 'cases'] as const,
  case: (id: string) => ['hf', 'case', id] as const,
  caseloads: (asOf: string) => ['hf', 'caseloads', asOf] as const,
  indicators: (from: string, to: string, asOf: string) => ['hf', 'indicators', from, to, asOf] as const,
  indicatorCases: (figure: string, group: string, from: string, to: string, asOf: string) => ['hf', 'indicators', 'cases', figure, group, from, to, asOf] as const,
  workers: ['hf', 'workers'] as const,
};

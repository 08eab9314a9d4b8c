import type { Letterhead, PersonLine } from '../../../modules/documents/documents.types';

/**
 * What Housing First's granting documents show — plain data, already loaded and access-checked by the
 * routes that ask for the document. Renderers (documents.pdf.ts) turn these into PDFs; they read no database.
 * Dates are `yyyy-mm-dd` (printed dd.mm.yyyy), money in euros (printed `1 234,56 €`).
 */

/** HF-3.1.4 / HF-3.1.2 the decision on an application. */
export interface DecisionLetterData extends Letterhead {
  person: PersonLine;
  municipalityName: string;
  programmeName: string;
  applicationSubmittedOn: string;
  decidedOn: string;
  decision: 'granted' | 'refused';
  reason: string;
  /** When granted: the documents the provider will ask for (already translated labels). */
  documentsNeeded: string[];
  /** When refused: the other services offered (already translated labels). */
  alternativesOffered: string[];
  /** HF-3.1.2 the recorded assessment the decision rests on: its day and the criteria it found not met (translated); null when none is recorded. */
  assessment: { assessedOn: string; criteriaNotMet: string[] } | null;
  decidedBy: string;
}

/** HF-3.1.7.2, HF-2.7 the service contract. */
export interface ContractData extends Letterhead {
  caseNumber: string;
  person: PersonLine;
  programmeName: string;
  startsOn: string;
  engagementMonths: number;
  minimumParticipationMonths: number;
  contactHoursPerEngagement: number;
  contactHoursPerDay: number;
  visitsPerWeek: number;
  dwellingAddress: string | null;
  /** HF-3.1.7 the monthly rent under the lease, in euros; printed when known. */
  rentEuros?: number | null;
  /** HF-2.7 the person's monthly co-payment if agreed (voluntary in the pilot); null = none agreed. */
  coPaymentEuros?: number | null;
  /** HF-2.7 the rights and duties, already in the document's language. */
  clientRights: string[];
  clientDuties: string[];
  providerDuties: string[];
  /** HF-2.7 the provider's rights (section 2.5); printed when given. */
  providerRights?: string[];
  caseManagerName: string;
}

/** HF-4.4 informed consent. */
export interface ConsentData extends Letterhead {
  caseNumber: string;
  person: PersonLine;
  consentVersion: number;
  consentText: string;
  givenOn: string | null;
  withdrawnOn: string | null;
  /** The worker who informed the person and takes the consent (HF-3.1.7.1); a blank line when absent. */
  workerName?: string | null;
}

/** HF-3.4.1 the case title page shows the case number only — no sensitive data. */
export interface CaseTitlePageData extends Letterhead {
  caseNumber: string;
  programmeName: string;
}

/** HF-3.1.9 the handover act of the dwelling, itemised, for signatures. */
export interface HandoverActData extends Letterhead {
  caseNumber: string;
  person: PersonLine;
  dwellingAddress: string;
  landlord: string;
  movedInOn: string;
  items: Array<{ item: string; quantity: number; condition: string }>;
  /** `holder` is 'person' | 'team' | 'owner' (KEY_HOLDERS); any other value is printed as given. */
  keys: Array<{ holder: string; holderName: string; handedOn: string }>;
  photoCount: number;
  /** HF-3.1.10 whether the person agreed that the team may use the spare key in a risk situation. */
  spareKeyUseAllowed?: boolean | null;
  /** The support-team member who signs for the team; a blank line when absent. */
  teamMemberName?: string | null;
}

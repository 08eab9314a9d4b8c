/**
 * Realistic Latvian sample data for the document tests (and for looking at the PDFs while
 * developing): every name, address and item carries the letters that break weak PDF fonts.
 */
import { computeRightsAndDuties } from '@socrehab/domain/programmes/housing-first/rights-and-duties';
import type { Letterhead, PersonLine } from '../../../modules/documents/documents.types';
import type { CaseTitlePageData, ConsentData, ContractData, DecisionLetterData, HandoverActData } from './documents.types';

export const provider: Letterhead = {
  organisationName: 'Biedrība “Latvijas Samariešu apvienība”',
  printedOn: '2026-11-24T12:05:00Z',
  printedBy: 'Līga Ķēniņa',
};

export const socialService: Letterhead = {
  organisationName: 'Liepājas valstspilsētas pašvaldības iestāde “Liepājas sociālais dienests”',
  printedOn: '2026-11-24',
  printedBy: 'Žanna Žūriņa',
};

export const girts: PersonLine = {
  fullName: 'Ģirts Bērziņš',
  // as stored: digits only; the documents print it DDMMYY-NNNNN (issue 11 §2)
  personalCode: '12038511236',
  birthDate: null,
  address: 'Ziemeļu iela 5 (nakts patversme), Liepāja, LV-3405',
};

export const nikita: PersonLine = {
  fullName: 'Ņikita Ļoļa',
  personalCode: '32118740213',
  birthDate: '1987-09-14',
  address: 'Čakstes laukums 3-12, Ventspils, LV-3601',
};

export const grantedDecision: DecisionLetterData = {
  ...socialService,
  person: girts,
  municipalityName: 'Liepājas valstspilsētas pašvaldība',
  programmeName: 'Mājoklis vispirms',
  applicationSubmittedOn: '2026-10-27',
  decidedOn: '2026-11-20',
  decision: 'granted',
  reason: 'Persona ir pilngadīga, bez noteiktas faktiskās dzīvesvietas, Liepājas nakts patversmes klients kopš 12.03.2024 un sadarbojas ar nakts patversmes sociālo darbinieku; atbilst pašvaldības noteiktajiem mērķa grupas kritērijiem.',
  documentsNeeded: ['Personu apliecinošs dokuments (pase vai personas apliecība)', 'Izziņa par ienākumiem pēdējos trīs mēnešos'],
  alternativesOffered: [],
  assessment: { assessedOn: '2026-11-13', criteriaNotMet: [] },
  decidedBy: 'Žanna Žūriņa',
};

export const refusedDecision: DecisionLetterData = {
  ...grantedDecision,
  person: nikita,
  decision: 'refused',
  reason: 'Persona neatbilst mērķa grupai: kopš 01.09.2026 īrē dzīvokli Ventspilī, tātad tai ir noteikta faktiskā dzīvesvieta.',
  documentsNeeded: [],
  alternativesOffered: [
    'Sociālā darbinieka konsultācijas Ventspils sociālajā dienestā',
    'Pabalsts dzīvokļa jautājumu risināšanai (īres un komunālo maksājumu segšanai)',
    'Atbalsta grupa “Šķēršļi un iespējas”',
  ],
  assessment: { assessedOn: '2026-11-13', criteriaNotMet: ['Persona ir bez noteiktas faktiskās dzīvesvietas'] },
};

/** A refusal with nothing recorded beyond the reason (a decision older than HF-3.1.2's rule): the letter claims no assessment. */
export const refusedWithoutAssessment: DecisionLetterData = { ...refusedDecision, alternativesOffered: [], assessment: null };

export const contract: ContractData = {
  ...provider,
  caseNumber: 'MV-2026/0042',
  person: girts,
  programmeName: 'Mājoklis vispirms',
  startsOn: '2026-12-01',
  engagementMonths: 24,
  minimumParticipationMonths: 6,
  contactHoursPerEngagement: 300,
  contactHoursPerDay: 3,
  visitsPerWeek: 1,
  dwellingAddress: 'Kuršu iela 17-4, Liepāja, LV-3401',
  rentEuros: 1234.56,
  coPaymentEuros: 25,
  ...pick(computeRightsAndDuties({ language: 'lv' })),
  caseManagerName: 'Ilze Čakste',
};

export const consent: ConsentData = {
  ...provider,
  caseNumber: 'MV-2026/0042',
  person: girts,
  consentVersion: 1,
  consentText: [
    'Piekrītu, ka pakalpojuma sniedzējs apstrādā manus personas datus, lai sniegtu man sociālās rehabilitācijas pakalpojumu “Mājoklis vispirms”: vestu klienta lietu, plānotu atbalstu un novērtētu pakalpojuma rezultātus.',
    'Pētījumos un pakalpojuma izvērtēšanā izmanto tikai pseidonimizētus datus.',
  ].join('\n\n'),
  givenOn: '2026-12-01',
  withdrawnOn: null,
  workerName: 'Ilze Čakste',
};

export const titlePage: CaseTitlePageData = { ...provider, caseNumber: 'MV-2026/0042', programmeName: 'Mājoklis vispirms' };

export const handover: HandoverActData = {
  ...provider,
  caseNumber: 'MV-2026/0042',
  person: girts,
  dwellingAddress: 'Kuršu iela 17-4, Liepāja, LV-3401',
  landlord: 'SIA “Liepājas namu apsaimniekotājs”',
  movedInOn: '2026-12-03',
  items: [
    { item: 'Ledusskapis “Snaigė”', quantity: 1, condition: 'labā stāvoklī, darbojas' },
    { item: 'Gāzes plīts ar četriem riņķiem', quantity: 1, condition: 'lietota, darbojas' },
    { item: 'Gulta ar matraci', quantity: 1, condition: 'jauna' },
    { item: 'Krēsls', quantity: 2, condition: 'vienam ieplīsis polsterējums' },
    { item: 'Aizkari', quantity: 3, condition: 'labā stāvoklī' },
    { item: 'Aukstā ūdens skaitītājs Nr. 47281', quantity: 1, condition: 'rādījums 00231,4 m³' },
    { item: 'Elektrības skaitītājs', quantity: 1, condition: 'rādījums 18 452 kWh' },
  ],
  keys: [
    { holder: 'person', holderName: 'Ģirts Bērziņš', handedOn: '2026-12-03' },
    { holder: 'team', holderName: 'Ilze Čakste', handedOn: '2026-12-03' },
    { holder: 'owner', holderName: 'Andris Šķēle', handedOn: '2026-11-28' },
  ],
  photoCount: 14,
  spareKeyUseAllowed: true,
  teamMemberName: 'Ilze Čakste',
};

function pick(r: ReturnType<typeof computeRightsAndDuties>) {
  return { clientRights: r.clientRights, clientDuties: r.clientDuties, providerRights: r.providerRights, providerDuties: r.providerDuties };
}

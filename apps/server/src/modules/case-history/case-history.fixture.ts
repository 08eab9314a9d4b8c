/**
 * A whole Housing First case history in the format (docs/case-history-format.md), for tests: a new
 * person from application to an ending for violence, naming the test world's workers by e-mail.
 * Lines are in the order an export writes them.
 */
export const SAMPLE_IDS = {
  person: '0b9d3d8e-1c1a-4c55-9f36-0a1b2c3d4e01',
  application: '0b9d3d8e-1c1a-4c55-9f36-0a1b2c3d4e02',
  case: '0b9d3d8e-1c1a-4c55-9f36-0a1b2c3d4e05',
  visit: '0b9d3d8e-1c1a-4c55-9f36-0a1b2c3d4e10',
};
const id = (n: number) => `0b9d3d8e-1c1a-4c55-9f36-0a1b2c3d4e${String(n).padStart(2, '0')}`;

/** Strings an attacker or a careless migration would send; each must come back exactly. */
export const HOSTILE = {
  sql: "Robert'); DROP TABLE persons;--",
  html: '<script>alert("x")</script><img src=x onerror=alert(1)>',
  unicode: 'Ķēķis 🏠 — ‮gnp.exe ﷽ Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  multiline: 'pirmā rinda\notrā rinda\tar tabulāciju',
  template: '{{constructor.constructor("return process")()}} ${process.env} __proto__',
};

export function sampleHistory(options: { caseNumber?: string } = {}): string {
  const lines: unknown[] = [
    { format: 'socrehab.case-history', version: 1 },
    {
      type: 'person', id: SAMPLE_IDS.person, givenNames: 'Jānis', surnames: 'Ozoliņš-Bērziņš', personalCode: '32073120115', birthDate: '1972-03-04', gender: 'male',
      languages: ['lv', 'ru'], phone: '+371 20000000', email: 'janis@example.lv', declaredAddress: null, whereaboutsKind: 'shelter', whereabouts: 'Patversme „Sāpju iela”',
      notes: HOSTILE.sql,
    },
    { type: 'application', id: SAMPLE_IDS.application, personId: SAMPLE_IDS.person, municipalityAtvk: '0001000', submittedOn: '2025-01-06', answers: { householdSize: 1, hasPets: false, otherNeeds: HOSTILE.html }, previousCaseId: null },
    {
      type: 'eligibility_assessment', id: id(3), applicationId: SAMPLE_IDS.application, assessedOn: '2025-01-20',
      findings: [{ key: 'riga-1', finding: 'met', note: null }, { key: 'riga-2', finding: 'unknown', note: 'Nav pārbaudīts' }],
      priorityFactors: ['long_shelter_use', 'addiction'], outcome: 'eligible', reason: 'Atbilst kritērijiem', alternativesOffered: [], assessedBy: 'riga@test.lv',
    },
    { type: 'decision', id: SAMPLE_IDS.application, decidedOn: '2025-01-27', decision: 'granted', reason: 'Piešķirts (HF-3.1.4)', decidedBy: 'riga@test.lv' },
    {
      type: 'case', id: SAMPLE_IDS.case, personId: SAMPLE_IDS.person, applicationId: SAMPLE_IDS.application, dataProcessingInformedOn: '2025-02-03', serviceRulesInformedOn: '2025-02-03',
      contractSignedOn: '2025-02-04', municipalityAtvk: '0001000', programme: 'housing_first', caseNumber: options.caseNumber ?? 'MIG-2025-0001', openedOn: '2025-02-03',
      caseManager: 'sw1@test.lv',
    },
    { type: 'team_member', id: id(6), caseId: SAMPLE_IDS.case, teamRole: 'social_worker', fromDate: '2025-02-03', overrideReason: null, worker: 'sw1@test.lv', toDate: null, changeReason: null },
    { type: 'team_member', id: id(7), caseId: SAMPLE_IDS.case, teamRole: 'social_mentor', fromDate: '2025-02-10', overrideReason: null, worker: 'mentor@test.lv', toDate: null, changeReason: 'Personas vēlme (HF-3.2.7)' },
    {
      type: 'initial_assessment', id: id(8), caseId: SAMPLE_IDS.case, assessedOn: '2025-02-05',
      urgentMatters: { food_package: 'needed', low_income_status: 'in_progress', phone: 'resolved' }, goalsAndWishes: 'Savs dzīvoklis', socialSituation: HOSTILE.multiline,
      resources: 'Pensija', furniture: 'Gulta', threats: 'Nav', functioning: 'Labs',
      domainNeeds: { housing: 'intensive', rights: 'some', daily_life: 'some', health: 'intensive', education_employment: 'none', finances: 'some' },
      supportNeedLevel: 'high', moveInPlan: 'Pārcelšanās 1. martā', assessedBy: 'sw1@test.lv',
    },
    { type: 'visit_slot', id: id(9), caseId: SAMPLE_IDS.case, weekday: 2, atTime: '10:00', fromDate: '2025-03-04', setBy: 'sw1@test.lv' },
    {
      type: 'visit', id: SAMPLE_IDS.visit, caseId: SAMPLE_IDS.case, visitedOn: '2025-03-04', atTime: '10:00', place: 'Mājās', outcome: 'met', healthRisk: false,
      dwellingCondition: 'Kārtīgs', technicalFaults: 'Pil krāns', personState: { psychoEmotional: 'Mierīgs', complaints: null, health: null, worries: HOSTILE.unicode, wishes: null, expectations: null, needsMedicalHelp: false },
      hours: 1.5, workers: ['sw1@test.lv', 'mentor@test.lv'], recordedBy: 'sw1@test.lv',
    },
    { type: 'visit', id: id(11), caseId: SAMPLE_IDS.case, visitedOn: '2025-03-11', atTime: null, place: 'Mājās', outcome: 'not_home_no_notice', healthRisk: false, dwellingCondition: null, technicalFaults: null, personState: { psychoEmotional: null, complaints: null, health: null, worries: null, wishes: null, expectations: null }, hours: 0, workers: ['mentor@test.lv'], recordedBy: 'mentor@test.lv' },
    { type: 'contact', id: id(12), caseId: SAMPLE_IDS.case, visitId: SAMPLE_IDS.visit, contactOn: '2025-03-04', kind: 'home_visit', mode: 'in_person', hours: 1.5, lifeDomains: ['housing', 'health'], reachedPerson: true, justification: null, notes: null, worker: 'sw1@test.lv', justifiedBy: null, recordedBy: 'sw1@test.lv' },
    { type: 'contact', id: id(13), caseId: SAMPLE_IDS.case, visitId: null, contactOn: '2025-03-05', kind: 'accompanying', mode: 'in_person', hours: 3.25, lifeDomains: ['health'], reachedPerson: true, justification: 'Pavadīšana uz slimnīcu (HF-2.2)', notes: HOSTILE.template, worker: 'mentor@test.lv', justifiedBy: 'sw1@test.lv', recordedBy: 'mentor@test.lv' },
    { type: 'escalation_extension', id: id(14), caseId: SAMPLE_IDS.case, recordedOn: '2025-04-20', reason: 'Komanda gaida vēl mēnesi (HF-3.3.3)', recordedBy: 'sw1@test.lv' },
    { type: 'support_offer', id: id(15), caseId: SAMPLE_IDS.case, offered: 'initial_plan', offeredOn: '2025-03-04', answer: 'accepted', toldNotACondition: true, note: null, recordedBy: 'sw1@test.lv' },
    { type: 'support_offer', id: id(16), caseId: SAMPLE_IDS.case, offered: 'psychologist', offeredOn: '2025-03-11', answer: 'declined', toldNotACondition: false, note: 'Vecs ieraksts', recordedBy: 'sw1@test.lv' },
    {
      type: 'plan', id: id(17), caseId: SAMPLE_IDS.case, startedOn: '2025-03-04', version: 1, endedOn: '2025-04-01', recordedBy: 'sw1@test.lv',
      goals: [{ domain: 'housing', term: 'long', goal: 'Saglabāt mājokli', problem: null, tasks: 'Maksāt īri', deadline: '2025-12-31', status: 'in_progress', reviewOn: '2025-03-18', result: null, responsible: 'sw1@test.lv' }],
    },
    {
      type: 'plan', id: id(18), caseId: SAMPLE_IDS.case, startedOn: '2025-04-01', version: 2, endedOn: null, recordedBy: 'sw1@test.lv',
      goals: [
        { domain: 'housing', term: 'long', goal: 'Saglabāt mājokli', problem: null, tasks: 'Maksāt īri', deadline: '2025-12-31', status: 'in_progress', reviewOn: null, result: null, responsible: 'sw1@test.lv' },
        { domain: 'health', term: 'short', goal: 'Pierakstīties pie ģimenes ārsta', problem: 'Nav ārsta', tasks: null, deadline: null, status: 'planned', reviewOn: null, result: null, responsible: null },
      ],
    },
    { type: 'plan_review', id: id(19), caseId: SAMPLE_IDS.case, reviewedOn: '2025-03-18', note: 'Plāns pārskatīts (HF-3.2.5)', recordedBy: 'sw1@test.lv' },
    { type: 'functioning_assessment', id: id(20), caseId: SAMPLE_IDS.case, assessedOn: '2025-08-01', summary: 'Atkārtots novērtējums pēc 6 mēnešiem (HF-2.4)', domainNeeds: { housing: 'some', rights: 'none', daily_life: 'some', health: 'intensive', education_employment: 'none', finances: 'some' }, recordedBy: 'sw1@test.lv' },
    { type: 'work_log_entry', id: id(21), caseId: SAMPLE_IDS.case, on: '2025-03-04', goals: null, topics: 'Iekārtošanās', done: 'Izskaidrota tehnika', results: null, conclusions: null, interProfessionalNotes: null, lifeDomains: ['housing'], author: 'sw1@test.lv' },
    { type: 'incident', id: id(22), caseId: SAMPLE_IDS.case, kind: 'dwelling_damage', occurredOn: '2025-05-02', description: 'Izsista rūts', actionTaken: 'Salabots (HF-3.2.6)', recordedBy: 'sw1@test.lv' },
    {
      type: 'exit', id: id(23), caseId: SAMPLE_IDS.case, reason: 'violence', endsOn: '2025-09-30', noticeGivenOn: null, destination: 'shelter', note: 'Kopīgs lēmums (HF-3.3.2)', proposedBy: 'manager@test.lv',
      confirmations: [
        { teamRole: 'manager', by: 'manager@test.lv', confirmedAt: '2025-09-29T10:00:00.000Z' },
        { teamRole: 'social_mentor', by: 'mentor@test.lv', confirmedAt: '2025-09-29T11:00:00.000Z' },
        { teamRole: 'social_worker', by: 'sw1@test.lv', confirmedAt: '2025-09-29T12:00:00.000Z' },
      ],
    },
  ];
  return lines.map((l) => `${JSON.stringify(l)}\n`).join('');
}

/** The version-2 sample's ids: the same history under other ids, so both samples live in one test world. */
export const SAMPLE_V2_IDS = {
  person: '0b9d3d8e-1c1a-4c55-9f36-0a1b2c3d5e01',
  case: '0b9d3d8e-1c1a-4c55-9f36-0a1b2c3d5e05',
  dwelling: '0b9d3d8e-1c1a-4c55-9f36-0a1b2c3d5e30',
};

/**
 * The sample in version 2 (issue 12): the header names the programme; the dwelling, the documents
 * checklist, the consent, the move-in with its handover act and lease, the keys (one returned at the exit)
 * and the inspection period agreed (20 days) come along. Lines in the order an export writes them.
 */
export function sampleHistoryV2(): string {
  const v1 = sampleHistory({ caseNumber: 'MIG-2025-0002' }).replaceAll('0a1b2c3d4e', '0a1b2c3d5e').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  const at = (type: string) => v1.findIndex((r) => r.type === type);
  const onCase = { caseId: SAMPLE_V2_IDS.case, dwellingId: SAMPLE_V2_IDS.dwelling };
  const dwelling = {
    type: 'dwelling', id: SAMPLE_V2_IDS.dwelling, municipalityAtvk: '0001000', address: 'Purvciema iela 22-14, Rīga', source: 'municipal_fund', landlord: 'Rīgas valstspilsētas pašvaldība',
    rooms: 1, floor: 3, hasLift: false, accessible: false, petsAllowed: true, amenities: { electricity: true, furniture: false, heating: true, hotWater: true, water: true },
    rentEuros: 107.5, utilitiesEuros: 62.35, notes: HOSTILE.html, status: 'available',
  };
  const moveIn = {
    type: 'move_in', id: '0b9d3d8e-1c1a-4c55-9f36-0a1b2c3d5e31', ...onCase, movedInOn: '2025-03-01', accompaniedBy: 'Sociālais darbinieks un mentors',
    crisisAgreement: 'Ja 2 dienas nav sasniedzams, komanda ierodas ar rezerves atslēgu', spareKeyUseAllowed: true, equipmentExplained: true, nothingEssentialMissing: false,
    handoverItems: [{ condition: 'laba', item: 'Gulta', quantity: 1 }, { condition: 'darbojas', item: 'Ledusskapis', quantity: 1 }],
    lease: { coPaymentEuros: 12.5, landlord: 'Rīgas valstspilsētas pašvaldība', rentEuros: 107.5, signedBy: 'person', startsOn: '2025-03-01' }, recordedBy: 'sw1@test.lv',
  };
  const keys = [
    { type: 'dwelling_key', id: '0b9d3d8e-1c1a-4c55-9f36-0a1b2c3d5e32', ...onCase, holder: 'person', holderName: 'Klients', handedOn: '2025-03-01', returnedOn: '2025-09-30' },
    { type: 'dwelling_key', id: '0b9d3d8e-1c1a-4c55-9f36-0a1b2c3d5e33', ...onCase, holder: 'team', holderName: 'Seifs birojā', handedOn: '2025-03-01', returnedOn: null },
  ];
  const document = { type: 'case_document', id: '0b9d3d8e-1c1a-4c55-9f36-0a1b2c3d5e34', caseId: SAMPLE_V2_IDS.case, kind: 'identity_document', status: 'received', on: '2025-02-03', note: 'Pase', recordedBy: 'sw1@test.lv' };
  const consent = { type: 'consent', id: '0b9d3d8e-1c1a-4c55-9f36-0a1b2c3d5e35', caseId: SAMPLE_V2_IDS.case, consentTextVersion: 1, givenOn: '2025-02-04', withdrawnOn: null, recordedBy: 'sw1@test.lv' };
  const { personalCode: _code, ...person } = v1[at('person')]!;
  v1[at('person')] = { ...person, personalCode: null };
  v1[at('case')] = { ...v1[at('case')], dwellingId: SAMPLE_V2_IDS.dwelling, inspectionAfterDays: 20, serviceBeganOn: null };
  v1.splice(at('initial_assessment'), 0, document, consent);
  v1.splice(at('initial_assessment') + 1, 0, moveIn, ...keys);
  v1.splice(at('case'), 0, dwelling);
  v1[0] = { format: 'socrehab.case-history', version: 2, programme: 'housing_first' };
  return v1.map((l) => `${JSON.stringify(l)}\n`).join('');
}

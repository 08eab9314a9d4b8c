import { randomUUID } from 'node:crypto';
import { addDays, addMonths } from '@socrehab/domain';
import { FEMALE_GIVEN, MALE_GIVEN, newPersonalCode, SURNAMES, seededRandom } from '../../../modules/demo/latvian-names';

/**
 * The Latvian pilot's year as a case history (HF-2.2, HF-4.2): 49 clients of Rīga, Liepāja and Valmiera
 * served from 1 September 2022 to 30 August 2023 by the demo provider, each from the application to the
 * end — moved into a flat of their own, visited every week, re-assessed after six months. At the pilot's
 * end 47 of them still lived in their flats (about 95 %, the retention Housing First programmes report);
 * one went back to a shelter after three months, one was lost to the street after four. Written as one
 * file in the case-history format (docs/case-history-format.md) and imported like a provider's migration,
 * so the indicators page has a finished period to show beside the open cases of today.
 */
export const PILOT = { from: '2022-09-01', to: '2023-08-30', clients: 49 } as const;

const MUNICIPALITIES = [
  { atvk: '0001000', clients: 27, city: 'Rīga', streets: ['Ropažu iela', 'Dzelzavas iela', 'Slokas iela', 'Ozolciema iela', 'Maskavas iela', 'Kurzemes prospekts', 'Brīvības gatve', 'Lielvārdes iela'], criteria: ['riga-1', 'riga-2', 'riga-3', 'riga-4', 'riga-5', 'riga-6'] },
  { atvk: '0005000', clients: 12, city: 'Liepāja', streets: ['Ūliha iela', 'Klaipēdas iela', 'Kuršu iela', 'Raiņa iela'], criteria: Array.from({ length: 10 }, (_, i) => `liepaja-${i + 1}`) },
  { atvk: '0054000', clients: 10, city: 'Valmiera', streets: ['Rīgas iela', 'Stacijas iela', 'Beātes iela', 'Cēsu iela'], criteria: ['valmiera-1', 'valmiera-2', 'valmiera-3', 'valmiera-4'] },
] as const;

/** The two clients who did not stay housed: their serial, when they left (months after moving in), why and where to. */
const LEFT_EARLY = new Map<number, { months: number; reason: 'person_wish' | 'unreachable'; destination: 'shelter' | 'street'; note: string }>([
  [11, { months: 3, reason: 'person_wish', destination: 'shelter', note: 'Pēc paša vēlmes atgriezās naktspatversmē' }],
  [34, { months: 4, reason: 'unreachable', destination: 'street', note: 'Vairāk nekā mēnesi nebija sasniedzams' }],
]);

const WORKERS = { socialWorkers: ['socdarbs@demo.lv', 'socdarbs2@demo.lv'], mentor: 'mentors@demo.lv', manager: 'vaditaja@demo.lv' } as const;
const NO_STATE = { psychoEmotional: null, complaints: null, health: null, worries: null, wishes: null, expectations: null };

/** The pilot's case-history file (version 2, Housing First). */
export function pilotHistory(): string {
  const random = seededRandom(2022);
  const lines: unknown[] = [{ format: 'socrehab.case-history', version: 2, programme: 'housing_first' }];
  let serial = 0;
  for (const m of MUNICIPALITIES) {
    for (let n = 0; n < m.clients; n++, serial++) {
      const female = random.next() < 0.3;
      const surname = random.pick(SURNAMES);
      const birthYear = random.int(1958, 1994);
      const ids = { person: randomUUID(), application: randomUUID(), case: randomUUID(), dwelling: randomUUID() };
      const worker = WORKERS.socialWorkers[serial % 2]!;
      const withMentor = serial % 3 !== 0;
      // applications over the pilot's first four months; the move-in five to seven weeks after the application
      const submittedOn = addDays(PILOT.from, 4 + Math.floor((serial * 120) / PILOT.clients));
      const decidedOn = addDays(submittedOn, 20);
      const openedOn = addDays(decidedOn, random.int(5, 12));
      const contractOn = addDays(openedOn, 1);
      const movedInOn = addDays(openedOn, random.int(10, 20));
      const left = LEFT_EARLY.get(serial);
      const endsOn = left ? addDays(addMonths(movedInOn, left.months), random.int(0, 10)) : PILOT.to;
      const stays = !left;
      const address = `${random.pick(m.streets)} ${random.int(1, 120)}-${random.int(1, 60)}, ${m.city}`;
      const municipalFund = random.next() < 0.7;
      const rentEuros = random.int(80, 190);

      lines.push(
        {
          type: 'person', id: ids.person, givenNames: random.pick(female ? FEMALE_GIVEN : MALE_GIVEN), surnames: surname[female ? 1 : 0],
          personalCode: newPersonalCode(91_000_000 + serial * 7), birthDate: `${birthYear}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
          gender: female ? 'female' : 'male', languages: random.next() < 0.35 ? ['lv', 'ru'] : ['lv'], phone: null, email: null, declaredAddress: stays ? address : null,
          whereaboutsKind: stays ? 'declared_address' : left!.destination === 'shelter' ? 'shelter' : 'no_fixed_residence', whereabouts: null, notes: null,
        },
        { type: 'application', id: ids.application, personId: ids.person, municipalityAtvk: m.atvk, submittedOn, answers: { householdSize: 1, hasPets: random.next() < 0.15, otherNeeds: null }, previousCaseId: null },
        {
          type: 'eligibility_assessment', id: randomUUID(), applicationId: ids.application, assessedOn: addDays(submittedOn, 6),
          findings: m.criteria.map((key) => ({ key, finding: 'met', note: null })), priorityFactors: random.next() < 0.5 ? ['long_term_no_fixed_residence', 'long_shelter_use'] : ['long_shelter_use', 'addiction'],
          outcome: 'eligible', reason: 'Atbilst pašvaldības noteiktajiem kritērijiem', alternativesOffered: [], assessedBy: WORKERS.manager,
        },
        { type: 'decision', id: ids.application, decidedOn, decision: 'granted', reason: 'Persona atbilst mērķa grupai', decidedBy: WORKERS.manager },
        {
          type: 'dwelling', id: ids.dwelling, municipalityAtvk: m.atvk, address, source: municipalFund ? 'municipal_fund' : 'private_market',
          landlord: municipalFund ? `${m.city}s pašvaldība` : 'Privāts izīrētājs', rooms: 1, floor: random.int(1, 5), hasLift: false, accessible: false, petsAllowed: true,
          amenities: { electricity: true, furniture: random.next() < 0.5, heating: true, hotWater: true, water: true }, rentEuros, utilitiesEuros: random.int(40, 90), notes: null,
          status: stays ? 'occupied' : 'withdrawn',
        },
        {
          type: 'case', id: ids.case, personId: ids.person, applicationId: ids.application, municipalityAtvk: m.atvk, programme: 'housing_first',
          caseNumber: `MV-2022-${String(serial + 1).padStart(3, '0')}`, openedOn, caseManager: worker,
          dataProcessingInformedOn: openedOn, serviceRulesInformedOn: openedOn, contractSignedOn: contractOn, dwellingId: ids.dwelling, inspectionAfterDays: 15, serviceBeganOn: null,
        },
        { type: 'team_member', id: randomUUID(), caseId: ids.case, teamRole: 'social_worker', fromDate: openedOn, overrideReason: null, worker, toDate: endsOn, changeReason: null },
        ...(withMentor ? [{ type: 'team_member', id: randomUUID(), caseId: ids.case, teamRole: 'social_mentor', fromDate: contractOn, overrideReason: null, worker: WORKERS.mentor, toDate: endsOn, changeReason: null }] : []),
        { type: 'consent', id: randomUUID(), caseId: ids.case, consentTextVersion: 1, givenOn: contractOn, withdrawnOn: null, recordedBy: worker },
        {
          type: 'initial_assessment', id: randomUUID(), caseId: ids.case, assessedOn: addDays(contractOn, 2),
          urgentMatters: { food_package: 'resolved', low_income_status: 'resolved', phone: 'resolved' }, goalsAndWishes: 'Dzīvot savā dzīvoklī', socialSituation: 'Ilgstoši naktspatversmē',
          resources: 'Pensija vai pabalsts', furniture: 'Gulta un galds', threats: 'Parādi', functioning: 'Patstāvīgs pašaprūpē',
          domainNeeds: { housing: 'intensive', rights: 'some', daily_life: 'some', health: withMentor ? 'intensive' : 'some', education_employment: 'some', finances: 'some' },
          supportNeedLevel: withMentor ? 'medium' : 'low', moveInPlan: 'Ievākšanās ar komandu', assessedBy: worker,
        },
        {
          type: 'move_in', id: randomUUID(), caseId: ids.case, dwellingId: ids.dwelling, movedInOn, accompaniedBy: 'Sociālais darbinieks', crisisAgreement: 'Krīzē zvanīt sociālajam darbiniekam',
          spareKeyUseAllowed: true, equipmentExplained: true, nothingEssentialMissing: true, handoverItems: [{ item: 'Gulta', quantity: 1, condition: 'laba' }],
          lease: { landlord: municipalFund ? `${m.city}s pašvaldība` : 'Privāts izīrētājs', startsOn: movedInOn, rentEuros, signedBy: 'person', coPaymentEuros: null }, recordedBy: worker,
        },
        { type: 'dwelling_key', id: randomUUID(), caseId: ids.case, dwellingId: ids.dwelling, holder: 'person', holderName: 'Klients', handedOn: movedInOn, returnedOn: stays ? null : endsOn },
      );
      // HF-3.2.1 a home visit every week, each with its contact hours (HF-2.2)
      for (let on = addDays(movedInOn, 7); on < endsOn; on = addDays(on, 7)) {
        const visitId = randomUUID();
        const hours = withMentor ? 1.5 : 1;
        const workers = withMentor ? [worker, WORKERS.mentor] : [worker];
        lines.push(
          { type: 'visit', id: visitId, caseId: ids.case, visitedOn: on, atTime: '10:00', place: 'Mājās', outcome: 'met', healthRisk: false, dwellingCondition: 'Kārtīgs', technicalFaults: null, personState: NO_STATE, hours, workers, recordedBy: worker },
          { type: 'contact', id: randomUUID(), caseId: ids.case, visitId, contactOn: on, kind: 'home_visit', mode: 'in_person', hours, lifeDomains: ['housing'], reachedPerson: true, justification: null, notes: null, worker, justifiedBy: null, recordedBy: worker },
        );
      }
      // HF-2.4 the re-assessment after six months, for those still served then
      const reassessOn = addMonths(addDays(contractOn, 2), 6);
      if (reassessOn < endsOn) {
        lines.push({ type: 'functioning_assessment', id: randomUUID(), caseId: ids.case, assessedOn: reassessOn, summary: 'Atkārtots novērtējums pēc 6 mēnešiem', domainNeeds: { housing: 'some', rights: 'none', daily_life: 'some', health: 'some', education_employment: 'some', finances: 'some' }, recordedBy: worker });
      }
      lines.push({
        type: 'exit', id: randomUUID(), caseId: ids.case, reason: left?.reason ?? 'term_ended', endsOn, noticeGivenOn: null,
        destination: left?.destination ?? (municipalFund ? 'social_flat' : 'market_flat'), note: left?.note ?? 'Izmēģinājumprojekts beidzās; dzīvo tajā pašā dzīvoklī', proposedBy: WORKERS.manager, confirmations: [],
      });
    }
  }
  return lines.map((l) => `${JSON.stringify(l)}\n`).join('');
}


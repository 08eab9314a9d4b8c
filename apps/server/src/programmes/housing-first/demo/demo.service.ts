import { addDays, addMonths, daysBetween } from '@socrehab/domain';
import { type VisitOutcome } from '@socrehab/domain/programmes/housing-first/index';
import type { Ctx } from '../../../app/context';
import { recordAgreements, recordInitialAssessment, recordMoveIn, assignTeamMember, openCase } from '../cases/cases.usecases';
import { createDwelling } from '../../../modules/dwellings/dwellings.usecases';
import { protectAddress } from '../../../modules/persons/persons.address-protection';
import { answerOffer, offerDwelling } from '../offers/offers.usecases';
import { recordFunctioningAssessment, recordSupportOffer, reviewPlan, savePlan } from '../plans/plans.usecases';
import { recordContact, recordExtension, recordVisit } from '../visits/visits.usecases';
import { getEngagement, recordSuspension } from '../engagement/engagement.usecases';

/**
 * A served Housing First case of the demo world, by its story on the day the demo is created (`today`
 * = day 0; every other day is an offset from it, so the story holds on any day — a weekend, the last
 * day of a month, 29 February). Weekly home visits met the person from the move-in to `lastMet`; then
 * each of `misses` is a visit without notice (HF-3.2.2). The plan is offered and started at the first
 * met visit (or `planFrom`) and reviewed every 14 days up to `reviewsUntil` (yesterday unless told; HF-3.2.5, HF-3.4.4).
 */
export interface ServedCaseStory {
  /** What the newcomer meets on this case today (README's demo world). */
  story: string;
  worker: 'socdarbs@demo.lv' | 'socdarbs2@demo.lv';
  mentor: boolean;
  movedIn: number;
  lastMet: number;
  misses?: number[];
  /** HF-3.3.3 the team waits one more month, recorded on this day. */
  extensionOn?: number;
  /** HF-2.2 the engagement suspended from one day to another (both included), which moves its agreed end. */
  suspension?: { from: number; to: number };
  planFrom?: number;
  reviewsUntil?: number;
  /** HF-2.2 hours of each met visit, and a justified accompanying of this many hours two days before each. */
  visitHours?: number;
  accompanyingHours?: number;
  /** HF-2.4 the 6-monthly re-assessment, recorded on this day. */
  reassessedOn?: number;
  /** The initial assessment (HF-3.1.7.5), by default three days before moving in. */
  assessedOn?: string;
}

/**
 * HF-3.2.1–3.2.5, HF-3.3.3, HF-2.2, HF-2.4 — the served cases: on the day the demo is created the
 * worklists show a home visit due today, every escalation level with its action (a missed visit, a
 * week without a meeting at home, the safety entry at the second missed week, the 15-day inspection, a
 * month → termination to evaluate, an extension running), a plan review due, the 6-monthly
 * re-assessment due, contact hours near the engagement's limit — and nothing weeks overdue.
 */
export function servedCaseStories(today: string): ServedCaseStory[] {
  const sixMonthsAgo = addMonths(today, -6);
  return [
    { story: 'missed_visit', worker: 'socdarbs@demo.lv', mentor: false, movedIn: -34, lastMet: -6, misses: [-1] },
    { story: 'unreachable_week', worker: 'socdarbs@demo.lv', mentor: false, movedIn: -37, lastMet: -9, misses: [-2] },
    { story: 'safety_entry', worker: 'socdarbs@demo.lv', mentor: false, movedIn: -41, lastMet: -13, misses: [-11, -4] },
    { story: 'inspection', worker: 'socdarbs@demo.lv', mentor: false, movedIn: -46, lastMet: -18, misses: [-16, -9, -2] },
    { story: 'evaluate_termination', worker: 'socdarbs@demo.lv', mentor: true, movedIn: -64, lastMet: -36, misses: [-34, -27, -20, -13, -6] },
    { story: 'extension', worker: 'socdarbs@demo.lv', mentor: true, movedIn: -78, lastMet: -50, misses: [-48, -41, -34, -27, -20, -13, -6], extensionOn: -15 },
    { story: 'plan_review', worker: 'socdarbs2@demo.lv', mentor: true, movedIn: -49, lastMet: -3, planFrom: -28, reviewsUntil: -14 },
    // the initial assessment six calendar months ago: the re-assessment falls due today (or fell due 1–3 days ago, when the month is shorter)
    { story: 'reassessment', worker: 'socdarbs2@demo.lv', mentor: true, movedIn: daysBetween(today, addDays(sixMonthsAgo, 3)), lastMet: -7, assessedOn: sixMonthsAgo },
    // served for almost a year: contact hours near the engagement's limit (HF-2.2), the re-assessment done, a week in hospital suspended, and the agreed end approaching
    { story: 'contact_hours', worker: 'socdarbs2@demo.lv', mentor: true, movedIn: -340, lastMet: -3, visitHours: 1, accompanyingHours: 4.5, reassessedOn: -20, suspension: { from: -156, to: -151 } },
  ];
}

export interface ServedCaseActors {
  manager: Ctx;
  workers: Record<ServedCaseStory['worker'], Ctx>;
  userIds: Record<string, string>;
  /** A granted application of a person not yet served, submitted on the day given; its municipality. */
  grant: (submittedOn: string) => Promise<{ id: string; municipalityAtvk: string }>;
}

const ADDRESSES: Record<string, string[]> = {
  '0001000': ['Ropažu iela 12-5, Rīga', 'Maskavas iela 240-17, Rīga', 'Ilūkstes iela 30-2, Rīga', 'Kurzemes prospekts 1-88, Rīga', 'Vienības gatve 95-4, Rīga'],
  '0005000': ['Zivju iela 4-3, Liepāja', 'Klaipēdas iela 61-20, Liepāja', 'Cukura iela 9-1, Liepāja'],
  '0054000': ['Rīgas iela 33-6, Valmiera', 'Stacijas iela 12-2, Valmiera', 'Purva iela 7-9, Valmiera'],
};

/** Writes one served case through the real use cases, from the application to today. */
export async function seedServedCase(s: ServedCaseStory, today: string, actors: ServedCaseActors, serial: number) {
  const day = (n: number) => addDays(today, n);
  const { manager, userIds } = actors;
  const worker = actors.workers[s.worker];
  const workerId = userIds[s.worker]!;
  const movedInOn = day(s.movedIn);
  const assessedOn = s.assessedOn ?? addDays(movedInOn, -3);
  const application = await actors.grant(addDays(assessedOn, -45));
  const addresses = ADDRESSES[application.municipalityAtvk]!;
  const { dwelling } = await createDwelling({
    municipalityAtvk: application.municipalityAtvk, address: addresses[serial % addresses.length]!, source: serial % 2 ? 'social_rental_agency' : 'municipal_fund',
    landlord: serial % 2 ? 'Sociālās īres aģentūra „Mājvieta”' : 'Pašvaldība', rooms: 1, floor: 1 + (serial % 3), hasLift: false, accessible: false, petsAllowed: serial % 2 === 0,
    amenities: { water: true, heating: true, electricity: true, hotWater: true, furniture: serial % 3 === 0 }, rentEuros: 90 + serial * 5, utilitiesEuros: 55 + serial * 2, notes: null,
  }, manager);
  const { offer } = await offerDwelling(application.id, { dwellingId: dwelling.id, offeredOn: addDays(assessedOn, -14) }, manager);
  await answerOffer(offer.id, { answer: 'chosen', answeredOn: addDays(assessedOn, -12), note: null }, manager);
  const { case: theCase } = await openCase({ applicationId: application.id, openedOn: addDays(assessedOn, -10), caseManagerUserId: workerId, overrideReason: null }, manager);
  await recordAgreements(theCase.id, { version: 1, dataProcessingInformedOn: addDays(assessedOn, -10), serviceRulesInformedOn: addDays(assessedOn, -10), contractSignedOn: addDays(assessedOn, -8) }, worker);
  await recordInitialAssessment(theCase.id, {
    assessedOn, urgentMatters: { food_package: 'resolved', low_income_status: 'in_progress', phone: 'resolved' },
    goalsAndWishes: 'Dzīvot savā mājoklī un atgūt kārtību ikdienā', socialSituation: 'Vairākus gadus bez pastāvīgas dzīvesvietas', resources: 'Pensija vai pabalsts; draugi',
    furniture: 'Vajadzīga gulta un galds', threats: 'Parādi; vientulība', functioning: 'Patstāvīgs pašaprūpē',
    domainNeeds: { housing: 'some', rights: 'some', daily_life: 'some', health: 'some', education_employment: 'none', finances: 'intensive' },
    supportNeedLevel: 'medium', moveInPlan: 'Ievākšanās ar komandu; pirmajā nedēļā — pārtika un gultas veļa',
  }, worker);
  if (s.mentor) await assignTeamMember(theCase.id, { userId: userIds['mentors@demo.lv']!, teamRole: 'social_mentor', fromDate: assessedOn, overrideReason: null }, manager);
  await recordMoveIn(theCase.id, {
    movedInOn, accompaniedBy: 'Sociālais darbinieks', crisisAgreement: 'Krīzē zvanīt sociālajam darbiniekam; ja 2 dienas nav sasniedzams, komanda ierodas ar rezerves atslēgu',
    spareKeyUseAllowed: true, equipmentExplained: true, nothingEssentialMissing: true, handoverItems: [{ item: 'Gulta', quantity: 1, condition: 'laba' }, { item: 'Ledusskapis', quantity: 1, condition: 'darbojas' }],
    keys: [{ holder: 'person', holderName: 'Klients', handedOn: movedInOn }, { holder: 'team', holderName: 'Biedrība „Mājas ceļš”, seifs birojā', handedOn: movedInOn }],
    lease: { landlord: dwelling.landlord, startsOn: movedInOn, rentEuros: 90 + serial * 5, signedBy: 'person', coPaymentEuros: null },
  }, worker);
  await seedServiceRecord(theCase.id, s, movedInOn, today, worker, workerId);
  // issue 14: the client the team may have to enter on to check on safety left a violent partner — their
  // worker protected the address, so the demo shows the badge and, to the municipality, the address hidden
  if (s.story === 'safety_entry') {
    await protectAddress({ personId: theCase.personId, reason: 'Vardarbība ģimenē: bijušais partneris meklē klientu; policijas izsaukums, tiesas pagaidu aizsardzība' }, worker);
  }
  return theCase;
}

/** HF-3.2 the weekly visits, misses, the plan with its reviews, the hours and assessments of a moved-in case, in date order. */
export async function seedServiceRecord(caseId: string, s: Omit<ServedCaseStory, 'story' | 'worker' | 'mentor' | 'movedIn'>, movedInOn: string, today: string, worker: Ctx, workerId: string) {
  const day = (n: number) => addDays(today, n);
  const met: string[] = [];
  for (let on = day(s.lastMet); on > movedInOn; on = addDays(on, -7)) met.unshift(on);
  const visit = (visitedOn: string, outcome: VisitOutcome) => recordVisit(caseId, {
    visitedOn, atTime: '10:00', workerIds: [workerId], place: outcome === 'met' ? 'Mājoklī' : 'Pie durvīm', outcome, healthRisk: false,
    dwellingCondition: outcome === 'met' ? 'Kārtīgs' : null, technicalFaults: null,
    personState: { psychoEmotional: outcome === 'met' ? 'Mierīgs' : null, complaints: null, health: null, worries: null, wishes: null, expectations: null },
    hours: outcome === 'met' ? s.visitHours ?? 1 : 0, lifeDomains: outcome === 'met' ? ['housing'] : [], justification: null,
  }, worker);
  const planFrom = s.planFrom === undefined ? met[0]! : day(s.planFrom);
  const reviews: string[] = [];
  for (let on = addDays(planFrom, 14); on <= day(s.reviewsUntil ?? -1); on = addDays(on, 14)) reviews.push(on);

  for (const on of met) {
    if (s.accompanyingHours && addDays(on, -2) > movedInOn) {
      await recordContact(caseId, {
        contactOn: addDays(on, -2), kind: 'accompanying', mode: 'in_person', hours: s.accompanyingHours, lifeDomains: ['health'], reachedPerson: true,
        justification: 'Pavadīšana pie speciālista ārpus pilsētas; ilga gaidīšana', notes: null,
      }, worker);
    }
    await visit(on, 'met');
    if (on === met[0]) await recordSupportOffer(caseId, { offered: 'initial_plan', offeredOn: on, answer: 'accepted', toldNotACondition: true, note: null }, worker);
  }
  await savePlan(caseId, {
    basedOnVersion: 0, startedOn: planFrom, goals: [
      { domain: 'housing', term: 'long', goal: 'Saglabāt mājokli un maksāt īri laikā', problem: null, tasks: 'Budžeta plāns kopā ar sociālo darbinieku', deadline: null, responsibleUserId: workerId, status: 'in_progress', reviewOn: null, result: null },
      { domain: 'health', term: 'short', goal: 'Pierakstīties pie ģimenes ārsta', problem: 'Nav ģimenes ārsta', tasks: null, deadline: null, responsibleUserId: null, status: 'planned', reviewOn: null, result: null },
    ],
  }, worker);
  for (const on of reviews) await reviewPlan(caseId, { reviewedOn: on, note: 'Plāns pārskatīts kopā ar personu' }, worker);
  for (const n of s.misses ?? []) await visit(day(n), 'not_home_no_notice');
  if (s.extensionOn !== undefined) {
    await recordExtension(caseId, { recordedOn: day(s.extensionOn), reason: 'Persona ir slimnīcā; komanda gaida vēl mēnesi un sazinās ar ārstu' }, worker);
  }
  if (s.suspension) {
    const { engagement } = await getEngagement(caseId, undefined, worker);
    await recordSuspension(caseId, { fromOn: day(s.suspension.from), toOn: day(s.suspension.to), reason: 'Ārstējās slimnīcā', expectedEndOn: engagement!.agreedEndOn }, worker);
  }
  if (s.reassessedOn !== undefined) {
    await recordFunctioningAssessment(caseId, {
      assessedOn: day(s.reassessedOn), summary: 'Atkārtots sociālās funkcionēšanas novērtējums pēc sešiem mēnešiem',
      domainNeeds: { housing: 'none', rights: 'some', daily_life: 'some', health: 'intensive', education_employment: 'some', finances: 'some' },
    }, worker);
  }
}

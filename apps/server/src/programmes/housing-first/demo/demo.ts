import { addDays, isoDayInRiga } from '@socrehab/domain';
import type { Ctx, Deps } from '../../../app/context';
import { assessEligibility, decideApplication, recordFirstContact, submitApplication } from '../applications/applications.usecases';
import { createDwelling } from '../../../modules/dwellings/dwellings.usecases';
import { answerOffer, offerDwelling } from '../offers/offers.usecases';
import {
  assignTeamMember, giveConsent, markDocument, openCase, recordAgreements, recordInitialAssessment, recordMoveIn,
} from '../cases/cases.usecases';
import { actorOf, findAdultsWithoutCase, findUserIdsByEmail, insertProviderAgreements } from './demo.repository';
import { seedServedCase, seedServiceRecord, servedCaseStories } from './demo.service';
import { pilotHistory } from './pilot-history';
import { importCaseHistory } from '../../../modules/case-history/case-history.import';
import type { ProgrammeLookup } from '../../../modules/evaluations/evaluations.usecases';
import { seedHousingFirstEvaluations } from './evaluations.demo';

const RIGA = '0001000';
const LIEPAJA = '0005000';
const VALMIERA = '0054000';
const CRITERIA: Record<string, string[]> = {
  [RIGA]: ['riga-1', 'riga-2', 'riga-3', 'riga-4', 'riga-5', 'riga-6'],
  [VALMIERA]: ['valmiera-1', 'valmiera-2', 'valmiera-3', 'valmiera-4'],
  [LIEPAJA]: Array.from({ length: 10 }, (_, i) => `liepaja-${i + 1}`),
};

/**
 * The Housing First part of the demo world (HF-3.1, HF-3.2), written through the real use cases so that
 * every rule, history entry and audit event is the same as when a worker does it, and dated from the
 * day it is created (issue 12): applicants at every stage — a contact, pending applications (fresh,
 * near the deadline, overdue), a refusal with alternatives, the waiting lists, offers, an opened case
 * half way — and the served cases (`servedCaseStories`): a home visit due today, every escalation
 * level, a plan review and a re-assessment due, contact hours near the limit.
 */
export async function seedHousingFirstDemo(deps: Deps, lookup: ProgrammeLookup) {
  const userIds = await findUserIdsByEmail(deps.db);
  const today = isoDayInRiga(deps.now());
  const day = (n: number) => addDays(today, n);
  const ctxOf = async (email: string): Promise<Ctx> => ({ ...deps, actor: await actorOf(deps.db, userIds[email]!), requestId: 'demo-seed', clientAddress: null });
  const riga = await ctxOf('riga@demo.lv');
  const liepaja = await ctxOf('liepaja@demo.lv');
  const valmiera = await ctxOf('valmiera@demo.lv');
  const manager = await ctxOf('vaditaja@demo.lv');
  const socialWorker = await ctxOf('socdarbs@demo.lv');
  const socialWorker2 = await ctxOf('socdarbs2@demo.lv');
  const housing = await ctxOf('majokli@demo.lv');

  await insertProviderAgreements(deps.db, [RIGA, LIEPAJA, VALMIERA], day(-3 * 365));

  const applicants = await findAdultsWithoutCase(deps.db, [RIGA, LIEPAJA, VALMIERA]);
  const next = (atvk: string) => {
    const i = applicants.findIndex((a) => a.atvk === atvk);
    return applicants.splice(i, 1)[0]!.id;
  };
  const answers = (preferredArea: string | null, extra: Record<string, unknown> = {}) => ({ householdSize: 1, preferredArea, maxFloorWithoutLift: 3, needsAccessible: false, hasPets: false, otherNeeds: null, ...extra });

  const apply = async (ctx: Ctx, atvk: string, submittedOn: string, preferredArea: string | null, source: 'outreach' | 'self_referral' | 'night_shelter' = 'outreach', personId = next(atvk)) => {
    const { firstContact } = await recordFirstContact({ programmeCode: 'housing_first', personId, municipalityAtvk: atvk, contactedOn: addDays(submittedOn, -7), source, note: null }, ctx);
    const { application } = await submitApplication({ programmeCode: 'housing_first', personId, municipalityAtvk: atvk, submittedOn, firstContactId: firstContact.id, answers: answers(preferredArea) }, ctx);
    return application;
  };
  const grant = async (ctx: Ctx, atvk: string, submittedOn: string, factors: Array<'long_term_no_fixed_residence' | 'long_shelter_use' | 'addiction' | 'mental_disorder' | 'imprisonment'>, preferredArea: string | null, personId = next(atvk)) => {
    const application = await apply(ctx, atvk, submittedOn, preferredArea, 'outreach', personId);
    await assessEligibility(application.id, {
      assessedOn: addDays(submittedOn, 5), findings: CRITERIA[atvk]!.map((key) => ({ key, finding: 'met' as const, note: null })), priorityFactors: factors,
      outcome: 'eligible', reason: 'Atbilst pašvaldības noteiktajiem kritērijiem', alternativesOffered: [],
    }, ctx);
    await decideApplication(application.id, { version: 1, decidedOn: addDays(submittedOn, 20), decision: 'granted', reason: 'Persona atbilst mērķa grupai un pašvaldības kritērijiem' }, ctx);
    return application;
  };

  // first contacts, not yet applications
  for (const [ctx, atvk] of [[riga, RIGA], [liepaja, LIEPAJA]] as const) {
    await recordFirstContact({ programmeCode: 'housing_first', personId: next(atvk), municipalityAtvk: atvk, contactedOn: day(-3), source: 'self_referral', note: 'Vērsās sociālajā dienestā pēc palīdzības' }, ctx);
  }
  // pending applications: fresh, close to the 30-day deadline, overdue (HF-3.1.4)
  await apply(riga, RIGA, day(-5), 'Purvciems', 'night_shelter');
  await apply(riga, RIGA, day(-27), 'Āgenskalns');
  await apply(riga, RIGA, day(-33), null, 'self_referral');
  await apply(valmiera, VALMIERA, day(-12), null);
  // a refusal with the other services offered (HF-3.1.2)
  const refused = await apply(liepaja, LIEPAJA, day(-40), null);
  await assessEligibility(refused.id, {
    assessedOn: day(-35), findings: CRITERIA[LIEPAJA]!.map((key, i) => ({ key, finding: i === 1 ? 'not_met' as const : 'met' as const, note: i === 1 ? 'Nav naktspatversmes klients' : null })),
    priorityFactors: [], outcome: 'not_eligible', reason: 'Neatbilst pašvaldības kritērijam par naktspatversmes klientiem', alternativesOffered: ['night_shelter', 'social_assistance_benefits'],
  }, liepaja);
  await decideApplication(refused.id, { version: 1, decidedOn: day(-30), decision: 'refused', reason: 'Neatbilst pašvaldības noteiktajiem kritērijiem' }, liepaja);

  // the waiting lists (HF-3.1.4), ordered by priority factors, then the decision date
  await grant(riga, RIGA, day(-90), ['long_term_no_fixed_residence'], null);
  await grant(riga, RIGA, day(-75), ['long_shelter_use', 'addiction', 'mental_disorder'], 'Purvciems');
  await grant(valmiera, VALMIERA, day(-60), ['long_term_no_fixed_residence', 'imprisonment'], null);
  const offered = await grant(riga, RIGA, day(-70), ['long_shelter_use', 'addiction'], 'Purvciems');
  const halfWay = await grant(riga, RIGA, day(-100), ['long_term_no_fixed_residence', 'long_shelter_use'], 'Imanta');
  const housed = await grant(riga, RIGA, day(-120), ['long_term_no_fixed_residence', 'addiction'], 'Purvciems');

  // housing stock (HF-3.1.5)
  const stock = [
    ['Purvciema iela 22-14, Rīga', 1, 3, false], ['Dzelzavas iela 51-7, Rīga', 1, 2, false], ['Anniņmuižas bulvāris 11-40, Rīga', 2, 5, true],
    ['Ozolciema iela 8-3, Rīga', 1, 1, false], ['Slokas iela 47-5, Rīga', 1, 2, false], ['Kandavas iela 3-9, Rīga', 1, 4, true],
  ] as const;
  const dwellingIds: string[] = [];
  for (const [i, [address, rooms, floor, hasLift]] of stock.entries()) {
    const { dwelling } = await createDwelling({
      municipalityAtvk: RIGA, address, source: i < 4 ? 'municipal_fund' : 'social_rental_agency', landlord: i < 4 ? 'Rīgas valstspilsētas pašvaldība' : 'Sociālās īres aģentūra „Mājvieta”',
      rooms, floor, hasLift, accessible: hasLift, petsAllowed: i % 2 === 0, amenities: { water: true, heating: true, electricity: true, hotWater: i !== 3, furniture: i < 2 },
      rentEuros: 95 + i * 12.5, utilitiesEuros: 60 + i * 5, notes: null,
    }, housing);
    dwellingIds.push(dwelling.id);
  }
  await createDwelling({
    municipalityAtvk: LIEPAJA, address: 'Ūliha iela 17-2, Liepāja', source: 'private_market', landlord: 'Jānis Ozoliņš', rooms: 1, floor: 1, hasLift: false, accessible: false,
    petsAllowed: true, amenities: { water: true, heating: true, electricity: true, hotWater: true, furniture: true }, rentEuros: 180, utilitiesEuros: 70, notes: 'Īres līgumu slēdz pakalpojuma sniedzējs',
  }, manager);

  // two offers waiting for an answer
  await offerDwelling(offered.id, { dwellingId: dwellingIds[0]!, offeredOn: day(-4) }, manager);
  await offerDwelling(offered.id, { dwellingId: dwellingIds[3]!, offeredOn: day(-4) }, manager);

  // a case half way: dwelling chosen, case opened, documents and contract — the assessment is next
  await offerDwelling(halfWay.id, { dwellingId: dwellingIds[4]!, offeredOn: day(-20) }, manager);
  const halfWayOffers = await offerDwelling(halfWay.id, { dwellingId: dwellingIds[5]!, offeredOn: day(-20) }, manager);
  await answerOffer(halfWayOffers.offer.id, { answer: 'chosen', answeredOn: day(-18), note: 'Patīk, ka ir lifts' }, manager);
  const { case: openCaseRow } = await openCase({ applicationId: halfWay.id, openedOn: day(-15), caseManagerUserId: userIds['socdarbs@demo.lv']!, overrideReason: null }, manager);
  await markDocument(openCaseRow.id, { kind: 'identity_document', status: 'received', on: day(-14), note: 'Pase' }, socialWorker);
  await recordAgreements(openCaseRow.id, { version: 1, dataProcessingInformedOn: day(-14), serviceRulesInformedOn: day(-14), contractSignedOn: day(-12) }, socialWorker);
  await giveConsent(openCaseRow.id, { consentTextVersion: 1, givenOn: day(-12) }, socialWorker);

  // a person who has moved in, every step recorded (HF-3.1.6–3.1.10)
  const housedOffer = await offerDwelling(housed.id, { dwellingId: dwellingIds[1]!, offeredOn: day(-60) }, manager);
  await answerOffer(housedOffer.offer.id, { answer: 'chosen', answeredOn: day(-58), note: null }, manager);
  const { case: housedCase } = await openCase({ applicationId: housed.id, openedOn: day(-55), caseManagerUserId: userIds['socdarbs@demo.lv']!, overrideReason: null }, manager);
  await markDocument(housedCase.id, { kind: 'identity_document', status: 'waived', on: day(-55), note: 'Izmēģinājumprojektā nav jāiesniedz' }, socialWorker);
  await recordAgreements(housedCase.id, { version: 1, dataProcessingInformedOn: day(-54), serviceRulesInformedOn: day(-54), contractSignedOn: day(-53) }, socialWorker);
  await giveConsent(housedCase.id, { consentTextVersion: 1, givenOn: day(-53) }, socialWorker);
  await assignTeamMember(housedCase.id, { userId: userIds['riga@demo.lv']!, teamRole: 'municipal_social_worker', fromDate: day(-52), overrideReason: null }, riga);
  await recordInitialAssessment(housedCase.id, {
    assessedOn: day(-50), urgentMatters: { food_package: 'resolved', low_income_status: 'resolved', phone: 'resolved' },
    goalsAndWishes: 'Dzīvot savā dzīvoklī, atjaunot attiecības ar meitu, atrast darbu noliktavā', socialSituation: 'Divus gadus naktspatversmē; trūcīgā statuss piešķirts',
    resources: 'Meita Jelgavā, prasmes remontdarbos', furniture: 'Vajadzīga gulta, galds un aizkari', threats: 'Alkohola lietošana; parādi par komunālajiem maksājumiem',
    functioning: 'Patstāvīgs pašaprūpē, grūtības ar budžeta plānošanu',
    domainNeeds: { housing: 'some', rights: 'none', daily_life: 'some', health: 'some', education_employment: 'some', finances: 'some' },
    supportNeedLevel: 'medium', moveInPlan: 'Pirms ievākšanās atvest gultu un galdu; ievākšanās dienā — trauki, gultas veļa, pārtika pirmajai nedēļai',
  }, socialWorker);
  await assignTeamMember(housedCase.id, { userId: userIds['mentors@demo.lv']!, teamRole: 'social_mentor', fromDate: day(-50), overrideReason: null }, manager);
  await recordMoveIn(housedCase.id, {
    movedInOn: day(-45), accompaniedBy: 'Sandis Sociālais, Miks Mentors', crisisAgreement: 'Krīzē zvanīt mentoram; ja nav sasniedzams 2 dienas, komanda ierodas ar rezerves atslēgu',
    spareKeyUseAllowed: true, equipmentExplained: true, nothingEssentialMissing: true,
    handoverItems: [
      { item: 'Gulta', quantity: 1, condition: 'laba' }, { item: 'Galds', quantity: 1, condition: 'skrāpējumi virsmā' }, { item: 'Krēsls', quantity: 2, condition: 'labs' },
      { item: 'Ledusskapis', quantity: 1, condition: 'darbojas' }, { item: 'Elektriskā plīts', quantity: 1, condition: 'darbojas' },
    ],
    keys: [
      { holder: 'person', holderName: 'Klients', handedOn: day(-45) },
      { holder: 'team', holderName: 'Biedrība „Mājas ceļš”, seifs birojā', handedOn: day(-45) },
    ],
    lease: { landlord: 'Rīgas valstspilsētas pašvaldība', startsOn: day(-45), rentEuros: 107.5, signedBy: 'person', coPaymentEuros: null },
  }, socialWorker);
  // a week since the last home visit: it is due today (HF-3.2.1)
  await seedServiceRecord(housedCase.id, { lastMet: -7 }, day(-45), today, socialWorker, userIds['socdarbs@demo.lv']!);

  // the served cases, each at its stage today; their persons come from whichever social service has applicants left
  const ctxOfAtvk: Record<string, Ctx> = { [RIGA]: riga, [LIEPAJA]: liepaja, [VALMIERA]: valmiera };
  const grantNext = async (submittedOn: string) => {
    const { id, atvk } = applicants.shift()!;
    return grant(ctxOfAtvk[atvk]!, atvk, submittedOn, ['long_term_no_fixed_residence'], null, id);
  };
  const actors = { manager, workers: { 'socdarbs@demo.lv': socialWorker, 'socdarbs2@demo.lv': socialWorker2 }, userIds, grant: grantNext };
  for (const [serial, story] of servedCaseStories(today).entries()) await seedServedCase(story, today, actors, serial);

  // the pilot's finished year (HF-4.2): imported as a provider would migrate its records
  const pilot = await importCaseHistory(pilotHistory(), { dryRun: false }, manager, lookup);
  if (!pilot.ok) throw new Error(`the pilot's history does not import: ${JSON.stringify(pilot.issues.slice(0, 5))}`);

  // HF-4.3 every case's instruments recorded as they fell due, the workshops and interviews held (issue 13)
  await seedHousingFirstEvaluations(today, manager, lookup);
}

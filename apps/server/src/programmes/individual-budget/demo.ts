import { addDays, addMonths, isoDayInRiga, type Actor } from '@socrehab/domain';
import {
  IB_ASSESSMENT, IB_PILOT_END_MEETING, IB_SERVICES, computePeriodMonths, shiftMonth, type IbService, type Pilot,
} from '@socrehab/domain/programmes/individual-budget/index';
import type { Ctx, Deps } from '../../app/context';
import type { Tx } from '../../db/database';
import { appendAuditEvent } from '../../modules/audit/audit.repository';
import { getOrganisation } from '../../modules/cases/cases.repository';
import { nextCaseNumber } from '../../modules/cases/cases.usecases';
import * as demo from './demo.repository';
import * as repo from './individual-budget.repository';
import { endIbCase, openIbCase, recordAssessment, recordDelivery, recordInterruption, reportDifficulty, savePlanVersion } from './individual-budget.usecases';

/**
 * The Individual Budget demo (seed 002): the ten municipalities of the Ministry of Welfare's two pilots,
 * each with its social service's social worker and its service catalogue (unit prices, providers, the
 * distance to the nearest one, Talsi's shortages of hippotherapy, ABA, speech and occupational therapists
 * and Kurzeme's of respite care); the pilots' finished cohorts — 10 children with functional impairments
 * in each municipality from September 2018 and 10 adults with mental disorders from November 2019, with
 * their assessments, plans, ledgers and the 2020 emergency's interruption of group and special-educator
 * sessions in Talsi; and living cases of a social worker who also serves Housing First, dated from today.
 */
const ORIGIN = { actorUserId: null, actorOrganisationId: null, requestId: 'demo-seed', clientAddress: null };

const MUNICIPALITIES = [
  { atvk: '0051000', slug: 'talsi', name: 'Talsu novada Sociālais dienests', worker: 'Inga Jaunzeme', kurzeme: true },
  { atvk: '0001000', slug: 'riga', name: 'Rīgas Sociālais dienests', worker: 'Linda Avotiņa', kurzeme: false },
  { atvk: '0005000', slug: 'liepaja', name: 'Liepājas Sociālais dienests', worker: 'Elīna Strautiņa', kurzeme: true },
  { atvk: '0054000', slug: 'valmiera', name: 'Valmieras novada Sociālais dienests', worker: 'Madara Priede', kurzeme: false },
  { atvk: '0003000', slug: 'jelgava', name: 'Jelgavas Sociālais dienests', worker: 'Anita Lūse', kurzeme: false },
  { atvk: '0007000', slug: 'ventspils', name: 'Ventspils Sociālais dienests', worker: 'Dace Kļaviņa', kurzeme: true },
  { atvk: '0026000', slug: 'cesis', name: 'Cēsu novada Sociālais dienests', worker: 'Ilze Krastiņa', kurzeme: false },
  { atvk: '0033000', slug: 'kuldiga', name: 'Kuldīgas novada Sociālais dienests', worker: 'Sanita Vīksna', kurzeme: true },
  { atvk: '0040000', slug: 'ogre', name: 'Ogres novada Sociālais dienests', worker: 'Kristīne Purmale', kurzeme: false },
  { atvk: '0006000', slug: 'rezekne', name: 'Rēzeknes Sociālais dienests', worker: 'Olga Ivanova', kurzeme: false },
] as const;
const TALSI = '0051000';
const RIGA = '0001000';

/** IB-3 the catalogue's base unit prices in euro cents (each municipality's differ a little). */
const BASE_PRICE: Record<IbService, number> = {
  support_person: 1_200, physiotherapy: 2_500, physiotherapy_pool: 3_000, occupational_therapy: 2_500, home_care: 900, assistant: 800, psychologist: 3_000,
  day_care_centre: 1_500, music_therapy: 2_200, aba_therapy: 3_500, canistherapy: 2_500, hippotherapy: 3_500, alternative_communication: 3_000,
  speech_therapist: 2_500, special_educator: 2_200, group_sessions_person: 1_000, group_sessions_relatives: 1_000, respite_care: 4_500, group_home: 3_200, transport: 600,
};
/** IB-5 Talsi's shortages (seed 002, 18.03.2019) and Kurzeme's respite care for adults (10.12.2019): the distance to the nearest provider, km. */
function shortageOf(m: (typeof MUNICIPALITIES)[number], service: IbService): { km: number; note: string } | null {
  if (m.atvk === TALSI && service === 'hippotherapy') return { km: 95, note: 'Nav sertificētu reitterapijas speciālistu novadā' };
  if (m.atvk === TALSI && service === 'aba_therapy') return { km: 115, note: 'ABA terapijas speciālisti tikai Rīgā' };
  if (m.atvk === TALSI && service === 'speech_therapist') return { km: 60, note: 'Nav mikrologopēda un audiologopēda' };
  if (m.atvk === TALSI && service === 'occupational_therapy') return { km: 45, note: 'Ergoterapeits Talsos nav pieejams' };
  if (m.kurzeme && service === 'respite_care') return { km: 150, note: 'Pilngadīgām personām Kurzemē pakalpojumu tikpat kā nesniedz; izmanto īslaicīgās aprūpes sniedzējus' };
  return null;
}

const CHILD_SERVICES: IbService[][] = [
  ['physiotherapy', 'occupational_therapy', 'speech_therapist'], ['aba_therapy', 'music_therapy', 'psychologist'], ['physiotherapy_pool', 'canistherapy', 'assistant'],
  ['hippotherapy', 'physiotherapy', 'alternative_communication'], ['home_care', 'speech_therapist', 'group_sessions_relatives'],
];
const ADULT_SERVICES: IbService[][] = [
  ['support_person', 'group_sessions_person', 'special_educator'], ['support_person', 'psychologist', 'day_care_centre'], ['support_person', 'group_sessions_person', 'transport'],
  ['support_person', 'respite_care', 'group_sessions_relatives'], ['support_person', 'day_care_centre', 'home_care'],
];
const PER_MONTH: Record<IbService, number> = {
  support_person: 8, physiotherapy: 4, physiotherapy_pool: 4, occupational_therapy: 4, home_care: 12, assistant: 20, psychologist: 2, day_care_centre: 8, music_therapy: 4,
  aba_therapy: 8, canistherapy: 2, hippotherapy: 2, alternative_communication: 2, speech_therapist: 4, special_educator: 4, group_sessions_person: 4,
  group_sessions_relatives: 2, respite_care: 2, group_home: 10, transport: 6,
};
const GIVEN_F = ['Anna', 'Elza', 'Sofija', 'Emīlija', 'Marta', 'Laura', 'Paula', 'Alise', 'Katrīna', 'Amēlija'];
const GIVEN_M = ['Jānis', 'Roberts', 'Markuss', 'Kristaps', 'Gustavs', 'Artūrs', 'Emīls', 'Daniels', 'Rihards', 'Olivers'];
const SURNAMES: [string, string][] = [['Bērziņš', 'Bērziņa'], ['Kalniņš', 'Kalniņa'], ['Ozoliņš', 'Ozoliņa'], ['Jansons', 'Jansone'], ['Liepiņš', 'Liepiņa'],
  ['Krūmiņš', 'Krūmiņa'], ['Balodis', 'Balode'], ['Zariņš', 'Zariņa'], ['Vītols', 'Vītola'], ['Eglītis', 'Eglīte']];

interface PilotPlan { pilot: Pilot; openedFrom: string; closedOn: string; assessments: string[]; meetingOn: string; budgetCents: number; services: IbService[][]; born: [number, number] }
/** IB-1 the children's pilot: September 2018 – October 2019, re-assessed in February 2019, the closing meeting on 21.11.2019 (seed 002). */
const CHILDREN: PilotPlan = { pilot: 'children_functional_impairments', openedFrom: '2018-09-03', closedOn: '2019-10-31', assessments: ['2018-09-03', '2019-02-11'], meetingOn: '2019-11-21', budgetCents: 300_000, services: CHILD_SERVICES, born: [2006, 2016] };
/** IB-1 the adults' pilot: from November 2019 (selected in August, plans made by November), re-assessed each 6 months; we close it at the end of 2020. */
const ADULTS: PilotPlan = { pilot: 'adults_mental_disorders', openedFrom: '2019-11-04', closedOn: '2020-12-30', assessments: ['2019-11-04', '2020-05-04', '2020-11-03'], meetingOn: '2021-01-14', budgetCents: 240_000, services: ADULT_SERVICES, born: [1960, 2000] };
/** IB-5 the 2020 emergency (12.03.–9.06.2020): in Talsi group sessions and special-educator sessions stopped, resumed in June (seed 002, 18.06.2020). */
const EMERGENCY = { from: '2020-03-13', to: '2020-06-09' };

export async function seedIndividualBudgetDemo(deps: Deps): Promise<void> {
  const today = isoDayInRiga(deps.now());
  const world = await deps.db.transaction(async (tx) => {
    const passwordHash = await demo.findDemoPasswordHash(tx);
    if (!passwordHash) throw new Error('individual budget demo: the core demo accounts come first');
    const services: { atvk: string; org: string; worker: string }[] = [];
    for (const m of MUNICIPALITIES) {
      const org = (await demo.findMunicipalSocialService(tx, m.atvk)) ?? await demo.insertOrganisation(tx, { name: m.name, kind: 'municipal_social_service', municipalityAtvk: m.atvk });
      const worker = await demo.insertUser(tx, { organisationId: org, email: `ib.${m.slug}@demo.lv`, displayName: m.worker, roles: ['municipal_social_worker'], passwordHash, isDemo: true });
      services.push({ atvk: m.atvk, org, worker });
    }
    await demo.insertCatalogue(tx, MUNICIPALITIES.flatMap((m, mi) => IB_SERVICES.map((service, si) => {
      const shortage = shortageOf(m, service);
      return {
        municipalityAtvk: m.atvk, service, unitPriceCents: BASE_PRICE[service] + ((mi * 7 + si * 3) % 5) * 100, shortage: shortage !== null,
        providerName: shortage ? null : `${service === 'day_care_centre' || service === 'group_home' ? 'Pašvaldības aģentūra' : 'Biedrība'} „${m.name.split(' ')[0]} atbalsts”`,
        nearestKm: shortage ? shortage.km : (mi + si) % 4, note: shortage?.note ?? null,
      };
    })));
    // each municipality's social service takes part in the programme from the children's pilot on; the provider serving Rīga's living cases for a year
    const provider = await demo.findUserByEmail(tx, 'vaditaja@demo.lv');
    await demo.insertServiceAgreements(tx, [
      ...services.map((m) => ({ providerOrganisationId: m.org, programmeCode: repo.PROGRAMME, municipalityAtvk: m.atvk, validFrom: CHILDREN.openedFrom })),
      ...(provider ? [{ providerOrganisationId: provider.organisationId, programmeCode: repo.PROGRAMME, municipalityAtvk: RIGA, validFrom: addMonths(today, -12) }] : []),
    ]);
    for (const plan of [CHILDREN, ADULTS]) await seedPilot(tx, plan, services, deps.now());
    return { services };
  });
  await seedLivingCases(deps, today);
  void world;
}

async function seedPilot(tx: Tx, plan: PilotPlan, services: readonly { atvk: string; org: string; worker: string }[], now: Date) {
  for (const [mi, m] of services.entries()) {
    const people = Array.from({ length: 10 }, (_, i) => {
      const female = (i + mi) % 2 === 0;
      const surname = SURNAMES[(i * 3 + mi) % SURNAMES.length]!;
      const year = plan.born[0] + ((i * 7 + mi * 3) % (plan.born[1] - plan.born[0]));
      return {
        organisationId: m.org, givenNames: (female ? GIVEN_F : GIVEN_M)[(i + mi * 3) % 10]!, surnames: female ? surname[1] : surname[0], gender: female ? 'female' as const : 'male' as const,
        birthDate: `${year}-${String(1 + ((i + mi) % 12)).padStart(2, '0')}-${String(1 + ((i * 5 + mi) % 28)).padStart(2, '0')}`, createdBy: m.worker, declaredAddress: MUNICIPALITIES[mi]!.name.split(' ')[0]!,
      };
    });
    const personIds = await demo.insertPersons(tx, people);
    const organisation = await getOrganisation(tx, m.org);
    const ibRows = [], team = [], assessments = [], versions = [], deliveries = [], interruptions = [], evaluations = [];
    for (const [i, personId] of personIds.entries()) {
      const openedOn = addDays(plan.openedFrom, (i % 5) * 2);
      const caseNumber = await nextCaseNumber(tx, repo.PROGRAMME, organisation, m.atvk, Number(openedOn.slice(0, 4)));
      const caseId = await demo.insertCase(tx, { organisationId: m.org, personId, municipalityAtvk: m.atvk, programme: repo.PROGRAMME, caseNumber, status: 'closed', openedOn, closedOn: plan.closedOn, caseManagerUserId: m.worker });
      const representative = plan.pilot === 'children_functional_impairments' ? 'parents' as const : i === 3 ? 'guardian' as const : 'person' as const;
      ibRows.push({ caseId, organisationId: m.org, pilot: plan.pilot, referredOn: addDays(openedOn, -20), representative, endingReason: 'pilot_ended' });
      team.push({ caseId, organisationId: m.org, userId: m.worker, teamRole: 'social_worker', fromDate: openedOn, toDate: plan.closedOn });
      const chosen = plan.services[(i + mi) % plan.services.length]!;
      const price = (s: IbService) => BASE_PRICE[s] + ((mi * 7 + IB_SERVICES.indexOf(s) * 3) % 5) * 100;
      const assessedDays = plan.assessments.map((d, k) => (k === 0 ? openedOn : d));
      for (const [k, assessedOn] of assessedDays.entries()) {
        assessments.push({
          caseId, organisationId: m.org, assessedOn, team: ['rehabilitation_doctor', 'physiotherapist', 'occupational_therapist', 'psychologist', 'speech_therapist', 'special_educator', 'social_worker'],
          goals: plan.pilot === 'children_functional_impairments' ? ['Attīstīt patstāvību ikdienas aktivitātēs', 'Uzlabot kustību un izturību'] : ['Patstāvīgi pieņemt lēmumus ikdienā', 'Iesaistīties kopienas aktivitātēs'],
          teamRanking: chosen.map((service, r) => ({ service, rank: r + 1, perMonth: PER_MONTH[service] })),
          // the family puts the second first every other time: the combined list shows where they differ
          familyRanking: chosen.map((service, r) => ({ service, rank: (i + k) % 2 === 0 ? r + 1 : r === 0 ? 2 : r === 1 ? 1 : r + 1 })),
          rankedBy: representative, budgetCents: plan.budgetCents, recordedBy: m.worker,
        });
        versions.push({
          caseId, organisationId: m.org, version: k + 1, validFrom: assessedOn, reason: k === 0 ? 'Sākotnējais atbalsta plāns pēc izvērtēšanas' : 'Plāns pārskatīts pēc atkārtotās izvērtēšanas',
          lines: chosen.map((service) => ({ service, providerName: `Biedrība „${MUNICIPALITIES[mi]!.name.split(' ')[0]} atbalsts”`, perMonth: PER_MONTH[service], schedule: 'Pēc vienošanās ar ģimeni', unitPriceCents: price(service) })),
          agreedBy: representative, agreedOn: assessedOn, createdBy: m.worker,
        });
        evaluations.push({ programmeCode: repo.PROGRAMME, instrument: IB_ASSESSMENT, caseId, recordedOn: assessedOn, recordedBy: m.worker });
        for (const month of computePeriodMonths(assessedOn)) {
          if (month > plan.closedOn.slice(0, 7) || (assessedDays[k + 1] && month >= assessedDays[k + 1]!.slice(0, 7))) continue;
          for (const [si, service] of chosen.entries()) {
            const stopped = m.atvk === TALSI && plan.pilot === 'adults_mental_disorders' && (service === 'group_sessions_person' || service === 'special_educator');
            const emergencyShare = stopped ? ({ '2020-03': 12 / 31, '2020-04': 0, '2020-05': 0, '2020-06': 21 / 30 } as Record<string, number>)[month] ?? 1 : 1;
            // some families could not carry out everything: every fourth case the third service at half
            const carried = i % 4 === 3 && si === 2 ? 0.5 : 1;
            const delivered = Math.round(PER_MONTH[service] * emergencyShare * carried);
            deliveries.push({ caseId, organisationId: m.org, service, month: `${month}-01`, delivered, spentCents: delivered * price(service), recordedBy: m.worker });
          }
        }
      }
      if (m.atvk === TALSI && plan.pilot === 'adults_mental_disorders') {
        for (const service of chosen.filter((s) => s === 'group_sessions_person' || s === 'special_educator')) {
          interruptions.push({ caseId, organisationId: m.org, service, fromDate: EMERGENCY.from, toDate: EMERGENCY.to, reason: 'emergency_situation', note: 'Ārkārtējā situācija valstī; atsākts jūnijā', recordedBy: m.worker });
        }
      }
      // IB-6 the closing meeting with the families and their feedback
      evaluations.push({ programmeCode: repo.PROGRAMME, instrument: IB_PILOT_END_MEETING, caseId, recordedOn: plan.meetingOn, recordedBy: m.worker, answers: {
        benefits: plan.pilot === 'children_functional_impairments' ? 'Bērns kļuvis patstāvīgāks; vecāki var atsākt strādāt' : 'Atbalsta persona palīdz pieņemt lēmumus; mazāk vientulības',
        difficulties: i % 4 === 3 ? 'Ne visas plāna aktivitātes ģimenei pietika resursu īstenot' : '', suggestions: 'Turpināt individuālā budžeta pieeju, vairāk sniedzēju tuvāk mājām', would_continue: true,
      } });
      await appendAuditEvent(tx, ORIGIN, { action: 'create', entityType: 'ib_case', entityId: caseId, personId, changes: { caseNumber, demo: plan.pilot } }, now);
    }
    await demo.insertIbCases(tx, ibRows);
    await demo.insertTeam(tx, team);
    await demo.insertAssessments(tx, assessments);
    await demo.insertPlanVersions(tx, versions);
    await demo.insertDeliveries(tx, deliveries);
    await demo.insertInterruptions(tx, interruptions);
    await demo.insertEvaluations(tx, evaluations);
  }
}

const ctxOf = (deps: Deps, actor: Actor): Ctx => ({ ...deps, actor, requestId: 'demo-seed', clientAddress: null });

/**
 * Living cases in Rīga, managed by the provider's social worker who also serves Housing First
 * (`socdarbs@demo.lv`), dated from today: a child re-assessed 6 months ago (the re-assessment due
 * today), an adult whose plan heads over the budget (a warning), one opened today (the first assessment
 * due), and one ended three days ago (the end-of-pilot meeting to hold).
 */
async function seedLivingCases(deps: Deps, today: string) {
  const ids = await deps.db.transaction(async (tx) => {
    const manager = await demo.findUserByEmail(tx, 'vaditaja@demo.lv');
    const worker = await demo.findUserByEmail(tx, 'socdarbs@demo.lv');
    if (!manager || !worker) return null;
    const persons = await demo.insertPersons(tx, [
      { organisationId: manager.organisationId, givenNames: 'Mārtiņš', surnames: 'Zvaigzne', gender: 'male', birthDate: '2015-04-18', createdBy: manager.id, declaredAddress: 'Rīga' },
      { organisationId: manager.organisationId, givenNames: 'Ieva', surnames: 'Saulīte', gender: 'female', birthDate: '1987-09-02', createdBy: manager.id, declaredAddress: 'Rīga' },
      { organisationId: manager.organisationId, givenNames: 'Toms', surnames: 'Lazdiņš', gender: 'male', birthDate: '1999-01-30', createdBy: manager.id, declaredAddress: 'Rīga' },
      { organisationId: manager.organisationId, givenNames: 'Līva', surnames: 'Mežiņa', gender: 'female', birthDate: '2012-12-12', createdBy: manager.id, declaredAddress: 'Rīga' },
    ]);
    return { manager, worker, persons };
  });
  if (!ids) return;
  const ctx = ctxOf(deps, { userId: ids.manager.id, organisationId: ids.manager.organisationId, organisationKind: 'service_provider', municipalityAtvk: null, roles: ['manager'] });
  const [child, adult, newcomer, ending] = ids.persons as [string, string, string, string];
  const open = (personId: string, openedOn: string, pilot: Pilot) => openIbCase({
    personId, municipalityAtvk: RIGA, pilot, referredOn: addDays(openedOn, -10), openedOn, representative: pilot === 'children_functional_impairments' ? 'parents' : 'person',
    representativeName: pilot === 'children_functional_impairments' ? 'Vecāki' : null, caseManagerUserId: ids.worker.id,
  }, ctx);
  const assess = (caseId: string, assessedOn: string, services: IbService[], familyOrder: IbService[], budgetCents: number) => recordAssessment(caseId, {
    assessedOn, team: ['rehabilitation_doctor', 'physiotherapist', 'occupational_therapist', 'psychologist', 'speech_therapist', 'special_educator', 'social_worker'],
    goals: ['Attīstīt patstāvību ikdienas aktivitātēs', 'Stiprināt ģimenes atbalsta spējas'],
    teamRanking: services.map((service, i) => ({ service, rank: i + 1, perMonth: PER_MONTH[service] })), familyRanking: familyOrder.map((service, i) => ({ service, rank: i + 1 })),
    rankedBy: 'parents', budgetCents,
  }, ctx);
  const plan = (caseId: string, expectedVersion: number, validFrom: string, services: IbService[], reason: string, perMonth: Partial<Record<IbService, number>> = {}) => savePlanVersion(caseId, {
    expectedVersion, validFrom, reason, agreedBy: 'parents', agreedOn: validFrom,
    lines: services.map((service) => ({ service, providerName: 'Biedrība „Rīgas atbalsts”', perMonth: perMonth[service] ?? PER_MONTH[service], schedule: 'Otrdienās un ceturtdienās pēc skolas' })),
  }, ctx);
  const deliver = async (caseId: string, from: string, services: IbService[], factor: (service: IbService, month: string) => number) => {
    for (let month = from.slice(0, 7); month < today.slice(0, 7); month = shiftMonth(month, 1)) {
      for (const service of services) await recordDelivery(caseId, { service, month, delivered: Math.round(PER_MONTH[service] * factor(service, month)), spentCents: null, note: null }, ctx);
    }
  };

  // a child: assessed 6 calendar months ago — the re-assessment is due today; the plan changed once; hippotherapy interrupted, not yet resumed
  const childOpened = addMonths(today, -6);
  const childCase = await open(child, childOpened, 'children_functional_impairments');
  const childServices: IbService[] = ['physiotherapy', 'occupational_therapy', 'hippotherapy', 'speech_therapist'];
  await assess(childCase.caseId, childOpened, childServices, ['speech_therapist', 'physiotherapy', 'hippotherapy', 'occupational_therapy'], 360_000);
  await plan(childCase.caseId, 0, childOpened, childServices, 'Sākotnējais atbalsta plāns pēc izvērtēšanas');
  const changed = addMonths(today, -3);
  await plan(childCase.caseId, 1, changed, childServices, 'Vecāki lūdza vairāk logopēda nodarbību; ergoterapija retāk', { speech_therapist: 6, occupational_therapy: 2 });
  await deliver(childCase.caseId, childOpened, childServices, (service, month) => (service === 'hippotherapy' && month >= addDays(today, -40).slice(0, 7) ? 0 : service === 'occupational_therapy' ? 0.5 : 1));
  await recordInterruption(childCase.caseId, { service: 'hippotherapy', from: addDays(today, -40), to: null, reason: 'provider_unavailable', note: 'Zirgu stallis slēgts uz ziemu' }, ctx);
  await reportDifficulty(childCase.caseId, { reportedOn: addDays(today, -20), service: 'occupational_therapy', description: 'Nodarbības ir pārāk tālu no mājām; vecākiem grūti katru nedēļu aizvest bērnu.' }, ctx);

  // an adult: assessed 4 months ago; the plan spends faster than the budget allows — the warning
  const adultOpened = addMonths(today, -4);
  const adultCase = await open(adult, adultOpened, 'adults_mental_disorders');
  const adultServices: IbService[] = ['support_person', 'psychologist', 'day_care_centre', 'respite_care'];
  await assess(adultCase.caseId, adultOpened, adultServices, ['support_person', 'respite_care', 'psychologist', 'day_care_centre'], 150_000);
  await plan(adultCase.caseId, 0, adultOpened, adultServices, 'Sākotnējais atbalsta plāns pēc izvērtēšanas');
  await deliver(adultCase.caseId, adultOpened, adultServices, () => 1);

  // opened today: the team's first assessment is due
  await open(newcomer, today, 'children_functional_impairments');

  // ended three days ago: the end-of-pilot meeting with the family is to be held
  const endedOpened = addMonths(today, -8);
  const endedCase = await open(ending, endedOpened, 'children_functional_impairments');
  await assess(endedCase.caseId, endedOpened, ['music_therapy', 'psychologist'], ['psychologist', 'music_therapy'], 200_000);
  await plan(endedCase.caseId, 0, endedOpened, ['music_therapy', 'psychologist'], 'Sākotnējais atbalsta plāns pēc izvērtēšanas');
  await assess(endedCase.caseId, addMonths(endedOpened, 6), ['music_therapy', 'psychologist'], ['music_therapy', 'psychologist'], 200_000);
  await endIbCase(endedCase.caseId, { endedOn: addDays(today, -3), reason: 'pilot_ended', note: null }, ctx);
}

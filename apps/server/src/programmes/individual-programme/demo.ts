import { addDays, addMonths, isoDayInRiga, type Actor, type Role } from '@socrehab/domain';
import { monthsBetween, type TargetGroup } from '@socrehab/domain/programmes/individual-programme/index';
import type { Ctx, Deps } from '../../app/context';
import type { Tx } from '../../db/database';
import { appendAuditEvent } from '../../modules/audit/audit.repository';
import { getOrganisation } from '../../modules/cases/cases.repository';
import { nextCaseNumber } from '../../modules/cases/cases.usecases';
import { insertEvaluation } from '../../modules/evaluations/evaluations.repository';
import * as demo from './demo.repository';
import * as repo from './individual-programme.repository';
import { addServiceLine, endIpCase, openIpCase, recordCost, recordDelivery, setCoPayment } from './individual-programme.usecases';

/**
 * The Individual Programme's demo (seed 000): the Rīga welfare department, its five contracted
 * providers and their accounts; the 2020 cohort the target-group report reproduces exactly (IP-4);
 * and living cases dated from the day the demo is made — a new case, a plan with its lines, a
 * satisfaction survey due today, one due a month before the client's agreement ends, an ending to
 * evaluate, a provider's self-assessment due (IP-1 – IP-6).
 */

const RIGA = '0001000';
const ORIGIN = { actorUserId: null, actorOrganisationId: null, requestId: 'demo-seed', clientAddress: null };

/** The five contracted providers of 2020 (IP-4), each with its social worker; the first also with its manager. */
const PROVIDERS = [
  { key: 'p1', name: 'Biedrība „Cerību māja”', worker: ['ip.socdarbs@demo.lv', 'Santa Saulīte'] },
  { key: 'p2', name: 'Nodibinājums „Autisma atbalsta centrs „Zīlīte””', worker: ['ip.socdarbs2@demo.lv', 'Kristīne Kalniņa'] },
  { key: 'p3', name: 'Biedrība „Ģimeņu spēks”', worker: ['ip.socdarbs3@demo.lv', 'Edgars Egle'] },
  { key: 'p4', name: 'SIA „Atbalsta punkts”', worker: ['ip.socdarbs4@demo.lv', 'Marta Mežule'] },
  { key: 'p5', name: 'Nodibinājums „Drošā osta”', worker: ['ip.socdarbs5@demo.lv', 'Rolands Rozītis'] },
] as const;
type ProviderKey = (typeof PROVIDERS)[number]['key'];

/**
 * The 2020 table (seed 000): children with disabilities 8, adults with mental disorders 12, families
 * whose parents have mental disorders 7, a victim of violence 1 — 28. The families row is 4 parents
 * (one per family, each with a mental disorder) and 3 children; the fourth family's child lives with
 * the parent but is not a recipient. So the adults with mental disorders are 12 + 4 = 16: 5 + 2 = 7
 * women and 7 + 2 = 9 men, 4 of them in a family with a child.
 */
interface CohortCase {
  provider: ProviderKey;
  targetGroup: TargetGroup;
  /** [given names, surname, sex, birth date, recipient?] — the first is the person the case is for. */
  members: [string, string, 'female' | 'male', string, boolean][];
  openedOn: string;
  closedOn: string;
}

const adult = (provider: ProviderKey, given: string, surname: string, sex: 'female' | 'male', born: string, openedOn: string, closedOn: string): CohortCase =>
  ({ provider, targetGroup: 'adults_with_mental_disorders', members: [[given, surname, sex, born, true]], openedOn, closedOn });
const child = (given: string, surname: string, sex: 'female' | 'male', born: string, openedOn: string, closedOn: string): CohortCase =>
  ({ provider: 'p2', targetGroup: 'children_with_disabilities', members: [[given, surname, sex, born, true]], openedOn, closedOn });

const COHORT_2020: CohortCase[] = [
  child('Roberts', 'Bērziņš', 'male', '2011-04-12', '2019-03-01', '2021-02-28'),
  child('Dāvis', 'Ozols', 'male', '2013-09-03', '2019-09-16', '2021-05-31'),
  child('Reinis', 'Liepiņš', 'male', '2009-01-27', '2020-01-06', '2020-12-31'),
  child('Marta', 'Krūmiņa', 'female', '2014-06-30', '2020-02-03', '2021-03-31'),
  child('Kārlis', 'Vītols', 'male', '2012-11-08', '2019-11-04', '2020-10-30'),
  child('Oskars', 'Siliņš', 'male', '2015-03-19', '2020-04-14', '2021-06-30'),
  child('Anete', 'Lapiņa', 'female', '2010-08-22', '2019-05-20', '2020-08-31'),
  child('Artūrs', 'Vanags', 'male', '2016-12-01', '2020-06-01', '2021-06-30'),
  adult('p1', 'Inese', 'Kalniņa', 'female', '1972-05-14', '2019-04-01', '2021-03-31'),
  adult('p1', 'Dace', 'Jansone', 'female', '1981-10-02', '2019-10-14', '2021-01-29'),
  adult('p1', 'Ērika', 'Šmite', 'female', '1966-02-20', '2020-03-02', '2021-06-30'),
  adult('p1', 'Andris', 'Pētersons', 'male', '1978-07-07', '2019-02-11', '2020-11-30'),
  adult('p1', 'Guntis', 'Eglītis', 'male', '1985-12-24', '2020-01-13', '2021-04-30'),
  adult('p1', 'Uldis', 'Kļaviņš', 'male', '1969-03-31', '2020-07-01', '2021-06-30'),
  adult('p4', 'Gunta', 'Zariņa', 'female', '1990-01-15', '2019-08-05', '2021-02-26'),
  adult('p4', 'Sarmīte', 'Grīnberga', 'female', '1975-09-09', '2020-05-04', '2021-05-31'),
  adult('p4', 'Mārtiņš', 'Kārkliņš', 'male', '1988-06-18', '2019-06-03', '2020-09-30'),
  adult('p4', 'Raimonds', 'Āboliņš', 'male', '1962-04-04', '2020-02-17', '2021-03-31'),
  adult('p4', 'Valdis', 'Žagars', 'male', '1993-11-11', '2019-12-02', '2021-01-29'),
  adult('p4', 'Juris', 'Ķēniņš', 'male', '1979-08-26', '2020-09-01', '2021-06-30'),
  { provider: 'p3', targetGroup: 'families_parents_mental_disorders', openedOn: '2019-09-02', closedOn: '2021-03-31', members: [['Līga', 'Ozoliņa', 'female', '1986-03-05', true], ['Elīna', 'Ozoliņa', 'female', '2012-07-19', true]] },
  { provider: 'p3', targetGroup: 'families_parents_mental_disorders', openedOn: '2020-02-10', closedOn: '2021-04-30', members: [['Baiba', 'Balode', 'female', '1990-12-12', true], ['Ieva', 'Balode', 'female', '2015-02-02', true]] },
  { provider: 'p3', targetGroup: 'families_parents_mental_disorders', openedOn: '2019-11-18', closedOn: '2021-02-26', members: [['Aivars', 'Gailis', 'male', '1977-05-30', true], ['Gints', 'Gailis', 'male', '2010-10-10', true]] },
  { provider: 'p3', targetGroup: 'families_parents_mental_disorders', openedOn: '2020-05-18', closedOn: '2021-05-31', members: [['Edgars', 'Ivanovs', 'male', '1983-01-21', true], ['Laura', 'Ivanova', 'female', '2018-04-04', false]] },
  { provider: 'p5', targetGroup: 'violence_victims', openedOn: '2020-03-16', closedOn: '2020-12-18', members: [['Kristīne', 'Vanaga', 'female', '1984-06-06', true]] },
];

const SERVICE_PLACE: Record<TargetGroup, 'home' | 'programme_housing'> = {
  children_with_disabilities: 'home', adults_with_mental_disorders: 'programme_housing', families_parents_mental_disorders: 'home', violence_victims: 'programme_housing',
};

export async function seedIndividualProgrammeDemo(deps: Deps): Promise<void> {
  const today = isoDayInRiga(deps.now());
  const world = await deps.db.transaction(async (tx) => {
    const passwordHash = await demo.findDemoPasswordHash(tx);
    if (!passwordHash) throw new Error('individual programme demo: the core demo accounts come first');
    const department = (await demo.findMunicipalSocialService(tx, RIGA))
      ?? await demo.insertOrganisation(tx, { name: 'Rīgas domes Labklājības departaments', kind: 'municipal_social_service', municipalityAtvk: RIGA, regionCode: 'riga' });
    const user = (organisationId: string, email: string, displayName: string, roles: Role[]) => demo.insertUser(tx, { organisationId, email, displayName, roles, passwordHash, isDemo: true });
    const departmentManager = await user(department, 'ip.departaments@demo.lv', 'Ilze Irbe', ['manager']);
    const providers = {} as Record<ProviderKey, { id: string; worker: string }>;
    for (const p of PROVIDERS) {
      const id = await demo.insertOrganisation(tx, { name: p.name, kind: 'service_provider' });
      // IP-4 contracted by the welfare department; the first provider since the service began in 2017
      await demo.insertServiceAgreement(tx, { providerOrganisationId: id, programmeCode: repo.PROGRAMME, municipalityAtvk: RIGA, validFrom: p.key === 'p1' ? '2017-03-01' : '2019-01-01' });
      providers[p.key] = { id, worker: await user(id, p.worker[0], p.worker[1], ['social_worker']) };
    }
    const providerManager = await user(providers.p1.id, 'ip.vaditajs@demo.lv', 'Gatis Gulbis', ['manager']);
    await seedCohort2020(tx, department, departmentManager, providers, deps.now());
    await seedSelfAssessments(tx, providers, providerManager, today);
    return { department, departmentManager, providers };
  });
  await seedLivingCases(deps, world, today);
}

async function seedCohort2020(tx: Tx, department: string, createdBy: string, providers: Record<ProviderKey, { id: string; worker: string }>, now: Date) {
  let score = 0;
  // numbered in the order the cases opened, as the register would have them
  for (const c of [...COHORT_2020].sort((a, b) => a.openedOn.localeCompare(b.openedOn))) {
    const provider = providers[c.provider];
    const householdId = c.members.length > 1 ? await demo.insertHousehold(tx, department) : null;
    const ids: string[] = [];
    for (const [givenNames, surnames, gender, birthDate] of c.members) {
      ids.push(await demo.insertPerson(tx, { organisationId: department, givenNames, surnames, gender, birthDate, householdId, createdBy, declaredAddress: 'Rīga' }));
    }
    const caseNumber = await nextCaseNumber(tx, repo.PROGRAMME, await getOrganisation(tx, provider.id), RIGA, Number(c.openedOn.slice(0, 4)));
    const theCase = await repo.insertCase(tx, { organisationId: provider.id, personId: ids[0]!, municipalityAtvk: RIGA, programme: repo.PROGRAMME, caseNumber, status: 'closed', openedOn: c.openedOn, closedOn: c.closedOn, caseManagerUserId: provider.worker });
    const agreement = await repo.getAgreementInForce(tx, provider.id, RIGA, c.openedOn);
    await repo.insertIpCase(tx, {
      caseId: theCase.id, organisationId: provider.id, householdId, serviceAgreementId: agreement!.id, targetGroup: c.targetGroup, decidedOn: addDays(c.openedOn, -14), decidedBy: createdBy,
      communityServicesConsidered: 'Dienas aprūpes centrs, aprūpe mājās, sociālā darbinieka konsultācijas', unmetNeedReason: 'Personas individuālās vajadzības nevar apmierināt ar esošajiem sabiedrībā balstītajiem sociālajiem pakalpojumiem.',
      servicePlace: SERVICE_PLACE[c.targetGroup], agreementEndsOn: c.closedOn, endingReason: 'goals_reached',
    });
    await repo.insertTeamMember(tx, { caseId: theCase.id, organisationId: provider.id, userId: provider.worker, teamRole: 'social_worker', fromDate: c.openedOn, toDate: c.closedOn });
    await repo.insertRecipients(tx, ids.filter((_, i) => c.members[i]![4]).map((personId) => ({ caseId: theCase.id, organisationId: provider.id, personId, fromDate: c.openedOn, toDate: c.closedOn })));
    // IP-3 the year's ledger of the case: staff and, in the programme's housing, the flat
    const months = monthsBetween(c.openedOn.slice(0, 7) > '2020-01' ? c.openedOn.slice(0, 7) : '2020-01', c.closedOn.slice(0, 7) < '2020-12' ? c.closedOn.slice(0, 7) : '2020-12');
    await demo.insertCosts(tx, months.flatMap((month, i) => [
      { caseId: theCase.id, organisationId: provider.id, month: `${month}-01`, kind: 'staff', plannedCents: 250_000, actualCents: 250_000 + ((i * 7919) % 21) * 1_000 - 10_000, recordedBy: provider.worker },
      ...(SERVICE_PLACE[c.targetGroup] === 'programme_housing' ? [{ caseId: theCase.id, organisationId: provider.id, month: `${month}-01`, kind: 'housing', plannedCents: 40_000, actualCents: 38_500, recordedBy: provider.worker }] : []),
    ]));
    // IP-5 a yearly survey where the case ran a year, and the survey at the ending
    const yearly = addMonths(c.openedOn, 12);
    for (const recordedOn of [...(yearly < c.closedOn ? [yearly] : []), c.closedOn]) {
      await insertEvaluation(tx, { programmeCode: repo.PROGRAMME, instrument: 'client_satisfaction', caseId: theCase.id, recordedOn, score: 3 + (score++ % 3), recordedBy: provider.worker });
    }
    await appendAuditEvent(tx, ORIGIN, { action: 'create', entityType: 'ip_case', entityId: theCase.id, personId: ids[0]!, changes: { caseNumber, demo: 'cohort 2020' } }, now);
  }
}

/** IP-6 every provider assessed itself in 2020 and in the past year; the first provider's yearly self-assessment is due today. */
async function seedSelfAssessments(tx: Tx, providers: Record<ProviderKey, { id: string; worker: string }>, p1Manager: string, today: string) {
  for (const [i, p] of PROVIDERS.entries()) {
    const recordedBy = p.key === 'p1' ? p1Manager : providers[p.key].worker;
    for (const recordedOn of ['2020-11-20', p.key === 'p1' ? addMonths(today, -12) : addDays(addMonths(today, -4), i * 9)]) {
      await insertEvaluation(tx, { programmeCode: repo.PROGRAMME, instrument: 'provider_self_assessment', providerOrganisationId: providers[p.key].id, recordedOn, score: 4, recordedBy });
    }
  }
}

const ctxOf = (deps: Deps, actor: Actor): Ctx => ({ ...deps, actor, requestId: 'demo-seed', clientAddress: null });

/** Living cases of the first provider, opened by the welfare department and served by the provider, dated from today. */
async function seedLivingCases(deps: Deps, world: { department: string; departmentManager: string; providers: Record<ProviderKey, { id: string; worker: string }> }, today: string) {
  const department = ctxOf(deps, { userId: world.departmentManager, organisationId: world.department, organisationKind: 'municipal_social_service', municipalityAtvk: RIGA, roles: ['manager'] });
  const provider = ctxOf(deps, { userId: world.providers.p1.worker, organisationId: world.providers.p1.id, organisationKind: 'service_provider', municipalityAtvk: null, roles: ['social_worker'] });
  const people = await deps.db.transaction(async (tx) => {
    const person = (givenNames: string, surnames: string, gender: 'female' | 'male', birthDate: string, householdId: string | null = null) =>
      demo.insertPerson(tx, { organisationId: world.department, givenNames, surnames, gender, birthDate, householdId, createdBy: world.departmentManager, declaredAddress: 'Rīga' });
    const household = await demo.insertHousehold(tx, world.department);
    return {
      newcomer: await person('Pēteris', 'Liepiņš', 'male', '1991-02-14'),
      parent: await person('Zane', 'Krūmiņa', 'female', '1988-08-08', household), child: await person('Rūta', 'Krūmiņa', 'female', '2017-05-05', household), household,
      yearAgo: await person('Juris', 'Bērziņš', 'male', '1974-03-03'),
      agreementEnding: await person('Agnese', 'Kārkliņa', 'female', '1995-12-12'),
      ending: await person('Māris', 'Ozoliņš', 'male', '1969-10-10'),
      dwelling: await demo.findSomeDwelling(tx, RIGA),
    };
  });
  const open = (personId: string, openedOn: string, extra: Partial<Parameters<typeof openIpCase>[0]> = {}) => openIpCase({
    personId, household: null, municipalityAtvk: RIGA, targetGroup: 'adults_with_mental_disorders', decidedOn: openedOn, openedOn,
    communityServicesConsidered: 'Dienas aprūpes centrs, grupu dzīvoklis, aprūpe mājās', unmetNeedReason: 'Vajadzības nevar apmierināt ar esošajiem sabiedrībā balstītajiem sociālajiem pakalpojumiem.',
    servicePlace: 'home', agreementEndsOn: null, caseManagerUserId: world.providers.p1.worker, ...extra,
  }, department);

  // a new case, opened today: no plan yet (IP-1)
  await open(people.newcomer, today);
  // a family's plan with its service lines, delivered the past two months, its costs and the co-payment for the flat (IP-2, IP-3)
  const opened = addMonths(today, -3);
  const family = await open(people.parent, opened, {
    targetGroup: 'families_parents_mental_disorders', household: { householdId: people.household, recipientIds: [people.parent, people.child] }, servicePlace: 'programme_housing',
  });
  const month = (back: number) => addMonths(today, -back).slice(0, 7);
  const lines = [
    await addServiceLine(family.caseId, { line: 'housing', skillAreas: [], unit: 'days', plannedPerMonth: 30, fromMonth: opened.slice(0, 7), toMonth: null, dwellingId: people.dwelling, note: null }, provider),
    await addServiceLine(family.caseId, { line: 'consultations', skillAreas: [], unit: 'hours', plannedPerMonth: 8, fromMonth: opened.slice(0, 7), toMonth: null, dwellingId: null, note: 'Sociālais darbinieks un psihologs' }, provider),
    await addServiceLine(family.caseId, { line: 'skills_support', skillAreas: ['budgeting', 'household_management', 'raising_children'], unit: 'hours', plannedPerMonth: 12, fromMonth: opened.slice(0, 7), toMonth: null, dwellingId: null, note: null }, provider),
    await addServiceLine(family.caseId, { line: 'integration_events', skillAreas: [], unit: 'times', plannedPerMonth: 2, fromMonth: opened.slice(0, 7), toMonth: null, dwellingId: null, note: null }, provider),
  ];
  for (const back of [2, 1]) {
    for (const [i, line] of lines.entries()) {
      const delivered = line.unit === 'days' ? 28 : Math.max(0, line.plannedPerMonth - (i + back) % 3);
      await recordDelivery(family.caseId, line.id, { month: month(back), delivered, note: null }, provider);
    }
  }
  for (const back of [3, 2, 1, 0]) {
    await recordCost(family.caseId, { month: month(back), kind: 'staff', plannedCents: 260_000, actualCents: back === 0 ? null : 255_000 + back * 4_000 }, provider);
    await recordCost(family.caseId, { month: month(back), kind: 'housing', plannedCents: 45_000, actualCents: back === 0 ? null : 44_200 }, provider);
  }
  await setCoPayment(family.caseId, {
    effectiveFrom: opened.slice(0, 7), rentCents: 6_000, managementCents: 1_500, electricityCents: 2_000, gasCents: 0, utilitiesCents: 2_500,
    basis: 'Sociālās situācijas novērtējums un rehabilitācijas plāns: ģimene sedz daļu dzīvokļa izdevumu no saviem ienākumiem.', assessedOn: opened,
  }, provider);
  // IP-5 a year since the start: the yearly satisfaction survey is due today
  await open(people.yearAgo, addMonths(today, -12), { servicePlace: 'provider' });
  // IP-5 the client's agreement ends in a month and three days: the survey a month before it is due in three days
  await open(people.agreementEnding, addMonths(today, -5), { agreementEndsOn: addDays(addMonths(today, 1), 3), targetGroup: 'violence_victims' });
  // IP-5 the client ended the service three days ago: the ending's survey is to be done
  const ended = await open(people.ending, addMonths(today, -8));
  await endIpCase(ended.caseId, { endedOn: addDays(today, -3), reason: 'client_ended', note: null }, provider);
}

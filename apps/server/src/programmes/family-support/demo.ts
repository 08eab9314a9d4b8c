import { addDays, addMonths, isoDayInRiga, type Actor, type Role } from '@socrehab/domain';
import { REFERRAL_REASONS, SEED_PROJECT, type MemberRole, type ReferralReason } from '@socrehab/domain/programmes/family-support/index';
import type { Ctx, Deps } from '../../app/context';
import type { Tx } from '../../db/database';
import { getOrganisation } from '../../modules/cases/cases.repository';
import { nextCaseNumber } from '../../modules/cases/cases.usecases';
import { insertEvaluation } from '../../modules/evaluations/evaluations.repository';
import { protectAddress } from '../../modules/persons/persons.address-protection';
import { addTeamMember, createReferral, decideReferral, endFamilyCase, recordSession, setCrisis } from './cases.usecases';
import { holdConference, startConference } from './conferences.usecases';
import * as demo from './demo.repository';
import * as repo from './family-support.repository';
import { createGroup, enrol, recordGroupSession } from './groups.usecases';
import { createMentor, matchMentor, recordMeeting, recordSupervision } from './mentors.usecases';

/**
 * Family support's demo (seed 003): the family support centres in Bauska and Valmiera with their social
 * workers, psychologist, lawyer and family assistant; the project LV03-0107 (1.01.2015–30.04.2016) with its
 * 129 families and 271 children, groups, camps, mentors, conferences and finance against the EEA grant;
 * some families still supported after it, financed by the provider; and living families dated from the
 * day the demo is made — a conference's review, a mentor's supervision and check renewal, a family in
 * crisis, a referral awaiting the centre's decision, a family whose support just ended.
 *
 * Where the demo world chooses: the centres are run by the demo's provider „Mājas ceļš” (so that one of its
 * workers, socdarbs2@demo.lv, serves Housing First and family support), the project promoter as seed 003 names it.
 */

const PROVIDER_NAME = 'Biedrība „Mājas ceļš”';
const BAUSKA = '0025000';
const VALMIERA = '0054000';
const PROJECT = { startsOn: '2015-01-01', endsOn: '2016-04-30' };
const ORIGIN_REQUEST = 'demo-seed';

const MOTHERS = ['Ilze', 'Inese', 'Līga', 'Dace', 'Sanita', 'Kristīne', 'Evija', 'Santa', 'Anita', 'Zane', 'Laura', 'Agnese', 'Ieva', 'Baiba'];
const FATHERS = ['Jānis', 'Andris', 'Mārtiņš', 'Edgars', 'Raivis', 'Guntis', 'Aivars'];
const GIRLS = ['Elīza', 'Marta', 'Sofija', 'Alise', 'Paula', 'Emīlija', 'Anna', 'Keita', 'Estere'];
const BOYS = ['Roberts', 'Kārlis', 'Markuss', 'Gustavs', 'Artūrs', 'Dāvis', 'Emīls', 'Olivers'];
const SURNAMES: [string, string][] = [
  ['Bērziņa', 'Bērziņš'], ['Kalniņa', 'Kalniņš'], ['Ozoliņa', 'Ozoliņš'], ['Jansone', 'Jansons'], ['Liepiņa', 'Liepiņš'], ['Krūmiņa', 'Krūmiņš'], ['Zariņa', 'Zariņš'],
  ['Vītola', 'Vītols'], ['Kļaviņa', 'Kļaviņš'], ['Lapiņa', 'Lapiņš'], ['Siliņa', 'Siliņš'], ['Celmiņa', 'Celmiņš'], ['Āboliņa', 'Āboliņš'], ['Eglīte', 'Eglītis'],
  ['Grīnberga', 'Grīnbergs'], ['Pētersone', 'Pētersons'], ['Rozīte', 'Rozītis'], ['Balode', 'Balodis'], ['Vanaga', 'Vanags'], ['Strautiņa', 'Strautiņš'],
];
const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!;
const ctxOf = (deps: Deps, actor: Actor): Ctx => ({ ...deps, actor, requestId: ORIGIN_REQUEST, clientAddress: null });

interface World {
  providerId: string; bauskaServiceId: string; valmieraServiceId: string; valmieraAtvk: string;
  centres: { bauska: string; valmiera: string };
  users: Record<'manager' | 'sw' | 'sw2' | 'psychologist' | 'lawyer' | 'assistant' | 'bauska' | 'valmiera', string>;
}

export async function seedFamilySupportDemo(deps: Deps): Promise<void> {
  const today = isoDayInRiga(deps.now());
  const world = await deps.db.transaction(async (tx) => {
    const providerId = await demo.findOrganisationByName(tx, PROVIDER_NAME);
    const existing = await demo.findUsersByEmail(tx, ['vaditaja@demo.lv', 'socdarbs2@demo.lv', 'valmiera@demo.lv']);
    const byEmail = (e: string) => existing.find((u) => u.email === e);
    if (!providerId || !byEmail('vaditaja@demo.lv') || !byEmail('socdarbs2@demo.lv') || !byEmail('valmiera@demo.lv')) throw new Error('family support demo: the core demo comes first');
    const passwordHash = byEmail('vaditaja@demo.lv')!.passwordHash;
    const valmieraServiceId = byEmail('valmiera@demo.lv')!.organisationId;
    const valmieraAtvk = VALMIERA;
    const bauskaServiceId = (await demo.findMunicipalSocialService(tx, BAUSKA))
      ?? await demo.insertOrganisation(tx, { name: 'Bauskas novada pašvaldības Sociālais dienests', kind: 'municipal_social_service', municipalityAtvk: BAUSKA, regionCode: 'zemgale' });
    const user = (organisationId: string, email: string, displayName: string, roles: Role[]) => demo.insertUser(tx, { organisationId, email, displayName, roles, passwordHash, isDemo: true });
    const users = {
      manager: byEmail('vaditaja@demo.lv')!.id, sw2: byEmail('socdarbs2@demo.lv')!.id, valmiera: byEmail('valmiera@demo.lv')!.id,
      sw: await user(providerId, 'gimenes@demo.lv', 'Baiba Bērzkalne', ['social_worker']),
      psychologist: await user(providerId, 'gimenes.psihologs@demo.lv', 'Inga Ieviņa', ['specialist']),
      lawyer: await user(providerId, 'gimenes.jurists@demo.lv', 'Kaspars Krastiņš', ['specialist']),
      assistant: await user(providerId, 'gimenes.asistents@demo.lv', 'Dzintra Dūmiņa', ['social_mentor']),
      bauska: await user(bauskaServiceId, 'bauska@demo.lv', 'Benita Mūsiņa', ['municipal_social_worker']),
    };
    // FS-5 the partnership: Bauska's and Valmiera's social services refer families to the provider's centres
    for (const municipalityAtvk of [BAUSKA, valmieraAtvk]) await demo.insertServiceAgreement(tx, { providerOrganisationId: providerId, programmeCode: repo.PROGRAMME, municipalityAtvk, validFrom: PROJECT.startsOn });
    const bauska = (await repo.insertCentre(tx, { organisationId: providerId, name: 'Ģimenes atbalsta centrs Bauskā', municipalityAtvk: BAUSKA, address: 'Rīgas iela 10, Bauska' })).id;
    const valmiera = (await repo.insertCentre(tx, { organisationId: providerId, name: 'Ģimenes atbalsta centrs Valmierā', municipalityAtvk: valmieraAtvk, address: 'Rīgas iela 25, Valmiera' })).id;
    await repo.insertStaff(tx, [
      { centreId: bauska, organisationId: providerId, userId: users.sw, profession: 'social_worker' },
      { centreId: bauska, organisationId: providerId, userId: users.psychologist, profession: 'psychologist' },
      { centreId: bauska, organisationId: providerId, userId: users.lawyer, profession: 'lawyer' },
      { centreId: bauska, organisationId: providerId, userId: users.assistant, profession: 'family_assistant' },
      { centreId: valmiera, organisationId: providerId, userId: users.sw2, profession: 'social_worker' },
      { centreId: valmiera, organisationId: providerId, userId: users.psychologist, profession: 'psychologist' },
      { centreId: valmiera, organisationId: providerId, userId: users.assistant, profession: 'family_assistant' },
    ]);
    const w: World = { providerId, bauskaServiceId, valmieraServiceId, valmieraAtvk, centres: { bauska, valmiera }, users };
    // FS-4 the conference leaders trained by the Norwegian partner's expert, supervised after
    for (const [userId, kind, heldOn] of [[users.assistant, 'training', '2015-02-09'], [users.sw, 'training', '2015-02-09'], [users.sw2, 'training', '2015-02-09'],
      [users.assistant, 'supervision', '2015-06-15'], [users.sw, 'supervision', '2015-11-16']] as const) {
      await repo.insertTraining(tx, { organisationId: providerId, userId, kind, heldOn, givenBy: 'SOS Children’s Villages Norway', note: null, recordedBy: users.manager });
    }
    await repo.upsertProject(tx, {
      organisationId: providerId, code: SEED_PROJECT.code, name: 'Atbalsta pasākumu attīstība sociālās atstumtības riskam pakļautu ģimeņu ar bērniem iekļaušanai', promoter: SEED_PROJECT.promoter,
      grantSource: 'EEA Grants', ...PROJECT, initialCostCents: SEED_PROJECT.initialCostCents, finalCostCents: SEED_PROJECT.finalCostCents, grantCents: SEED_PROJECT.grantCents, updatedBy: users.manager,
    });
    await seedSpending(tx, w);
    await seedProjectYears(tx, w);
    return w;
  });
  await seedLivingFamilies(deps, world, today);
}

/** FS-6 the project's spending month by month: exactly its final cost, then the provider's continuation. */
async function seedSpending(tx: Tx, w: World) {
  const months = 16;
  const shares = [['staff', 60], ['groups_and_camps', 12], ['mentors', 8], ['conferences', 7], ['premises', 5], ['administration', 8]] as const;
  const perMonth = Math.floor(SEED_PROJECT.finalCostCents / months);
  const rows: Parameters<typeof repo.insertSpending>[1] = [];
  for (let m = 0; m < months; m++) {
    const monthTotal = m === months - 1 ? SEED_PROJECT.finalCostCents - perMonth * (months - 1) : perMonth;
    const spentOn = addDays(addMonths(PROJECT.startsOn, m + 1), -1);
    let left = monthTotal;
    for (const [category, percent] of shares.slice(1)) {
      const amount = Math.floor((monthTotal * percent) / 100);
      left -= amount;
      rows.push({ organisationId: w.providerId, spentOn, category, amountCents: amount, note: null, recordedBy: w.users.manager });
    }
    rows.push({ organisationId: w.providerId, spentOn, category: 'staff', amountCents: left, note: null, recordedBy: w.users.manager });
  }
  // some families continue to receive support after the project, provided and financed by the provider (seed 003)
  for (let m = 0; m < 14; m++) rows.push({ organisationId: w.providerId, spentOn: addDays(addMonths('2016-05-01', m + 1), -1), category: 'staff', amountCents: 285_000, note: 'Atbalsts pēc projekta', recordedBy: w.users.manager });
  await repo.insertSpending(tx, rows);
}

interface HistoricFamily { caseId: string; centre: 'bauska' | 'valmiera'; openedOn: string; closedOn: string; reason: ReferralReason; mother: string; children: string[]; all: string[] }

/** FS-1 – FS-4 the project's families (129, with 271 children), their sessions, groups, camps, mentors and conferences — written a kind of record at a time. */
async function seedProjectYears(tx: Tx, w: World) {
  const org = await getOrganisation(tx, w.providerId);
  const plans = [...Array(SEED_PROJECT.targetFamilies).keys()].map((i) => {
    const centre: 'bauska' | 'valmiera' = i < 85 ? 'bauska' : 'valmiera';
    const openedOn = addDays('2015-01-12', Math.floor((i * 400) / SEED_PROJECT.targetFamilies));
    const continues = i % 12 === 5;
    return {
      i, centre, openedOn, continues, atvk: centre === 'bauska' ? BAUSKA : w.valmieraAtvk, service: centre === 'bauska' ? w.bauskaServiceId : w.valmieraServiceId,
      referredBy: centre === 'bauska' ? w.users.bauska : w.users.valmiera, worker: centre === 'bauska' ? w.users.sw : w.users.sw2,
      closedOn: continues ? addDays(PROJECT.endsOn, 120 + i * 3) : [addDays(openedOn, 150 + ((i * 37) % 200)), '2016-04-29'].sort()[0]!,
      reason: pick(REFERRAL_REASONS.slice(0, 5), i),
      childCount: i < 271 - 2 * SEED_PROJECT.targetFamilies ? 3 : 2, // 13 families with three children, 116 with two: 271
    };
  });
  const householdIds = await demo.insertHouseholds(tx, plans.map((p) => p.service));
  const people = plans.map((p, k) => {
    const { i } = p;
    const [female, male] = pick(SURNAMES, i);
    const base = { organisationId: p.service, householdId: householdIds[k]!, createdBy: p.referredBy };
    const rows: { row: Parameters<typeof demo.insertPersons>[1][number]; role: MemberRole }[] = [
      { row: { ...base, givenNames: pick(MOTHERS, i), surnames: female, gender: 'female', birthDate: `${1975 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`, declaredAddress: p.centre === 'bauska' ? 'Bauskas novads' : 'Valmieras novads' }, role: 'mother' },
    ];
    if (i % 3 === 0) rows.push({ row: { ...base, givenNames: pick(FATHERS, i), surnames: male, gender: 'male', birthDate: `${1972 + (i % 14)}-1${i % 3}-0${1 + (i % 9)}` }, role: 'father' });
    for (let c = 0; c < p.childCount; c++) {
      const girl = (i + c) % 2 === 0;
      rows.push({ row: { ...base, givenNames: girl ? pick(GIRLS, i + c) : pick(BOYS, i + c), surnames: girl ? female : male, gender: girl ? 'female' : 'male', birthDate: `${2003 + ((i + c * 4) % 12)}-0${1 + ((i + c) % 9)}-2${c}` }, role: i % 17 === 4 && c === 0 ? 'foster_child' : 'child' });
    }
    return rows;
  });
  const ids = await demo.insertPersons(tx, people.flat().map((r) => r.row));
  let next = 0;
  const members = people.map((rows) => rows.map((r) => ({ personId: ids[next++]!, role: r.role })));
  const caseNumbers: string[] = [];
  for (const p of plans) caseNumbers.push(await nextCaseNumber(tx, repo.PROGRAMME, org, p.atvk, Number(p.openedOn.slice(0, 4))));
  const caseIds = await demo.insertCases(tx, plans.map((p, k) => ({
    organisationId: w.providerId, personId: members[k]![0]!.personId, municipalityAtvk: p.atvk, programme: repo.PROGRAMME, caseNumber: caseNumbers[k]!, status: 'closed', openedOn: p.openedOn, closedOn: p.closedOn, caseManagerUserId: p.worker,
  })));
  const referralIds = await demo.insertReferrals(tx, plans.map((p, k) => ({
    organisationId: w.providerId, centreId: w.centres[p.centre], referringOrganisationId: p.service, municipalityAtvk: p.atvk, householdId: householdIds[k]!, contactPersonId: members[k]![0]!.personId,
    members: members[k]!, reason: p.reason, assessedOn: addDays(p.openedOn, -10), referredOn: addDays(p.openedOn, -7), assessment: 'Sociālā dienesta izvērtējums: ģimenei nepieciešams psihosociāls atbalsts un konsultācijas.',
    crisis: p.reason === 'crisis', premises: p.centre === 'bauska' && p.i % 4 === 0 ? 'Sociālā dienesta telpas Bauskā atbalsta grupām' : null, informationProvided: 'Informācija par ģimenes atbalsta centru',
    referredBy: p.referredBy, status: 'accepted', decidedOn: p.openedOn, decidedBy: w.users.manager, caseId: caseIds[k]!,
  })));
  await demo.insertFsCases(tx, plans.map((p, k) => ({
    caseId: caseIds[k]!, organisationId: w.providerId, centreId: w.centres[p.centre], householdId: householdIds[k]!, referralId: referralIds[k]!, referringMunicipalityAtvk: p.atvk,
    endingReason: p.continues ? 'goals_reached' : pick(['goals_reached', 'goals_reached', 'family_ended', 'moved_away'], p.i),
  })));
  await demo.insertMembers(tx, plans.flatMap((p, k) => members[k]!.map((m) => ({ caseId: caseIds[k]!, organisationId: w.providerId, personId: m.personId, role: m.role, fromDate: p.openedOn, toDate: p.closedOn }))));
  await demo.insertTeam(tx, plans.flatMap((p, k) => [
    { caseId: caseIds[k]!, organisationId: w.providerId, userId: p.worker, teamRole: 'social_worker', fromDate: p.openedOn, toDate: p.closedOn, assignedBy: w.users.manager },
    ...(p.i % 4 === 1 ? [{ caseId: caseIds[k]!, organisationId: w.providerId, userId: w.users.psychologist, teamRole: 'specialist', fromDate: p.openedOn, toDate: p.closedOn, assignedBy: w.users.manager }] : []),
  ]));
  await demo.insertSessions(tx, plans.flatMap((p, k) => {
    const all = members[k]!.map((m) => m.personId);
    const sessions = [7, 30, 60, 90].filter((d) => addDays(p.openedOn, d) < p.closedOn).map((d, n) => ({
      organisationId: w.providerId, caseId: caseIds[k]!, kind: n === 1 ? 'family' : 'individual', heldOn: addDays(p.openedOn, d), minutes: 60, facilitatorUserIds: [p.worker], recordedBy: p.worker, present: n === 1 ? all : [all[0]!],
    }));
    if (p.reason === 'crisis') sessions.push({ organisationId: w.providerId, caseId: caseIds[k]!, kind: 'crisis', heldOn: addDays(p.openedOn, 1), minutes: 90, facilitatorUserIds: [p.worker, w.users.psychologist], recordedBy: p.worker, present: [all[0]!] });
    return sessions;
  }));
  const families: HistoricFamily[] = plans.map((p, k) => ({
    caseId: caseIds[k]!, centre: p.centre, openedOn: p.openedOn, closedOn: p.closedOn, reason: p.reason, mother: members[k]![0]!.personId,
    children: members[k]!.filter((m) => m.role === 'child' || m.role === 'foster_child').map((m) => m.personId), all: members[k]!.map((m) => m.personId),
  }));
  await seedProjectGroups(tx, w, families);
  await seedProjectMentors(tx, w, families);
  await seedProjectConferences(tx, w, families);
}

async function seedProjectGroups(tx: Tx, w: World, families: HistoricFamily[]) {
  const groups = [
    { centre: 'bauska', kind: 'parents_disabled_children', name: 'Vecāku atbalsta grupa Bauskā', startsOn: '2015-03-02', endsOn: '2015-06-15', places: 10, every: 7, sessions: 8, of: (f: HistoricFamily) => f.reason === 'child_disability' ? [f.mother] : [] },
    { centre: 'bauska', kind: 'domestic_violence', name: 'Sieviešu atbalsta grupa Bauskā', startsOn: '2015-09-07', endsOn: '2015-12-14', places: 8, every: 7, sessions: 8, of: (f: HistoricFamily) => f.reason === 'domestic_violence' ? [f.mother] : [] },
    { centre: 'valmiera', kind: 'parents_disabled_children', name: 'Vecāku atbalsta grupa Valmierā', startsOn: '2015-11-02', endsOn: '2016-02-22', places: 10, every: 7, sessions: 8, of: (f: HistoricFamily) => f.reason === 'child_disability' || f.reason === 'parenting_difficulties' ? [f.mother] : [] },
    { centre: 'bauska', kind: 'camp', name: 'Vasaras nometne bērniem Bauskā', startsOn: '2015-07-06', endsOn: '2015-07-10', places: 30, every: 1, sessions: 5, of: (f: HistoricFamily) => f.children },
    { centre: 'valmiera', kind: 'camp', name: 'Vasaras nometne bērniem Valmierā', startsOn: '2015-08-03', endsOn: '2015-08-07', places: 20, every: 1, sessions: 5, of: (f: HistoricFamily) => f.children },
  ] as const;
  for (const g of groups) {
    const facilitators: string[] = g.centre === 'bauska' ? [w.users.psychologist, w.users.assistant] : [w.users.sw2, w.users.psychologist];
    const group = await repo.insertGroup(tx, { organisationId: w.providerId, centreId: w.centres[g.centre], kind: g.kind, name: g.name, startsOn: g.startsOn, endsOn: g.endsOn, places: g.places, facilitatorUserIds: facilitators, createdBy: w.users.manager });
    const open = families.filter((f) => f.centre === g.centre && f.openedOn <= g.startsOn && f.closedOn >= g.endsOn);
    const participants = open.flatMap((f) => g.of(f).map((personId) => ({ caseId: f.caseId, personId }))).slice(0, g.places);
    await demo.insertParticipants(tx, participants.map((p) => ({ groupId: group.id, organisationId: w.providerId, caseId: p.caseId, personId: p.personId, enrolledOn: g.startsOn, enrolledBy: w.users.manager })));
    await demo.insertSessions(tx, [...Array(g.sessions).keys()].map((s) => ({
      organisationId: w.providerId, groupId: group.id, kind: 'group', heldOn: addDays(g.startsOn, s * g.every), topic: g.kind === 'camp' ? `Nometnes ${s + 1}. diena` : `${s + 1}. tikšanās`,
      facilitatorUserIds: facilitators, recordedBy: facilitators[0]!, present: participants.filter((_, k) => (k + s) % 6 !== 0).map((p) => p.personId),
    })));
  }
}

async function seedProjectMentors(tx: Tx, w: World, families: HistoricFamily[]) {
  const names: [string, string, 'bauska' | 'valmiera'][] = [['Aija', 'Sproģe', 'bauska'], ['Gints', 'Vilks', 'bauska'], ['Maija', 'Saulīte', 'bauska'], ['Rūta', 'Avotiņa', 'bauska'], ['Elmārs', 'Dzenis', 'bauska'], ['Vija', 'Zvaigzne', 'valmiera'], ['Uldis', 'Upenieks', 'valmiera'], ['Sandra', 'Mežule', 'valmiera']];
  const mentors: { id: string; centre: 'bauska' | 'valmiera'; freeFrom: string }[] = [];
  for (const [i, [given, surname, centre]] of names.entries()) {
    const m = await repo.insertMentor(tx, { organisationId: w.providerId, centreId: w.centres[centre], givenNames: given, surnames: surname, phone: `+371 2${i}00 00${i}0`, checkDoneOn: '2015-02-02', checkValidUntil: '2017-02-01', trainingCompletedOn: '2015-03-20', endedOn: i < 5 ? '2016-12-31' : null, createdBy: w.users.manager });
    mentors.push({ id: m.id, centre, freeFrom: '2015-03-21' });
  }
  const matched = families.filter((_, i) => i % 9 === 2);
  const matches: Parameters<typeof demo.insertMatches>[1] = [];
  for (const f of matched) {
    const matchedOn = addDays(f.openedOn, 30);
    const mentor = mentors.filter((m) => m.centre === f.centre && m.freeFrom <= matchedOn).sort((a, b) => a.freeFrom.localeCompare(b.freeFrom))[0];
    if (!mentor || matchedOn >= f.closedOn) continue;
    const endedOn = [f.closedOn, addDays(matchedOn, 180), '2016-12-30'].sort()[0]!;
    mentor.freeFrom = addDays(endedOn, 1);
    matches.push({ organisationId: w.providerId, mentorId: mentor.id, caseId: f.caseId, matchedOn, endedOn, endingReason: 'goals_reached', matchedBy: w.users.manager });
  }
  const ids = await demo.insertMatches(tx, matches);
  await demo.insertMeetings(tx, matches.flatMap((m, i) => [14, 35, 56, 84].filter((d) => addDays(m.matchedOn, d) <= m.endedOn!).map((d) => ({ organisationId: w.providerId, matchId: ids[i]!, heldOn: addDays(m.matchedOn, d), minutes: 90, note: null, recordedBy: w.users.assistant }))));
  await demo.insertSupervisions(tx, matches.flatMap((m) => [60, 120].filter((d) => addDays(m.matchedOn, d) <= m.endedOn!).map((d) => ({ organisationId: w.providerId, mentorId: m.mentorId, heldOn: addDays(m.matchedOn, d), supervisorUserId: w.users.psychologist, note: null, recordedBy: w.users.manager }))));
}

async function seedProjectConferences(tx: Tx, w: World, families: HistoricFamily[]) {
  const rows = families.filter((f, i) => i % 11 === 3 && addDays(f.openedOn, 140) < f.closedOn).map((f) => ({
    organisationId: w.providerId, caseId: f.caseId, coordinatorUserId: f.centre === 'bauska' ? w.users.assistant : w.users.sw2, preparationStartedOn: addDays(f.openedOn, 20), heldOn: addDays(f.openedOn, 45),
    plan: 'Ģimenes plāns: bērnu ikdienas aprūpe, vecmāmiņas atbalsts pēcpusdienās, regulāras tikšanās ar sociālo darbinieku.', reviewOn: addDays(f.openedOn, 135), reviewedOn: addDays(f.openedOn, 135),
    reviewOutcome: 'Plāns izpildīts; ģimene turpina ar saviem spēkiem.', createdBy: w.users.manager,
    invitees: [{ name: 'Māte', relation: 'māte', familyMember: true, attended: true }, { name: 'Vecmāmiņa', relation: 'vecmāmiņa', familyMember: true, attended: true }, { name: 'Skolotāja', relation: 'skola', familyMember: false, attended: true }],
  }));
  await demo.insertConferences(tx, rows);
}

/** The families served today (via the use cases, as the workers would record them), dated from `today`. */
async function seedLivingFamilies(deps: Deps, w: World, today: string) {
  const provider = (userId: string, roles: Role[]): Actor => ({ userId, organisationId: w.providerId, organisationKind: 'service_provider', municipalityAtvk: null, roles });
  const manager = ctxOf(deps, provider(w.users.manager, ['manager']));
  const sw = ctxOf(deps, provider(w.users.sw, ['social_worker']));
  const sw2 = ctxOf(deps, provider(w.users.sw2, ['social_worker']));
  const bauska = ctxOf(deps, { userId: w.users.bauska, organisationId: w.bauskaServiceId, organisationKind: 'municipal_social_service', municipalityAtvk: BAUSKA, roles: ['municipal_social_worker'] });
  const valmiera = ctxOf(deps, { userId: w.users.valmiera, organisationId: w.valmieraServiceId, organisationKind: 'municipal_social_service', municipalityAtvk: w.valmieraAtvk, roles: ['municipal_social_worker'] });
  const d = (days: number) => addDays(today, days);
  const adult = (givenNames: string, surnames: string, gender: 'female' | 'male', birthDate: string, role: MemberRole) => ({ givenNames, surnames, gender, birthDate, role });
  const child = (givenNames: string, surnames: string, gender: 'female' | 'male', birthDate: string) => ({ givenNames, surnames, gender, birthDate, role: 'child' as const });
  const open = async (ctx: Ctx, centreId: string, worker: string, referredOn: string, reason: ReferralReason, crisis: boolean, members: ReturnType<typeof adult>[]) => {
    const r = await createReferral({ centreId, contactIndex: 0, members, reason, assessedOn: addDays(referredOn, -3), referredOn, assessment: 'Sociālā dienesta izvērtējums: ģimenei vajadzīgs psihosociāls atbalsts, konsultācijas un atbalsts bērnu audzināšanā.', crisis, premises: reason === 'child_disability' ? 'Sociālā dienesta zāle vecāku atbalsta grupai' : null, informationProvided: 'Ģimenei iedots centra buklets' }, ctx);
    const decided = await decideReferral(r.referralId, { decision: 'accept', decidedOn: addDays(referredOn, 5), socialWorkerUserId: worker }, manager);
    return decided.caseId!;
  };
  // Bauska: a mother raising a son with a disability, and a daughter — in the parents' group, with a mentor and a conference whose review is near
  const ozoli = await open(bauska, w.centres.bauska, w.users.sw, d(-125), 'child_disability', false, [
    adult('Sanita', 'Ozola', 'female', '1986-04-17', 'mother'), child('Markuss', 'Ozols', 'male', '2014-09-02'), child('Elīza', 'Ozola', 'female', '2017-03-11'), adult('Velta', 'Ozola', 'female', '1958-01-30', 'grandparent'),
  ]);
  // Bauska: a woman who suffers domestic violence, with her daughter — in the women's group; in crisis since yesterday
  const kalni = await open(bauska, w.centres.bauska, w.users.sw, d(-70), 'domestic_violence', false, [adult('Kristīne', 'Kalna', 'female', '1990-08-05', 'mother'), child('Paula', 'Kalna', 'female', '2016-12-19')]);
  // Valmiera: a family served by socdarbs2@demo.lv, who also serves Housing First — a mentor whose check is to be renewed, a conference in preparation
  const liepas = await open(valmiera, w.centres.valmiera, w.users.sw2, d(-95), 'parenting_difficulties', false, [
    adult('Ieva', 'Liepa', 'female', '1988-02-29', 'mother'), adult('Raivis', 'Liepa', 'male', '1985-06-14', 'father'), child('Roberts', 'Liepa', 'male', '2012-05-06'), child('Alise', 'Liepa', 'female', '2019-10-23'),
  ]);
  // Bauska: a family whose support ended yesterday, its goals reached (its ending evaluations due)
  const vitoli = await open(bauska, w.centres.bauska, w.users.sw, d(-210), 'poverty_social_exclusion', false, [adult('Dace', 'Vītola', 'female', '1984-11-02', 'mother'), child('Kārlis', 'Vītols', 'male', '2013-07-15')]);
  // a referral awaiting the centre's decision
  await createReferral({ centreId: w.centres.bauska, contactIndex: 0, members: [adult('Agnese', 'Krūmiņa', 'female', '1992-03-03', 'mother'), child('Sofija', 'Krūmiņa', 'female', '2018-06-01'), child('Emīls', 'Krūmiņš', 'male', '2021-01-20')],
    reason: 'crisis', assessedOn: d(-4), referredOn: d(-3), assessment: 'Ģimene zaudējusi mājokli ugunsgrēkā; nepieciešams krīzes atbalsts un konsultācijas.', crisis: true, premises: null, informationProvided: 'Informācija par krīzes atbalstu' }, bauska);

  await addTeamMember(ozoli, { userId: w.users.psychologist, profession: 'psychologist', fromDate: d(-110) }, manager);
  await addTeamMember(kalni, { userId: w.users.lawyer, profession: 'lawyer', fromDate: d(-60) }, manager);
  await addTeamMember(kalni, { userId: w.users.psychologist, profession: 'psychologist', fromDate: d(-60) }, manager);
  await addTeamMember(ozoli, { userId: w.users.assistant, profession: 'family_assistant', fromDate: d(-110) }, manager);
  for (const [caseId, ctx, days] of [[ozoli, sw, [-115, -80, -45, -14]], [kalni, sw, [-62, -30, -9]], [liepas, sw2, [-88, -50, -20, -6]], [vitoli, sw, [-200, -150, -90, -30]]] as const) {
    const family = await repo.findMembers(deps.db, caseId);
    const members = family.map((m) => m.personId);
    const contact = family.find((m) => m.role === 'mother')?.personId ?? members[0]!;
    for (const [k, day] of days.entries()) await recordSession(caseId, { kind: k % 2 ? 'family' : 'individual', heldOn: d(day), minutes: 60, presentPersonIds: k % 2 ? members : [contact], note: null }, ctx);
  }
  // FS-2 the groups running now and a camp to come, with its places nearly taken
  const memberOf = async (caseId: string, role: MemberRole) => (await repo.findMembers(deps.db, caseId)).filter((m) => m.role === role).map((m) => m.personId);
  const parents = await createGroup({ centreId: w.centres.bauska, kind: 'parents_disabled_children', name: 'Vecāku atbalsta grupa', startsOn: d(-63), endsOn: d(60), places: 10, facilitatorUserIds: [w.users.psychologist, w.users.sw] }, manager);
  const women = await createGroup({ centreId: w.centres.bauska, kind: 'domestic_violence', name: 'Sieviešu atbalsta grupa', startsOn: d(-56), endsOn: d(40), places: 8, facilitatorUserIds: [w.users.psychologist, w.users.lawyer] }, manager);
  const camp = await createGroup({ centreId: w.centres.bauska, kind: 'camp', name: 'Ziemas nometne bērniem', startsOn: d(30), endsOn: d(34), places: 3, facilitatorUserIds: [w.users.assistant, w.users.sw] }, manager);
  await enrol(parents.id, { caseId: ozoli, personId: (await memberOf(ozoli, 'mother'))[0]!, enrolledOn: d(-63) }, sw);
  await enrol(women.id, { caseId: kalni, personId: (await memberOf(kalni, 'mother'))[0]!, enrolledOn: d(-56) }, sw);
  for (const personId of await memberOf(ozoli, 'child')) await enrol(camp.id, { caseId: ozoli, personId, enrolledOn: d(-5) }, sw);
  const psychologist = ctxOf(deps, provider(w.users.psychologist, ['specialist']));
  for (let week = 0; week < 9; week++) {
    const parentsDay = d(-63 + week * 7);
    if (parentsDay <= today) await recordGroupSession(parents.id, { heldOn: parentsDay, topic: `${week + 1}. tikšanās: ikdienas rutīna un atbalsts`, facilitatorUserIds: [w.users.psychologist], presentPersonIds: week === 3 ? [] : await memberOf(ozoli, 'mother') }, psychologist);
    const womenDay = d(-56 + week * 7);
    if (womenDay <= today) await recordGroupSession(women.id, { heldOn: womenDay, topic: `${week + 1}. tikšanās: drošība un pašcieņa`, facilitatorUserIds: [w.users.psychologist, w.users.lawyer], presentPersonIds: await memberOf(kalni, 'mother') }, psychologist);
  }
  // FS-3 the register: matched mentors (one supervised lately, one whose check ends in 20 days), one ready, one not yet trained
  const mentor = async (givenNames: string, surnames: string, centreId: string, checkDoneOn: string | null, checkValidUntil: string | null, trainingCompletedOn: string | null) =>
    (await createMentor({ centreId, givenNames, surnames, phone: '+371 29 000 000', checkDoneOn, checkValidUntil, trainingCompletedOn }, manager)).id;
  const laura = await mentor('Laura', 'Zīle', w.centres.bauska, d(-300), d(430), d(-280));
  const janis = await mentor('Jānis', 'Priede', w.centres.valmiera, d(-345), d(20), d(-330));
  await mentor('Anita', 'Straume', w.centres.bauska, d(-40), d(690), d(-20));
  await mentor('Oskars', 'Lācis', w.centres.valmiera, d(-10), d(720), null);
  const ozoliMatch = await matchMentor(laura, { caseId: ozoli, matchedOn: d(-100) }, manager);
  const liepasMatch = await matchMentor(janis, { caseId: liepas, matchedOn: d(-30) }, manager);
  await recordMeeting(ozoliMatch.matchId, { heldOn: d(-40), minutes: 120, note: 'Pastaiga ar bērniem, palīdzība mājasdarbos' }, sw);
  await recordMeeting(liepasMatch.matchId, { heldOn: d(-12), minutes: 90, note: null }, sw2);
  await recordSupervision(laura, { heldOn: d(-50), supervisorUserId: w.users.psychologist, note: 'Mentora darba pārrunas' }, manager);
  // FS-4 Ozoli: held, the family's plan, its review in five days; Liepas: in preparation
  const conference = await startConference(ozoli, { coordinatorUserId: w.users.assistant, preparationStartedOn: d(-105), invitees: [
    { name: 'Sanita Ozola', relation: 'māte', familyMember: true }, { name: 'Velta Ozola', relation: 'vecmāmiņa', familyMember: true },
    { name: 'Jānis Ozols', relation: 'onkulis', familyMember: true }, { name: 'Bauskas pamatskolas skolotāja', relation: 'skola', familyMember: false },
  ] }, manager);
  const invitees = (await repo.findInvitees(deps.db, conference.id)).map((i) => i.id);
  await holdConference(conference.id, { heldOn: d(-85), attendedInviteeIds: invitees.slice(0, 3), reviewOn: d(5), plan: 'Vecmāmiņa pieskata bērnus otrdienās un ceturtdienās; onkulis palīdz ar transportu uz rehabilitāciju; Sanita apmeklē vecāku atbalsta grupu; mentore tiekas ar bērniem reizi nedēļā.' }, manager);
  await startConference(liepas, { coordinatorUserId: w.users.sw2, preparationStartedOn: d(-10), invitees: [{ name: 'Ieva Liepa', relation: 'māte', familyMember: true }, { name: 'Raivis Liepa', relation: 'tēvs', familyMember: true }, { name: 'Ģimenes ārste', relation: 'veselības aprūpe', familyMember: false }] }, sw2);
  // the core's evaluation schedule: each family's wellbeing assessed within its first month (and Vītoli at six months), so nothing is overdue
  for (const [caseId, openedAgo, worker] of [[ozoli, -120, w.users.sw], [kalni, -65, w.users.sw], [liepas, -90, w.users.sw2], [vitoli, -205, w.users.sw]] as const) {
    await deps.db.transaction(async (tx) => {
      await insertEvaluation(tx, { programmeCode: repo.PROGRAMME, instrument: 'family_wellbeing', caseId, recordedOn: d(openedAgo + 14), score: 2, recordedBy: worker });
      if (openedAgo < -180) await insertEvaluation(tx, { programmeCode: repo.PROGRAMME, instrument: 'family_wellbeing', caseId, recordedOn: d(openedAgo + 180), score: 3, recordedBy: worker });
    });
  }
  await setCrisis(kalni, { inCrisis: true, on: d(-1), note: 'Partneris atgriezies; sieviete lūdz palīdzību' }, sw);
  // the woman of the domestic-violence group: her address protected through the core (issue 14), by her worker on the family's team
  await protectAddress({ personId: (await memberOf(kalni, 'mother'))[0]!, reason: 'Vardarbība ģimenē: partneris meklē sievieti un meitu; tiesas pagaidu aizsardzība' }, sw);
  await endFamilyCase(vitoli, { endedOn: d(-1), reason: 'goals_reached', note: 'Ģimene turpina ar saviem spēkiem' }, sw);
}

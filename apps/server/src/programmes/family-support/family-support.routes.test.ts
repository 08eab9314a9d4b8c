import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, fsCentres, fsCentreStaff } from '../../db/schema';
import { createTestWorld, signIn } from '../../test/test-world';
import { itOpensWorkbooks, workbookAsCsv } from '../../test/workbooks';

/**
 * Family support over HTTP (FS-1 – FS-6): referral to ending, the children's access matrix, audit, 4xx on
 * bad input naming the field, the worklist beside other programmes', the report as JSON, PDF and Excel.
 * Today is 24.11.2026; Rīga's social service refers (0001000), Liepāja's is another municipality.
 */
let world: Awaited<ReturnType<typeof createTestWorld>>;
let dir: string;
let centreId: string;
const BASE = '/api/family-support';
type Client = Awaited<ReturnType<typeof signIn>>;
const as: Record<string, Client> = {};
const reasons = (res: { json(): { error: { fields?: Record<string, { message: string }> } } }) =>
  Object.fromEntries(Object.entries(res.json().error.fields ?? {}).map(([k, v]) => [k, v.message]));

const referral = (extra: Record<string, unknown> = {}) => ({
  centreId, contactIndex: 0, reason: 'domestic_violence', assessedOn: '2026-10-01', referredOn: '2026-10-02', crisis: true,
  assessment: 'Ģimenē ir vardarbība; mātei un bērnam vajadzīgs atbalsts.', premises: 'Sociālā dienesta telpa grupai', informationProvided: 'Buklets',
  members: [
    { givenNames: 'Laura', surnames: 'Egle', birthDate: '1990-02-02', gender: 'female', role: 'mother' },
    { givenNames: 'Marta', surnames: 'Egle', birthDate: '2016-05-05', gender: 'female', role: 'child' },
  ],
  ...extra,
});

beforeAll(async () => {
  world = await createTestWorld();
  dir = mkdtempSync(join(tmpdir(), 'fs-report-'));
  const [centre] = await world.db.insert(fsCentres).values({ organisationId: world.orgs.provider.id, name: 'Ģimenes atbalsta centrs Bauskā', municipalityAtvk: '0025000' }).returning();
  centreId = centre!.id;
  await world.db.insert(fsCentreStaff).values([
    { centreId, organisationId: world.orgs.provider.id, userId: world.users.sw1.id, profession: 'social_worker' },
    { centreId, organisationId: world.orgs.provider.id, userId: world.users.sw2.id, profession: 'social_worker' },
    { centreId, organisationId: world.orgs.provider.id, userId: world.users.mentor.id, profession: 'family_assistant' },
  ]);
  for (const who of ['riga', 'liepaja', 'manager', 'sw1', 'sw2', 'funder']) as[who] = await signIn(world.app, `${who}@test.lv`);
});
afterAll(async () => {
  await world.close();
  rmSync(dir, { recursive: true, force: true });
});

let caseId: string;
let mother: string;
let child: string;

describe('FS-5, FS-1 referral by the county social service, the centre’s decision opening the family’s case', () => {
  it('refuses bad input with a 4xx naming the field, in Latvian', async () => {
    const late = await as.riga!.post(`${BASE}/referrals`, referral({ assessedOn: '2026-10-03' }));
    expect(late.statusCode).toBe(400);
    expect(reasons(late)).toEqual({ assessedOn: 'Izvērtējumam jābūt veiktam ne vēlāk kā nosūtījuma dienā' });
    const childless = await as.riga!.post(`${BASE}/referrals`, referral({ members: [referral().members[0], { ...referral().members[0], givenNames: 'Pēteris', role: 'father', gender: 'male' }] }));
    expect(reasons(childless)).toEqual({ members: 'Ģimenē jābūt vismaz vienam bērnam' });
    const childContact = await as.riga!.post(`${BASE}/referrals`, referral({ contactIndex: 1 }));
    expect(reasons(childContact)).toEqual({ contactIndex: 'Kontaktpersonai jābūt ģimenes pieaugušajam' });
    expect((await as.riga!.post(`${BASE}/referrals`, referral({ referredOn: '2026-12-01' }))).statusCode).toBe(422);
    expect((await as.riga!.post(`${BASE}/referrals`, referral({ reason: 'nope' }))).statusCode).toBe(400);
    expect((await as.sw1!.post(`${BASE}/referrals`, referral())).statusCode).toBe(403);
    expect((await as.funder!.post(`${BASE}/referrals`, referral())).statusCode).toBe(403);
  });

  it('the social service refers; the centre’s manager accepts with a social worker: GA-2026-0001, members with roles, crisis from the opening; audited per member', async () => {
    const res = await as.riga!.post(`${BASE}/referrals`, referral());
    expect(res.statusCode).toBe(201);
    const listed = (await as.manager!.get(`${BASE}/referrals`)).json().items;
    expect(listed).toEqual([expect.objectContaining({ status: 'pending', members: 2, children: 1, decisionDue: { dueOn: '2026-10-12', daysLeft: -43 }, premises: 'Sociālā dienesta telpa grupai' })]);
    const bad = await as.manager!.post(`${BASE}/referrals/${res.json().referralId}/decision`, { decision: 'accept', decidedOn: '2026-10-01', socialWorkerUserId: world.users.sw1.id });
    expect(reasons(bad)).toEqual({ decidedOn: 'Lēmums nevar būt agrāks par nosūtījuma dienu' });
    expect(reasons(await as.manager!.post(`${BASE}/referrals/${res.json().referralId}/decision`, { decision: 'accept', decidedOn: '2026-10-05', socialWorkerUserId: world.users.manager.id })))
      .toEqual({ socialWorkerUserId: 'Darbiniekam jābūt šī centra darbiniekam' });
    const accepted = await as.manager!.post(`${BASE}/referrals/${res.json().referralId}/decision`, { decision: 'accept', decidedOn: '2026-10-05', socialWorkerUserId: world.users.sw1.id });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', caseNumber: 'GA-2026-0001' });
    caseId = accepted.json().caseId;
    expect((await as.manager!.post(`${BASE}/referrals/${res.json().referralId}/decision`, { decision: 'decline', decidedOn: '2026-10-05', declineReason: 'Nav vietu' })).statusCode).toBe(409);
    const detail = (await as.sw1!.get(`${BASE}/cases/${caseId}`)).json();
    expect(detail.members.map((m: { fullName: string; role: string }) => [m.fullName, m.role])).toEqual([['Laura Egle', 'mother'], ['Marta Egle', 'child']]);
    expect(detail).toMatchObject({ crisisSince: '2026-10-05', composition: { children: 1, adults: 1 }, childrenHidden: false });
    mother = detail.members[0].personId;
    child = detail.members[1].personId;
    const created = await world.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'fs_case'), eq(auditLog.action, 'create')));
    expect(created.map((a) => a.personId).sort()).toEqual([mother, child].sort());
  });
});

describe('Safety of children: the access matrix of the family’s case', () => {
  it.each([
    ['the family’s worker', 'sw1', 200, true],
    ['another worker of the centre', 'sw2', 404, false],
    ['the centre’s manager', 'manager', 200, false],
    ['the referring social service', 'riga', 200, true],
    ['another municipality’s social service', 'liepaja', 404, false],
    ['a funder', 'funder', 404, false],
  ] as const)('%s → %s, children’s records %s', async (_who, who, status, seesChildren) => {
    const res = await as[who]!.get(`${BASE}/cases/${caseId}`);
    expect(res.statusCode).toBe(status);
    if (status !== 200) return;
    const names = res.json().members.map((m: { fullName: string }) => m.fullName);
    expect(names.includes('Marta Egle')).toBe(seesChildren);
    expect(res.json().composition.children).toBe(1);
    expect(res.json().childrenHidden).toBe(!seesChildren);
  });

  it('reads are audited per member shown; a refusal is audited as denied', async () => {
    const views = await world.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'fs_case'), eq(auditLog.action, 'view'), eq(auditLog.entityId, caseId)));
    expect(views.filter((v) => v.personId === child).length).toBe(3); // the worker (twice) and the social service; never the manager
    const denied = await world.db.select().from(auditLog).where(and(eq(auditLog.action, 'access_denied'), eq(auditLog.entityId, caseId)));
    expect(denied.length).toBe(3);
  });

  it('the lists: the worker and the manager see the family with a count of children; another worker does not', async () => {
    expect((await as.sw1!.get(`${BASE}/cases`)).json().items).toEqual([expect.objectContaining({ caseNumber: 'GA-2026-0001', children: 1, adults: 1, inCrisis: true })]);
    expect((await as.manager!.get(`${BASE}/cases`)).json().items).toHaveLength(1);
    expect((await as.sw2!.get(`${BASE}/cases`)).json().items).toHaveLength(0);
    expect((await as.funder!.get(`${BASE}/cases`)).statusCode).toBe(403);
  });
});

describe('FS-2 individual work, crisis support, groups and camps with attendance', () => {
  it('a crisis session clears the crisis contact; a date in the future or a stranger is refused', async () => {
    expect((await as.sw1!.get('/api/worklists/worker')).json().items.map((i: { kind: string }) => i.kind)).toContain('fs_crisis_contact');
    expect((await as.sw1!.post(`${BASE}/cases/${caseId}/sessions`, { kind: 'crisis', heldOn: '2026-11-25', minutes: 60, presentPersonIds: [mother] })).statusCode).toBe(422);
    expect(reasons(await as.sw1!.post(`${BASE}/cases/${caseId}/sessions`, { kind: 'crisis', heldOn: '2026-10-06', minutes: 60, presentPersonIds: [world.persons.anna.id] })))
      .toEqual({ 'presentPersonIds.0': 'Personai jābūt šīs ģimenes loceklim' });
    expect((await as.sw2!.post(`${BASE}/cases/${caseId}/sessions`, { kind: 'crisis', heldOn: '2026-10-06', minutes: 60, presentPersonIds: [mother] })).statusCode).toBe(404);
    expect((await as.sw1!.post(`${BASE}/cases/${caseId}/sessions`, { kind: 'crisis', heldOn: '2026-10-06', minutes: 90, presentPersonIds: [mother, child] })).statusCode).toBe(201);
    expect((await as.sw1!.get('/api/worklists/worker')).json().items.map((i: { kind: string }) => i.kind)).not.toContain('fs_crisis_contact');
  });

  it('a women’s group with one place: the mother takes it, a child is refused, the next is 409; a camp takes the child; attendance counted', async () => {
    const group = await as.manager!.post(`${BASE}/groups`, { centreId, kind: 'domestic_violence', name: 'Sieviešu atbalsta grupa', startsOn: '2026-10-01', endsOn: '2026-12-31', places: 1, facilitatorUserIds: [world.users.sw2.id] });
    expect(group.statusCode).toBe(201);
    const g = group.json().id;
    expect(reasons(await as.sw1!.post(`${BASE}/groups/${g}/participants`, { caseId, personId: child, enrolledOn: '2026-10-10' }))).toEqual({ personId: 'Atbalsta grupa ir pieaugušajiem, bērni piedalās nometnēs' });
    expect((await as.sw1!.post(`${BASE}/groups/${g}/participants`, { caseId, personId: mother, enrolledOn: '2026-10-10' })).statusCode).toBe(201);
    const again = await as.sw1!.post(`${BASE}/groups/${g}/participants`, { caseId, personId: mother, enrolledOn: '2026-10-10' });
    expect(again.statusCode).toBe(409);
    const camp = (await as.manager!.post(`${BASE}/groups`, { centreId, kind: 'camp', name: 'Nometne', startsOn: '2026-12-20', endsOn: '2026-12-23', places: 10, facilitatorUserIds: [world.users.mentor.id] })).json().id;
    expect((await as.sw1!.post(`${BASE}/groups/${camp}/participants`, { caseId, personId: child, enrolledOn: '2026-11-20' })).statusCode).toBe(201);
    expect(reasons(await as.sw2!.post(`${BASE}/groups/${g}/sessions`, { heldOn: '2026-09-30', topic: 'Drošība', facilitatorUserIds: [world.users.sw2.id], presentPersonIds: [mother] }))).toEqual({ heldOn: 'Nodarbībai jābūt grupas darbības laikā' });
    expect((await as.sw2!.post(`${BASE}/groups/${g}/sessions`, { heldOn: '2026-10-15', topic: 'Drošība', facilitatorUserIds: [world.users.sw2.id], presentPersonIds: [mother] })).statusCode).toBe(201);
    expect((await as.sw2!.post(`${BASE}/groups/${g}/sessions`, { heldOn: '2026-10-22', topic: 'Pašcieņa', facilitatorUserIds: [world.users.sw2.id], presentPersonIds: [] })).statusCode).toBe(201);
    const read = (await as.sw2!.get(`${BASE}/groups/${g}`)).json();
    expect(read).toMatchObject({ placesLeft: 0, attendanceRate: 0.5, participants: [{ fullName: 'Laura Egle', attended: 1 }] });
    expect((await as.sw1!.get(`${BASE}/groups/${g}`)).statusCode).toBe(404); // not its facilitator
  });
});

describe('FS-3 volunteer mentors: checks and training before matching, one family at a time', () => {
  it('a mentor without training cannot be matched; once trained, matched; a second family for the same mentor is 409; a meeting before the matching is refused', async () => {
    const m = await as.manager!.post(`${BASE}/mentors`, { centreId, givenNames: 'Aija', surnames: 'Sproģe', checkDoneOn: '2026-01-10', checkValidUntil: '2027-01-09', trainingCompletedOn: null });
    expect(m.statusCode).toBe(201);
    const mentorId = m.json().id;
    expect(reasons(await as.manager!.post(`${BASE}/mentors`, { centreId, givenNames: 'Aija', surnames: 'Sproģe', checkDoneOn: '2026-01-10', checkValidUntil: '2025-01-09' }))).toEqual({ checkValidUntil: 'Derīguma beigas nevar būt agrākas par pārbaudes dienu' });
    expect(reasons(await as.sw1!.post(`${BASE}/mentors/${mentorId}/matches`, { caseId, matchedOn: '2026-10-20' }))).toEqual({ trainingCompletedOn: 'Mentors nav pabeidzis apmācību' });
    expect((await as.manager!.put(`${BASE}/mentors/${mentorId}`, { checkDoneOn: '2026-01-10', checkValidUntil: '2027-01-09', trainingCompletedOn: '2026-02-01' })).statusCode).toBe(200);
    const match = await as.sw1!.post(`${BASE}/mentors/${mentorId}/matches`, { caseId, matchedOn: '2026-10-20' });
    expect(match.statusCode).toBe(201);
    const other = await as.riga!.post(`${BASE}/referrals`, referral({ members: [{ ...referral().members[0], givenNames: 'Dace' }, { ...referral().members[1], givenNames: 'Anna' }] }));
    const otherCase = (await as.manager!.post(`${BASE}/referrals/${other.json().referralId}/decision`, { decision: 'accept', decidedOn: '2026-10-06', socialWorkerUserId: world.users.sw1.id })).json().caseId;
    const twice = await as.sw1!.post(`${BASE}/mentors/${mentorId}/matches`, { caseId: otherCase, matchedOn: '2026-10-21' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('fs.mentor_matched');
    expect(reasons(await as.sw1!.post(`${BASE}/matches/${match.json().matchId}/meetings`, { heldOn: '2026-10-19', minutes: 60 }))).toEqual({ heldOn: 'Datums nevar būt agrāks par piesaistes dienu' });
    expect((await as.sw1!.post(`${BASE}/matches/${match.json().matchId}/meetings`, { heldOn: '2026-10-25', minutes: 60 })).statusCode).toBe(201);
    const register = (await as.sw1!.get(`${BASE}/mentors`)).json().items;
    expect(register).toEqual([expect.objectContaining({ fullName: 'Aija Sproģe', status: 'matched', currentMatch: expect.objectContaining({ caseNumber: 'GA-2026-0001' }) })]);
    expect((await as.funder!.get(`${BASE}/mentors`)).statusCode).toBe(403);
  });
});

describe('FS-4 the family group conference', () => {
  it('an untrained coordinator is refused; once trained the conference is prepared, held with the family present and its plan becomes the case’s plan; the review is on the worklist', async () => {
    const start = { coordinatorUserId: world.users.mentor.id, preparationStartedOn: '2026-10-10', invitees: [{ name: 'Laura Egle', relation: 'māte', familyMember: true }, { name: 'Skolotāja', relation: 'skola', familyMember: false }] };
    expect(reasons(await as.sw1!.post(`${BASE}/cases/${caseId}/conferences`, start))).toEqual({ coordinatorUserId: 'Koordinatoram jābūt apmācītam ģimenes grupas konferenču vadīšanā' });
    expect((await as.manager!.post(`${BASE}/leader-trainings`, { userId: world.users.mentor.id, kind: 'training', heldOn: '2026-03-01', givenBy: 'SOS Children’s Villages Norway' })).statusCode).toBe(201);
    const conference = await as.sw1!.post(`${BASE}/cases/${caseId}/conferences`, start);
    expect(conference.statusCode).toBe(201);
    const id = conference.json().id;
    const invitees = (await as.sw1!.get(`${BASE}/cases/${caseId}`)).json().conferences[0].invitees as { id: string; familyMember: boolean }[];
    const teacher = invitees.find((i) => !i.familyMember)!.id;
    const plan = 'Vecmāmiņa pieskata Martu; Laura apmeklē grupu; tikšanās reizi nedēļā.';
    expect(reasons(await as.sw1!.put(`${BASE}/conferences/${id}/held`, { heldOn: '2026-11-12', attendedInviteeIds: [teacher], plan, reviewOn: '2026-12-01' }))).toEqual({ attendedInviteeIds: 'Konferencē jāpiedalās vismaz vienam ģimenes loceklim — plāns ir ģimenes plāns' });
    expect(reasons(await as.sw1!.put(`${BASE}/conferences/${id}/held`, { heldOn: '2026-11-12', attendedInviteeIds: invitees.map((i) => i.id), plan, reviewOn: '2027-05-13' }))).toEqual({ reviewOn: 'Plānu pārskata ne vēlāk kā sešus mēnešus pēc konferences' });
    expect((await as.sw1!.put(`${BASE}/conferences/${id}/held`, { heldOn: '2026-11-12', attendedInviteeIds: invitees.map((i) => i.id), plan, reviewOn: '2026-12-01' })).statusCode).toBe(200);
    expect((await as.sw1!.get(`${BASE}/cases/${caseId}`)).json().familyPlan).toMatchObject({ plan, reviewOn: '2026-12-01' });
    const items = (await as.sw1!.get('/api/worklists/worker')).json().items as { kind: string; due: { daysLeft: number } }[];
    expect(items.find((i) => i.kind === 'fs_conference_review')?.due.daysLeft).toBe(7);
    expect((await as.sw1!.put(`${BASE}/conferences/${id}/review`, { reviewedOn: '2026-11-11', outcome: 'Plāns izpildās' })).statusCode).toBe(400);
    expect((await as.sw1!.put(`${BASE}/conferences/${id}/review`, { reviewedOn: '2026-11-24', outcome: 'Plāns izpildās' })).statusCode).toBe(200);
  });
});

describe('FS-6 project finance: the grant share, spending against it, continuation after the project', () => {
  it('the manager records the project of seed 003 and its spending; before the project is refused, after it is the provider’s', async () => {
    const project = { name: 'Atbalsta pasākumi ģimenēm', code: 'LV03-0107', promoter: 'SOS Children’s Villages Latvia', grantSource: 'EEA Grants', startsOn: '2026-01-01', endsOn: '2026-10-31', initialCostCents: 11_098_400, finalCostCents: 11_010_100, grantCents: 9_413_600 };
    expect((await as.sw1!.put(`${BASE}/finance/project`, project)).statusCode).toBe(403);
    expect(reasons(await as.manager!.put(`${BASE}/finance/project`, { ...project, grantCents: 11_010_101 }))).toEqual({ grantCents: expect.any(String) });
    expect((await as.manager!.put(`${BASE}/finance/project`, project)).statusCode).toBe(200);
    expect(reasons(await as.manager!.post(`${BASE}/finance/spending`, { spentOn: '2025-12-31', category: 'staff', amountCents: 100 }))).toEqual({ spentOn: 'Izdevumi nevar būt pirms projekta sākuma' });
    expect((await as.manager!.post(`${BASE}/finance/spending`, { spentOn: '2026-10-31', category: 'staff', amountCents: 11_010_100 })).json().fundedBy).toBe('project');
    expect((await as.manager!.post(`${BASE}/finance/spending`, { spentOn: '2026-11-01', category: 'staff', amountCents: 50_000 })).json().fundedBy).toBe('provider');
    const f = (await as.manager!.get(`${BASE}/finance`)).json().finance;
    expect(f).toMatchObject({ spentInProjectCents: 11_010_100, grantUsedCents: 9_413_600, grantLeftCents: 0, providerShareCents: 1_596_500, costChangeCents: -88_300, spentAfterProjectCents: 50_000 });
    expect((await as.manager!.post(`${BASE}/finance/spending`, { spentOn: '2026-11-01', category: 'staff', amountCents: -5 })).statusCode).toBe(400);
  });
});

describe('the report: families, children, sessions and attendance, conferences, mentors, finance', () => {
  it('the manager reads exact counts; the funder aggregates with small counts hidden; a social worker is refused', async () => {
    const own = (await as.manager!.get(`${BASE}/report`)).json();
    expect(own.families).toMatchObject({ total: 2, children: 2, open: 2 });
    expect(own.conferences).toEqual({ started: 1, held: 1, reviewed: 1 });
    expect(own.sessions.crisis).toBe(1);
    expect(own.finance.grantUsedCents).toBe(9_413_600);
    const funder = (await as.funder!.get(`${BASE}/report`)).json();
    expect(funder.families.total).toBeNull();
    expect(JSON.stringify(funder)).not.toContain('Egle');
    expect((await as.sw1!.get(`${BASE}/report`)).statusCode).toBe(403);
  });

  itOpensWorkbooks('the PDF, read back by pdftotext, and the workbook, opened by LibreOffice, in Latvian', async () => {
    const pdf = await as.manager!.get(`${BASE}/report.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    writeFileSync(join(dir, 'r.pdf'), pdf.rawPayload);
    const text = execFileSync('pdftotext', [join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const phrase of ['Ģimenes atbalsta pārskats uz 24.11.2026', 'Atbalstītās ģimenes 2', 'Granta finansējums (EEA Grants) 94 136,00 €', 'Granta daļa galīgajās izmaksās 85,50 %']) expect(text).toContain(phrase);
    const xlsx = await as.manager!.get(`${BASE}/report.xlsx`);
    const csv = workbookAsCsv(dir, 'r', xlsx.rawPayload);
    expect(csv).toContain('Atbalstītās ģimenes,2');
    expect(csv).toContain('Projekta galīgās izmaksas,"110 101,00 €"');
  }, 150_000);
});

describe('the ending', () => {
  it('the support ends; the case takes no more records', async () => {
    expect((await as.sw1!.post(`${BASE}/cases/${caseId}/ending`, { endedOn: '2026-11-24', reason: 'goals_reached', note: null })).statusCode).toBe(200);
    expect((await as.sw1!.post(`${BASE}/cases/${caseId}/sessions`, { kind: 'individual', heldOn: '2026-11-24', minutes: 60, presentPersonIds: [mother] })).statusCode).toBe(409);
  });
});

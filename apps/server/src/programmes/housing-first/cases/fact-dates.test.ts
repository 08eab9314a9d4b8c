import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIFE_DOMAINS } from '@socrehab/domain/programmes/housing-first/index';
import { cases, caseTeamMembers, persons } from '../../../db/schema';
import { createMovedInCase, createTestWorld, signIn, TODAY } from '../../../test/test-world';

/**
 * Issue 11 §2 impossible and inconsistent facts, over HTTP: every fact-recording endpoint refuses a date
 * after today (Riga), before the case opened or after it closed, naming the field; a closed case takes no
 * new facts. The test world's today is 2026-11-24; its moved-in cases open on 2026-02-20.
 */
let world: Awaited<ReturnType<typeof createTestWorld>>;
let sw1: Awaited<ReturnType<typeof signIn>>;
let caseId: string;
let closedCaseId: string;
const TOMORROW = '2026-11-25';
const OPENED = '2026-02-20';
const DAY_BEFORE_OPENING = '2026-02-19';

beforeAll(async () => {
  world = await createTestWorld();
  sw1 = await signIn(world.app, 'sw1@test.lv', 'en');
  caseId = (await createMovedInCase(world, 'Dace', 'Ozola', { movedInOn: OPENED })).caseId;
  const [p] = await world.db.insert(persons).values({ givenNames: 'Kārlis', surnames: 'Slēgtais', organisationId: world.orgs.riga.id, createdBy: world.users.municipal.id, searchName: 'karlis slegtais' }).returning();
  const [c] = await world.db.insert(cases).values({ organisationId: world.orgs.provider.id, personId: p!.id, municipalityAtvk: '0001000', programme: 'housing_first', openedOn: '2026-01-05', status: 'closed', closedOn: '2026-06-30' }).returning();
  await world.db.insert(caseTeamMembers).values({ caseId: c!.id, organisationId: world.orgs.provider.id, userId: world.users.sw1.id, teamRole: 'social_worker', fromDate: '2026-01-05' });
  closedCaseId = c!.id;
});
afterAll(() => world.close());

const contact = (contactOn: string) => ({ contactOn, kind: 'phone_call', mode: 'phone', hours: 0.5 });
const entry = (on: string) => ({ on, done: 'Saruna par mājokli', lifeDomains: [] });
const review = (reviewedOn: string) => ({ reviewedOn, note: 'Pārskatīts' });
const incident = (occurredOn: string) => ({ kind: 'other', occurredOn, description: 'Notikums' });

describe('issue 11 §2 — a fact of a case is dated within the case and not after today', () => {
  it.each([
    ['contacts', 'contactOn', contact],
    ['work-log', 'on', entry],
    ['plan-reviews', 'reviewedOn', review],
    ['incidents', 'occurredOn', incident],
  ] as const)('POST /api/cases/:id/%s: today is fine, tomorrow is refused naming %s', async (path, field, body) => {
    expect((await sw1.post(`/api/cases/${caseId}/${path}`, body(TODAY))).statusCode).toBe(201);
    const res = await sw1.post(`/api/cases/${caseId}/${path}`, body(TOMORROW));
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'facts.date_in_future', fields: { [field]: { code: 'validation.dateInFuture' } } });
    expect(res.json().error.message).toMatch(/25\.11\.2026 is in the future \(today is 24\.11\.2026\)/);
  });

  it('the opening day is fine, the day before is refused, in Latvian by default', async () => {
    expect((await sw1.post(`/api/cases/${caseId}/work-log`, entry(OPENED))).statusCode).toBe(201);
    // the manager, who records on any case of the organisation (a worker joined the team on the opening day)
    const lv = await signIn(world.app, 'manager@test.lv');
    const res = await lv.post(`/api/cases/${caseId}/work-log`, entry(DAY_BEFORE_OPENING));
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'facts.before_case_opened', fields: { on: { code: 'validation.beforeCaseOpened' } } });
    expect(res.json().error.message).toBe('Datums 19.02.2026 ir agrāks par lietas atvēršanas dienu 20.02.2026');
  });

  it('a worker on the team is told the date is before the opening, not that the case is forbidden (the team starts that day)', async () => {
    for (const path of ['work-log', 'contacts', 'plan-reviews'] as const) {
      const body = { 'work-log': entry, contacts: contact, 'plan-reviews': review }[path](DAY_BEFORE_OPENING);
      const res = await sw1.post(`/api/cases/${caseId}/${path}`, body);
      expect(res.statusCode, path).toBe(422);
      expect(res.json().error.code).toBe('facts.before_case_opened');
    }
  });

  it('a home visit, a support offer and a re-assessment dated tomorrow are refused', async () => {
    const visit = { visitedOn: TOMORROW, workerIds: [world.users.sw1.id], place: 'Mājās', outcome: 'met', hours: 0 };
    expect((await sw1.post(`/api/cases/${caseId}/visits`, visit)).json().error.fields).toHaveProperty('visitedOn');
    const offer = { offered: 'psychologist', offeredOn: TOMORROW, answer: 'later', toldNotACondition: true };
    expect((await sw1.post(`/api/cases/${caseId}/support-offers`, offer)).json().error.fields).toHaveProperty('offeredOn');
    const assessment = { assessedOn: TOMORROW, summary: 'Novērtēts', domainNeeds: Object.fromEntries(LIFE_DOMAINS.map((d) => [d, 'some'])) };
    expect((await sw1.post(`/api/cases/${caseId}/functioning-assessments`, assessment)).json().error.fields).toHaveProperty('assessedOn');
  });

  it('an ending is not dated after today, and its notice is not given after the end', async () => {
    const future = await sw1.post(`/api/cases/${caseId}/ending`, { reason: 'person_wish', endsOn: TOMORROW, noticeGivenOn: TODAY, destination: 'street' });
    expect(future.statusCode).toBe(422);
    expect(future.json().error.fields).toHaveProperty('endsOn');
    const noticeAfter = await sw1.post(`/api/cases/${caseId}/ending`, { reason: 'person_wish', endsOn: '2026-11-20', noticeGivenOn: '2026-11-21', destination: 'street' });
    expect(noticeAfter.statusCode).toBe(400);
    expect(noticeAfter.json().error.fields.noticeGivenOn.code).toBe('housing.errors.noticeAfterEnd');
  });

  it('the weekly visit slot, planned ahead, may start after today but not before the case opened', async () => {
    const ahead = await sw1.put(`/api/cases/${caseId}/visit-slot`, { weekday: 2, atTime: '10:00', fromDate: '2026-12-01' });
    expect(ahead.statusCode, ahead.body).toBe(200);
    const manager = await signIn(world.app, 'manager@test.lv', 'en');
    const res = await manager.put(`/api/cases/${caseId}/visit-slot`, { weekday: 2, atTime: '10:00', fromDate: DAY_BEFORE_OPENING });
    expect(res.json().error.fields.fromDate.code).toBe('validation.beforeCaseOpened');
  });

  it('a closed case takes no new facts, even dated before it closed: 409 naming the closing day', async () => {
    for (const [path, body] of [['contacts', contact('2026-03-02')], ['work-log', entry('2026-03-02')], ['incidents', incident('2026-03-02')]] as const) {
      const res = await sw1.post(`/api/cases/${closedCaseId}/${path}`, body);
      expect(res.statusCode, path).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'cases.closed', message: 'The case was closed on 30.06.2026 — a closed case takes no new service facts' });
    }
  });
});

describe('issue 11 §2 — facts outside a case have happened', () => {
  it('a first contact, an application dated tomorrow are refused naming the field', async () => {
    const riga = await signIn(world.app, 'riga@test.lv', 'en');
    const first = await riga.post('/api/first-contacts', { personId: world.persons.peteris.id, municipalityAtvk: '0001000', contactedOn: TOMORROW, source: 'outreach' });
    expect(first.statusCode).toBe(422);
    expect(first.json().error.fields.contactedOn.code).toBe('validation.dateInFuture');
    const application = await riga.post('/api/applications', { personId: world.persons.peteris.id, municipalityAtvk: '0001000', submittedOn: TOMORROW, answers: { householdSize: 1 } });
    expect(application.statusCode).toBe(422);
    expect(application.json().error.message).toMatch(/^The submission date 25\.11\.2026 is in the future/);
  });

  it('no birth date in the future: typed, or carried by an old-format personal code with its century digit', async () => {
    const riga = await signIn(world.app, 'riga@test.lv', 'en');
    const typed = await riga.post('/api/persons', { person: { givenNames: 'Nākotne', surnames: 'Rītdiena', birthDate: TOMORROW } });
    expect(typed.statusCode).toBe(400);
    expect(typed.json().error.fields['person.birthDate'].code).toBe('validation.birthDateFuture');
    // 251126-20003: born 25.11.2026 (century digit 2), a valid check digit
    const coded = await riga.post('/api/persons', { person: { givenNames: 'Nākotne', surnames: 'Kodā', personalCode: '251126-20003' } });
    expect(coded.statusCode).toBe(400);
    expect(coded.json().error.fields['person.personalCode'].code).toBe('validation.personalCode.futureDate');
    // born today is possible
    expect((await riga.post('/api/persons', { person: { givenNames: 'Jaundzimušais', surnames: 'Šodiena', personalCode: '241126-20009' } })).statusCode).toBe(201);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { createTestWorld, signIn } from '../../../test/test-world';
import { applications, waitingListEntries } from '../../../db/schema';

let world: Awaited<ReturnType<typeof createTestWorld>>;
let riga: Awaited<ReturnType<typeof signIn>>;
let manager: Awaited<ReturnType<typeof signIn>>;
let contactId: string;
let applicationId: string;

const RIGA = '0001000';
const allMet = (keys: string[]) => keys.map((key) => ({ key, finding: 'met', note: null }));
const RIGA_KEYS = ['riga-1', 'riga-2', 'riga-3', 'riga-4', 'riga-5', 'riga-6'];

beforeAll(async () => {
  world = await createTestWorld();
  riga = await signIn(world.app, 'riga@test.lv');
  manager = await signIn(world.app, 'manager@test.lv');
});
afterAll(() => world.close());

describe('HF-3.1.1–3.1.3 contact and application', () => {
  it('records a first contact from outreach', async () => {
    const res = await riga.post('/api/first-contacts', { personId: world.persons.peteris.id, municipalityAtvk: RIGA, contactedOn: '2026-10-01', source: 'outreach', note: 'Satikts pie Centrālās stacijas' });
    expect(res.statusCode).toBe(201);
    contactId = res.json().firstContact.id;
  });

  it('refuses a contact for another municipality', async () => {
    const res = await riga.post('/api/first-contacts', { personId: world.persons.peteris.id, municipalityAtvk: '0005000', contactedOn: '2026-10-01', source: 'outreach' });
    expect(res.statusCode).toBe(403);
  });

  it('checks the questionnaire against the form, with translated field errors', async () => {
    const res = await riga.post('/api/applications', { personId: world.persons.peteris.id, municipalityAtvk: RIGA, submittedOn: '2026-10-05', answers: { hasPets: 'jā', colour: 'zils' } });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields;
    expect(fields['answers.householdSize'].message).toBe('Obligāts lauks');
    expect(fields['answers.hasPets'].code).toBe('validation.invalidType');
    expect(fields['answers.colour'].code).toBe('validation.unknownField');
  });

  it('accepts the application with the questionnaire', async () => {
    const res = await riga.post('/api/applications', {
      personId: world.persons.peteris.id, municipalityAtvk: RIGA, submittedOn: '2026-10-05', firstContactId: contactId,
      answers: { householdSize: 1, preferredArea: 'Purvciems', maxFloorWithoutLift: 2, needsAccessible: false, hasPets: false, otherNeeds: null },
    });
    expect(res.statusCode, res.body).toBe(201);
    applicationId = res.json().application.id;
    expect((await riga.post('/api/applications', { personId: world.persons.peteris.id, municipalityAtvk: RIGA, submittedOn: '2026-10-06', answers: { householdSize: 1 } })).statusCode).toBe(409);
  });
});

describe('HF-3.1.4 decision deadline on the municipal worklist (as of a day)', () => {
  it('shows 0 days left on day 30 and overdue on day 31, overdue first', async () => {
    const day30 = (await riga.get('/api/worklists/municipal?asOf=2026-11-04')).json();
    expect(day30.applications[0]).toMatchObject({ id: applicationId, dueOn: '2026-11-04', daysLeft: 0, overdue: false });
    const day31 = (await riga.get('/api/worklists/municipal?asOf=2026-11-05')).json();
    expect(day31.applications[0]).toMatchObject({ id: applicationId, daysLeft: -1, overdue: true });
    // before it was submitted, it was not pending
    expect((await riga.get('/api/worklists/municipal?asOf=2026-10-04')).json().applications).toEqual([]);
    expect((await riga.get('/api/worklists/municipal?asOf=2026-10-04')).json().firstContacts.map((c: { id: string }) => c.id)).toEqual([contactId]);
  });

  it('is not for providers or funders', async () => {
    expect((await manager.get('/api/worklists/municipal')).statusCode).toBe(403);
  });
});

describe('HF-1.4, HF-3.1.2 eligibility and HF-3.1.4 the decision', () => {
  it('refuses to grant before an assessment found the person eligible', async () => {
    const res = await riga.post(`/api/applications/${applicationId}/decision`, { version: 1, decidedOn: '2026-10-20', decision: 'granted', reason: 'Atbilst' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('applications.not_assessed_eligible');
  });

  it('needs every criterion of the municipality’s version, and the alternatives when not eligible', async () => {
    const res = await riga.post(`/api/applications/${applicationId}/eligibility-assessments`, {
      assessedOn: '2026-10-10', findings: allMet(['riga-1']), priorityFactors: [], outcome: 'not_eligible', reason: 'Nav motivācijas', alternativesOffered: [],
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(expect.arrayContaining(['findings.riga-2', 'findings.riga-6', 'alternativesOffered']));
  });

  it('records the assessment with the criteria version and priority factors', async () => {
    const res = await riga.post(`/api/applications/${applicationId}/eligibility-assessments`, {
      assessedOn: '2026-10-10', findings: [...allMet(RIGA_KEYS.slice(0, 5)), { key: 'riga-6', finding: 'unknown', note: 'Nav pensijas vecumā' }],
      priorityFactors: ['long_term_no_fixed_residence', 'addiction'], outcome: 'eligible', reason: 'Atbilst mērķa grupai',
    });
    expect(res.statusCode).toBe(201);
    const detail = (await riga.get(`/api/applications/${applicationId}`)).json();
    expect(detail.assessments[0]).toMatchObject({ criteriaVersion: 1, outcome: 'eligible' });
    expect(detail.assessments[0].criteria[0].textLv).toBe('Nav patstāvīgas dzīvesvietas');
  });

  it('grants late (day 31) and says so; the person joins the waiting list', async () => {
    const res = await riga.post(`/api/applications/${applicationId}/decision`, { version: 1, decidedOn: '2026-11-05', decision: 'granted', reason: 'Atbilst kritērijiem' });
    expect(res.statusCode).toBe(200);
    expect(res.json().decidedLate).toBe(true);
    const [{ n } = { n: 0 }] = await world.db.select({ n: count() }).from(waitingListEntries).where(eq(waitingListEntries.applicationId, applicationId));
    expect(n).toBe(1);
    // a second decision on the same version is a conflict, never a silent overwrite
    expect((await riga.post(`/api/applications/${applicationId}/decision`, { version: 1, decidedOn: '2026-11-05', decision: 'refused', reason: 'x' })).statusCode).toBe(409);
  });
});

describe('HF-3.1.4 the waiting list, explained', () => {
  it('shows the position with its explanation to the municipality and to the serving provider', async () => {
    for (const client of [riga, manager, await signIn(world.app, 'sw2@test.lv')]) {
      const res = await client.get(`/api/waiting-list?asOf=2026-11-05&municipalityAtvk=${RIGA}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().lists[0].entries[0]).toMatchObject({
        personName: 'Pēteris Kalniņš', position: 1, decidedOn: '2026-11-05',
        priorityFactors: ['long_term_no_fixed_residence', 'addiction'], explanation: { ruleVersion: 'hf-waiting-list-1' },
      });
    }
    // the day before the decision the list was empty
    expect((await riga.get(`/api/waiting-list?asOf=2026-11-04`)).json().lists[0].entries).toEqual([]);
  });

  it('is not shown to other municipalities, other providers, mentors or funders', async () => {
    for (const email of ['liepaja@test.lv', 'other@test.lv', 'funder@test.lv']) {
      expect((await (await signIn(world.app, email)).get(`/api/waiting-list?municipalityAtvk=${RIGA}`)).statusCode).toBe(403);
    }
    const mentor = await signIn(world.app, 'mentor@test.lv');
    expect((await mentor.get(`/api/persons/${world.persons.peteris.id}`)).statusCode).toBe(404);
  });

  it('lets the provider see the person while they wait, in English too', async () => {
    const res = await (await signIn(world.app, 'manager@test.lv', 'en')).get(`/api/applications/${applicationId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().waitingList.position).toMatchObject({ position: 1, of: 1 });
    expect(res.json().abilities).toMatchObject({ offer: true, openCase: true, decide: false });
  });

  it('a missing reason for removal is a translated field error and nothing changes', async () => {
    const detail = (await riga.get(`/api/applications/${applicationId}`)).json();
    const res = await (await signIn(world.app, 'riga@test.lv', 'en')).post(`/api/waiting-list/${detail.waitingList.id}/removal`, { removedOn: '2026-11-06', reason: '' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.reason.message).toBe('Required field');
    const [{ status } = { status: '' }] = await world.db.select({ status: applications.status }).from(applications).where(eq(applications.id, applicationId));
    expect(status).toBe('granted');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, signIn } from '../../test/test-world';

let world: Awaited<ReturnType<typeof createTestWorld>>;
beforeAll(async () => { world = await createTestWorld(); });
afterAll(() => world.close());

describe('programmes are data', () => {
  it('lets an administrator change a setting from a date on; the past keeps its settings', async () => {
    const admin = await signIn(world.app, 'admin@test.lv');
    const current = (await admin.get('/api/programmes/housing_first/settings')).json();
    expect(current.inForce.settings.caseloadSocialWorker).toBe(10);
    expect((await admin.post('/api/programmes/housing_first/settings', { effectiveFrom: '2026-01-01', settings: { ...current.inForce.settings, caseloadSocialWorker: 12 } })).statusCode).toBe(400);
    expect((await admin.post('/api/programmes/housing_first/settings', { effectiveFrom: '2027-01-01', settings: { ...current.inForce.settings, caseloadSocialWorker: 12 } })).statusCode).toBe(201);
    const again = await admin.post('/api/programmes/housing_first/settings', { effectiveFrom: '2027-01-01', settings: { ...current.inForce.settings, caseloadSocialWorker: 11 } });
    expect(again.statusCode).toBe(409); // issue 11 §1: settings from the same day once, the field named
    expect(again.json().error).toMatchObject({ code: 'programmes.settings_exist', fields: { effectiveFrom: { code: 'housing.errors.settingsExist' } } });
    expect((await admin.get('/api/programmes/housing_first/settings?date=2026-12-31')).json().inForce.settings.caseloadSocialWorker).toBe(10);
    expect((await admin.get('/api/programmes/housing_first/settings?date=2027-01-01')).json().inForce.settings.caseloadSocialWorker).toBe(12);
    const manager = await signIn(world.app, 'manager@test.lv');
    expect((await manager.post('/api/programmes/housing_first/settings', { effectiveFrom: '2027-02-01', settings: current.inForce.settings })).statusCode).toBe(403);
  });

  it('lets a municipality add a criteria version from a date; assessments apply the version in force (HF-1.4)', async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    const res = await riga.post('/api/programmes/housing_first/criteria', {
      basedOnVersion: 1, municipalityAtvk: '0001000', validFrom: '2026-12-01',
      criteria: [{ key: 'riga2-1', textLv: 'Nav patstāvīgas dzīvesvietas', textEn: 'Has no permanent place of residence' }],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().criteriaSet.version).toBe(2);
    expect((await riga.get('/api/programmes/housing_first/criteria?municipalityAtvk=0001000&date=2026-11-30')).json().criteriaSet.version).toBe(1);
    expect((await riga.get('/api/programmes/housing_first/criteria?municipalityAtvk=0001000&date=2026-12-01')).json().criteriaSet.version).toBe(2);
    expect((await riga.post('/api/programmes/housing_first/criteria', { basedOnVersion: 1, municipalityAtvk: '0005000', validFrom: '2026-12-01', criteria: [{ key: 'x', textLv: 'x', textEn: 'x' }] })).statusCode).toBe(403);
    // issue 11 §1: a version saved from version 1 after version 2 exists is a 409 with the current version, not version 3
    const stale = await riga.post('/api/programmes/housing_first/criteria', { basedOnVersion: 1, municipalityAtvk: '0001000', validFrom: '2027-01-01', criteria: [{ key: 'x', textLv: 'x', textEn: 'x' }] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'programmes.version_conflict', details: { current: { version: 2 } } });
  });

  it('lets a municipality adjust its questionnaire; applications follow its form (HF-3.1.3)', async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    const res = await riga.post('/api/programmes/housing_first/questionnaire', {
      basedOnVersion: 1, municipalityAtvk: '0001000',
      fields: [{ key: 'householdSize', type: 'number', labelLv: 'Cik cilvēku', labelEn: 'How many people', required: true }, { key: 'nearSchool', type: 'boolean', labelLv: 'Tuvu skolai', labelEn: 'Near a school', required: true }],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().form.version).toBe(2);
    // issue 11 §1: another edit started from the programme's version 1 is a 409 with the form now in use
    const stale = await riga.post('/api/programmes/housing_first/questionnaire', { basedOnVersion: 1, municipalityAtvk: '0001000', fields: [{ key: 'householdSize', type: 'number', labelLv: 'x', labelEn: 'x', required: true }] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'programmes.version_conflict', details: { current: { version: 2 } } });
    const refused = await riga.post('/api/applications', { personId: world.persons.peteris.id, municipalityAtvk: '0001000', submittedOn: '2026-11-20', answers: { householdSize: 2 } });
    expect(refused.json().error.fields['answers.nearSchool'].code).toBe('validation.required');
    expect((await riga.post('/api/applications', { personId: world.persons.peteris.id, municipalityAtvk: '0001000', submittedOn: '2026-11-20', answers: { householdSize: 2, nearSchool: true } })).statusCode).toBe(201);
  });
});

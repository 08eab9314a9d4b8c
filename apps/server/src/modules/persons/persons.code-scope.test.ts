import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, signIn } from '../../test/test-world';

/**
 * Issue 11 §4 (GDPR Art. 5(1)(f)): registering a personal code that is already held must not tell a
 * worker outside the person's scope that the code exists elsewhere, or whose it is; it points to asking
 * the person's provider or municipality for access or a referral. A worker who may see the person is
 * shown the person, as before.
 */
let world: Awaited<ReturnType<typeof createTestWorld>>;
beforeAll(async () => { world = await createTestWorld(); });
afterAll(() => world.close());

const ANNAS_CODE = '140761-19428';

describe('a personal code already registered, answered by scope (issue 11 §4)', () => {
  it('shows the person to a worker who may see them', async () => {
    const riga = await signIn(world.app, 'riga@test.lv', 'en');
    const res = await riga.post('/api/persons', { person: { givenNames: 'Anna', surnames: 'Bērziņa', personalCode: ANNAS_CODE } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'persons.personal_code_taken', fields: { 'person.personalCode': { code: 'errors.persons.personalCodeTaken' } },
      details: { candidates: [{ id: world.persons.anna.id, reason: 'same_code' }] },
    });
  });

  it('refuses a worker outside the scope neutrally: no candidates, no name, the way to ask for access or a referral', async () => {
    const other = await signIn(world.app, 'other@test.lv', 'en');
    const res = await other.post('/api/persons', { confirmNotDuplicate: true, person: { givenNames: 'Anna', surnames: 'Bērziņa', personalCode: ANNAS_CODE } });
    expect(res.statusCode).toBe(409);
    const error = res.json().error;
    expect(error).toEqual({
      code: 'persons.personal_code_unavailable',
      message: expect.stringContaining('Ask the service provider or the municipal social service that serves the person for access to their record or a referral'),
      fields: { 'person.personalCode': { code: 'errors.persons.personalCodeUnavailable', message: error.message } },
    });
    expect(res.body).not.toContain(world.persons.anna.id);
    expect(res.body).not.toContain('Bērziņa');
  });

  it('answers setting that code on an edit the same way (out of scope: neutral)', async () => {
    const other = await signIn(world.app, 'other@test.lv', 'lv');
    const person = world.persons.other;
    const res = await other.put(`/api/persons/${person.id}`, { version: 1, person: { givenNames: person.givenNames, surnames: person.surnames, personalCode: ANNAS_CODE } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('persons.personal_code_unavailable');
    expect(res.json().error.message).toBe('Šo personas kodu šeit reģistrēt nevar. Lūdziet pakalpojuma sniedzējam vai pašvaldības sociālajam dienestam, kas strādā ar personu, piekļuvi tās datiem vai nosūtījumu');
    expect(res.json().error.details).toBeUndefined();
  });
});

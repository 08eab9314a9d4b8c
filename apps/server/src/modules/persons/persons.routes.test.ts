import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { createTestWorld, signIn } from '../../test/test-world';
import { persons } from '../../db/schema';
import { verifyAuditLog } from '../audit/audit-verify';
import { sealEverything, testAnchor } from '../audit/audit.test-support';

let world: Awaited<ReturnType<typeof createTestWorld>>;
let riga: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  world = await createTestWorld();
  riga = await signIn(world.app, 'riga@test.lv');
});
afterAll(() => world.close());

const create = (person: Record<string, unknown>, confirmNotDuplicate = false) => riga.post('/api/persons', { person, confirmNotDuplicate });

describe('registering a person', () => {
  it('creates a person without documents (no personal code)', async () => {
    const res = await create({ givenNames: 'Jānis', surnames: 'Bērziņš', whereaboutsKind: 'no_fixed_residence' });
    expect(res.statusCode).toBe(201);
    expect(res.json().person).toMatchObject({ givenNames: 'Jānis', surnames: 'Bērziņš', personalCode: null, version: 1, whereaboutsKind: 'no_fixed_residence' });
  });

  it('derives the birth date from an old-format code', async () => {
    const res = await create({ givenNames: 'Kārlis', surnames: 'Ozols', personalCode: '280638-19406' });
    expect(res.statusCode).toBe(201);
    expect(res.json().person).toMatchObject({ personalCode: '28063819406', birthDate: '1938-06-28', codes: [{ format: 'old' }] });
  });

  it('refuses an invalid old-format code with a translated error naming the field', async () => {
    const res = await create({ givenNames: 'Kārlis', surnames: 'Ozols', personalCode: '280638-19407' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields['person.personalCode']).toEqual({ code: 'validation.personalCode.checkDigit', message: 'Personas koda kontrolcipars nav pareizs' });
    const en = await world.app.inject({ method: 'POST', url: '/api/persons', headers: { cookie: riga.cookie, 'x-csrf-token': riga.csrf, 'accept-language': 'en' }, payload: { person: { givenNames: 'K', surnames: 'O', personalCode: '310299-10000' } } });
    expect(en.json().error.fields['person.personalCode'].message).toBe('The first six digits of the personal code are not a valid birth date');
  });

  it('only warns when a new-format code fails the old check digit', async () => {
    const res = await create({ givenNames: 'Līga', surnames: 'Krūmiņa', personalCode: '32073120116' });
    expect(res.statusCode).toBe(201);
    expect(res.json().warnings).toEqual(['warnings.personalCodeCheckDigit']);
  });

  it('refuses a personal code that is already registered', async () => {
    const res = await create({ givenNames: 'Anna', surnames: 'Bērziņa', personalCode: '140761-19428' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('persons.personal_code_taken');
    expect(res.json().error.details.candidates[0]).toMatchObject({ id: world.persons.anna.id, reason: 'same_code' });
  });

  it('warns of a likely duplicate (similar name, same birth date) until the worker confirms', async () => {
    const person = { givenNames: 'Anna', surnames: 'Berzina', birthDate: '1961-07-14' };
    const warned = await create(person);
    expect(warned.statusCode).toBe(409);
    expect(warned.json().error).toMatchObject({ code: 'persons.possible_duplicate', details: { candidates: [{ id: world.persons.anna.id, reason: 'similar_name_same_birth_date' }] } });
    const dupes = await riga.get('/api/persons/duplicates?givenNames=Anna&surnames=Berzina&birthDate=1961-07-14');
    expect(dupes.json().candidates).toHaveLength(1);
    const confirmed = await create(person, true);
    expect(confirmed.statusCode).toBe(201);
  });

  it('answers unknown fields, wrong types and malformed JSON with 400, never 500', async () => {
    expect((await create({ givenNames: 'A', surnames: 'B', isAdmin: true })).statusCode).toBe(400);
    expect((await create({ givenNames: 42, surnames: ['B'] })).statusCode).toBe(400);
    const malformed = await world.app.inject({ method: 'POST', url: '/api/persons', headers: { cookie: riga.cookie, 'x-csrf-token': riga.csrf, 'content-type': 'application/json' }, payload: '{"person": ' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('bad_request');
    expect((await riga.get('/api/persons/not-a-uuid')).statusCode).toBe(400);
  });
});

describe('searching', () => {
  it('finds Bērziņš by berzins and by Berzinš, ranked, paginated', async () => {
    for (const q of ['berzins', 'Berzinš', 'BĒRZIŅŠ', 'berzinsh']) {
      const res = await riga.get(`/api/persons?q=${encodeURIComponent(q)}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().items.map((p: { surnames: string }) => p.surnames), q).toContain('Bērziņš');
    }
    const page = await riga.get('/api/persons?q=berzin&pageSize=1');
    expect(page.json()).toMatchObject({ page: 1, pageSize: 1, hasMore: true });
  });

  it('finds by personal code (with or without the hyphen) and by birth date dd.mm.yyyy', async () => {
    expect((await riga.get('/api/persons?q=140761-19428')).json().items[0].id).toBe(world.persons.anna.id);
    expect((await riga.get('/api/persons?q=14076119428')).json().items[0].id).toBe(world.persons.anna.id);
    expect((await riga.get('/api/persons?q=28.06.1938')).json().items.map((p: { givenNames: string }) => p.givenNames)).toContain('Pēteris');
  });
});

describe('editing', () => {
  it('keeps history and answers a concurrent save with 409 and the current data', async () => {
    const other = await signIn(world.app, 'riga@test.lv');
    const id = world.persons.peteris.id;
    const base = { givenNames: 'Pēteris', surnames: 'Kalniņš', birthDate: '1938-06-28' };
    const first = await riga.put(`/api/persons/${id}`, { version: 1, person: { ...base, phone: '+371 20000001' } });
    expect(first.statusCode).toBe(200);
    expect(first.json().person.version).toBe(2);
    const second = await other.put(`/api/persons/${id}`, { version: 1, person: { ...base, phone: '+371 29999999' } });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: 'persons.version_conflict', details: { current: { version: 2, phone: '+371 20000001' } } });

    const history = (await riga.get(`/api/persons/${id}/history`)).json().items;
    expect(history[0]).toMatchObject({ action: 'update', actor: { displayName: 'riga' }, changes: { phone: { from: null, to: '+371 20000001' } } });
  });

  it('replaces an old-format code with a new one once, and finds the person by either', async () => {
    const id = world.persons.anna.id;
    const current = (await riga.get(`/api/persons/${id}`)).json().person;
    const changed = await riga.post(`/api/persons/${id}/personal-code`, { version: current.version, newCode: '32073120115', reason: 'PMLP izsniedza jaunu kodu' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().person.codes.map((c: { code: string; replacedAt: string | null }) => [c.code, !!c.replacedAt])).toEqual([['14076119428', true], ['32073120115', false]]);
    // issue 11 §2: the reason the API accepts is stored with the new code and in the history, not dropped
    expect(changed.json().person.codes.map((c: { changeReason: string | null }) => c.changeReason)).toEqual([null, 'PMLP izsniedza jaunu kodu']);
    expect((await riga.get(`/api/persons/${id}/history`)).json().items[0]).toMatchObject({ action: 'code_change', changes: { reason: 'PMLP izsniedza jaunu kodu' } });
    expect((await riga.get('/api/persons?q=140761-19428')).json().items[0].id).toBe(id);
    expect((await riga.get('/api/persons?q=32073120115')).json().items[0].id).toBe(id);
    const again = await riga.post(`/api/persons/${id}/personal-code`, { version: current.version + 1, newCode: '32699402624' });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields.newCode.code).toBe('errors.persons.codeChangeNotAllowed');
  });
});

describe('relations and households', () => {
  it('relates two persons and shows the relation from both sides', async () => {
    const { anna, peteris } = world.persons;
    const res = await riga.post(`/api/persons/${anna.id}/relations`, { relatedPersonId: peteris.id, kind: 'parent', note: null });
    expect(res.statusCode).toBe(201);
    expect((await riga.get(`/api/persons/${anna.id}`)).json().person.relations[0]).toMatchObject({ kind: 'parent', person: { id: peteris.id } });
    expect((await riga.get(`/api/persons/${peteris.id}`)).json().person.relations[0]).toMatchObject({ kind: 'child', person: { id: anna.id } });
    expect((await riga.post(`/api/persons/${anna.id}/relations`, { relatedPersonId: anna.id, kind: 'other' })).statusCode).toBe(400);
  });

  it('joins and leaves a household', async () => {
    const { anna, peteris } = world.persons;
    expect((await riga.put(`/api/persons/${anna.id}/household`, { withPersonId: peteris.id })).statusCode).toBe(204);
    const household = (await riga.get(`/api/persons/${anna.id}`)).json().person.household;
    expect(household.members.map((m: { id: string }) => m.id)).toEqual([peteris.id]);
    expect((await riga.delete(`/api/persons/${anna.id}/household`)).statusCode).toBe(204);
    expect((await riga.get(`/api/persons/${anna.id}`)).json().person.household).toBeNull();
  });
});

describe('merging duplicates', () => {
  it('merges reversibly: links move to the survivor and come back on unmerge', async () => {
    const survivor = (await create({ givenNames: 'Edgars', surnames: 'Liepiņš', birthDate: '1980-03-05' })).json().person;
    const duplicate = (await create({ givenNames: 'Edgars', surnames: 'Liepins', birthDate: '1980-03-05', personalCode: '050380-10005' }, true)).json().person;
    const child = (await create({ givenNames: 'Roberts', surnames: 'Liepiņš', birthDate: '2012-01-01' })).json().person;
    await riga.post(`/api/persons/${child.id}/relations`, { relatedPersonId: duplicate.id, kind: 'parent' });

    const sw1 = await signIn(world.app, 'sw1@test.lv');
    expect((await sw1.post(`/api/persons/${survivor.id}/merge`, { duplicateId: duplicate.id })).statusCode).toBe(403);

    const merged = await riga.post(`/api/persons/${survivor.id}/merge`, { duplicateId: duplicate.id });
    expect(merged.statusCode).toBe(200);
    const after = (await riga.get(`/api/persons/${survivor.id}`)).json().person;
    expect(after.personalCode).toBe('05038010005');
    expect(after.relations).toMatchObject([{ kind: 'child', person: { id: child.id } }]);
    expect((await riga.get(`/api/persons/${duplicate.id}`)).json().person.mergedInto).toEqual({ id: survivor.id });
    expect((await riga.get('/api/persons?q=050380-10005')).json().items.map((p: { id: string }) => p.id)).toEqual([survivor.id]);

    const undone = await riga.post(`/api/merges/${merged.json().merge.id}/unmerge`);
    expect(undone.statusCode).toBe(204);
    const survivorAgain = (await riga.get(`/api/persons/${survivor.id}`)).json().person;
    const duplicateAgain = (await riga.get(`/api/persons/${duplicate.id}`)).json().person;
    expect(survivorAgain).toMatchObject({ personalCode: null, relations: [] });
    expect(duplicateAgain).toMatchObject({ personalCode: '05038010005', mergedInto: null, relations: [{ kind: 'child', person: { id: child.id } }] });
    expect((await riga.get(`/api/persons/${survivor.id}/merges`)).json().items[0].unmergedAt).not.toBeNull();
    expect((await riga.post(`/api/merges/${merged.json().merge.id}/unmerge`)).statusCode).toBe(404);
  });
});

describe('the audit log', () => {
  it('a manager reads a person’s audit trail; a social worker may not', async () => {
    const manager = await signIn(world.app, 'manager@test.lv');
    const res = await manager.get(`/api/audit?personId=${world.persons.anna.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['view', 'code_change']));
    const sw1 = await signIn(world.app, 'sw1@test.lv');
    expect((await sw1.get(`/api/audit?personId=${world.persons.anna.id}`)).statusCode).toBe(403);
    expect((await manager.get(`/api/audit?userId=${world.users.sw1.id}`)).statusCode).toBe(200);
    expect((await manager.get(`/api/audit?userId=${world.users.otherManager.id}`)).statusCode).toBe(403);
  });

  it('is append-only and its sealed chain verifies; a tampered entry is detected (HF-2.7)', async () => {
    const anchor = testAnchor();
    await sealEverything(world.db, anchor);
    const report = await verifyAuditLog(world.db, anchor);
    expect(report.problems).toEqual([]);
    expect(report.entries).toBeGreaterThan(20);
    await expect(world.database.runScript("UPDATE audit_log SET action = 'view' WHERE id = 1")).rejects.toThrow(/append-only/);
    await expect(world.database.runScript('DELETE FROM audit_log WHERE id = 1')).rejects.toThrow(/append-only/);
    // someone with the power to disable the trigger alters an entry: the chain shows it
    await world.database.runScript("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only; UPDATE audit_log SET changes = '{\"x\":1}' WHERE id = (SELECT min(id) FROM audit_log WHERE action = 'update'); ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;");
    const tampered = await verifyAuditLog(world.db, anchor);
    expect(tampered.problems.map((p) => p.kind)).toContain('head');
  });

  it('nothing was written by refused requests', async () => {
    const [{ n } = { n: -1 }] = await world.db.select({ n: count() }).from(persons).where(eq(persons.surnames, 'Ozols'));
    expect(n).toBe(1);
  });
});

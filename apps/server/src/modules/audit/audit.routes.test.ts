import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { createTestWorld, signIn } from '../../test/test-world';
import { auditLog } from '../../db/schema';

let world: Awaited<ReturnType<typeof createTestWorld>>;
let riga: Awaited<ReturnType<typeof signIn>>;
let sw1: Awaited<ReturnType<typeof signIn>>;
let manager: Awaited<ReturnType<typeof signIn>>;
let admin: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  world = await createTestWorld();
  riga = await signIn(world.app, 'riga@test.lv');
  sw1 = await signIn(world.app, 'sw1@test.lv');
  manager = await signIn(world.app, 'manager@test.lv');
  admin = await signIn(world.app, 'admin@test.lv');
});
afterAll(() => world.close());

const newest = async (conditions: Parameters<typeof and>) =>
  (await world.db.select().from(auditLog).where(and(...conditions)).orderBy(desc(auditLog.id)).limit(1))[0];

describe('what is audited besides views and changes (HF-2.7, issue 11 §4)', () => {
  it('records a refused read of a person (404 out of scope, 403 by role) with the person and the client address', async () => {
    const other = world.persons.other.id; // the second provider's: not in sw1's scope
    expect((await sw1.get(`/api/persons/${other}`)).statusCode).toBe(404);
    expect(await newest([eq(auditLog.action, 'access_denied'), eq(auditLog.actorUserId, world.users.sw1.id)])).toMatchObject({
      entityType: 'person', entityId: other, personId: other, clientAddress: '127.0.0.1',
      changes: { method: 'GET', route: '/api/persons/:id', status: 404 },
    });
    expect((await sw1.get(`/api/persons/${other}/history`)).statusCode).toBe(404);
    expect(await newest([eq(auditLog.action, 'access_denied'), eq(auditLog.actorUserId, world.users.sw1.id)])).toMatchObject({
      personId: other, changes: { route: '/api/persons/:id/history', status: 404 },
    });
    const funder = await signIn(world.app, 'funder@test.lv');
    expect((await funder.get(`/api/persons/${world.persons.anna.id}`)).statusCode).toBe(403);
    expect(await newest([eq(auditLog.action, 'access_denied'), eq(auditLog.actorUserId, world.users.funder.id)])).toMatchObject({
      entityType: 'person', personId: world.persons.anna.id, changes: { status: 403 },
    });
  });

  it('records reads of the person history, the duplicates check, the merges and the audit log itself', async () => {
    const anna = world.persons.anna.id;
    expect((await riga.get(`/api/persons/${anna}/history`)).statusCode).toBe(200);
    expect(await newest([eq(auditLog.actorUserId, world.users.municipal.id), eq(auditLog.action, 'view')])).toMatchObject({ personId: anna, changes: { view: 'history' } });

    expect((await riga.get('/api/persons/duplicates?givenNames=Anna&surnames=B%C4%93rzi%C5%86a&birthDate=1961-07-14')).statusCode).toBe(200);
    const check = await newest([eq(auditLog.actorUserId, world.users.municipal.id), eq(auditLog.action, 'search')]);
    expect(check).toMatchObject({ entityType: 'person_search', changes: { kind: 'duplicates', criteria: ['givenNames', 'surnames', 'birthDate'], results: [anna] } });
    expect(JSON.stringify(check!.changes)).not.toContain('Anna'); // what was given, not its value

    expect((await riga.get(`/api/persons/${anna}/merges`)).statusCode).toBe(200);
    expect(await newest([eq(auditLog.actorUserId, world.users.municipal.id), eq(auditLog.entityType, 'person_merge')])).toMatchObject({ action: 'view', personId: anna });

    expect((await manager.get(`/api/audit?personId=${anna}`)).statusCode).toBe(200);
    expect(await newest([eq(auditLog.actorUserId, world.users.manager.id), eq(auditLog.entityType, 'audit_log')])).toMatchObject({
      action: 'view', personId: anna, clientAddress: '127.0.0.1', changes: { personId: anna, userId: null },
    });
  });

  it('records the sign-in with the address it came from', async () => {
    const entry = await newest([eq(auditLog.action, 'sign_in'), eq(auditLog.actorUserId, world.users.admin.id)]);
    expect(entry!.clientAddress).toMatch(/^127\.1\.\d+\.\d+$/);
  });
});

describe('an administrator reads who did what to which record, not the personal data (HF-4.4, GDPR Art. 5(1)(c))', () => {
  beforeAll(async () => {
    const anna = world.persons.anna.id;
    const res = await riga.put(`/api/persons/${anna}`, { version: 1, person: { givenNames: 'Anna', surnames: 'Slepenā', birthDate: '1961-07-14', personalCode: '14076119428', phone: '+371 20000777' } });
    expect(res.statusCode, res.body).toBe(200);
    expect((await sw1.get('/api/persons?q=Slepen%C4%81')).statusCode).toBe(200);
  });

  it('sees the change and its fields, never the values, names or search terms', async () => {
    const res = await admin.get('/api/audit');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Record<string, unknown>[];
    const update = items.find((i) => i.action === 'update' && i.personId === world.persons.anna.id);
    expect(update).toMatchObject({
      actor: { id: world.users.municipal.id }, entityType: 'person', changes: null, personReadable: false,
      withheldFields: expect.arrayContaining(['surnames', 'phone']),
    });
    const search = items.find((i) => i.action === 'search' && (i.actor as { id: string }).id === world.users.sw1.id);
    expect(search).toMatchObject({ changes: null, withheldFields: expect.arrayContaining(['query', 'results']) });
    for (const secret of ['Slepen', '20000777', 'Bērziņa', '14076119428', '140761']) expect(res.body).not.toContain(secret);
  });

  it('still sees user-account and settings entries in full (not personal data of clients)', async () => {
    const items = (await admin.get('/api/audit')).json().items as Record<string, unknown>[];
    const signInEntry = items.find((i) => i.action === 'sign_in');
    expect(signInEntry).toMatchObject({ entityType: 'session', personReadable: false, withheldFields: null });
  });

  it('a manager who may read the person sees the old and new values in that person’s trail', async () => {
    const res = await manager.get(`/api/audit?personId=${world.persons.anna.id}`);
    const update = (res.json().items as Record<string, unknown>[]).find((i) => i.action === 'update');
    expect(update).toMatchObject({ personReadable: true, withheldFields: null, changes: { surnames: { from: 'Bērziņa', to: 'Slepenā' } } });
  });

  it('a manager sees the values only for the persons they may read, in the organisation’s log', async () => {
    // sw1 (the provider's) tried to open a person of another provider: the entry names the person's id only
    const items = (await manager.get('/api/audit')).json().items as Record<string, unknown>[];
    const refused = items.find((i) => i.action === 'access_denied' && i.personId === world.persons.other.id);
    expect(refused).toMatchObject({ personReadable: false, changes: null, withheldFields: expect.arrayContaining(['method', 'route', 'status']) });
    const annasView = items.find((i) => i.personId === world.persons.anna.id && i.action === 'view');
    expect(annasView).toMatchObject({ personReadable: true });
  });
});

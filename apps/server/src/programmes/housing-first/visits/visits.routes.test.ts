import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, signIn } from '../../../test/test-world';
import { contacts, dwellings, moveIns } from '../../../db/schema';

let world: Awaited<ReturnType<typeof createTestWorld>>;
type Client = Awaited<ReturnType<typeof signIn>>;
let sw1: Client;
let caseId: string;

const visit = (visitedOn: string, outcome: string, hours: number, extra: Record<string, unknown> = {}) => ({
  // life domains belong to the visit's contact hours: a visit without hours has none (issue 11 §2)
  visitedOn, atTime: '10:00', workerIds: [world.users.sw1.id], place: 'Mājās', outcome, hours, lifeDomains: hours > 0 ? ['housing'] : [], ...extra,
});

beforeAll(async () => {
  world = await createTestWorld();
  sw1 = await signIn(world.app, 'sw1@test.lv');
  caseId = world.cases.annasCase.id;
  const [d] = await world.db.insert(dwellings).values({
    organisationId: world.orgs.housing.id, municipalityAtvk: '0001000', address: 'Purvciema iela 1-1, Rīga', addressFolded: 'purvciema iela 1 1 riga', source: 'municipal_fund',
    landlord: 'Rīga', rooms: 1, floor: 1, hasLift: false, accessible: false, petsAllowed: false, amenities: {}, rentCents: 10000, utilitiesCents: 5000, status: 'occupied', createdBy: world.users.manager.id,
  }).returning();
  await world.db.insert(moveIns).values({
    organisationId: world.orgs.provider.id, caseId, dwellingId: d!.id, movedInOn: '2026-03-01', accompaniedBy: 'sw1', crisisAgreement: '-', spareKeyUseAllowed: true,
    equipmentExplained: true, nothingEssentialMissing: true, handoverItems: [], lease: { landlord: 'Rīga', startsOn: '2026-03-01', rentEuros: 100, signedBy: 'person', coPaymentEuros: null }, recordedBy: world.users.sw1.id,
  });
});
afterAll(() => world.close());

describe('HF-2.2 contact hours', () => {
  it('refuses a 3.5-hour day without a written justification, in the user’s language, and accepts it with one', async () => {
    expect((await sw1.post(`/api/cases/${caseId}/visits`, visit('2026-03-02', 'met', 1.5))).statusCode).toBe(201);
    const phone = { contactOn: '2026-03-02', kind: 'accompanying', mode: 'in_person', hours: 2, lifeDomains: ['health'] };
    const refused = await sw1.post(`/api/cases/${caseId}/contacts`, phone);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toContain('3,5');
    expect(refused.json().error.fields.justification.message).toBe('Vairāk nekā 3 kontakta stundām dienā vajadzīgs sociālā darbinieka vai mentora rakstisks pamatojums');
    const inEnglish = await (await signIn(world.app, 'sw1@test.lv', 'en')).post(`/api/cases/${caseId}/contacts`, phone);
    expect(inEnglish.json().error.message).toContain('needs a written justification by a social worker or mentor');
    const justified = await sw1.post(`/api/cases/${caseId}/contacts`, { ...phone, justification: 'Pavadīšana uz slimnīcu; gaidīšana uzņemšanā' });
    expect(justified.statusCode).toBe(201);
    expect(justified.json().contact.justifiedBy).toBe(world.users.sw1.id);
  });

  it('allows exactly 3.00 hours in a day', async () => {
    expect((await sw1.post(`/api/cases/${caseId}/contacts`, { contactOn: '2026-03-03', kind: 'phone_call', mode: 'phone', hours: 3 })).statusCode).toBe(201);
    expect((await sw1.post(`/api/cases/${caseId}/contacts`, { contactOn: '2026-03-03', kind: 'phone_call', mode: 'phone', hours: 0.25 })).statusCode).toBe(422);
  });

  it('warns from 80 % and refuses beyond 300 hours in the engagement', async () => {
    // 291.5 h on record (6.5 so far): fill the engagement with earlier days directly
    const rows = Array.from({ length: 95 }, (_, i) => ({
      organisationId: world.orgs.provider.id, caseId, contactOn: `2026-0${4 + Math.floor(i / 28)}-${String((i % 28) + 1).padStart(2, '0')}`, kind: 'consultation', mode: 'in_person',
      hours: 3, workerId: world.users.sw1.id, lifeDomains: [], recordedBy: world.users.sw1.id,
    }));
    await world.db.insert(contacts).values(rows); // 6.5 + 285 = 291.5
    const near = await sw1.post(`/api/cases/${caseId}/contacts`, { contactOn: '2026-08-01', kind: 'consultation', mode: 'in_person', hours: 3 });
    expect(near.statusCode).toBe(201);
    expect(near.json()).toMatchObject({ hoursUsed: 294.5, hoursLeft: 5.5 });
    expect(near.json().warnings[0].key).toBe('housing.warnings.hoursNearCap');
    expect((await sw1.post(`/api/cases/${caseId}/contacts`, { contactOn: '2026-08-02', kind: 'consultation', mode: 'in_person', hours: 3 })).statusCode).toBe(201); // 297.5
    expect((await sw1.post(`/api/cases/${caseId}/contacts`, { contactOn: '2026-08-03', kind: 'consultation', mode: 'in_person', hours: 2 })).statusCode).toBe(201); // 299.5
    const over = await sw1.post(`/api/cases/${caseId}/contacts`, { contactOn: '2026-08-04', kind: 'consultation', mode: 'in_person', hours: 1 }); // 300.5
    expect(over.statusCode).toBe(422);
    expect(over.json().error.code).toBe('service.engagement_hours_exceeded');
    expect((await sw1.post(`/api/cases/${caseId}/contacts`, { contactOn: '2026-08-04', kind: 'consultation', mode: 'in_person', hours: 0.5 })).statusCode).toBe(201); // 300
  });
});

describe('HF-3.2.2 escalation on the worklist, replayed as of any day', () => {
  const levelOn = async (asOf: string) => {
    const res = await sw1.get(`/api/worklists/worker?asOf=${asOf}`);
    expect(res.statusCode).toBe(200);
    const item = res.json().items.find((i: { kind: string }) => i.kind === 'escalation' || i.kind === 'evaluate_termination');
    return item ? item.escalation.level : 'none';
  };

  const escalationOn = async (asOf: string) => {
    const res = await sw1.get(`/api/worklists/worker?asOf=${asOf}`);
    return res.json().items.find((i: { kind: string }) => i.kind === 'escalation' || i.kind === 'evaluate_termination')?.escalation;
  };

  it('shows each level on the right day, counted from the last meeting at home, and what it permits', async () => {
    // the contacts above reached the person until 4 August; met at home on 31 August
    expect((await sw1.post(`/api/cases/${caseId}/visits`, visit('2026-08-31', 'met', 0))).statusCode).toBe(201);
    expect((await sw1.post(`/api/cases/${caseId}/visits`, visit('2026-09-04', 'not_home_no_notice', 0))).statusCode).toBe(201);
    expect(await levelOn('2026-09-03')).toBe('none');
    expect(await levelOn('2026-09-04')).toBe('missed_visit');
    expect(await levelOn('2026-09-06')).toBe('missed_visit');
    // HF-3.2.2 a week since the last meeting at home (not since the miss): the whole team may come — entering needs a second missed week
    expect(await escalationOn('2026-09-07')).toMatchObject({ level: 'unreachable_week', lastMetAtHomeOn: '2026-08-31' });
    expect((await escalationOn('2026-09-07')).permitted).not.toContain('enter_to_check_safety');
    expect((await sw1.post(`/api/cases/${caseId}/visits`, visit('2026-09-11', 'not_home_no_notice', 0))).statusCode).toBe(201);
    expect((await escalationOn('2026-09-11')).permitted).toContain('enter_to_check_safety');
    expect(await levelOn('2026-09-14')).toBe('unreachable_week');
    expect(await levelOn('2026-09-15')).toBe('unreachable_inspection');
    // HF-3.3.3 31 August + one calendar month is 30 September
    expect(await levelOn('2026-09-29')).toBe('unreachable_inspection');
    expect(await escalationOn('2026-09-30')).toMatchObject({ level: 'evaluate_termination', monthPassesOn: '2026-09-30' });
  });

  it('refuses an extension before the month has passed and a second one; the one extension runs a calendar month; met at home, it ends (HF-3.3.3)', async () => {
    const early = await sw1.post(`/api/cases/${caseId}/escalation-extensions`, { recordedOn: '2026-09-29', reason: 'Ziņas, ka persona ir slimnīcā' });
    expect(early.statusCode).toBe(422);
    expect(early.json().error).toMatchObject({ code: 'service.extension_too_early', fields: { recordedOn: { code: 'housing.errors.extensionDateTooEarly' } } });
    expect(early.json().error.message).toContain('2026-09-30');
    expect((await sw1.post(`/api/cases/${caseId}/escalation-extensions`, { recordedOn: '2026-09-30', reason: 'Ziņas, ka persona ir slimnīcā' })).statusCode).toBe(201);
    const second = await sw1.post(`/api/cases/${caseId}/escalation-extensions`, { recordedOn: '2026-10-05', reason: 'Vēl viens' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('service.extension_already_recorded');
    const running = await escalationOn('2026-10-29');
    expect(running).toMatchObject({ level: 'evaluate_termination', extendedOn: '2026-09-30', extendedUntil: '2026-10-30' });
    expect(running.permitted).toContain('extension_running');
    expect((await escalationOn('2026-10-30')).permitted).toContain('evaluate_termination');
    // the engagement's 300 hours are used up above, so this visit records no hours
    expect((await sw1.post(`/api/cases/${caseId}/visits`, visit('2026-11-07', 'met', 0))).statusCode).toBe(201);
    expect(await levelOn('2026-11-07')).toBe('none');
    // the past is unchanged by what was recorded later
    expect(await levelOn('2026-09-15')).toBe('unreachable_inspection');
  });

  it('shows the organisation’s worklist to the manager only', async () => {
    const manager = await signIn(world.app, 'manager@test.lv');
    const items = (await manager.get('/api/worklists/organisation?asOf=2026-10-08')).json().items;
    expect(items[0]).toMatchObject({ kind: 'evaluate_termination', caseNumber: 'MV-2026-0001', personName: 'Anna Bērziņa', escalation: { level: 'evaluate_termination', extendedUntil: '2026-10-30' } });
    expect(items[0].escalation.permitted).toEqual(expect.arrayContaining(['inspect_dwelling', 'extension_running']));
    expect((await sw1.get('/api/worklists/organisation')).statusCode).toBe(403);
    expect((await (await signIn(world.app, 'funder@test.lv')).get('/api/worklists/worker')).json().items).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createMovedInCase, createTestWorld, signIn } from '../../../test/test-world';
import { auditLog, caseEndings, cases, persons } from '../../../db/schema';

let world: Awaited<ReturnType<typeof createTestWorld>>;
type Client = Awaited<ReturnType<typeof signIn>>;
let manager: Client, municipal: Client, liepaja: Client, funder: Client;
const URL = '/api/programmes/housing_first/indicators?from=2026-01-01&to=2026-12-31&asOf=2026-11-24';

/**
 * The world (today 24.11.2026, the period 2026, the pilot's capacity 100): the provider in Rīga serves Anna (opened
 * 10.01.2026, no move-in) and four moved-in clients — one housed since 01.05.2025; one who began on
 * 10.01.2025, moved in on 01.02.2025 and left for the street on 01.03.2026 (415 days); two who began on
 * 20.02.2026 and moved in on 01.03.2026, one leaving for a market flat on 01.06.2026 (101 days), one for
 * a shelter on 01.04.2026 (40 days) — and one whose service ended in 2025; the other provider serves one
 * client in Liepāja. An Individual Programme case is not counted.
 */
beforeAll(async () => {
  world = await createTestWorld();
  const { db, orgs, users } = world;
  const end = async (caseId: string, closedOn: string, destination: string) => {
    await db.update(cases).set({ status: 'closed', closedOn }).where(eq(cases.id, caseId));
    await db.insert(caseEndings).values({ organisationId: orgs.provider.id, caseId, reason: 'person_wish', endsOn: closedOn, destination, proposedBy: users.sw1.id, status: 'final' });
  };
  const housed = await createMovedInCase(world, 'Jānis', 'Ābols', { movedInOn: '2025-05-01' });
  await db.update(cases).set({ openedOn: '2025-04-01' }).where(eq(cases.id, housed.caseId));
  const street = await createMovedInCase(world, 'Kārlis', 'Bērzs', { movedInOn: '2025-02-01' });
  await db.update(cases).set({ openedOn: '2024-12-01', serviceBeganOn: '2025-01-10' }).where(eq(cases.id, street.caseId));
  await end(street.caseId, '2026-03-01', 'street');
  await end((await createMovedInCase(world, 'Laura', 'Cīrule')).caseId, '2026-06-01', 'market_flat');
  await end((await createMovedInCase(world, 'Māris', 'Dumpis')).caseId, '2026-04-01', 'shelter');
  const person = async (givenNames: string) => (await db.insert(persons).values({ givenNames, surnames: 'Egle', organisationId: orgs.riga.id, createdBy: users.municipal.id, searchName: givenNames.toLowerCase() }).returning())[0]!.id;
  await db.insert(cases).values([
    { organisationId: orgs.provider.id, personId: await person('Nora'), municipalityAtvk: '0001000', programme: 'housing_first', openedOn: '2024-01-01', closedOn: '2025-06-30', status: 'closed' },
    { organisationId: orgs.otherProvider.id, personId: await person('Olga'), municipalityAtvk: '0005000', programme: 'housing_first', openedOn: '2026-03-01' },
    { organisationId: orgs.provider.id, personId: await person('Pauls'), municipalityAtvk: '0001000', programme: 'individual_programme', openedOn: '2026-01-01' },
  ]);
  manager = await signIn(world.app, 'manager@test.lv');
  municipal = await signIn(world.app, 'riga@test.lv');
  liepaja = await signIn(world.app, 'liepaja@test.lv');
  funder = await signIn(world.app, 'funder@test.lv');
});
afterAll(() => world.close());

describe('HF-4.2 the indicators', () => {
  it('HF-4.2 A, B, C: the provider’s manager reads its own cases’ exact figures', async () => {
    const res = await manager.get(URL);
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ from: '2026-01-01', to: '2026-12-31', asOf: '2026-11-24', scope: 'provider', suppressed: false, capacity: 100 });
    // A: Anna and the four moved-in clients; the one who left in 2025 and the Individual Programme's case are not counted
    expect(report.programme.served).toEqual({ count: 5, of: 100, share: 0.05 });
    // B: 415, 101 and 40 days
    expect(report.programme.lengthOfStay).toEqual({ cases: 3, meanDays: 556 / 3, medianDays: 101 });
    // B i: all four reached 6 months; the one who went to a shelter before the mark is not housed. B ii: two reached 12 months, both housed on the mark
    expect(report.programme.housedAfter6Months).toEqual({ count: 3, of: 4, share: 0.75 });
    expect(report.programme.housedAfter12Months).toEqual({ count: 2, of: 2, share: 1 });
    // C
    expect(report.programme.exitDestinations).toEqual(expect.arrayContaining([
      { destination: 'street', count: 1, of: 3, share: 1 / 3 }, { destination: 'market_flat', count: 1, of: 3, share: 1 / 3 }, { destination: 'shelter', count: 1, of: 3, share: 1 / 3 },
    ]));
    expect(report.programme.exitDestinations).toHaveLength(3);
    expect(report.municipalities).toHaveLength(1);
    expect(report.municipalities[0]).toMatchObject({ id: '0001000', figures: { served: { count: 5, of: null, share: null } } });
    expect(report.providers).toEqual([expect.objectContaining({ id: world.orgs.provider.id, nameLv: 'Biedrība „Mājas ceļš”' })]);
    const [audit] = await world.db.select().from(auditLog).where(and(eq(auditLog.actorUserId, world.users.manager.id), eq(auditLog.action, 'view')));
    expect(audit).toMatchObject({ personId: null, entityId: null, changes: { report: 'hf_indicators', scope: 'provider', suppressed: false } });
  });

  it('HF-4.2 A: a municipal social service reads its municipality’s cases, exactly, with the period defaulting to this calendar year', async () => {
    expect((await municipal.get('/api/programmes/housing_first/indicators')).json()).toMatchObject({ from: '2026-01-01', to: '2026-12-31', asOf: '2026-11-24', scope: 'municipality', programme: { served: { count: 5 } } });
    const other = (await liepaja.get(URL)).json();
    expect(other).toMatchObject({ scope: 'municipality', suppressed: false, programme: { served: { count: 1, of: 100, share: 0.01 }, lengthOfStay: { cases: 0, meanDays: null, medianDays: null } } });
    expect(other.providers).toEqual([expect.objectContaining({ id: world.orgs.otherProvider.id })]);
  });

  it('HF-4.2 A, B, C for a funder: the whole programme, every count under 5 suppressed with what would give it back, and the shares from them', async () => {
    const report = (await funder.get(URL)).json();
    expect(report).toMatchObject({ scope: 'aggregates', suppressed: true, smallCell: 5 });
    expect(report.programme.served).toEqual({ count: 6, of: 100, share: 0.06 });
    // Liepāja's 1 is small, so Rīga's 5 is hidden too (6 − 5 would give it back); the same for the providers
    expect(report.municipalities.map((m: { figures: { served: unknown } }) => m.figures.served)).toEqual([{ count: null, of: null, share: null }, { count: null, of: null, share: null }]);
    expect(report.providers.every((p: { figures: { served: { count: unknown } } }) => p.figures.served.count === null)).toBe(true);
    expect(report.programme.lengthOfStay).toEqual({ cases: null, meanDays: null, medianDays: null });
    expect(report.programme.housedAfter6Months).toEqual({ count: null, of: null, share: null });
    expect(report.programme.exitDestinations.every((d: { count: unknown; share: unknown }) => d.count === null && d.share === null)).toBe(true);
  });

  it('HF-4.2 refuses bad dates and a period ending before it starts with 400 at the field', async () => {
    const bad = await manager.get('/api/programmes/housing_first/indicators?from=2026-13-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.from.code).toBe('validation.date');
    const order = await manager.get('/api/programmes/housing_first/indicators?from=2026-06-01&to=2026-05-31');
    expect(order.statusCode).toBe(400);
    expect(order.json().error.fields.to).toMatchObject({ code: 'housing.errors.periodToBeforeFrom', message: 'Perioda beigas nevar būt agrākas par tā sākumu' });
    expect((await manager.get('/api/programmes/housing_first/indicators?from=2027-01-01')).json().error.fields.to.code).toBe('housing.errors.periodToBeforeFrom');
  });

  it('HF-4.2 is refused with 403 to a role without access (an administrator, a housing provider)', async () => {
    expect((await (await signIn(world.app, 'admin@test.lv')).get(URL)).statusCode).toBe(403);
    expect((await (await signIn(world.app, 'housing@test.lv')).get(URL)).statusCode).toBe(403);
  });

  it('HF-4.2 the abilities open the indicators page to those the server lets read them', async () => {
    expect((await manager.get('/api/auth/me')).json().programmes.housing_first.indicators).toBe(true);
    expect((await funder.get('/api/auth/me')).json().programmes.housing_first.indicators).toBe(true);
    expect((await (await signIn(world.app, 'housing@test.lv')).get('/api/auth/me')).json().programmes.housing_first.indicators).toBe(false);
  });
});

describe('HF-4.2 every figure drills down to the cases behind it', () => {
  const CASES = '/api/programmes/housing_first/indicators/cases?from=2026-01-01&to=2026-12-31&asOf=2026-11-24';
  const listed = async (client: Client, figure: string, group = 'all') => {
    const res = await client.get(`${CASES}&figure=${figure}&group=${encodeURIComponent(group)}`);
    expect(res.statusCode).toBe(200);
    return res.json().cases as Array<{ caseId: string; caseNumber: string | null; givenNames: string; exitDestination: string | null }>;
  };

  it('HF-4.2 A, B, C: for the provider’s manager each count on the report is the length of its list, per group too', async () => {
    const report = (await manager.get(URL)).json();
    const p = report.programme;
    expect(await listed(manager, 'served')).toHaveLength(p.served.count);
    expect(await listed(manager, 'ended')).toHaveLength(p.lengthOfStay.cases);
    expect(await listed(manager, 'housed6')).toHaveLength(p.housedAfter6Months.count);
    expect(await listed(manager, 'reached6')).toHaveLength(p.housedAfter6Months.of);
    expect(await listed(manager, 'notHoused6')).toHaveLength(p.housedAfter6Months.of - p.housedAfter6Months.count);
    expect(await listed(manager, 'housed12')).toHaveLength(p.housedAfter12Months.count);
    for (const d of p.exitDestinations) expect(await listed(manager, `destination:${d.destination}`)).toHaveLength(d.count);
    expect(await listed(manager, 'outcomes')).toHaveLength(p.outcomes.cases);
    expect((await listed(manager, 'destination:street')).map((c) => c.givenNames)).toEqual(['Kārlis']);
    const riga = report.municipalities[0];
    expect(await listed(manager, 'served', `m:${riga.id}`)).toHaveLength(riga.figures.served.count);
    expect(await listed(manager, 'served', `p:${world.orgs.otherProvider.id}`)).toEqual([]); // not the manager's cases
    const served = await listed(manager, 'served');
    expect(served.map((c) => c.caseNumber ?? '')).toEqual(served.map((c) => c.caseNumber ?? '').sort((a, b) => a.localeCompare(b, 'lv', { numeric: true })));
  });

  it('HF-4.2 the list is audited as a read of personal data: one event with the cases, no names', async () => {
    const cases = await listed(manager, 'ended');
    const events = await world.db.select().from(auditLog).where(and(eq(auditLog.actorUserId, world.users.manager.id), eq(auditLog.entityType, 'indicator_report')));
    const last = events.filter((e) => (e.changes as { view?: string } | null)?.view === 'cases').at(-1)!;
    expect(last).toMatchObject({ action: 'view', personId: null, changes: { figure: 'ended', group: 'all', cases: cases.map((c) => c.caseId) } });
    expect(JSON.stringify(last.changes)).not.toContain('Kārlis');
  });

  it('HF-4.2 a municipality lists its own cases; a funder (aggregates only) and an administrator are refused with 403', async () => {
    expect(await listed(liepaja, 'served')).toHaveLength(1);
    expect((await funder.get(`${CASES}&figure=served&group=all`)).statusCode).toBe(403);
    expect((await (await signIn(world.app, 'admin@test.lv')).get(`${CASES}&figure=served&group=all`)).statusCode).toBe(403);
  });

  it('HF-4.2 an unknown figure or group is 400 at the field', async () => {
    const figure = await manager.get(`${CASES}&figure=everyone&group=all`);
    expect(figure.statusCode).toBe(400);
    expect(figure.json().error.fields.figure.code).toBe('validation.invalidOption');
    const group = await manager.get(`${CASES}&figure=served&group=x:1`);
    expect(group.statusCode).toBe(400);
    expect(group.json().error.fields.group.code).toBe('validation.invalidOption');
  });
});

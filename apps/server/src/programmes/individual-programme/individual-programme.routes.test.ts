import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { personSearchKey } from '@socrehab/domain';
import { createTestWorld, signIn } from '../../test/test-world';
import { auditLog, households, ipCases, persons, serviceAgreements } from '../../db/schema';

let world: Awaited<ReturnType<typeof createTestWorld>>;
const BASE = '/api/individual-programme';
/** A refusal's fields as their translated reasons. */
const reasons = (res: { json(): { error: { fields: Record<string, { message: string }> } } }) =>
  Object.fromEntries(Object.entries(res.json().error.fields).map(([k, v]) => [k, v.message]));

beforeAll(async () => {
  world = await createTestWorld(); // today 24.11.2026; Rīga is 0001000
  await world.db.insert(serviceAgreements).values({ providerOrganisationId: world.orgs.provider.id, programmeCode: 'individual_programme', municipalityAtvk: '0001000', validFrom: '2020-01-01' });
});
afterAll(async () => world.close());

const opening = (personId: string, extra: Record<string, unknown> = {}) => ({
  personId, municipalityAtvk: '0001000', targetGroup: 'adults_with_mental_disorders', decidedOn: '2026-09-01', openedOn: '2026-09-01',
  communityServicesConsidered: 'Dienas centrs, aprūpe mājās', unmetNeedReason: 'Vajadzības nevar apmierināt ar esošajiem pakalpojumiem sabiedrībā',
  servicePlace: 'home', caseManagerUserId: world.users.sw1.id, ...extra,
});

async function family() {
  const [h] = await world.db.insert(households).values({ organisationId: world.orgs.riga.id }).returning();
  const member = async (givenNames: string, birthDate: string) => (await world.db.insert(persons).values({
    givenNames, surnames: 'Egle', organisationId: world.orgs.riga.id, createdBy: world.users.municipal.id, householdId: h!.id, birthDate, searchName: personSearchKey({ givenNames, surnames: 'Egle' }),
  }).returning())[0]!.id;
  return { householdId: h!.id, parent: await member('Līga', '1987-01-01'), child: await member('Marta', '2016-01-01'), grandmother: await member('Ērika', '1950-01-01') };
}

describe('IP-1 opening a case: the granting decision, for a person or a family', () => {
  it('the municipality opens a person’s case at a contracted provider — no income asked, no end required, at home; numbered IP-YYYY-NNNN in the municipality', async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    const res = await riga.post(`${BASE}/cases`, opening(world.persons.peteris.id));
    expect(res.statusCode).toBe(201);
    expect(res.json().caseNumber).toBe('IP-2026-0001');
    const detail = (await riga.get(`${BASE}/cases/${res.json().caseId}`)).json();
    expect(detail).toMatchObject({ subject: 'person', servicePlace: 'home', agreementEndsOn: null, providerName: 'Biedrība „Mājas ceļš”', recipients: [{ personId: world.persons.peteris.id }] });
    const audit = await world.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'ip_case'), eq(auditLog.action, 'create')));
    expect(audit).toHaveLength(1);
  });

  it('refuses an income field, an opening before the decision, and a provider without an agreement — naming the field in Latvian', async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    expect((await riga.post(`${BASE}/cases`, opening(world.persons.peteris.id, { incomeCents: 40000 }))).statusCode).toBe(400);
    const early = await riga.post(`${BASE}/cases`, opening(world.persons.peteris.id, { openedOn: '2026-08-31' }));
    expect(early.statusCode).toBe(400);
    expect(reasons(early)).toEqual({ openedOn: 'Lietu nevar atvērt agrāk par lēmuma dienu' });
    const before = await riga.post(`${BASE}/cases`, opening(world.persons.peteris.id, { decidedOn: '2019-01-01', openedOn: '2019-06-01' }));
    expect(reasons(before)).toEqual({ caseManagerUserId: 'Pakalpojuma sniedzējam nav spēkā esoša līguma ar pašvaldību par individuālo programmu' });
  });

  it('a family: the household’s members who receive the service; a non-member is refused', async () => {
    const f = await family();
    const riga = await signIn(world.app, 'riga@test.lv');
    const bad = await riga.post(`${BASE}/cases`, opening(f.parent, { targetGroup: 'families_parents_mental_disorders', household: { householdId: f.householdId, recipientIds: [f.parent, world.persons.peteris.id] } }));
    expect(bad.statusCode).toBe(400);
    const res = await riga.post(`${BASE}/cases`, opening(f.parent, { targetGroup: 'families_parents_mental_disorders', household: { householdId: f.householdId, recipientIds: [f.parent, f.child] } }));
    expect(res.statusCode).toBe(201);
    const detail = (await riga.get(`${BASE}/cases/${res.json().caseId}`)).json();
    expect(detail.subject).toBe('household');
    expect(detail.recipients.map((r: { fullName: string }) => r.fullName)).toEqual(['Līga Egle', 'Marta Egle']);
  });

  it('whom a case may be opened with: the department chooses among its contracted providers’ social workers, a provider’s manager among its own, a social worker is the case manager', async () => {
    const riga = (await (await signIn(world.app, 'riga@test.lv')).get(`${BASE}/case-managers`)).json();
    expect(riga.providers.map((p: { name: string }) => p.name)).toEqual(['Biedrība „Mājas ceļš”']);
    const workers = riga.providers[0].socialWorkers.map((w: { id: string }) => w.id);
    expect(workers).toEqual(expect.arrayContaining([world.users.sw1.id, world.users.sw2.id]));
    expect(workers).not.toContain(world.users.mentor.id);
    const manager = (await (await signIn(world.app, 'manager@test.lv')).get(`${BASE}/case-managers`)).json();
    expect(manager.providers[0].socialWorkers.map((w: { id: string }) => w.id).sort()).toEqual([...workers].sort());
    const sw1 = (await (await signIn(world.app, 'sw1@test.lv')).get(`${BASE}/case-managers`)).json();
    expect(sw1.providers[0].socialWorkers).toEqual([{ id: world.users.sw1.id, displayName: expect.any(String) }]);
    expect((await (await signIn(world.app, 'funder@test.lv')).get(`${BASE}/case-managers`)).statusCode).toBe(403);
  });

  it('one open case at a time: a person already receiving the programme (on their own or in a family) gets no second case — 409 at the field', async () => {
    const f = await family();
    const riga = await signIn(world.app, 'riga@test.lv');
    const familyCase = { targetGroup: 'families_parents_mental_disorders', household: { householdId: f.householdId, recipientIds: [f.parent, f.child] } };
    expect((await riga.post(`${BASE}/cases`, opening(f.parent, familyCase))).statusCode).toBe(201);
    const again = await riga.post(`${BASE}/cases`, opening(f.child, { targetGroup: 'children_with_disabilities' }));
    expect(again.statusCode).toBe(409);
    expect(reasons(again)).toEqual({ personId: 'Persona jau saņem individuālo programmu citā atvērtā lietā' });
    const withChild = await riga.post(`${BASE}/cases`, opening(f.grandmother, { ...familyCase, household: { householdId: f.householdId, recipientIds: [f.grandmother, f.child] } }));
    expect(withChild.statusCode).toBe(409);
    expect(Object.keys(reasons(withChild))).toEqual(['household.recipientIds']);
    // the grandmother alone does not receive it yet
    expect((await riga.post(`${BASE}/cases`, opening(f.grandmother))).statusCode).toBe(201);
  });
});

describe('IP-2, IP-3 the plan’s lines, the ledger and the co-payment; access', () => {
  let caseId: string;
  beforeAll(async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    caseId = (await riga.post(`${BASE}/cases`, opening(world.persons.anna.id, { openedOn: '2026-09-01', agreementEndsOn: '2027-08-31' }))).json().caseId;
  });

  it('IP-2 lines of the catalogue with their units; skills support needs its areas; delivered per month against planned', async () => {
    const sw1 = await signIn(world.app, 'sw1@test.lv', 'en');
    expect(reasons(await sw1.post(`${BASE}/cases/${caseId}/service-lines`, { line: 'housing', unit: 'hours', plannedPerMonth: 30, fromMonth: '2026-09' }))).toEqual({ unit: 'This service is planned in other units' });
    expect(reasons(await sw1.post(`${BASE}/cases/${caseId}/service-lines`, { line: 'skills_support', unit: 'hours', plannedPerMonth: 10, fromMonth: '2026-09' }))).toEqual({ skillAreas: 'Choose at least one skill area' });
    const housing = (await sw1.post(`${BASE}/cases/${caseId}/service-lines`, { line: 'monitoring_24h', unit: 'days', plannedPerMonth: 30, fromMonth: '2026-09' })).json();
    const skills = await sw1.post(`${BASE}/cases/${caseId}/service-lines`, { line: 'skills_support', skillAreas: ['budgeting', 'employment'], unit: 'hours', plannedPerMonth: 10, fromMonth: '2026-09', toMonth: '2026-12' });
    expect(skills.statusCode).toBe(201);
    expect(reasons(await sw1.put(`${BASE}/cases/${caseId}/service-lines/${housing.id}/deliveries`, { month: '2026-09', delivered: 31 }))).toEqual({ delivered: 'More days than the month has' });
    expect((await sw1.put(`${BASE}/cases/${caseId}/service-lines/${housing.id}/deliveries`, { month: '2026-12', delivered: 1 })).statusCode).toBe(400); // not yet
    expect((await sw1.put(`${BASE}/cases/${caseId}/service-lines/${skills.json().id}/deliveries`, { month: '2026-10', delivered: 7.5 })).statusCode).toBe(200);
    const october = (await sw1.get(`${BASE}/cases/${caseId}/service-lines?month=2026-10`)).json();
    expect(october.lines.map((l: { line: string; planned: number; delivered: number; difference: number }) => [l.line, l.planned, l.delivered, l.difference]))
      .toEqual([['monitoring_24h', 30, 0, -30], ['skills_support', 10, 7.5, -2.5]]);
  });

  it('IP-3 costs per month and the co-payment give the ledger: planned against actual, the municipality’s share, per person against 2 900 €', async () => {
    const sw1 = await signIn(world.app, 'sw1@test.lv');
    await sw1.put(`${BASE}/cases/${caseId}/costs`, { month: '2026-10', kind: 'staff', plannedCents: 250000, actualCents: 262000 });
    await sw1.put(`${BASE}/cases/${caseId}/costs`, { month: '2026-10', kind: 'housing', plannedCents: 40000, actualCents: 38000 });
    expect((await sw1.put(`${BASE}/cases/${caseId}/costs`, { month: '2026-12', kind: 'staff', plannedCents: 250000, actualCents: 1 })).statusCode).toBe(400);
    const co = await sw1.put(`${BASE}/cases/${caseId}/co-payment`, { effectiveFrom: '2026-10', rentCents: 12000, managementCents: 3000, electricityCents: 2000, gasCents: 1000, utilitiesCents: 4000, basis: 'Novērtējums 15.09.2026 un plāns', assessedOn: '2026-09-15' });
    expect(co.json().totalCents).toBe(22000);
    const ledger = (await sw1.get(`${BASE}/cases/${caseId}/ledger?year=2026`)).json();
    expect(ledger.months.find((m: { month: string }) => m.month === '2026-10')).toEqual({
      month: '2026-10', plannedCents: 290000, actualCents: 300000, staffActualCents: 262000, housingActualCents: 38000, coPaymentCents: 22000, municipalCents: 278000, persons: 1, perPersonCents: 300000, referenceCents: 290000,
    });
    expect(ledger.months.find((m: { month: string }) => m.month === '2026-08')).toMatchObject({ plannedCents: 0, actualCents: null, persons: 0 });
  });

  it('another provider, a funder and a housing company see no case; a mentor who sees the person but is not on this case’s team may not record', async () => {
    for (const email of ['other@test.lv', 'funder@test.lv', 'housing@test.lv']) {
      expect((await (await signIn(world.app, email)).get(`${BASE}/cases/${caseId}`)).statusCode).toBe(404);
    }
    const mentor = await signIn(world.app, 'mentor@test.lv');
    expect((await mentor.put(`${BASE}/cases/${caseId}/costs`, { month: '2026-10', kind: 'staff', plannedCents: 1, actualCents: 1 })).statusCode).toBe(403);
    const list = (await (await signIn(world.app, 'manager@test.lv')).get(`${BASE}/cases`)).json();
    expect(list.items.map((c: { caseId: string }) => c.caseId)).toContain(caseId);
    expect(list.items.length).toBe((await world.db.select({ id: ipCases.caseId }).from(ipCases).where(eq(ipCases.organisationId, world.orgs.provider.id))).length);
  });

  it('IP-5 the core schedule: one month before the client’s agreement ends; the ending closes the case and the survey at the ending falls due', async () => {
    const sw1 = await signIn(world.app, 'sw1@test.lv');
    const due = (await sw1.get(`/api/cases/${caseId}/evaluations?asOf=2027-07-20`)).json().due;
    expect(due).toEqual([expect.objectContaining({ instrument: 'client_satisfaction', at: 'before_agreed_end', dueOn: '2027-07-31' })]);
    const end = await sw1.post(`${BASE}/cases/${caseId}/ending`, { endedOn: '2026-11-20', reason: 'client_ended' });
    expect(end.statusCode).toBe(200);
    const afterEnd = (await sw1.get(`/api/cases/${caseId}/evaluations`)).json().due;
    expect(afterEnd).toEqual([expect.objectContaining({ instrument: 'client_satisfaction', at: 'ending', dueOn: '2026-11-20' })]);
    expect((await sw1.put(`${BASE}/cases/${caseId}/costs`, { month: '2026-11', kind: 'staff', plannedCents: 1, actualCents: 1 })).statusCode).toBe(409);
  });
});

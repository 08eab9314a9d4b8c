import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { personSearchKey } from '@socrehab/domain';
import { createTestWorld, signIn } from '../../../test/test-world';
import { auditLog, dwellingKeys, dwellings, persons, rehousingRounds } from '../../../db/schema';

/**
 * HF-3.2.6 damage and lease breaches are recorded and never end the service; a lease breach starts
 * re-housing through the matching and the offers of HF-3.1.5, one round at a time, at most 3 offers
 * per round; the move frees the old dwelling and occupies the new one, kept as history.
 */
let world: Awaited<ReturnType<typeof createTestWorld>>;
type Client = Awaited<ReturnType<typeof signIn>>;
let riga: Client, manager: Client, sw1: Client, housing: Client;
const RIGA = '0001000';
const RIGA_KEYS = ['riga-1', 'riga-2', 'riga-3', 'riga-4', 'riga-5', 'riga-6'];
const ids: Record<string, string> = {};
let caseId = '';
let applicationId = '';

const dwelling = (address: string, extra: Record<string, unknown> = {}) => ({
  municipalityAtvk: RIGA, address, source: 'municipal_fund', landlord: 'Rīgas namu pārvaldnieks', rooms: 1, floor: 1, hasLift: false, accessible: false, petsAllowed: true,
  amenities: { water: true, heating: true, electricity: true, hotWater: true, furniture: false }, rentEuros: 180, utilitiesEuros: 60, notes: null, ...extra,
});
const statusOf = async (id: string) => (await world.db.select().from(dwellings).where(eq(dwellings.id, id)))[0]!.status;
const addresses = (items: Array<{ dwelling: { address: string } }>) => items.map((p) => p.dwelling.address);
const breach = (client: Client, occurredOn: string, kind = 'lease_breach') =>
  client.post(`/api/cases/${caseId}/incidents`, { kind, occurredOn, description: 'Izīrētājs lauž līgumu: kaimiņu sūdzības', actionTaken: null });

/** Jānis: granted by Rīga, offered and chosen "home" in the first round, case opened and moved in — all through the API. */
beforeAll(async () => {
  world = await createTestWorld();
  riga = await signIn(world.app, 'riga@test.lv');
  manager = await signIn(world.app, 'manager@test.lv');
  sw1 = await signIn(world.app, 'sw1@test.lv');
  housing = await signIn(world.app, 'housing@test.lv');
  const [person] = await world.db.insert(persons).values({ givenNames: 'Jānis', surnames: 'Bērziņš', organisationId: world.orgs.riga.id, createdBy: world.users.municipal.id, searchName: personSearchKey({ givenNames: 'Jānis', surnames: 'Bērziņš' }) }).returning();
  applicationId = (await riga.post('/api/applications', { personId: person!.id, municipalityAtvk: RIGA, submittedOn: '2026-09-01', answers: { householdSize: 1, maxFloorWithoutLift: 2 } })).json().application.id;
  await riga.post(`/api/applications/${applicationId}/eligibility-assessments`, {
    assessedOn: '2026-09-02', findings: RIGA_KEYS.map((key) => ({ key, finding: 'met', note: null })), priorityFactors: ['long_shelter_use'], outcome: 'eligible', reason: 'Atbilst',
  });
  expect((await riga.post(`/api/applications/${applicationId}/decision`, { version: 1, decidedOn: '2026-09-10', decision: 'granted', reason: 'Atbilst kritērijiem' })).statusCode).toBe(200);
  for (const [key, address, extra] of [
    ['home', 'Purvciema iela 1-1, Rīga', {}], ['a', 'Ozolu iela 2-1, Rīga', {}], ['b', 'Liepu iela 3-1, Rīga', {}], ['c', 'Bērzu iela 4-1, Rīga', {}],
    ['d', 'Kļavu iela 5-1, Rīga', {}], ['high', 'Augstā iela 6-50, Rīga', { floor: 5 }],
  ] as const) {
    ids[key] = (await housing.post('/api/dwellings', dwelling(address, extra))).json().dwelling.id;
  }
  const first = (await manager.post(`/api/applications/${applicationId}/offers`, { dwellingId: ids.home, offeredOn: '2026-09-15' })).json().offer;
  expect((await manager.post(`/api/offers/${first.id}/answer`, { answer: 'chosen', answeredOn: '2026-09-16' })).statusCode).toBe(200);
  caseId = (await manager.post('/api/cases', { applicationId, openedOn: '2026-09-20', caseManagerUserId: world.users.sw1.id })).json().case.id;
  await sw1.put(`/api/cases/${caseId}/agreements`, { version: 1, dataProcessingInformedOn: '2026-09-21', serviceRulesInformedOn: '2026-09-21', contractSignedOn: '2026-09-21' });
  await sw1.post(`/api/cases/${caseId}/initial-assessments`, {
    assessedOn: '2026-09-22', urgentMatters: { food_package: 'resolved', low_income_status: 'resolved', phone: 'resolved' },
    goalsAndWishes: 'Savs mājoklis', socialSituation: 'Patversmē', resources: 'Māsa', furniture: 'Gulta', threats: 'Nav', functioning: 'Patstāvīgs',
    domainNeeds: { housing: 'some', rights: 'none', daily_life: 'none', health: 'none', education_employment: 'none', finances: 'none' }, supportNeedLevel: 'low', moveInPlan: 'Gulta',
  });
  const moved = await sw1.post(`/api/cases/${caseId}/move-in`, {
    movedInOn: '2026-10-01', accompaniedBy: 'sw1', crisisAgreement: 'Zvanīt sociālajai darbiniecei', spareKeyUseAllowed: true, equipmentExplained: true, nothingEssentialMissing: true,
    handoverItems: [], keys: [{ holder: 'person', holderName: 'Jānis Bērziņš', handedOn: '2026-10-01' }, { holder: 'team', holderName: 'sw1', handedOn: '2026-10-01' }],
    lease: { landlord: 'Rīgas namu pārvaldnieks', startsOn: '2026-10-01', rentEuros: 180, signedBy: 'person', coPaymentEuros: null },
  });
  expect(moved.statusCode, moved.body).toBe(201);
  expect(await statusOf(ids.home!)).toBe('occupied');
});
afterAll(() => world.close());

describe('HF-3.2.6 damage to the dwelling is recorded, not a reason to end, and starts nothing', () => {
  it('records the damage with the action taken; no re-housing round; the case stays open', async () => {
    const res = await sw1.post(`/api/cases/${caseId}/incidents`, { kind: 'dwelling_damage', occurredOn: '2026-10-10', description: 'Izsists logs', actionTaken: 'Stikls nomainīts' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().rehousingRound).toBeNull();
    const page = (await sw1.get(`/api/cases/${caseId}/rehousing`)).json();
    expect(page.open).toBeNull();
    expect(page.incidents[0]).toMatchObject({ kind: 'dwelling_damage', actionTaken: 'Stikls nomainīts' });
    expect((await sw1.get(`/api/cases/${caseId}`)).json().case).toMatchObject({ status: 'open', closedOn: null });
  });
});

describe('HF-3.2.6 a lease breach starts re-housing through the matching of HF-3.1.5', () => {
  it('opens a round in the same request, from the dwelling being left; the case stays open', async () => {
    const res = await breach(sw1, '2026-11-02');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().rehousingRound).toMatchObject({ caseId, openedOn: '2026-11-02', fromDwellingId: ids.home, closedOn: null, openedNow: true });
    const page = (await sw1.get(`/api/cases/${caseId}/rehousing`)).json();
    expect(page.open).toMatchObject({ fromAddress: 'Purvciema iela 1-1, Rīga', offers: [] });
    expect(page.abilities).toEqual({ rehouse: true, recordIncident: true });
    expect((await sw1.get(`/api/cases/${caseId}`)).json().case).toMatchObject({ status: 'open', closedOn: null });
  });

  it('a second breach while the round is open opens no second round', async () => {
    const res = await breach(sw1, '2026-11-03');
    expect(res.json().rehousingRound).toMatchObject({ openedOn: '2026-11-02', openedNow: false });
    expect(await world.db.select().from(rehousingRounds).where(eq(rehousingRounds.caseId, caseId))).toHaveLength(1);
  });

  it('proposes the available dwellings that fit the questionnaire, never the one being left', async () => {
    const page = (await sw1.get(`/api/cases/${caseId}/rehousing`)).json();
    const proposed = addresses(page.proposals);
    expect(proposed).toEqual(expect.arrayContaining(['Ozolu iela 2-1, Rīga', 'Liepu iela 3-1, Rīga', 'Bērzu iela 4-1, Rīga', 'Kļavu iela 5-1, Rīga']));
    expect(proposed).not.toContain('Purvciema iela 1-1, Rīga');
    expect(proposed).not.toContain('Augstā iela 6-50, Rīga'); // 5th floor without a lift, the questionnaire says at most 2nd
    const current = await sw1.post(`/api/cases/${caseId}/rehousing/offers`, { dwellingId: ids.home, offeredOn: '2026-11-04' });
    expect(current.json().error.code).toBe('rehousing.current_dwelling');
  });

  it('offers at most 3 dwellings in the round — the first round’s offer does not count — and refuses the 4th in the user’s language', async () => {
    for (const key of ['a', 'b', 'c']) {
      const res = await sw1.post(`/api/cases/${caseId}/rehousing/offers`, { dwellingId: ids[key], offeredOn: '2026-11-04' });
      expect(res.statusCode, res.body).toBe(201);
    }
    const fourth = await (await signIn(world.app, 'sw1@test.lv', 'en')).post(`/api/cases/${caseId}/rehousing/offers`, { dwellingId: ids.d, offeredOn: '2026-11-04' });
    expect(fourth.statusCode).toBe(422);
    expect(fourth.json().error).toMatchObject({ code: 'rehousing.too_many_offers', message: 'At most 3 dwellings can be offered in one re-housing round' });
    const inLatvian = await sw1.post(`/api/cases/${caseId}/rehousing/offers`, { dwellingId: ids.d, offeredOn: '2026-11-04' });
    expect(inLatvian.json().error.message).toBe('Vienā jauna mājokļa meklēšanas kārtā var piedāvāt ne vairāk kā 3 mājokļus');
    // the application keeps only its own (first) round's offer
    expect((await manager.get(`/api/applications/${applicationId}`)).json().offers).toHaveLength(1);
  });

  it('the choice reserves the dwelling; the move frees the old one, occupies the new one and closes the round as history; the case stays open', async () => {
    const offers = (await sw1.get(`/api/cases/${caseId}/rehousing`)).json().open.offers as Array<{ id: string; dwellingId: string }>;
    const offerOf = (key: string) => offers.find((o) => o.dwellingId === ids[key])!.id;
    expect((await sw1.post(`/api/cases/${caseId}/rehousing/move`, { movedOn: '2026-11-10' })).json().error.code).toBe('rehousing.no_chosen_dwelling');
    expect((await sw1.post(`/api/offers/${offerOf('a')}/answer`, { answer: 'refused', answeredOn: '2026-11-05', note: 'Par tālu' })).statusCode).toBe(200);
    expect((await sw1.post(`/api/offers/${offerOf('b')}/answer`, { answer: 'chosen', answeredOn: '2026-11-06' })).statusCode).toBe(200);
    expect(await statusOf(ids.b!)).toBe('reserved');
    expect((await sw1.post(`/api/offers/${offerOf('c')}/answer`, { answer: 'chosen', answeredOn: '2026-11-06' })).statusCode).toBe(409);

    const early = await sw1.post(`/api/cases/${caseId}/rehousing/move`, { movedOn: '2026-11-05' });
    expect(early.json().error.fields.movedOn.code).toBe('housing.rehousing.moveBeforeChoice');
    const res = await sw1.post(`/api/cases/${caseId}/rehousing/move`, { movedOn: '2026-11-12', note: 'Pārvākšanās ar mentoru' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().round).toMatchObject({ fromAddress: 'Purvciema iela 1-1, Rīga', toAddress: 'Liepu iela 3-1, Rīga', movedOn: '2026-11-12', closedOn: '2026-11-12' });

    expect(await statusOf(ids.home!)).toBe('available');
    expect(await statusOf(ids.b!)).toBe('occupied');
    const keys = await world.db.select().from(dwellingKeys).where(and(eq(dwellingKeys.dwellingId, ids.home!), eq(dwellingKeys.caseId, caseId)));
    expect(keys.map((k) => k.returnedOn)).toEqual(['2026-11-12', '2026-11-12']);
    const casePage = (await sw1.get(`/api/cases/${caseId}`)).json();
    expect(casePage.case).toMatchObject({ status: 'open', closedOn: null, dwellingId: ids.b });
    expect(casePage.dwelling.address).toBe('Liepu iela 3-1, Rīga');
    expect(casePage.moveIn.movedInOn).toBe('2026-10-01'); // the first move-in stays; the service never paused

    const page = (await sw1.get(`/api/cases/${caseId}/rehousing`)).json();
    expect(page.open).toBeNull();
    expect(page.history).toHaveLength(1);
    expect(page.history[0].offers.map((o: { answer: string }) => o.answer)).toEqual(expect.arrayContaining(['refused', 'chosen', 'pending']));
    expect((await sw1.post(`/api/cases/${caseId}/rehousing/offers`, { dwellingId: ids.d, offeredOn: '2026-11-13' })).json().error.code).toBe('rehousing.no_open_round');

    const moveEvents = await world.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'move_in'), eq(auditLog.entityId, res.json().round.id)));
    expect(moveEvents[0]!.changes).toMatchObject({ fromDwellingId: ids.home, toDwellingId: ids.b });
  });

  it('a new breach opens a new round, counted from zero, from the new dwelling', async () => {
    const res = await breach(sw1, '2026-11-20');
    expect(res.json().rehousingRound).toMatchObject({ openedNow: true, fromDwellingId: ids.b });
    for (const key of ['home', 'a', 'c']) {
      expect((await sw1.post(`/api/cases/${caseId}/rehousing/offers`, { dwellingId: ids[key], offeredOn: '2026-11-21' })).statusCode).toBe(201);
    }
    expect((await sw1.post(`/api/cases/${caseId}/rehousing/offers`, { dwellingId: ids.d, offeredOn: '2026-11-21' })).statusCode).toBe(422);
    expect((await sw1.get(`/api/cases/${caseId}`)).json().case.status).toBe('open');
  });
});

describe('HF-3.2.6 who sees and does re-housing', () => {
  it('another organisation, a worker off the team and a funder get 404; the municipality sees and may offer', async () => {
    const open = (await sw1.get(`/api/cases/${caseId}/rehousing`)).json().open;
    for (const email of ['other@test.lv', 'sw2@test.lv', 'funder@test.lv']) {
      const client = await signIn(world.app, email);
      expect((await client.get(`/api/cases/${caseId}/rehousing`)).statusCode, email).toBe(404);
      expect((await client.post(`/api/cases/${caseId}/rehousing/offers`, { dwellingId: ids.d, offeredOn: '2026-11-22' })).statusCode, email).toBe(404);
      expect((await client.post(`/api/cases/${caseId}/rehousing/move`, { movedOn: '2026-11-22' })).statusCode, email).toBe(404);
      expect((await client.post(`/api/offers/${open.offers[0].id}/answer`, { answer: 'refused', answeredOn: '2026-11-22' })).statusCode, email).toBe(404);
      expect((await client.post(`/api/cases/${caseId}/incidents`, { kind: 'lease_breach', occurredOn: '2026-11-22', description: 'x', actionTaken: null })).statusCode, email).toBe(404);
    }
    const municipal = (await riga.get(`/api/cases/${caseId}/rehousing`));
    expect(municipal.statusCode).toBe(200);
    expect(municipal.json().abilities).toEqual({ rehouse: true, recordIncident: false });
  });

  it('audits each view of the re-housing page', async () => {
    const views = await world.db.select().from(auditLog).where(and(eq(auditLog.action, 'view'), eq(auditLog.entityType, 'case'), eq(auditLog.entityId, caseId)));
    expect(views.some((v) => (v.changes as { part?: string } | null)?.part === 'rehousing')).toBe(true);
  });
});

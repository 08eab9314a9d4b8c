import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { personSearchKey } from '@socrehab/domain';
import type { LightMyRequestResponse } from 'fastify';
import {
  caseNumberCounters, cases, evaluations, ipCases, ipCoPayments, ipCosts, ipRecipients, ipServiceDeliveries, ipServiceLines, persons, serviceAgreements,
} from '../../db/schema';
import { createTestWorld, signIn } from '../../test/test-world';

/**
 * Issue 12, the Individual Programme's write paths under two workers at once, on the PostgreSQL server
 * (PGlite has one connection and serialises every transaction, so only a server shows two writes
 * overlapping). Each path gets PAIRS pairs of requests sent at the same moment: never a 500; where one
 * may win, the other gets 409; and what is stored keeps the schema's unique keys — one case number per
 * case, one delivery per line and month, one cost per case, month and kind, one co-payment per case and
 * month — with the figure of one of the two writers.
 */
const PAIRS = 10;
const RIGA = '0001000';
const BASE = '/api/individual-programme';
type Client = Awaited<ReturnType<typeof signIn>>;
type Response = LightMyRequestResponse;

let world: Awaited<ReturnType<typeof createTestWorld>>;
let rigaA: Client, rigaB: Client, sw1A: Client, sw1B: Client, managerA: Client, managerB: Client;

/**
 * Fires `pairs` pairs, each two requests at once, and counts the outcomes by their status codes, e.g.
 * `{ '200+409': 10 }`; `check` looks at each pair, the winner first when exactly one of them won.
 * A 500 fails the test at once with its body.
 */
async function firePairs(pairs: number, fire: (i: number) => Promise<[Response, Response]>, check: (i: number, first: Response, second: Response, oneWon: boolean) => Promise<void>) {
  const outcomes: Record<string, number> = {};
  for (let i = 0; i < pairs; i++) {
    const [a, b] = await fire(i);
    for (const res of [a, b]) expect(res.statusCode, res.body).toBeLessThan(500);
    const key = [a.statusCode, b.statusCode].sort().join('+');
    outcomes[key] = (outcomes[key] ?? 0) + 1;
    const aWon = a.statusCode < 300;
    const oneWon = aWon !== b.statusCode < 300;
    await check(i, oneWon && !aWon ? b : a, oneWon && !aWon ? a : b, oneWon);
  }
  return outcomes;
}

/** Names take letters only: a distinct tag per pair. */
const tag = (n: number) => `${String.fromCharCode(65 + Math.floor(n / 26))}${String.fromCharCode(97 + (n % 26))}`;
const month = (i: number) => `2026-${String(i + 1).padStart(2, '0')}`;

const insertPerson = async (givenNames: string) => (await world.db.insert(persons).values({
  givenNames, surnames: 'Vienlaicīga', organisationId: world.orgs.riga.id, createdBy: world.users.municipal.id, birthDate: '1980-05-05',
  searchName: personSearchKey({ givenNames, surnames: 'Vienlaicīga' }),
}).returning())[0]!;

const opening = (personId: string, extra: Record<string, unknown> = {}) => ({
  personId, municipalityAtvk: RIGA, targetGroup: 'adults_with_mental_disorders', decidedOn: '2026-01-05', openedOn: '2026-01-05',
  communityServicesConsidered: 'Dienas centrs, aprūpe mājās', unmetNeedReason: 'Vajadzības nevar apmierināt ar esošajiem pakalpojumiem sabiedrībā',
  servicePlace: 'home', caseManagerUserId: world.users.sw1.id, ...extra,
});

/** An IP case of the provider in Rīga, opened by the welfare department on 05.01.2026 with sw1 as its case manager. */
async function openCase(givenNames: string) {
  const person = await insertPerson(givenNames);
  const res = await rigaA.post(`${BASE}/cases`, opening(person.id));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().caseId as string;
}

/** No two of the programme's cases share a number, and the register's counter has handed out exactly as many as there are cases. */
async function expectCaseNumbersUnique() {
  const rows = await world.db.select({ caseNumber: cases.caseNumber }).from(cases).where(eq(cases.programme, 'individual_programme'));
  expect(rows.every((r) => /^IP-2026-\d{4}$/.test(r.caseNumber ?? ''))).toBe(true);
  expect(new Set(rows.map((r) => r.caseNumber)).size).toBe(rows.length);
  const [counter] = await world.db.select().from(caseNumberCounters)
    .where(and(eq(caseNumberCounters.programmeCode, 'individual_programme'), eq(caseNumberCounters.scopeKey, RIGA), eq(caseNumberCounters.year, 2026)));
  expect(counter!.lastSequence).toBe(rows.length);
}

beforeAll(async () => {
  world = await createTestWorld(); // today 24.11.2026; Rīga is 0001000
  await world.db.insert(serviceAgreements).values({ providerOrganisationId: world.orgs.provider.id, programmeCode: 'individual_programme', municipalityAtvk: RIGA, validFrom: '2020-01-01' });
  const clients: Client[] = [];
  for (const name of ['riga', 'riga', 'sw1', 'sw1', 'manager', 'manager']) clients.push(await signIn(world.app, `${name}@test.lv`, 'en'));
  [rigaA, rigaB, sw1A, sw1B, managerA, managerB] = clients as [Client, Client, Client, Client, Client, Client];
});
afterAll(() => world?.close());

describe.skipIf(!process.env.TEST_DATABASE_URL)('issue 12 IP-1 opening cases at once (PostgreSQL server)', () => {
  it('IP-1 POST /cases for two different persons at once: both open, with different numbers of the municipality’s IP-YYYY-NNNN register', async () => {
    const outcomes = await firePairs(PAIRS, async (i) => {
      const [a, b] = [await insertPerson(`Atver${tag(i)}a`), await insertPerson(`Atver${tag(i)}b`)];
      return Promise.all([rigaA.post(`${BASE}/cases`, opening(a.id)), rigaB.post(`${BASE}/cases`, opening(b.id))]);
    }, async (_i, a, b) => {
      expect(a.json().caseNumber).toMatch(/^IP-2026-\d{4}$/);
      expect(b.json().caseNumber).toMatch(/^IP-2026-\d{4}$/);
      expect(a.json().caseNumber).not.toBe(b.json().caseNumber);
    });
    expect(outcomes).toEqual({ '201+201': PAIRS });
    await expectCaseNumbersUnique();
  });

  it('IP-1 POST /cases for the same person at once: a person receives the programme in one open case, so one opens and the other is refused 409 at the person', async () => {
    const outcomes = await firePairs(PAIRS, async (i) => {
      const person = await insertPerson(`Divreiz${tag(i)}`);
      return Promise.all([rigaA.post(`${BASE}/cases`, opening(person.id)), rigaB.post(`${BASE}/cases`, opening(person.id, { servicePlace: 'provider' }))]);
    }, async (_i, winner, loser) => {
      expect(loser.json().error).toMatchObject({ code: 'ip.already_receiving', fields: { personId: { code: 'ip.errors.alreadyReceiving' } } });
      const personId = (await world.db.select({ personId: ipRecipients.personId }).from(ipRecipients).where(eq(ipRecipients.caseId, winner.json().caseId)))[0]!.personId;
      const open = await world.db.select({ id: ipRecipients.caseId }).from(ipRecipients).where(eq(ipRecipients.personId, personId));
      expect(open).toHaveLength(1);
    });
    expect(outcomes).toEqual({ '201+409': PAIRS });
    await expectCaseNumbersUnique();
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('issue 12 IP-2, IP-3 recording on a case at once: the second record of a month corrects the first (PostgreSQL server)', () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = await openCase('Ieraksti');
  });

  it('IP-2 POST /cases/:id/service-lines twice at once: no version check on the plan, so both lines are added', async () => {
    const before = (await world.db.select({ id: ipServiceLines.id }).from(ipServiceLines).where(eq(ipServiceLines.caseId, caseId))).length;
    const outcomes = await firePairs(PAIRS, async (i) => Promise.all([
      sw1A.post(`${BASE}/cases/${caseId}/service-lines`, { line: 'consultations', unit: 'hours', plannedPerMonth: 4, fromMonth: '2026-01', note: `${i}a` }),
      sw1B.post(`${BASE}/cases/${caseId}/service-lines`, { line: 'skills_support', skillAreas: ['budgeting'], unit: 'hours', plannedPerMonth: 6, fromMonth: '2026-01', note: `${i}b` }),
    ]), async (i, a, b) => {
      const notes = (await world.db.select({ note: ipServiceLines.note }).from(ipServiceLines).where(eq(ipServiceLines.caseId, caseId))).map((l) => l.note);
      expect(notes).toEqual(expect.arrayContaining([`${i}a`, `${i}b`]));
      expect(a.json().id).not.toBe(b.json().id);
    });
    expect(outcomes).toEqual({ '201+201': PAIRS });
    expect(await world.db.select({ id: ipServiceLines.id }).from(ipServiceLines).where(eq(ipServiceLines.caseId, caseId))).toHaveLength(before + 2 * PAIRS);
  });

  it('IP-2 PUT /cases/:id/service-lines/:lineId/deliveries of one line and month at once: both are saved, one row per line and month holds one of the two figures', async () => {
    const line = await sw1A.post(`${BASE}/cases/${caseId}/service-lines`, { line: 'monitoring_24h', unit: 'days', plannedPerMonth: 28, fromMonth: '2026-01' });
    expect(line.statusCode, line.body).toBe(201);
    const lineId = line.json().id as string;
    const outcomes = await firePairs(PAIRS, async (i) => Promise.all([
      sw1A.put(`${BASE}/cases/${caseId}/service-lines/${lineId}/deliveries`, { month: month(i), delivered: 20, note: 'A' }),
      sw1B.put(`${BASE}/cases/${caseId}/service-lines/${lineId}/deliveries`, { month: month(i), delivered: 21, note: 'B' }),
    ]), async (i, a, b) => {
      const stored = await world.db.select().from(ipServiceDeliveries).where(and(eq(ipServiceDeliveries.serviceLineId, lineId), eq(ipServiceDeliveries.month, `${month(i)}-01`)));
      expect(stored).toHaveLength(1);
      expect(a.json().id).toBe(stored[0]!.id);
      expect(b.json().id).toBe(stored[0]!.id);
      expect([[20, 'A'], [21, 'B']]).toContainEqual([Number(stored[0]!.delivered), stored[0]!.note]);
    });
    expect(outcomes).toEqual({ '200+200': PAIRS });
  });

  it('IP-3 PUT /cases/:id/costs of one month and kind at once: both are saved, one row per case, month and kind holds one of the two', async () => {
    const outcomes = await firePairs(PAIRS, async (i) => Promise.all([
      sw1A.put(`${BASE}/cases/${caseId}/costs`, { month: month(i), kind: 'staff', plannedCents: 250000, actualCents: 260000 }),
      sw1B.put(`${BASE}/cases/${caseId}/costs`, { month: month(i), kind: 'staff', plannedCents: 250000, actualCents: 270000 }),
    ]), async (i, a, b) => {
      const stored = await world.db.select().from(ipCosts).where(and(eq(ipCosts.caseId, caseId), eq(ipCosts.month, `${month(i)}-01`), eq(ipCosts.kind, 'staff')));
      expect(stored).toHaveLength(1);
      expect([a.json().id, b.json().id]).toEqual([stored[0]!.id, stored[0]!.id]);
      expect([260000, 270000]).toContain(stored[0]!.actualCents);
    });
    expect(outcomes).toEqual({ '200+200': PAIRS });
  });

  it('IP-3 PUT /cases/:id/co-payment from one month at once: both are saved, one co-payment per case and month holds one of the two', async () => {
    const body = (i: number, rentCents: number) => ({
      effectiveFrom: month(i), rentCents, managementCents: 3000, electricityCents: 2000, gasCents: 1000, utilitiesCents: 4000, basis: 'Novērtējums un rehabilitācijas plāns', assessedOn: '2026-01-05',
    });
    const outcomes = await firePairs(PAIRS, async (i) => Promise.all([
      sw1A.put(`${BASE}/cases/${caseId}/co-payment`, body(i, 12000)),
      sw1B.put(`${BASE}/cases/${caseId}/co-payment`, body(i, 13000)),
    ]), async (i, a, b) => {
      const stored = await world.db.select().from(ipCoPayments).where(and(eq(ipCoPayments.caseId, caseId), eq(ipCoPayments.effectiveFrom, `${month(i)}-01`)));
      expect(stored).toHaveLength(1);
      expect([a.json().id, b.json().id]).toEqual([stored[0]!.id, stored[0]!.id]);
      expect([12000, 13000]).toContain(stored[0]!.rentCents);
    });
    expect(outcomes).toEqual({ '200+200': PAIRS });
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('issue 12 ending a case at once: one ending wins, the other is refused 409 (PostgreSQL server)', () => {
  it('IP-5 POST /cases/:id/ending twice at once: one ends the case, the other gets 409 "case closed" naming the day; the winner’s day and reason are stored', async () => {
    const ids: string[] = [];
    for (let i = 0; i < PAIRS; i++) ids.push(await openCase(`Beigas${tag(i)}`));
    const outcomes = await firePairs(PAIRS, async (i) => Promise.all([
      sw1A.post(`${BASE}/cases/${ids[i]}/ending`, { endedOn: '2026-11-20', reason: 'client_ended' }),
      sw1B.post(`${BASE}/cases/${ids[i]}/ending`, { endedOn: '2026-11-21', reason: 'goals_reached' }),
    ]), async (i, winner, loser, oneWon) => {
      expect(oneWon).toBe(true);
      const endedOn = winner.json().closedOn as string;
      expect(loser.json().error).toMatchObject({ code: 'cases.closed' });
      expect(loser.json().error.message).toContain(endedOn.split('-').reverse().join('.'));
      const [stored] = await world.db.select({ status: cases.status, closedOn: cases.closedOn, reason: ipCases.endingReason }).from(cases)
        .innerJoin(ipCases, eq(ipCases.caseId, cases.id)).where(eq(cases.id, ids[i]!));
      expect(stored).toEqual({ status: 'closed', closedOn: endedOn, reason: endedOn === '2026-11-20' ? 'client_ended' : 'goals_reached' });
      const recipients = await world.db.select({ toDate: ipRecipients.toDate }).from(ipRecipients).where(eq(ipRecipients.caseId, ids[i]!));
      expect(recipients).toEqual([{ toDate: endedOn }]);
    });
    expect(outcomes).toEqual({ '200+409': PAIRS });
  });

  it('IP-3 PUT /cases/:id/costs and the ending at once: the cost goes in before the ending or is refused 409, never after the case closed', async () => {
    const ids: string[] = [];
    for (let i = 0; i < PAIRS; i++) ids.push(await openCase(`Izmaksas${tag(i)}`));
    const outcomes: Record<string, number> = {};
    for (let i = 0; i < PAIRS; i++) {
      const [ended, cost] = await Promise.all([
        sw1A.post(`${BASE}/cases/${ids[i]}/ending`, { endedOn: '2026-11-20', reason: 'client_ended' }),
        sw1B.put(`${BASE}/cases/${ids[i]}/costs`, { month: '2026-11', kind: 'housing', plannedCents: 40000, actualCents: 38000 }),
      ]);
      const key = `${ended.statusCode}+${cost.statusCode}`;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
      expect(ended.statusCode, ended.body).toBe(200);
      if (cost.statusCode !== 200) expect(cost.json().error.code).toBe('cases.closed');
      const stored = await world.db.select().from(ipCosts).where(eq(ipCosts.caseId, ids[i]!));
      expect(stored).toHaveLength(cost.statusCode === 200 ? 1 : 0);
    }
    expect(Object.keys(outcomes).every((k) => k === '200+200' || k === '200+409'), JSON.stringify(outcomes)).toBe(true);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('issue 12 IP-5, IP-6 evaluations at once: the rules set no "one a day", so both are recorded (PostgreSQL server)', () => {
  it('IP-5 POST /api/cases/:id/evaluations: two satisfaction surveys of one case at once are both recorded', async () => {
    const caseId = await openCase('Aptauja');
    const outcomes = await firePairs(PAIRS, async (i) => Promise.all([
      sw1A.post(`/api/cases/${caseId}/evaluations`, { instrument: 'client_satisfaction', recordedOn: `2026-10-${String(i + 1).padStart(2, '0')}`, score: 4 }),
      sw1B.post(`/api/cases/${caseId}/evaluations`, { instrument: 'client_satisfaction', recordedOn: `2026-10-${String(i + 1).padStart(2, '0')}`, score: 5 }),
    ]), async (i) => {
      const stored = await world.db.select({ score: evaluations.score }).from(evaluations)
        .where(and(eq(evaluations.caseId, caseId), eq(evaluations.recordedOn, `2026-10-${String(i + 1).padStart(2, '0')}`)));
      expect(stored.map((e) => Number(e.score)).sort()).toEqual([4, 5]);
    });
    expect(outcomes).toEqual({ '201+201': PAIRS });
  });

  it('IP-6 POST /api/programmes/individual_programme/provider-evaluations: two self-assessments of the provider at once are both recorded', async () => {
    const outcomes = await firePairs(PAIRS, async (i) => Promise.all([
      managerA.post('/api/programmes/individual_programme/provider-evaluations', { instrument: 'provider_self_assessment', recordedOn: `2026-09-${String(i + 1).padStart(2, '0')}`, score: 3 }),
      managerB.post('/api/programmes/individual_programme/provider-evaluations', { instrument: 'provider_self_assessment', recordedOn: `2026-09-${String(i + 1).padStart(2, '0')}`, score: 4 }),
    ]), async (i) => {
      const stored = await world.db.select({ score: evaluations.score }).from(evaluations)
        .where(and(eq(evaluations.providerOrganisationId, world.orgs.provider.id), eq(evaluations.recordedOn, `2026-09-${String(i + 1).padStart(2, '0')}`)));
      expect(stored.map((e) => Number(e.score)).sort()).toEqual([3, 4]);
    });
    expect(outcomes).toEqual({ '201+201': PAIRS });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { cases, engagementExtensions, engagementSuspensions } from '../../../db/schema';
import { createMovedInCase, createTestWorld, signIn } from '../../../test/test-world';

/**
 * HF-2.2 the engagement's writes under two people at once, on the PostgreSQL server (PGlite has one
 * connection and serialises every transaction, so only a server shows two writes overlapping). Each
 * pair sends two extensions — or two overlapping suspensions — filled against the same agreed end at
 * the same moment: never a 500, exactly one applies, the other is refused (409 the end is stale), and
 * what is stored is the winner's alone, so the end never moves twice from a stale reading; two
 * cancellations of one record give one cancellation.
 */
const PAIRS = 10;
type Client = Awaited<ReturnType<typeof signIn>>;
type Response = LightMyRequestResponse;

let world: Awaited<ReturnType<typeof createTestWorld>>;
let sw1: Client, manager: Client;

beforeAll(async () => {
  world = await createTestWorld(); // today 24.11.2026
  sw1 = await signIn(world.app, 'sw1@test.lv');
  manager = await signIn(world.app, 'manager@test.lv');
});
afterAll(() => world.close());

/** A case whose contract of 1.12.2025 ends on 1.12.2026. */
async function contractedCase(i: number, name: string) {
  const made = await createMovedInCase(world, `${name}${String.fromCharCode(97 + i)}`, 'Vienlaicīga');
  await world.db.update(cases).set({ openedOn: '2025-12-01', contractSignedOn: '2025-12-01' }).where(eq(cases.id, made.caseId));
  return made.caseId;
}

async function firePairs(fire: (i: number) => Promise<[Response, Response]>, check: (i: number, winner: Response, loser: Response) => Promise<void>) {
  const outcomes: Record<string, number> = {};
  for (let i = 0; i < PAIRS; i++) {
    const [a, b] = await fire(i);
    for (const res of [a, b]) expect(res.statusCode, res.body).toBeLessThan(500);
    const key = [a.statusCode, b.statusCode].sort().join('+');
    outcomes[key] = (outcomes[key] ?? 0) + 1;
    const aWon = a.statusCode < 300;
    if (aWon !== b.statusCode < 300) await check(i, aWon ? a : b, aWon ? b : a);
  }
  return outcomes;
}

describe.skipIf(!process.env.TEST_DATABASE_URL)('HF-2.2 two extensions at once against the same agreed end: one applies, the other is stale (PostgreSQL server)', () => {
  it('HF-2.2 extensions: 201 + 409, one row, the end moved once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < PAIRS; i++) ids.push(await contractedCase(i, 'Ext'));
    const outcomes = await firePairs(
      (i) => Promise.all([
        sw1.post(`/api/cases/${ids[i]}/engagement/extensions`, { decidedOn: '2026-11-20', months: 2, reason: 'Vienošanās A', expectedEndOn: '2026-12-01' }),
        manager.post(`/api/cases/${ids[i]}/engagement/extensions`, { decidedOn: '2026-11-21', months: 3, reason: 'Vienošanās B', expectedEndOn: '2026-12-01' }),
      ]),
      async (i, winner, loser) => {
        expect(loser.statusCode).toBe(409);
        expect(loser.json().error.code).toBe('engagement.stale');
        const rows = await world.db.select().from(engagementExtensions).where(and(eq(engagementExtensions.caseId, ids[i]!), isNull(engagementExtensions.cancelledAt)));
        expect(rows).toHaveLength(1);
        const end = (await sw1.get(`/api/cases/${ids[i]}/engagement`)).json().engagement.agreedEndOn;
        expect(end).toBe(winner.json().engagement.agreedEndOn);
        expect(loser.json().error.details.agreedEndOn).toBe(end);
      },
    );
    expect(outcomes).toEqual({ '201+409': PAIRS });
  });

  it('HF-2.2 overlapping suspensions: 201 + 409 (or 400 overlap), one row', async () => {
    const ids: string[] = [];
    for (let i = 0; i < PAIRS; i++) ids.push(await contractedCase(i, 'Sus'));
    const outcomes = await firePairs(
      (i) => Promise.all([
        sw1.post(`/api/cases/${ids[i]}/engagement/suspensions`, { fromOn: '2026-05-01', toOn: '2026-05-10', reason: 'Slimnīcā', expectedEndOn: '2026-12-01' }),
        manager.post(`/api/cases/${ids[i]}/engagement/suspensions`, { fromOn: '2026-05-05', toOn: '2026-05-20', reason: 'Prombūtne', expectedEndOn: '2026-12-01' }),
      ]),
      async (i, _winner, loser) => {
        expect([400, 409]).toContain(loser.statusCode);
        const rows = await world.db.select().from(engagementSuspensions).where(eq(engagementSuspensions.caseId, ids[i]!));
        expect(rows).toHaveLength(1);
      },
    );
    expect(Object.keys(outcomes).every((k) => k === '201+409' || k === '201+400')).toBe(true);
  });

  it('HF-2.2 two cancellations of the same record: 200 + 409 (already cancelled), the first reason kept', async () => {
    const ids: Array<{ caseId: string; extensionId: string }> = [];
    for (let i = 0; i < PAIRS; i++) {
      const caseId = await contractedCase(i, 'Can');
      const made = await sw1.post(`/api/cases/${caseId}/engagement/extensions`, { decidedOn: '2026-11-20', months: 1, reason: 'Kļūda', expectedEndOn: '2026-12-01' });
      ids.push({ caseId, extensionId: made.json().extension.id });
    }
    const outcomes = await firePairs(
      (i) => Promise.all(['A', 'B'].map((who, k) => (k === 0 ? sw1 : manager).post(`/api/cases/${ids[i]!.caseId}/engagement/extensions/${ids[i]!.extensionId}/cancellation`, { reason: `Atcēla ${who}` }))) as Promise<[Response, Response]>,
      async (i, winner, loser) => {
        expect(loser.json().error.code).toBe('engagement.already_cancelled');
        const [row] = await world.db.select().from(engagementExtensions).where(eq(engagementExtensions.id, ids[i]!.extensionId));
        expect(row!.cancelReason).toBe(winner.json().extension.cancelReason);
      },
    );
    expect(outcomes).toEqual({ '200+409': PAIRS });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { cases, dwellings } from '../../../db/schema';
import { createMovedInCase, createTestWorld, signIn } from '../../../test/test-world';

/**
 * HF-2.2 the engagement's records travel in the case-history format (docs/case-history-format.md): an
 * export carries every extension and suspension with its cancellation, a second import of the file
 * changes nothing, and another server importing it computes the same agreed end.
 */
type World = Awaited<ReturnType<typeof createTestWorld>>;
type Client = Awaited<ReturnType<typeof signIn>>;
let world: World, other: World;
let sw1: Client, manager: Client, otherManager: Client;

beforeAll(async () => {
  world = await createTestWorld();
  other = await createTestWorld();
  sw1 = await signIn(world.app, 'sw1@test.lv');
  manager = await signIn(world.app, 'manager@test.lv', 'en');
  otherManager = await signIn(other.app, 'manager@test.lv', 'en');
});
afterAll(async () => { await world.close(); await other.close(); });

const importFile = (w: World, client: Client, text: string, query = '') =>
  w.app.inject({ method: 'POST', url: `/api/case-history/import${query}`, headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': 'application/x-ndjson', 'accept-language': 'en' }, payload: text });

describe('HF-2.2 the engagement in the case history', () => {
  it('HF-2.2 exports extensions and suspensions with their cancellations; re-importing changes nothing; another server gets the same agreed end', async () => {
    const { caseId } = await createMovedInCase(world, 'Vēsture', 'Līgumniece');
    await world.db.update(cases).set({ openedOn: '2025-12-01', contractSignedOn: '2025-12-01' }).where(eq(cases.id, caseId));
    // the test world's dwelling as the format has it (every amenity named)
    await world.db.update(dwellings).set({ amenities: { water: true, heating: true, electricity: true, hotWater: false, furniture: true } }).where(eq(dwellings.address, 'Līgumniece iela 1, Rīga'));
    const reason = 'Persona slimnīcā; “pēdiņas” <b>';
    expect((await sw1.post(`/api/cases/${caseId}/engagement/suspensions`, { fromOn: '2026-04-01', toOn: '2026-04-10', reason, expectedEndOn: '2026-12-01' })).statusCode).toBe(201);
    const made = (await sw1.post(`/api/cases/${caseId}/engagement/extensions`, { decidedOn: '2026-11-20', months: 2, reason, expectedEndOn: '2026-12-11' })).json();
    expect((await sw1.post(`/api/cases/${caseId}/engagement/extensions/${made.extension.id}/cancellation`, { reason: 'Kļūda' })).statusCode).toBe(200);
    expect((await sw1.post(`/api/cases/${caseId}/engagement/extensions`, { decidedOn: '2026-11-21', newEndOn: '2027-01-31', reason, expectedEndOn: '2026-12-11' })).statusCode).toBe(201);

    const text = (await manager.get(`/api/cases/${caseId}/history.jsonl`)).body;
    const records = text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.filter((r) => r.type === 'engagement_suspension')).toEqual([
      { type: 'engagement_suspension', id: expect.any(String), caseId, fromOn: '2026-04-01', toOn: '2026-04-10', reason, recordedBy: 'sw1@test.lv', cancelledAt: null, cancelledBy: null, cancelReason: null },
    ]);
    expect(records.filter((r) => r.type === 'engagement_extension')).toMatchObject([
      { id: made.extension.id, decidedOn: '2026-11-20', months: 2, newEndOn: null, cancelledAt: expect.any(String), cancelledBy: 'sw1@test.lv', cancelReason: 'Kļūda' },
      { decidedOn: '2026-11-21', months: null, newEndOn: '2027-01-31', cancelledAt: null },
    ]);

    const again = await importFile(world, manager, text);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toMatchObject({ created: 0, unchanged: records.length - 1 });

    const elsewhere = await importFile(other, otherManager, text);
    expect(elsewhere.statusCode, elsewhere.body).toBe(201);
    expect(elsewhere.json().createdByType).toMatchObject({ engagement_extension: 2, engagement_suspension: 1 });
    const read = (await otherManager.get(`/api/cases/${caseId}/engagement`)).json();
    expect(read.engagement).toMatchObject({ agreedEndOn: '2027-01-31', suspendedDays: 10, minimumParticipationOn: '2026-06-11' });
    expect(read.extensions).toHaveLength(2);
  });

  it('HF-2.2 a file with overlapping suspensions, or an extension giving both months and a new end, is refused naming the line', async () => {
    const { caseId } = await createMovedInCase(world, 'Pārklāšanās', 'Līgumniece');
    await world.db.update(cases).set({ contractSignedOn: '2026-02-20' }).where(eq(cases.id, caseId));
    const text = (await manager.get(`/api/cases/${caseId}/history.jsonl`)).body.trim();
    const line = (r: Record<string, unknown>) => JSON.stringify(r);
    const base = { caseId, reason: 'x', recordedBy: 'sw1@test.lv' };
    const bad = [text,
      line({ type: 'engagement_suspension', id: '6f1d2c3b-0000-4000-8000-000000000001', ...base, fromOn: '2026-04-01', toOn: '2026-04-10' }),
      line({ type: 'engagement_suspension', id: '6f1d2c3b-0000-4000-8000-000000000002', ...base, fromOn: '2026-04-10', toOn: '2026-04-12' }),
      line({ type: 'engagement_extension', id: '6f1d2c3b-0000-4000-8000-000000000003', ...base, decidedOn: '2026-05-01', months: 1, newEndOn: '2027-05-01' }),
    ].join('\n');
    const res = await importFile(world, manager, bad, '?dryRun=true');
    expect(res.statusCode).toBe(400);
    const n = text.split('\n').length;
    const errors = res.json().error.details.errors.map((e: { line: number; field: string }) => `${e.line - n}:${e.field}`);
    expect(errors).toEqual(expect.arrayContaining(['2:fromOn', '3:months']));
  });
});

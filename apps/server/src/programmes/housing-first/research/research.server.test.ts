import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { auditLog, disclosures } from '../../../db/schema';
import { createMovedInCase, createTestWorld, signIn } from '../../../test/test-world';

/**
 * Issue 11 §1 on the PostgreSQL server (PGlite serialises every transaction): two managers passing data
 * out at the same moment (HF-4.4) — a research extract and a handover package, each pair at once — are
 * both produced and both recorded in the register, each with its own audit entry; nothing is lost or
 * merged, and neither gets a 500. The register has no unique value to clash on: every disclosure is its own.
 */
const PAIRS = 5;
type Client = Awaited<ReturnType<typeof signIn>>;
let world: Awaited<ReturnType<typeof createTestWorld>>;
let managerA: Client, managerB: Client;
const body = (who: string) => ({ recipient: `Saņēmējs ${who}`, legalBasis: 'VDAR 89. pants', purpose: 'Izvērtējums' });

beforeAll(async () => {
  world = await createTestWorld({ RESEARCH_PSEUDONYM_KEY: 'concurrent-research-key-0123456789abcdef' });
  [managerA, managerB] = [await signIn(world.app, 'manager@test.lv'), await signIn(world.app, 'manager@test.lv')];
  await createMovedInCase(world, 'Vienlaicīgs', 'Izraksts', { caseNumber: 'MV-2026-0900' });
}, 120_000);
afterAll(() => world?.close());

describe.skipIf(!process.env.TEST_DATABASE_URL)('HF-4.4 concurrent disclosures (PostgreSQL server)', () => {
  it('two extracts and two handover packages at once: all produced, each recorded and audited once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < PAIRS; i++) {
      const [a, b] = await Promise.all([
        managerA.post('/api/programmes/housing_first/research-extracts', body(`A${i}`)),
        managerB.post('/api/programmes/housing_first/research-extracts', body(`B${i}`)),
      ]);
      const [c, d] = await Promise.all([
        managerA.post('/api/programmes/housing_first/funder-handovers', { ...body(`C${i}`), cases: 'all' }),
        managerB.post('/api/programmes/housing_first/funder-handovers', { ...body(`D${i}`), cases: 'all' }),
      ]);
      for (const res of [a, b, c, d]) {
        expect(res.statusCode, res.body).toBe(201);
        ids.push(res.headers['x-disclosure-id'] as string);
      }
    }
    expect(new Set(ids).size).toBe(PAIRS * 4);
    const rows = await world.db.select().from(disclosures).where(inArray(disclosures.id, ids));
    expect(rows.map((r) => r.recipient).sort()).toEqual(['A', 'B', 'C', 'D'].flatMap((w) => Array.from({ length: PAIRS }, (_, i) => `Saņēmējs ${w}${i}`)).sort());
    const audited = await world.db.select().from(auditLog).where(and(inArray(auditLog.entityId, ids), inArray(auditLog.action, ['research_extract', 'handover'])));
    expect(audited).toHaveLength(PAIRS * 4);
    expect(audited.filter((e) => e.action === 'handover')).toHaveLength(PAIRS * 2);
    expect((await world.db.select().from(disclosures).where(eq(disclosures.kind, 'funder_handover'))).every((r) => r.actSha256?.length === 64)).toBe(true);
  });
});

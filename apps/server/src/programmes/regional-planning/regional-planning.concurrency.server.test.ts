import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organisations, rpCatalogueVersions, rpParts, users } from '../../db/schema';
import { hashPassword } from '../../modules/auth/passwords';
import { createTestWorld, signIn, TEST_PASSWORD } from '../../test/test-world';

/**
 * RP-6 two officers of one municipality at once, on the PostgreSQL server (PGlite serialises every
 * transaction): two saves of Rīga's part against the same version — one saved, the other 409 and the
 * version counts each save once; a confirmation racing a save — never both against one version. RP-1 two
 * planners publishing the catalogue's next version at once: one published, the other 409.
 */
const PAIRS = 5;
const BASE = '/api/regional-planning';
let world: Awaited<ReturnType<typeof createTestWorld>>;
type Client = Awaited<ReturnType<typeof signIn>>;
let a: Client, b: Client;
let roundId = '';
const part = (expectedVersion: number, clients: number) => ({ expectedVersion, figures: [{ service: 'shelter', providers: 1, places: 40, clients, waiting: 0, waitingDays: 0, costCents: 1_000_000, clientsByGroup: {} }] });

beforeAll(async () => {
  world = await createTestWorld();
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const [region] = await world.db.insert(organisations).values({ name: 'Rīgas plānošanas reģions', kind: 'planning_region', regionCode: 'riga' }).returning();
  await world.db.insert(users).values([
    { email: 'planner@test.lv', organisationId: region!.id, roles: ['planner'], displayName: 'Plānotājs', passwordHash },
    { email: 'riga2@test.lv', organisationId: world.orgs.riga.id, roles: ['municipal_social_worker'], displayName: 'Otra rīdziniece', passwordHash },
    { email: 'planner2@test.lv', organisationId: region!.id, roles: ['planner'], displayName: 'Otra plānotāja', passwordHash },
  ]);
  const planner = await signIn(world.app, 'planner@test.lv');
  roundId = (await planner.post(`${BASE}/rounds`, { name: 'Vienlaicīgā kārta', openedOn: '2026-11-02', deadline: '2026-11-30', municipalities: ['0001000'] })).json().id;
  a = await signIn(world.app, 'riga@test.lv');
  b = await signIn(world.app, 'riga2@test.lv');
});
afterAll(() => world?.close());

describe.skipIf(!process.env.TEST_DATABASE_URL)('RP-6 two officers of one municipality at once (PostgreSQL server)', () => {
  it('two saves against the same version: one saved, the other 409; the version counts each save once', async () => {
    for (let i = 1; i <= PAIRS; i++) {
      const [x, y] = await Promise.all([a.put(`${BASE}/rounds/${roundId}/parts/0001000`, part(i, 10 + i)), b.put(`${BASE}/rounds/${roundId}/parts/0001000`, part(i, 100 + i))]);
      expect([x.statusCode, y.statusCode].sort(), `${x.body} ${y.body}`).toEqual([200, 409]);
      expect((x.statusCode === 409 ? x : y).json().error.code).toBe('rp.version_conflict');
    }
    const [row] = await world.db.select().from(rpParts).where(eq(rpParts.roundId, roundId));
    expect(row!.version).toBe(PAIRS + 1);
  });

  it('a confirmation racing a save against the same version: exactly one wins', async () => {
    const [row] = await world.db.select().from(rpParts).where(eq(rpParts.roundId, roundId));
    const [x, y] = await Promise.all([a.post(`${BASE}/rounds/${roundId}/parts/0001000/confirmation`, { expectedVersion: row!.version }), b.put(`${BASE}/rounds/${roundId}/parts/0001000`, part(row!.version, 7))]);
    expect([x.statusCode, y.statusCode].sort(), `${x.body} ${y.body}`).toEqual([200, 409]);
    const [after] = await world.db.select().from(rpParts).where(eq(rpParts.roundId, roundId));
    expect(after!.version).toBe(row!.version + 1);
    expect(after!.status).toBe(x.statusCode === 200 ? 'confirmed' : 'in_progress');
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('RP-1 two planners publish the catalogue at once (PostgreSQL server)', () => {
  it('both against the same version: one published, the other 409; one row per version', async () => {
    const p1 = await signIn(world.app, 'planner@test.lv');
    const p2 = await signIn(world.app, 'planner2@test.lv');
    for (let i = 1; i <= PAIRS; i++) {
      const latest = (await p1.get(`${BASE}/catalogue`)).json().latest;
      const body = (name: string) => ({ basedOnVersion: latest.version, validFrom: `2027-0${i}-01`, services: [...latest.services,
        { code: null, names: { lv: name, en: name }, description: { lv: 'Apraksts', en: 'Description' }, lawType: 'social_care', setting: 'at_home', targetGroups: ['homeless'] }] });
      const [x, y] = await Promise.all([p1.post(`${BASE}/catalogue/versions`, body(`Pakalpojums A${i}`)), p2.post(`${BASE}/catalogue/versions`, body(`Pakalpojums B${i}`))]);
      expect([x.statusCode, y.statusCode].sort(), `${x.body} ${y.body}`).toEqual([201, 409]);
      expect((x.statusCode === 409 ? x : y).json().error.code).toBe('rp.catalogue_conflict');
    }
    const rows = await world.db.select().from(rpCatalogueVersions).where(eq(rpCatalogueVersions.regionCode, 'riga'));
    expect(rows.map((r) => r.version).sort()).toEqual(Array.from({ length: PAIRS }, (_, i) => i + 2));
    expect(rows.map((r) => r.services.length).sort()).toEqual(Array.from({ length: PAIRS }, (_, i) => 23 + i));
  });
});

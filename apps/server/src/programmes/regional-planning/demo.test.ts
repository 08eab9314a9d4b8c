import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations, users } from '../../db/schema';
import { hashPassword } from '../../modules/auth/passwords';
import { createTestWorld, signIn, TEST_PASSWORD } from '../../test/test-world';
import { seedRegionalPlanningDemo } from './demo';

/**
 * RP-1 – RP-6 the demo (today 07.12.2026): the Rīga planning region's 13 municipalities since the 2021 reform
 * with the 22 services, three closed rounds whose forecasts meet the later rounds' actuals, two cooperation
 * agreements, and Jūrmala's officer; no round open, so the planner opens the next.
 */
let world: Awaited<ReturnType<typeof createTestWorld>>;
const BASE = '/api/regional-planning';

beforeAll(async () => {
  world = await createTestWorld({ DEMO: 'on' });
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const [region] = await world.db.insert(organisations).values({ name: 'Rīgas plānošanas reģions', kind: 'planning_region', regionCode: 'riga' }).returning();
  await world.db.insert(users).values({ email: 'planotajs@demo.lv', organisationId: region!.id, roles: ['planner'], displayName: 'Pauls Plānotājs', passwordHash, isDemo: true });
  const deps = { db: world.db, config: world.config, now: () => new Date('2026-12-07T07:30:00Z') };
  await seedRegionalPlanningDemo(deps);
  await seedRegionalPlanningDemo(deps); // a second run adds nothing
}, 120_000);
afterAll(() => world?.close());

describe('RP-1 – RP-6 the regional planning demo', () => {
  it('three closed rounds of the 13 municipalities; the latest is the overview’s; Jūrmala’s officer signs in; forecasts meet actuals', async () => {
    const planner = await signIn(world.app, 'planotajs@demo.lv');
    const rounds = (await planner.get(`${BASE}/rounds`)).json();
    expect(rounds.items.map((r: { name: string; status: string }) => [r.name, r.status])).toEqual([['2025. gada aktualizācija', 'closed'], ['2024. gada aktualizācija', 'closed'], ['2023. gada aktualizācija', 'closed']]);
    expect(rounds.items[0].progress).toMatchObject({ total: 13, confirmed: 13 });
    const overview = (await planner.get(`${BASE}/overview`)).json();
    expect(overview.municipalities.map((m: { nameLv: string }) => m.nameLv)).toEqual(expect.arrayContaining(['Rīga', 'Jūrmala', 'Ādažu novads', 'Tukuma novads', 'Siguldas novads']));
    expect(overview.municipalities).toHaveLength(13);
    expect(overview.services).toHaveLength(22);
    expect(overview.gaps.length).toBeGreaterThan(0);
    expect(overview.cooperation).toHaveLength(2);
    const forecast = (await planner.get(`${BASE}/forecast?service=home_care`)).json();
    const y2025 = forecast.rows.find((r: { year: number }) => r.year === 2025);
    expect(y2025.forecast).toBeGreaterThan(0);
    expect(y2025.actual).toBeGreaterThan(0);
    const jurmala = await signIn(world.app, 'jurmala@demo.lv');
    expect((await jurmala.get(`${BASE}/rounds`)).json().ownMunicipalityAtvk).toBe('0004000');
  });
});

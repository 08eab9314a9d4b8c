import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { buildApp } from '../../app/build-app';
import { loadConfig } from '../../config';
import { createTestDatabase } from '../../db/test-database';
import { cases, ibCatalogue, ibInterruptions } from '../../db/schema';
import { DEMO_PASSWORD, seedDemoWorld } from '../../modules/demo/demo.seed';

/**
 * IB-1 the demo: the two pilots, 10 municipalities × 10 people each, finished; Talsi's catalogue with its
 * shortages and the 2020 emergency's interruptions; and living cases of a worker who also serves Housing
 * First — the re-assessment due today and the budget warning on the worker's morning beside Housing First's items.
 */
const TODAY = '2026-12-07';
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let app: Awaited<ReturnType<typeof buildApp>>;
let db: Awaited<ReturnType<typeof createTestDatabase>>['db'];

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  const deps = { db, config: { ...loadConfig({}), DEMO: 'on' as const }, now: () => new Date(`${TODAY}T07:30:00Z`) };
  app = await buildApp(deps, { serveWeb: false });
  await seedDemoWorld(deps);
}, 240_000);
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('IB-1 the Individual Budget demo', () => {
  it('two pilots of 10 municipalities × 10 people; Talsi’s shortages; the 2020 emergency’s interruptions in Talsi', async () => {
    const [pilots] = await db.select({ n: count() }).from(cases).where(and(eq(cases.programme, 'individual_budget'), eq(cases.status, 'closed')));
    expect(pilots!.n).toBe(200 + 1); // the two pilots, and a living case ended three days ago
    const talsi = await db.select().from(ibCatalogue).where(and(eq(ibCatalogue.municipalityAtvk, '0051000'), eq(ibCatalogue.shortage, true)));
    expect(talsi.map((e) => e.service).sort()).toEqual(['aba_therapy', 'hippotherapy', 'occupational_therapy', 'respite_care', 'speech_therapist']);
    const emergency = await db.select().from(ibInterruptions).where(eq(ibInterruptions.reason, 'emergency_situation'));
    expect(emergency.length).toBeGreaterThan(0);
    expect(emergency.every((i) => i.fromDate === '2020-03-13' && i.toDate === '2020-06-09')).toBe(true);
  });

  it('the worker of two programmes: the re-assessment due today and the budget warning beside Housing First’s items', async () => {
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'socdarbs@demo.lv', password: DEMO_PASSWORD }, remoteAddress: '127.9.3.1' });
    const cookie = `sid=${login.cookies.find((c) => c.name === 'sid')!.value}`;
    const items = (await app.inject({ method: 'GET', url: '/api/worklists/worker', headers: { cookie } })).json().items as Array<{ kind: string; instrument?: string; personName: string; due?: { daysLeft: number } }>;
    expect(items.some((i) => i.kind === 'weekly_visit')).toBe(true);
    expect(items).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'evaluation_due', instrument: 'ib_needs_assessment', personName: 'Mārtiņš Zvaigzne', due: expect.objectContaining({ daysLeft: 0 }) }),
      expect.objectContaining({ kind: 'evaluation_due', instrument: 'ib_needs_assessment', personName: 'Toms Lazdiņš' }),
      expect.objectContaining({ kind: 'evaluation_due', instrument: 'ib_pilot_end_meeting', personName: 'Līva Mežiņa' }),
      expect.objectContaining({ kind: 'ib_budget_warning', personName: 'Ieva Saulīte' }),
    ]));
    const report = (await app.inject({ method: 'GET', url: '/api/individual-budget/reports/unmet-services', headers: { cookie } })).json();
    expect(report.rows).toEqual(expect.arrayContaining([expect.objectContaining({ municipalityAtvk: '0001000', service: 'hippotherapy', interruptions: 1 })]));
  });
});

import { describe, expect, it } from 'vitest';
import { buildApp } from '../../../app/build-app';
import { loadConfig } from '../../../config';
import { createTestDatabase } from '../../../db/test-database';
import { DEMO_PASSWORD, seedDemoWorld } from '../../../modules/demo/demo.seed';
import { PILOT } from './pilot-history';

interface Figures {
  served: unknown; housedAfter6Months: unknown; housedAfter12Months: unknown;
  exitDestinations: Array<{ destination: string; count: number | null }>;
}

/**
 * HF-4.2 the demo tells the pilot's story: the provider's manager opening the indicators for the pilot's
 * year (1.09.2022–30.08.2023, HF-2.2) sees 49 clients served against the capacity of 100, about 95 % still
 * housed after 6 and after 12 months, and where they went; the funder sees the 49 served, and the
 * retention hidden, since its complement — the two who left — is a small cell.
 */
describe('the demo world holds the Latvian pilot’s finished year (HF-4.2, HF-2.2)', () => {
  it('shows the manager 49 clients served, 47 of them still housed after 6 and after 12 months; the funder the 49 with the small cells hidden', async () => {
    const database = await createTestDatabase();
    const deps = { db: database.db, config: { ...loadConfig({}), DEMO: 'on' as const }, now: () => new Date('2026-12-07T07:30:00Z') };
    const app = await buildApp(deps, { serveWeb: false });
    try {
      expect(await seedDemoWorld(deps)).toBe(true);
      const read = async (email: string) => {
        const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: DEMO_PASSWORD } });
        const cookie = `sid=${login.cookies.find((c) => c.name === 'sid')!.value}`;
        const res = await app.inject({ method: 'GET', url: `/api/programmes/housing_first/indicators?from=${PILOT.from}&to=${PILOT.to}`, headers: { cookie } });
        expect(res.statusCode).toBe(200);
        return (res.json() as { programme: Figures }).programme;
      };
      const manager = await read('vaditaja@demo.lv');
      expect(manager.served).toEqual({ count: 49, of: 100, share: 0.49 });
      expect(manager.housedAfter6Months).toEqual({ count: 47, of: 49, share: 47 / 49 });
      expect(manager.housedAfter12Months).toEqual({ count: 47, of: 49, share: 47 / 49 });
      const went = Object.fromEntries(manager.exitDestinations.map((d) => [d.destination, d.count]));
      expect(went.social_flat! + went.market_flat!).toBe(47);
      expect([went.shelter, went.street]).toEqual([1, 1]);
      const funder = await read('finansetajs@demo.lv');
      expect(funder.served).toEqual({ count: 49, of: 100, share: 0.49 });
      expect(funder.housedAfter6Months).toEqual({ count: null, of: 49, share: null });
    } finally {
      await app.close();
      await database.close();
    }
  });
});

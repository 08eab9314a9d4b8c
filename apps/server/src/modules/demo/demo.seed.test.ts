import { describe, expect, it } from 'vitest';
import { buildApp } from '../../app/build-app';
import { loadConfig } from '../../config';
import { createTestDatabase } from '../../db/test-database';
import { DEMO_PASSWORD, seedDemoWorld } from './demo.seed';

interface Item {
  kind: string;
  caseId: string;
  personName?: string;
  escalation?: { level: string; permitted: string[]; extendedUntil: string | null };
  due?: { daysLeft: number };
  usedHours?: number;
}

/**
 * Issue 12 — the demo world is dated from the day it is created: whatever that day is, a newcomer meets
 * a living Housing First service that very day. Seeded on a fresh database with the clock on a Monday,
 * a Saturday, 31 January and 29 February, the organisation's worklist (the real use case, over HTTP)
 * shows a home visit due today (HF-3.2.1), every escalation level of HF-3.2.2 with its action — a
 * missed visit, a week without a meeting at home, the safety entry, the 15-day inspection (HF-2.7), a
 * month → termination to evaluate and an extension running (HF-3.3.3) — a plan review due (HF-3.2.5,
 * HF-3.4.4), the 6-monthly re-assessment (HF-2.4), contact hours near the limit and the agreed end approaching (HF-2.2); and no
 * item is more than a few days overdue.
 */
describe.each([
  ['a Monday', '2026-12-07'],
  ['a Saturday', '2026-12-12'],
  ['31 January', '2027-01-31'],
  ['29 February', '2028-02-29'],
])('the demo world created on %s (%s)', (_name, today) => {
  it('is alive on the day: every kind and escalation level is on the worklist, nothing weeks overdue', async () => {
    const database = await createTestDatabase();
    const deps = { db: database.db, config: { ...loadConfig({}), DEMO: 'on' as const }, now: () => new Date(`${today}T07:30:00Z`) };
    const app = await buildApp(deps, { serveWeb: false });
    try {
      expect(await seedDemoWorld(deps)).toBe(true);
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'vaditaja@demo.lv', password: DEMO_PASSWORD } });
      expect(login.statusCode).toBe(200);
      const cookie = `sid=${login.cookies.find((c) => c.name === 'sid')!.value}`;
      const res = await app.inject({ method: 'GET', url: '/api/worklists/organisation?pageSize=200', headers: { cookie } });
      expect(res.statusCode).toBe(200);
      const { asOf, items } = res.json() as { asOf: string; items: Item[] };
      expect(asOf).toBe(today);

      const levels = items.filter((i) => i.kind === 'escalation' || i.kind === 'evaluate_termination').map((i) => i.escalation!);
      const level = (name: string) => levels.filter((e) => e.level === name);
      expect(items.filter((i) => i.kind === 'weekly_visit' && i.due!.daysLeft === 0).length).toBeGreaterThanOrEqual(2);
      expect(level('missed_visit')).toHaveLength(1);
      expect(level('unreachable_week').map((e) => e.permitted.includes('enter_to_check_safety')).sort()).toEqual([false, true]);
      expect(level('unreachable_inspection')).toEqual([expect.objectContaining({ permitted: expect.arrayContaining(['inspect_dwelling']) })]);
      const month = level('evaluate_termination');
      expect(month.map((e) => e.permitted.includes('extension_running') ? 'extension' : 'evaluate').sort()).toEqual(['evaluate', 'extension']);
      expect(items.filter((i) => i.kind === 'plan_review' && i.due!.daysLeft === 0).length).toBeGreaterThanOrEqual(1);
      expect(items.filter((i) => i.kind === 'reassessment' && i.due!.daysLeft <= 0 && i.due!.daysLeft >= -3)).toHaveLength(1);
      expect(items.filter((i) => i.kind === 'contact_hours').map((i) => i.usedHours! >= 240 && i.usedHours! <= 300)).toEqual([true]);
      // HF-2.2 the case served for almost a year: its agreed end (moved by a week in hospital) is approaching
      expect(items.filter((i) => i.kind === 'engagement_end')).toHaveLength(1);
      // not one case frozen weeks overdue; the plans reviewed on time (one falls due today)
      expect(items.filter((i) => i.due && i.due.daysLeft < -3)).toEqual([]);
      expect(items.filter((i) => i.kind === 'plan_review' && i.due!.daysLeft < 0)).toEqual([]);
    } finally {
      await app.close();
      await database.close();
    }
  }, 300_000);
});

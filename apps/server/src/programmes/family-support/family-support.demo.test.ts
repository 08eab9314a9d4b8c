import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app/build-app';
import { loadConfig } from '../../config';
import { createTestDatabase } from '../../db/test-database';
import { DEMO_PASSWORD, seedDemoWorld } from '../../modules/demo/demo.seed';

/**
 * Family support's demo world (seed 003): the project's 129 families and 271 children with the finance
 * against the EEA grant, and living families whose items are on the worklists the day the demo is made —
 * beside Housing First's for socdarbs2@demo.lv, who serves both; nothing more than a few days overdue.
 */
const TODAY = '2026-12-07';
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  database = await createTestDatabase();
  const deps = { db: database.db, config: { ...loadConfig({}), DEMO: 'on' as const }, now: () => new Date(`${TODAY}T07:30:00Z`) };
  app = await buildApp(deps, { serveWeb: false });
  await seedDemoWorld(deps);
}, 300_000);
afterAll(async () => {
  await app.close();
  await database.close();
});

async function as(email: string) {
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: DEMO_PASSWORD }, remoteAddress: `127.9.1.${email.length}` });
  expect(login.statusCode).toBe(200);
  const cookie = `sid=${login.cookies.find((c) => c.name === 'sid')!.value}`;
  return (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
}

type Item = { kind: string; programme?: string; due?: { daysLeft: number }; caseNumber: string | null };

describe('the family support demo', () => {
  it('FS-1, FS-6 the project: 129 families with 271 children, some supported after it by the provider; its final cost spent, the grant used in full', async () => {
    const report = (await (await as('vaditaja@demo.lv'))('/api/family-support/report')).json();
    expect(report.families).toMatchObject({ inProject: 129, childrenInProject: 271 });
    expect(report.families.continuingAfterProject).toBeGreaterThan(5);
    expect(report.finance).toMatchObject({ spentInProjectCents: 11_010_100, grantUsedCents: 9_413_600, grantLeftCents: 0, costChangeCents: -88_300 });
    expect(report.finance.spentAfterProjectCents).toBeGreaterThan(0);
    expect(report.conferences.held).toBeGreaterThan(5);
    expect(report.sessions.groups.find((g: { kind: string }) => g.kind === 'camp').attendances).toBeGreaterThan(20);
    const funder = (await (await as('finansetajs@demo.lv'))('/api/family-support/report')).json();
    expect(funder.families.inProject).toBe(129);
  });

  it('the worklists: a worker of Housing First and family support sees both; the centre’s worklist has the review, the supervision, the crisis and the endings, none weeks overdue', async () => {
    const both = (await (await as('socdarbs2@demo.lv'))('/api/worklists/worker')).json().items as Item[];
    expect(both.some((i) => i.kind === 'fs_mentor_check')).toBe(true);
    expect(both.some((i) => !i.kind.startsWith('fs_') && i.kind !== 'evaluation_due')).toBe(true);
    const org = (await (await as('vaditaja@demo.lv'))('/api/worklists/organisation?pageSize=200')).json();
    expect(Object.keys(org.counts)).toEqual(expect.arrayContaining(['fs_conference_review', 'fs_mentor_supervision', 'fs_mentor_check', 'fs_crisis_contact']));
    const fs = (org.items as Item[]).filter((i) => i.kind.startsWith('fs_') || i.programme === 'family_support');
    expect(fs.filter((i) => i.due && i.due.daysLeft < -3)).toEqual([]);
    const worker = (await (await as('gimenes@demo.lv'))('/api/worklists/worker')).json().items as Item[];
    expect(worker.filter((i) => i.programme === 'family_support' && i.kind === 'evaluation_due').length).toBeGreaterThanOrEqual(1); // the ending's evaluations of the family whose support ended yesterday
  });

  it('a referral awaits the centre’s decision; the mentors’ register shows one not yet trained', async () => {
    const referrals = (await (await as('vaditaja@demo.lv'))('/api/family-support/referrals')).json().items as { status: string }[];
    expect(referrals.filter((r) => r.status === 'pending')).toHaveLength(1);
    const mentors = (await (await as('vaditaja@demo.lv'))('/api/family-support/mentors')).json().items as { status: string }[];
    // the woman of the domestic-violence group has her address protected (issue 14, through the core)
    const kalni = ((await (await as('gimenes@demo.lv'))('/api/family-support/cases')).json().items as { caseId: string; contactName: string }[]).find((f) => f.contactName === 'Kristīne Kalna')!;
    const detail = (await (await as('gimenes@demo.lv'))(`/api/family-support/cases/${kalni.caseId}`)).json();
    const person = (await (await as('gimenes@demo.lv'))(`/api/persons/${detail.contactPersonId}`)).json();
    expect(JSON.stringify(person)).toMatch(/"protected":true|addressProtected|"inForce":true/);
    expect(mentors.map((m) => m.status)).toEqual(expect.arrayContaining(['available', 'matched', 'not_ready']));
  });
});

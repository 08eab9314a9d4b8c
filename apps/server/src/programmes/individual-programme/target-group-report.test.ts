import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app/build-app';
import { loadConfig } from '../../config';
import { createTestDatabase } from '../../db/test-database';
import { DEMO_PASSWORD, seedDemoWorld } from '../../modules/demo/demo.seed';
import { itOpensWorkbooks, workbookAsCsv } from '../../test/workbooks';

/**
 * IP-4 the target-group report on the demo world: its 2020 cohort reproduces seed 000's table exactly
 * (8, 12, 7, 1 = 28; 16 adults with mental disorders, 7 women, 9 men, 4 in families with a child),
 * in JSON, in the PDF (read back by pdftotext) and in the workbook (opened by LibreOffice headless),
 * Latvian by default and English on request; a funder sees small cells hidden, a provider only its own.
 * The demo's living cases are dated from the day it is made (IP-5, IP-6 due today).
 */
const TODAY = '2026-12-07';
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let app: Awaited<ReturnType<typeof buildApp>>;
const dir = mkdtempSync(join(tmpdir(), 'ip-report-'));

beforeAll(async () => {
  database = await createTestDatabase();
  const deps = { db: database.db, config: { ...loadConfig({}), DEMO: 'on' as const }, now: () => new Date(`${TODAY}T07:30:00Z`) };
  app = await buildApp(deps, { serveWeb: false });
  await seedDemoWorld(deps);
}, 180_000);
afterAll(async () => {
  await app.close();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

async function as(email: string) {
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: DEMO_PASSWORD }, remoteAddress: `127.9.0.${email.length}` });
  expect(login.statusCode).toBe(200);
  const cookie = `sid=${login.cookies.find((c) => c.name === 'sid')!.value}`;
  return (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
}
const REPORT = '/api/individual-programme/reports/target-groups';

describe('IP-4 the target-group report, 2020', () => {
  it('the welfare department sees the seed’s table exactly', async () => {
    const report = (await (await as('ip.departaments@demo.lv'))(`${REPORT}?year=2020`)).json();
    expect(report.suppressed).toBe(false);
    expect(report.rows.map((r: { targetGroup: string; total: number }) => [r.targetGroup, r.total])).toEqual([
      ['children_with_disabilities', 8], ['adults_with_mental_disorders', 12], ['families_parents_mental_disorders', 7], ['violence_victims', 1],
    ]);
    expect(report.total).toBe(28);
    expect(report.adultsWithMentalDisorders).toEqual({ total: 16, women: 7, men: 9, inFamilyWithChild: 4 });
    expect(report.rows[2]).toMatchObject({ adults: 4, children: 3 });
    expect(report.providers).toBe(5);
  });

  it('a funder sees aggregates with small cells hidden (and what would give them back); a provider’s manager only its own; a social worker none', async () => {
    const funder = (await (await as('finansetajs@demo.lv'))(`${REPORT}?year=2020`)).json();
    expect(funder.suppressed).toBe(true);
    expect(funder.total).toBe(28);
    expect(funder.rows.find((r: { targetGroup: string }) => r.targetGroup === 'violence_victims').total).toBeNull();
    expect(funder.rows.find((r: { targetGroup: string }) => r.targetGroup === 'families_parents_mental_disorders').total).toBeNull();
    expect(funder.adultsWithMentalDisorders.total).toBeNull(); // 16 − 12 would give the families row's 4 parents
    const own = (await (await as('ip.vaditajs@demo.lv'))(`${REPORT}?year=2020`)).json();
    expect([own.total, own.providers, own.rows[1].total, own.rows[1].women, own.rows[1].men]).toEqual([6, 1, 6, 3, 3]);
    expect((await (await as('ip.socdarbs@demo.lv'))(`${REPORT}?year=2020`)).statusCode).toBe(403);
  });

  it('the PDF, read back by pdftotext, in Latvian and in English', async () => {
    const get = await as('ip.departaments@demo.lv');
    for (const [lang, expected] of [['lv', ['Kopā pakalpojuma saņēmēju gadā', 'Ģimenes ar bērniem, kurās vecākiem ir garīga', 'Vardarbībā cietušās personas', 'Rīga']], ['en', ['Total number of service recipients per year', 'Victims of violence']]] as const) {
      const res = await get(`${REPORT}.pdf?year=2020&lang=${lang}`);
      expect(res.headers['content-type']).toBe('application/pdf');
      writeFileSync(join(dir, `r-${lang}.pdf`), res.rawPayload);
      const text = execFileSync('pdftotext', [join(dir, `r-${lang}.pdf`), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const phrase of expected) expect(text).toContain(phrase);
      expect(text).toMatch(/2020/);
      expect(text).toMatch(/ 8 2 6 0 8 /); // children with disabilities: 8, 2 girls, 6 boys, 8 children
      expect(text).toMatch(/ 16 7 9 /);
    }
  });

  itOpensWorkbooks('the workbook, opened by LibreOffice headless, has the figures and every Latvian letter', async () => {
    const res = await (await as('ip.departaments@demo.lv'))(`${REPORT}.xlsx?year=2020`);
    expect(res.statusCode).toBe(200);
    const csv = workbookAsCsv(dir, 'report', res.rawPayload);
    expect(csv).toContain('Bērni ar invaliditāti (pārsvarā autiskā spektra traucējumi),8,2,6,0,8');
    expect(csv).toContain('Pieaugušie ar garīga rakstura traucējumiem,12,5,7,12,0');
    expect(csv).toContain('"Ģimenes ar bērniem, kurās vecākiem ir garīga rakstura traucējumi",7,4,3,4,3');
    expect(csv).toContain('Vardarbībā cietušās personas,1,1,0,1,0');
    expect(csv).toContain('Kopā pakalpojuma saņēmēju gadā,28');
    expect(csv).toContain('Pieaugušie ar garīga rakstura traucējumiem kopā,16,7,9');
    expect(csv).toContain('t. sk. ģimenēs ar bērnu,4');
  }, 150_000);
});

describe('the demo is alive on the day it is made (IP-5, IP-6)', () => {
  it('a survey overdue since a service ended three days ago, one due today, one due a month before an agreement ends, the provider’s self-assessment due today, five providers in the overview', async () => {
    const items = (await (await as('ip.socdarbs@demo.lv'))('/api/worklists/worker')).json().items as { instrument?: string; at?: string; due?: { daysLeft: number } }[];
    expect(items.filter((i) => i.instrument === 'client_satisfaction').map((i) => [i.at, i.due!.daysLeft])).toEqual([['ending', -3], ['every', 0], ['before_agreed_end', 3]]);
    const self = (await (await as('ip.vaditajs@demo.lv'))('/api/programmes/individual_programme/provider-evaluations')).json();
    expect(self.due).toEqual([expect.objectContaining({ instrument: 'provider_self_assessment', dueOn: TODAY })]);
    const overview = (await (await as('ip.departaments@demo.lv'))('/api/individual-programme/providers')).json();
    expect(overview.providers).toHaveLength(5);
    expect(overview.referenceCents).toBe(290000);
  });

  it('IP-5 the satisfaction analysis per provider and IP-3 a provider’s ledger for 2020', async () => {
    const department = await as('ip.departaments@demo.lv');
    const analysis = (await department('/api/individual-programme/reports/satisfaction?year=2020')).json();
    expect(analysis.providers).toHaveLength(5);
    for (const p of analysis.providers) {
      expect(p.surveys).toBeGreaterThan(0);
      expect(p.average).toBeGreaterThanOrEqual(3);
      expect(p.average).toBeLessThanOrEqual(5);
      expect(p.selfAssessments).toBe(1);
    }
    const victims = analysis.providers.find((p: { name: string }) => p.name === 'Nodibinājums „Drošā osta”');
    expect(victims.byOccasion).toEqual({ yearly: 0, before_agreement_end: 0, ending: 1 });
    const ledger = (await department(`/api/individual-programme/providers/${victims.organisationId}/ledger?year=2020`)).json();
    expect(ledger.months.map((m: { persons: number }) => m.persons)).toEqual([0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(ledger.total.plannedCents).toBe(10 * (250_000 + 40_000));
    expect((await (await as('ip.vaditajs@demo.lv'))(`/api/individual-programme/providers/${victims.organisationId}/ledger?year=2020`)).statusCode).toBe(403);
  });
});

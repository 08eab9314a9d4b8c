import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, isoDayInRiga } from '@socrehab/domain';
import { DESKTOP, PHONE, expectAccessible, launchBrowser, nav, signedInContext, snap as snapAt } from './support/browser';

/**
 * The Individual Programme in the browser (IP-1 – IP-6): a provider's worker opens a case of the
 * programme, records a client satisfaction evaluation (IP-5) and the volume delivered on a service line
 * (IP-2), reads the plan's ledger beside the reference cost (IP-3); the Rīga welfare department reads
 * its providers' overview (IP-4 – IP-6) and the 2020 report by target group, and downloads it as PDF
 * and Excel (IP-4). Every page in Latvian and in English, with axe, at desktop and phone width.
 */
let browser: Browser;
const today = isoDayInRiga(new Date());
const PROVIDER_USER = 'ip.socdarbs@demo.lv';
const DEPARTMENT_USER = 'ip.departaments@demo.lv';

interface CaseSummary { caseId: string; personName: string; subject: 'person' | 'household'; status: 'open' | 'closed' }
interface CaseDetail extends CaseSummary { abilities: { record: boolean } }
interface Lines { lines: Array<{ id: string; line: string; unit: string; planned: number; delivered: number }> }

async function apiGet<T>(context: BrowserContext, path: string): Promise<T> {
  const res = await context.request.get(path);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

/** Screenshots from the top of the page (a full-page shot taken while scrolled repeats the fixed header mid-page). */
async function snap(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await snapAt(page, name);
}

/** At phone width: nothing wider than the screen (cards instead of wide tables), and axe again. */
async function phonePass(page: Page, what: string) {
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(150);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${what}: wider than a phone`).toBeLessThanOrEqual(0);
  await expectAccessible(page, `${what} (phone)`);
  await page.setViewportSize(DESKTOP);
}

async function switchLanguage(page: Page, to: 'EN' | 'LV') {
  await page.getByRole('radiogroup', { name: to === 'EN' ? 'Valoda' : 'Language' }).getByText(to, { exact: true }).click();
  await expect.poll(() => page.getAttribute('html', 'lang')).toBe(to.toLowerCase());
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** An open case the provider's user may record on, with a service line planned this month. */
async function findRecordableCase(context: BrowserContext) {
  const { items } = await apiGet<{ items: CaseSummary[] }>(context, '/api/individual-programme/cases');
  for (const item of items.filter((i) => i.status === 'open')) {
    const detail = await apiGet<CaseDetail>(context, `/api/individual-programme/cases/${item.caseId}`);
    if (!detail.abilities.record) continue;
    const { lines } = await apiGet<Lines>(context, `/api/individual-programme/cases/${item.caseId}/service-lines?month=${today.slice(0, 7)}`);
    if (lines.length) return { ...item, lines };
  }
  throw new Error('no recordable Individual Programme case with a service line this month');
}

beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('Individual Programme: a case, its plan and ledger, the providers, the report by target group', () => {
  it('a provider records a client satisfaction evaluation and the volume delivered, in Latvian and English', async () => {
    const { context, page } = await signedInContext(browser, PROVIDER_USER);
    const found = await findRecordableCase(context);
    const title = found.subject === 'household' ? `Ģimene (${found.personName})` : found.personName;

    await page.goto('/');
    await nav(page).getByRole('link', { name: 'Lietas', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Individuālās programmas lietas' }).waitFor();
    await page.getByRole('table', { name: 'Individuālās programmas lietas' }).waitFor();
    await expectAccessible(page, 'IP cases');
    await snap(page, 'ip-cases');
    await phonePass(page, 'IP cases');

    // IP-1 the case: recipients, the grounds (needs not met by community services), the agreement
    await page.goto(`/ip/cases/${found.caseId}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await region(page, 'Piešķiršanas pamatojums').getByText('Ienākumi netiek vērtēti', { exact: false }).waitFor();
    await region(page, 'Pakalpojuma līgums').waitFor();

    // IP-5 a satisfaction evaluation recorded appears among those recorded
    const evaluations = region(page, 'Klienta apmierinātības novērtējumi');
    await evaluations.getByRole('heading', { name: 'Veiktie novērtējumi' }).waitFor();
    const form = evaluations.getByRole('form', { name: 'Ierakstīt novērtējumu' });
    expect(await form.getByRole('textbox', { name: /^Novērtējuma datums/ }).inputValue()).toBe(formatDate(today));
    await form.getByRole('button', { name: 'Saglabāt novērtējumu' }).click();
    await form.getByRole('alert').waitFor(); // no score chosen: refused, the field named
    await form.getByRole('combobox', { name: /^Klienta apmierinātība/ }).selectOption({ label: '4 — apmierināts' });
    await form.getByRole('textbox', { name: /^Klienta teiktais/ }).fill('Klients apmierināts ar atbalstu budžeta plānošanā');
    await form.getByRole('button', { name: 'Saglabāt novērtējumu' }).click();
    await form.getByRole('status').filter({ hasText: `Novērtējums saglabāts: ${formatDate(today)}, 4 no 5.` }).waitFor();
    await evaluations.getByRole('table', { name: 'Veiktie klienta apmierinātības novērtējumi' }).getByText('Klients apmierināts ar atbalstu budžeta plānošanā').waitFor();
    await expectAccessible(page, 'IP case with an evaluation recorded');
    await snap(page, 'ip-case');
    await phonePass(page, 'IP case');

    // IP-2 the plan: planned against delivered this month; a delivery recorded updates its line
    await page.getByRole('link', { name: 'Plāns un izmaksas' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plāns un izmaksas' }).waitFor();
    const linesTable = page.getByRole('table', { name: 'Plāna pakalpojumi: plānotais un sniegtais apjoms' });
    await linesTable.waitFor();
    const line = found.lines[0]!;
    const delivery = region(page, 'Ierakstīt sniegto apjomu');
    const lineName = await delivery.getByRole('combobox', { name: 'Pakalpojums' }).locator('option:checked').innerText();
    await delivery.getByRole('textbox', { name: /^Sniegtais apjoms/ }).fill('abc');
    await delivery.getByRole('button', { name: 'Saglabāt sniegto apjomu' }).click();
    await delivery.getByRole('alert').waitFor();
    const amount = line.unit === 'days' ? '3' : '2,5';
    await delivery.getByRole('textbox', { name: /^Sniegtais apjoms/ }).fill(amount);
    await delivery.getByRole('button', { name: 'Saglabāt sniegto apjomu' }).click();
    await delivery.getByRole('status').filter({ hasText: `Saglabāts: ${lineName}` }).waitFor();
    await expect.poll(async () => linesTable.locator('tbody tr').filter({ hasText: lineName }).first().innerText()).toContain(amount);
    const after = await apiGet<Lines>(context, `/api/individual-programme/cases/${found.caseId}/service-lines?month=${today.slice(0, 7)}`);
    expect(after.lines.find((l) => l.id === line.id)!.delivered).toBe(Number(amount.replace(',', '.')));

    // IP-3 the ledger beside the reference cost, and the co-payment's parts
    const ledger = region(page, 'Mēneša izmaksu uzskaite');
    await ledger.getByText(/Vidēji uz personu mēnesī: 2 900,00 €/).waitFor();
    await region(page, 'Klienta līdzmaksājums par dzīvokli').waitFor();
    await expectAccessible(page, 'IP plan and ledger');
    await snap(page, 'ip-plan');
    await phonePass(page, 'IP plan and ledger');

    // the same pages in English
    await switchLanguage(page, 'EN');
    await page.getByRole('heading', { level: 1, name: 'Plan and costs' }).waitFor();
    await page.getByRole('table', { name: 'Services in the plan: volume planned and delivered' }).waitFor();
    await region(page, 'Monthly cost ledger').getByText(/Average per person per month: €2,900\.00/).waitFor();
    // the saved notice follows the language too
    await region(page, 'Record the volume delivered').getByRole('status').filter({ hasText: /^Saved: .+ in \w+ \d{4} — / }).waitFor();
    await expectAccessible(page, 'IP plan and ledger in English');
    await snap(page, 'ip-plan-en');
    await page.getByRole('link', { name: 'To the case' }).click();
    await page.getByRole('heading', { level: 2, name: 'Grounds for granting' }).waitFor();
    await region(page, 'Client satisfaction evaluations').getByText('4 of 5').first().waitFor();
    await expectAccessible(page, 'IP case in English');
    await snap(page, 'ip-case-en');
    await nav(page).getByRole('link', { name: 'Cases', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Individual Programme cases' }).waitFor();
    await expectAccessible(page, 'IP cases in English');
    await switchLanguage(page, 'LV');
    await context.close();
  }, 180_000);

  it('the welfare department reads its providers: clients, cost per person, satisfaction, self-assessment', async () => {
    const { context, page } = await signedInContext(browser, DEPARTMENT_USER);
    await page.goto('/');
    await nav(page).getByRole('link', { name: 'Pakalpojuma sniedzēji' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pakalpojuma sniedzēju pārskats' }).waitFor();
    const table = page.getByRole('table', { name: 'Pakalpojuma sniedzēji', exact: true });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(await table.innerText()).toMatch(/\d+ (lieta|lietas), \d+ (persona|personas)/);
    await page.getByText(/Vidēji uz personu mēnesī: 2 900,00 €/).waitFor();
    await page.getByRole('table', { name: 'Klientu apmierinātība pa pakalpojuma sniedzējiem' }).waitFor();
    await expectAccessible(page, 'IP providers');
    await snap(page, 'ip-providers');
    await phonePass(page, 'IP providers');

    await switchLanguage(page, 'EN');
    await page.getByRole('heading', { level: 1, name: 'Service providers overview' }).waitFor();
    await page.getByRole('table', { name: 'Service providers', exact: true }).waitFor();
    await expectAccessible(page, 'IP providers in English');
    await snap(page, 'ip-providers-en');
    await switchLanguage(page, 'LV');
    await context.close();
  }, 120_000);

  it('the welfare department reads the 2020 report by target group and downloads it as PDF and Excel', async () => {
    const { context, page } = await signedInContext(browser, DEPARTMENT_USER);
    await page.goto('/');
    await nav(page).getByRole('link', { name: 'Pārskats pa mērķa grupām' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pārskats pa mērķa grupām' }).waitFor();
    await page.goto('/ip/reports/target-groups?year=2020');
    const table = page.getByRole('table', { name: 'Pakalpojuma saņēmēji pa mērķa grupām' });
    await table.waitFor();
    // IP-4 the seed's 2020 table
    const row = (name: RegExp) => table.locator('tbody tr').filter({ hasText: name }).first().locator('td').first().innerText();
    expect(await row(/^Bērni ar invaliditāti/)).toBe('8');
    expect(await row(/^Pieaugušie ar garīga rakstura traucējumiem/)).toBe('12');
    expect(await row(/^Ģimenes ar bērniem/)).toBe('7');
    expect(await row(/^Vardarbībā/)).toBe('1');
    expect(await row(/^Kopā/)).toBe('28');
    const adults = region(page, 'Pieaugušie ar garīga rakstura traucējumiem');
    expect((await adults.innerText()).replace(/\s+/g, ' ')).toMatch(/kopā 16 Sievietes 7 Vīrieši 9 t\. sk\. ģimenēs ar bērnu 4/i);
    await expectAccessible(page, 'IP report 2020');
    await snap(page, 'ip-report');
    await phonePass(page, 'IP report 2020');

    // the downloads: the right type and a real file
    for (const [name, type] of [['Lejupielādēt Excel', 'spreadsheetml'], ['Lejupielādēt PDF', 'application/pdf']] as const) {
      const link = page.getByRole('link', { name: new RegExp(`^${name}`) });
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(await download.failure()).toBeNull();
      const href = (await link.getAttribute('href'))!;
      const file = await context.request.get(href);
      expect(file.status(), href).toBe(200);
      expect(file.headers()['content-type']).toContain(type);
      expect((await file.body()).length).toBeGreaterThan(2000);
    }

    await switchLanguage(page, 'EN');
    await page.getByRole('heading', { level: 1, name: 'Report by target group' }).waitFor();
    await page.getByRole('table', { name: 'Recipients by target group' }).waitFor();
    expect(await page.getByRole('link', { name: /^Download Excel/ }).getAttribute('href')).toContain('lang=en');
    await expectAccessible(page, 'IP report 2020 in English');
    await snap(page, 'ip-report-en');
    await switchLanguage(page, 'LV');
    await context.close();
  }, 120_000);
});

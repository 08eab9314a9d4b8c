import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, isoDayInRiga } from '@socrehab/domain';
import { DESKTOP, expectAccessible, launchBrowser, nav, PHONE, signedInContext, snap as snapAt } from './support/browser';

/**
 * Issue 4 on the web: the case's service summary as of a day (HF-2.2 hours, HF-3.2.2 escalation,
 * HF-3.2.3–5 offers and reviews, HF-2.4 re-assessment), the plan's versions printed for signatures
 * (HF-3.4.4), the case history exported, and a manager importing case histories — a file with an error
 * first (line and field shown), then a correct one (counts shown).
 */
let browser: Browser;
const today = isoDayInRiga(new Date());
const lv = (iso: string) => formatDate(iso);
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function apiGet<T>(context: BrowserContext, path: string): Promise<T> {
  const res = await context.request.get(path);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

/**
 * An open demo case the social worker may record on, the most recently opened: not the case that moved
 * in longest ago, whose hours and plan versions the service journey counts exactly.
 */
async function findOpenCase(context: BrowserContext) {
  const { items } = await apiGet<{ items: Array<{ id: string }> }>(context, '/api/cases');
  let found: { id: string; name: string; openedOn: string } | null = null;
  for (const item of items) {
    const d = await apiGet<{ case: { openedOn: string; closedOn: string | null }; abilities: { record: boolean }; person: { givenNames: string; surnames: string } }>(context, `/api/cases/${item.id}`);
    // opened before today, so that the summary as of the opening day is a day in the past (other journeys open cases today)
    if (d.case.closedOn || !d.abilities.record || d.case.openedOn >= today) continue;
    if (!found || d.case.openedOn > found.openedOn) found = { id: item.id, name: `${d.person.givenNames} ${d.person.surnames}`, openedOn: d.case.openedOn };
  }
  expect(found, 'an open demo case of the social worker').not.toBeNull();
  return found!;
}

async function snap(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await snapAt(page, name);
}

/** A close-up of one part of the page at phone width (a full phone page is too long to look at). */
async function snapPart(page: Page, part: Locator, name: string) {
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(150);
  await part.screenshot({ path: join(process.cwd(), 'test-results', 'screenshots', `${name}-phone.png`) });
  await page.setViewportSize(DESKTOP);
}

/** A file in the page's file input, then one of the buttons. */
async function submitFile(page: Page, lines: unknown[], button: 'Pārbaudīt' | 'Importēt') {
  const text = lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
  await page.getByLabel('Fails', { exact: true }).setInputFiles({ name: 'vesture.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(text, 'utf8') });
  await page.getByRole('button', { name: button, exact: true }).click();
}

beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('the case service summary, the plan versions and the case history', () => {
  it('the social worker sees the summary as of a day, prints a plan version and exports the case history', async () => {
    const { context, page } = await signedInContext(browser, 'socdarbs@demo.lv');
    const theCase = await findOpenCase(context);
    await page.goto(`/cases/${theCase.id}/service`);
    await page.getByRole('heading', { level: 1, name: theCase.name }).waitFor();

    // HF-2.2, HF-3.2.2 the summary of today: hours of the 300-hour limit with a bar, the escalation level
    const summary = region(page, 'Pakalpojuma kopsavilkums');
    await summary.getByText(`Pakalpojums, kāds tas bija ${lv(today)}`).waitFor();
    const hours = region(page, 'Kontaktstundas');
    await hours.getByText(/Izmantotas [\d,]+ no 300 stundām; atlikušas [\d,]+\./).waitFor();
    expect(await hours.getByRole('progressbar', { name: 'Izmantotās kontaktstundas' }).count()).toBe(1);
    const visits = region(page, 'Apmeklējumi');
    expect(await visits.innerText()).toMatch(/Nav|pakāpe/);
    expect(await region(page, 'Plāns un novērtējums').textContent()).toContain('Nākamā plāna pārskatīšana');

    // a contact recorded on the page changes the summary at once
    const before = await hours.getByText(/^Izmantotas/).innerText();
    const contact = region(page, 'Reģistrēt kontaktu');
    await contact.getByRole('textbox', { name: 'Datums' }).fill(lv(theCase.openedOn));
    await contact.getByRole('combobox', { name: 'Veids' }).selectOption('phone_call');
    await contact.getByRole('textbox', { name: 'Stundas' }).fill('0,5');
    await contact.getByRole('button', { name: 'Reģistrēt kontaktu' }).click();
    await contact.getByText(`Kontakts ${lv(theCase.openedOn)} reģistrēts.`).waitFor();
    await expect.poll(() => hours.getByText(/^Izmantotas/).innerText()).not.toBe(before);
    await hours.getByText(/Šajā dienā: [\d,]+ no 3 st\./).waitFor();
    await expect.poll(() => page.locator('button[data-loading]').count(), { message: 'no save still under way' }).toBe(0);
    await expectAccessible(page, 'case service page with the summary');
    await snap(page, 'case-summary');
    await snapPart(page, summary, 'case-summary-part');

    // as of the day the case opened: nothing recorded yet counts
    await summary.getByRole('textbox', { name: 'Kopsavilkums uz datumu' }).fill(lv(theCase.openedOn));
    await summary.getByRole('button', { name: 'Rādīt', exact: true }).click();
    await summary.getByText(`Pakalpojums, kāds tas bija ${lv(theCase.openedOn)}`).waitFor();
    expect(page.url()).toContain(`asOf=${theCase.openedOn}`);
    await summary.getByRole('button', { name: 'Šodien', exact: true }).click();
    await summary.getByText(`Pakalpojums, kāds tas bija ${lv(today)}`).waitFor();

    // HF-3.4.4 the plan tab: a version saved, listed with its goals by life domain, printed for signatures
    await page.getByRole('tab', { name: 'Plāns un piedāvājumi' }).click();
    const versions = region(page, 'Plāna versijas');
    await versions.waitFor();
    const editor = region(page, 'Individuālais sociālās rehabilitācijas plāns');
    await editor.getByRole('textbox', { name: 'Versija spēkā no' }).fill(lv(today));
    await editor.getByRole('textbox', { name: 'Mērķis' }).first().fill('Apmeklēt ģimenes ārstu reizi mēnesī');
    await editor.getByRole('combobox', { name: 'Dzīves joma' }).first().selectOption('health');
    await editor.getByRole('button', { name: 'Saglabāt kā jaunu versiju' }).click();
    await editor.getByText(/Saglabāta plāna \d+\. versija\./).waitFor();
    const table = versions.getByRole('table', { name: /versijas mērķi pa dzīves jomām/ }).first();
    await table.getByText('Apmeklēt ģimenes ārstu reizi mēnesī').waitFor();
    expect(await table.getByRole('rowheader').first().innerText()).toBe('Veselība un sociālā aprūpe');
    await region(page, 'Plāns un novērtējums').getByText(/Spēkā plāna \d+\. versija no/).waitFor();

    const print = versions.getByRole('link', { name: /Drukāt parakstīšanai/ }).first();
    const href = (await print.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^/api/cases/${theCase.id}/plan\\.pdf\\?version=\\d+&language=lv$`));
    expect(await print.getAttribute('target')).toBe('_blank');
    const pdf = await page.evaluate(async (url) => {
      const res = await fetch(url, { credentials: 'same-origin' });
      const bytes = new Uint8Array(await res.arrayBuffer());
      return { status: res.status, type: res.headers.get('content-type'), magic: String.fromCharCode(...bytes.slice(0, 5)) };
    }, href);
    expect(pdf).toEqual({ status: 200, type: 'application/pdf', magic: '%PDF-' });

    // HF-3.2.5 a review recorded appears in the list of reviews
    const review = region(page, 'Plāna pārskatīšana');
    await review.getByRole('textbox', { name: 'Kas pārrunāts un nolemts' }).fill('Pārrunāts ārsta apmeklējums; plāns paliek spēkā');
    await review.getByRole('button', { name: 'Ierakstīt pārskatīšanu' }).click();
    await region(page, 'Ierakstītās pārskatīšanas').getByText('Pārrunāts ārsta apmeklējums; plāns paliek spēkā').waitFor();
    await expectAccessible(page, 'plan tab with versions and reviews');
    await snap(page, 'case-summary-plan');
    await snapPart(page, versions, 'case-summary-versions-part');

    // the case history as JSON Lines: the link downloads the file
    const exportLink = page.getByRole('link', { name: /Eksportēt lietas vēsturi \(JSONL\)/ });
    expect(await exportLink.getAttribute('href')).toBe(`/api/cases/${theCase.id}/history.jsonl`);
    const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
    expect(download.suggestedFilename()).toBe(`case-history-${theCase.id}.jsonl`);
    const exported = await page.evaluate(async (url) => {
      const res = await fetch(url, { credentials: 'same-origin' });
      return { type: res.headers.get('content-type'), first: (await res.text()).split('\n')[0] };
    }, `/api/cases/${theCase.id}/history.jsonl`);
    expect(exported.type).toContain('application/x-ndjson');
    expect(JSON.parse(exported.first!)).toEqual({ format: 'socrehab.case-history', version: 2, programme: 'housing_first' });

    // a worker has no import page in the navigation
    expect(await nav(page).getByRole('link', { name: 'Lietu vēstures imports' }).count()).toBe(0);
    await context.close();
  }, 180_000);

  it('a manager imports case histories: a file with an error shows line and field, a correct one the counts', async () => {
    const { context, page } = await signedInContext(browser, 'vaditaja@demo.lv');
    await page.goto('/service/organisation');
    await nav(page).getByRole('link', { name: 'Lietu vēstures imports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lietu vēstures imports' }).waitFor();
    const formatDoc = page.getByRole('region', { name: 'Faila formāts' }).getByRole('link', { name: /formāta apraksts/ });
    expect(await formatDoc.getAttribute('href')).toBe('/api/case-history/format.md');
    const doc = await page.request.get('/api/case-history/format.md');
    expect((await doc.text()).split('\n')[0]).toBe('# Case history format — `socrehab.case-history`, version 2');
    await expectAccessible(page, 'case history import');

    await page.getByRole('button', { name: 'Importēt', exact: true }).click();
    await page.getByText('Izvēlieties failu.').waitFor();

    const header = { format: 'socrehab.case-history', version: 1 }; // a version-1 file still imports (issue 12)
    const person = { type: 'person', id: '7f1e2d3c-4b5a-4697-8a1b-2c3d4e5f6a71', givenNames: 'Ilze', surnames: 'Importētā', birthDate: '1980-05-17', languages: ['lv'] };
    await submitFile(page, [header, { ...person, birthDate: '17.05.1980' }, { type: 'pet', id: 'x' }], 'Pārbaudīt');
    const alert = page.getByRole('alert').filter({ hasText: 'nekas netika importēts' });
    await alert.waitFor();
    const errors = page.getByRole('table', { name: 'Kļūdas failā' });
    const birthRow = errors.getByRole('row').filter({ has: page.getByRole('cell', { name: 'birthDate', exact: true }) });
    expect(await birthRow.getByRole('cell').first().innerText()).toBe('2');
    expect(await errors.getByRole('row').filter({ hasText: 'Nezināms ieraksta veids' }).getByRole('cell').first().innerText()).toBe('3');
    await expectAccessible(page, 'import refused with errors');
    await snap(page, 'case-history-import-errors');

    await submitFile(page, [header, person], 'Pārbaudīt');
    const checked = page.getByRole('status').filter({ hasText: 'Fails ir derīgs' });
    await checked.getByText('Jauni ieraksti: 1; jau reģistrā: 0.').waitFor();
    expect(await page.getByRole('table', { name: 'Kļūdas failā' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Importēt', exact: true }).click();
    const done = page.getByRole('status').filter({ hasText: 'Imports pabeigts' });
    await done.getByText('Jauni ieraksti: 1; jau reģistrā: 0.').waitFor();
    expect(await done.getByRole('table', { name: 'Jaunie ieraksti pēc veida' }).innerText()).toContain('Persona');
    await expectAccessible(page, 'import done');
    await snap(page, 'case-history-import-done');

    // the same file again changes nothing
    await page.getByRole('button', { name: 'Importēt', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Imports pabeigts' }).getByText('Jauni ieraksti: 0; jau reģistrā: 1.').waitFor();
    await context.close();
  }, 120_000);
});

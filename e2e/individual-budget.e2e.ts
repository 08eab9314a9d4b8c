import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, nav, phonePass, signedInContext, snap as snapAt } from './support/browser';

/**
 * The Individual Budget model in the browser (IB-1 – IB-6): a social worker who also serves Housing First
 * finds the re-assessment due and the budget warning beside Housing First's visits on "my morning",
 * records the team's re-assessment with both rankings side by side and a new plan version, reads the
 * ledger, in Latvian and English; the provider's manager opens a case on a referral, ends it, records the
 * closing meeting with the family, and reads the report of unmet and interrupted services with its PDF.
 * Every page with axe, at desktop and phone width.
 */
let browser: Browser;
const WORKER = 'socdarbs@demo.lv';
const MANAGER = 'vaditaja@demo.lv';

async function snap(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await snapAt(page, name);
}
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('Individual Budget: assessment, plan, ledger, opening to ending, the report', () => {
  it('a worker of two programmes: the re-assessment and the budget warning beside Housing First; the re-assessment, a plan version and the ledger', async () => {
    const { page } = await signedInContext(browser, WORKER);
    await page.goto('/service/my-morning');
    await page.getByRole('heading', { level: 1, name: 'Mans rīts' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Iknedēļas apmeklējumi/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Budžeta brīdinājums/ }).waitFor();
    await page.getByText('Multiprofesionāls vajadzību izvērtējums', { exact: false }).first().waitFor();
    await page.getByText('Mārtiņš Zvaigzne', { exact: false }).first().waitFor();

    await nav(page).getByRole('link', { name: 'Budžeta lietas', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Individuālā budžeta lietas' }).waitFor();
    await page.getByRole('table', { name: 'Individuālā budžeta lietas' }).waitFor();
    await expectAccessible(page, 'IB cases');
    await phonePass(page, 'IB cases');
    await page.getByRole('table', { name: 'Individuālā budžeta lietas' }).getByRole('row', { name: /Mārtiņš Zvaigzne/ }).getByRole('link').click();

    // IB-2 the team's and the family's rankings side by side, the method stated
    await page.getByRole('heading', { level: 1, name: 'Mārtiņš Zvaigzne' }).waitFor();
    const assessments = region(page, 'Vajadzību izvērtējumi');
    await assessments.getByRole('table', { name: 'Pakalpojumu prioritātes' }).waitFor();
    await assessments.getByText('ģimenei svarīgāks par', { exact: false }).first().waitFor();
    await assessments.getByText('Kopējo sarakstu veido, saskaitot', { exact: false }).waitFor();
    await expectAccessible(page, 'IB case');
    await snap(page, 'ib-case');

    // the re-assessment due today, from the previous one's answers
    await assessments.getByRole('button', { name: 'Saglabāt izvērtējumu' }).click();
    await assessments.getByText('Izvērtējums saglabāts').waitFor();
    await assessments.getByRole('heading', { name: /^Atkārtots izvērtējums/ }).first().waitFor();

    // IB-3 a new version of the plan, made against the latest
    const plan = region(page, 'Atbalsta plāns');
    await plan.getByRole('textbox', { name: /^Izmaiņu iemesls/ }).fill('Pēc atkārtotās izvērtēšanas plāns atstāts bez izmaiņām');
    await plan.getByRole('button', { name: 'Saglabāt jauno versiju' }).click();
    await plan.getByText('Saglabāta 3. versija').waitFor();

    // IB-4 the ledger with its warning state and the months
    await page.getByRole('link', { name: 'Budžets un izlietojums' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Budžets un izlietojums' }).waitFor();
    await page.getByRole('table', { name: 'Izlietojums pa pakalpojumiem' }).waitFor();
    await page.getByRole('table', { name: 'Plānotais un saņemtais pa mēnešiem' }).getByText(/pārtraukts \d+ d\./).first().waitFor();
    await expectAccessible(page, 'IB ledger');
    await snap(page, 'ib-ledger');
    await page.getByRole('radiogroup', { name: 'Valoda' }).getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Budget and spending' }).waitFor();
    await page.getByRole('table', { name: 'Spending by service' }).waitFor();
    await expectAccessible(page, 'IB ledger (English)');
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('LV', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Budžets un izlietojums' }).waitFor();
  });

  it('a manager opens a case on a referral, ends it, records the closing meeting; the report with its PDF', async () => {
    const { context, page } = await signedInContext(browser, MANAGER);
    await page.goto('/ib/cases/new');
    await page.getByRole('heading', { level: 1, name: 'Atvērt individuālā budžeta lietu' }).waitFor();
    const form = page.getByRole('form', { name: 'Atvērt individuālā budžeta lietu' });
    const picker = form.getByRole('textbox', { name: 'Persona', exact: true }).or(form.getByRole('combobox', { name: 'Persona', exact: true })).first();
    await picker.fill('Mežiņa');
    await page.getByRole('option', { name: /^Līva Mežiņa/ }).click();
    await form.getByRole('combobox', { name: /^Pašvaldība/ }).selectOption('0001000');
    await form.getByRole('combobox', { name: /^Izmēģinājumprojekts/ }).selectOption('children_functional_impairments');
    const today = await page.evaluate(() => new Date().toLocaleDateString('lv-LV', { timeZone: 'Europe/Riga', day: '2-digit', month: '2-digit', year: 'numeric' }).replace(/\.$/, ''));
    await form.getByRole('textbox', { name: /^Nosūtījuma diena/ }).fill(today);
    await form.getByRole('combobox', { name: /^Kopā ar sociālo darbinieku/ }).selectOption('parents');
    await form.getByRole('combobox', { name: /^Lietas vadītājs/ }).selectOption({ label: 'Sandis Sociālais' });
    await expectAccessible(page, 'IB open case');
    await form.getByRole('button', { name: 'Atvērt lietu' }).click();
    await page.getByRole('heading', { level: 1, name: 'Līva Mežiņa' }).waitFor();
    await page.getByText('Pirmā izvērtēšana', { exact: false }).first().waitFor();

    // IB-6 the case ends; the closing meeting with the family is recorded with its feedback
    const ending = region(page, 'Lietas beigas');
    await ending.getByRole('combobox', { name: /^Iemesls/ }).selectOption('person_withdrew');
    await ending.getByRole('button', { name: 'Beigt lietu' }).click();
    await page.getByRole('dialog', { name: 'Beigt lietu?' }).getByRole('button', { name: 'Beigt lietu' }).click();
    const meeting = region(page, 'Izvērtējumi un noslēguma tikšanās');
    await meeting.getByRole('textbox', { name: /^Ieguvumi ģimenei un personai/ }).fill('Ģimene iepazina pakalpojumus tuvāk mājām');
    await meeting.getByRole('combobox', { name: /^Ģimene vēlētos turpināt/ }).selectOption('yes');
    await meeting.getByRole('button', { name: 'Saglabāt' }).click();
    await meeting.getByText('Ģimene iepazina pakalpojumus tuvāk mājām', { exact: false }).waitFor();
    await expectAccessible(page, 'IB ended case');

    // IB-5 the report of unmet and interrupted services, on screen and as PDF
    await nav(page).getByRole('link', { name: 'Nesaņemtie pakalpojumi', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Nesaņemtie un pārtrauktie pakalpojumi' }).waitFor();
    const table = page.getByRole('table', { name: 'Nesaņemtie un pārtrauktie pakalpojumi' });
    await table.getByRole('row', { name: /Reitterapija/ }).first().waitFor();
    await page.getByRole('table', { name: 'Pakalpojumu katalogs' }).waitFor();
    await expectAccessible(page, 'IB report');
    await snap(page, 'ib-report');
    const href = await page.getByRole('link', { name: 'Lejupielādēt PDF' }).getAttribute('href');
    const pdf = await context.request.get(href!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    // IB-3 the manager keeps Rīga's catalogue: the entry's values come into the form; a price left empty is refused at the field; the new price is in the table
    const editor = region(page, 'Mainīt kataloga ierakstu');
    await editor.getByRole('combobox', { name: /^Pašvaldība/ }).selectOption('0001000');
    await editor.getByRole('combobox', { name: /^Pakalpojums/ }).selectOption('hippotherapy');
    const price = editor.getByRole('textbox', { name: /^Vienības cena/ });
    expect(await price.inputValue()).not.toBe('');
    await price.fill('');
    await editor.getByRole('button', { name: 'Saglabāt ierakstu' }).click();
    await editor.getByText('Nederīga vērtība').waitFor();
    await price.fill('31,50');
    await editor.getByRole('button', { name: 'Saglabāt ierakstu' }).click();
    await editor.getByText('Kataloga ieraksts saglabāts').waitFor();
    await page.getByRole('table', { name: 'Pakalpojumu katalogs' }).getByRole('row', { name: /Reitterapija/ }).getByText(/31,50\s€/).waitFor();
    await expectAccessible(page, 'IB catalogue form');
    await editor.scrollIntoViewIfNeeded();
    await snapAt(page, 'ib-catalogue-form');
  });
});

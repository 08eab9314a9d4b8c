import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, nav, phonePass, signedInContext, snap as snapAt } from './support/browser';

/**
 * Regional planning in the browser (RP-1 – RP-7): the Rīga planning region's planner opens an update round
 * for Rīga and Jūrmala; Rīga's officer saves and confirms its part; the planner reminds Jūrmala, whose
 * officer then confirms; the planner closes the round and reads the overview — the map, the matrix with
 * gaps, each target group's figures, the development models by municipality, forecast beside actual — and
 * the programme as PDF; the catalogue, and publishes its next version. Axe on each page, phone width.
 */
let browser: Browser;
const PLANNER = 'planotajs@demo.lv';

async function snap(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await snapAt(page, name);
}
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const inDays = (n: number) => {
  const d = new Date(Date.now() + n * 86_400_000);
  const [y, m, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga' }).format(d).split('-');
  return `${day}.${m}.${y}`;
};

const FI = 'Personas ar funkcionāliem traucējumiem un viņu ģimenes';
const SX = 'Citas sociālās atstumtības riskam pakļautās grupas';

async function fillAndConfirm(page: Page, roundUrl: string, clients: string, homeCare?: { total: string; fi: string; sx: string }) {
  await page.goto(roundUrl);
  await page.getByRole('link', { name: 'Aizpildīt mūsu daļu' }).click();
  const form = page.getByRole('form', { name: 'Pašvaldības pakalpojumu skaitļi' });
  await form.getByRole('textbox', { name: 'Patversme: Klienti', exact: true }).fill(clients);
  await form.getByRole('combobox', { name: 'Krīzes centrs: Nostāja' }).selectOption('priority');
  if (homeCare) {
    // RP-7 home care's clients split by its two target groups: a split not adding up is refused at the field, then corrected
    await form.getByRole('textbox', { name: 'Aprūpe mājās: Klienti', exact: true }).fill(homeCare.total);
    await form.getByRole('textbox', { name: `Aprūpe mājās, ${FI}: Klienti`, exact: true }).fill(homeCare.fi);
    await form.getByRole('textbox', { name: `Aprūpe mājās, ${SX}: Klienti`, exact: true }).fill('1');
    await form.getByRole('button', { name: 'Saglabāt' }).click();
    await form.getByText('Mērķa grupu skaitļu summai jāsakrīt ar kopējo skaitli').first().waitFor();
    await form.getByRole('textbox', { name: `Aprūpe mājās, ${SX}: Klienti`, exact: true }).fill(homeCare.sx);
  }
  // RP-5 a forecast by rate per resident of the target group: a missing number is refused at its field, then saved
  await form.getByRole('combobox', { name: 'Patversme: Prognoze', exact: true }).selectOption('rate_per_resident');
  await form.getByRole('button', { name: 'Saglabāt' }).click();
  await form.getByText('Norādiet mērķa grupas iedzīvotāju skaitu un prognozi').first().waitFor();
  await form.getByRole('textbox', { name: 'Patversme: Mērķa grupas iedzīvotāji šogad', exact: true }).fill('2000');
  for (const box of await form.getByRole('textbox', { name: /^Patversme: Iedzīvotāju prognoze/ }).all()) await box.fill('2100');
  await form.getByRole('button', { name: 'Saglabāt' }).click();
  await page.getByText('Saglabāts (versija 2)').waitFor();
  await page.getByRole('table', { name: 'Klientu prognoze' }).getByRole('row', { name: /Klienti uz mērķa grupas/ }).first().waitFor();
  await form.getByRole('button', { name: 'Apstiprināt mūsu daļu' }).click();
  await page.getByText(/^Daļa apstiprināta/).waitFor();
}

beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('Regional planning: an update round with two municipalities, the overview and the programme', () => {
  it('the planner runs a round with Rīga and Jūrmala; the overview shows the map, the matrix and forecast beside actual; the programme as PDF', async () => {
    const { page, context } = await signedInContext(browser, PLANNER);
    await page.goto('/');
    await nav(page).getByRole('link', { name: 'Aktualizācijas kārtas', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Aktualizācijas kārtas' }).waitFor();
    await page.getByRole('table', { name: 'Aktualizācijas kārtas' }).getByText('Slēgta').first().waitFor();

    // RP-6 the planner opens a round for two municipalities
    const open = region(page, 'Atvērt jaunu kārtu');
    await open.getByRole('textbox', { name: /^Termiņš/ }).fill(inDays(14));
    await open.getByRole('checkbox', { name: 'Visas reģiona pašvaldības' }).uncheck();
    await open.getByRole('checkbox', { name: 'Rīga', exact: true }).check();
    await open.getByRole('checkbox', { name: 'Jūrmala', exact: true }).check();
    await expectAccessible(page, 'RP rounds');
    await open.getByRole('button', { name: 'Atvērt kārtu' }).click();
    await page.getByText('Apstiprinājušas 0 no 2 pašvaldībām', { exact: false }).waitFor();
    const roundUrl = new URL(page.url()).pathname;

    // RP-6 Rīga's officer fills in and confirms its own part
    const riga = await signedInContext(browser, 'riga@demo.lv');
    await fillAndConfirm(riga.page, roundUrl, '512', { total: '2500', fi: '1800', sx: '700' });
    await expectAccessible(riga.page, 'RP part');
    await snap(riga.page, 'rp-part');
    await riga.context.close();

    // the planner reminds the one not done
    await page.reload();
    const parts = page.getByRole('table', { name: 'Pašvaldību daļas' });
    await parts.getByRole('row', { name: /Rīga/ }).getByText('Apstiprināta').waitFor();
    await page.getByRole('button', { name: 'Atgādināt nepabeigušajām' }).click();
    await page.getByText('Atgādinājums nosūtīts: Jūrmala').waitFor();
    await expectAccessible(page, 'RP round');
    await snap(page, 'rp-round');

    // RP-6 Jūrmala's officer finds the reminder on their worklist and opens the part from it
    const jurmala = await signedInContext(browser, 'jurmala@demo.lv');
    await jurmala.page.goto('/');
    await nav(jurmala.page).getByRole('link', { name: 'Mans rīts', exact: true }).click();
    await jurmala.page.getByText('Reģionālā plānošana: aizpildīt un apstiprināt pašvaldības daļu').first().waitFor();
    await expectAccessible(jurmala.page, 'RP reminder on the worklist');
    await jurmala.page.getByRole('link', { name: 'Atvērt pašvaldības daļu' }).click();
    await jurmala.page.getByText(/^Reģions atgādināja/).waitFor();
    await fillAndConfirm(jurmala.page, roundUrl, '37');
    await jurmala.context.close();

    // RP-6 the planner closes the round: both confirmed
    await page.reload();
    await page.getByText('Apstiprinājušas 2 no 2 pašvaldībām', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Slēgt kārtu' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Slēgt kārtu' }).click();
    await page.getByText(/^Kārta slēgta/).first().waitFor();

    // RP-2 – RP-5 the overview of the closed round: the map, the matrix with gaps, forecast beside actual
    await nav(page).getByRole('link', { name: 'Reģiona pārskats', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Reģiona sociālo pakalpojumu pārskats' }).waitFor();
    const matrix = page.getByRole('table', { name: 'Pašvaldības un pakalpojumi' });
    await matrix.getByRole('row', { name: /^Patversme/ }).getByText('512').waitFor();
    expect(await matrix.getByText('trūkst').count()).toBeGreaterThan(0);
    await page.getByRole('img', { name: /^Pašvaldību karte: Klienti/ }).waitFor();
    await region(page, 'Reģiona karte').getByRole('combobox', { name: 'Rādītājs' }).selectOption('gaps');
    await page.getByRole('img', { name: /^Pašvaldību karte: Trūkstošie pakalpojumi/ }).waitFor();
    // RP-7 every figure for one target group: a shelter's clients are homeless people; Rīga's home care as its officer split it; Ropaži did not split its figures
    const group = page.getByRole('combobox', { name: /^Mērķa grupa/ });
    await group.selectOption({ label: 'Bezpajumtnieki' });
    await matrix.getByRole('row', { name: /^Patversme/ }).getByText('512').waitFor();
    expect(await matrix.getByRole('row', { name: /^Aprūpe mājās/ }).count()).toBe(0);
    await group.selectOption({ label: FI });
    await matrix.getByRole('row', { name: /^Aprūpe mājās/ }).getByText('1800').waitFor();
    expect(await matrix.getByRole('row', { name: /^Aprūpe mājās/ }).getByText('nav sadalīts').count()).toBe(1);
    await region(page, 'Reģiona karte').getByRole('combobox', { name: 'Rādītājs' }).selectOption('clients');
    await page.getByText(/^Daļa skaitļu nav sadalīta pa mērķa grupām.*Ropažu novads/).waitFor();
    await page.getByRole('img', { name: new RegExp(`^Pašvaldību karte: Klienti — ${FI}`) }).waitFor();
    await group.selectOption({ label: 'Visas mērķa grupas' });
    // RP-3 the development models, one panel per municipality
    const models = region(page, 'Attīstības modeļi');
    await models.getByRole('button', { name: /^Rīga/ }).click();
    await models.getByText('Krīzes centrs').first().waitFor();
    const forecast = page.getByRole('table', { name: 'Prognoze un faktiskais pa gadiem' });
    await forecast.getByRole('row').nth(2).waitFor();
    expect(await forecast.getByRole('row').count()).toBeGreaterThan(3);
    // RP-4 the planner records a cooperation agreement: shares not summing to 100 % are refused at the field
    const agreement = page.getByRole('form', { name: 'Jauns sadarbības līgums' });
    await agreement.getByRole('textbox', { name: /^Līguma nosaukums/ }).fill('Krīzes centrs Rīgai un Jūrmalai');
    await agreement.getByRole('combobox', { name: /^Pakalpojums/ }).selectOption('crisis_centre');
    await agreement.getByRole('textbox', { name: /^Spēkā no/ }).fill(inDays(0));
    await agreement.getByRole('combobox', { name: '1. pašvaldība' }).selectOption({ label: 'Rīga' });
    await agreement.getByRole('combobox', { name: '2. pašvaldība' }).selectOption({ label: 'Jūrmala' });
    await agreement.getByRole('textbox', { name: '1. izmaksu daļa, %' }).fill('70');
    await agreement.getByRole('textbox', { name: '2. izmaksu daļa, %' }).fill('20');
    await agreement.getByRole('textbox', { name: '1. vietu daļa, %' }).fill('75');
    await agreement.getByRole('textbox', { name: '2. vietu daļa, %' }).fill('25');
    await agreement.getByRole('button', { name: 'Saglabāt līgumu' }).click();
    await agreement.getByText('Izmaksu daļu summai jābūt 100 %').first().waitFor();
    await agreement.getByRole('textbox', { name: '2. izmaksu daļa, %' }).fill('30');
    await agreement.getByRole('button', { name: 'Saglabāt līgumu' }).click();
    await page.getByText('Līgums “Krīzes centrs Rīgai un Jūrmalai” saglabāts').waitFor();
    await page.getByRole('table', { name: 'Sadarbības līgumi' }).getByRole('row', { name: /Krīzes centrs Rīgai un Jūrmalai/ }).waitFor();
    await expectAccessible(page, 'RP overview');
    await snap(page, 'rp-overview');
    await phonePass(page, 'RP overview');

    // the programme as PDF and Excel
    const pdfHref = await page.getByRole('link', { name: 'Programma (PDF)' }).getAttribute('href');
    const pdf = await context.request.get(pdfHref!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const xlsx = await context.request.get((await page.getByRole('link', { name: 'Tabulas (Excel)' }).getAttribute('href'))!);
    expect(xlsx.status()).toBe(200);

    // RP-1 the catalogue
    await nav(page).getByRole('link', { name: 'Pakalpojumu katalogs', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Reģionālais pakalpojumu katalogs' }).waitFor();
    const catalogue = page.getByRole('table', { name: 'Pakalpojumu katalogs' });
    await catalogue.getByRole('row', { name: /^Naktspatversme/ }).waitFor();
    expect(await catalogue.getByRole('row').count()).toBe(23);
    await expectAccessible(page, 'RP catalogue');

    // RP-1 the planner publishes a new version: retires the night shelter, adds a service, from a later day
    await page.getByRole('link', { name: 'Publicēt jaunu versiju' }).click();
    const version = page.getByRole('form', { name: 'Jauna kataloga versija' });
    await version.getByRole('button', { name: /^Naktspatversme/ }).click();
    await version.getByRole('checkbox', { name: 'Izņemt no kataloga' }).check();
    await version.getByRole('button', { name: 'Pievienot pakalpojumu' }).click();
    await version.getByRole('textbox', { name: /^Nosaukums latviski/ }).last().fill('Drošības poga');
    await version.getByRole('button', { name: 'Publicēt 2. versiju' }).click();
    await version.getByText('Obligāts lauks').first().waitFor(); // refused at the new service's fields, which open
    await version.getByRole('textbox', { name: /^Nosaukums angliski/ }).last().fill('Telecare');
    await version.getByRole('textbox', { name: /^Apraksts latviski/ }).last().fill('Trauksmes poga mājās ar diennakts atbildi.');
    await version.getByRole('textbox', { name: /^Apraksts angliski/ }).last().fill('An alarm button at home answered day and night.');
    await version.getByRole('checkbox', { name: FI }).last().check();
    await version.getByRole('textbox', { name: /^Spēkā no/ }).fill(`01.01.${new Date().getFullYear() + 1}`);
    await expectAccessible(page, 'RP new catalogue version');
    await snap(page, 'rp-catalogue-version');
    await version.getByRole('button', { name: 'Publicēt 2. versiju' }).click();
    const versions = page.getByRole('table', { name: 'Kataloga versijas' });
    await versions.getByRole('row', { name: /Pievienoti: Drošības poga/ }).getByText('Izņemti: Naktspatversme').waitFor();
    await context.close();
  }, 150_000);
});

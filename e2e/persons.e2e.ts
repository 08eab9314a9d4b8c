import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeCheckDigit } from '@socrehab/domain';
import { expectAccessible, launchBrowser, signedInContext, snap } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** A valid old-format personal code for a birth date (dd, mm, yy, century digit 1 = 1900s). */
function oldCode(dd: string, mm: string, yy: string, serial: string) {
  const first10 = `${dd}${mm}${yy}1${serial}`;
  return `${first10.slice(0, 6)}-${first10.slice(6)}${computeCheckDigit(first10)}`;
}

const field = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });
const personIds: string[] = [];

async function openRegisterForm(page: Page) {
  await page.goto('/persons/new');
  await page.getByRole('heading', { level: 1, name: 'Personas reģistrēšana' }).waitFor();
}

describe('persons: search, register, edit with a conflict, merge and unmerge', () => {
  it('search without diacritics finds a surname written with them (diacritics optional)', async () => {
    const { context, page } = await signedInContext(browser, 'vaditaja@demo.lv');
    // the demo world is dated from today: take a client the manager sees whose surname has a diacritic
    const visible = (await (await page.request.get('/api/persons?pageSize=100')).json()) as { items: Array<{ surnames: string }> };
    const surname = visible.items.map((p) => p.surnames).find((s) => s.normalize('NFD') !== s && !s.includes(' '))!;
    const query = surname.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    await page.goto('/persons');
    await page.getByRole('searchbox', { name: 'Meklēt personu' }).fill(query);
    await page.getByRole('button', { name: 'Meklēt', exact: true }).click();
    await page.getByRole('heading', { name: `Meklēšanas rezultāti: „${query}”` }).waitFor();
    const table = page.getByRole('table', { name: 'Atrastās personas' });
    // found: a link to a person of that surname, waited for while the results load
    await table.getByRole('link', { name: new RegExp(`${surname}$`) }).first().waitFor();
    expect(page.url()).toContain(`q=${query}`);
    await expectAccessible(page, 'search results');
    await snap(page, 'search-without-diacritics');

    await table.getByRole('link', { name: new RegExp(`${surname}$`) }).first().click();
    await page.getByRole('tab', { name: 'Profils', selected: true }).waitFor();
    await expectAccessible(page, 'person profile');
    await snap(page, 'person-profile');
    for (const tab of ['Mājsaimniecība un saites', 'Vēsture', 'Apvienošana', 'Auditācijas žurnāls']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('tabpanel').getByRole('heading').or(page.getByRole('tabpanel').getByRole('table')).first().waitFor();
      await expectAccessible(page, `person tab ${tab}`);
    }
    await snap(page, 'person-audit');
    await context.close();
  });

  it('register: a bad personal code gives a translated inline error, then a good one registers', async () => {
    const { context, page } = await signedInContext(browser, 'vaditaja@demo.lv');
    await openRegisterForm(page);
    await expectAccessible(page, 'register form');
    await field(page, 'Vārds (vārdi)').fill('Ilze');
    await field(page, 'Uzvārds (uzvārdi)').fill('Pārbaudīte');
    await field(page, 'Personas kods').fill('12345');
    await page.getByRole('radio', { name: 'Sieviete' }).check();
    await page.getByRole('combobox', { name: 'Faktiskā atrašanās vieta' }).selectOption('no_fixed_residence');
    await field(page, 'Atrašanās vietas apraksts').fill('Naktspatversme Katoļu ielā');
    await page.getByRole('checkbox', { name: 'Krievu' }).check();
    await page.getByRole('button', { name: 'Reģistrēt', exact: true }).click();

    const code = field(page, 'Personas kods');
    await expect.poll(() => code.getAttribute('aria-invalid')).toBe('true');
    const described = (await code.getAttribute('aria-describedby')) ?? '';
    const errorText = await Promise.all(described.split(' ').filter(Boolean).map((id) => page.locator(`[id="${id}"]`).innerText().catch(() => '')));
    expect(errorText.join(' ')).toContain('Personas kodam jābūt 11 cipariem formātā DDMMGG-NNNNN');
    await expectAccessible(page, 'register form with errors');
    await snap(page, 'register-errors');

    await code.fill(oldCode('15', '03', '85', '234'));
    await expect.poll(() => page.getByText('Vecā parauga personas kods; dzimšanas datums 15.03.1985').count()).toBe(1);
    await page.getByRole('button', { name: 'Reģistrēt', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Ilze Pārbaudīte' }).waitFor();
    await page.getByText('Persona reģistrēta.').waitFor();
    const profile = await page.getByRole('tabpanel').innerText();
    expect(profile).toContain('15.03.1985');
    expect(profile).toContain('Bez noteiktas dzīvesvietas');
    expect(profile).toContain('Naktspatversme Katoļu ielā');
    expect(profile).toMatch(/latviešu, krievu/i);
    personIds.push(page.url().split('/persons/')[1]!.split('?')[0]!);
    await context.close();
  });

  it('register: a likely duplicate is shown and must be confirmed', async () => {
    const { context, page } = await signedInContext(browser, 'vaditaja@demo.lv');
    await openRegisterForm(page);
    await field(page, 'Vārds (vārdi)').fill('Ilze');
    await field(page, 'Uzvārds (uzvārdi)').fill('Parbaudite');
    await field(page, 'Dzimšanas datums').fill('15.03.1985');
    await page.getByText('Iespējamie dublikāti').waitFor();
    expect(await page.getByRole('link', { name: 'Ilze Pārbaudīte' }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'duplicate warning');
    await page.getByRole('button', { name: 'Reģistrēt', exact: true }).click();
    await page.getByText('Vai tā tiešām ir cita persona?').waitFor();
    await snap(page, 'register-duplicate-confirm');
    await page.getByRole('button', { name: 'Jā, reģistrēt kā jaunu personu' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ilze Parbaudite' }).waitFor();
    personIds.push(page.url().split('/persons/')[1]!.split('?')[0]!);
    await context.close();
  });

  it('edit: a change saved meanwhile in another window is shown as a conflict, then reloaded and saved', async () => {
    const [id] = personIds;
    const a = await signedInContext(browser, 'vaditaja@demo.lv');
    const b = await signedInContext(browser, 'vaditaja@demo.lv');
    for (const page of [a.page, b.page]) {
      await page.goto(`/persons/${id}`);
      await page.getByRole('button', { name: 'Labot' }).click();
      await page.getByRole('heading', { name: 'Personas datu labošana' }).waitFor();
    }
    await field(a.page, 'Tālrunis').fill('+371 20000001');
    await a.page.getByRole('button', { name: 'Saglabāt' }).click();
    await a.page.getByText('Izmaiņas saglabātas.').waitFor();

    await field(b.page, 'Piezīmes').fill('Satikts pie patversmes.');
    await b.page.getByRole('button', { name: 'Saglabāt' }).click();
    const conflict = b.page.getByRole('alert').filter({ hasText: 'Kāds cits šo personu jau ir mainījis' });
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain('+371 20000001');
    await expectAccessible(b.page, 'edit conflict');
    await snap(b.page, 'edit-conflict');
    await conflict.getByRole('button', { name: 'Ielādēt jaunākos datus' }).click();
    expect(await field(b.page, 'Tālrunis').inputValue()).toBe('+371 20000001');
    await field(b.page, 'Piezīmes').fill('Satikts pie patversmes.');
    await b.page.getByRole('button', { name: 'Saglabāt' }).click();
    await b.page.getByText('Izmaiņas saglabātas.').waitFor();

    await b.page.getByRole('tab', { name: 'Vēsture' }).click();
    const history = b.page.getByRole('table', { name: 'Izmaiņu vēsture' });
    await history.waitFor();
    const text = await history.innerText();
    expect(text).toContain('Tālrunis');
    expect(text).toContain('+371 20000001');
    expect(text).toContain('Satikts pie patversmes.');
    expect(text).toContain('Vita Vadītāja');
    await snap(b.page, 'person-history');
    await a.context.close();
    await b.context.close();
  });

  it('merge a duplicate, then undo the merge', async () => {
    const [first, second] = personIds;
    const { context, page } = await signedInContext(browser, 'vaditaja@demo.lv');
    await page.goto(`/persons/${first}?tab=merges`);
    await page.getByRole('heading', { name: 'Dublikātu apvienošana' }).waitFor();
    const picker = page.getByRole('textbox', { name: 'Dublikāts, ko pievienot šai personai' });
    await picker.fill('Ilze Parbaudite');
    await page.getByRole('option', { name: /Ilze Parbaudite/ }).first().click();
    await page.getByRole('button', { name: 'Apvienot', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Apstiprināt apvienošanu' });
    await dialog.waitFor();
    await expectAccessible(page, 'merge confirmation');
    await dialog.getByRole('button', { name: 'Apvienot ierakstus' }).click();
    await page.getByText('Ieraksti apvienoti.').waitFor();
    await page.getByText('„Ilze Parbaudite” apvienots ar „Ilze Pārbaudīte”').waitFor();
    await snap(page, 'merged');

    await page.goto(`/persons/${second}`);
    await page.getByText('Šis ieraksts ir apvienots ar citu personu').waitFor();
    expect(await page.getByRole('button', { name: 'Labot' }).count()).toBe(0);
    await expectAccessible(page, 'merged record');

    await page.goto(`/persons/${first}?tab=merges`);
    await page.getByRole('button', { name: 'Atcelt apvienošanu' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Atcelt apvienošanu' }).click();
    await page.getByText('Apvienošana atcelta.').waitFor();
    await page.getByText(/^Atcelts \d{2}\.\d{2}\.\d{4}/).waitFor();
    await page.goto(`/persons/${second}`);
    await page.getByRole('button', { name: 'Labot' }).waitFor();
    expect(await page.getByText('Šis ieraksts ir apvienots ar citu personu').count()).toBe(0);
    await context.close();
  });
});

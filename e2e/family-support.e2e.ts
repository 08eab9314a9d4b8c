import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, nav, phonePass, signedInContext, snap as snapAt } from './support/browser';

/**
 * Family support in the browser (FS-1 – FS-6), from referral to ending: Bauska's social service refers a
 * family; the centre's manager accepts it with a social worker; the worker records crisis support, matches a
 * checked and trained mentor, prepares and holds the family group conference (the family's plan), and ends
 * the support. A worker who also serves Housing First finds family support's items on "my morning"; the
 * manager reads the report with the project's 129 families and 271 children and the finance against the
 * EEA grant. Every page with axe, at desktop and phone width.
 */
let browser: Browser;
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
async function snap(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await snapAt(page, name);
}

beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('Family support: referral to ending, the worklist beside Housing First, the report', () => {
  it('the social service refers a family; the centre accepts it; its worker supports it to the end', async () => {
    const social = await signedInContext(browser, 'bauska@demo.lv');
    await nav(social.page).getByRole('link', { name: 'Ģimenes', exact: true }).click();
    await social.page.getByRole('link', { name: 'Nosūtīt ģimeni' }).click();
    const form = social.page;
    await form.getByRole('heading', { level: 1, name: 'Ģimenes nosūtīšana' }).waitFor();
    await form.getByRole('combobox', { name: /^Centrs/ }).selectOption({ label: 'Ģimenes atbalsta centrs Bauskā (Biedrība „Mājas ceļš”)' });
    const member = (n: number) => form.getByRole('group', { name: `${n}. ģimenes loceklis` });
    await member(1).getByRole('textbox', { name: /^Vārds/ }).fill('Vineta');
    await member(1).getByRole('textbox', { name: /^Uzvārds/ }).fill('Ābele');
    await member(1).getByRole('textbox', { name: /^Dzimšanas datums/ }).fill('14.03.1989');
    await member(1).getByRole('combobox', { name: /^Dzimums/ }).selectOption('female');
    await member(2).getByRole('textbox', { name: /^Vārds/ }).fill('Daniela');
    await member(2).getByRole('textbox', { name: /^Uzvārds/ }).fill('Ābele');
    await member(2).getByRole('textbox', { name: /^Dzimšanas datums/ }).fill('02.09.2015');
    await member(2).getByRole('combobox', { name: /^Dzimums/ }).selectOption('female');
    await form.getByRole('combobox', { name: /^Iemesls/ }).selectOption('crisis');
    await form.getByRole('textbox', { name: /^Izvērtējums/ }).fill('Ģimene krīzē pēc tēva aiziešanas; vajadzīgs psihologa atbalsts.');
    await form.getByRole('checkbox', { name: 'Ģimene ir krīzes situācijā' }).check();
    await expectAccessible(form, 'referral');
    await phonePass(form, 'referral');
    await form.getByRole('button', { name: 'Nosūtīt', exact: true }).click();
    await form.getByRole('heading', { level: 1, name: 'Ģimenes' }).waitFor();
    await region(form, 'Nosūtījumi').getByText('Vineta Ābele').waitFor();
    await social.context.close();

    const manager = await signedInContext(browser, 'vaditaja@demo.lv');
    await manager.page.goto('/fs/families');
    const card = region(manager.page, 'Nosūtījumi').getByRole('listitem').filter({ hasText: 'Vineta Ābele' });
    await card.getByText('Gaida lēmumu').waitFor();
    await expectAccessible(manager.page, 'families and referrals');
    await phonePass(manager.page, 'families and referrals');
    await card.getByRole('combobox', { name: 'Sociālais darbinieks' }).selectOption({ label: 'Baiba Bērzkalne' });
    await card.getByRole('button', { name: 'Pieņemt' }).click();
    await region(manager.page, 'Ģimeņu saraksts').getByText('Vineta Ābele').first().waitFor();
    await manager.context.close();

    const worker = await signedInContext(browser, 'gimenes@demo.lv');
    const page = worker.page;
    await nav(page).getByRole('link', { name: 'Ģimenes', exact: true }).click();
    await page.getByRole('table', { name: 'Ģimeņu saraksts' }).getByRole('row', { name: /Vineta Ābele/ }).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Ģimene Vineta Ābele' }).waitFor();
    await region(page, 'Ģimenes locekļi un lomas').getByText('Daniela Ābele').waitFor();
    // FS-2 crisis support: a session with the mother and the child
    const sessions = region(page, 'Individuālais darbs un krīzes atbalsts');
    await sessions.getByRole('checkbox', { name: 'Vineta Ābele' }).check();
    await sessions.getByRole('checkbox', { name: 'Daniela Ābele' }).check();
    await sessions.getByRole('button', { name: 'Saglabāt' }).click();
    await sessions.getByRole('table').getByText('Krīzes atbalsts').waitFor();
    // FS-3 a mentor who is not trained is refused; a checked and trained one is matched
    const mentor = region(page, 'Brīvprātīgais mentors');
    await mentor.getByRole('combobox', { name: /^Mentors/ }).selectOption({ label: 'Oskars Lācis — Nevar piesaistīt' });
    await mentor.getByRole('button', { name: 'Piesaistīt mentoru' }).click();
    await mentor.getByText('Mentors nav pabeidzis apmācību').waitFor();
    await mentor.getByRole('combobox', { name: /^Mentors/ }).selectOption({ label: 'Anita Straume — Var piesaistīt' });
    await mentor.getByRole('button', { name: 'Piesaistīt mentoru' }).click();
    await mentor.getByText(/^Anita Straume — piesaistīts/).waitFor();
    // FS-3 the mentor's meeting with the family is recorded; then the matching ends with its reason
    await mentor.getByRole('textbox', { name: /^Piezīme/ }).fill('Kopā uz bibliotēku ar Danielu.');
    await mentor.getByRole('button', { name: 'Ierakstīt tikšanos' }).click();
    await mentor.getByRole('table', { name: 'Mentora tikšanās ar ģimeni' }).getByText('Kopā uz bibliotēku ar Danielu.').waitFor();
    await mentor.getByText(/^Anita Straume — piesaistīts .*, 1 tikšanās$/).waitFor();
    await expectAccessible(page, 'family case: mentor meeting');
    await snap(page, 'fs-family-mentor');
    await mentor.getByRole('combobox', { name: /^Iemesls/ }).selectOption('goals_reached');
    await mentor.getByRole('button', { name: 'Beigt piesaisti' }).click();
    await mentor.getByText(/^Anita Straume: piesaistīts .*\(Mērķi sasniegti\)$/).waitFor();
    await mentor.getByText('Mentors nav piesaistīts.').waitFor();
    // FS-4 the conference: a trained coordinator prepares it, the family makes its own plan
    const conferences = region(page, 'Ģimenes grupas konferences');
    await conferences.getByRole('combobox', { name: /^Koordinators/ }).selectOption({ label: 'Dzintra Dūmiņa' });
    await conferences.getByRole('button', { name: 'Sākt konferences sagatavošanu' }).last().click();
    await conferences.getByText('Sagatavošanā').waitFor();
    await conferences.getByRole('textbox', { name: /^Ģimenes plāns/ }).fill('Vecmāmiņa palīdz rītos; Vineta apmeklē psihologu; Daniela dodas uz nometni.');
    await conferences.getByRole('button', { name: 'Ierakstīt' }).click();
    await conferences.getByText('Vecmāmiņa palīdz rītos', { exact: false }).first().waitFor();
    await expectAccessible(page, 'family case');
    await phonePass(page, 'family case');
    // the support ends
    const ending = region(page, 'Atbalsta beigas');
    await ending.getByRole('combobox', { name: /^Iemesls/ }).selectOption('goals_reached');
    await ending.getByRole('button', { name: 'Beigt atbalstu' }).click();
    await page.getByText(/^Slēgta /).first().waitFor();
    await worker.context.close();
  });

  it('a worker of Housing First and family support finds both on "my morning"; the manager reads groups, mentors, finance and the report', async () => {
    const both = await signedInContext(browser, 'socdarbs2@demo.lv');
    await both.page.goto('/service/my-morning');
    await both.page.getByRole('heading', { level: 1, name: 'Mans rīts' }).waitFor();
    await both.page.getByText('Mentora pārbaudes atjaunošana').first().waitFor();
    await both.page.getByText('Ieva Liepa', { exact: false }).first().waitFor();
    await both.context.close();

    const { page, context } = await signedInContext(browser, 'vaditaja@demo.lv');
    await page.goto('/fs/families');
    await page.getByRole('table', { name: 'Ģimeņu saraksts' }).getByRole('row', { name: /Sanita Ozola/ }).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Ģimene Sanita Ozola' }).waitFor();
    // the centre's manager is not on the family's team: the children's records stay hidden
    await page.getByText('Bērnu dati redzami tikai ģimenes komandai', { exact: false }).waitFor();
    await region(page, 'Ģimenes grupas konferences').getByText('Vecmāmiņa pieskata bērnus', { exact: false }).waitFor();
    await expectAccessible(page, 'family case (manager)');
    await snap(page, 'fs-family-case');
    await nav(page).getByRole('link', { name: 'Grupas un nometnes' }).click();
    await page.getByRole('table', { name: 'Grupu saraksts' }).getByText('Ziemas nometne bērniem').waitFor();
    await expectAccessible(page, 'groups');
    await nav(page).getByRole('link', { name: 'Brīvprātīgie mentori' }).click();
    await page.getByRole('table', { name: 'Mentoru reģistrs' }).getByText('Jānis Priede').waitFor();
    await expectAccessible(page, 'mentors');
    await phonePass(page, 'mentors');
    await snap(page, 'fs-mentors');
    // FS-3 the manager records a mentor's supervision; the register shows it as the last one
    const actions = region(page, 'Mentora supervīzija un darbības beigas');
    await actions.getByRole('combobox', { name: /^Mentors/ }).selectOption({ label: 'Jānis Priede — Ģimenes atbalsta centrs Valmierā' });
    await actions.getByRole('combobox', { name: /^Supervīziju vadīja/ }).selectOption({ index: 1 });
    const supervisedOn = await actions.getByRole('textbox', { name: /^Datums/ }).inputValue();
    await actions.getByRole('button', { name: 'Ierakstīt supervīziju' }).click();
    await page.getByRole('table', { name: 'Mentoru reģistrs' }).getByRole('row', { name: /Jānis Priede/ }).getByText(supervisedOn).waitFor();
    await page.goto('/fs/finance');
    await page.getByText('94 136,00 €').first().waitFor();
    // FS-6 the manager enters a spending line; the project's costs and grant are there to be kept
    const spending = region(page, 'Pēdējie izdevumi');
    await spending.getByRole('combobox', { name: /^Pozīcija/ }).selectOption({ index: 1 });
    await spending.getByRole('textbox', { name: /^Summa/ }).fill('1 250,00');
    await spending.getByRole('textbox', { name: /^Piezīme/ }).fill('Nometnes ēdināšana');
    await spending.getByRole('button', { name: 'Ierakstīt izdevumus' }).click();
    await spending.getByRole('table').getByText('Nometnes ēdināšana').waitFor();
    await region(page, 'Projekta izmaksas un grants').getByRole('textbox', { name: /^Grants, €/ }).waitFor();
    await expectAccessible(page, 'finance');
    await snap(page, 'fs-finance');
    await page.goto('/fs/report');
    const families = region(page, 'Ģimenes');
    await families.getByText('Ģimenes projekta laikā').waitFor();
    expect(await families.getByText('129', { exact: true }).count()).toBeGreaterThan(0);
    expect(await families.getByText('271', { exact: true }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'report');
    await phonePass(page, 'report');
    await snap(page, 'fs-report');
    await context.close();
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, nav, newContext, signedInContext, signInWithForm, snap } from './support/browser';

// the provider takes part in Housing First, the Individual Budget and family support (its service agreements)
const IB_NAV = ['Budžeta lietas', 'Nesaņemtie pakalpojumi'];
const FS_WORKER_NAV = ['Ģimenes', 'Grupas un nometnes', 'Brīvprātīgie mentori'];
const ALL_NAV = ['Personas', 'Reģistrēt personu', 'Pārskats', 'Lietotāji', 'Auditācijas žurnāls', 'Rinda', 'Mani gadījumi', 'Noslodze', 'Rezultatīvie rādītāji', 'Datu nodošana', 'Mājokļi',
  ...IB_NAV, ...FS_WORKER_NAV, 'Projekta finanses', 'Ģimeņu atbalsta pārskats', 'Organizācijas darba saraksts', 'Plānotie apmeklējumi', 'Lietu vēstures imports'];
const PERSONAL_CODE = /\b\d{6}-\d{5}\b/;

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

async function navLabels(page: Page) {
  await nav(page).getByRole('link').first().waitFor();
  return (await nav(page).getByRole('link').allInnerTexts()).map((s) => s.trim());
}

/** Names in the person list (desktop table) and what the API gives the same user. */
async function listedNames(page: Page) {
  await page.getByRole('table', { name: 'Atrastās personas' }).waitFor();
  return page.getByRole('table', { name: 'Atrastās personas' }).getByRole('link').allInnerTexts();
}

describe('what each role sees', () => {
  it('sign-in page: accessible, wrong password is refused in Latvian', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/persons');
    await expect.poll(() => page.url()).toContain('/sign-in');
    expect(await page.getAttribute('html', 'lang')).toBe('lv');
    await expectAccessible(page, 'sign-in');
    await page.getByRole('textbox', { name: 'E-pasts' }).fill('vaditaja@demo.lv');
    await page.getByLabel(/^Parole/).fill('nepareiza-parole');
    await page.getByRole('button', { name: 'Pieslēgties' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Nepareizs e-pasts vai parole');
    await snap(page, 'sign-in');
    await context.close();
  });

  it('manager: the organisation’s persons, users and the audit log', async () => {
    const { context, page } = await signedInContext(browser, 'vaditaja@demo.lv');
    await page.goto('/');
    await expect.poll(() => page.url()).toContain('/persons');
    expect(await page.getByRole('banner').innerText()).toContain('Sociālās rehabilitācijas lietu vadība');
    expect(await navLabels(page)).toEqual(ALL_NAV);
    const names = await listedNames(page);
    expect(names.length).toBeGreaterThan(5);
    await expectAccessible(page, 'persons (manager)');
    await snap(page, 'persons-list');

    await nav(page).getByRole('link', { name: 'Lietotāji' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lietotāji' }).waitFor();
    expect(await page.getByRole('table', { name: 'Lietotāji' }).innerText()).toContain('Sandis Sociālais');
    await expectAccessible(page, 'users');
    await snap(page, 'users');
    await page.getByRole('link', { name: 'Darbību žurnāls: Sandis Sociālais' }).click();
    await page.getByRole('heading', { level: 1, name: /Lietotāja darbības: Sandis Sociālais/ }).waitFor();
    await expectAccessible(page, 'user audit');

    await nav(page).getByRole('link', { name: 'Auditācijas žurnāls' }).click();
    await page.getByRole('table', { name: 'Auditācijas žurnāls' }).waitFor();
    expect(await page.getByRole('table', { name: 'Auditācijas žurnāls' }).innerText()).toContain('Vita Vadītāja');
    await expectAccessible(page, 'organisation audit');
    await snap(page, 'audit');
    await context.close();
  });

  it('social worker: only their caseload, no audit, no merging, no users', async () => {
    const manager = await signedInContext(browser, 'vaditaja@demo.lv');
    const all = (await (await manager.context.request.get('/api/persons?pageSize=100')).json()) as { items: Array<{ id: string }> };
    await manager.context.close();

    const { context, page } = await signedInContext(browser, 'socdarbs@demo.lv');
    await page.goto('/');
    await expect.poll(() => page.url()).toContain('/persons');
    expect(await navLabels(page)).toEqual(['Personas', 'Reģistrēt personu', 'Pārskats', 'Rinda', 'Mani gadījumi', 'Rezultatīvie rādītāji', 'Mājokļi', ...IB_NAV, ...FS_WORKER_NAV, 'Mans rīts', 'Plānotie apmeklējumi']);
    const names = await listedNames(page);
    const own = (await (await context.request.get('/api/persons?pageSize=100')).json()) as { items: Array<{ id: string; givenNames: string; surnames: string }> };
    expect(names.sort()).toEqual(own.items.slice(0, 20).map((p) => `${p.givenNames} ${p.surnames}`).sort());
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.length).toBeLessThan(all.items.length);
    await expectAccessible(page, 'persons (social worker)');

    await page.getByRole('table', { name: 'Atrastās personas' }).getByRole('link').first().click();
    await page.getByRole('tab', { name: 'Profils' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Auditācijas žurnāls' }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Apvienošana' }).click();
    await page.getByText('Apvienot var gadījuma vadības eksperts').waitFor();
    await expectAccessible(page, 'person (social worker)');

    const outside = all.items.find((p) => !own.items.some((o) => o.id === p.id))!;
    await page.goto(`/persons/${outside.id}`);
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Persona nav atrasta');
    await page.goto('/users');
    await page.getByRole('heading', { level: 1, name: 'Nav piekļuves' }).waitFor();
    await expectAccessible(page, 'forbidden page');
    await context.close();
  });

  it('municipal social worker: only persons of their municipality, may merge', async () => {
    const { context, page } = await signedInContext(browser, 'riga@demo.lv');
    await page.goto('/persons');
    await page.getByRole('table', { name: 'Atrastās personas' }).waitFor();
    const organisations = await page.getByRole('table', { name: 'Atrastās personas' }).locator('tbody tr td:nth-child(5)').allInnerTexts();
    expect(organisations.length).toBeGreaterThan(0);
    // the municipality's own applicants, and the clients the providers serving Rīga registered there (Housing First;
    // the Individual Programme's provider, once a case in Rīga is opened for one of its clients — the IP journey does)
    expect(organisations).toContain('Rīgas valstspilsētas pašvaldības Labklājības departaments');
    for (const organisation of organisations) expect(['Rīgas valstspilsētas pašvaldības Labklājības departaments', 'Biedrība „Mājas ceļš”', 'Biedrība „Cerību māja”']).toContain(organisation);
    await page.getByRole('table', { name: 'Atrastās personas' }).getByRole('link').first().click();
    await page.getByRole('tab', { name: 'Apvienošana' }).click();
    await page.getByRole('heading', { name: 'Dublikātu apvienošana' }).waitFor();
    await expectAccessible(page, 'merges tab (municipal)');
    await context.close();
  });

  for (const [email, role] of [['finansetajs@demo.lv', 'funder analyst'], ['planotajs@demo.lv', 'planner']] as const) {
    it(`${role}: aggregates only, no personal data anywhere`, async () => {
      const { context, page } = await signedInContext(browser, email);
      await page.goto('/');
      await expect.poll(() => page.url()).toContain('/overview');
      // every programme's aggregates, small cells hidden: Housing First's indicators (HF-4.2), the Individual Programme's report by
      // target group (IP-4), the Individual Budget's unmet services (IB-5), family support's report; the region's planning pages for the planner (RP)
      const aggregates = ['Pārskats', 'Rezultatīvie rādītāji', 'Pārskats pa mērķa grupām', 'Nesaņemtie pakalpojumi', 'Ģimeņu atbalsta pārskats'];
      expect(await navLabels(page)).toEqual(role === 'planner' ? [...aggregates, 'Reģiona pārskats', 'Pakalpojumu katalogs', 'Aktualizācijas kārtas'] : aggregates);
      await page.getByRole('table', { name: 'Personas pa plānošanas reģioniem' }).waitFor();
      const text = await page.locator('body').innerText();
      expect(text).toContain('Reģistrētās personas kopā');
      expect(text).toContain('Rīgas plānošanas reģions');
      expect(text).not.toMatch(PERSONAL_CODE);
      expect(text).not.toMatch(/Bērziņ|dzim\. /);
      await expectAccessible(page, `overview (${role})`);
      if (role === 'funder analyst') await snap(page, 'overview');
      // HF-4.2 A, B, C for the whole programme, every count under 5 hidden
      await nav(page).getByRole('link', { name: 'Rezultatīvie rādītāji' }).click();
      await page.getByRole('heading', { level: 1, name: 'Rezultatīvie rādītāji' }).waitFor();
      expect(await page.locator('main').innerText()).not.toMatch(/Bērziņ|dzim\. /);
      await expectAccessible(page, `indicators (${role})`);
      await snap(page, `hf-indicators-${role === 'planner' ? 'planner' : 'funder'}`);
      expect((await context.request.get('/api/persons')).status()).toBe(403);
      await page.goto('/persons');
      await page.getByRole('heading', { level: 1, name: 'Nav piekļuves' }).waitFor();
      expect(await page.locator('body').innerText()).not.toMatch(PERSONAL_CODE);
      await context.close();
    });
  }

  it('administrator: users and audit, no persons', async () => {
    const { context, page } = await signedInContext(browser, 'admin@demo.lv');
    await page.goto('/');
    await expect.poll(() => page.url()).toContain('/overview');
    expect(await navLabels(page)).toEqual(['Pārskats', 'Lietotāji', 'Auditācijas žurnāls', 'Mājokļi']);
    await nav(page).getByRole('link', { name: 'Lietotāji' }).click();
    expect(await page.getByRole('table', { name: 'Lietotāji' }).innerText()).toContain('Rita Rīdziniece');
    await expectAccessible(page, 'users (admin)');
    await context.close();
  });

  it('mentor: caseload; password dialog; sign out everywhere ends the session', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInWithForm(page, 'mentors@demo.lv');
    expect(await navLabels(page)).toEqual(['Personas', 'Reģistrēt personu', 'Pārskats', 'Mani gadījumi', 'Rezultatīvie rādītāji', 'Budžeta lietas', ...FS_WORKER_NAV, 'Mans rīts', 'Plānotie apmeklējumi']);
    await page.getByRole('button', { name: /Lietotāja izvēlne: Miks Mentors/ }).click();
    await page.getByRole('menuitem', { name: 'Mainīt paroli' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paroles maiņa' });
    await dialog.getByLabel(/^Pašreizējā parole/).fill('nepareiza');
    await dialog.getByLabel(/^Jaunā parole \*?$/).fill('Jauna-parole-2026!');
    await dialog.getByLabel(/^Jaunā parole vēlreiz/).fill('Jauna-parole-2026!');
    await dialog.getByRole('button', { name: 'Mainīt paroli' }).click();
    await dialog.getByText('Pašreizējā parole nav pareiza').waitFor();
    await expectAccessible(page, 'password dialog');
    await dialog.getByRole('button', { name: 'Atcelt' }).click();

    await page.getByRole('button', { name: /Lietotāja izvēlne/ }).click();
    await page.getByRole('menuitem', { name: 'Iziet visās ierīcēs' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Iziet visās ierīcēs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pieslēgšanās' }).waitFor();
    expect((await context.request.get('/api/auth/me')).status()).toBe(401);
    await context.close();
  });
});

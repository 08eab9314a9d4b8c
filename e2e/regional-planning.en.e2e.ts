import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionalPlanningLv } from '../packages/domain/src/programmes/regional-planning/i18n/regional-planning.lv';
import { rpPagesLv } from '../apps/web/src/programmes/regional-planning/i18n/rp-pages.lv';
import { webLv } from '../apps/web/src/i18n/lv';
import { expectAccessible, launchBrowser, nav, signedInContext, snap } from './support/browser';

/**
 * Regional planning in English (RP-1 – RP-7): the region's planner switches the UI to English and walks the
 * main pages — the overview (map, matrix by target group, development models, forecast beside actual), the
 * catalogue with its versions and the new-version form, a round and a municipality's part split by target
 * group. On each page axe finds nothing and no Latvian UI text is left (names and the municipalities' own
 * entries, e.g. a round's name, are data and stay as entered).
 */
let browser: Browser;

/** The Latvian UI strings of the core and of regional planning, without placeholders, that no English string also has. */
const LATVIAN = (() => {
  const strings = (o: unknown): string[] => (typeof o === 'string' ? [o] : o && typeof o === 'object' ? Object.values(o).flatMap(strings) : []);
  return [...new Set([...strings(webLv), ...strings(rpPagesLv), ...strings(regionalPlanningLv)])].filter((s) => s.length >= 8 && !s.includes('{{') && /[a-zāčēģīķļņšūž]/.test(s));
})();

async function expectEnglish(page: Page, what: string) {
  await page.waitForLoadState('networkidle');
  // a one-word string only as a whole line (a municipality's Latvian entry may begin with the same word), longer ones anywhere
  const lines = (await page.locator('body').innerText()).split('\n').map((l) => l.trim());
  expect(LATVIAN.filter((s) => lines.some((l) => l === s || (s.includes(' ') && l.includes(s)))), `Latvian UI text on ${what}`).toEqual([]);
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  await expectAccessible(page, what);
}

beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('Regional planning in English', () => {
  it('the planner reads the overview, the catalogue and a round in English: axe clean, no Latvian UI text', async () => {
    const { page, context } = await signedInContext(browser, 'planotajs@demo.lv');
    await page.goto('/rp');
    await page.getByRole('heading', { level: 1, name: 'Reģiona sociālo pakalpojumu pārskats' }).waitFor();
    await page.getByRole('radiogroup', { name: 'Valoda' }).getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Social services in the region' }).waitFor();

    // RP-2, RP-7 the overview: the matrix for homeless people, the map of one group's clients
    const matrix = page.getByRole('table', { name: 'Municipalities and services' });
    await matrix.getByRole('row', { name: /^Night shelter/ }).waitFor();
    await page.getByRole('combobox', { name: /^Target group/ }).selectOption({ label: 'Homeless people' });
    await page.getByText('Each cell: clients in the target group “Homeless people”.', { exact: false }).waitFor();
    expect(await matrix.getByRole('row', { name: /^Home care/ }).count()).toBe(0);
    await page.getByRole('img', { name: /^Map of the municipalities: Clients — Homeless people/ }).waitFor();
    // RP-3 the development models, one panel per municipality
    const models = page.getByRole('region', { name: 'Development models', exact: true });
    await models.getByRole('button', { name: /^Riga/ }).click();
    await models.getByText(/^Priority$/).first().waitFor();
    // RP-5 forecast beside actual
    await page.getByRole('table', { name: 'Forecast and actual by year' }).getByRole('row').nth(2).waitFor();
    await expectEnglish(page, 'RP overview in English');
    await snap(page, 'rp-en-overview');

    // RP-1 the catalogue, its versions and the form of a new one
    await nav(page).getByRole('link', { name: 'Catalogue of services', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Regional catalogue of services' }).waitFor();
    await page.getByRole('table', { name: 'Catalogue of services' }).getByRole('row', { name: /^Night shelter/ }).waitFor();
    await page.getByRole('table', { name: 'Versions of the catalogue' }).getByText('The programme’s first catalogue').waitFor();
    await expectEnglish(page, 'RP catalogue in English');
    await snap(page, 'rp-en-catalogue');
    await page.getByRole('link', { name: 'Publish a new version' }).click();
    const form = page.getByRole('form', { name: 'New version of the catalogue' });
    await form.getByRole('button', { name: /^Shelter/ }).click();
    await form.getByRole('textbox', { name: /^Description in English/ }).waitFor();
    await expectEnglish(page, 'RP new catalogue version in English');

    // RP-6 a round and a municipality's part, RP-7 split by target group
    await nav(page).getByRole('link', { name: 'Update rounds', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Update rounds' }).waitFor();
    await page.getByRole('table', { name: 'Update rounds' }).getByRole('link').first().click();
    const parts = page.getByRole('table', { name: 'The municipalities’ parts' });
    await parts.getByRole('row', { name: /Riga/ }).getByText('Confirmed').waitFor();
    await expectEnglish(page, 'RP round in English');
    await snap(page, 'rp-en-round');
    await parts.getByRole('link', { name: 'View: Riga' }).click();
    const part = page.getByRole('form', { name: 'The municipality’s figures per service' });
    await part.getByText('Home care: figures by target group').waitFor();
    await part.getByRole('textbox', { name: 'Home care, Persons with functional impairments and their families: Clients', exact: true }).waitFor();
    await expectEnglish(page, 'RP part in English');
    await snap(page, 'rp-en-part');

    // the programme in English
    await nav(page).getByRole('link', { name: 'Region overview', exact: true }).click();
    const xlsx = await context.request.get((await page.getByRole('link', { name: 'Tables (Excel)' }).getAttribute('href'))!);
    expect(xlsx.status()).toBe(200);
    expect((await page.getByRole('link', { name: 'Tables (Excel)' }).getAttribute('href'))).toContain('lang=en');
    await context.close();
  }, 120_000);
});

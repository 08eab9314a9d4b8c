import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, signedInContext, snap } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('language', () => {
  it('switches to English, keeps it after a reload, and server errors follow', async () => {
    const { context, page } = await signedInContext(browser, 'vaditaja@demo.lv');
    await page.goto('/persons');
    await page.getByRole('heading', { level: 1, name: 'Personas' }).waitFor();
    await page.getByRole('radiogroup', { name: 'Valoda' }).getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Persons' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('banner').innerText()).toContain('Social rehabilitation case management');
    await expectAccessible(page, 'persons in English');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Persons' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.goto('/persons/new');
    await page.getByRole('textbox', { name: 'Given name(s)', exact: true }).fill('Anna');
    await page.getByRole('textbox', { name: 'Surname(s)', exact: true }).fill('Kalna');
    await page.getByRole('textbox', { name: 'Birth date', exact: true }).fill('31.02.1990');
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByText('Enter a date as dd.mm.yyyy').waitFor();
    await expectAccessible(page, 'register form in English');
    await snap(page, 'register-english');

    await page.goto('/overview');
    await page.getByRole('table', { name: 'Persons by planning region' }).waitFor();
    expect(await page.locator('body').innerText()).toContain('Riga Planning Region');

    await page.getByRole('radiogroup', { name: 'Language' }).getByText('LV', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Pārskats' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('lv');
    await context.close();
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, phonePass, signedInContext, snap } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });


describe('HF-4.2 the indicators in charts, with the report as PDF and Excel and HF-4.4 the completion spreadsheet', () => {
  it('the provider’s manager: three charts each told in words, the downloads work, axe-clean at desktop and phone width, in Latvian and English', async () => {
    const { context, page } = await signedInContext(browser, 'vaditaja@demo.lv');
    await page.goto('/hf/indicators?from=2020-01-01&to=2026-12-31');
    await page.getByRole('heading', { level: 1, name: 'Rezultatīvie rādītāji' }).waitFor();
    for (const name of ['Mājoklī pēc 6 un 12 mēnešiem pa pašvaldībām', 'C. Kurp klienti devās pēc pakalpojuma', 'Klienti pret programmas vietām']) {
      const figure = page.getByRole('figure', { name });
      await figure.waitFor();
      expect((await figure.getAttribute('aria-describedby'))?.length).toBeGreaterThan(0);
    }
    expect(await page.getByRole('figure', { name: 'Klienti pret programmas vietām' }).locator('p.visually-hidden').innerText()).toMatch(/^Klienti periodā: /);
    await page.locator('.recharts-surface').first().waitFor();
    const downloads = page.getByRole('group', { name: 'Lejupielādes' });
    for (const [name, type] of [['Pārskats PDF formātā', 'application/pdf'], ['Pārskats Excel formātā', 'spreadsheetml'], ['Pabeigušo klientu tabula (Excel)', 'spreadsheetml']] as const) {
      const href = await downloads.getByRole('link', { name }).getAttribute('href');
      expect(href).toMatch(/from=2020-01-01&to=2026-12-31.*language=lv$/);
      const res = await context.request.get(href!);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain(type);
    }
    await expectAccessible(page, 'indicators with charts');
    await snap(page, 'hf-indicators-charts');
    await phonePass(page, 'indicators with charts');

    await page.getByRole('radiogroup', { name: 'Valoda' }).getByText('EN', { exact: true }).click();
    await page.getByRole('figure', { name: 'Housed after 6 and 12 months by municipality' }).waitFor();
    expect(await page.getByRole('group', { name: 'Downloads' }).getByRole('link', { name: 'Report as PDF' }).getAttribute('href')).toMatch(/language=en$/);
    await expectAccessible(page, 'indicators with charts in English');
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('LV', { exact: true }).click();
    await context.close();
  });

  it('HF-4.2 the provider’s manager clicks a count and sees that many cases, each linking to its case; axe-clean at desktop and phone width', async () => {
    const { context, page } = await signedInContext(browser, 'vaditaja@demo.lv');
    await page.goto('/hf/indicators?from=2020-01-01&to=2026-12-31');
    const served = page.getByRole('link', { name: /^Klienti periodā: \d+ – skatīt lietas$/ }).first();
    await served.waitFor();
    const count = Number((await served.innerText()).replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    await served.click();
    await page.getByRole('heading', { level: 1, name: 'Klienti periodā' }).waitFor();
    const rows = page.getByRole('region', { name: 'Lietas' }).locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(count);
    expect(await rows.first().getByRole('link').getAttribute('href')).toMatch(/^\/hf\/cases\/[0-9a-f-]{36}$/);
    await expectAccessible(page, 'the cases behind a figure');
    await snap(page, 'hf-indicator-cases');
    await phonePass(page, 'the cases behind a figure');
    // C: a destination's count is the rows of its list too
    await page.getByRole('link', { name: 'Atpakaļ uz rādītājiem' }).click();
    const street = page.getByRole('link', { name: /^Dzīvesvieta pēc pakalpojuma: .+: \d+ – skatīt lietas$/ }).first();
    await street.waitFor();
    const ofStreet = Number((await street.innerText()).replace(/\D/g, ''));
    await street.click();
    await page.getByRole('heading', { level: 1, name: /^Dzīvesvieta pēc pakalpojuma: / }).waitFor();
    await rows.first().waitFor();
    expect(await rows.count()).toBe(ofStreet);
    // B i per provider, E and F: their counts drill down too (F lists the clients its sum is made of)
    for (const [region, name] of [['Pa pakalpojuma sniedzējiem', /^Mājoklī pēc 6 mēnešiem: \d+ – skatīt lietas$/], ['E. Pašpietiekamība', /skatīt lietas$/], ['F. Krīzes pakalpojumu izmantošana', /^Krīzes pakalpojumi sākumā: .+ – skatīt lietas$/]] as const) {
      await page.getByRole('link', { name: 'Atpakaļ uz rādītājiem' }).click();
      const link = page.getByRole('region', { name: region }).getByRole('link', { name }).first();
      await link.waitFor();
      const label = (await link.getAttribute('aria-label'))!;
      await link.click();
      await page.getByRole('heading', { level: 1, name: label.replace(/: [\d\s]+ – skatīt lietas$/, '') }).waitFor();
      await rows.first().waitFor();
      if (region !== 'F. Krīzes pakalpojumu izmantošana') expect(await rows.count()).toBe(Number(label.match(/: ([\d\s]+) – skatīt lietas$/)![1]!.replace(/\s/g, '')));
    }
    await snap(page, 'hf-indicator-cases-crisis');
    await context.close();
  });

  it('a funder: the charts over suppressed figures, axe-clean, the report to download but no rows of clients; a social worker has no completion spreadsheet', async () => {
    const { context, page } = await signedInContext(browser, 'finansetajs@demo.lv');
    await page.goto('/hf/indicators?from=2020-01-01&to=2026-12-31');
    await page.getByRole('figure', { name: 'Mājoklī pēc 6 un 12 mēnešiem pa pašvaldībām' }).waitFor();
    await page.getByRole('group', { name: 'Lejupielādes' }).getByRole('link', { name: 'Pārskats PDF formātā' }).waitFor();
    expect(await page.getByRole('link', { name: 'Pabeigušo klientu tabula (Excel)' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /skatīt lietas$/ }).count()).toBe(0); // HF-4.2 aggregates only: plain numbers
    await expectAccessible(page, 'indicators with charts (funder)');
    await phonePass(page, 'indicators with charts (funder)');
    await context.close();
    const worker = await signedInContext(browser, 'socdarbs@demo.lv');
    await worker.page.goto('/hf/indicators');
    await worker.page.getByRole('group', { name: 'Lejupielādes' }).getByRole('link', { name: 'Pārskats PDF formātā' }).waitFor();
    expect(await worker.page.getByRole('link', { name: 'Pabeigušo klientu tabula (Excel)' }).count()).toBe(0);
    await worker.context.close();
  });
});

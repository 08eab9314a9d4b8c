import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, nav, phonePass, signedInContext, snap } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });


describe('HF-4.4 data disclosures: research extract, handover to the funder, the register', () => {
  it('the provider’s manager produces a research extract and a handover package; both are in the register; axe-clean at desktop and phone width', { timeout: 180_000 }, async () => {
    const { context, page } = await signedInContext(browser, 'vaditaja@demo.lv');
    await page.goto('/hf/worklist');
    await nav(page).getByRole('link', { name: 'Datu nodošana' }).click();
    await page.getByRole('heading', { level: 1, name: 'Datu nodošana' }).waitFor();
    await expectAccessible(page, 'disclosures (empty form)');

    const research = page.getByRole('region', { name: 'Pseidonimizēti dati pētniecībai' });
    await research.getByRole('button', { name: 'Sagatavot izrakstu' }).click();
    await research.getByRole('alert').filter({ hasText: 'Pārbaudiet iezīmētos laukus.' }).waitFor();
    await research.getByRole('textbox', { name: 'Saņēmējs' }).fill('LU pētnieku grupa');
    await research.getByRole('textbox', { name: 'Tiesiskais pamats' }).fill('VDAR 89. pants');
    await research.getByRole('textbox', { name: 'Mērķis' }).fill('Pilotprojekta izvērtējums');
    const [extract] = await Promise.all([page.waitForEvent('download'), research.getByRole('button', { name: 'Sagatavot izrakstu' }).click()]);
    expect(extract.suggestedFilename()).toMatch(/^research-extract-\d{4}-\d{2}-\d{2}\.zip$/);

    const handover = page.getByRole('region', { name: 'Lietu nodošana finansētājam' });
    await handover.getByRole('textbox', { name: 'Saņēmējs' }).fill('Sabiedrības integrācijas fonds');
    await handover.getByRole('textbox', { name: 'Tiesiskais pamats' }).fill('Līguma 3.2.3.6. apakšpunkts');
    await handover.getByRole('textbox', { name: 'Mērķis' }).fill('Lietu glabāšana');
    // the ended cases (the default): each case file is a PDF rendered on the server
    const [zip] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), handover.getByRole('button', { name: 'Sagatavot nodošanas komplektu' }).click()]);
    expect(zip.suggestedFilename()).toMatch(/^handover-\d{4}-\d{2}-\d{2}\.zip$/);

    const register = page.getByRole('region', { name: 'Nodošanas reģistrs' });
    await register.getByRole('rowheader', { name: /Sabiedrības integrācijas fonds/ }).waitFor();
    await register.getByRole('rowheader', { name: /LU pētnieku grupa/ }).waitFor();
    await expectAccessible(page, 'disclosures with the register');
    await snap(page, 'hf-disclosures');
    await phonePass(page, 'disclosures');
    await context.close();
  });

  it('a social worker has no such page', async () => {
    const { context, page } = await signedInContext(browser, 'socdarbs@demo.lv');
    await page.goto('/hf/cases');
    await nav(page).getByRole('link').first().waitFor();
    expect(await nav(page).getByRole('link', { name: 'Datu nodošana' }).count()).toBe(0);
    await context.close();
  });
});

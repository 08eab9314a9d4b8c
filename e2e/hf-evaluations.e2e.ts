import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, signedInContext, snap } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('HF-4.3 the evaluation tools and HF-4.2 D, E, F (issue 13)', () => {
  it('the provider’s manager: D–F on the indicators page, the workshops and interviews against their targets, an interview recorded', async () => {
    const { context, page } = await signedInContext(browser, 'vaditaja@demo.lv');
    await page.goto('/hf/indicators?from=2020-01-01&to=2026-12-31');
    await page.getByRole('heading', { level: 1, name: 'Rezultatīvie rādītāji' }).waitFor();
    await page.getByRole('heading', { name: 'D. Ienākumi' }).waitFor();
    expect(await page.locator('#income').innerText()).toMatch(/\d+,\d{2}\s€/);
    await page.getByRole('table', { name: 'E. Pašpietiekamība' }).waitFor();
    expect(await page.getByRole('table', { name: 'F. Krīzes pakalpojumu izmantošana' }).innerText()).toContain('Hospitalizācijas');
    const events = page.locator('#provider-evaluations');
    await events.getByText('Pieredzes intervija').first().waitFor();
    expect(await events.innerText()).toContain('5 no 10');
    await events.getByLabel('Novērtējums').selectOption({ label: 'Pieredzes intervija' });
    await events.getByRole('button', { name: 'Saglabāt novērtējumu' }).click();
    await expect.poll(() => events.getByLabel(/^Intervētais/).getAttribute('aria-invalid')).toBe('true');
    await events.getByLabel(/^Intervētais/).selectOption({ label: 'Pakalpojuma saņēmējs' });
    await events.getByRole('button', { name: 'Saglabāt novērtējumu' }).click();
    await expect.poll(() => events.innerText()).toContain('6 no 10');
    await expectAccessible(page, 'indicators D–F and the provider’s evaluations');
    await snap(page, 'hf-indicators-outcomes');
    await context.close();
  });

  it('a social worker: the case’s tools due, the questionnaire refused at the field and then recorded', async () => {
    const { context, page } = await signedInContext(browser, 'socdarbs@demo.lv');
    const list = await (await context.request.get('/api/cases?status=open')).json() as { items: Array<{ id: string; programme?: string }> };
    const caseId = list.items.find((c) => !c.programme || c.programme === 'housing_first')!.id;
    await page.goto(`/cases/${caseId}/service`);
    const section = page.locator('#evaluations');
    await section.getByRole('heading', { name: 'Novērtējumi' }).waitFor();
    await section.getByLabel('Novērtējums').selectOption({ label: 'Klienta anketa indikatoru datiem' });
    await section.getByText(/pēdējiem 6 mēnešiem/).waitFor();
    await section.getByLabel(/^Ienākumi pēdējā pilnajā/).fill('12,345');
    await section.getByLabel(/^Darbs/).selectOption({ label: 'Strādā nepilnu slodzi' });
    await section.getByRole('button', { name: 'Saglabāt novērtējumu' }).click();
    await expect.poll(() => section.getByLabel(/^Ienākumi pēdējā pilnajā/).getAttribute('aria-invalid')).toBe('true');
    await section.getByLabel(/^Ienākumi pēdējā pilnajā/).fill('412,50');
    await section.getByRole('button', { name: 'Saglabāt novērtējumu' }).click();
    await expect.poll(() => section.getByRole('table', { name: 'Aizpildītie novērtējumi' }).innerText()).toContain('412,50 €');
    await expectAccessible(page, 'case evaluations');
    await snap(page, 'hf-case-evaluations');
    await context.close();
  });
});

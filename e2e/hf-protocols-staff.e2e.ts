import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, phonePass, signedInContext, snap } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });


describe('HF-3.4.6 cooperation protocols and the plan report on the case’s service page (issue 13)', () => {
  it('a social worker records a protocol with an action, sees it listed with its print; the plan report link; axe-clean at desktop and phone width', async () => {
    const { context, page } = await signedInContext(browser, 'socdarbs@demo.lv');
    const list = await (await context.request.get('/api/cases?status=open')).json() as { items: Array<{ id: string; programme?: string }> };
    // a Housing First case the social worker may record on
    let caseId = '';
    for (const c of list.items.filter((i) => !i.programme || i.programme === 'housing_first')) {
      const detail = await (await context.request.get(`/api/cases/${c.id}`)).json() as { case: { closedOn: string | null; programme?: string }; abilities: { record: boolean } };
      // the demo holds other programmes' cases too: this page is Housing First's
      if (detail.case.programme === 'housing_first' && detail.abilities.record && !detail.case.closedOn) { caseId = c.id; break; }
    }
    expect(caseId).not.toBe('');
    await page.goto(`/cases/${caseId}/service?tab=log`);
    const section = page.locator('#protocols');
    await section.getByRole('heading', { name: 'Starpinstitucionālās sadarbības protokoli' }).waitFor();
    const form = section.getByRole('form', { name: 'Jauns protokols' });
    await form.getByRole('textbox', { name: 'Temats' }).fill('Pensijas kārtošana ar Valsts sociālās apdrošināšanas aģentūru');
    await form.getByLabel('Institūcijas').fill('Rīgas sociālais dienests\nValsts sociālās apdrošināšanas aģentūra');
    await form.getByLabel('Dalībnieki').fill('Sandis Sociālais\nInese Kļaviņa');
    await form.getByLabel('Par ko vienojās').fill('Pieteikumu iesniedz līdz mēneša beigām.');
    await form.getByRole('button', { name: 'Pievienot darbību' }).click();
    await form.getByRole('textbox', { name: 'Darbība' }).fill('Iesniegt pieteikumu');
    await form.getByRole('textbox', { name: 'Atbildīgais' }).fill('Sandis Sociālais');
    await form.getByRole('button', { name: 'Saglabāt protokolu' }).click();
    await section.getByText('Protokols saglabāts.').waitFor();
    await section.getByText(/Pensijas kārtošana ar Valsts sociālās apdrošināšanas aģentūru/).first().waitFor();
    await section.getByRole('link', { name: /Protokols \d{2}\.\d{2}\.\d{4}/ }).first().waitFor();
    await expectAccessible(page, 'the protocols section');
    await phonePass(page, 'the protocols section');
    await snap(page, 'hf-protocols');

    await page.goto(`/cases/${caseId}/service?tab=plan`);
    const report = page.locator('#plan-report');
    await report.getByRole('heading', { name: 'Pārskats par plāna izpildi' }).waitFor();
    await report.getByRole('link', { name: /Pārskats par/ }).waitFor();
    // HF-3.4.6 the same report on screen, from the data the PDF prints
    await report.getByRole('button', { name: 'Rādīt pārskatu' }).click();
    await report.getByRole('heading', { name: /^Pārskats par plāna izpildi \d{2}\.\d{2}\.\d{4}–/ }).waitFor();
    await report.getByRole('heading', { name: 'Veiktais darbs periodā' }).waitFor();
    await snap(page, 'hf-plan-report-on-screen');
    await expectAccessible(page, 'the plan tab with the report');
    await phonePass(page, 'the plan tab with the report');
    await context.close();
  });
});

describe('HF-2.6 staff qualifications and languages on the users page (issue 13)', () => {
  it('the manager records a worker’s languages and a qualification; the list shows them; axe-clean at desktop and phone width', async () => {
    const { page, context } = await signedInContext(browser, 'vaditaja@demo.lv');
    await page.goto('/users');
    await page.getByRole('heading', { name: 'Lietotāji', level: 1 }).waitFor();
    await expectAccessible(page, 'the users page');
    const users = await (await context.request.get('/api/users')).json() as { items: Array<{ id: string; displayName: string; email: string }> };
    const worker = users.items.find((u) => u.email === 'mentors@demo.lv')!;
    await page.getByRole('button', { name: `Kvalifikācija un valodas: ${worker.displayName}` }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Pievienot valodu' }).waitFor();
    await dialog.getByRole('button', { name: 'Pievienot valodu' }).click();
    await dialog.getByRole('button', { name: 'Pievienot kvalifikāciju' }).click();
    await dialog.getByLabel('Nosaukums').fill('Sociālā darba bakalaurs');
    await dialog.getByLabel('Iegūts').fill('20.06.2015');
    await expectAccessible(page, 'the staff profile dialog');
    await dialog.getByRole('button', { name: 'Saglabāt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await (await context.request.get(`/api/users/${worker.id}/staff-profile`)).json()).qualifications.length).toBeGreaterThan(0);
    // HF-2.6 every saved version kept: the dialog shows the history, who saved it and what it added
    await page.getByRole('button', { name: `Kvalifikācija un valodas: ${worker.displayName}` }).first().click();
    const history = page.getByRole('dialog').getByRole('region', { name: 'Izmaiņu vēsture' });
    await history.getByText(/^\d+\. versija — \d{2}\.\d{2}\.\d{4}/).first().waitFor();
    await history.getByText('Sociālā darba bakalaurs', { exact: false }).first().waitFor();
    await expectAccessible(page, 'the staff profile with its history');
    await snap(page, 'staff-profile-history');
    await page.getByRole('dialog').getByRole('button', { name: 'Atcelt' }).click();
    await phonePass(page, 'the users page');
    await context.close();
  });
});

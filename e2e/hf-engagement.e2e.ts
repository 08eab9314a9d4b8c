import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, phonePass, signedInContext, snap } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });


const display = (d: Date) => `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;

describe('HF-2.2 the engagement on the case’s service page (issue 13)', () => {
  it('a social worker: the agreed end and the minimum participation, a suspension refused at the field then saved, an extension by months; axe-clean at desktop and phone width', async () => {
    const { context, page } = await signedInContext(browser, 'socdarbs@demo.lv');
    const list = await (await context.request.get('/api/cases?status=open')).json() as { items: Array<{ id: string; programme?: string }> };
    const caseId = list.items.find((c) => !c.programme || c.programme === 'housing_first')!.id;
    await page.goto(`/cases/${caseId}/service`);
    const section = page.locator('#engagement');
    await section.getByRole('heading', { name: 'Iesaiste programmā' }).waitFor();
    await section.getByText('Līgums noslēgts').waitFor();
    await section.getByText('Minimālā dalība (6 mēn.)').waitFor();

    // a suspension without its end is refused at the field
    const suspension = section.getByRole('form', { name: 'Apturēt pakalpojumu' });
    await suspension.getByLabel('Pamatojums').fill('Persona ārstējas slimnīcā');
    await suspension.getByRole('button', { name: 'Apturēt' }).click();
    await expect.poll(() => suspension.getByLabel('Līdz').getAttribute('aria-invalid')).toBe('true');
    const inFive = new Date(Date.now() + 5 * 86_400_000);
    await suspension.getByLabel('Līdz').fill(display(inFive));
    await suspension.getByRole('button', { name: 'Apturēt' }).click();
    await section.getByText('Apturēšana ierakstīta.').waitFor();
    await section.getByText(/^Apturēts no /).waitFor();
    await section.getByText('Pakalpojums šobrīd ir apturēts.').waitFor();

    const extension = section.getByRole('form', { name: 'Pagarināt līgumu' });
    await extension.getByLabel('Mēnešu skaits').fill('2');
    await extension.getByLabel('Pamatojums').fill('Vienošanās ar personu');
    await extension.getByRole('button', { name: 'Pagarināt' }).click();
    await section.getByText('Līgums pagarināts.').waitFor();
    await section.getByText(/pagarināts par 2 mēnešiem/).waitFor();

    await expectAccessible(page, 'the engagement section');
    await phonePass(page, 'the engagement section');
    await snap(page, 'hf-engagement');
    await context.close();
  });
});

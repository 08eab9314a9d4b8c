import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, phonePass, signedInContext, snap, launchBrowser } from './support/browser';

/**
 * Issue 14, protected address (GDPR Art. 9, 32): the demo's client who left a violent partner has their
 * address protected. Their worker sees the badge, the address and the protection's reason; the
 * municipality's social service sees the person with "Adrese aizsargāta" in place of the address; the
 * worker protects another client's address with a reason (none given: the field says so).
 */
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

interface Person { id: string; givenNames: string; surnames: string; addressProtection: { protected: boolean } }

/** The worker's persons, read through the API as the page does. */
async function workersPersons(page: Page): Promise<Person[]> {
  const list = (await (await page.request.get('/api/persons?pageSize=100')).json()) as { items: Array<{ id: string }> };
  return Promise.all(list.items.map(async ({ id }) => ((await (await page.request.get(`/api/persons/${id}`)).json()) as { person: Person }).person));
}

describe('issue 14, protected address', () => {
  let protectedId = '';
  let otherId = '';

  it('the worker sees the badge, the address and why it is protected', async () => {
    const { context, page } = await signedInContext(browser, 'socdarbs@demo.lv');
    await page.goto('/');
    const persons = await workersPersons(page);
    const person = persons.find((p) => p.addressProtection.protected)!;
    expect(person, 'the demo has one protected client').toBeTruthy();
    protectedId = person.id;
    otherId = persons.find((p) => !p.addressProtection.protected)!.id;
    await page.goto(`/persons/${protectedId}`);
    await page.getByRole('heading', { level: 1, name: `${person.givenNames} ${person.surnames}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Adreses aizsardzība' }).waitFor();
    expect(await page.getByText('Adrese aizsargāta', { exact: true }).count()).toBeGreaterThan(0);
    await page.getByText(/aizsargāja .* — Vardarbība ģimenē/).waitFor();
    // the worker has a need to know: the address itself is shown, not the label
    const profile = await page.getByRole('tabpanel').innerText();
    expect(profile).toMatch(/iela|prospekts|gatve/);
    await expectAccessible(page, 'protected person, worker');
    await snap(page, 'protected-address-worker');
    await phonePass(page, 'protected person, worker');
    await context.close();
  });

  it('the municipality’s social service reads the person, not the address', async () => {
    for (const email of ['riga@demo.lv', 'liepaja@demo.lv', 'valmiera@demo.lv']) {
      const { context, page } = await signedInContext(browser, email);
      await page.goto('/');
      if ((await page.request.get(`/api/persons/${protectedId}`)).status() !== 200) { await context.close(); continue; }
      await page.goto(`/persons/${protectedId}`);
      await page.getByRole('alert').or(page.getByText('Personas adrese ir aizsargāta, un jums tā netiek rādīta.', { exact: false })).first().waitFor();
      const profile = await page.getByRole('tabpanel').innerText();
      expect(profile).not.toMatch(/iela|prospekts|gatve/);
      expect(profile).toContain('Adrese aizsargāta');
      expect(await page.getByRole('button', { name: /Aizsargāt adresi|Atcelt aizsardzību/ }).count()).toBe(0);
      await expectAccessible(page, 'protected person, municipality');
      await snap(page, 'protected-address-municipality');
      await context.close();
      return;
    }
    throw new Error('no municipal social service reads the protected client');
  });

  it('the worker protects another client’s address, with a reason', async () => {
    const { context, page } = await signedInContext(browser, 'socdarbs@demo.lv');
    await page.goto(`/persons/${otherId}`);
    await page.getByRole('button', { name: 'Aizsargāt adresi' }).click();
    const dialog = page.getByRole('dialog', { name: 'Aizsargāt personas adresi' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Aizsargāt adresi' }).click();
    const reason = dialog.getByRole('textbox', { name: /Iemesls/ });
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'protect dialog with an error');
    await reason.fill('Vardarbība ģimenē — klientes lūgums');
    await dialog.getByRole('button', { name: 'Aizsargāt adresi' }).click();
    await page.getByText('Adrese aizsargāta.', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Atcelt aizsardzību' }).waitFor();
    expect(await page.getByText('Adrese aizsargāta', { exact: true }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'address protected');
    await context.close();
  });
});

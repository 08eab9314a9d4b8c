import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const DEMO_PASSWORD = 'Demo-parole-2026';
export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 390, height: 844 };
const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

export const baseUrl = () => inject('baseUrl');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function newContext(browser: Browser, storageState?: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl(), viewport: DESKTOP, locale: 'lv-LV', timezoneId: 'Europe/Riga', reducedMotion: 'reduce', ...(storageState ? { storageState } : {}),
  });
  context.setDefaultTimeout(10_000);
  return context;
}

/** Signs in through the sign-in page and returns to the start page. */
export async function signInWithForm(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'E-pasts' }).fill(email);
  await page.getByLabel(/^Parole/).fill(password);
  await page.getByRole('button', { name: 'Pieslēgties' }).click();
  await page.getByRole('banner').getByRole('button', { name: /Lietotāja izvēlne/ }).waitFor();
}

/**
 * A context signed in as the demo user. Sign-in is rate limited per address, so each account signs in
 * through the form once per run and later contexts reuse its saved session.
 */
export async function signedInContext(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const state = join(inject('stateDir'), `${email}.json`);
  if (existsSync(state)) {
    const context = await newContext(browser, state);
    return { context, page: await context.newPage() };
  }
  const context = await newContext(browser);
  const page = await context.newPage();
  await signInWithForm(page, email);
  await context.storageState({ path: state });
  return { context, page };
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * WCAG 2.1 A/AA checks with axe: the page must have no violations. Axe is loaded into the page once
 * (it stays across the app's own navigation) and reports violations only.
 */
export async function expectAccessible(page: Page, what: string) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const summary = await page.evaluate(async (tags) => {
    const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n  ')}`);
  }, WCAG_21_AA);
  expect(summary, `accessibility violations on ${what}`).toEqual([]);
}

/** Two animation frames: what a resize or a click changed has been laid out and painted. */
const settled = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/**
 * The page at phone width: usable without scrolling sideways (the document is no wider than the
 * screen; wide tables scroll inside their own box). With E2E_SCREENSHOTS=1 it also keeps screenshots at
 * desktop and phone width under test-results/screenshots, to look at.
 */
export async function snap(page: Page, name: string) {
  const screenshots = process.env.E2E_SCREENSHOTS === '1';
  if (screenshots) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-desktop.png`), fullPage: true });
  }
  await page.setViewportSize(PHONE);
  // the layout follows the width once React has re-rendered what depends on it (media queries in hooks)
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
    message: `${name}: the page scrolls sideways at phone width`, timeout: 3_000, interval: 50,
  }).toBeLessThanOrEqual(0);
  if (screenshots) await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
  await settled(page);
}

/** At phone width: nothing wider than the screen (cards instead of wide tables), and axe again; then back to desktop width. */
export async function phonePass(page: Page, what: string) {
  await page.setViewportSize(PHONE);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
    message: `${what}: wider than a phone`, timeout: 3_000, interval: 50,
  }).toBeLessThanOrEqual(0);
  await expectAccessible(page, `${what} (phone)`);
  await page.setViewportSize(DESKTOP);
}

/** The main navigation (visible at desktop width). */
export const nav = (page: Page) => page.getByRole('navigation', { name: /Galvenā navigācija|Main navigation/ });

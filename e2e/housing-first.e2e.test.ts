import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatDate, isoDayInRiga } from '@socrehab/domain';
import { expectAccessible, launchBrowser, nav, signedInContext, snap } from './support/browser';

/**
 * HF-3.1 in the browser: one person from the first contact to moving in, switching between the
 * municipal social worker, the provider's social worker and manager, and the housing provider.
 */
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const TODAY = isoDayInRiga(new Date());
const SUBMITTED = addDays(TODAY, -25); // 5 days left to decide
const stamp = String(Date.now()).slice(-5);
const GIVEN = 'Gunārs';
const SURNAME = `Mājvietis${stamp.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`;
const NAME = `${GIVEN} ${SURNAME}`;
const STREET = `Vecāķu prospekts ${stamp}`;
const ADDRESSES = [1, 2, 3, 4].map((n) => `${STREET}-${n}, Rīga`);

/** Each step visits several pages and runs axe on each; a loaded 2-core machine needs more than the default. */
const JOURNEY_TIMEOUT = 180_000;

let applicationUrl = '';
let caseUrl = '';

/** A write through the API with the session's CSRF token (for set-up the journey does not exercise). */
async function apiPost(context: BrowserContext, path: string, body: unknown) {
  const me = await (await context.request.get('/api/auth/me')).json() as { csrfToken: string };
  const res = await context.request.post(path, { data: body, headers: { 'x-csrf-token': me.csrfToken } });
  expect(res.status(), `${path}: ${await res.text()}`).toBeLessThan(300);
  return res.json();
}

async function visit(page: Page, what: string, shot?: string) {
  await page.locator('main h1').first().waitFor();
  await expectAccessible(page, what);
  if (shot) await snap(page, shot);
}

const nextStep = (page: Page) => page.locator('#next-step-title');

describe('Housing First: from the first contact to moving in', () => {
  it('municipal worker: first contact, application from the questionnaire, eligibility, decision with days left', async () => {
    const { context, page } = await signedInContext(browser, 'riga@demo.lv');
    await apiPost(context, '/api/persons', {
      person: { givenNames: GIVEN, surnames: SURNAME, personalCode: null, birthDate: '1971-04-12', gender: 'male', languages: ['lv'], phone: null, email: null, declaredAddress: null, whereaboutsKind: 'no_fixed_residence', whereabouts: 'Naktspatversme', notes: null },
      confirmNotDuplicate: true,
    });

    await page.goto('/hf/worklist');
    await visit(page, 'municipal worklist', 'hf-worklist');
    expect(await nav(page).getByRole('link').allInnerTexts()).toEqual(expect.arrayContaining(['Darba saraksts', 'Rinda', 'Mani gadījumi', 'Mājokļi']));

    await page.getByRole('link', { name: 'Reģistrēt pirmo kontaktu' }).click();
    await visit(page, 'first contact form');
    await page.getByRole('button', { name: 'Reģistrēt kontaktu' }).click();
    await page.getByText('Izvēlieties personu').waitFor();
    const picker = page.getByRole('textbox', { name: 'Persona' }).or(page.getByRole('combobox', { name: 'Persona' })).first();
    await picker.fill(SURNAME);
    await page.getByRole('option', { name: new RegExp(SURNAME) }).click();
    await page.getByRole('textbox', { name: 'Kontakta datums' }).fill(formatDate(addDays(SUBMITTED, -3)));
    await page.getByRole('combobox', { name: 'Kā persona nonāca' }).selectOption('outreach');
    await page.getByRole('button', { name: 'Reģistrēt kontaktu' }).click();

    await page.getByRole('heading', { level: 1, name: 'Iesniegums pakalpojumam „Mājoklis vispirms”' }).waitFor();
    await page.getByText('Pirmais kontakts reģistrēts.').waitFor();
    await page.getByRole('textbox', { name: 'Iesnieguma datums' }).fill(formatDate(SUBMITTED));
    await page.getByRole('button', { name: 'Iesniegt' }).click();
    await page.getByText('Obligāts lauks').first().waitFor(); // the questionnaire's required question, checked before sending
    await visit(page, 'application form with errors', 'hf-application-form');
    await page.getByRole('textbox', { name: 'Cik cilvēku dzīvos mājoklī' }).fill('1');
    await page.getByRole('textbox', { name: 'Vēlamā apkaime vai vieta' }).fill('Vecāķi');
    await page.getByRole('textbox', { name: 'Augstākais stāvs, kurā var uzkāpt bez lifta' }).fill('3');
    await page.getByRole('button', { name: 'Iesniegt' }).click();

    await page.getByRole('heading', { level: 1, name: `Iesniegums: ${NAME}` }).waitFor();
    applicationUrl = new URL(page.url()).pathname;
    expect(await page.locator('#deadline').innerText()).toContain('Atlikušas 5 dienas');
    await visit(page, 'application (pending)');

    await page.goto('/hf/worklist');
    const row = page.getByRole('table', { name: 'Iesniegumi, kas gaida lēmumu' }).getByRole('row', { name: new RegExp(NAME) });
    expect(await row.innerText()).toContain('5 dienas');
    await page.getByRole('textbox', { name: 'Datums, uz kuru skatīt' }).fill(formatDate(addDays(SUBMITTED, 31)));
    await page.getByRole('button', { name: 'Rādīt' }).click();
    await expect.poll(() => row.innerText()).toContain('Nokavēts par 1 dienu');
    await visit(page, 'worklist as of a later day', 'hf-worklist-overdue');

    await page.goto(`${applicationUrl}/eligibility`);
    await visit(page, 'eligibility form');
    const met = page.getByRole('radio', { name: 'Atbilst', exact: true });
    for (let i = 0; i < await met.count(); i++) await met.nth(i).check();
    await page.getByRole('checkbox', { name: 'Atkarības' }).check();
    await page.getByRole('checkbox', { name: 'Ilgstoši izmanto patversmi' }).check();
    await page.getByRole('radio', { name: 'Atbilst mērķa grupai', exact: true }).check();
    await page.getByRole('textbox', { name: 'Pamatojums' }).fill('Atbilst visiem Rīgas kritērijiem');
    await page.getByRole('button', { name: 'Saglabāt izvērtējumu' }).click();
    await page.getByText('Izvērtējums saglabāts.').waitFor();

    await page.getByRole('radio', { name: 'Piešķirt' }).check();
    await page.getByRole('textbox', { name: 'Pamatojums' }).fill('Persona atbilst mērķa grupai');
    await page.getByRole('button', { name: 'Pieņemt lēmumu' }).click();
    await page.getByText('Lēmums ierakstīts.').waitFor();
    await page.getByText('Lēmums pieņemts termiņā').waitFor();
    expect(await page.getByRole('link', { name: /Lēmuma vēstule \(PDF\)/ }).getAttribute('href')).toContain('/decision-letter.pdf?language=lv');
    expect(await page.locator('#waiting-list').innerText()).toMatch(/\d+\. vieta no \d+/);
    await visit(page, 'application (granted)', 'hf-application-granted');

    await nav(page).getByRole('link', { name: 'Rinda' }).click();
    const entry = page.getByRole('row', { name: new RegExp(NAME) });
    await entry.getByRole('button', { name: /Kāpēc \d+\. vieta/ }).click();
    await page.getByText('Personai ir 2 prioritātes faktori').waitFor();
    await visit(page, 'waiting list with an explanation', 'hf-waiting-list');
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('housing provider: adds dwellings (one through the form, with a version conflict)', async () => {
    const { context, page } = await signedInContext(browser, 'majokli@demo.lv');
    await page.goto('/hf/dwellings/new');
    await visit(page, 'new dwelling form');
    await page.getByRole('textbox', { name: 'Adrese' }).fill(ADDRESSES[0]!);
    await page.getByRole('textbox', { name: 'Izīrētājs' }).fill('Rīgas namu pārvaldnieks');
    await page.getByRole('textbox', { name: 'Istabu skaits' }).fill('1');
    await page.getByRole('textbox', { name: 'Stāvs' }).fill('2');
    await page.getByRole('textbox', { name: 'Īres maksa mēnesī, €' }).fill('180,50');
    await page.getByRole('textbox', { name: 'Komunālie maksājumi mēnesī, €' }).fill('60');
    await page.getByRole('button', { name: 'Pievienot mājokli' }).last().click();
    await page.getByText('Mājoklis pievienots.').waitFor();
    for (const [i, address] of ADDRESSES.slice(1).entries()) {
      await apiPost(context, '/api/dwellings', {
        municipalityAtvk: '0001000', address, source: 'municipal_fund', landlord: 'Rīgas namu pārvaldnieks', rooms: 1 + (i % 2), floor: i + 1, hasLift: i === 2, accessible: false,
        petsAllowed: true, amenities: { water: true, heating: true, electricity: true, hotWater: i !== 1, furniture: i === 0 }, rentEuros: 150 + i * 20, utilitiesEuros: 55, notes: null,
      });
    }
    await page.getByRole('combobox', { name: 'Statuss' }).selectOption('available');
    await page.getByRole('link', { name: `Labot: ${ADDRESSES[0]}` }).click();
    await visit(page, 'edit dwelling', 'hf-dwelling-edit');
    // someone else saves first: the form shows both versions
    const list = await (await context.request.get('/api/dwellings')).json() as { items: Array<Record<string, unknown>> };
    const stored = list.items.find((d) => d.address === ADDRESSES[0])!;
    const { id, version, status, organisationId: _o, createdAt: _c, updatedAt: _u, organisationName: _n, canEdit: _e, createdBy: _b, ...fields } = stored;
    const me = await (await context.request.get('/api/auth/me')).json() as { csrfToken: string };
    await context.request.put(`/api/dwellings/${String(id)}`, { data: { version, status, dwelling: { ...fields, notes: 'Kāpņu telpa remontēta' } }, headers: { 'x-csrf-token': me.csrfToken } });
    await page.getByRole('textbox', { name: 'Piezīmes' }).fill('Jauni logi');
    await page.getByRole('button', { name: 'Saglabāt' }).click();
    await page.getByRole('alert').filter({ hasText: 'Kāds cits jau ir mainījis šo mājokli' }).waitFor();
    expect(await page.getByRole('table', { name: 'Kāds cits jau ir mainījis šo mājokli' }).innerText()).toContain('Kāpņu telpa remontēta');
    await expectAccessible(page, 'dwelling conflict');
    await page.getByRole('button', { name: 'Ielādēt jaunākos datus' }).click();
    await page.getByRole('button', { name: 'Saglabāt' }).click();
    await page.getByText('Izmaiņas saglabātas.').waitFor();
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('provider social worker: no municipal worklist; offers (the 4th refused), choice, case, the next step moves', async () => {
    const { context, page } = await signedInContext(browser, 'socdarbs@demo.lv');
    await page.goto('/hf/waiting-list');
    await visit(page, 'waiting list (provider)');
    expect(await nav(page).getByRole('link').allInnerTexts()).not.toContain('Darba saraksts');
    await page.getByRole('link', { name: NAME }).click();
    await page.getByRole('heading', { level: 1, name: `Iesniegums: ${NAME}` }).waitFor();
    for (const address of ADDRESSES.slice(0, 3)) {
      await page.getByRole('button', { name: `Piedāvāt: ${address}` }).click();
      await page.getByRole('button', { name: `Persona atsakās: ${address}` }).waitFor();
    }
    await page.getByText('Piedāvāti jau 3 mājokļi').waitFor();
    await page.getByRole('button', { name: `Piedāvāt: ${ADDRESSES[3]}` }).click();
    await page.getByText('Vienai personai var piedāvāt ne vairāk kā 3 mājokļus').waitFor();
    const comparison = page.getByRole('table', { name: 'Piedāvāto mājokļu salīdzinājums' });
    expect(await comparison.getByRole('columnheader').allInnerTexts()).toEqual(['1. piedāvājums', '2. piedāvājums', '3. piedāvājums']);
    expect(await comparison.innerText()).toContain('180,50 €');
    await visit(page, 'offers side by side', 'hf-offers');

    await page.getByRole('button', { name: `Persona atsakās: ${ADDRESSES[0]}` }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Piezīme' }).fill('Par tālu no māsas');
    await expectAccessible(page, 'offer answer dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Persona atsakās' }).click();
    await page.getByRole('button', { name: `Persona izvēlas: ${ADDRESSES[1]}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Persona izvēlas' }).click();
    await page.getByText('Izvēlētais mājoklis ir rezervēts personai.').waitFor();

    await page.getByRole('link', { name: 'Atvērt gadījumu' }).click();
    await visit(page, 'open case form');
    await page.getByRole('button', { name: 'Atvērt gadījumu' }).click();
    await page.getByRole('heading', { level: 1, name: /Gadījums / }).waitFor();
    caseUrl = new URL(page.url()).pathname;
    expect(await nextStep(page).innerText()).toBe('Dokumenti');
    await visit(page, 'case page (just opened)', 'hf-case-opened');

    await page.getByRole('button', { name: 'Nav vajadzīgs: Personu apliecinošs dokuments' }).or(page.getByRole('button', { name: /^Nav vajadzīgs: / }).first()).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Saglabāt' }).click();
    await expect.poll(() => nextStep(page).innerText()).toBe('Informēšana par datu apstrādi');
    const agreements = page.locator('#step-agreements');
    for (const label of ['Informēts par datu apstrādi', 'Informēts par pakalpojuma noteikumiem', 'Līgums parakstīts']) {
      await agreements.getByRole('textbox', { name: label }).fill(formatDate(TODAY));
    }
    await agreements.getByRole('button', { name: 'Saglabāt' }).click();
    await expect.poll(() => nextStep(page).innerText()).toBe('Piekrišana datu apstrādei');
    await page.getByRole('button', { name: 'Rādīt piekrišanas tekstu' }).click();
    await page.getByText('Piekrišanu varu jebkurā laikā atsaukt', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Ierakstīt piekrišanu' }).click();
    await expect.poll(() => nextStep(page).innerText()).toBe('Pašvaldības sociālais darbinieks');
    await expectAccessible(page, 'case page (consent given)');
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('municipal worker assigns themselves; the social worker does the initial assessment', async () => {
    const riga = await signedInContext(browser, 'riga@demo.lv');
    await riga.page.goto(caseUrl);
    await visit(riga.page, 'case page (municipal worker)');
    await riga.page.getByRole('button', { name: 'Norīkot sevi' }).click();
    await expect.poll(() => nextStep(riga.page).innerText()).toBe('Sākotnējais novērtējums');
    await riga.context.close();

    const { context, page } = await signedInContext(browser, 'socdarbs@demo.lv');
    await page.goto(caseUrl);
    await page.getByRole('link', { name: 'Veikt sākotnējo novērtējumu' }).click();
    await visit(page, 'initial assessment form', 'hf-initial-assessment');
    await page.getByRole('textbox', { name: 'Mērķi un vēlmes' }).fill('Dzīvot savā mājoklī, atjaunot pasi');
    await page.getByRole('textbox', { name: 'Draudi' }).fill('Parādi');
    for (const domain of ['Mājokļa uzturēšana', 'Tiesības un interešu aizstāvība', 'Finanses']) {
      await page.getByRole('radio', { name: `${domain}: Daļējs atbalsts` }).check();
    }
    await page.getByText(/Pēc jomām ieteicamais līmenis: Vidējs/).waitFor();
    await page.getByRole('button', { name: 'Izmantot ieteikto' }).click();
    await page.getByRole('button', { name: 'Saglabāt novērtējumu' }).click();
    await page.getByText('Sākotnējais novērtējums saglabāts.').waitFor();
    await expect.poll(() => nextStep(page).innerText()).toBe('Atbalsta komanda');
    expect(await page.locator('#step-assessment').innerText()).toContain('Sociālais darbinieks + Sociālais mentors');
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('manager: caseloads against the caps; adds the mentor (override with a reason if over the cap)', async () => {
    const { context, page } = await signedInContext(browser, 'vaditaja@demo.lv');
    await page.goto('/hf/caseloads');
    await page.getByRole('table', { name: 'Darbinieku noslodze' }).waitFor();
    await visit(page, 'caseloads', 'hf-caseloads');
    await page.goto(caseUrl);
    const team = page.locator('#step-team');
    await team.getByRole('combobox', { name: 'Loma komandā' }).selectOption('social_mentor');
    await team.getByRole('combobox', { name: 'Darbinieks' }).selectOption({ label: 'Miks Mentors' });
    await team.getByRole('button', { name: 'Pievienot komandai' }).click();
    const override = team.getByRole('textbox', { name: 'Vadītāja pamatojums griestu pārsniegšanai' });
    await expect.poll(async () => (await override.count()) > 0 || (await nextStep(page).innerText()) !== 'Atbalsta komanda').toBe(true);
    if (await override.count()) {
      await expectAccessible(page, 'case page (caseload refused)');
      await override.fill('Mentors piekrīt; slodze tiek pārskatīta');
      await team.getByRole('button', { name: 'Pievienot komandai' }).click();
      await team.getByText('Griesti pārsniegti: Mentors piekrīt').waitFor();
    }
    await expect.poll(() => nextStep(page).innerText()).toBe('Ievākšanās');
    await visit(page, 'case page (manager)');
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('social worker: moving in without the spare key — police notice, all steps done, the timeline', async () => {
    const { context, page } = await signedInContext(browser, 'socdarbs@demo.lv');
    await page.goto(caseUrl);
    await page.getByRole('link', { name: 'Ierakstīt ievākšanos' }).click();
    await visit(page, 'move-in form');
    await page.getByRole('textbox', { name: 'Kā rīkoties krīzē' }).fill('Zvanīt mentoram');
    await page.getByRole('radio', { name: 'Nē, nepiekrīt' }).check();
    await page.getByText('Ja persona nepiekrīt, riska situācijā durvis atver policija').waitFor();
    await page.getByRole('checkbox', { name: 'Mājokļa aprīkojums izskaidrots' }).check();
    await page.getByRole('textbox', { name: 'Priekšmets — 1. rinda' }).fill('Gulta');
    await page.getByRole('textbox', { name: 'Stāvoklis — 1. rinda' }).fill('Laba');
    await page.getByRole('button', { name: 'Noņemt atslēgu 2' }).click();
    await page.getByRole('button', { name: 'Ierakstīt ievākšanos' }).click();
    await page.getByText('Vismaz viena atslēga jāizsniedz personai un viena atbalsta komandai').waitFor();
    await snap(page, 'hf-move-in-errors');
    await page.getByRole('button', { name: 'Pievienot atslēgu' }).click();
    await page.getByRole('textbox', { name: 'Vārds, uzvārds — 2. rinda' }).fill('Sandis Sociālais');
    await page.getByRole('button', { name: 'Ierakstīt ievākšanos' }).click();

    await page.getByText('Ievākšanās ierakstīta.').waitFor();
    await page.getByText('Riska situācijā durvis atver policija').waitFor();
    expect(await nextStep(page).innerText()).toBe('Visi soļi līdz ievākšanās brīdim ir paveikti.');
    const timeline = await page.getByRole('table', { name: 'Hronoloģija' }).innerText();
    for (const step of ['Pirmais kontakts', 'Iesniegums', 'Atbilstības izvērtējums', 'Lēmums', 'Iekļauts rindā', 'Atteikts mājoklis', 'Izvēlēts mājoklis', 'Gadījums atvērts', 'Līgums parakstīts', 'Piekrišana dota', 'Sākotnējais novērtējums', 'Norīkots komandā', 'Ievācies']) {
      expect(timeline).toContain(step);
    }
    expect(timeline).toContain(formatDate(SUBMITTED));
    expect(await page.getByRole('link', { name: /Nodošanas–pieņemšanas akts \(PDF\)/ }).first().getAttribute('href')).toContain('/handover-act.pdf');
    await visit(page, 'case page (moved in)', 'hf-case-moved-in');

    await page.goto('/hf/cases');
    await page.getByRole('table', { name: 'Gadījumi' }).getByText(NAME).waitFor();
    await visit(page, 'my cases', 'hf-cases');
    await context.close();
  }, JOURNEY_TIMEOUT);
  it('social worker: a lease breach on the service page starts re-housing — offer, choice, move; the case stays open (HF-3.2.6)', async () => {
    const { context, page } = await signedInContext(browser, 'socdarbs@demo.lv');
    await page.goto(`/cases/${caseUrl.split('/').pop()}/service?tab=housing`);
    await page.locator('#incident-title').waitFor();
    await visit(page, 'service page, dwelling tab');
    await page.getByRole('textbox', { name: 'Kas notika' }).fill('Izīrētājs lauž līgumu pēc kaimiņu sūdzībām');
    await page.getByRole('combobox', { name: 'Notikums' }).selectOption('lease_breach');
    await page.getByRole('button', { name: 'Reģistrēt', exact: true }).click();
    await page.getByText('Notikums reģistrēts. Sākta jauna mājokļa meklēšana.').waitFor();
    await page.getByText(/Notiek jauna mājokļa meklēšana kopš/).waitFor();
    await page.getByText(`Pašreizējais mājoklis: ${ADDRESSES[1]}`).waitFor();
    expect(await page.getByRole('table', { name: 'Piemēroti mājokļi' }).innerText()).not.toContain(ADDRESSES[1]);
    await page.getByRole('button', { name: `Piedāvāt: ${ADDRESSES[3]}` }).click();
    await page.getByRole('button', { name: `Persona izvēlas: ${ADDRESSES[3]}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Persona izvēlas' }).click();
    await page.getByRole('button', { name: 'Reģistrēt pārcelšanos' }).click();
    await page.getByText(`no ${ADDRESSES[1]} uz ${ADDRESSES[3]}`, { exact: false }).waitFor();
    await page.getByText('Jauna mājokļa meklēšana nenotiek.').waitFor();
    await visit(page, 'service page, dwelling changed', 'hf-rehousing');
    const detail = await (await context.request.get(`/api/cases/${caseUrl.split('/').pop()}`)).json() as { case: { status: string }; dwelling: { address: string } };
    expect(detail.case.status).toBe('open');
    expect(detail.dwelling.address).toBe(ADDRESSES[3]);
    await context.close();
  }, JOURNEY_TIMEOUT);
});

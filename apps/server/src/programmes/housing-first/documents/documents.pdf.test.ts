/**
 * Renders each document, extracts the text with Debian's `pdftotext -layout` (poppler-utils) and
 * checks that the Latvian strings come back exactly: names with diacritics, dd.mm.yyyy dates,
 * `1 234,56 €` amounts, the HF-2.7 lists, the decision reasons — and, on the case title page
 * (HF-3.4.1), that nothing identifies the person.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeRightsAndDuties } from '@socrehab/domain/programmes/housing-first/rights-and-duties';
import * as fixtures from './documents.fixtures';
import { renderCaseTitlePage, renderConsent, renderContract, renderDecisionLetter, renderHandoverAct } from './documents.pdf';
import type { CaseTitlePageData } from './documents.types';

let dir = '';
let counter = 0;

beforeAll(() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'pipe' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('pdftotext is not installed: the document tests need Debian poppler-utils. Run `bash scripts/ensure-system-packages.sh` (npm run test:unit does this first).');
    }
  }
  dir = mkdtempSync(join(tmpdir(), 'socrehab-documents-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Extracted {
  /** `pdftotext -layout` output as is (pages separated by form feeds). */
  raw: string;
  pages: number;
  /** Body text without the running header and footer, every whitespace run folded to one space. */
  flat: string;
}

async function extract(pdf: Promise<Buffer>): Promise<Extracted> {
  const bytes = await pdf;
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const file = join(dir, `document-${++counter}.pdf`);
  writeFileSync(file, bytes);
  const raw = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = raw.split('\f').filter((p) => p.trim() !== '').length;
  const flat = raw
    .split(/\r?\n|\f/)
    .filter((line) => !/(Lapa \d+ no \d+|Page \d+ of \d+)\s*$/.test(line)) // footer
    .filter((line) => !line.includes(' · ')) // running header from page 2
    .join('\n')
    .replace(/\s+/g, ' ');
  return { raw, pages, flat };
}

describe('decision letter (HF-3.1.4, HF-3.1.2)', () => {
  it('prints a positive decision with the documents the provider will need', async () => {
    const { flat, raw, pages } = await extract(renderDecisionLetter(fixtures.grantedDecision, 'lv'));
    expect(flat).toContain('Liepājas valstspilsētas pašvaldības iestāde “Liepājas sociālais dienests”');
    expect(flat).toContain('LĒMUMS');
    expect(flat).toContain('par sociālās rehabilitācijas pakalpojuma “Mājoklis vispirms” piešķiršanu');
    expect(flat).toContain('Ģirts Bērziņš');
    expect(flat).toContain('120385-11236');
    expect(flat).toContain('Dokumenta datums: 20.11.2026');
    expect(flat).toContain('Izskatot Jūsu 27.10.2026 iesniegumu');
    expect(flat).toContain('Piešķirt Jums sociālās rehabilitācijas pakalpojumu “Mājoklis vispirms” un iekļaut Jūs pakalpojuma gaidīšanas rindā.');
    expect(flat).toContain(fixtures.grantedDecision.reason);
    expect(flat).toContain('1. Personu apliecinošs dokuments (pase vai personas apliecība)');
    expect(flat).toContain('2. Izziņa par ienākumiem pēdējos trīs mēnešos');
    expect(flat).not.toContain('Citi Jums pieejamie pakalpojumi');
    expect(flat).toContain('Lēmumu pieņēma');
    expect(flat).toContain('Žanna Žūriņa');
    expect(flat).toMatch(/Paraksts Vārds, uzvārds Datums/);
    expect(raw).toContain(`Lapa 1 no ${pages}`);
    expect(raw).toContain('Izdrukāts 24.11.2026, izdrukāja Žanna Žūriņa');
  });

  it('prints a refusal with the reason and the alternatives offered', async () => {
    const { flat } = await extract(renderDecisionLetter(fixtures.refusedDecision));
    expect(flat).toContain('par atteikumu piešķirt sociālās rehabilitācijas pakalpojumu “Mājoklis vispirms”');
    expect(flat).toContain('Ņikita Ļoļa');
    expect(flat).toContain('Čakstes laukums 3-12, Ventspils, LV-3601');
    expect(flat).toContain('Atteikt Jums piešķirt sociālās rehabilitācijas pakalpojumu “Mājoklis vispirms”.');
    expect(flat).toContain('Persona neatbilst mērķa grupai: kopš 01.09.2026 īrē dzīvokli Ventspilī, tātad tai ir noteikta faktiskā dzīvesvieta.');
    expect(flat).toContain('Citi Jums pieejamie pakalpojumi');
    for (const [i, alternative] of fixtures.refusedDecision.alternativesOffered.entries()) {
      expect(flat).toContain(`${i + 1}. ${alternative}`);
    }
    expect(flat).not.toContain('Dokumenti, kas būs jāiesniedz');
    // HF-3.1.2 what the assessment recorded: its day and the criteria it found not met
    expect(flat).toContain('Izskatot Jūsu 27.10.2026 iesniegumu un 13.11.2026 izvērtējot Jūsu atbilstību pakalpojuma kritērijiem, nolemts:');
    expect(flat).toContain('Kritēriji, kuriem izvērtējumā netika konstatēta atbilstība 1. Persona ir bez noteiktas faktiskās dzīvesvietas');
  });

  it('HF-3.1.2 says only what was recorded: no assessment claimed, no alternatives invented', async () => {
    const { flat } = await extract(renderDecisionLetter(fixtures.refusedWithoutAssessment));
    expect(flat).toContain('Izskatot Jūsu 27.10.2026 iesniegumu, nolemts:');
    expect(flat).not.toContain('izvērtējot');
    expect(flat).not.toContain('Kritēriji, kuriem');
    expect(flat).toContain('Citi pakalpojumi netika piedāvāti.');
  });

  it('prints in English with the same data', async () => {
    const { flat, raw } = await extract(renderDecisionLetter(fixtures.refusedDecision, 'en'));
    expect(flat).toContain('DECISION');
    expect(flat).toContain('on refusing the social rehabilitation service “Mājoklis vispirms”');
    expect(flat).toContain('Other services available to you');
    expect(flat).toContain('Ņikita Ļoļa');
    expect(raw).toMatch(/Page 1 of \d/);
  });
});

describe('contract (HF-3.1.7.2, HF-2.7)', () => {
  it('prints the parties, terms, amounts and every right and duty', async () => {
    const { flat, raw, pages } = await extract(renderContract(fixtures.contract));
    expect(flat).toContain('LĪGUMS');
    expect(flat).toContain('Nr. MV-2026/0042');
    expect(flat).toContain('Biedrība “Latvijas Samariešu apvienība” (turpmāk – Pakalpojuma sniedzējs), kuru pārstāv Ilze Čakste');
    expect(flat).toContain('Ģirts Bērziņš, personas kods 120385-11236 (turpmāk – Pakalpojuma saņēmējs)');
    expect(flat).toContain('Pakalpojuma saņēmēja mājoklis: Kuršu iela 17-4, Liepāja, LV-3401.');
    expect(flat).toContain('Pakalpojuma sniegšanas sākums 01.12.2026');
    expect(flat).toContain('24 mēneši');
    expect(flat).toContain('6 mēneši');
    expect(flat).toContain('ne vairāk kā 300 kontaktstundas');
    expect(flat).toContain('ne retāk kā 1 reizi nedēļā');
    expect(flat).toContain('Mājokļa īres maksa 1 234,56 € mēnesī');
    expect(flat).toContain('25,00 € mēnesī (brīvprātīgs)');
    const lists = computeRightsAndDuties({ language: 'lv' });
    const sections = [
      ['3', 'Pakalpojuma saņēmēja tiesības', lists.clientRights],
      ['4', 'Pakalpojuma saņēmēja pienākumi', lists.clientDuties],
      ['5', 'Pakalpojuma sniedzēja tiesības', lists.providerRights],
      ['6', 'Pakalpojuma sniedzēja pienākumi', lists.providerDuties],
    ] as const;
    for (const [n, title, items] of sections) {
      expect(flat).toContain(`${n}. ${title}`);
      items.forEach((item, i) => expect(flat).toContain(`${n}.${i + 1}. ${item}`));
    }
    expect(flat).toContain('iepazīties ar informāciju, kuru par pakalpojuma saņēmēju glabā pakalpojuma sniedzējs;');
    expect(flat).toContain('nav sasniedzams 15 dienas');
    expect(flat).toContain('vismaz 1 nedēļu iepriekš informējot atbalsta komandas darbinieku');
    expect(flat).toContain('Pakalpojuma sniedzējs: Biedrība “Latvijas Samariešu apvienība”');
    expect(flat).toMatch(/Pakalpojuma saņēmējs Paraksts Vārds, uzvārds Datums|Ģirts Bērziņš Paraksts Vārds, uzvārds Datums/);
    expect(pages).toBeGreaterThan(1);
    expect(raw).toContain(`Lapa ${pages} no ${pages}`);
    expect(raw).toContain('Izdrukāts 24.11.2026 14:05, izdrukāja Līga Ķēniņa');
  });

  it('leaves out the provider’s rights when not given and says when no co-payment is agreed', async () => {
    const { providerRights: _omitted, ...withoutProviderRights } = fixtures.contract;
    const { flat } = await extract(renderContract({ ...withoutProviderRights, coPaymentEuros: null, dwellingAddress: null }));
    expect(flat).not.toContain('Pakalpojuma sniedzēja tiesības');
    expect(flat).toContain('5. Pakalpojuma sniedzēja pienākumi');
    expect(flat).toContain('Pakalpojuma saņēmēja līdzmaksājums nav paredzēts');
    expect(flat).toContain('Mājoklis tiks norādīts mājokļa pieņemšanas-nodošanas aktā.');
  });

  it('prints in English with English rights and euro format', async () => {
    const en = computeRightsAndDuties({ language: 'en' });
    const { flat } = await extract(renderContract({ ...fixtures.contract, ...en }, 'en'));
    expect(flat).toContain('CONTRACT');
    expect(flat).toContain('Rent of the dwelling €1,234.56 a month');
    expect(flat).toContain('3.9. to see the information the service provider holds about them;');
    expect(flat).toContain('Ģirts Bērziņš, personal code 120385-11236');
  });
});

describe('consent (HF-4.4)', () => {
  it('prints the person, the versioned text, the date given and both signatures', async () => {
    const { flat } = await extract(renderConsent(fixtures.consent));
    expect(flat).toContain('PIEKRIŠANA PERSONAS DATU APSTRĀDEI');
    expect(flat).toContain('Piekrišanas teksta versija Nr. 1');
    expect(flat).toContain('Lietas Nr. MV-2026/0042');
    expect(flat).toContain('Ģirts Bērziņš');
    expect(flat).toContain('Ziemeļu iela 5 (nakts patversme), Liepāja, LV-3405');
    for (const paragraph of fixtures.consent.consentText.split('\n\n')) expect(flat).toContain(paragraph);
    expect(flat).toContain('Piekrišana dota 01.12.2026');
    expect(flat).not.toContain('Piekrišana atsaukta');
    expect(flat).toContain('Informāciju sniedza un piekrišanu pieņēma');
    expect(flat).toContain('Ilze Čakste');
  });

  it('shows a withdrawal', async () => {
    const { flat } = await extract(renderConsent({ ...fixtures.consent, withdrawnOn: '2027-03-15' }));
    expect(flat).toContain('Piekrišana atsaukta 15.03.2027');
  });
});

describe('case title page (HF-3.4.1)', () => {
  it('shows the case number, programme and organisation only — never the person', async () => {
    // A caller may pass a wider row (e.g. the whole case with its person); nothing of it may leak.
    const caseRow = { ...fixtures.titlePage, person: fixtures.girts, caseManagerName: 'Ilze Čakste' };
    const pageData: CaseTitlePageData = caseRow;
    const { flat, pages } = await extract(renderCaseTitlePage(pageData));
    expect(pages).toBe(1);
    expect(flat).toContain('KLIENTA LIETA');
    expect(flat).toContain('MV-2026/0042');
    expect(flat).toContain('Sociālās rehabilitācijas pakalpojums “Mājoklis vispirms”');
    expect(flat).toContain('Biedrība “Latvijas Samariešu apvienība”');
    for (const forbidden of ['Ģirts', 'Bērziņš', '120385', '11236', 'Ziemeļu iela', 'Ilze Čakste']) {
      expect(flat).not.toContain(forbidden);
    }
  });
});

describe('dwelling handover act (HF-3.1.9, HF-3.1.10)', () => {
  it('prints the parties, the itemised inventory, the keys register, photos and signatures', async () => {
    const { flat, raw } = await extract(renderHandoverAct(fixtures.handover));
    expect(flat).toContain('MĀJOKĻA PIEŅEMŠANAS-NODOŠANAS AKTS');
    expect(flat).toContain('Mājokļa adrese Kuršu iela 17-4, Liepāja, LV-3401');
    expect(flat).toContain('SIA “Liepājas namu apsaimniekotājs”');
    expect(flat).toContain('Ģirts Bērziņš, personas kods 120385-11236');
    expect(flat).toContain('Nodošanas datums 03.12.2026');
    // Inventory rows, one per line in the layout output.
    expect(raw).toMatch(/1\.\s+Ledusskapis “Snaigė”\s+1\s+labā stāvoklī, darbojas/);
    expect(raw).toMatch(/4\.\s+Krēsls\s+2\s+vienam ieplīsis polsterējums/);
    expect(raw).toMatch(/6\.\s+Aukstā ūdens skaitītājs Nr\. 47281\s+1\s+rādījums 00231,4 m³/);
    // Keys register with the holders translated.
    expect(raw).toMatch(/1\.\s+Pakalpojuma saņēmējs\s+Ģirts Bērziņš\s+03\.12\.2026/);
    expect(raw).toMatch(/2\.\s+Atbalsta komanda\s+Ilze Čakste\s+03\.12\.2026/);
    expect(raw).toMatch(/3\.\s+Īpašnieks\s+Andris Šķēle\s+28\.11\.2026/);
    expect(flat).toContain('ir saskaņota ar pakalpojuma saņēmēju');
    expect(flat).toContain('Mājokļa fotofiksācija: aktam pievienoti 14 fotoattēli.');
    expect(flat).toContain('3. Piezīmes un iebildumi');
    for (const role of ['Nodevējs: SIA “Liepājas namu apsaimniekotājs”', 'Pieņēmējs', 'Atbalsta komandas pārstāvis']) expect(flat).toContain(role);
    expect(flat.match(/Paraksts Vārds, uzvārds Datums/g)?.length).toBe(3);
  });

  it('carries a long inventory over several pages without losing a row', async () => {
    const items = Array.from({ length: 90 }, (_, i) => ({ item: `Virtuves piederums Nr. ${i + 1} (šķīvis)`, quantity: (i % 4) + 1, condition: 'lietots, bez bojājumiem' }));
    const { raw, pages } = await extract(renderHandoverAct({ ...fixtures.handover, items }));
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let i = 1; i <= 90; i++) expect(raw).toMatch(new RegExp(`${i}\\.\\s+Virtuves piederums Nr\\. ${i} \\(šķīvis\\)`));
    // The header row repeats on every page the table reaches.
    expect(raw.match(/Nr\. p\. k\.\s+Priekšmets\s+Daudzums\s+Stāvoklis/g)?.length).toBeGreaterThanOrEqual(2);
    expect(raw).toContain(`Lapa ${pages} no ${pages}`);
  });

  it('words a refused spare key and a single photo correctly', async () => {
    const { flat } = await extract(renderHandoverAct({ ...fixtures.handover, spareKeyUseAllowed: false, photoCount: 21, items: [] }));
    expect(flat).toContain('riska situācijā mājokļa atvēršanai tiek saukta policija');
    expect(flat).toContain('aktam pievienots 21 fotoattēls.');
    expect(flat).toContain('Aprīkojums nav uzskaitīts.');
  });
});

/**
 * Issue 13, HF-4.4 — data passed out: the research extract is pseudonymised (a keyed, stable pseudonym;
 * no name, personal code, address, phone, e-mail or free text, even hostile ones), 5-anonymous with its
 * report; the handover package for the funder holds the case files, the data file and the act whose
 * checksums verify (unzip, pdftotext); both are recorded in the register and audited; only the provider's
 * manager produces them. Today in the test world is 24.11.2026.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, caseEndings, cases, disclosures, evaluations, persons } from '../../../db/schema';
import { pseudonymOf } from '../../../modules/disclosures/pseudonyms';
import { createMovedInCase, createTestWorld, signIn } from '../../../test/test-world';

type World = Awaited<ReturnType<typeof createTestWorld>>;
type Client = Awaited<ReturnType<typeof signIn>>;
const KEY = 'research-key-for-the-tests-0123456789abcdef';
let world: World;
let manager: Client;
let dir = '';
const ok = <T extends { statusCode: number; body: string }>(res: T, status = 201): T => { expect(res.statusCode, res.body).toBe(status); return res; };
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const request = { recipient: 'LU Sociālo zinātņu fakultāte', legalBasis: 'VDAR 6. panta 1. punkta e) apakšpunkts, 89. pants', purpose: 'Pilotprojekta izvērtējums' };

// what must never leave: the hostile names, codes, addresses, phones, e-mails and notes of the clients
const HOSTILE = ['Robert\'); DROP TABLE persons;--', '<script>alert(1)</script>', '=HYPERLINK("http://x")', '01017012345', '+37120000001', 'slepens@example.lv', 'Slepenā iela 13-7', 'BRĪVS TEKSTS NEDRĪKST'];

function pdfText(bytes: Uint8Array): string {
  const file = join(dir, `f-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'socrehab-research-'));
  world = await createTestWorld({ RESEARCH_PSEUDONYM_KEY: KEY });
  manager = await signIn(world.app, 'manager@test.lv', 'lv');
  for (let i = 0; i < 5; i++) {
    await createMovedInCase(world, i === 0 ? HOSTILE[0]! : `Klients${i}`, i === 1 ? HOSTILE[1]! : 'Hostīlais', {
      caseNumber: `MV-2026-01${i}`,
      person: { birthDate: '1980-05-05', gender: 'male', personalCode: i === 2 ? HOSTILE[3]! : null, phone: HOSTILE[4]!, email: HOSTILE[5]!, declaredAddress: HOSTILE[6]!, notes: HOSTILE[7]!, whereabouts: HOSTILE[2]! },
    });
  }
  // one ended: Anna's case (opened 10.01.2026), left for a social flat
  await world.db.update(cases).set({ closedOn: '2026-06-30', status: 'closed' }).where(eq(cases.id, world.cases.annasCase.id));
  // her client questionnaire at the start (HF-4.3 (2)): an exact income, and a note that must not leave
  await world.db.insert(evaluations).values({ programmeCode: 'housing_first', instrument: 'client_questionnaire', caseId: world.cases.annasCase.id, recordedOn: '2026-01-20', answers: { income_eur: 250.5, work: 'none' }, note: HOSTILE[7]!, recordedBy: world.users.sw1.id });
  await world.db.insert(caseEndings).values({ organisationId: world.orgs.provider.id, caseId: world.cases.annasCase.id, reason: 'term_ended', endsOn: '2026-06-30', destination: 'social_flat', proposedBy: world.users.sw1.id, status: 'final' });
}, 120_000);
afterAll(async () => {
  await world?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the research extract (HF-4.4, issue 13)', () => {
  it('gives pseudonymised, 5-anonymous rows and the report, and no identifier of anybody', async () => {
    const res = ok(await manager.post('/api/programmes/housing_first/research-extracts', { ...request, format: 'csv' }));
    expect(res.headers['content-type']).toBe('application/zip');
    const files = unzipSync(res.rawPayload);
    expect(Object.keys(files).sort()).toEqual(['k-anonymity-report.json', 'research-extract-2026-11-24.csv']);
    const csv = text(files['research-extract-2026-11-24.csv']!);
    const [header, ...lines] = csv.trim().split('\r\n');
    expect(header).toMatch(/^pseudonym,ageBand,gender,municipality,startMonth,endMonth,lengthOfStayMonths,exitDestination,housedAt6Months,housedAt12Months,/);
    expect(header).toContain('q_income_eur_exit,q_income_eur_start'); // the client questionnaire at the start and the exit (none recorded here)
    expect(lines).toHaveLength(6);
    const all = csv + text(files['k-anonymity-report.json']!);
    for (const s of [...HOSTILE, 'Anna', 'Bērziņa', 'Klients', 'Hostīlais', 'MV-2026', '1961', '1980-05-05', world.cases.annasCase.id]) expect(all).not.toContain(s);
    // the persons only by their keyed pseudonyms
    const annasRow = lines.find((l) => l.startsWith(pseudonymOf(Buffer.from(KEY), world.persons.anna.id)))!;
    expect(annasRow).toContain('social_flat');
    const column = (name: string) => annasRow.split(',')[header!.split(',').indexOf(name)];
    expect([column('q_income_eur_start'), column('q_work_start'), column('q_income_eur_exit')]).toEqual(['200', 'none', '']);
    const report = JSON.parse(text(files['k-anonymity-report.json']!));
    expect(report.kAnonymity.k).toBe(5);
    expect(report.kAnonymity.before.smallestClass).toBe(1);
    expect(report.kAnonymity.after).toMatchObject({ kAnonymous: true, classesBelowK: [] });
    expect(report.kAnonymity.after.smallestClass).toBeGreaterThanOrEqual(5);
    expect(report.kAnonymity.generalised.length).toBeGreaterThan(0);
  });

  it('keeps each person’s pseudonym across extracts, and gives XLSX too', async () => {
    const pseudonyms = async (format: 'csv' | 'xlsx') => {
      const files = unzipSync(ok(await manager.post('/api/programmes/housing_first/research-extracts', { ...request, format })).rawPayload);
      return Object.keys(files);
    };
    const first = unzipSync(ok(await manager.post('/api/programmes/housing_first/research-extracts', request)).rawPayload);
    const again = unzipSync(ok(await manager.post('/api/programmes/housing_first/research-extracts', request)).rawPayload);
    const column = (f: Record<string, Uint8Array>) => text(f['research-extract-2026-11-24.csv']!).trim().split('\r\n').slice(1).map((l) => l.split(',')[0]).sort();
    expect(column(again)).toEqual(column(first));
    expect(column(first)).toContain(pseudonymOf(Buffer.from(KEY), world.persons.anna.id));
    expect(await pseudonyms('xlsx')).toContain('research-extract-2026-11-24.xlsx');
  });

  it('records it in the register with both files’ checksums, and audits it', async () => {
    const res = ok(await manager.post('/api/programmes/housing_first/research-extracts', { ...request, recipient: 'Pētnieks X' }));
    const files = unzipSync(res.rawPayload);
    const [row] = await world.db.select().from(disclosures).where(eq(disclosures.id, res.headers['x-disclosure-id'] as string));
    expect(row).toMatchObject({ kind: 'research_extract', recipient: 'Pētnieks X', legalBasis: request.legalBasis, purpose: request.purpose, disclosedOn: '2026-11-24', dataRows: 6, producedBy: world.users.manager.id });
    for (const f of row!.files) expect(f.sha256).toBe(sha256(files[f.name]!));
    const audited = await world.db.select().from(auditLog).where(and(eq(auditLog.action, 'research_extract'), eq(auditLog.entityId, row!.id)));
    expect(audited).toHaveLength(1);
    expect(JSON.stringify(audited[0]!.changes)).toContain('Pētnieks X');
    const register = ok(await manager.get('/api/disclosures'), 200).json() as { items: Array<{ id: string; recipient: string; producedBy: string }> };
    expect(register.items[0]).toMatchObject({ id: row!.id, recipient: 'Pētnieks X', producedBy: 'manager' });
  });

  it('keeps the history: a disclosure cannot be changed or deleted', async () => {
    const [row] = await world.db.select().from(disclosures).limit(1);
    await expect(world.db.update(disclosures).set({ recipient: 'cits' }).where(eq(disclosures.id, row!.id))).rejects.toThrow();
    await expect(world.db.delete(disclosures).where(eq(disclosures.id, row!.id))).rejects.toThrow();
  });

  it('refuses a social worker, another provider’s manager for these cases, a funder; and says which field is missing', async () => {
    for (const email of ['sw1@test.lv', 'funder@test.lv', 'riga@test.lv']) {
      const client = await signIn(world.app, email);
      expect((await client.post('/api/programmes/housing_first/research-extracts', request)).statusCode, email).toBe(403);
      expect((await client.post('/api/programmes/housing_first/funder-handovers', request)).statusCode, email).toBe(403);
    }
    // another provider's manager gets only their own organisation's cases: none here, never these
    const other = await signIn(world.app, 'other@test.lv');
    const theirs = unzipSync(ok(await other.post('/api/programmes/housing_first/research-extracts', request)).rawPayload);
    expect(text(theirs['research-extract-2026-11-24.csv']!).trim().split('\r\n')).toHaveLength(1);
    expect((await other.post('/api/programmes/housing_first/funder-handovers', request)).statusCode).toBe(400);
    expect((ok(await other.get('/api/disclosures'), 200).json() as { items: Array<{ recipient: string }> }).items.every((d) => d.recipient === request.recipient)).toBe(true);
    expect((await (await signIn(world.app, 'sw1@test.lv')).get('/api/disclosures')).statusCode).toBe(403);
    expect((await (await signIn(world.app, 'funder@test.lv')).get('/api/disclosures')).statusCode).toBe(403);
    // the organisation's administrator, who reads its audit log, reads its register too
    expect(Array.isArray((ok(await (await signIn(world.app, 'admin@test.lv')).get('/api/disclosures'), 200).json() as { items: unknown[] }).items)).toBe(true);
    const missing = await manager.post('/api/programmes/housing_first/research-extracts', { ...request, recipient: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('recipient');
  });
});

describe('the handover package for the funder (HF-4.4, issue 13)', () => {
  it('holds each case file, the data file and the act; the act lists every file with a checksum that verifies', async () => {
    const res = ok(await manager.post('/api/programmes/housing_first/funder-handovers', { recipient: 'Sabiedrības integrācijas fonds', legalBasis: 'Līguma ar SIF 3.2.3.6. apakšpunkts', purpose: 'Klientu lietu glabāšana pēc projekta', cases: 'all' }));
    const zipFile = join(dir, 'handover.zip');
    writeFileSync(zipFile, res.rawPayload);
    const out = join(dir, 'handover');
    execFileSync('unzip', ['-q', zipFile, '-d', out]);
    const files = unzipSync(res.rawPayload);
    const names = Object.keys(files).sort();
    expect(names).toEqual(expect.arrayContaining(['case-files/MV-2026-0001.pdf', 'case-files/MV-2026-010.pdf', 'data/completed-clients-2026-11-24.xlsx', 'handover-act-2026-11-24.pdf']));
    expect(names.filter((n) => n.startsWith('case-files/'))).toHaveLength(6);

    const act = pdfText(readFileSync(join(out, 'handover-act-2026-11-24.pdf')));
    expect(act).toContain('PIEŅEMŠANAS-NODOŠANAS AKTS');
    expect(act).toContain('par klientu lietu un pakalpojuma saņēmēju datu datnes nodošanu glabāšanā („Mājoklis vispirms”)');
    expect(act).toContain('Nodevējs Biedrība „Mājas ceļš”');
    expect(act).toContain('Pieņēmējs Sabiedrības integrācijas fonds');
    expect(act).toContain('Nodošanas datums 24.11.2026');
    expect(act).toContain('Nodoto lietu skaits 6');
    expect(act).toContain('Nodeva: Biedrība „Mājas ceļš”');
    expect(act).toContain('Pieņēma: Sabiedrības integrācijas fonds');
    expect(act).toContain('Paraksts');
    for (const name of names.filter((n) => !n.startsWith('handover-act'))) {
      const sum = sha256(readFileSync(join(out, name)));
      expect(act).toContain(name);
      for (const group of sum.match(/.{16}/g)!) expect(act).toContain(group);
    }

    // the data file is the completion spreadsheet: one row per client whose service ended, by case number
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(out, 'data/completed-clients-2026-11-24.xlsx')) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Lietas numurs');
    expect(sheet.getRow(2).getCell(1).value).toBe('MV-2026-0001');
    expect(sheet.actualRowCount).toBe(2);

    const caseFile = pdfText(readFileSync(join(out, 'case-files/MV-2026-0001.pdf')));
    expect(caseFile).toContain('KLIENTA LIETA');
    expect(caseFile).toContain('Anna Bērziņa');
    expect(caseFile).toContain('Mājoklis vispirms: lieta MV-2026-0001');
    expect(caseFile).not.toContain('Kas skatīja vai mainīja jūsu datus');

    const [row] = await world.db.select().from(disclosures).where(eq(disclosures.id, res.headers['x-disclosure-id'] as string));
    expect(row).toMatchObject({ kind: 'funder_handover', recipient: 'Sabiedrības integrācijas fonds', caseFiles: 6, dataRows: 1 });
    expect(row!.actSha256).toBe(sha256(files['handover-act-2026-11-24.pdf']!));
    expect(row!.files.map((f) => f.name).sort()).toEqual(names);
    const audited = await world.db.select().from(auditLog).where(and(eq(auditLog.action, 'handover'), eq(auditLog.entityId, row!.id)));
    expect(audited).toHaveLength(1);
    // and in Anna's own trail: her case file went to the funder
    const annas = await world.db.select().from(auditLog).where(and(eq(auditLog.action, 'handover'), eq(auditLog.personId, world.persons.anna.id)));
    expect(annas.map((e) => e.changes)).toContainEqual({ disclosureId: row!.id, recipient: 'Sabiedrības integrācijas fonds' });
  });

  it('hands over only the ended cases when asked', async () => {
    const res = ok(await manager.post('/api/programmes/housing_first/funder-handovers', { ...request, cases: 'ended' }));
    const names = Object.keys(unzipSync(res.rawPayload));
    expect(names.filter((n) => n.startsWith('case-files/'))).toEqual(['case-files/MV-2026-0001.pdf']);
  });

  it('does not carry a person of another organisation', async () => {
    const [ilze] = await world.db.select().from(persons).where(eq(persons.id, world.persons.other.id));
    const res = ok(await manager.post('/api/programmes/housing_first/funder-handovers', request));
    const files = unzipSync(res.rawPayload);
    for (const [name, bytes] of Object.entries(files)) if (name.endsWith('.pdf')) expect(pdfText(bytes)).not.toContain(ilze!.surnames);
  });
});

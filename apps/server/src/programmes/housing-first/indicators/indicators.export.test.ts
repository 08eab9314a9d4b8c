import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createMovedInCase, createTestWorld, signIn } from '../../../test/test-world';
import { auditLog, caseEndings, cases, evaluations, persons } from '../../../db/schema';
import { openCompletionSpreadsheet } from './completion.usecases';
import { itOpensWorkbooks, workbookAsCsv } from '../../../test/workbooks';

let world: Awaited<ReturnType<typeof createTestWorld>>;
type Client = Awaited<ReturnType<typeof signIn>>;
let manager: Client, funder: Client, managerEn: Client;
const dir = mkdtempSync(join(tmpdir(), 'hf-indicators-'));
const PERIOD = 'from=2026-01-01&to=2026-12-31&asOf=2026-11-24';
const BASE = '/api/programmes/housing_first';

/**
 * The world of the indicators' own test (today 24.11.2026, the period 2026, capacity 100): the provider
 * serves Anna (no move-in), Jānis (housed since 01.05.2025), Kārlis (began 10.01.2025, moved in 01.02.2025,
 * to the street on 01.03.2026), Laura and Māris (moved in 01.03.2026; Laura to a market flat on 01.06.2026,
 * Māris to a shelter on 01.04.2026), and Nora, whose service ended in 2025; the other provider serves Olga
 * in Liepāja. An Individual Programme case is not counted. Laura answered the client questionnaire at the start
 * (01.03.2026: 150 € a month, not working, 2 hospitalisations) and at the exit (20.05.2026: 420,50 €, part time, training).
 */
beforeAll(async () => {
  world = await createTestWorld();
  const { db, orgs, users } = world;
  const end = async (caseId: string, closedOn: string, destination: string) => {
    await db.update(cases).set({ status: 'closed', closedOn }).where(eq(cases.id, caseId));
    await db.insert(caseEndings).values({ organisationId: orgs.provider.id, caseId, reason: 'person_wish', endsOn: closedOn, destination, proposedBy: users.sw1.id, status: 'final' });
  };
  const housed = await createMovedInCase(world, 'Jānis', 'Ābols', { movedInOn: '2025-05-01', caseNumber: 'MV-2025-0002' });
  await db.update(cases).set({ openedOn: '2025-04-01' }).where(eq(cases.id, housed.caseId));
  const street = await createMovedInCase(world, 'Kārlis', 'Bērzs', { movedInOn: '2025-02-01', caseNumber: 'MV-2025-0001' });
  await db.update(cases).set({ openedOn: '2024-12-01', serviceBeganOn: '2025-01-10' }).where(eq(cases.id, street.caseId));
  await end(street.caseId, '2026-03-01', 'street');
  const laura = await createMovedInCase(world, 'Laura', 'Cīrule', { caseNumber: 'MV-2026-0003' });
  await end(laura.caseId, '2026-06-01', 'market_flat');
  const questionnaire = (recordedOn: string, answers: Record<string, unknown>) => ({ programmeCode: 'housing_first', instrument: 'client_questionnaire', caseId: laura.caseId, recordedOn, answers, recordedBy: users.sw1.id });
  await db.insert(evaluations).values([
    questionnaire('2026-03-01', { income_eur: 150, work: 'none', training: false, hospitalisations: 2 }),
    questionnaire('2026-05-20', { income_eur: 420.5, work: 'part_time', training: true, hospitalisations: 0 }),
  ]);
  await end((await createMovedInCase(world, 'Māris', 'Dumpis', { caseNumber: 'MV-2026-0004' })).caseId, '2026-04-01', 'shelter');
  const person = async (givenNames: string) => (await db.insert(persons).values({ givenNames, surnames: 'Egle', organisationId: orgs.riga.id, createdBy: users.municipal.id, searchName: givenNames.toLowerCase() }).returning())[0]!.id;
  await db.insert(cases).values([
    { organisationId: orgs.provider.id, personId: await person('Nora'), municipalityAtvk: '0001000', programme: 'housing_first', openedOn: '2024-01-01', closedOn: '2025-06-30', status: 'closed', caseNumber: 'MV-2024-0001' },
    { organisationId: orgs.otherProvider.id, personId: await person('Olga'), municipalityAtvk: '0005000', programme: 'housing_first', openedOn: '2026-03-01' },
    { organisationId: orgs.provider.id, personId: await person('Pauls'), municipalityAtvk: '0001000', programme: 'individual_programme', openedOn: '2026-01-01', closedOn: '2026-05-01', status: 'closed' },
  ]);
  manager = await signIn(world.app, 'manager@test.lv');
  managerEn = await signIn(world.app, 'manager@test.lv', 'en');
  funder = await signIn(world.app, 'funder@test.lv');
});
afterAll(async () => {
  await world.close();
  rmSync(dir, { recursive: true, force: true });
});

const pdfText = (name: string, bytes: Buffer) => {
  writeFileSync(join(dir, name), bytes);
  return execFileSync('pdftotext', ['-layout', join(dir, name), '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
};
const xlsxAsCsv = (name: string, bytes: Buffer) => workbookAsCsv(dir, name, bytes);

describe('HF-4.2 the indicator report as PDF and Excel', () => {
  it('HF-4.2 the PDF in Latvian, read back by pdftotext: the page’s figures with Latvian numbers, audited as an export of the report', async () => {
    const res = await manager.get(`${BASE}/indicators.pdf?${PERIOD}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('inline; filename="rezultativie-raditaji-2026-01-01-2026-12-31.pdf"');
    const text = pdfText('lv.pdf', res.rawPayload);
    expect(text).toContain('Biedrība „Mājas ceļš”');
    expect(text).toContain('Rezultatīvie rādītāji');
    expect(text).toContain('Programma „Mājoklis vispirms”');
    expect(text).toContain('Periods 01.01.2026–31.12.2026; mājoklī dzīvojošie uz 24.11.2026');
    expect(text).toContain('A. Klienti periodā 5 100 5,0 %');
    expect(text).toContain('B. Vidējais pakalpojuma ilgums, dienas 185,3 — —');
    expect(text).toContain('B. Pakalpojuma ilguma mediāna, dienas 101 — —');
    expect(text).toContain('B i. Mājoklī pēc 6 mēnešiem 3 4 75,0 %');
    expect(text).toContain('B ii. Mājoklī pēc 12 mēnešiem 2 2 100,0 %');
    expect(text).toContain('Īrēts dzīvoklis tirgū 1 33,3 %');
    expect(text).toContain('Uz ielas 1 33,3 %');
    expect(text).toMatch(/Rīga 5 3 185,3 101 75,0 % 100,0 %/);
    // D, E, F: Laura's questionnaires at the start and at the exit
    expect(text).toContain('Klienti ar anketu pakalpojuma sākumā un beigās 1 — —');
    expect(text).toContain('D. Vidējie ienākumi mēnesī sākumā 150,00 € — —');
    expect(text).toContain('D. Vidējie ienākumi mēnesī beigās 420,50 € — —');
    expect(text).toContain('D. Klienti, kuru ienākumi pieauga 1 1 100,0 %');
    expect(text).toContain('E i. Strādā (pilnu vai nepilnu slodzi) pakalpojuma beigās 1 1 100,0 %');
    expect(text).toContain('Hospitalizācijas reizes 2 0');
    const [audit] = await world.db.select().from(auditLog).where(and(eq(auditLog.actorUserId, world.users.manager.id), eq(auditLog.action, 'export')));
    expect(audit).toMatchObject({ entityType: 'indicator_report', entityId: null, personId: null, changes: { report: 'hf_indicators', format: 'pdf', scope: 'provider', suppressed: false } });
    await manager.get(`${BASE}/indicators?${PERIOD}`);
    const [view] = await world.db.select().from(auditLog).where(and(eq(auditLog.actorUserId, world.users.manager.id), eq(auditLog.action, 'view'), eq(auditLog.entityType, 'indicator_report')));
    expect(view).toMatchObject({ changes: { report: 'hf_indicators', scope: 'provider' } });
  });

  it('HF-4.2 the PDF in English by the browser’s language or by ?language=en', async () => {
    for (const res of [await managerEn.get(`${BASE}/indicators.pdf?${PERIOD}`), await manager.get(`${BASE}/indicators.pdf?${PERIOD}&language=en`)]) {
      const text = pdfText('en.pdf', res.rawPayload);
      expect(text).toContain('The Housing First programme');
      expect(text).toContain('A. Clients in the period 5 100 5.0%');
      expect(text).toContain('B i. Housed after 6 months 3 4 75.0%');
    }
  });

  it('HF-4.2 a funder’s PDF hides the same small cells as the JSON (•), never a zero', async () => {
    const text = pdfText('funder.pdf', (await funder.get(`${BASE}/indicators.pdf?${PERIOD}`)).rawPayload);
    expect(text).toContain('A. Klienti periodā 6 100 6,0 %');
    expect(text).toContain('B i. Mājoklī pēc 6 mēnešiem • • •');
    expect(text).toMatch(/Rīga • /);
    expect(text).toContain('Skaitļi, kas mazāki par 5');
  });

  itOpensWorkbooks('HF-4.2 the workbook, opened by LibreOffice headless, has the same figures as numbers and every Latvian letter', async () => {
    const res = await manager.get(`${BASE}/indicators.xlsx?${PERIOD}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="rezultativie-raditaji-2026-01-01-2026-12-31.xlsx"');
    const csv = xlsxAsCsv('report', res.rawPayload);
    expect(csv).toContain('Programma „Mājoklis vispirms”: rezultatīvie rādītāji');
    expect(csv).toContain('A. Klienti periodā,5,100,5.0%');
    expect(csv).toContain('"B. Vidējais pakalpojuma ilgums, dienas",185.3,—,—');
    expect(csv).toContain('B i. Mājoklī pēc 6 mēnešiem,3,4,75.0%');
    expect(csv).toContain('Īrēts dzīvoklis tirgū,1,33.3%');
    expect(csv).toContain('Rīga,5,3,185.3,101.0,75.0%,100.0%');
    expect(csv).toMatch(/D\. Vidējie ienākumi mēnesī beigās,420\.50 €,—,—/);
    const funderCsv = xlsxAsCsv('funder', (await funder.get(`${BASE}/indicators.xlsx?${PERIOD}`)).rawPayload);
    expect(funderCsv).toContain('B i. Mājoklī pēc 6 mēnešiem,•,•,•');
  }, 150_000);

  it('HF-4.2 the exports have the JSON’s access and its checks: 403 without access, 400 at the field', async () => {
    expect((await (await signIn(world.app, 'housing@test.lv')).get(`${BASE}/indicators.pdf`)).statusCode).toBe(403);
    expect((await (await signIn(world.app, 'admin@test.lv')).get(`${BASE}/indicators.xlsx`)).statusCode).toBe(403);
    const bad = await manager.get(`${BASE}/indicators.pdf?from=2026-06-01&to=2026-05-31`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.to.code).toBe('housing.errors.periodToBeforeFrom');
    expect((await manager.get(`${BASE}/indicators.xlsx?language=de`)).statusCode).toBe(400);
  });
});

describe('HF-4.4 the completion spreadsheet', () => {
  itOpensWorkbooks('HF-4.4 the provider’s manager: one row per client whose service ended in the period, by case number, read back by LibreOffice', async () => {
    const res = await manager.get(`${BASE}/completion.xlsx?${PERIOD}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="pabeigtie-2026-01-01-2026-12-31.xlsx"');
    const lines = xlsxAsCsv('completion', res.rawPayload).trim().split('\n');
    expect(lines[0]).toMatch(/^Lietas numurs,Pašvaldība,Pakalpojuma sniedzējs,Pakalpojuma sākums,Ievākšanās,Pakalpojuma beigas,"Ilgums, dienas",Mājoklī pēc 6 mēnešiem,Mājoklī pēc 12 mēnešiem,Dzīvesvieta pēc pakalpojuma,Ienākumi pēdējā pilnajā kalendārajā mēnesī kopā \(€\) — sākumā,Ienākumi pēdējā pilnajā kalendārajā mēnesī kopā \(€\) — beigās,/);
    // Jānis (still served), Nora (ended in 2025), Olga (another provider) and the Individual Programme's case are not in it
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 10).join(',')).sort()).toEqual([
      'MV-2025-0001,Rīga,Biedrība „Mājas ceļš”,10.01.2025,01.02.2025,01.03.2026,415,Jā,Jā,Uz ielas',
      'MV-2026-0003,Rīga,Biedrība „Mājas ceļš”,20.02.2026,01.03.2026,01.06.2026,101,Jā,—,Īrēts dzīvoklis tirgū',
      'MV-2026-0004,Rīga,Biedrība „Mājas ceļš”,20.02.2026,01.03.2026,01.04.2026,40,Nē,—,Patversme',
    ]);
    // HF-4.3 (2) the questionnaire's answers at the start and at the exit; none for the others
    const laura = lines.find((l) => l.startsWith('MV-2026-0003'))!;
    expect(laura).toMatch(/Īrēts dzīvoklis tirgū,150,420\.5,/);
    expect(laura).toContain(',Nestrādā,Strādā nepilnu slodzi,Nē,Jā,');
    expect(laura).toContain(',2,0,');
    expect(lines.find((l) => l.startsWith('MV-2026-0004'))).toMatch(/Patversme,+$/);
    const [audit] = await world.db.select().from(auditLog).where(and(eq(auditLog.actorUserId, world.users.manager.id), eq(auditLog.action, 'export')))
      .then((rows) => rows.filter((r) => (r.changes as { report?: string }).report === 'hf_completion'));
    expect(audit).toMatchObject({ entityType: 'indicator_report', personId: null, changes: { from: '2026-01-01', to: '2026-12-31', scope: 'provider' } });
  }, 150_000);

  it('HF-4.4 the rows are the managers’ who hold the cases: a funder reads aggregates (the rows reach it in the handover package), a social worker, a municipal social worker and a housing provider none', async () => {
    expect((await funder.get(`${BASE}/completion.xlsx?${PERIOD}`)).statusCode).toBe(403);
    expect((await (await signIn(world.app, 'sw1@test.lv')).get(`${BASE}/completion.xlsx`)).statusCode).toBe(403);
    expect((await (await signIn(world.app, 'riga@test.lv')).get(`${BASE}/completion.xlsx`)).statusCode).toBe(403);
    expect((await (await signIn(world.app, 'housing@test.lv')).get(`${BASE}/completion.xlsx`)).statusCode).toBe(403);
    expect((await funder.get('/api/auth/me')).json().programmes.housing_first.completion).toBe(false);
    expect((await (await signIn(world.app, 'sw1@test.lv')).get('/api/auth/me')).json().programmes.housing_first.completion).toBe(false);
  }, 150_000);

  it('HF-4.4 read in pages (keyset): pages of 1 and 2 rows give the same clients, each once', async () => {
    const { users, orgs } = world;
    const ctx = {
      db: world.db, config: world.config, now: () => new Date('2026-11-24T10:00:00Z'), requestId: 'test', clientAddress: null,
      actor: { userId: users.manager.id, organisationId: orgs.provider.id, organisationKind: 'service_provider' as const, municipalityAtvk: null, roles: ['manager' as const] },
    };
    for (const pageSize of [1, 2]) {
      const { stream } = await openCompletionSpreadsheet({ from: '2026-01-01', to: '2026-12-31' }, ctx, 'lv', pageSize);
      const book = new ExcelJS.Workbook();
      await book.xlsx.read(stream);
      const numbers = book.worksheets[0]!.getColumn(1).values.slice(2);
      expect(numbers.sort()).toEqual(['MV-2025-0001', 'MV-2026-0003', 'MV-2026-0004']);
    }
  });

  it('HF-4.4 refuses a period ending before it starts with 400 at the field', async () => {
    const bad = await manager.get(`${BASE}/completion.xlsx?from=2026-06-01&to=2026-05-31`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.to.code).toBe('housing.errors.periodToBeforeFrom');
  });
});

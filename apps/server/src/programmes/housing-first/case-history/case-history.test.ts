import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseHistoryHeader, formatCaseHistoryLine } from '@socrehab/domain';
import { parseCaseHistory, type ParsedCaseHistoryLine } from '@socrehab/domain/programmes/housing-first/index';
import { loadConfig } from '../../../config';
import { openDatabase } from '../../../db/open';
import {
  applications, auditLog, caseEndings, caseTeamMembers, cases, contacts, dwellingKeys, dwellings, moveIns, organisations, persons, rehabilitationPlans, users, visits,
  waitingListEntries, workLogEntries,
} from '../../../db/schema';
import { createTestWorld, signIn } from '../../../test/test-world';
import { HOSTILE, SAMPLE_IDS, SAMPLE_V2_IDS, sampleHistory, sampleHistoryV2 } from '../../../modules/case-history/case-history.fixture';

let world: Awaited<ReturnType<typeof createTestWorld>>;
type Client = Awaited<ReturnType<typeof signIn>>;
let manager: Client;

beforeAll(async () => {
  world = await createTestWorld();
  manager = await signIn(world.app, 'manager@test.lv', 'en');
});
afterAll(() => world.close());

const importFile = (client: Client, text: string, query = '', contentType = 'application/x-ndjson') =>
  world.app.inject({ method: 'POST', url: `/api/case-history/import${query}`, headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': contentType, 'accept-language': 'en' }, payload: text });

/**
 * The file as an export writes it (version 2): each line parsed and written back in the same order. A
 * version-1 file's case gains what version 2 adds — no dwelling, the 15 days, and the day its service
 * began: its first visit or contact, as its import records it.
 */
const canonicalText = (text: string) => {
  const { header, records, issues } = parseCaseHistory(text);
  expect(issues).toEqual([]);
  const firstServed = (caseId: string) => records.map((l) => l.record)
    .flatMap((r) => (r.type === 'visit' && r.caseId === caseId ? [r.visitedOn] : r.type === 'contact' && r.caseId === caseId ? [r.contactOn] : [])).sort()[0] ?? null;
  const asV2 = (l: ParsedCaseHistoryLine) => (header?.version === 1 && l.record.type === 'case'
    ? { ...l.record, dwellingId: null, inspectionAfterDays: 15, serviceBeganOn: firstServed(l.record.id) } : l.record);
  const v2 = parseCaseHistory([caseHistoryHeader('housing_first'), ...records.map(asV2)].map((l) => JSON.stringify(l)).join('\n'));
  expect(v2.issues).toEqual([]);
  return [formatCaseHistoryLine(caseHistoryHeader('housing_first')), ...v2.records.map((r) => formatCaseHistoryLine(r.record))].map((l) => `${l}\n`).join('');
};

const TABLES = { persons, applications, cases, caseTeamMembers, visits, contacts, rehabilitationPlans, workLogEntries, caseEndings, waitingListEntries, auditLog };
async function rowCounts() {
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(TABLES)) out[name] = (await world.db.select({ n: count() }).from(table))[0]!.n;
  return out;
}

describe('case history import and export (issue 4)', () => {
  it('refuses a file with several bad lines, listing every line and field, and writes nothing', async () => {
    const before = await rowCounts();
    const good = sampleHistory().split('\n');
    const bad = [
      good[0], // header
      JSON.stringify({ ...JSON.parse(good[1]!), personalCode: '180565-05611' }), // 2: check digit of an old-format code
      JSON.stringify({ ...JSON.parse(good[10]!), recordedBy: 'nobody@test.lv', outcome: 'maybe' }), // 3: unknown worker, unknown outcome
      '{"type":"visit", nope', // 4: not JSON
      JSON.stringify({ ...JSON.parse(good[13]!), notes: 'NUL\u0000inside' }), // 5: control character
      JSON.stringify({ type: 'spaceship', id: SAMPLE_IDS.case }), // 6
      JSON.stringify({ ...JSON.parse(good[21]!), caseId: '9d1d2f7e-0000-4000-8000-000000000000', surprise: 1 }), // 7: case not in the file, unknown field
      ...good.slice(2),
    ].join('\n');
    const res = await importFile(manager, bad);
    expect(res.statusCode).toBe(400);
    const body = res.json().error;
    expect(body.code).toBe('case_history.invalid');
    expect(body.message).toMatch(/nothing was imported/);
    const at = (line: number) => body.details.errors.filter((e: { line: number }) => e.line === line).map((e: { field: string; code: string }) => `${e.field}:${e.code}`);
    expect(at(2)).toEqual(['personalCode:validation.personalCode.checkDigit']);
    expect(at(3)).toEqual(expect.arrayContaining(['outcome:validation.invalidOption']));
    expect(at(4)).toEqual([':housing.caseHistory.errors.invalidJson']);
    expect(at(5)).toEqual(['notes:validation.invalidCharacters']);
    expect(at(6)).toEqual(['type:housing.caseHistory.errors.unknownType']);
    expect(at(7)).toEqual(expect.arrayContaining(['surprise:validation.unknownField']));
    // every message is translated
    expect(body.details.errors.every((e: { message: string; code: string }) => e.message && e.message !== e.code)).toBe(true);
    expect(await rowCounts()).toEqual(before);
  });

  it('names an unknown worker e-mail by line and field, and nothing is written', async () => {
    const before = await rowCounts();
    const lines = sampleHistory().split('\n');
    lines[10] = JSON.stringify({ ...JSON.parse(lines[10]!), workers: ['sw1@test.lv', 'ghost@test.lv'] });
    const res = await importFile(manager, lines.join('\n'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.errors).toEqual([{ line: 11, field: 'workers.1', code: 'housing.caseHistory.errors.unknownWorker', message: 'The importing organisation has no user with this e-mail' }]);
    expect(await rowCounts()).toEqual(before);
  });

  it('serves the format\'s description to signed-in users only', async () => {
    const res = await manager.get('/api/case-history/format.md');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(res.body.split('\n')[0]).toBe('# Case history format — `socrehab.case-history`, version 2');
    expect((await world.app.inject({ method: 'GET', url: '/api/case-history/format.md' })).statusCode).toBe(401);
  });

  it('a dry run validates and counts without writing', async () => {
    const before = await rowCounts();
    const res = await importFile(manager, sampleHistory(), '?dryRun=true');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: true, created: 23, unchanged: 0 });
    expect(await rowCounts()).toEqual(before);
  });

  it('imports a whole version-1 history in one go; export gives the same lines back, as version 2 (round trip)', async () => {
    const res = await importFile(manager, sampleHistory(), '', 'text/plain');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ dryRun: false, created: 23, unchanged: 0, createdByType: { person: 1, visit: 2, contact: 2, plan: 2, exit: 1 } });

    const exported = await manager.get(`/api/cases/${SAMPLE_IDS.case}/history.jsonl`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('application/x-ndjson');
    expect(exported.body.split('\n')).toEqual(canonicalText(sampleHistory()).split('\n'));
    // hostile strings come back exactly (stored as data, never interpreted)
    for (const s of Object.values(HOSTILE)) expect(exported.body).toContain(JSON.stringify(s).slice(1, -1));

    // HF-3.3.2 three confirmations: the ending is final and the case closed on its day; HF-3.1.4 the waiting list was left when the case opened
    const [theCase] = await world.db.select().from(cases).where(eq(cases.id, SAMPLE_IDS.case));
    expect(theCase).toMatchObject({ status: 'closed', closedOn: '2025-09-30', caseNumber: 'MIG-2025-0001', organisationId: world.orgs.provider.id });
    const [entry] = await world.db.select().from(waitingListEntries).where(eq(waitingListEntries.applicationId, SAMPLE_IDS.application));
    expect(entry).toMatchObject({ addedOn: '2025-01-27', leftOn: '2025-02-03', leftReason: 'case_opened', priorityFactors: ['long_shelter_use', 'addiction'] });
    // the export is audited per case
    const events = await world.db.select().from(auditLog).where(eq(auditLog.entityId, SAMPLE_IDS.case));
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'export']));
  });

  it('a second import of the same file changes nothing (idempotent), and never duplicates the person', async () => {
    const before = await rowCounts();
    const res = await importFile(manager, sampleHistory());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ created: 0, unchanged: 23 });
    expect(await rowCounts()).toEqual(before);
    expect((await world.db.select().from(persons).where(eq(persons.personalCode, '32073120115'))).length).toBe(1);
  });

  it('refuses a re-import whose record differs from what was imported, naming the field', async () => {
    const lines = sampleHistory().split('\n');
    lines[10] = JSON.stringify({ ...JSON.parse(lines[10]!), place: 'Citur' });
    const res = await importFile(manager, lines.join('\n'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.errors).toEqual([expect.objectContaining({ line: 11, field: 'place', code: 'housing.caseHistory.errors.conflictsWithExisting' })]);
  });

  it('matches a person already in the registry by personal code (old format with a hyphen) instead of creating one', async () => {
    const before = (await world.db.select({ n: count() }).from(persons))[0]!.n;
    const text = [
      '{"format":"socrehab.case-history","version":1}',
      JSON.stringify({ type: 'person', id: '5a5a5a5a-0000-4000-8000-000000000001', givenNames: 'Anna', surnames: 'Bērziņa', personalCode: '140761-19428' }),
      JSON.stringify({ type: 'case', id: '5a5a5a5a-0000-4000-8000-000000000002', personId: '5a5a5a5a-0000-4000-8000-000000000001', municipalityAtvk: '0001000', programme: 'housing_first', caseNumber: 'MIG-2019-0007', openedOn: '2019-05-01', caseManager: 'sw1@test.lv' }),
      JSON.stringify({ type: 'work_log_entry', id: '5a5a5a5a-0000-4000-8000-000000000003', caseId: '5a5a5a5a-0000-4000-8000-000000000002', on: '2019-05-02', done: 'Pirmā tikšanās', author: 'sw1@test.lv' }),
    ].join('\n');
    const res = await importFile(manager, text);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ created: 2, unchanged: 1 });
    expect((await world.db.select({ n: count() }).from(persons))[0]!.n).toBe(before);
    const [theCase] = await world.db.select().from(cases).where(eq(cases.id, '5a5a5a5a-0000-4000-8000-000000000002'));
    expect(theCase!.personId).toBe(world.persons.anna.id);
  });

  it('refuses an invalid personal code and a taken case number', async () => {
    const lines = sampleHistory({ caseNumber: 'MV-2026-0001' }).split('\n'); // Anna's case number in the test world
    lines[1] = JSON.stringify({ ...JSON.parse(lines[1]!), id: '6b6b6b6b-0000-4000-8000-000000000001', personalCode: '12345' });
    const res = await importFile(manager, lines.join('\n'));
    expect(res.statusCode).toBe(400);
    const errors = res.json().error.details.errors.map((e: { line: number; field: string; code: string }) => `${e.line}:${e.field}:${e.code}`);
    expect(errors).toContain('2:personalCode:validation.personalCode.format');
  });

  it('a case number already in the register is refused', async () => {
    const text = [
      '{"format":"socrehab.case-history","version":1}',
      JSON.stringify({ type: 'person', id: '7c7c7c7c-0000-4000-8000-000000000001', givenNames: 'Ilga', surnames: 'Liepa', personalCode: null }),
      JSON.stringify({ type: 'case', id: '7c7c7c7c-0000-4000-8000-000000000002', personId: '7c7c7c7c-0000-4000-8000-000000000001', municipalityAtvk: '0001000', programme: 'housing_first', caseNumber: 'MV-2026-0001', openedOn: '2024-05-01', caseManager: null }),
    ].join('\n');
    const res = await importFile(manager, text);
    expect(res.json().error.details.errors).toEqual([expect.objectContaining({ line: 3, field: 'caseNumber', code: 'housing.caseHistory.errors.caseNumberTaken' })]);
  });

  it('refuses a header of another format or version', async () => {
    const res = await importFile(manager, '{"format":"socrehab.case-history","version":3}\n');
    expect(res.json().error.details.errors).toEqual([expect.objectContaining({ line: 1, field: 'version', code: 'housing.caseHistory.errors.unsupportedVersion' })]);
    const other = await importFile(manager, '{"format":"other","version":2}\n');
    expect(other.json().error.details.errors).toEqual([expect.objectContaining({ line: 1, field: 'format', code: 'housing.caseHistory.errors.notCaseHistory' })]);
  });

  it('a version-1 file is read by version 1: a version-2 record in it is an unknown type, a version-2 field an unknown field', async () => {
    const v1 = sampleHistory({ caseNumber: 'MIG-2025-0888' }).split('\n');
    const moveIn = sampleHistoryV2().split('\n').find((l) => l.includes('"type":"move_in"'))!;
    const text = [...v1.slice(0, 6), JSON.stringify({ ...JSON.parse(v1[5]!), inspectionAfterDays: 20 }), moveIn].join('\n');
    const errors = (await importFile(manager, text)).json().error.details.errors.map((e: { line: number; field: string; code: string }) => `${e.line}:${e.field}:${e.code}`);
    expect(errors).toEqual(expect.arrayContaining(['7:inspectionAfterDays:validation.unknownField', '8:type:housing.caseHistory.errors.unknownType']));
  });
});

/** Issue 12 — version 2 names the programme and carries the move-in, the dwelling, the keys and the inspection period. */
describe('case history format version 2', () => {
  it('refuses a version-2 header without a programme or with one the format does not carry', async () => {
    const none = await importFile(manager, '{"format":"socrehab.case-history","version":2}\n');
    expect(none.json().error.details.errors).toEqual([expect.objectContaining({ line: 1, field: 'programme' })]);
    const other = await importFile(manager, '{"format":"socrehab.case-history","version":2,"programme":"family_support"}\n');
    expect(other.json().error.details.errors).toEqual([expect.objectContaining({ line: 1, field: 'programme', code: 'housing.caseHistory.errors.unknownProgramme' })]);
  });

  it('imports the move-in, dwelling, keys, documents and consent; export → import → export gives the same file', async () => {
    const res = await importFile(manager, sampleHistoryV2());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ created: 29, unchanged: 0, createdByType: { dwelling: 1, move_in: 1, dwelling_key: 2, case_document: 1, consent: 1 } });
    const [theCase] = await world.db.select().from(cases).where(eq(cases.id, SAMPLE_V2_IDS.case));
    expect(theCase).toMatchObject({ dwellingId: SAMPLE_V2_IDS.dwelling, inspectionAfterDays: 20, serviceBeganOn: null, caseNumber: 'MIG-2025-0002' });
    const [moveIn] = await world.db.select().from(moveIns).where(eq(moveIns.caseId, SAMPLE_V2_IDS.case));
    expect(moveIn).toMatchObject({ movedInOn: '2025-03-01', dwellingId: SAMPLE_V2_IDS.dwelling, lease: expect.objectContaining({ coPaymentEuros: 12.5 }) });
    const [dwelling] = await world.db.select().from(dwellings).where(eq(dwellings.id, SAMPLE_V2_IDS.dwelling));
    expect(dwelling).toMatchObject({ organisationId: world.orgs.provider.id, rentCents: 10750, utilitiesCents: 6235, notes: HOSTILE.html });
    expect((await world.db.select().from(dwellingKeys).where(eq(dwellingKeys.caseId, SAMPLE_V2_IDS.case))).map((k) => k.returnedOn).sort()).toEqual(['2025-09-30', null]);

    const first = await manager.get(`/api/cases/${SAMPLE_V2_IDS.case}/history.jsonl`);
    expect(first.body.split('\n')).toEqual(canonicalText(sampleHistoryV2()).split('\n'));
    const again = await importFile(manager, first.body);
    expect(again.json()).toMatchObject({ created: 0, unchanged: 29 });
    expect((await manager.get(`/api/cases/${SAMPLE_V2_IDS.case}/history.jsonl`)).body).toBe(first.body);
  });

  it('checks the dates and references of version-2 facts like the others, and writes nothing', async () => {
    const before = await rowCounts();
    const lines = sampleHistoryV2().replaceAll('0a1b2c3d5e', '0a1b2c3d6e').replace('MIG-2025-0002', 'MIG-2025-0003').split('\n');
    const at = (type: string) => lines.findIndex((l) => l.includes(`"type":"${type}"`));
    const edit = (i: number, fields: Record<string, unknown>) => { lines[i] = JSON.stringify({ ...JSON.parse(lines[i]!), ...fields }); };
    edit(at('move_in'), { movedInOn: '2025-02-01' });
    edit(at('dwelling_key'), { returnedOn: '2025-02-28' });
    edit(at('dwelling_key') + 1, { dwellingId: '9d1d2f7e-0000-4000-8000-000000000000' });
    edit(at('case'), { serviceBeganOn: '2026-12-31' });
    edit(at('consent'), { withdrawnOn: '2025-02-01', consentTextVersion: 99 });
    const res = await importFile(manager, lines.join('\n'));
    expect(res.statusCode).toBe(400);
    const errors = res.json().error.details.errors.map((e: { line: number; field: string; code: string }) => `${e.line}:${e.field}:${e.code}`);
    expect(errors).toEqual(expect.arrayContaining([
      `${at('move_in') + 1}:movedInOn:validation.beforeCaseOpened`,
      `${at('dwelling_key') + 1}:returnedOn:housing.caseHistory.errors.endBeforeStart`,
      `${at('dwelling_key') + 2}:dwellingId:housing.caseHistory.errors.unknownReference`,
      `${at('case') + 1}:serviceBeganOn:validation.dateInFuture`,
      `${at('consent') + 1}:withdrawnOn:housing.caseHistory.errors.endBeforeStart`,
      `${at('consent') + 1}:consentTextVersion:validation.invalidOption`,
    ]));
    expect(await rowCounts()).toEqual(before);
  });
});

describe('access', () => {
  it('a social worker cannot import (only a manager, into their own organisation)', async () => {
    const sw1 = await signIn(world.app, 'sw1@test.lv', 'en');
    const res = await importFile(sw1, sampleHistory());
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(/Only a case-management expert/);
  });

  it('a worker of another organisation cannot export a case, nor name our workers in an import', async () => {
    const other = await signIn(world.app, 'other@test.lv', 'en');
    expect((await other.get(`/api/cases/${SAMPLE_IDS.case}/history.jsonl`)).statusCode).toBe(404);
    expect((await other.get(`/api/cases/${world.cases.annasCase.id}/history.jsonl`)).statusCode).toBe(404);
    const res = await importFile(other, sampleHistory());
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.errors.some((e: { code: string }) => e.code === 'housing.caseHistory.errors.unknownWorker')).toBe(true);
  });

  it('a social worker on the team may export the case; the organisation export is for managers', async () => {
    const sw1 = await signIn(world.app, 'sw1@test.lv');
    expect((await sw1.get(`/api/cases/${world.cases.annasCase.id}/history.jsonl`)).statusCode).toBe(200);
    expect((await sw1.get('/api/case-history/export.jsonl')).statusCode).toBe(403);
    const all = await manager.get('/api/case-history/export.jsonl');
    expect(all.statusCode).toBe(200);
    expect(all.body.split('\n').filter((l) => l.includes('"type":"case"')).length).toBe(4); // the test world's two, the two samples'
  });
});

describe('command line (npm run case-history)', () => {
  // the command line opens the embedded database of its data folder, whichever server the other tests run on: once is enough
  it.skipIf(Boolean(process.env.TEST_DATABASE_URL))('imports a file into the embedded database and exports the same lines, acting as a named manager', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'case-history-cli-'));
    const dataDir = join(dir, 'pglite');
    try {
      const database = await openDatabase({ ...loadConfig({}), DATA_DIR: dataDir });
      const [provider] = await database.db.insert(organisations).values({ name: 'Sniedzējs', kind: 'service_provider' }).returning();
      const [riga] = await database.db.insert(organisations).values({ name: 'Rīgas sociālais dienests', kind: 'municipal_social_service', municipalityAtvk: '0001000' }).returning();
      for (const [email, organisationId, role] of [['manager@test.lv', provider!.id, 'manager'], ['sw1@test.lv', provider!.id, 'social_worker'], ['mentor@test.lv', provider!.id, 'social_mentor'], ['riga@test.lv', riga!.id, 'municipal_social_worker']] as const) {
        await database.db.insert(users).values({ email, organisationId, roles: [role], displayName: email, passwordHash: '-' });
      }
      await database.close();

      const file = join(dir, 'history.jsonl');
      writeFileSync(file, sampleHistory());
      const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' };
      delete (env as Record<string, string | undefined>).DATABASE_URL;
      const run = (...args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', 'apps/server/src/cli/case-history.ts', ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

      expect(run('import', file, '--as', 'manager@test.lv', '--lang', 'en')).toContain('Imported: 23 new records, 0 unchanged');
      expect(run('export', '--case', 'MIG-2025-0001', '--as', 'manager@test.lv').split('\n')).toEqual(canonicalText(sampleHistory()).split('\n'));

      // a failing file: exit code 1, every error on stderr, nothing written
      writeFileSync(file, `${sampleHistory().split('\n')[0]}\n{"type":"person"}\n`);
      let failure: { status: number; stderr: string } | null = null;
      try {
        run('import', file, '--as', 'manager@test.lv', '--lang', 'en');
      } catch (error) {
        failure = error as { status: number; stderr: string };
      }
      expect(failure?.status).toBe(1);
      expect(failure?.stderr).toContain('line 2, field “id”');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

/**
 * Issue 11 §2 — an inconsistent history is refused with the line and the reason, and nothing is written.
 * The sample's lines: 2 person, 11 the visit met (1.5 h), 12 a missed visit, 13 its contact, 15 the
 * extension, 22 a work log entry, 23 an incident, 24 the exit (case opened 03.02.2025, ended 30.09.2025).
 */
describe('case history import refuses impossible and inconsistent histories (issue 11 §2)', () => {
  const edited = (edits: Record<number, Record<string, unknown>>) =>
    sampleHistory({ caseNumber: 'MIG-2025-0777' }).split('\n').map((text, i) => (edits[i + 1] ? JSON.stringify({ ...JSON.parse(text), ...edits[i + 1] }) : text)).join('\n');
  const errorsOf = async (text: string) => {
    const before = await rowCounts();
    const res = await importFile(manager, text, '?dryRun=false');
    expect(res.statusCode).toBe(400);
    expect(await rowCounts()).toEqual(before);
    return res.json().error.details.errors as Array<{ line: number; field: string; code: string; message: string }>;
  };

  it.each([
    ['a fact before the opening', { 22: { on: '2025-02-02' } }, { line: 22, field: 'on', code: 'validation.beforeCaseOpened', message: 'The date cannot be earlier than the day the case opened' }],
    ['a fact after the exit', { 23: { occurredOn: '2025-10-01' } }, { line: 23, field: 'occurredOn', code: 'validation.afterCaseClosed', message: 'The date cannot be later than the day the case was closed' }],
    ['an exit before the opening', { 24: { endsOn: '2025-02-01' } }, { line: 24, field: 'endsOn', code: 'housing.caseHistory.errors.exitBeforeOpening', message: 'The exit date cannot be earlier than the day the case opened' }],
    ['an extension without a missed run before it', { 12: { outcome: 'met' } }, { line: 15, field: 'recordedOn', code: 'housing.caseHistory.errors.extensionWithoutMissedRun', message: expect.stringContaining('only after a missed visit') }],
    ['visit hours without a contact', { 13: { visitId: null, kind: 'consultation' } }, { line: 11, field: 'hours', code: 'housing.caseHistory.errors.visitHoursWithoutContact', message: expect.any(String) }],
    ['a visit’s contact with other hours', { 13: { hours: 1 } }, { line: 13, field: 'hours', code: 'housing.caseHistory.errors.visitContactOtherHours', message: expect.any(String) }],
    ['a fact after today', { 12: { visitedOn: '2026-11-25' } }, { line: 12, field: 'visitedOn', code: 'validation.dateInFuture', message: 'The date cannot be in the future — record what has happened' }],
    ['a birth date in the future', { 2: { birthDate: '2026-11-25' } }, { line: 2, field: 'birthDate', code: 'validation.birthDateFuture', message: 'The birth date cannot be in the future' }],
    ['a decision before the application', { 5: { decidedOn: '2025-01-05' } }, { line: 5, field: 'decidedOn', code: 'housing.errors.beforeSubmission', message: expect.any(String) }],
    ['a refusal on an assessment that found the person eligible (HF-3.1.2)', { 5: { decision: 'refused' } }, { line: 5, field: 'decision', code: 'housing.errors.refusalNeedsAssessment', message: expect.any(String) }],
  ] as const)('%s: the line and the reason, nothing written', async (_name, edits, expected) => {
    expect(await errorsOf(edited(edits as Record<number, Record<string, unknown>>))).toContainEqual(expected);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildApp } from '../../app/build-app';
import { auditLog, cases, moveIns, users } from '../../db/schema';
import { hashPassword } from '../auth/passwords';
import { createMovedInCase, createTestWorld, signIn, TEST_PASSWORD, TODAY } from '../../test/test-world';

/**
 * Issue 14, protected address (GDPR Art. 9, 32): the access matrix. A victim of domestic violence has
 * their address protected; roles × outputs → the address shown or hidden. Runs on PGlite and, with
 * TEST_DATABASE_URL, on the PostgreSQL server.
 */

type World = Awaited<ReturnType<typeof createTestWorld>>;
type Client = Awaited<ReturnType<typeof signIn>>;
let world: World;
let dir = '';
let personId = '';
let caseId = '';
const DECLARED = 'Kalēju iela 7-3, Rīga';
const HOME = 'Vītola iela 1, Rīga';
const WHEREABOUTS = 'Pie māsas Imantā';
const LABEL = 'Adrese aizsargāta';
const clients: Record<string, Client> = {};

function pdfText(bytes: Buffer): string {
  const file = join(dir, `doc-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

async function xlsxText(bytes: Buffer): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.text)))));
  return cells.join(' | ');
}

const anyAddress = (text: string) => [DECLARED, HOME, WHEREABOUTS, 'Kalēju', 'Vītola iela'].some((a) => text.includes(a));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'socrehab-protected-'));
  world = await createTestWorld();
  const created = await createMovedInCase(world, 'Līga', 'Vītola', {
    caseNumber: 'MV-2026-0099', person: { declaredAddress: DECLARED, whereaboutsKind: 'other_address', whereabouts: WHEREABOUTS, birthDate: '1990-04-02' },
  });
  personId = created.personId;
  caseId = created.caseId;
  const [moveIn] = await world.db.select().from(moveIns).where(eq(moveIns.caseId, caseId));
  await world.db.update(cases).set({ dwellingId: moveIn!.dwellingId }).where(eq(cases.id, caseId));
  for (const [role, email] of Object.entries({
    worker: 'sw1@test.lv', otherWorker: 'sw2@test.lv', manager: 'manager@test.lv', otherOrganisation: 'other@test.lv', funder: 'funder@test.lv', municipality: 'riga@test.lv',
  })) clients[role] = await signIn(world.app, email, 'lv');
  // the person's worker protects the address, with a reason
  const set = await clients.worker!.post(`/api/persons/${personId}/address-protection`, { reason: 'Vardarbība ģimenē, tiesas pagaidu aizsardzība' });
  expect(set.statusCode, set.body).toBe(201);
  expect((await clients.worker!.put(`/api/cases/${caseId}/visit-slot`, { weekday: 3, atTime: '10:30', fromDate: '2026-11-01' })).statusCode).toBe(200);
});
afterAll(async () => {
  await world.close();
  rmSync(dir, { recursive: true, force: true });
});

/** role → may read the person and the case (else 403/404), and is shown the address. */
const MATRIX: Array<{ role: string; reads: boolean; shown: boolean }> = [
  { role: 'worker', reads: true, shown: true }, // on the open case's team
  { role: 'otherWorker', reads: false, shown: false }, // same organisation, not on the team: the person is out of scope
  { role: 'manager', reads: true, shown: true }, // the manager of the organisation holding the open case
  { role: 'otherOrganisation', reads: false, shown: false },
  { role: 'funder', reads: false, shown: false },
  { role: 'municipality', reads: true, shown: false }, // the municipality's social service reads the person and the case, not the address
];

describe('issue 14, protected address: the access matrix (roles × outputs)', () => {
  for (const { role, reads, shown } of MATRIX) {
    describe(`${role}: ${reads ? 'reads the person' : 'does not read the person'}, the address ${shown ? 'shown' : 'hidden'}`, () => {
      it('person API', async () => {
        const res = await clients[role]!.get(`/api/persons/${personId}`);
        if (!reads) { expect([403, 404]).toContain(res.statusCode); expect(anyAddress(res.body)).toBe(false); return; }
        expect(res.statusCode).toBe(200);
        const { person } = res.json();
        expect(person.addressProtection).toMatchObject({ protected: true, hidden: !shown, canChange: shown });
        expect(person.declaredAddress).toBe(shown ? DECLARED : null);
        expect(person.whereabouts).toBe(shown ? WHEREABOUTS : null);
        // the reason and who set it only to those with a need to know
        expect(person.addressProtection.history).toHaveLength(shown ? 1 : 0);
        expect(anyAddress(res.body)).toBe(shown);
      });

      it('search results', async () => {
        const res = await clients[role]!.get('/api/persons?q=V%C4%ABtola');
        expect(anyAddress(res.body)).toBe(false);
        if (reads) expect(res.json().items.map((i: { id: string }) => i.id)).toContain(personId);
      });

      it('case page API (the dwelling is the client’s home)', async () => {
        const res = await clients[role]!.get(`/api/cases/${caseId}`);
        if (!reads) { expect([403, 404]).toContain(res.statusCode); expect(anyAddress(res.body)).toBe(false); return; }
        expect(res.statusCode).toBe(200);
        const body = res.json();
        expect(body.dwelling.address).toBe(shown ? HOME : LABEL);
        expect(body.person.declaredAddress).toBe(shown ? DECLARED : null);
        expect(anyAddress(res.body)).toBe(shown);
      });

      it('printed documents (PDF text via pdftotext)', async () => {
        for (const doc of ['title-page-reverse.pdf', 'contract.pdf', 'handover-act.pdf']) {
          const res = await clients[role]!.get(`/api/cases/${caseId}/${doc}`);
          if (!reads) { expect([403, 404]).toContain(res.statusCode); continue; }
          expect(res.statusCode, doc).toBe(200);
          const text = pdfText(res.rawPayload);
          expect(anyAddress(text), doc).toBe(shown);
          if (!shown) expect(text, doc).toContain(LABEL);
        }
      });

      it('case-history export', async () => {
        const res = await clients[role]!.get(`/api/cases/${caseId}/history.jsonl`);
        if (!reads) { expect([403, 404]).toContain(res.statusCode); return; }
        expect(res.statusCode).toBe(200);
        expect(anyAddress(res.body)).toBe(shown);
        const person = res.body.split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((r) => r.type === 'person');
        expect(person.declaredAddress).toBe(shown ? DECLARED : null);
      });

      it('subject-access extract (the person’s own data, printed by whoever may read them)', async () => {
        const res = await clients[role]!.get(`/api/persons/${personId}/extract.json`);
        if (!reads) { expect([403, 404]).toContain(res.statusCode); return; }
        expect(res.statusCode).toBe(200);
        expect(anyAddress(res.body)).toBe(shown);
        expect(res.json().person.declaredAddress).toBe(shown ? DECLARED : LABEL);
      });
    });
  }

  it('calendar feed: the worker’s iCalendar feed names the case number, never a location', async () => {
    const { path } = (await clients.worker!.post('/api/me/calendar-feed')).json();
    const feed = await world.app.inject({ method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.body).toContain('MV-2026-0099');
    expect(feed.body).not.toContain('LOCATION');
    expect(anyAddress(feed.body)).toBe(false);
  });

  it('spreadsheets: the completion spreadsheet and the indicators workbook carry no address', async () => {
    for (const url of ['/api/programmes/housing_first/completion.xlsx?from=2026-01-01&to=2026-12-31', '/api/programmes/housing_first/indicators.xlsx?from=2026-01-01&to=2026-12-31']) {
      const res = await clients.manager!.get(url);
      expect(res.statusCode, url).toBe(200);
      expect(anyAddress(await xlsxText(res.rawPayload)), url).toBe(false);
    }
  });

  it('person history: the municipality sees that the address changed, not what it was', async () => {
    expect((await clients.worker!.put(`/api/persons/${personId}`, { version: (await clients.worker!.get(`/api/persons/${personId}`)).json().person.version, person: {
      givenNames: 'Līga', surnames: 'Vītola', birthDate: '1990-04-02', languages: [], declaredAddress: 'Ūdens iela 9, Rīga', whereaboutsKind: 'other_address', whereabouts: WHEREABOUTS,
    } })).statusCode).toBe(200);
    const seen = await clients.municipality!.get(`/api/persons/${personId}/history`);
    expect(seen.statusCode).toBe(200);
    expect(seen.body).not.toContain('Ūdens');
    expect(anyAddress(seen.body)).toBe(false);
    expect((await clients.worker!.get(`/api/persons/${personId}/history`)).body).toContain('Ūdens iela 9');
    // the audit log: the record keeper's manager reads the person's trail, not the address in it
    const [keeper] = await world.db.insert(users).values({ email: 'riga-manager@test.lv', organisationId: world.orgs.riga.id, roles: ['manager'], displayName: 'Rīgas vadītāja', passwordHash: await hashPassword(TEST_PASSWORD) }).returning();
    const audit = await (await signIn(world.app, keeper!.email)).get(`/api/audit?personId=${personId}`);
    expect(audit.statusCode, audit.body).toBe(200);
    expect(audit.json().items.some((i: { action: string }) => i.action === 'update')).toBe(true);
    expect(audit.body).not.toContain('Ūdens');
    expect(anyAddress(audit.body)).toBe(false);
    expect((await clients.manager!.get(`/api/audit?personId=${personId}`)).body).toContain('Ūdens iela 9');
  });

  it('an editor not shown the address saves the person without erasing it', async () => {
    const { person } = (await clients.municipality!.get(`/api/persons/${personId}`)).json();
    const res = await clients.municipality!.put(`/api/persons/${personId}`, { version: person.version, person: {
      givenNames: 'Līga', surnames: 'Vītola', birthDate: '1990-04-02', languages: ['lv'], declaredAddress: null, whereaboutsKind: 'unknown', whereabouts: null,
    } });
    expect(res.statusCode, res.body).toBe(200);
    expect((await clients.worker!.get(`/api/persons/${personId}`)).json().person).toMatchObject({ declaredAddress: 'Ūdens iela 9, Rīga', whereabouts: WHEREABOUTS, languages: ['lv'] });
  });
});

describe('issue 14, protected address: setting and clearing', () => {
  it('only those with a need to know may set or clear it; a second protection is a 409; the reason is required', async () => {
    expect((await clients.municipality!.post(`/api/persons/${personId}/address-protection/clearance`, { reason: 'Nav vajadzības' })).statusCode).toBe(403);
    expect((await clients.worker!.post(`/api/persons/${personId}/address-protection`, { reason: 'Vēlreiz' })).statusCode).toBe(409);
    const blank = await clients.manager!.post(`/api/persons/${personId}/address-protection/clearance`, { reason: '  ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.fields).toHaveProperty('reason');
  });

  it('the manager clears it with a reason: the municipality sees the address again, the history keeps both ends, both changes audited', async () => {
    const cleared = await clients.manager!.post(`/api/persons/${personId}/address-protection/clearance`, { reason: 'Tiesas aizsardzība beigusies' });
    expect(cleared.statusCode, cleared.body).toBe(200);
    const { person } = (await clients.municipality!.get(`/api/persons/${personId}`)).json();
    expect(person.declaredAddress).toBe('Ūdens iela 9, Rīga');
    expect(person.addressProtection).toMatchObject({ protected: false, hidden: false });
    const history = (await clients.worker!.get(`/api/persons/${personId}`)).json().person.addressProtection.history;
    expect(history).toEqual([expect.objectContaining({
      reason: 'Vardarbība ģimenē, tiesas pagaidu aizsardzība', setByName: 'sw1', clearReason: 'Tiesas aizsardzība beigusies', clearedByName: 'manager',
    })]);
    expect((await clients.municipality!.post(`/api/persons/${personId}/address-protection/clearance`, { reason: 'x' })).statusCode).toBe(403);
    expect((await clients.worker!.post(`/api/persons/${personId}/address-protection/clearance`, { reason: 'x' })).statusCode).toBe(409);
    const entries = await world.db.select().from(auditLog).where(eq(auditLog.personId, personId));
    expect(entries.filter((e) => e.action === 'address_protect')).toHaveLength(1);
    expect(entries.filter((e) => e.action === 'address_unprotect')).toHaveLength(1);
    // the reason stays with the period, not in the audit log
    expect(JSON.stringify(entries)).not.toContain('Vardarbība');
  });
});

describe('issue 14, protected address: at the same moment, and in English', () => {
  it('two protections set at once: one is stored, the other is a 409 (the person row is locked, the unique period backs it)', async () => {
    const answers = await Promise.all([
      clients.worker!.post(`/api/persons/${personId}/address-protection`, { reason: 'Vardarbība ģimenē' }),
      clients.manager!.post(`/api/persons/${personId}/address-protection`, { reason: 'Tiesas pagaidu aizsardzība' }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect((await clients.worker!.get(`/api/persons/${personId}`)).json().person.addressProtection.history.filter((h: { clearedAt: string | null }) => !h.clearedAt)).toHaveLength(1);
  });

  it('the label follows the reader’s language: "Address protected"', async () => {
    const english = await signIn(world.app, 'riga@test.lv', 'en');
    expect((await english.get(`/api/cases/${caseId}`)).json().dwelling.address).toBe('Address protected');
  });
});

describe('issue 14, protected address: logs', () => {
  it('an address logged by name anywhere is redacted', async () => {
    const lines: string[] = [];
    const logged = await buildApp({ db: world.db, config: { ...world.config, LOG_LEVEL: 'trace' }, now: () => new Date(`${TODAY}T10:00:00Z`) }, {
      logger: true, serveWeb: false, logStream: { write: (line) => void lines.push(line) },
    });
    const worker = await signIn(logged, 'sw1@test.lv');
    expect((await worker.get(`/api/persons/${personId}`)).statusCode).toBe(200);
    expect((await worker.get(`/api/cases/${caseId}/contract.pdf`)).statusCode).toBe(200);
    logged.log.warn({ person: { declaredAddress: DECLARED, whereabouts: WHEREABOUTS }, dwelling: { address: HOME }, address: HOME }, 'address in a log line');
    await logged.close();
    const text = lines.join('');
    expect(text).toContain('address in a log line');
    expect(anyAddress(text)).toBe(false);
  });
});

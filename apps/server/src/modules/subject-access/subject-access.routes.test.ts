/**
 * Issue 13 — "what we hold about you" (HF-2.7, GDPR Art. 15): the JSON carries the person's record, a
 * Housing First case and an Individual Programme case with their records, and the access log; the PDF's
 * text (pdftotext) shows them; the production is audited; who may not see the person gets 404, a funder
 * 403, a hostile id 400. Today in the test world is 24.11.2026.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, serviceAgreements, workLogEntries } from '../../db/schema';
import { createMovedInCase, createTestWorld, signIn } from '../../test/test-world';
import type { PersonExtract } from './subject-access.usecases';

type World = Awaited<ReturnType<typeof createTestWorld>>;
type Client = Awaited<ReturnType<typeof signIn>>;
let world: World;
let manager: Client;
let personId: string;
let dir = '';
const ok = <T extends { statusCode: number; body: string }>(res: T, status = 200): T => { expect(res.statusCode, res.body).toBe(status); return res; };

function pdfText(bytes: Buffer): string {
  const file = join(dir, `extract-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'socrehab-extract-'));
  world = await createTestWorld();
  await world.db.insert(serviceAgreements).values({ providerOrganisationId: world.orgs.provider.id, programmeCode: 'individual_programme', municipalityAtvk: '0001000', validFrom: '2020-01-01' });
  manager = await signIn(world.app, 'manager@test.lv', 'lv');
  const hf = await createMovedInCase(world, 'Līga', 'Ozoliņa', { caseNumber: 'MV-2026-0042', person: { birthDate: '1975-03-09' } });
  personId = hf.personId;
  await world.db.insert(workLogEntries).values({
    organisationId: world.orgs.provider.id, caseId: hf.caseId, entryOn: '2026-03-05', done: 'Pārrunāts budžets ar klienti', lifeDomains: ['finances'], authorId: world.users.sw1.id,
  });
  const riga = await signIn(world.app, 'riga@test.lv');
  ok(await riga.post('/api/individual-programme/cases', {
    personId, household: null, municipalityAtvk: '0001000', targetGroup: 'families_parents_mental_disorders',
    decidedOn: '2026-02-27', openedOn: '2026-03-02', communityServicesConsidered: 'Dienas centrs', unmetNeedReason: 'Vajadzības nevar apmierināt citādi',
    servicePlace: 'programme_housing', agreementEndsOn: '2027-03-01', caseManagerUserId: world.users.sw1.id,
  }), 201);
  ok(await manager.get(`/api/persons/${personId}`));
}, 120_000);
afterAll(async () => {
  await world?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('what we hold about you (issue 13; HF-2.7, GDPR Art. 15)', () => {
  it('gives the person, both programmes’ cases with their records, and the access log as JSON', async () => {
    const res = ok(await manager.get(`/api/persons/${personId}/extract.json?lang=en`));
    const extract = res.json() as PersonExtract;
    expect(extract.person.fullName).toBe('Līga Ozoliņa');
    expect(extract.person.record['Date of birth']).toBe('09.03.1975');
    expect(extract.producedBy.name).toBe('manager');
    const programmes = extract.cases.map((c) => c.programme).sort();
    expect(programmes).toEqual(['housing_first', 'individual_programme']);
    const hf = extract.cases.find((c) => c.programme === 'housing_first')!;
    expect(hf.caseNumber).toBe('MV-2026-0042');
    const titles = hf.sections.map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining(['Move-in', 'Team', 'Work log', 'Home visits', 'Consents']));
    expect(hf.sections.find((s) => s.title === 'Team')!.records.map((r) => r.Worker)).toEqual(['sw1', 'mentor']);
    expect(JSON.stringify(hf.sections.find((s) => s.title === 'Work log')!.records)).toContain('Pārrunāts budžets ar klienti');
    expect(hf.sections.find((s) => s.title === 'Move-in')!.records[0]).toMatchObject({ 'Moved in on': '01.03.2026' });
    const ip = extract.cases.find((c) => c.programme === 'individual_programme')!;
    expect(ip.sections.find((s) => s.title === 'Decision and ending')!.records[0]).toMatchObject({ 'Decided on': '27.02.2026' });
    expect(ip.sections.find((s) => s.title === 'Recipients')!.records[0]).toMatchObject({ 'Given names': 'Līga' });
    // the access log: the page view above, the case opened, and this very production, with who and which organisation
    expect(extract.accessLog[0]).toMatchObject({ who: 'manager', organisation: 'Biedrība „Mājas ceļš”', action: '“What we hold about you” extract produced' });
    expect(extract.accessLog.some((l) => l.action === 'Viewed' && l.who === 'manager')).toBe(true);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('prints it in Latvian: the name, a case number, a section title and an access-log line', async () => {
    const res = ok(await manager.get(`/api/persons/${personId}/extract.pdf`));
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload);
    expect(text).toContain('KO MĒS PAR JUMS GLABĀJAM');
    expect(text).toContain('Līga Ozoliņa');
    expect(text).toContain('Mājoklis vispirms: lieta MV-2026-0042');
    expect(text).toContain('Ievākšanās mājoklī');
    expect(text).toContain('Darba žurnāls');
    expect(text).toContain('Kas skatīja vai mainīja jūsu datus');
    expect(text).toMatch(/24\.11\.2026 \d\d:\d\d manager Biedrība „Mājas ceļš” Skatīts/);
    expect(text).toMatch(/Lapa 1 no \d+/);
    // stored codes by their names: the team role, the case status, the Individual Programme's target group
    expect(text).toContain('Loma komandā Sociālais darbinieks');
    expect(text).toContain('Statuss Atvērta');
    expect(text).toContain('Mērķa grupa Ģimenes ar bērniem, kurās vecākiem ir garīga rakstura traucējumi');
    const en = pdfText(ok(await manager.get(`/api/persons/${personId}/extract.pdf?lang=en`)).rawPayload);
    expect(en).toContain('WHAT WE HOLD ABOUT YOU');
    expect(en).toContain('Housing First: case MV-2026-0042');
  });

  it('audits each production with the person', async () => {
    const before = (await world.db.select().from(auditLog).where(and(eq(auditLog.action, 'subject_access_extract'), eq(auditLog.personId, personId)))).length;
    ok(await manager.get(`/api/persons/${personId}/extract.json`));
    const after = await world.db.select().from(auditLog).where(and(eq(auditLog.action, 'subject_access_extract'), eq(auditLog.personId, personId)));
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)!.actorUserId).toBe(world.users.manager.id);
  });

  it('refuses who may not see the person (404), a funder (403) and hostile ids (400)', async () => {
    const other = await signIn(world.app, 'other@test.lv');
    expect((await other.get(`/api/persons/${personId}/extract.json`)).statusCode).toBe(404);
    expect((await other.get(`/api/persons/${personId}/extract.pdf`)).statusCode).toBe(404);
    const funder = await signIn(world.app, 'funder@test.lv');
    expect([403, 404]).toContain((await funder.get(`/api/persons/${personId}/extract.json`)).statusCode);
    expect([403, 404]).toContain((await funder.get(`/api/persons/${personId}/extract.pdf`)).statusCode);
    for (const id of ["1' OR '1'='1", '..%2F..%2Fetc', 'not-a-uuid']) {
      expect((await manager.get(`/api/persons/${id}/extract.json`)).statusCode).toBe(400);
    }
    expect((await manager.get(`/api/persons/${personId}/extract.pdf?lang=de`)).statusCode).toBe(400);
    expect((await world.app.inject({ method: 'GET', url: `/api/persons/${personId}/extract.json` })).statusCode).toBe(401);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { IB_SERVICES } from '@socrehab/domain/programmes/individual-budget/index';
import { createTestWorld, signIn } from '../../test/test-world';
import { itOpensWorkbooks, workbookAsCsv } from '../../test/workbooks';
import { auditLog, ibCatalogue } from '../../db/schema';

/**
 * IB-1 – IB-6 over HTTP on a small world (today 24.11.2026): Rīga's municipal social worker opens a case,
 * records the team's assessment with both rankings, the support plan's versions, the ledger with its
 * warning, interruptions and the report (JSON, PDF, Excel); access, audit and refusals at the field.
 */
let world: Awaited<ReturnType<typeof createTestWorld>>;
const BASE = '/api/individual-budget';
const dir = mkdtempSync(join(tmpdir(), 'ib-report-'));
const reasons = (res: { json(): { error: { fields: Record<string, { message: string }> } } }) =>
  Object.fromEntries(Object.entries(res.json().error.fields).map(([k, v]) => [k, v.message]));

beforeAll(async () => {
  world = await createTestWorld();
  // IB-3 Rīga's catalogue: a unit price for every service; hippotherapy short, its nearest provider 40 km away
  await world.db.insert(ibCatalogue).values(IB_SERVICES.map((service) => ({
    municipalityAtvk: '0001000', service, unitPriceCents: 2_500, providerName: service === 'hippotherapy' ? null : 'Biedrība „Atbalsts”', nearestKm: service === 'hippotherapy' ? 40 : 2, shortage: service === 'hippotherapy',
  })));
});
afterAll(async () => {
  await world.close();
  rmSync(dir, { recursive: true, force: true });
});

const opening = (personId: string, extra: Record<string, unknown> = {}) => ({
  personId, municipalityAtvk: '0001000', pilot: 'adults_mental_disorders', referredOn: '2026-05-10', openedOn: '2026-05-20', representative: 'person', caseManagerUserId: world.users.municipal.id, ...extra,
});
const assessment = (extra: Record<string, unknown> = {}) => ({
  assessedOn: '2026-05-20', team: ['rehabilitation_doctor', 'psychologist', 'social_worker'], goals: ['Patstāvīgi pieņemt lēmumus ikdienā'],
  teamRanking: [{ service: 'support_person', rank: 1, perMonth: 8 }, { service: 'group_sessions_person', rank: 2, perMonth: 4 }, { service: 'psychologist', rank: 3, perMonth: 2 }],
  familyRanking: [{ service: 'psychologist', rank: 1 }, { service: 'support_person', rank: 2 }, { service: 'group_sessions_person', rank: 3 }],
  rankedBy: 'person', budgetCents: 200_000, ...extra,
});
const planVersion = (expectedVersion: number, extra: Record<string, unknown> = {}) => ({
  expectedVersion, validFrom: '2026-05-20', reason: 'Sākotnējais atbalsta plāns', agreedBy: 'person', agreedOn: '2026-05-20',
  lines: [
    { service: 'support_person', providerName: 'Biedrība „Atbalsts”', perMonth: 8, schedule: 'Pirmdienās' },
    { service: 'group_sessions_person', providerName: 'Biedrība „Atbalsts”', perMonth: 4, schedule: 'Trešdienās' },
  ], ...extra,
});

let caseId = '';

describe('IB-1 opening a case on a referral', () => {
  it('the municipality’s social worker opens a case, numbered IB-YYYY-NNNN; the opening is audited', async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    const res = await riga.post(`${BASE}/cases`, opening(world.persons.peteris.id));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().caseNumber).toBe('IB-2026-0001');
    caseId = res.json().caseId;
    const audit = await world.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'ib_case'), eq(auditLog.action, 'create')));
    expect(audit).toHaveLength(1);
    const list = (await riga.get(`${BASE}/cases`)).json();
    expect(list.items.map((c: { caseNumber: string }) => c.caseNumber)).toEqual(['IB-2026-0001']);
  });

  it('refuses at the field: before the referral, before the pilot began, another municipality; a second open case is a 409; funders may not open', async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    expect(reasons(await riga.post(`${BASE}/cases`, opening(world.persons.anna.id, { openedOn: '2026-05-01' })))).toEqual({ openedOn: 'Lietu nevar atvērt agrāk par nosūtījuma dienu' });
    expect(reasons(await riga.post(`${BASE}/cases`, opening(world.persons.anna.id, { referredOn: '2019-10-01', openedOn: '2019-10-31' })))).toEqual({ openedOn: 'Izmēģinājumprojekts šajā dienā vēl nebija sācies' });
    expect(reasons(await riga.post(`${BASE}/cases`, opening(world.persons.anna.id, { municipalityAtvk: '0005000' })))).toEqual({ municipalityAtvk: 'Sociālais dienests atver lietas tikai savā pašvaldībā' });
    expect((await riga.post(`${BASE}/cases`, opening(world.persons.anna.id, { openedOn: '2026-12-01' }))).statusCode).toBe(422);
    const again = await riga.post(`${BASE}/cases`, opening(world.persons.peteris.id));
    expect(again.statusCode).toBe(409);
    expect(reasons(again)).toEqual({ personId: 'Personai jau ir atvērta individuālā budžeta lieta' });
    expect((await (await signIn(world.app, 'funder@test.lv')).post(`${BASE}/cases`, opening(world.persons.anna.id))).statusCode).toBe(403);
  });

  it('least privilege: another municipality’s and another provider’s staff do not find the case (404)', async () => {
    expect((await (await signIn(world.app, 'liepaja@test.lv')).get(`${BASE}/cases/${caseId}`)).statusCode).toBe(404);
    expect((await (await signIn(world.app, 'other@test.lv')).get(`${BASE}/cases/${caseId}`)).statusCode).toBe(404);
  });
});

describe('IB-2 the team’s assessment with both rankings side by side', () => {
  it('refuses a team without the rehabilitation doctor, and a ranking with a repeated place — naming the field', async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    expect(reasons(await riga.post(`${BASE}/cases/${caseId}/assessments`, assessment({ team: ['psychologist', 'social_worker'] })))).toEqual({ team: 'Izvērtēšanas komandā jābūt fizikālās un rehabilitācijas medicīnas ārstam un sociālajam darbiniekam' });
    const bad = await riga.post(`${BASE}/cases/${caseId}/assessments`, assessment({ familyRanking: [{ service: 'psychologist', rank: 1 }, { service: 'support_person', rank: 1 }] }));
    expect(reasons(bad)).toEqual({ familyRanking: 'Vietām jābūt 1, 2, 3 … bez izlaidumiem un atkārtojumiem' });
    expect((await riga.post(`${BASE}/cases/${caseId}/assessments`, assessment({ budgetCents: -5 }))).statusCode).toBe(400);
  });

  it('the combined list: the sum of the ranks, ties by the team’s rank; the re-assessment falls due 6 calendar months later on the core’s schedule', async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    const res = await riga.post(`${BASE}/cases/${caseId}/assessments`, assessment());
    expect(res.statusCode, res.body).toBe(201);
    // support 1+2=3, psychologist 3+1=4, group 2+3=5
    expect(res.json().combined.map((c: { service: string; score: number; difference: number }) => [c.service, c.score, c.difference])).toEqual([
      ['support_person', 3, 1], ['psychologist', 4, -2], ['group_sessions_person', 5, 1],
    ]);
    expect(res.json()).toMatchObject({ periodFrom: '2026-05-01', periodTo: '2026-10-31' });
    const same = await riga.post(`${BASE}/cases/${caseId}/assessments`, assessment());
    expect(same.statusCode).toBe(409);
    const detail = (await riga.get(`${BASE}/cases/${caseId}`)).json();
    expect(detail.reassessment).toEqual({ dueOn: '2026-11-20', kind: 'reassessment', daysLeft: -4 });
    const evaluations = (await riga.get(`/api/cases/${caseId}/evaluations`)).json();
    expect(evaluations.due).toEqual([expect.objectContaining({ instrument: 'ib_needs_assessment', at: 'every', dueOn: '2026-11-20' })]);
  });
});

describe('IB-3 the support plan: versions against the version the form was made from', () => {
  it('saves version 1, refuses a stale version with 409, prices each line from the municipality’s catalogue, keeps every version', async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    const first = await riga.post(`${BASE}/cases/${caseId}/plan-versions`, planVersion(0));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().version).toBe(1);
    const stale = await riga.post(`${BASE}/cases/${caseId}/plan-versions`, planVersion(0, { reason: 'Cits' }));
    expect(stale.statusCode).toBe(409);
    expect(reasons(stale)).toEqual({ expectedVersion: 'Atbalsta plānu kāds jau ir mainījis — atveriet jaunāko versiju un mēģiniet vēlreiz' });
    const second = await riga.post(`${BASE}/cases/${caseId}/plan-versions`, planVersion(1, { validFrom: '2026-08-01', reason: 'Persona vēlas arī psihologa konsultācijas',
      lines: [...planVersion(0).lines, { service: 'psychologist', providerName: 'SIA „Prāta veselība”', perMonth: 2, schedule: 'Reizi divās nedēļās' }] }));
    expect(second.statusCode, second.body).toBe(201);
    const detail = (await riga.get(`${BASE}/cases/${caseId}`)).json();
    expect(detail.planVersions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(detail.planVersions[0].lines[2]).toMatchObject({ service: 'psychologist', unitPriceCents: 2_500, unit: 'session' });
    expect((await riga.post(`${BASE}/cases/${caseId}/plan-versions`, planVersion(2, { lines: [] }))).statusCode).toBe(400);
  });
});

describe('IB-4 the ledger: planned, delivered, spent against the budget; warnings; difficulties', () => {
  it('records months delivered and spent; refuses a service not in the plan and a month to come; warns at 80 % of the budget', async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    for (const month of ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']) {
      const res = await riga.put(`${BASE}/cases/${caseId}/deliveries`, { service: 'support_person', month, delivered: 8, spentCents: null });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().spentCents).toBe(20_000);
    }
    await riga.put(`${BASE}/cases/${caseId}/deliveries`, { service: 'group_sessions_person', month: '2026-05', delivered: 2, spentCents: 5_000 });
    expect(reasons(await riga.put(`${BASE}/cases/${caseId}/deliveries`, { service: 'hippotherapy', month: '2026-06', delivered: 1 }))).toEqual({ service: 'Šis pakalpojums nav atbalsta plānā' });
    expect((await riga.put(`${BASE}/cases/${caseId}/deliveries`, { service: 'support_person', month: '2026-12', delivered: 1 })).statusCode).toBe(400);
    expect((await riga.put(`${BASE}/cases/${caseId}/deliveries`, { service: 'support_person', month: '2026-13', delivered: 1 })).statusCode).toBe(400);
    const ledger = (await riga.get(`${BASE}/cases/${caseId}/ledger`)).json();
    expect(ledger).toMatchObject({ period: 1, from: '2026-05-01', to: '2026-10-31', budgetCents: 200_000, spentCents: 125_000, remainingCents: 75_000, warning: null });
    const may = ledger.cells.find((c: { service: string; month: string }) => c.service === 'group_sessions_person' && c.month === '2026-05');
    expect(may).toMatchObject({ planned: 4, delivered: 2, notCarriedOut: 2 });
    await riga.put(`${BASE}/cases/${caseId}/deliveries`, { service: 'group_sessions_person', month: '2026-06', delivered: 4, spentCents: 35_000 });
    expect((await riga.get(`${BASE}/cases/${caseId}/ledger?period=1`)).json()).toMatchObject({ spentCents: 160_000, warning: 'near' });
    expect((await riga.get(`${BASE}/cases/${caseId}/ledger?period=2`)).statusCode).toBe(404);
    const difficulty = await riga.post(`${BASE}/cases/${caseId}/difficulties`, { reportedOn: '2026-06-15', service: 'group_sessions_person', description: 'Grupu nodarbības ir vakarā, nav transporta.' });
    expect(difficulty.statusCode).toBe(201);
  });

  it('the warning is on the worker’s worklist beside the core’s evaluation items', async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    const items = (await riga.get('/api/worklists/worker')).json().items as Array<{ kind: string; caseId: string; instrument?: string; warning?: string }>;
    expect(items.filter((i) => i.caseId === caseId).map((i) => [i.kind, i.instrument ?? i.warning])).toEqual(expect.arrayContaining([['ib_budget_warning', 'near'], ['evaluation_due', 'ib_needs_assessment']]));
  });
});

describe('IB-5 interruptions and the report of unmet and interrupted services', () => {
  it('records an interruption (from, to, reason), refuses an overlapping one and an end before the start; resumes an open one', async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    const res = await riga.post(`${BASE}/cases/${caseId}/interruptions`, { service: 'group_sessions_person', from: '2026-07-10', to: null, reason: 'provider_unavailable' });
    expect(res.statusCode, res.body).toBe(201);
    expect(reasons(await riga.post(`${BASE}/cases/${caseId}/interruptions`, { service: 'group_sessions_person', from: '2026-08-01', to: '2026-08-02', reason: 'other' }))).toEqual({ from: 'Šim pakalpojumam šajā laikā jau ir reģistrēts pārtraukums' });
    expect(reasons(await riga.post(`${BASE}/cases/${caseId}/interruptions`, { service: 'support_person', from: '2026-08-05', to: '2026-08-01', reason: 'other' }))).toEqual({ to: 'Beigu diena nevar būt agrāka par sākuma dienu' });
    const resumed = await riga.post(`${BASE}/cases/${caseId}/interruptions/${res.json().id}/resumption`, { to: '2026-08-31' });
    expect(resumed.statusCode, resumed.body).toBe(200);
    expect((await riga.post(`${BASE}/cases/${caseId}/interruptions/${res.json().id}/resumption`, { to: '2026-09-01' })).statusCode).toBe(409);
    const ledger = (await riga.get(`${BASE}/cases/${caseId}/ledger`)).json();
    expect(ledger.interruptions).toEqual([expect.objectContaining({ service: 'group_sessions_person', from: '2026-07-10', to: '2026-08-31', daysInPeriod: 53 })]);
    const july = ledger.cells.find((c: { service: string; month: string }) => c.service === 'group_sessions_person' && c.month === '2026-07');
    expect(july).toMatchObject({ interruptedDays: 22, expected: 1.16 });
  });

  it('the report: Rīga’s unmet and interrupted services with the shortage and the distance; a funder sees figures of fewer than 5 cases hidden; others 403', async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    const report = (await riga.get(`${BASE}/reports/unmet-services?from=2026-05&to=2026-10`)).json();
    const group = report.rows.find((r: { service: string }) => r.service === 'group_sessions_person');
    expect(group).toMatchObject({ municipalityName: 'Rīga', cases: 1, interruptions: 1, interruptedDays: 53 });
    expect(report.rows.find((r: { service: string }) => r.service === 'hippotherapy')).toMatchObject({ shortage: true, nearestKm: 40 });
    const funder = (await (await signIn(world.app, 'funder@test.lv')).get(`${BASE}/reports/unmet-services?from=2026-05&to=2026-10`)).json();
    expect(funder.suppressed).toBe(true);
    expect(funder.rows.find((r: { service: string }) => r.service === 'group_sessions_person').cases).toBeNull();
    expect((await (await signIn(world.app, 'housing@test.lv')).get(`${BASE}/reports/unmet-services`)).statusCode).toBe(403);
    expect((await riga.get(`${BASE}/reports/unmet-services?from=2026-10&to=2026-05`)).statusCode).toBe(400);
  });

  itOpensWorkbooks('the report as PDF (read back with pdftotext) and Excel (opened by LibreOffice), Latvian and English', async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    const pdf = await riga.get(`${BASE}/reports/unmet-services.pdf?from=2026-05&to=2026-10`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    writeFileSync(join(dir, 'r.pdf'), pdf.rawPayload);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Nesaņemtie un pārtrauktie pakalpojumi');
    expect(text).toMatch(/Grupu\s[\s\S]*nodarbības[\s\S]*personai/);
    expect(text).toContain('(Rīga)');
    expect(text).toContain('Reitterapija');
    const xlsx = await riga.get(`${BASE}/reports/unmet-services.xlsx?from=2026-05&to=2026-10&lang=en`);
    const csv = workbookAsCsv(dir, 'r', xlsx.rawPayload);
    expect(csv).toContain('Unmet and interrupted services');
    expect(csv).toMatch(/Riga,Group sessions for the person,1,/);
  }, 150_000);
});

describe('IB-6 the ending and the end-of-pilot meeting with the family', () => {
  it('ends the case; the meeting falls due on the core’s schedule and is recorded with the family’s feedback; a closed case takes no plan', async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    const early = await riga.post(`${BASE}/cases/${caseId}/ending`, { endedOn: '2026-05-19', reason: 'pilot_ended' });
    expect(early.statusCode, early.body).toBe(400);
    const ended = await riga.post(`${BASE}/cases/${caseId}/ending`, { endedOn: '2026-11-19', reason: 'pilot_ended' });
    expect(ended.statusCode, ended.body).toBe(200);
    const evaluations = (await riga.get(`/api/cases/${caseId}/evaluations`)).json();
    expect(evaluations.due).toEqual([expect.objectContaining({ instrument: 'ib_pilot_end_meeting', at: 'ending', dueOn: '2026-11-19' })]);
    const missing = await riga.post(`${BASE}/cases/${caseId}/closing-meeting`, { recordedOn: '2026-11-19', answers: { would_continue: true }, note: null });
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(missing.json().error.fields)).toEqual(['answers.benefits']);
    expect((await riga.post(`${BASE}/cases/${caseId}/closing-meeting`, { recordedOn: '2026-11-23', answers: { benefits: 'x', would_continue: true } })).statusCode).toBe(400);
    const meeting = await riga.post(`${BASE}/cases/${caseId}/closing-meeting`, { recordedOn: '2026-11-19', answers: { benefits: 'Vairāk patstāvības', would_continue: true }, note: null });
    expect(meeting.statusCode, meeting.body).toBe(201);
    expect((await riga.get(`/api/cases/${caseId}/evaluations`)).json().due).toEqual([]);
    expect((await riga.post(`${BASE}/cases/${caseId}/plan-versions`, planVersion(2))).statusCode).toBe(409);
  });
});

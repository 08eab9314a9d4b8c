import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { personSearchKey } from '@socrehab/domain';
import { auditLog, organisations, persons, rpFigures, rpForecasts, rpParts, rpRounds, users } from '../../db/schema';
import { hashPassword } from '../../modules/auth/passwords';
import { createMovedInCase, createTestWorld, signIn, TEST_PASSWORD } from '../../test/test-world';
import { itOpensWorkbooks, workbookAsCsv } from '../../test/workbooks';

/**
 * RP-1 – RP-7 over HTTP on a small world (today 24.11.2026): the Rīga planning region's planner opens an
 * update round for Rīga and Jūrmala; each municipality's officer fills in and confirms its own part; the
 * planner reminds and closes; the overview, the forecast beside the actual, cooperation, the programme as
 * PDF and Excel. Access, audit, refusals at the field, no personal data.
 */
let world: Awaited<ReturnType<typeof createTestWorld>>;
const BASE = '/api/regional-planning';
const RIGA = '0001000';
const JURMALA = '0004000';
const KEKAVA = '0034000';
const dir = mkdtempSync(join(tmpdir(), 'rp-'));
const reasons = (res: { json(): { error: { fields: Record<string, { message: string }> } } }) => Object.fromEntries(Object.entries(res.json().error.fields).map(([k, v]) => [k, v.message]));
let roundId = '';

const figures = (clients: number, extra: Record<string, unknown> = {}) => [
  { service: 'shelter', providers: 2, places: 60, clients, waiting: 4, waitingDays: 30, costCents: 12_000_000, clientsByGroup: { homeless: clients }, ...extra },
  { service: 'home_care', providers: 3, places: null, clients: 410, waiting: 25, waitingDays: 45, costCents: 80_000_000,
    clientsByGroup: { functional_impairment: 300, social_exclusion_risk: 110 }, costCentsByGroup: { functional_impairment: 60_000_000, social_exclusion_risk: 20_000_000 } },
];

beforeAll(async () => {
  world = await createTestWorld();
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const [region] = await world.db.insert(organisations).values({ name: 'Rīgas plānošanas reģions', kind: 'planning_region', regionCode: 'riga' }).returning();
  const [jurmala] = await world.db.insert(organisations).values({ name: 'Jūrmalas sociālais dienests', kind: 'municipal_social_service', municipalityAtvk: JURMALA }).returning();
  const [planner] = await world.db.insert(users).values([
    { email: 'planner@test.lv', organisationId: region!.id, roles: ['planner'], displayName: 'Plānotājs', passwordHash },
    { email: 'jurmala@test.lv', organisationId: jurmala!.id, roles: ['municipal_social_worker'], displayName: 'Jūrmalniece', passwordHash },
    { email: 'jurmala-manager@test.lv', organisationId: jurmala!.id, roles: ['manager'], displayName: 'Jūrmalas vadītāja', passwordHash },
  ]).returning();
  // two earlier closed rounds of Rīga: shelter 40 clients in 2024 (forecast 44 for 2025), 46 in 2025
  const [r24, r25] = await world.db.insert(rpRounds).values([
    { regionCode: 'riga', name: '2024', openedOn: '2024-10-01', deadline: '2024-11-15', status: 'closed', closedOn: '2024-11-20', catalogueVersion: 1, openedBy: planner!.id },
    { regionCode: 'riga', name: '2025', openedOn: '2025-10-01', deadline: '2025-11-15', status: 'closed', closedOn: '2025-11-20', catalogueVersion: 1, openedBy: planner!.id },
  ]).returning();
  await world.db.insert(rpParts).values([{ roundId: r24!.id, municipalityAtvk: RIGA, status: 'confirmed' }, { roundId: r25!.id, municipalityAtvk: RIGA, status: 'confirmed' }, { roundId: r25!.id, municipalityAtvk: KEKAVA, status: 'confirmed' }]);
  await world.db.insert(rpFigures).values([
    { roundId: r24!.id, municipalityAtvk: RIGA, service: 'shelter', clients: 40, places: 60, clientsByGroup: { homeless: 40 } },
    { roundId: r25!.id, municipalityAtvk: RIGA, service: 'shelter', clients: 46, places: 60, clientsByGroup: { homeless: 46 } },
    { roundId: r25!.id, municipalityAtvk: KEKAVA, service: 'home_care', clients: 12, clientsByGroup: {} },
  ]);
  await world.db.insert(rpForecasts).values([{ roundId: r24!.id, municipalityAtvk: RIGA, service: 'shelter', year: 2025, method: 'linear_trend', clients: 44 }]);
  await createMovedInCase(world, 'Andris', 'Privātais');
});
afterAll(async () => {
  await world.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('RP-1 the catalogue and who may plan', () => {
  it('the planner and a municipal officer read the 22 services with the other programmes’ mapped onto them; a provider’s worker and the funder may not', async () => {
    const planner = await signIn(world.app, 'planner@test.lv');
    const res = await planner.get(`${BASE}/catalogue`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().services).toHaveLength(22);
    expect(res.json().mapping).toContainEqual({ programme: 'housing_first', service: '*', catalogue: 'housing_first' });
    expect((await (await signIn(world.app, 'riga@test.lv')).get(`${BASE}/catalogue`)).statusCode).toBe(200);
    expect((await (await signIn(world.app, 'sw1@test.lv')).get(`${BASE}/catalogue`)).statusCode).toBe(403);
    expect((await (await signIn(world.app, 'funder@test.lv')).get(`${BASE}/overview`)).statusCode).toBe(403);
  });
});

describe('RP-6 the update round', () => {
  it('only the planner opens a round; a bad deadline, a future day, a municipality outside the region are refused at the field', async () => {
    const planner = await signIn(world.app, 'planner@test.lv');
    const body = { name: '2026. gada aktualizācija', openedOn: '2026-11-02', deadline: '2026-11-30', municipalities: [RIGA, JURMALA] };
    expect((await (await signIn(world.app, 'riga@test.lv')).post(`${BASE}/rounds`, body)).statusCode).toBe(403);
    expect(reasons(await planner.post(`${BASE}/rounds`, { ...body, deadline: '2026-11-02' }))).toEqual({ deadline: 'Termiņam jābūt vēlākam par kārtas atvēršanas dienu' });
    expect(Object.keys(reasons(await planner.post(`${BASE}/rounds`, { ...body, openedOn: '2026-11-25', deadline: '2026-12-30' })))).toEqual(['openedOn']);
    expect(Object.keys(reasons(await planner.post(`${BASE}/rounds`, { ...body, municipalities: [RIGA, '0005000'] })))).toEqual(['municipalities']);
    expect(Object.keys(reasons(await planner.post(`${BASE}/rounds`, { ...body, deadline: '30.11.2026' })))).toEqual(['deadline']);
    const res = await planner.post(`${BASE}/rounds`, body);
    expect(res.statusCode, res.body).toBe(201);
    roundId = res.json().id;
    const again = await planner.post(`${BASE}/rounds`, body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('rp.round_open');
    const detail = (await planner.get(`${BASE}/rounds/${roundId}`)).json();
    expect(detail.parts.map((p: { municipalityAtvk: string; status: string }) => [p.municipalityAtvk, p.status])).toEqual([[RIGA, 'not_started'], [JURMALA, 'not_started']]);
    // the new round starts from the last closed round's figures
    expect((await planner.get(`${BASE}/rounds/${roundId}/parts/${RIGA}`)).json().figures).toMatchObject([{ service: 'shelter', clients: 46 }]);
    const audit = await world.db.select().from(auditLog).where(eq(auditLog.entityType, 'rp_round'));
    expect(audit.some((a) => a.action === 'create' && a.entityId === roundId && a.personId === null)).toBe(true);
  });

  it('an officer edits only their own municipality’s part, against the version read; a wrong split is refused at its field; stale saves get 409', async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    expect((await riga.put(`${BASE}/rounds/${roundId}/parts/${JURMALA}`, { expectedVersion: 1, figures: figures(50) })).statusCode).toBe(403);
    expect((await riga.get(`${BASE}/rounds/${roundId}/parts/${JURMALA}`)).statusCode).toBe(403);
    expect((await (await signIn(world.app, 'planner@test.lv')).put(`${BASE}/rounds/${roundId}/parts/${RIGA}`, { expectedVersion: 1, figures: figures(50) })).statusCode).toBe(403);
    expect((await (await signIn(world.app, 'liepaja@test.lv')).get(`${BASE}/rounds/${roundId}`)).statusCode).toBe(404);
    const noSave = await riga.post(`${BASE}/rounds/${roundId}/parts/${RIGA}/confirmation`, { expectedVersion: 1 });
    expect(noSave.statusCode).toBe(409);
    expect(noSave.json().error.code).toBe('rp.nothing_to_confirm');
    expect(reasons(await riga.put(`${BASE}/rounds/${roundId}/parts/${RIGA}`, { expectedVersion: 1, figures: figures(50, { clientsByGroup: { homeless: 30 } }) })))
      .toEqual({ 'figures.0.clientsByGroup': 'Mērķa grupu skaitļu summai jāsakrīt ar kopējo skaitli' });
    expect(Object.keys(reasons(await riga.put(`${BASE}/rounds/${roundId}/parts/${RIGA}`, { expectedVersion: 1, figures: figures(-1, { clientsByGroup: {} }) })))).toEqual(['figures.0.clients']);
    // RP-7 a split of places, persons waiting or cost must add up too; RP-1 a service the round's catalogue does not have is refused at its field
    expect(reasons(await riga.put(`${BASE}/rounds/${roundId}/parts/${RIGA}`, { expectedVersion: 1, figures: figures(50, { placesByGroup: { homeless: 59 } }) })))
      .toEqual({ 'figures.0.placesByGroup': 'Mērķa grupu skaitļu summai jāsakrīt ar kopējo skaitli' });
    expect(Object.keys(reasons(await riga.put(`${BASE}/rounds/${roundId}/parts/${RIGA}`, { expectedVersion: 1, figures: figures(50, { service: 's_telecare' }) })))).toEqual(['figures.0.service']);
    const saved = await riga.put(`${BASE}/rounds/${roundId}/parts/${RIGA}`, {
      expectedVersion: 1, figures: figures(50),
      model: [{ service: 'crisis_centre', stance: 'priority', reason: 'Rinda ilgāka par trim mēnešiem' }],
      forecasts: [{ service: 'shelter', method: 'linear_trend', years: [2027, 2028] }, { service: 'home_care', method: 'rate_per_resident', residents: 82_000, projection: [{ year: 2027, value: 84_000 }] }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ status: 'in_progress', version: 2 });
    const stale = await riga.put(`${BASE}/rounds/${roundId}/parts/${RIGA}`, { expectedVersion: 1, figures: figures(51) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('rp.version_conflict');
    const part = (await riga.get(`${BASE}/rounds/${roundId}/parts/${RIGA}`)).json();
    // RP-5 least-squares line through 40 (2024), 46 (2025), 50 (2026): 45,33 in 2025 and +5 a year; rate 410 / 82 000 × 84 000
    expect(part.forecasts).toEqual(expect.arrayContaining([
      { service: 'shelter', year: 2027, method: 'linear_trend', clients: 55, ratePerThousand: null, residents: null, projected: null },
      { service: 'shelter', year: 2028, method: 'linear_trend', clients: 60, ratePerThousand: null, residents: null, projected: null },
      { service: 'home_care', year: 2027, method: 'rate_per_resident', clients: 420, ratePerThousand: 5, residents: 82_000, projected: 84_000 },
    ]));
    // RP-5 the form offers the programme's forecast years after the round's year (3 by default)
    expect(part.forecastYearsAhead).toHaveLength(3);
    expect((await riga.post(`${BASE}/rounds/${roundId}/parts/${RIGA}/confirmation`, { expectedVersion: 2 })).json()).toEqual({ status: 'confirmed', version: 3 });
    const audit = await world.db.select().from(auditLog).where(eq(auditLog.entityType, 'rp_part'));
    expect(audit.filter((a) => a.personId === null)).toHaveLength(2);
  });

  it('the planner sees who is done, reminds the rest once a day, and closes only when all confirmed before the deadline; a closed round takes no edits', async () => {
    const planner = await signIn(world.app, 'planner@test.lv');
    expect((await planner.post(`${BASE}/rounds/${roundId}/reminders`)).json()).toEqual({ reminded: [JURMALA] });
    expect((await planner.post(`${BASE}/rounds/${roundId}/reminders`)).json()).toEqual({ reminded: [] });
    const early = await planner.post(`${BASE}/rounds/${roundId}/closing`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('rp.parts_unconfirmed');
    const jurmala = await signIn(world.app, 'jurmala@test.lv');
    // RP-6 the reminder on the officer's own worklist: their part of the open round, not yet confirmed, due on the deadline; about the organisation, no case
    const partDue = async (client: typeof jurmala) => {
      const res = await client.get('/api/worklists/worker?asOf=2026-11-24');
      expect(res.statusCode, res.body).toBe(200);
      return res.json().items.filter((i: { kind: string }) => i.kind === 'rp_part_due');
    };
    expect(await partDue(jurmala)).toEqual([expect.objectContaining({
      kind: 'rp_part_due', programme: 'regional_planning', caseId: null, personName: null, roundId, municipalityAtvk: JURMALA, partStatus: 'not_started', lastRemindedOn: '2026-11-24', due: { dueOn: '2026-11-30', daysLeft: 6 },
    })]);
    expect(await partDue(await signIn(world.app, 'riga@test.lv'))).toEqual([]); // Rīga has confirmed
    expect(await partDue(planner)).toEqual([]); // the planner has no part
    // RP-6 the officer's manager finds it on the organisation's list, where a municipal social service's manager looks — never on one case's list
    const manager = await signIn(world.app, 'jurmala-manager@test.lv');
    const organisationList = await manager.get('/api/worklists/organisation?asOf=2026-11-24');
    expect(organisationList.statusCode, organisationList.body).toBe(200);
    expect(organisationList.json()).toMatchObject({ counts: { rp_part_due: 1 }, items: [expect.objectContaining({ kind: 'rp_part_due', municipalityAtvk: JURMALA, caseId: null })] });
    const oneCase = await manager.get(`/api/worklists/organisation?asOf=2026-11-24&caseId=${roundId}`);
    expect(oneCase.statusCode, oneCase.body).toBe(200);
    expect(oneCase.json()).toMatchObject({ total: 0, items: [] });
    expect((await jurmala.get(`${BASE}/rounds/${roundId}/parts/${JURMALA}`)).json()).toMatchObject({ lastRemindedOn: '2026-11-24', mayEdit: true, version: 1 });
    expect((await jurmala.put(`${BASE}/rounds/${roundId}/parts/${JURMALA}`, { expectedVersion: 1, figures: [{ ...figures(3)[0]!, clientsByGroup: { homeless: 3 } }] })).statusCode).toBe(200);
    expect((await jurmala.post(`${BASE}/rounds/${roundId}/parts/${JURMALA}/confirmation`, { expectedVersion: 2 })).statusCode).toBe(200);
    expect(await partDue(jurmala)).toEqual([]); // confirmed: off the worklist
    const detail = (await planner.get(`${BASE}/rounds/${roundId}`)).json();
    expect(detail.progress).toMatchObject({ total: 2, confirmed: 2, toRemind: [] });
    expect((await planner.post(`${BASE}/rounds/${roundId}/closing`)).json()).toEqual({ status: 'closed', closedOn: '2026-11-24' });
    const late = await jurmala.put(`${BASE}/rounds/${roundId}/parts/${JURMALA}`, { expectedVersion: 3, figures: figures(9) });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('rp.round_closed');
  });
});

describe('RP-2, RP-3, RP-7 the overview: aggregates only', () => {
  it('per municipality and service: the records’ clients (under 5 hidden) where the services use the product, the round’s entry elsewhere; gaps; models; no personal data', async () => {
    const planner = await signIn(world.app, 'planner@test.lv');
    const res = await planner.get(`${BASE}/overview`);
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json();
    expect(o.round.id).toBe(roundId);
    expect(o.municipalities).toHaveLength(13);
    const cell = (atvk: string, service: string) => o.cells.find((c: { municipalityAtvk: string; service: string }) => c.municipalityAtvk === atvk && c.service === service);
    expect(cell(RIGA, 'housing_first')).toMatchObject({ source: 'records', clients: null }); // one Housing First client in Rīga: hidden
    expect(cell(RIGA, 'shelter')).toMatchObject({ source: 'round', clients: 50, clientsByGroup: { homeless: 50 } });
    expect(cell(JURMALA, 'shelter')).toMatchObject({ source: 'round', clients: 3 });
    // RP-7 the officer's split of every figure that adds up, kept and shown to the planner
    expect(cell(RIGA, 'home_care')).toMatchObject({ clients: 410, clientsByGroup: { functional_impairment: 300, social_exclusion_risk: 110 }, placesByGroup: {}, costCentsByGroup: { functional_impairment: 60_000_000, social_exclusion_risk: 20_000_000 } });
    // RP-6 Ķekava was not in this round: its figures are those it confirmed in 2025
    expect(cell(KEKAVA, 'home_care')).toMatchObject({ source: 'round', clients: 12 }); // an entered figure is the municipality's own, not a count of our records
    expect(o.gaps).toContainEqual({ municipalityAtvk: JURMALA, service: 'home_care' });
    expect(o.models).toContainEqual({ municipalityAtvk: RIGA, service: 'crisis_centre', stance: 'priority', reason: 'Rinda ilgāka par trim mēnešiem' });
    expect(res.body).not.toContain('Andris');
    expect(res.body).not.toContain('Privātais');
  });
});

describe('RP-2 waiting lists from the records', () => {
  /** The Rīga social service registers a person and grants Housing First: the person joins the core's waiting list. */
  async function grantedApplicant(riga: Awaited<ReturnType<typeof signIn>>, n: number) {
    const [person] = await world.db.insert(persons).values({ givenNames: `Gaidītājs${n}`, surnames: 'Rindā', organisationId: world.orgs.riga.id, createdBy: world.users.municipal.id, searchName: personSearchKey({ givenNames: `Gaidītājs${n}`, surnames: 'Rindā' }) }).returning();
    const application = (await riga.post('/api/applications', { personId: person!.id, municipalityAtvk: RIGA, submittedOn: '2026-10-01', answers: { householdSize: 1, preferredArea: 'Purvciems', maxFloorWithoutLift: 2 } })).json().application;
    expect((await riga.post(`/api/applications/${application.id}/eligibility-assessments`, {
      assessedOn: '2026-10-02', findings: ['riga-1', 'riga-2', 'riga-3', 'riga-4', 'riga-5', 'riga-6'].map((key) => ({ key, finding: 'met', note: null })), priorityFactors: [], outcome: 'eligible', reason: 'Atbilst',
    })).statusCode).toBe(201);
    expect((await riga.post(`/api/applications/${application.id}/decision`, { version: 1, decidedOn: '2026-10-15', decision: 'granted', reason: 'Atbilst kritērijiem' })).statusCode).toBe(200);
  }

  it('Housing First’s waiting list in Rīga beside its clients: 4 waiting hidden, 6 shown; no personal data', async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    const planner = await signIn(world.app, 'planner@test.lv');
    const housingFirst = async () => {
      const res = await planner.get(`${BASE}/overview`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.body).not.toContain('Gaidītājs');
      return res.json().cells.find((c: { municipalityAtvk: string; service: string }) => c.municipalityAtvk === RIGA && c.service === 'housing_first');
    };
    for (const n of [1, 2, 3, 4]) await grantedApplicant(riga, n);
    expect(await housingFirst()).toMatchObject({ source: 'records', clients: null, waiting: null, waitingDays: null }); // 4 waiting: under 5, hidden
    for (const n of [5, 6]) await grantedApplicant(riga, n);
    expect(await housingFirst()).toMatchObject({ source: 'records', clients: null, waiting: 6, waitingDays: null }); // no one placed this year: no mean wait
  });
});

describe('RP-5 forecast beside actual', () => {
  it('a finished year’s forecast beside its actual; the running year without an actual; a municipality outside the region refused', async () => {
    const planner = await signIn(world.app, 'planner@test.lv');
    const res = await planner.get(`${BASE}/forecast?municipalityAtvk=${RIGA}&service=shelter`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().rows).toEqual([
      { year: 2024, forecast: null, actual: 40, difference: null, differencePercent: null },
      { year: 2025, forecast: 44, actual: 46, difference: 2, differencePercent: 4.5 },
      { year: 2026, forecast: null, actual: null, difference: null, differencePercent: null },
      { year: 2027, forecast: 55, actual: null, difference: null, differencePercent: null },
      { year: 2028, forecast: 60, actual: null, difference: null, differencePercent: null },
    ]);
    expect((await planner.get(`${BASE}/forecast?municipalityAtvk=0005000`)).statusCode).toBe(400);
  });
});

describe('RP-4 cooperation', () => {
  it('shares of cost and places must each sum to 100 %; the planner records it, audited', async () => {
    const planner = await signIn(world.app, 'planner@test.lv');
    const body = { service: 'crisis_centre', name: 'Pierīgas krīzes centrs', validFrom: '2026-01-01', validTo: null, shares: [{ municipalityAtvk: RIGA, costPercent: 60, placesPercent: 50 }, { municipalityAtvk: JURMALA, costPercent: 39.99, placesPercent: 50 }] };
    expect(reasons(await planner.post(`${BASE}/cooperation`, body))).toEqual({ shares: 'Izmaksu daļu summai jābūt 100 %' });
    expect((await (await signIn(world.app, 'riga@test.lv')).post(`${BASE}/cooperation`, body)).statusCode).toBe(403);
    const ok = await planner.post(`${BASE}/cooperation`, { ...body, shares: [body.shares[0], { ...body.shares[1], costPercent: 40 }] });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await planner.get(`${BASE}/overview`)).json().gaps).not.toContainEqual({ municipalityAtvk: JURMALA, service: 'crisis_centre' });
    expect((await world.db.select().from(auditLog).where(eq(auditLog.entityType, 'rp_cooperation'))).length).toBe(1);
  });
});

describe('RP-1 – RP-7 the programme as PDF and Excel', () => {
  itOpensWorkbooks('the programme document read back with pdftotext; the tables opened by LibreOffice', async () => {
    const planner = await signIn(world.app, 'planner@test.lv');
    const pdf = await planner.get(`${BASE}/programme.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    writeFileSync(join(dir, 'p.pdf'), pdf.rawPayload);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'p.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Sociālo pakalpojumu programma');
    expect(text).toContain('Patversme');
    expect(text).toContain('Pierīgas krīzes');
    expect(text).toContain('Sociālā rehabilitācija');
    const xlsx = await planner.get(`${BASE}/programme.xlsx?lang=en`);
    const csv = workbookAsCsv(dir, 'p', xlsx.rawPayload);
    expect(csv).toContain('Catalogue of services (version 1');
    expect(csv).toMatch(/Night shelter,Social care,With accommodation,Homeless people/);
    // RP-7 the workbook's figures by target group: Rīga's home care as its officer split it; the persons waiting it did not split
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const rows = (book.getWorksheet('Target groups')!.getSheetValues() as unknown[][]).map((r) => (r ?? []).slice(1));
    expect(rows).toContainEqual(['Riga', 'Home care', 'Persons with functional impairments and their families', '•', 300, 'not split', 600_000]);
    expect(rows).toContainEqual(['Riga', 'Home care', 'Other groups at risk of social exclusion', '•', 110, 'not split', 200_000]);
    expect(rows).toContainEqual(['Riga', 'Shelter', 'Homeless people', 60, 50, 4, 120_000]);
    expect((await world.db.select().from(auditLog).where(eq(auditLog.entityType, 'rp_programme'))).map((a) => a.action)).toEqual(['export', 'export']);
  }, 150_000);
});

describe('RP-1 the planner publishes a new catalogue version', () => {
  it('edits a description, retires a service and adds one, in force from a later day; the history says what changed; a stale or a second publication of the same version 409', async () => {
    const planner = await signIn(world.app, 'planner@test.lv');
    const before = (await planner.get(`${BASE}/catalogue`)).json();
    expect(before).toMatchObject({ version: 1, latest: { version: 1 }, mayPublish: true });
    expect((await (await signIn(world.app, 'riga@test.lv')).get(`${BASE}/catalogue`)).json().mayPublish).toBe(false);
    const edited = before.latest.services.filter((x: { code: string }) => x.code !== 'night_shelter')
      .map((x: { code: string; description: { lv: string; en: string } }) => (x.code === 'shelter' ? { ...x, description: { ...x.description, lv: 'Naktsmītne, uzturs un sociālā darba konsultācijas' } } : x));
    const telecare = { code: null, names: { lv: 'Drošības poga', en: 'Telecare' }, description: { lv: 'Trauksmes poga mājās ar diennakts atbildi.', en: 'An alarm button at home answered day and night.' }, lawType: 'social_care', setting: 'at_home', targetGroups: ['functional_impairment'] };
    const body = { basedOnVersion: 1, validFrom: '2027-01-01', note: 'Drošības poga; naktspatversmes apvienotas ar patversmēm', services: [...edited, telecare] };
    expect((await (await signIn(world.app, 'riga@test.lv')).post(`${BASE}/catalogue/versions`, body)).statusCode).toBe(403);
    expect(Object.keys(reasons(await planner.post(`${BASE}/catalogue/versions`, { ...body, validFrom: '2018-12-11' })))).toEqual(['validFrom']);
    expect(reasons(await planner.post(`${BASE}/catalogue/versions`, { ...body, services: before.latest.services }))).toEqual({ services: 'Jaunā versija neko nemaina' });
    expect(Object.keys(reasons(await planner.post(`${BASE}/catalogue/versions`, { ...body, services: [...edited, { ...telecare, names: { lv: '', en: 'Telecare' } }] })))).toEqual(['services.21.names.lv']);
    const published = await planner.post(`${BASE}/catalogue/versions`, body);
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json()).toEqual({ version: 2, validFrom: '2027-01-01' });
    const stale = await planner.post(`${BASE}/catalogue/versions`, body);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('rp.catalogue_conflict');
    const after = (await planner.get(`${BASE}/catalogue`)).json();
    expect(after).toMatchObject({ version: 1, latest: { version: 2, validFrom: '2027-01-01' } }); // version 1 stays in force until 1.1.2027
    expect(after.versions[1]).toMatchObject({
      version: 2, validFrom: '2027-01-01', services: 22, publishedBy: 'Plānotājs', note: body.note,
      added: [{ code: 's_telecare', names: telecare.names }], removed: [{ code: 'night_shelter' }], changed: [{ code: 'shelter' }],
    });
    const audit = await world.db.select().from(auditLog).where(eq(auditLog.entityType, 'rp_catalogue_version'));
    expect(audit).toMatchObject([{ action: 'create', entityId: 'riga:2', personId: null }]);
    // RP-6 a round refers to the version it used: the closed round of 2026 was run on version 1
    expect((await planner.get(`${BASE}/overview`)).json()).toMatchObject({ round: { catalogueVersion: 1 }, catalogue: { version: 1 } });
  });
});

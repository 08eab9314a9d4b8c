import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMovedInCase, createTestWorld, signIn } from '../../../test/test-world';

let world: Awaited<ReturnType<typeof createTestWorld>>;
type Client = Awaited<ReturnType<typeof signIn>>;
let sw1: Client, manager: Client;
let caseId = '', personId = '';

const textOf = (payload: Buffer) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: payload }).toString().replace(/\s+/g, ' ');

const protocol = {
  heldOn: '2026-03-10',
  institutions: ['Rīgas sociālais dienests', 'Valsts sociālās apdrošināšanas aģentūra'],
  participants: ['sw1 (sociālais darbinieks)', 'Inese Kļaviņa (pašvaldības sociālā darbiniece)', 'Ērika Žūriņa (kliente)'],
  topic: 'Invaliditātes pensijas kārtošana un parādu atmaksas grafiks',
  agreed: 'Pašvaldība sedz komunālo parādu daļēji.\n\nKliente iesniedz pieteikumu VSAA līdz mēneša beigām.',
  actions: [
    { what: 'Iesniegt pieteikumu VSAA', who: 'Ērika Žūriņa ar sw1 atbalstu', byDate: '2026-03-31' },
    { what: 'Sagatavot parāda atmaksas grafiku', who: 'Inese Kļaviņa', byDate: null },
  ],
};

beforeAll(async () => {
  world = await createTestWorld();
  sw1 = await signIn(world.app, 'sw1@test.lv');
  manager = await signIn(world.app, 'manager@test.lv');
  ({ caseId, personId } = await createMovedInCase(world, 'Ērika', 'Žūriņa', { caseNumber: 'MV-2026-0077', person: { personalCode: '14076119428' } }));
});
afterAll(() => world.close());

describe('HF-3.4.6 inter-institutional cooperation protocols', () => {
  let protocolId = '';

  it('the team records a protocol; the case lists it; the print has its Latvian text', async () => {
    const res = await sw1.post(`/api/cases/${caseId}/protocols`, protocol);
    expect(res.statusCode).toBe(201);
    protocolId = res.json().protocol.protocolId;
    const list = (await sw1.get(`/api/cases/${caseId}/protocols`)).json().items;
    expect(list).toHaveLength(1);
    expect(list[0].current).toMatchObject({ version: 1, heldOn: '2026-03-10', institutions: protocol.institutions, participants: protocol.participants, agreed: protocol.agreed, actions: protocol.actions });
    const text = textOf((await sw1.get(`/api/cases/${caseId}/protocols/${protocolId}/protocol.pdf`)).rawPayload);
    for (const expected of [
      'STARPINSTITUCIONĀLĀS SADARBĪBAS PROTOKOLS', 'Versija 1', 'Sanāksmes datums 10.03.2026', 'Klients Ērika Žūriņa', 'Lietas Nr. MV-2026-0077',
      'Rīgas sociālais dienests; Valsts sociālās apdrošināšanas aģentūra', 'Inese Kļaviņa (pašvaldības sociālā darbiniece)',
      'Invaliditātes pensijas kārtošana un parādu atmaksas grafiks', 'Pašvaldība sedz komunālo parādu daļēji.', 'Iesniegt pieteikumu VSAA', '31.03.2026', 'Protokolēja',
    ]) expect(text).toContain(expected);
  });

  it('a correction is a new version with its reason; the first stays; a stale correction is a 409', async () => {
    const corrected = { ...protocol, topic: 'Invaliditātes pensija, parādi un veselības aprūpe', basedOnVersion: 1, correctionReason: 'Aizmirsts temats par ģimenes ārstu' };
    const res = await manager.post(`/api/cases/${caseId}/protocols/${protocolId}/versions`, corrected);
    expect(res.statusCode).toBe(201);
    expect(res.json().protocol).toMatchObject({ version: 2, protocolId, correctionReason: 'Aizmirsts temats par ģimenes ārstu' });
    const [item] = (await sw1.get(`/api/cases/${caseId}/protocols`)).json().items;
    expect(item.current.topic).toBe(corrected.topic);
    expect(item.history.map((v: { version: number; topic: string }) => [v.version, v.topic])).toEqual([[1, protocol.topic]]);
    const stale = await sw1.post(`/api/cases/${caseId}/protocols/${protocolId}/versions`, corrected);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('protocols.version_conflict');
    const first = textOf((await sw1.get(`/api/cases/${caseId}/protocols/${protocolId}/protocol.pdf?version=1`)).rawPayload);
    expect(first).toContain(protocol.topic);
    const second = textOf((await sw1.get(`/api/cases/${caseId}/protocols/${protocolId}/protocol.pdf`)).rawPayload);
    expect(second).toContain('Labojuma iemesls Aizmirsts temats par ģimenes ārstu');
  });

  it('is closed to workers outside the case and other organisations (404), and the funder', async () => {
    for (const email of ['sw2@test.lv', 'other@test.lv']) {
      const other = await signIn(world.app, email);
      expect((await other.get(`/api/cases/${caseId}/protocols`)).statusCode).toBe(404);
      expect((await other.post(`/api/cases/${caseId}/protocols`, protocol)).statusCode).toBe(404);
      expect((await other.get(`/api/cases/${caseId}/protocols/${protocolId}/protocol.pdf`)).statusCode).toBe(404);
    }
    expect([403, 404]).toContain((await (await signIn(world.app, 'funder@test.lv')).get(`/api/cases/${caseId}/protocols`)).statusCode);
  });

  it('refuses a future meeting, one before the case, an action due before the meeting and an empty list, naming the field', async () => {
    const future = await sw1.post(`/api/cases/${caseId}/protocols`, { ...protocol, heldOn: '2026-12-01', actions: [] });
    expect(future.statusCode).toBe(422);
    expect(future.json().error.fields).toHaveProperty('heldOn');
    expect((await sw1.post(`/api/cases/${caseId}/protocols`, { ...protocol, heldOn: '2026-01-01' })).statusCode).toBe(422);
    const early = await sw1.post(`/api/cases/${caseId}/protocols`, { ...protocol, actions: [{ what: 'x', who: 'y', byDate: '2026-03-01' }] });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields).toHaveProperty('actions');
    expect((await sw1.post(`/api/cases/${caseId}/protocols`, { ...protocol, institutions: [] })).statusCode).toBe(400);
    expect((await sw1.post(`/api/cases/${caseId}/protocols/${protocolId}/versions`, { ...protocol, basedOnVersion: 2 })).statusCode).toBe(400);
  });

  it('stores hostile strings exactly', async () => {
    const hostile = '<img src=x onerror=alert(1)> \'); DROP TABLE cooperation_protocols; -- “Ķīsis” 🏠';
    const res = await sw1.post(`/api/cases/${caseId}/protocols`, { ...protocol, heldOn: '2026-04-02', topic: hostile, institutions: [hostile], actions: [{ what: hostile, who: hostile, byDate: null }] });
    expect(res.statusCode).toBe(201);
    const item = (await sw1.get(`/api/cases/${caseId}/protocols`)).json().items.find((i: { protocolId: string }) => i.protocolId === res.json().protocol.protocolId);
    expect(item.current.topic).toBe(hostile);
    expect(item.current.institutions).toEqual([hostile]);
    expect(item.current.actions[0].what).toBe(hostile);
  });

  it('appears in the person’s subject-access extract', async () => {
    const extract = JSON.stringify((await manager.get(`/api/persons/${personId}/extract.json`)).json());
    expect(extract).toContain('Starpinstitucionālās sadarbības protokoli');
    expect(extract).toContain('Aizmirsts temats par ģimenes ārstu');
  });
});

describe('HF-3.4.6 the report on the plan’s implementation', () => {
  it('prints the plan in force in the period with its completion marks, the reviews and the work done', async () => {
    const goals = [
      { domain: 'housing', term: 'long', goal: 'Saglabāt mājokli', tasks: 'Maksāt īri laikā', deadline: '2026-06-30', responsibleUserId: world.users.sw1.id, status: 'in_progress', result: null },
      { domain: 'finances', term: 'short', goal: 'Nokārtot invaliditātes pensiju', tasks: 'Iesniegt pieteikumu VSAA', deadline: '2026-04-15', status: 'done', result: 'Pensija piešķirta' },
    ];
    expect((await sw1.post(`/api/cases/${caseId}/plans`, { basedOnVersion: 0, startedOn: '2026-03-05', goals })).statusCode).toBe(201);
    expect((await sw1.post(`/api/cases/${caseId}/plan-reviews`, { reviewedOn: '2026-04-20', note: 'Pensija piešķirta, īre maksāta' })).statusCode).toBe(201);
    expect((await sw1.post(`/api/cases/${caseId}/work-log`, { on: '2026-04-03', done: 'Aizpildīts pieteikums VSAA', lifeDomains: ['finances'] })).statusCode).toBe(201);
    expect((await sw1.post(`/api/cases/${caseId}/contacts`, { contactOn: '2026-04-04', kind: 'accompanying', mode: 'in_person', hours: 1.5, lifeDomains: ['finances'], notes: 'Uz VSAA' })).statusCode).toBe(201);

    const res = await manager.get(`/api/cases/${caseId}/plan-report.pdf?from=2026-04-01&to=2026-04-30`);
    expect(res.statusCode).toBe(200);
    const text = textOf(res.rawPayload);
    for (const expected of [
      'PĀRSKATS PAR SOCIĀLĀS REHABILITĀCIJAS PLĀNA SNIEGŠANU', 'Periods: 01.04.2026–30.04.2026', 'Ērika Žūriņa', '1. versija: no 05.03.2026',
      'Izpildīti: 1; tiek īstenoti: 1; plānoti: 0; atcelti: 0', 'Nokārtot invaliditātes pensiju', 'Pensija piešķirta', '15.04.2026',
      'Pensija piešķirta, īre maksāta', 'Kontakti 1', 'Darba žurnāla ieraksti 1', 'Kontaktstundas kopā 1,5',
    ]) expect(text).toContain(expected);

    // the page reads the same report as data: every figure and line the PDF prints comes from it
    const page = await manager.get(`/api/cases/${caseId}/plan-report?from=2026-04-01&to=2026-04-30`);
    expect(page.statusCode).toBe(200);
    const report = page.json();
    expect(report).toMatchObject({
      from: '2026-04-01', to: '2026-04-30', person: { fullName: 'Ērika Žūriņa' },
      summary: {
        versions: [{ version: 1, startedOn: '2026-03-05' }], statusCounts: { done: 1, in_progress: 1, planned: 0, dropped: 0 },
        dueInPeriod: [{ goal: 'Nokārtot invaliditātes pensiju', deadline: '2026-04-15', status: 'done' }],
        reviews: [{ reviewedOn: '2026-04-20', note: 'Pensija piešķirta, īre maksāta' }],
        work: { contacts: 1, workLogEntries: 1, hours: 1.5 },
      },
    });
    expect(report.summary.latest.goals.map((g: { goal: string }) => g.goal)).toEqual(['Saglabāt mājokli', 'Nokārtot invaliditātes pensiju']);
    expect(text).toContain(`Izpildīti: ${report.summary.statusCounts.done}; tiek īstenoti: ${report.summary.statusCounts.in_progress}`);
    expect(text).toContain(`Darba žurnāla ieraksti ${report.summary.work.workLogEntries}`);
    // viewed and printed: each audited with the period
    const audit = JSON.stringify((await manager.get(`/api/audit?personId=${personId}`)).json());
    expect(audit).toContain('plan_report');
  });

  it('refuses a reversed period and is closed to workers outside the case', async () => {
    expect((await manager.get(`/api/cases/${caseId}/plan-report.pdf?from=2026-05-01&to=2026-04-01`)).statusCode).toBe(400);
    expect((await (await signIn(world.app, 'sw2@test.lv')).get(`/api/cases/${caseId}/plan-report.pdf?from=2026-04-01&to=2026-04-30`)).statusCode).toBe(404);
    expect((await manager.get(`/api/cases/${caseId}/plan-report?from=2026-05-01&to=2026-04-01`)).statusCode).toBe(400);
    expect((await (await signIn(world.app, 'sw2@test.lv')).get(`/api/cases/${caseId}/plan-report?from=2026-04-01&to=2026-04-30`)).statusCode).toBe(404);
  });
});

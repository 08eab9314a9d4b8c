/**
 * HF-2.7 (GDPR Art. 15) "what we hold about you" for an Individual Budget case (IB-1 – IB-6): the person's
 * extract carries the case, the assessment with both rankings, the budget period, the plan's versions, the
 * ledger's months, a difficulty, an interruption and the end-of-pilot meeting — as JSON in English and as
 * the Latvian PDF read back with pdftotext. Today in the test world is 24.11.2026.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IB_SERVICES } from '@socrehab/domain/programmes/individual-budget/index';
import { createTestWorld, signIn } from '../../test/test-world';
import { ibCatalogue } from '../../db/schema';
import type { PersonExtract } from '../../modules/subject-access/subject-access.usecases';

let world: Awaited<ReturnType<typeof createTestWorld>>;
let dir = '';
const BASE = '/api/individual-budget';
const ok = <T extends { statusCode: number; body: string }>(res: T, status = 200): T => { expect(res.statusCode, res.body).toBe(status); return res; };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ib-extract-'));
  world = await createTestWorld();
  await world.db.insert(ibCatalogue).values(IB_SERVICES.map((service) => ({ municipalityAtvk: '0001000', service, unitPriceCents: 2_500, providerName: 'Biedrība „Atbalsts”', nearestKm: 2, shortage: false })));
  const riga = await signIn(world.app, 'riga@test.lv');
  const opened = ok(await riga.post(`${BASE}/cases`, {
    personId: world.persons.peteris.id, municipalityAtvk: '0001000', pilot: 'adults_mental_disorders', referredOn: '2026-05-10', openedOn: '2026-05-20',
    representative: 'person', caseManagerUserId: world.users.municipal.id,
  }), 201);
  const caseId = opened.json().caseId as string;
  ok(await riga.post(`${BASE}/cases/${caseId}/assessments`, {
    assessedOn: '2026-05-20', team: ['rehabilitation_doctor', 'psychologist', 'social_worker'], goals: ['Patstāvīgi pieņemt lēmumus ikdienā'],
    teamRanking: [{ service: 'support_person', rank: 1, perMonth: 8 }, { service: 'psychologist', rank: 2, perMonth: 2 }],
    familyRanking: [{ service: 'psychologist', rank: 1 }, { service: 'support_person', rank: 2 }], rankedBy: 'person', budgetCents: 200_000,
  }), 201);
  ok(await riga.post(`${BASE}/cases/${caseId}/plan-versions`, {
    expectedVersion: 0, validFrom: '2026-05-20', reason: 'Sākotnējais atbalsta plāns', agreedBy: 'person', agreedOn: '2026-05-20',
    lines: [{ service: 'support_person', providerName: 'Biedrība „Atbalsts”', perMonth: 8, schedule: 'Pirmdienās' }],
  }), 201);
  ok(await riga.put(`${BASE}/cases/${caseId}/deliveries`, { service: 'support_person', month: '2026-06', delivered: 6, spentCents: null }));
  ok(await riga.post(`${BASE}/cases/${caseId}/difficulties`, { reportedOn: '2026-06-15', service: 'support_person', description: 'Atbalsta persona bieži mainās.' }), 201);
  ok(await riga.post(`${BASE}/cases/${caseId}/interruptions`, { service: 'support_person', from: '2026-07-10', to: '2026-07-20', reason: 'provider_unavailable' }), 201);
  ok(await riga.post(`${BASE}/cases/${caseId}/ending`, { endedOn: '2026-11-19', reason: 'pilot_ended' }));
  ok(await riga.post(`${BASE}/cases/${caseId}/closing-meeting`, { recordedOn: '2026-11-19', answers: { benefits: 'Vairāk patstāvības', would_continue: true }, note: null }), 201);
}, 120_000);
afterAll(async () => {
  await world?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('HF-2.7 the person’s extract carries the Individual Budget case (IB-1 – IB-6)', () => {
  it('as JSON in English: every kind of record, worded', async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    const extract = ok(await riga.get(`/api/persons/${world.persons.peteris.id}/extract.json?lang=en`)).json() as PersonExtract;
    const ib = extract.cases.find((c) => c.programme === 'individual_budget')!;
    expect(ib.caseNumber).toBe('IB-2026-0001');
    const section = (title: string) => ib.sections.find((s) => s.title === title)!.records;
    expect(ib.sections.map((s) => s.title)).toEqual([
      'Case', 'Needs assessments and both rankings', 'Budget periods', 'Support plan versions', 'Services received and spending',
      'Difficulties the family reported', 'Service interruptions', 'End-of-pilot meeting with the family',
    ]);
    expect(section('Case')[0]).toMatchObject({ Pilot: 'Adults with mental disorders', 'Referred on': '10.05.2026', 'Agrees the plan': 'The person', 'Reason for ending': 'The pilot ended' });
    expect(section('Needs assessments and both rankings')[0]).toMatchObject({
      'Assessed on': '20.05.2026', 'The team’s ranking': '1. Support person — 8 hours a month, 2. Psychologist consultations — 2 sessions a month',
      'The family’s or person’s ranking': '1. Psychologist consultations, 2. Support person', 'Ranked by': 'The person', 'Indicative budget': '€2,000.00',
    });
    expect(section('Needs assessments and both rankings')[0]!['Assessment team']).toContain('Physical and rehabilitation medicine doctor');
    expect(section('Budget periods')[0]).toMatchObject({ Period: '1', From: '01.05.2026', To: '31.10.2026' });
    expect(section('Support plan versions')[0]).toMatchObject({ Version: '1', 'Valid from': '20.05.2026', 'Agreed by': 'The person' });
    expect(section('Support plan versions')[0]!.Services).toContain('Support person — Biedrība „Atbalsts”, 8 hours a month, Pirmdienās');
    expect(section('Services received and spending')[0]).toMatchObject({ Service: 'Support person', Month: '06.2026', Received: '6 h' });
    expect(section('Difficulties the family reported')[0]).toMatchObject({ 'Reported on': '15.06.2026', Description: 'Atbalsta persona bieži mainās.' });
    expect(section('Service interruptions')[0]).toMatchObject({ From: '10.07.2026', To: '20.07.2026', 'Reason for the interruption': 'The provider cannot provide it' });
    expect(section('End-of-pilot meeting with the family')[0]).toMatchObject({
      'Meeting on': '19.11.2026', 'Benefits for the family and the person': 'Vairāk patstāvības', 'The family would like to continue with the individual budget': 'yes',
    });
  });

  it('as the Latvian PDF (pdftotext): the sections and their records', async () => {
    const riga = await signIn(world.app, 'riga@test.lv', 'lv');
    const res = ok(await riga.get(`/api/persons/${world.persons.peteris.id}/extract.pdf`));
    const file = join(dir, 'extract.pdf');
    writeFileSync(file, res.rawPayload);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of ['IB-2026-0001', 'Vajadzību izvērtējumi un abi vērtējumi', 'Atbalsta plāna versijas', 'Pakalpojumu pārtraukumi', 'Noslēguma tikšanās ar ģimeni',
      'Atbalsta persona bieži mainās.', 'Vairāk patstāvības', '2 000,00 €', 'Pilngadīgas personas ar garīga rakstura traucējumiem']) expect(text).toContain(expected);
  }, 60_000);
});

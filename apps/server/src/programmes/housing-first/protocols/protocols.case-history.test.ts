import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cooperationProtocols, dwellings } from '../../../db/schema';
import { createMovedInCase, createTestWorld, signIn } from '../../../test/test-world';

let world: Awaited<ReturnType<typeof createTestWorld>>;
type Client = Awaited<ReturnType<typeof signIn>>;
let manager: Client, sw1: Client;
let caseId = '';

const importFile = (client: Client, text: string) =>
  world.app.inject({ method: 'POST', url: '/api/case-history/import', headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': 'application/x-ndjson', 'accept-language': 'en' }, payload: text });

beforeAll(async () => {
  world = await createTestWorld();
  manager = await signIn(world.app, 'manager@test.lv', 'en');
  sw1 = await signIn(world.app, 'sw1@test.lv');
  caseId = (await createMovedInCase(world, 'Ērika', 'Vēsture', { caseNumber: 'MV-2026-0099' })).caseId;
  // the test world's dwellings list no amenities, which a case-history file must carry
  await world.db.update(dwellings).set({ amenities: { water: true, heating: true, electricity: true, hotWater: true, furniture: true } });
  const protocol = {
    heldOn: '2026-03-10', institutions: ['Rīgas sociālais dienests'], participants: ['sw1', '“Kļaviņa” <b>'], topic: 'Parādi', agreed: 'Grafiks',
    actions: [{ what: 'Iesniegt', who: 'sw1', byDate: '2026-03-31' }],
  };
  const protocolId = (await sw1.post(`/api/cases/${caseId}/protocols`, protocol)).json().protocol.protocolId;
  expect((await sw1.post(`/api/cases/${caseId}/protocols/${protocolId}/versions`, { ...protocol, topic: 'Parādi un pensija', basedOnVersion: 1, correctionReason: 'Papildināts' })).statusCode).toBe(201);
});
afterAll(() => world.close());

describe('HF-3.4.6 cooperation protocols in the case history (version 2)', () => {
  it('exports every version; importing the export again changes nothing; removed rows come back the same', async () => {
    const first = await manager.get(`/api/cases/${caseId}/history.jsonl`);
    expect(first.statusCode).toBe(200);
    const lines = first.body.split('\n').filter((l) => l.includes('"type":"cooperation_protocol"')).map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.version, l.topic, l.recordedBy])).toEqual(expect.arrayContaining([[1, 'Parādi', 'sw1@test.lv'], [2, 'Parādi un pensija', 'sw1@test.lv']]));
    expect(lines.find((l) => l.version === 2).correctionReason).toBe('Papildināts');

    const again = await importFile(manager, first.body);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().created).toBe(0);

    await world.db.delete(cooperationProtocols).where(eq(cooperationProtocols.caseId, caseId));
    const back = await importFile(manager, first.body);
    expect(back.statusCode).toBe(201);
    expect(back.json().createdByType).toMatchObject({ cooperation_protocol: 2 });
    expect((await manager.get(`/api/cases/${caseId}/history.jsonl`)).body).toBe(first.body);
  });

  it('refuses a protocol dated before its case opened, naming the line and field', async () => {
    const text = (await manager.get(`/api/cases/${caseId}/history.jsonl`)).body.split('\n')
      .map((l) => (l.includes('"type":"cooperation_protocol"') && l.includes('"version":1') ? JSON.stringify({ ...JSON.parse(l), heldOn: '2026-01-01', actions: [] }) : l)).join('\n');
    const res = await importFile(manager, text);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toContain('heldOn:validation.beforeCaseOpened');
  });
});

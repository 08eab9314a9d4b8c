import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMovedInCase, createTestWorld, signIn } from '../../../test/test-world';

let world: Awaited<ReturnType<typeof createTestWorld>>;
type Client = Awaited<ReturnType<typeof signIn>>;
let sw1: Client, mentor: Client;
let annasCase: string;


beforeAll(async () => {
  world = await createTestWorld();
  sw1 = await signIn(world.app, 'sw1@test.lv');
  mentor = await signIn(world.app, 'mentor@test.lv');
  annasCase = (await createMovedInCase(world, 'Ērika', 'Žūriņa')).caseId;
});
afterAll(() => world.close());

describe('HF-3.4.5 the unified work log', () => {
  it('brings every worker’s entries, visits and contacts together, filtered by worker, domain and period, printable', async () => {
    expect((await sw1.post(`/api/cases/${annasCase}/visits`, { visitedOn: '2026-03-02', workerIds: [world.users.sw1.id, world.users.mentor.id], place: 'Mājās', outcome: 'met', hours: 1, lifeDomains: ['housing'], dwellingCondition: 'Tīrs, kārtīgs', technicalFaults: 'Pil krāns virtuvē' })).statusCode).toBe(201);
    expect((await mentor.post(`/api/cases/${annasCase}/contacts`, { contactOn: '2026-03-04', kind: 'accompanying', mode: 'in_person', hours: 2, lifeDomains: ['health'], notes: 'Pavadīja pie ģimenes ārsta' })).statusCode).toBe(201);
    expect((await mentor.post(`/api/cases/${annasCase}/work-log`, { on: '2026-03-05', goals: 'Sakārtot dokumentus', topics: 'Pase', done: 'Aizpildīts pieteikums pasei', results: 'Iesniegts PMLP', lifeDomains: ['rights'], interProfessionalNotes: 'Sazinājāmies ar pašvaldības sociālo darbinieku' })).statusCode).toBe(201);

    const all = (await sw1.get(`/api/cases/${annasCase}/work-log`)).json().items;
    expect(all.map((i: { kind: string }) => i.kind)).toEqual(['entry', 'contact', 'visit']);
    expect((await sw1.get(`/api/cases/${annasCase}/work-log?workerId=${world.users.mentor.id}`)).json().items).toHaveLength(3);
    expect((await sw1.get(`/api/cases/${annasCase}/work-log?workerId=${world.users.sw1.id}`)).json().items.map((i: { kind: string }) => i.kind)).toEqual(['visit']);
    expect((await sw1.get(`/api/cases/${annasCase}/work-log?domain=health`)).json().items.map((i: { kind: string }) => i.kind)).toEqual(['contact']);
    expect((await sw1.get(`/api/cases/${annasCase}/work-log?from=2026-03-03&to=2026-03-04`)).json().items).toHaveLength(1);

    const pdf = await sw1.get(`/api/cases/${annasCase}/work-log.pdf`);
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf.rawPayload }).toString();
    expect(text).toContain('KLIENTA DARBA ŽURNĀLS');
    expect(text).toContain('Ērika Žūriņa');
    expect(text).toMatch(/Aizpildīts\s+pieteikums\s+pasei/);
    expect(text).toContain('05.03.2026');
  });

  it('is closed to workers outside the case', async () => {
    expect((await (await signIn(world.app, 'sw2@test.lv')).get(`/api/cases/${annasCase}/work-log`)).statusCode).toBe(404);
  });
});

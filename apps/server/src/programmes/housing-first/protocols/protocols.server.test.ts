import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { cooperationProtocols, staffLanguages } from '../../../db/schema';
import { createMovedInCase, createTestWorld, signIn } from '../../../test/test-world';

/**
 * Issue 11 §1 on the PostgreSQL server (PGlite serialises every transaction): two corrections of one
 * cooperation protocol from the same version at the same moment (HF-3.4.6) — one becomes version 2,
 * the other a 409, never a 500 or two versions 2; two managers saving one staff profile at once
 * (HF-2.6) — both succeed one after the other and the stored profile is one of the two, whole.
 */
const PAIRS = 10;
type Client = Awaited<ReturnType<typeof signIn>>;
let world: Awaited<ReturnType<typeof createTestWorld>>;
let sw1: Client, mentor: Client, managerA: Client, managerB: Client;
let caseId = '';

const protocol = { heldOn: '2026-03-10', institutions: ['Rīgas sociālais dienests'], participants: ['sw1', 'mentor'], topic: 'Parādi', agreed: 'Grafiks', actions: [] };

beforeAll(async () => {
  world = await createTestWorld();
  [sw1, mentor, managerA, managerB] = [await signIn(world.app, 'sw1@test.lv'), await signIn(world.app, 'mentor@test.lv'), await signIn(world.app, 'manager@test.lv'), await signIn(world.app, 'manager@test.lv')];
  caseId = (await createMovedInCase(world, 'Vienlaicīga', 'Protokola')).caseId;
});
afterAll(() => world?.close());

describe.skipIf(!process.env.TEST_DATABASE_URL)('HF-3.4.6, HF-2.6 concurrent writes (PostgreSQL server)', () => {
  it('two corrections of one protocol version at once: one version 2 and one 409', async () => {
    for (let i = 0; i < PAIRS; i++) {
      const protocolId = (await sw1.post(`/api/cases/${caseId}/protocols`, protocol)).json().protocol.protocolId as string;
      const correction = (who: string) => ({ ...protocol, topic: `Parādi (${who})`, basedOnVersion: 1, correctionReason: `Labo ${who}` });
      const [a, b] = await Promise.all([
        sw1.post(`/api/cases/${caseId}/protocols/${protocolId}/versions`, correction('sw1')),
        mentor.post(`/api/cases/${caseId}/protocols/${protocolId}/versions`, correction('mentor')),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
      const versions = await world.db.select().from(cooperationProtocols).where(eq(cooperationProtocols.protocolId, protocolId));
      expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
      const winner = a.statusCode === 201 ? 'sw1' : 'mentor';
      expect(versions.find((v) => v.version === 2)!.topic).toBe(`Parādi (${winner})`);
    }
  });

  it('two saves of one staff profile at once: both succeed in turn and one whole profile is stored', async () => {
    for (let i = 0; i < PAIRS; i++) {
      const [a, b] = await Promise.all([
        managerA.put(`/api/users/${world.users.sw2.id}/staff-profile`, { qualifications: [], languages: [{ language: 'lv', level: 'native' }, { language: 'ru', level: 'basic' }] }),
        managerB.put(`/api/users/${world.users.sw2.id}/staff-profile`, { qualifications: [], languages: [{ language: 'en', level: 'advanced' }] }),
      ]);
      expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
      const stored = (await world.db.select().from(staffLanguages).where(eq(staffLanguages.userId, world.users.sw2.id))).map((l) => l.language).sort();
      expect([['lv', 'ru'], ['en']]).toContainEqual(stored);
    }
  });
});

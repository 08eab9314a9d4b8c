import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { fsCentres, fsCentreStaff, fsGroupParticipants, fsMentorMatches } from '../../db/schema';
import { createTestWorld, signIn } from '../../test/test-world';

/**
 * Family support's writes two workers can hit at once, on the PostgreSQL server (PGlite serialises every
 * transaction): two matchings of one mentor to two families (FS-3: one family at a time), and two families
 * taking a camp's last place (FS-2). Never a 500; one wins, the other gets 409; what is stored keeps the rule.
 */
const PAIRS = 6;
const BASE = '/api/family-support';
type Client = Awaited<ReturnType<typeof signIn>>;
let world: Awaited<ReturnType<typeof createTestWorld>>;
let riga: Client, manager: Client, sw1A: Client, sw1B: Client;
let centreId: string;

const tag = (n: number) => `${String.fromCharCode(65 + Math.floor(n / 26))}${String.fromCharCode(97 + (n % 26))}`;

/** A family referred by Rīga and accepted with sw1 on its team; its mother's and child's ids. */
async function family(name: string) {
  const referral = await riga.post(`${BASE}/referrals`, {
    centreId, contactIndex: 0, reason: 'parenting_difficulties', assessedOn: '2026-10-01', referredOn: '2026-10-02', crisis: false, assessment: 'Ģimenei vajadzīgs atbalsts bērnu audzināšanā.',
    members: [{ givenNames: `${name}a`, surnames: 'Vienlaicīga', birthDate: '1990-01-01', gender: 'female', role: 'mother' }, { givenNames: `${name}b`, surnames: 'Vienlaicīga', birthDate: '2016-01-01', gender: 'female', role: 'child' }],
  });
  expect(referral.statusCode, referral.body).toBe(201);
  const accepted = await manager.post(`${BASE}/referrals/${referral.json().referralId}/decision`, { decision: 'accept', decidedOn: '2026-10-05', socialWorkerUserId: world.users.sw1.id });
  const caseId = accepted.json().caseId as string;
  const members = (await sw1A.get(`${BASE}/cases/${caseId}`)).json().members as { personId: string; child: boolean }[];
  return { caseId, child: members.find((m) => m.child)!.personId };
}

beforeAll(async () => {
  world = await createTestWorld();
  const [centre] = await world.db.insert(fsCentres).values({ organisationId: world.orgs.provider.id, name: 'Ģimenes atbalsta centrs', municipalityAtvk: '0025000' }).returning();
  centreId = centre!.id;
  await world.db.insert(fsCentreStaff).values([{ centreId, organisationId: world.orgs.provider.id, userId: world.users.sw1.id, profession: 'social_worker' }]);
  riga = await signIn(world.app, 'riga@test.lv', 'en');
  manager = await signIn(world.app, 'manager@test.lv', 'en');
  sw1A = await signIn(world.app, 'sw1@test.lv', 'en');
  sw1B = await signIn(world.app, 'sw1@test.lv', 'en');
});
afterAll(() => world?.close());

const outcome = (a: LightMyRequestResponse, b: LightMyRequestResponse) => {
  for (const res of [a, b]) expect(res.statusCode, res.body).toBeLessThan(500);
  return [a.statusCode, b.statusCode].sort().join('+');
};

describe.skipIf(!process.env.TEST_DATABASE_URL)('family support writes at once (PostgreSQL server)', () => {
  it('FS-3 two matchings of one mentor to two families at once: one is made, the other is 409; one active matching per mentor', async () => {
    const counts: Record<string, number> = {};
    for (let i = 0; i < PAIRS; i++) {
      const mentor = (await manager.post(`${BASE}/mentors`, { centreId, givenNames: `Mentors${tag(i)}`, surnames: 'Vienlaicīgs', checkDoneOn: '2026-01-01', checkValidUntil: '2027-12-31', trainingCompletedOn: '2026-02-01' })).json().id as string;
      const [a, b] = [await family(`Pa${tag(i)}`), await family(`Pb${tag(i)}`)];
      const [x, y] = await Promise.all([
        sw1A.post(`${BASE}/mentors/${mentor}/matches`, { caseId: a.caseId, matchedOn: '2026-10-10' }),
        sw1B.post(`${BASE}/mentors/${mentor}/matches`, { caseId: b.caseId, matchedOn: '2026-10-10' }),
      ]);
      const key = outcome(x, y);
      counts[key] = (counts[key] ?? 0) + 1;
      const loser = x.statusCode === 409 ? x : y;
      expect(loser.json().error.code).toBe('fs.mentor_matched');
      expect(await world.db.select().from(fsMentorMatches).where(and(eq(fsMentorMatches.mentorId, mentor), isNull(fsMentorMatches.endedOn)))).toHaveLength(1);
    }
    expect(counts).toEqual({ '201+409': PAIRS });
  }, 120_000);

  it('FS-2 two families take a camp’s last place at once: one gets it, the other is 409; the camp never holds more than its places', async () => {
    const counts: Record<string, number> = {};
    for (let i = 0; i < PAIRS; i++) {
      const camp = (await manager.post(`${BASE}/groups`, { centreId, kind: 'camp', name: `Nometne ${tag(i)}`, startsOn: '2026-12-20', endsOn: '2026-12-23', places: 1, facilitatorUserIds: [world.users.sw1.id] })).json().id as string;
      const [a, b] = [await family(`Ca${tag(i)}`), await family(`Cb${tag(i)}`)];
      const [x, y] = await Promise.all([
        sw1A.post(`${BASE}/groups/${camp}/participants`, { caseId: a.caseId, personId: a.child, enrolledOn: '2026-11-20' }),
        sw1B.post(`${BASE}/groups/${camp}/participants`, { caseId: b.caseId, personId: b.child, enrolledOn: '2026-11-20' }),
      ]);
      const key = outcome(x, y);
      counts[key] = (counts[key] ?? 0) + 1;
      expect((x.statusCode === 409 ? x : y).json().error.code).toBe('fs.group_full');
      expect(await world.db.select().from(fsGroupParticipants).where(eq(fsGroupParticipants.groupId, camp))).toHaveLength(1);
    }
    expect(counts).toEqual({ '201+409': PAIRS });
  }, 120_000);
});

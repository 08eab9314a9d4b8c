import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Actor, OrganisationKind, Role } from '@socrehab/domain';
import { households, personCodes, personRelations, persons } from '../../db/schema';
import { createTestWorld, TODAY } from '../../test/test-world';
import { getHouseholdMembers, getPersonById, getPersonCodes, getPersonDetail, getRelations } from './persons.repository';

let world: Awaited<ReturnType<typeof createTestWorld>>;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(() => world.close());

const actorOf = (user: { id: string; organisationId: string; roles: string[] }, organisationKind: OrganisationKind, municipalityAtvk: string | null): Actor =>
  ({ userId: user.id, organisationId: user.organisationId, organisationKind, municipalityAtvk, roles: user.roles as Role[] });

describe('the person page in one statement', () => {
  it('reads the same person, codes, relations and household as the four separate queries', async () => {
    const { db, persons: p, orgs, users: u } = world;
    const [household] = await db.insert(households).values({ organisationId: orgs.riga.id }).returning();
    const member = async (givenNames: string, birthDate: string | null, extra: Partial<typeof persons.$inferInsert> = {}) =>
      (await db.insert(persons).values({ givenNames, surnames: 'Bērziņa', organisationId: orgs.riga.id, searchName: `berzina ${givenNames.toLowerCase()}`, birthDate, householdId: household!.id, ...extra }).returning())[0]!;
    await db.update(persons).set({ householdId: household!.id }).where(eq(persons.id, p.anna.id));
    const older = await member('Līga', '1930-01-02');
    await member('Zane', null);
    await member('Merged', '1990-01-01', { mergedIntoId: older.id });
    await db.insert(personCodes).values({ personId: p.anna.id, organisationId: orgs.riga.id, code: '32073120115', format: 'new', validFrom: '2026-02-03 04:05:06.789+00', replacedAt: null });
    await db.update(personCodes).set({ replacedAt: '2026-02-03 04:05:06.789+00' }).where(eq(personCodes.code, '14076119428'));
    await db.insert(personRelations).values([
      { organisationId: orgs.riga.id, personId: p.anna.id, relatedPersonId: p.peteris.id, kind: 'parent', note: 'tēvs' },
      { organisationId: orgs.riga.id, personId: older.id, relatedPersonId: p.anna.id, kind: 'child', note: null },
    ]);

    const riga = actorOf(u.municipal, 'municipal_social_service', '0001000');
    const detail = (await getPersonDetail(db, riga, TODAY, p.anna.id))!;
    const separate = (await getPersonById(db, riga, TODAY, p.anna.id))!;
    expect(detail.person).toEqual(separate.person);
    expect(detail.organisationName).toBe(separate.organisationName);
    const codes = await getPersonCodes(db, p.anna.id);
    expect(detail.codes).toEqual(codes.map((c) => ({ code: c.code, format: c.format, validFrom: c.validFrom, replacedAt: c.replacedAt, changeReason: c.changeReason })));
    expect(detail.codes).toHaveLength(2);
    expect(detail.relations).toEqual(await getRelations(db, p.anna.id));
    expect(detail.relations).toHaveLength(2);
    expect(detail.members).toEqual(await getHouseholdMembers(db, household!.id));
    expect(detail.members.map((m) => m.givenNames)).toEqual(['Līga', 'Anna', 'Zane']);
  });

  it('answers null out of scope, and empty lists for a person with no codes, relations or household', async () => {
    const { db, persons: p, users: u } = world;
    const otherManager = actorOf(u.otherManager, 'service_provider', null);
    expect(await getPersonDetail(db, otherManager, TODAY, p.anna.id)).toBeNull();
    const detail = (await getPersonDetail(db, otherManager, TODAY, p.other.id))!;
    expect(detail).toMatchObject({ codes: [], relations: [], members: [] });
    expect(detail.person.id).toBe(p.other.id);
  });
});

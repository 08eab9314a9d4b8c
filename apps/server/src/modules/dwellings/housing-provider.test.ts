import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dwellingKeys, dwellings, moveIns } from '../../db/schema';
import { createMovedInCase, createTestWorld, signIn } from '../../test/test-world';

/** Issue 11 §5: the housing company's user sees its own dwellings and nothing of the clients. */
let world: Awaited<ReturnType<typeof createTestWorld>>;
let housing: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  world = await createTestWorld();
  const { caseId } = await createMovedInCase(world, 'Jānis', 'Bērziņš'); // a dwelling of the housing company, occupied by a client
  const [moveIn] = await world.db.select().from(moveIns);
  await world.db.insert(dwellingKeys).values({ organisationId: world.orgs.provider.id, dwellingId: moveIn!.dwellingId, caseId, holder: 'person', holderName: 'Jānis Bērziņš', handedOn: '2026-03-01' });
  await world.db.insert(dwellings).values({
    organisationId: world.orgs.riga.id, municipalityAtvk: '0001000', address: 'Pašvaldības iela 2, Rīga', addressFolded: 'x', source: 'municipal_fund', landlord: 'Rīga',
    rooms: 2, floor: 1, hasLift: false, accessible: false, petsAllowed: false, amenities: {}, rentCents: 10000, utilitiesCents: 5000, status: 'available', createdBy: world.users.municipal.id,
  });
  housing = await signIn(world.app, 'housing@test.lv');
});
afterAll(() => world.close());

describe('the housing company user', () => {
  it('sees only the dwellings it keeps, not the municipality’s in the same town', async () => {
    const items = (await housing.get('/api/dwellings')).json().items as Array<{ address: string; organisationId: string }>;
    expect(items.map((d) => d.address)).toEqual(['Bērziņš iela 1, Rīga']);
    expect(items.every((d) => d.organisationId === world.orgs.housing.id)).toBe(true);
  });

  it('has no client lists, no person, no audit log and no merging among its abilities', async () => {
    const me = (await housing.get('/api/auth/me')).json();
    expect(me.abilities).toMatchObject({ readPersons: false, createPerson: false, mergePersons: false, readAudit: false });
    expect(me.programmes.housing_first).toMatchObject({ dwellings: true, cases: false, waitingList: false, caseloads: false, municipalWorklist: false });
    expect((await housing.get('/api/persons')).statusCode).toBe(403);
    expect((await housing.get(`/api/persons/${world.persons.anna.id}`)).statusCode).toBeGreaterThanOrEqual(403);
    expect((await housing.get('/api/audit')).statusCode).toBe(403);
    expect((await housing.post('/api/persons', { person: { givenNames: 'Jānis', surnames: 'Tests' }, confirmNotDuplicate: true })).statusCode).toBe(403);
    const cases = await housing.get('/api/cases');
    expect(cases.statusCode === 403 || cases.json().items.length === 0).toBe(true);
  });

  it('sees the handovers into its own dwellings — day, inventory, keys — and never the client', async () => {
    const res = await housing.get('/api/dwellings/handovers');
    expect(res.json()).toEqual({ items: [{ dwellingId: expect.any(String), address: 'Bērziņš iela 1, Rīga', movedInOn: '2026-03-01', items: [], keys: [{ holder: 'person', handedOn: '2026-03-01', returnedOn: null }] }] });
    expect(res.body).not.toContain('Jānis');
    expect(res.body).not.toContain('caseId');
    const funder = await signIn(world.app, 'funder@test.lv');
    expect((await funder.get('/api/dwellings/handovers')).statusCode).toBe(403);
  });
});

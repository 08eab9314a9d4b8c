import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personSearchKey } from '@socrehab/domain';
import { createTestWorld, signIn } from '../../test/test-world';
import { persons } from '../../db/schema';

let world: Awaited<ReturnType<typeof createTestWorld>>;
beforeAll(async () => {
  world = await createTestWorld();
  // Rīga: 2 persons already + 40; Liepāja: 3 (a small cell, alone in its planning region); another provider: 1 + 20
  const add = (organisationId: string, n: number, prefix: string) =>
    world.db.insert(persons).values(Array.from({ length: n }, (_, i) => ({
      givenNames: `${prefix}${i}`, surnames: 'Statistika', organisationId, createdBy: world.users.municipal.id,
      searchName: personSearchKey({ givenNames: `${prefix}${i}`, surnames: 'Statistika' }),
    })));
  await add(world.orgs.riga.id, 40, 'R');
  await add(world.orgs.liepaja.id, 3, 'L');
  await add(world.orgs.otherProvider.id, 20, 'P');
});
afterAll(() => world.close());

interface Cell { persons: number | null; suppressed: boolean }
type Overview = {
  personsTotal: number | null; totalSuppressed: boolean; outsideMunicipalities: Cell;
  byMunicipality: (Cell & { atvk: string; region: string | null })[]; byRegion: (Cell & { code: string })[];
};

describe('statistics: small cells hidden so that subtraction cannot give them back (GDPR Art. 5(1)(c), issue 11 §4)', () => {
  it('hides every count under 5 from a funder, and no sum has exactly one hidden term', async () => {
    const funder = await signIn(world.app, 'funder@test.lv');
    const res = await funder.get('/api/stats/overview');
    expect(res.statusCode).toBe(200);
    const o = res.json() as Overview;
    const liepaja = o.byMunicipality.find((m) => m.atvk === '0005000')!;
    expect(liepaja).toMatchObject({ persons: null, suppressed: true });
    for (const c of [...o.byMunicipality, ...o.byRegion, o.outsideMunicipalities]) {
      if (!c.suppressed) expect(c.persons === 0 || c.persons! >= 5).toBe(true);
    }
    // each region = its municipalities; the country = the regions + municipalities of no region + the rest
    const sums: Cell[][] = o.byRegion.map((r) => [r, ...o.byMunicipality.filter((m) => m.region === r.code)]);
    sums.push([{ persons: o.personsTotal, suppressed: o.totalSuppressed }, ...o.byRegion, ...o.byMunicipality.filter((m) => !m.region), o.outsideMunicipalities]);
    for (const terms of sums) expect(terms.filter((t) => t.suppressed).length).not.toBe(1);
    // and what is shown adds up where nothing is hidden
    if (!o.totalSuppressed && !o.outsideMunicipalities.suppressed && o.byRegion.every((r) => !r.suppressed)) {
      expect(o.byRegion.reduce((s, r) => s + r.persons!, 0) + o.outsideMunicipalities.persons!).toBe(o.personsTotal);
    }
  });

  it('shows every count to a role that reads persons', async () => {
    const manager = await signIn(world.app, 'manager@test.lv');
    const o = (await manager.get('/api/stats/overview')).json() as Overview;
    expect(o.byMunicipality.find((m) => m.atvk === '0005000')).toMatchObject({ persons: 3, suppressed: false });
    expect(o.personsTotal).toBe(3 + 40 + 3 + 20);
    expect(o.outsideMunicipalities).toMatchObject({ persons: 21, suppressed: false });
  });
});

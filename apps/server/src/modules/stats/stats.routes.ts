import type { FastifyInstance } from 'fastify';
import { canReadPersons, suppressSmallCells, type CountNode } from '@socrehab/domain';
import type { Deps } from '../../app/context';
import { requireCtx } from '../../app/session.plugin';
import { countPersons, countPersonsPerMunicipality, findPlanningRegions } from './stats.repository';

/** Counts below this are hidden from roles without access to personal data. */
export const SMALL_CELL = 5;

const COUNTRY = 'country';
const OUTSIDE = 'outside';

/**
 * Aggregates only, for every role: persons registered per municipality and per planning region (by the
 * municipality of the owning social service), and those registered by organisations of no municipality.
 * For funders and planners small cells are hidden, and with them as many others as it takes so that no
 * hidden count comes back by subtraction from a total (suppressSmallCells, GDPR Art. 5(1)(c)).
 */
export function statsRoutes(app: FastifyInstance, deps: Deps) {
  app.get('/api/stats/overview', { schema: { tags: ['stats'], summary: 'Persons per municipality and planning region (aggregates only, small cells hidden)' } }, async (request) => {
    const ctx = requireCtx(request, deps);
    const suppress = !canReadPersons(ctx.actor);
    const rows = await countPersonsPerMunicipality(ctx.db);
    const regions = await findPlanningRegions(ctx.db);
    const total = await countPersons(ctx.db);

    // the table as sums: the country = its regions + municipalities of no region + the persons of no municipality
    const leaf = (m: (typeof rows)[number]): CountNode => ({ id: m.atvk, count: m.persons });
    const regionNodes = regions.map((reg): CountNode => {
      const children = rows.filter((m) => m.region === reg.code).map(leaf);
      return { id: `region:${reg.code}`, count: children.reduce((sum, c) => sum + c.count, 0), children };
    });
    const inMunicipalities = rows.reduce((sum, m) => sum + m.persons, 0);
    const country: CountNode = {
      id: COUNTRY, count: total,
      children: [...regionNodes, ...rows.filter((m) => !m.region).map(leaf), { id: OUTSIDE, count: total - inMunicipalities }],
    };
    const hidden = suppress ? suppressSmallCells(country, SMALL_CELL) : new Set<string>();
    const cell = (id: string, n: number) => (hidden.has(id) ? { persons: null, suppressed: true } : { persons: n, suppressed: false });
    const totalCell = cell(COUNTRY, total);
    return {
      personsTotal: totalCell.persons,
      totalSuppressed: totalCell.suppressed,
      smallCellLimit: suppress ? SMALL_CELL : null,
      byMunicipality: rows.map((m) => ({ atvk: m.atvk, nameLv: m.nameLv, nameEn: m.nameEn, region: m.region, ...cell(m.atvk, m.persons) })),
      byRegion: regions.map((reg, i) => ({ code: reg.code, nameLv: reg.nameLv, nameEn: reg.nameEn, ...cell(regionNodes[i]!.id, regionNodes[i]!.count) })),
      /** Persons registered by organisations of no municipality (service providers). */
      outsideMunicipalities: cell(OUTSIDE, total - inMunicipalities),
    };
  });
}

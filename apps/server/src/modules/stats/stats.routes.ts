import type { FastifyInstance } from 'fastify';
import { count, eq, isNull } from 'drizzle-orm';
import { canReadPersons } from '@socrehab/domain';
import type { Deps } from '../../app/context';
import { requireCtx } from '../../app/session.plugin';
import { municipalities, organisations, persons, planningRegions } from '../../db/schema';

/** Counts below this are shown as "fewer than" to roles without access to personal data. */
export const SMALL_CELL = 5;

/**
 * Aggregates only, for every role: persons registered per municipality and per planning region
 * (by the municipality of the owning social service). For funders and planners small cells are
 * suppressed so that no one can be singled out.
 */
export function statsRoutes(app: FastifyInstance, deps: Deps) {
  app.get('/api/stats/overview', { schema: { tags: ['stats'], summary: 'Persons per municipality and planning region (aggregates only)' } }, async (request) => {
    const ctx = requireCtx(request, deps);
    const suppress = !canReadPersons(ctx.actor);
    const rows = await ctx.db
      .select({ atvk: municipalities.atvk, nameLv: municipalities.nameLv, nameEn: municipalities.nameEn, region: municipalities.regionCode, persons: count(persons.id) })
      .from(persons)
      .innerJoin(organisations, eq(organisations.id, persons.organisationId))
      .innerJoin(municipalities, eq(municipalities.atvk, organisations.municipalityAtvk))
      .where(isNull(persons.mergedIntoId))
      .groupBy(municipalities.atvk)
      .orderBy(municipalities.nameLv);
    const regions = await ctx.db.select().from(planningRegions).orderBy(planningRegions.code);
    const [{ total } = { total: 0 }] = await ctx.db.select({ total: count() }).from(persons).where(isNull(persons.mergedIntoId));
    const cell = (n: number) => (suppress && n > 0 && n < SMALL_CELL ? { persons: null, suppressed: true } : { persons: n, suppressed: false });
    return {
      personsTotal: total,
      smallCellLimit: suppress ? SMALL_CELL : null,
      byMunicipality: rows.map((m) => ({ atvk: m.atvk, nameLv: m.nameLv, nameEn: m.nameEn, region: m.region, ...cell(m.persons) })),
      byRegion: regions.map((reg) => ({
        code: reg.code, nameLv: reg.nameLv, nameEn: reg.nameEn,
        ...cell(rows.filter((m) => m.region === reg.code).reduce((sum, m) => sum + m.persons, 0)),
      })),
    };
  });
}

import { sql } from 'drizzle-orm';
import { MUNICIPALITIES, PLANNING_REGIONS } from '@socrehab/domain/reference/municipalities';
import type { Db } from '../../db/database';
import { municipalities, planningRegions } from '../../db/schema';

/**
 * Writes the reference data shipped with the product (planning regions, municipalities with their
 * ATVK codes and validity) — idempotent, run at every start so a product update brings new facts.
 */
export async function syncReferenceData(db: Db) {
  await db.transaction(async (tx) => {
    await tx
      .insert(planningRegions)
      .values(PLANNING_REGIONS.map((r) => ({ code: r.code, nameLv: r.nameLv, nameEn: r.nameEn })))
      .onConflictDoUpdate({ target: planningRegions.code, set: { nameLv: sql`excluded.name_lv`, nameEn: sql`excluded.name_en` } });
    // successors first, so the foreign key to them holds
    const ordered = [...MUNICIPALITIES].sort((a, b) => Number(!!a.successorAtvk) - Number(!!b.successorAtvk));
    await tx
      .insert(municipalities)
      .values(ordered.map((m) => ({
        atvk: m.atvk, nameLv: m.nameLv, nameEn: m.nameEn, kind: m.kind, regionCode: m.region,
        validFrom: m.validFrom, validTo: m.validTo, successorAtvk: m.successorAtvk ?? null,
      })))
      .onConflictDoUpdate({
        target: municipalities.atvk,
        set: {
          nameLv: sql`excluded.name_lv`, nameEn: sql`excluded.name_en`, kind: sql`excluded.kind`, regionCode: sql`excluded.region_code`,
          validFrom: sql`excluded.valid_from`, validTo: sql`excluded.valid_to`, successorAtvk: sql`excluded.successor_atvk`,
        },
      });
  });
}

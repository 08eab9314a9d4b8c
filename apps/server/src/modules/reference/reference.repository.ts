import { sql } from 'drizzle-orm';
import { PROGRAMME_DEFINITIONS, type ProgrammeDefinition } from '@socrehab/domain';
import { MUNICIPALITIES, PLANNING_REGIONS } from '@socrehab/domain/reference/municipalities';
import type { Db, Tx } from '../../db/database';
import {
  consentTexts, eligibilityCriteriaSets, municipalities, planningRegions, programmeSettings, programmes, questionnaireForms,
} from '../../db/schema';

/**
 * Writes the reference data shipped with the product — planning regions, municipalities with their
 * ATVK codes and validity, the programmes with their first settings, eligibility criteria and
 * questionnaire, and the consent text — idempotent, run at every start. Later versions that users
 * add (new settings, criteria) are never touched.
 */
export async function syncReferenceData(db: Db) {
  await db.transaction(async (tx) => {
    await syncMunicipalities(tx);
    await syncProgrammes(tx);
    for (const programme of PROGRAMME_DEFINITIONS) await syncProgrammeReferenceData(tx, programme);
  });
}

async function syncMunicipalities(tx: Tx) {
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
}

/** Every registered programme with its names (issue 12): the rows programme data refer to. */
async function syncProgrammes(tx: Tx) {
  await tx.insert(programmes)
    .values(PROGRAMME_DEFINITIONS.map((p) => ({ code: p.code, nameLv: p.names.lv, nameEn: p.names.en })))
    .onConflictDoUpdate({ target: programmes.code, set: { nameLv: sql`excluded.name_lv`, nameEn: sql`excluded.name_en` } });
}

/** A programme's own reference data (its `referenceData`): first settings, criteria, questionnaire, consent texts. */
async function syncProgrammeReferenceData(tx: Tx, programme: ProgrammeDefinition) {
  const programmeCode = programme.code;
  const data = programme.referenceData;
  if (!data) return;
  if (data.settingsFrom) await tx.insert(programmeSettings).values({ programmeCode, effectiveFrom: data.settingsFrom, settings: programme.defaultSettings }).onConflictDoNothing();
  for (const seed of data.criteria ?? []) {
    const atvk = MUNICIPALITIES.find((m) => m.nameLv === seed.municipalityNameLv)!.atvk;
    await tx.insert(eligibilityCriteriaSets)
      .values({ programmeCode, municipalityAtvk: atvk, version: 1, validFrom: seed.validFrom, criteria: [...seed.criteria] })
      .onConflictDoNothing();
  }
  if (data.questionnaire) await tx.insert(questionnaireForms).values({ programmeCode, municipalityAtvk: null, version: 1, fields: [...data.questionnaire] }).onConflictDoNothing();
  if (data.consentTexts?.length) await tx.insert(consentTexts).values(data.consentTexts.map((c) => ({ ...c }))).onConflictDoNothing();
}

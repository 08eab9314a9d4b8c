import { and, desc, eq, inArray, isNull, lte, or, gte, sql } from 'drizzle-orm';
import { computeSettingsInForce } from '@socrehab/domain';
import type { Tx, Reader } from '../../db/database';
import { statementOf } from '../../db/statements';
import { eligibilityCriteriaSets, programmeSettings, questionnaireForms, serviceAgreements } from '../../db/schema';
import { AppError } from '../../shared/errors';

/** The only file with SQL for programme settings, criteria, questionnaires and service agreements. */

/** A settings row with the programme's own settings type `S` (the column holds each programme's settings, checked with its schema when written). */
export type SettingsRow<S = unknown> = Omit<typeof programmeSettings.$inferSelect, 'settings'> & { settings: S };

export async function findSettingsVersions<S = unknown>(db: Reader, programmeCode: string): Promise<SettingsRow<S>[]> {
  const statement = statementOf(db, 'programme-settings-versions', () => db.select().from(programmeSettings)
    .where(eq(programmeSettings.programmeCode, sql.placeholder('programmeCode'))).orderBy(programmeSettings.effectiveFrom));
  return await statement.execute({ programmeCode }) as SettingsRow<S>[];
}

/** The settings version in force on `date`; every rule reads its limits from here. */
export async function getSettingsInForce<S = unknown>(db: Reader, programmeCode: string, date: string): Promise<{ id: string; effectiveFrom: string; settings: S }> {
  const found = computeSettingsInForce(await findSettingsVersions<S>(db, programmeCode), date);
  if (!found) throw new AppError(422, 'programmes.no_settings', 'housing.errors.noSettings', { params: { date } });
  return found;
}

export async function getSettingsById<S = unknown>(db: Reader, id: string): Promise<SettingsRow<S>> {
  const [row] = await db.select().from(programmeSettings).where(eq(programmeSettings.id, id));
  return row! as SettingsRow<S>;
}

/** HF-1.4 the criteria version a municipality had in force on `date`. */
export async function getCriteriaSetInForce(db: Reader, programmeCode: string, municipalityAtvk: string, date: string) {
  const [row] = await db
    .select()
    .from(eligibilityCriteriaSets)
    .where(and(eq(eligibilityCriteriaSets.programmeCode, programmeCode), eq(eligibilityCriteriaSets.municipalityAtvk, municipalityAtvk), lte(eligibilityCriteriaSets.validFrom, date)))
    .orderBy(desc(eligibilityCriteriaSets.version))
    .limit(1);
  return row ?? null;
}

export async function getCriteriaSetById(db: Reader, id: string) {
  const [row] = await db.select().from(eligibilityCriteriaSets).where(eq(eligibilityCriteriaSets.id, id));
  return row!;
}

/** The questionnaire a municipality uses: its own latest version, else the programme's. */
export async function getQuestionnaireForm(db: Reader, programmeCode: string, municipalityAtvk: string) {
  const rows = await db
    .select()
    .from(questionnaireForms)
    .where(and(eq(questionnaireForms.programmeCode, programmeCode), or(eq(questionnaireForms.municipalityAtvk, municipalityAtvk), isNull(questionnaireForms.municipalityAtvk))))
    .orderBy(desc(questionnaireForms.version));
  return rows.find((r) => r.municipalityAtvk === municipalityAtvk) ?? rows[0]!;
}

export async function getQuestionnaireFormById(db: Reader, id: string) {
  const [row] = await db.select().from(questionnaireForms).where(eq(questionnaireForms.id, id));
  return row!;
}

/**
 * The programmes an organisation takes part in by a service agreement, in any period (a programme's
 * history stays readable after its agreement ends): a provider's own agreements, a municipal social
 * service's municipality's.
 */
export async function findProgrammesTakenPartIn(db: Reader, organisation: { id: string; kind: string; municipalityAtvk: string | null }) {
  const party = organisation.kind === 'municipal_social_service'
    ? (organisation.municipalityAtvk ? eq(serviceAgreements.municipalityAtvk, organisation.municipalityAtvk) : null)
    : eq(serviceAgreements.providerOrganisationId, organisation.id);
  if (!party) return [];
  return (await db.selectDistinct({ code: serviceAgreements.programmeCode }).from(serviceAgreements).where(party)).map((r) => r.code);
}

/** Municipalities a provider serves in a programme on `date`. */
export async function findServedMunicipalities(db: Reader, providerOrganisationId: string, programmeCode: string, date: string) {
  const rows = await db
    .select({ atvk: serviceAgreements.municipalityAtvk })
    .from(serviceAgreements)
    .where(and(
      eq(serviceAgreements.providerOrganisationId, providerOrganisationId), eq(serviceAgreements.programmeCode, programmeCode),
      lte(serviceAgreements.validFrom, date), or(isNull(serviceAgreements.validTo), gte(serviceAgreements.validTo, date)),
    ));
  return rows.map((r) => r.atvk);
}

export async function insertSettingsVersion(tx: Tx, values: typeof programmeSettings.$inferInsert) {
  const [row] = await tx.insert(programmeSettings).values(values).returning();
  return row!;
}

/** A municipality's newest criteria version of a programme, or null. */
export async function getLatestCriteriaSet(db: Reader, programmeCode: string, municipalityAtvk: string) {
  const [row] = await db.select().from(eligibilityCriteriaSets)
    .where(and(eq(eligibilityCriteriaSets.programmeCode, programmeCode), eq(eligibilityCriteriaSets.municipalityAtvk, municipalityAtvk)))
    .orderBy(desc(eligibilityCriteriaSets.version)).limit(1);
  return row ?? null;
}

export async function insertCriteriaSet(tx: Tx, values: typeof eligibilityCriteriaSets.$inferInsert) {
  const [row] = await tx.insert(eligibilityCriteriaSets).values(values).returning();
  return row!;
}

export async function insertQuestionnaireForm(tx: Tx, values: typeof questionnaireForms.$inferInsert) {
  const [row] = await tx.insert(questionnaireForms).values(values).returning();
  return row!;
}

/** The settings versions read, per database handle: a version is never changed once stored (a change is a new version). */
const settingsVersions = new WeakMap<Reader, Map<string, unknown>>();

/**
 * Settings versions by id (the versions a set of cases started under): read once per process and database,
 * then kept — a worker's list needs its cases' versions on every request, and they never change.
 */
export async function findSettingsByIds(db: Reader, ids: readonly string[]): Promise<Array<{ id: string; settings: unknown }>> {
  let kept = settingsVersions.get(db);
  if (!kept) settingsVersions.set(db, (kept = new Map()));
  const missing = ids.filter((id) => !kept.has(id));
  if (missing.length) {
    for (const row of await db.select({ id: programmeSettings.id, settings: programmeSettings.settings }).from(programmeSettings).where(inArray(programmeSettings.id, missing))) {
      kept.set(row.id, row.settings);
    }
  }
  return ids.filter((id) => kept.has(id)).map((id) => ({ id, settings: kept.get(id) }));
}

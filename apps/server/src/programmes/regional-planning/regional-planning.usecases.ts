import type { z } from 'zod';
import {
  checkCatalogueVersion, checkCooperationAgreement, checkRoundOpening, checkTargetGroupSplit, computeCatalogueChanges, computeCatalogueInForce, computeNewServiceCode, computeCloseRefusal, computeForecastVsActual, computeGaps, computeNextPartStatus,
  computePartEditRefusal, computeRateForecast, computeRoundProgress, computeSituation, computeTrendForecast, isAgreementInForce, isMunicipalOfficerOf, isRegionPlanner, mapToCatalogue,
  PROGRAMME_SERVICE_MAP, PROGRAMME_TARGET_GROUP, RP_CATALOGUE_VERSIONS, SPLIT_FIGURES, splitKeyOf, suppressCell,
  type CatalogueService, type CatalogueVersion, type PublishCatalogueInput, type confirmPartSchema, type cooperationSchema, type openRoundSchema, type PartStatus, type RpSettings, type SavePartInput, type SituationCell, type YearValue,
} from '@socrehab/domain/programmes/regional-planning/index';
import { MUNICIPALITIES } from '@socrehab/domain/reference/municipalities';
import { type Ctx, originOf, today } from '../../app/context';
import type { Tx, Reader } from '../../db/database';
import { AppError, conflict, forbidden, invalidField, isUniqueViolation, notFound } from '../../shared/errors';
import { appendAuditEvent } from '../../modules/audit/audit.repository';
import { getSettingsInForce } from '../../modules/programmes/programmes.repository';
import { SMALL_CELL } from '../../modules/stats/stats.routes';
import * as repo from './regional-planning.repository';

/**
 * Regional planning (seed 001, RP-1 – RP-7): the region's planner sees the whole region's aggregates and runs
 * the update rounds; a municipal officer of a municipality in the region reads the region's aggregates and
 * edits only their municipality's part. No personal data: every figure is a count or a sum; counts from the
 * product's records under 5 are hidden.
 */

export type Viewer = { kind: 'planner'; regionCode: string } | { kind: 'officer'; regionCode: string; municipalityAtvk: string };

export async function viewerOf(db: Reader, ctx: Ctx): Promise<Viewer> {
  const { actor } = ctx;
  if (isRegionPlanner(actor)) {
    const regionCode = await repo.getOrganisationRegion(db, actor.organisationId);
    if (regionCode) return { kind: 'planner', regionCode };
  }
  const atvk = actor.municipalityAtvk;
  const region = atvk ? MUNICIPALITIES.find((m) => m.atvk === atvk)?.region : undefined;
  if (atvk && region && isMunicipalOfficerOf(actor, atvk)) return { kind: 'officer', regionCode: region, municipalityAtvk: atvk };
  throw forbidden();
}

const requirePlanner = (viewer: Viewer) => {
  if (viewer.kind !== 'planner') throw forbidden();
  return viewer;
};

const yearOf = (day: string) => Number(day.slice(0, 4));
type RoundRow = NonNullable<Awaited<ReturnType<typeof repo.getRound>>>;
type PartRow = Awaited<ReturnType<typeof repo.findParts>>[number];

async function requireRound(db: Reader, id: string, viewer: Viewer): Promise<RoundRow> {
  const round = await repo.getRound(db, id);
  if (!round || round.regionCode !== viewer.regionCode) throw notFound('rp.round_not_found', 'rp.errors.roundNotFound');
  return round;
}

const progressOf = (round: RoundRow, parts: readonly PartRow[], asOf: string) =>
  computeRoundProgress({ status: round.status as 'open' | 'closed', openedOn: round.openedOn, deadline: round.deadline }, parts.map((p) => ({ municipalityAtvk: p.municipalityAtvk, status: p.status as PartStatus, lastRemindedOn: p.lastRemindedOn })), asOf);

/** RP-1 the region's catalogue versions, oldest first: the programme's own first, then those its planner published. */
async function catalogueVersions(db: Reader, regionCode: string) {
  return [{ ...RP_CATALOGUE_VERSIONS[0]!, note: null, publishedAt: null, publishedBy: null }, ...await repo.findCatalogueVersions(db, regionCode)];
}
const inForceOn = (versions: readonly CatalogueVersion[], day: string) => computeCatalogueInForce(versions, day) ?? versions[0]!;
/** RP-1 the catalogue version a round was run on. */
const versionOfRound = (versions: readonly CatalogueVersion[], round: { catalogueVersion: number } | null, day: string) =>
  (round ? versions.find((v) => v.version === round.catalogueVersion) : undefined) ?? inForceOn(versions, day);

/** RP-1 the catalogue in force today with the other programmes' services mapped onto it; every version with what it changed; the latest (the one a new version follows). */
export async function getCatalogue(ctx: Ctx) {
  const viewer = await viewerOf(ctx.db, ctx);
  const versions = await catalogueVersions(ctx.db, viewer.regionCode);
  const inForce = inForceOn(versions, today(ctx));
  const latest = versions.at(-1)!;
  const nameOf = (code: string) => [...versions].reverse().flatMap((v) => v.services).find((x) => x.code === code)?.names ?? { lv: code, en: code };
  return {
    version: inForce.version, validFrom: inForce.validFrom, services: inForce.services, mapping: PROGRAMME_SERVICE_MAP,
    latest: { version: latest.version, validFrom: latest.validFrom, services: latest.services },
    mayPublish: viewer.kind === 'planner',
    versions: versions.map((v, i) => {
      const changes = i === 0 ? { added: [], removed: [], changed: [] } : computeCatalogueChanges(versions[i - 1]!, v);
      return {
        version: v.version, validFrom: v.validFrom, services: v.services.length, note: v.note, publishedAt: v.publishedAt, publishedBy: v.publishedBy, inForce: v.version === inForce.version,
        added: changes.added.map((code) => ({ code, names: nameOf(code) })), removed: changes.removed.map((code) => ({ code, names: nameOf(code) })), changed: changes.changed.map((code) => ({ code, names: nameOf(code) })),
      };
    }),
  };
}

const CATALOGUE_KEYS = { not_after_latest: ['validFrom', 'rp.errors.catalogueNotAfterLatest'], service_twice: ['services', 'rp.errors.serviceTwice'], no_changes: ['services', 'rp.errors.catalogueNoChanges'] } as const;

/**
 * RP-1 the region's planner publishes the catalogue's next version: the services as edited (a new one gets a
 * code from its English name; one left out is retired), in force from a later day than the latest. Against
 * the version they edited: when another planner published first, 409. One transaction, audited.
 */
export async function publishCatalogue(input: PublishCatalogueInput, ctx: Ctx) {
  const viewer = requirePlanner(await viewerOf(ctx.db, ctx));
  try {
    return await ctx.db.transaction(async (tx) => {
      const versions = await catalogueVersions(tx, viewer.regionCode);
      const latest = versions.at(-1)!;
      if (input.basedOnVersion !== latest.version) throw conflict('rp.catalogue_conflict', 'rp.errors.catalogueConflict', { currentVersion: latest.version });
      const taken = new Set(versions.flatMap((v) => v.services.map((x) => x.code)));
      const services: CatalogueService[] = input.services.map((x, i) => {
        if (x.code !== null && !latest.services.some((y) => y.code === x.code)) throw invalidField(`services.${i}.code`, 'validation.invalidOption');
        const code = x.code ?? computeNewServiceCode(x.names.en, taken);
        taken.add(code);
        return { code, names: x.names, description: x.description, lawType: x.lawType, setting: x.setting, targetGroups: [...new Set(x.targetGroups)] };
      });
      const next: CatalogueVersion = { version: latest.version + 1, validFrom: input.validFrom, services };
      const refusal = checkCatalogueVersion(latest, next);
      if (refusal === 'not_next_version') throw conflict('rp.catalogue_conflict', 'rp.errors.catalogueConflict', { currentVersion: latest.version });
      if (refusal) throw invalidField(CATALOGUE_KEYS[refusal][0], CATALOGUE_KEYS[refusal][1]);
      await repo.insertCatalogueVersion(tx, { regionCode: viewer.regionCode, version: next.version, validFrom: next.validFrom, services: [...services], note: input.note ?? null, publishedBy: ctx.actor.userId });
      await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'rp_catalogue_version', entityId: `${viewer.regionCode}:${next.version}`, personId: null,
        changes: { version: next.version, validFrom: next.validFrom, ...computeCatalogueChanges(latest, next) } }, ctx.now());
      return { version: next.version, validFrom: next.validFrom };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('rp.catalogue_conflict', 'rp.errors.catalogueConflict');
    throw error;
  }
}

/** RP-6 the region's rounds, newest first, each with who is done. */
export async function findRounds(ctx: Ctx) {
  const viewer = await viewerOf(ctx.db, ctx);
  const rounds = await repo.findRounds(ctx.db, viewer.regionCode);
  const parts = await repo.findParts(ctx.db, rounds.map((r) => r.id));
  return {
    mayOpen: viewer.kind === 'planner',
    ownMunicipalityAtvk: viewer.kind === 'officer' ? viewer.municipalityAtvk : null,
    items: rounds.map((r) => {
      const own = parts.filter((p) => p.roundId === r.id);
      return { ...presentRound(r), progress: progressOf(r, own, today(ctx)), ownPartStatus: viewer.kind === 'officer' ? own.find((p) => p.municipalityAtvk === viewer.municipalityAtvk)?.status ?? null : null };
    }),
  };
}

const presentRound = (r: RoundRow) => ({ id: r.id, name: r.name, openedOn: r.openedOn, deadline: r.deadline, status: r.status as 'open' | 'closed', closedOn: r.closedOn, catalogueVersion: r.catalogueVersion });

/** RP-6 the region opens a round with a deadline for the municipalities it names (all of the region's by default); each starts from the last closed round's figures. */
export async function openRound(input: z.infer<typeof openRoundSchema> & { municipalities?: string[] }, ctx: Ctx) {
  const viewer = requirePlanner(await viewerOf(ctx.db, ctx));
  const day = today(ctx);
  if (input.openedOn > day) throw invalidField('openedOn', 'rp.errors.openedInFuture');
  if (checkRoundOpening(input.openedOn, input.deadline)) throw invalidField('deadline', 'rp.errors.deadlineNotAfterOpening');
  const region = await repo.findRegionMunicipalities(ctx.db, viewer.regionCode, input.openedOn);
  const chosen = input.municipalities?.length ? [...new Set(input.municipalities)] : region.map((m) => m.atvk);
  if (chosen.some((a) => !region.some((m) => m.atvk === a))) throw invalidField('municipalities', 'rp.errors.notInRegion');
  const catalogue = inForceOn(await catalogueVersions(ctx.db, viewer.regionCode), input.openedOn);
  try {
    return await ctx.db.transaction(async (tx) => {
      const previous = (await repo.findRounds(tx, viewer.regionCode)).find((r) => r.status === 'closed');
      if ((await repo.findRounds(tx, viewer.regionCode)).some((r) => r.status === 'open')) throw conflict('rp.round_open', 'rp.errors.roundOpen');
      const round = await repo.insertRound(tx, { regionCode: viewer.regionCode, name: input.name, openedOn: input.openedOn, deadline: input.deadline, catalogueVersion: catalogue.version, openedBy: ctx.actor.userId }, chosen);
      if (previous) await repo.copyPartContent(tx, previous.id, round.id, chosen);
      await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'rp_round', entityId: round.id, personId: null, changes: { name: input.name, openedOn: input.openedOn, deadline: input.deadline, municipalities: chosen } }, ctx.now());
      return presentRound(round);
    });
  } catch (error) {
    if (isUniqueViolation(error, 'rp_rounds_one_open')) throw conflict('rp.round_open', 'rp.errors.roundOpen');
    throw error;
  }
}

/** RP-6 a round with each municipality's state: the planner sees who is done and whom to remind. */
export async function getRoundDetail(id: string, ctx: Ctx) {
  const viewer = await viewerOf(ctx.db, ctx);
  const round = await requireRound(ctx.db, id, viewer);
  const parts = await repo.findParts(ctx.db, [round.id]);
  const names = await repo.findRegionMunicipalities(ctx.db, viewer.regionCode, round.openedOn);
  const name = (atvk: string) => names.find((m) => m.atvk === atvk);
  return {
    ...presentRound(round),
    progress: progressOf(round, parts, today(ctx)),
    mayManage: viewer.kind === 'planner',
    ownMunicipalityAtvk: viewer.kind === 'officer' ? viewer.municipalityAtvk : null,
    parts: parts.map((p) => ({ municipalityAtvk: p.municipalityAtvk, nameLv: name(p.municipalityAtvk)?.nameLv ?? p.municipalityAtvk, nameEn: name(p.municipalityAtvk)?.nameEn ?? p.municipalityAtvk,
      status: p.status as PartStatus, confirmedOn: p.confirmedOn, lastRemindedOn: p.lastRemindedOn, reminders: p.reminders })),
  };
}

/** RP-2, RP-3, RP-5 a municipality's part: the planner reads any, an officer their own. */
export async function getPart(id: string, atvk: string, ctx: Ctx) {
  const viewer = await viewerOf(ctx.db, ctx);
  if (viewer.kind === 'officer' && viewer.municipalityAtvk !== atvk) throw forbidden();
  const round = await requireRound(ctx.db, id, viewer);
  const part = await repo.getPart(ctx.db, round.id, atvk);
  if (!part) throw notFound('rp.part_not_found', 'rp.errors.partNotFound');
  const [figures, models, forecasts] = await Promise.all([repo.findFigures(ctx.db, [round.id], atvk), repo.findModels(ctx.db, [round.id], atvk), repo.findForecasts(ctx.db, [round.id], atvk)]);
  const settings = (await getSettingsInForce<RpSettings>(ctx.db, repo.PROGRAMME, round.openedOn)).settings;
  return {
    round: presentRound(round), municipalityAtvk: atvk,
    // RP-1 the services of the catalogue version the round was run on
    services: versionOfRound(await catalogueVersions(ctx.db, viewer.regionCode), round, round.openedOn).services, status: part.status as PartStatus, version: part.version, confirmedOn: part.confirmedOn, lastRemindedOn: part.lastRemindedOn,
    mayEdit: computePartEditRefusal({ status: round.status as 'open' | 'closed', openedOn: round.openedOn, deadline: round.deadline }, ctx.actor, atvk) === null,
    figures: figures.map(({ roundId: _r, municipalityAtvk: _m, ...f }) => f),
    model: models.map(({ service, stance, reason }) => ({ service, stance, reason })),
    forecasts: forecasts.map(({ service, year, method, clients, ratePerThousand, residents, projected }) => ({ service, year, method, clients, ratePerThousand: ratePerThousand === null ? null : Number(ratePerThousand), residents, projected })),
    // RP-5 the years a new forecast covers (the programme's settings in force when the round opened)
    forecastYearsAhead: Array.from({ length: settings.forecastYears }, (_, i) => yearOf(round.openedOn) + 1 + i),
  };
}

async function lockEditable(tx: Tx, id: string, atvk: string, ctx: Ctx) {
  const viewer = await viewerOf(tx, ctx);
  await requireRound(tx, id, viewer);
  const round = (await repo.lockRound(tx, id))!;
  const refusal = computePartEditRefusal({ status: round.status as 'open' | 'closed', openedOn: round.openedOn, deadline: round.deadline }, ctx.actor, atvk);
  if (refusal === 'not_own_municipality') throw forbidden();
  if (refusal === 'round_closed') throw conflict('rp.round_closed', 'rp.errors.roundClosed');
  const part = await repo.getPart(tx, round.id, atvk);
  if (!part) throw notFound('rp.part_not_found', 'rp.errors.partNotFound');
  return { round, part };
}

const versionConflict = (current: number) => conflict('rp.version_conflict', 'rp.errors.versionConflict', { currentVersion: current });

/** RP-5 the recorded clients of a service in a municipality by year: each closed round's entry (the year it was opened in). */
async function recordedByYear(tx: Tx, regionCode: string, atvk: string, service: string): Promise<YearValue[]> {
  const closed = (await repo.findRounds(tx, regionCode)).filter((r) => r.status === 'closed');
  const figures = await repo.findFigures(tx, closed.map((r) => r.id), atvk);
  return closed.flatMap((r) => {
    const f = figures.find((x) => x.roundId === r.id && x.service === service);
    return f && f.clients !== null ? [{ year: yearOf(r.openedOn), value: f.clients }] : [];
  });
}

/** RP-2, RP-3, RP-5, RP-7 the officer saves their municipality's part against the version they read (409 when someone else saved first); one transaction, audited. */
export async function savePart(id: string, atvk: string, input: SavePartInput, ctx: Ctx) {
  const seen = new Set<string>();
  input.figures.forEach((f, i) => {
    if (seen.has(f.service)) throw invalidField(`figures.${i}.service`, 'rp.errors.serviceTwice');
    seen.add(f.service);
    // RP-7 each figure's split by target group adds up to the figure
    for (const figure of SPLIT_FIGURES) if (checkTargetGroupSplit(f[figure], f[splitKeyOf(figure)])) throw invalidField(`figures.${i}.${splitKeyOf(figure)}`, 'rp.errors.splitNotTotal');
  });
  if (new Set(input.model.map((m) => m.service)).size !== input.model.length) throw invalidField('model', 'rp.errors.serviceTwice');
  if (new Set(input.forecasts.map((m) => m.service)).size !== input.forecasts.length) throw invalidField('forecasts', 'rp.errors.serviceTwice');
  return ctx.db.transaction(async (tx) => {
    const { round, part } = await lockEditable(tx, id, atvk, ctx);
    // RP-1 only the services of the catalogue version the round was run on
    const catalogue = versionOfRound(await catalogueVersions(tx, round.regionCode), round, round.openedOn);
    const unknown = (rows: readonly { service: string }[]) => rows.findIndex((r) => !catalogue.services.some((x) => x.code === r.service));
    if (unknown(input.figures) >= 0) throw invalidField(`figures.${unknown(input.figures)}.service`, 'validation.invalidOption');
    if (unknown(input.model) >= 0) throw invalidField(`model.${unknown(input.model)}.service`, 'validation.invalidOption');
    if (unknown(input.forecasts) >= 0) throw invalidField(`forecasts.${unknown(input.forecasts)}.service`, 'validation.invalidOption');
    const roundYear = yearOf(round.openedOn);
    const settings = (await getSettingsInForce<RpSettings>(tx, repo.PROGRAMME, round.openedOn)).settings;
    const defaultYears = Array.from({ length: settings.forecastYears }, (_, i) => roundYear + 1 + i);
    const forecasts = [];
    for (const [i, f] of input.forecasts.entries()) {
      const clients = input.figures.find((x) => x.service === f.service)?.clients ?? null;
      if (f.method === 'rate_per_resident') {
        if (!f.residents || f.projection.length === 0 || clients === null) throw invalidField(`forecasts.${i}.residents`, 'rp.errors.residentsRequired');
        const r = computeRateForecast({ clients, residents: f.residents, projection: f.projection });
        forecasts.push(...r.years.map((y) => ({ service: f.service, year: y.year, method: f.method, ratePerThousand: String(r.ratePerThousand), clients: y.value,
          residents: f.residents, projected: f.projection.find((p) => p.year === y.year)?.value ?? null })));
      } else {
        const recorded = (await recordedByYear(tx, round.regionCode, atvk, f.service)).filter((y) => y.year !== roundYear);
        const t = computeTrendForecast(clients === null ? recorded : [...recorded, { year: roundYear, value: clients }], f.years.length ? f.years : defaultYears);
        if (!t) throw invalidField(`forecasts.${i}.method`, 'rp.errors.trendNeedsYears');
        forecasts.push(...t.years.map((y) => ({ service: f.service, year: y.year, method: f.method, ratePerThousand: null, clients: y.value, residents: null, projected: null })));
      }
    }
    const status = computeNextPartStatus(part.status as PartStatus, 'save') as PartStatus;
    const updated = await repo.updatePartAtVersion(tx, part.id, input.expectedVersion, { status, confirmedOn: null, confirmedBy: null, updatedBy: ctx.actor.userId });
    if (!updated) throw versionConflict(part.version);
    await repo.replacePartContent(tx, round.id, atvk, {
      figures: input.figures,
      models: input.model.map((m) => ({ service: m.service, stance: m.stance, reason: m.reason ?? null })),
      forecasts,
    });
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'rp_part', entityId: part.id, personId: null,
      changes: { roundId: round.id, municipalityAtvk: atvk, version: updated.version, figures: input.figures.length, model: input.model.length, forecasts: forecasts.length } }, ctx.now());
    return { status: updated.status as PartStatus, version: updated.version };
  });
}

/** RP-6 the officer confirms their part (it needs saved figures); 409 when it changed since they read it. */
export async function confirmPart(id: string, atvk: string, input: z.infer<typeof confirmPartSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const { round, part } = await lockEditable(tx, id, atvk, ctx);
    if (computeNextPartStatus(part.status as PartStatus, 'confirm') === 'nothing_to_confirm') throw conflict('rp.nothing_to_confirm', 'rp.errors.nothingToConfirm');
    const updated = await repo.updatePartAtVersion(tx, part.id, input.expectedVersion, { status: 'confirmed', confirmedOn: today(ctx), confirmedBy: ctx.actor.userId, updatedBy: ctx.actor.userId });
    if (!updated) throw versionConflict(part.version);
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'rp_part', entityId: part.id, personId: null, changes: { roundId: round.id, municipalityAtvk: atvk, status: { from: part.status, to: 'confirmed' } } }, ctx.now());
    return { status: 'confirmed' as const, version: updated.version };
  });
}

/** RP-6 the planner reminds the municipalities not yet done (each once a day); audited. */
export async function remindRound(id: string, ctx: Ctx) {
  const viewer = requirePlanner(await viewerOf(ctx.db, ctx));
  return ctx.db.transaction(async (tx) => {
    await requireRound(tx, id, viewer);
    const round = (await repo.lockRound(tx, id))!;
    if (round.status === 'closed') throw conflict('rp.round_closed', 'rp.errors.roundClosed');
    const { toRemind } = progressOf(round, await repo.findParts(tx, [round.id]), today(ctx));
    await repo.markReminded(tx, round.id, toRemind, today(ctx));
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'rp_round', entityId: round.id, personId: null, changes: { reminded: toRemind } }, ctx.now());
    return { reminded: toRemind };
  });
}

/** RP-6 the planner closes the round: every part confirmed, or the deadline passed; its figures are then the programme's version. */
export async function closeRound(id: string, ctx: Ctx) {
  const viewer = requirePlanner(await viewerOf(ctx.db, ctx));
  return ctx.db.transaction(async (tx) => {
    await requireRound(tx, id, viewer);
    const round = (await repo.lockRound(tx, id))!;
    const refusal = computeCloseRefusal({ status: round.status as 'open' | 'closed', openedOn: round.openedOn, deadline: round.deadline },
      (await repo.findParts(tx, [round.id])).map((p) => ({ municipalityAtvk: p.municipalityAtvk, status: p.status as PartStatus, lastRemindedOn: p.lastRemindedOn })), today(ctx));
    if (refusal === 'already_closed') throw conflict('rp.round_closed', 'rp.errors.roundClosed');
    if (refusal) throw conflict('rp.parts_unconfirmed', 'rp.errors.partsUnconfirmed');
    await repo.closeRound(tx, round.id, today(ctx), ctx.actor.userId);
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'rp_round', entityId: round.id, personId: null, changes: { status: { from: 'open', to: 'closed' } } }, ctx.now());
    return { status: 'closed' as const, closedOn: today(ctx) };
  });
}

const recordCell = (municipalityAtvk: string, service: string): SituationCell => ({
  municipalityAtvk, service, source: 'records', providers: null, places: null, clients: 0, waiting: null, waitingDays: null, costCents: null, clientsByGroup: {}, placesByGroup: {}, waitingByGroup: {}, costCentsByGroup: {},
});

/** RP-2, RP-7 the records' clients and waiting lists of a year per municipality and catalogue service (clients by the programme's target group), small cells hidden later. */
async function recordCells(db: Reader, atvks: readonly string[], year: number, asOf: string): Promise<SituationCell[]> {
  const to = `${year}-12-31` < asOf ? `${year}-12-31` : asOf;
  const rows = await repo.countClientsFromRecords(db, atvks, `${year}-01-01`, to);
  const cells = new Map<string, SituationCell>();
  for (const r of rows) {
    const service = mapToCatalogue(r.programme);
    if (!service) continue;
    const key = `${r.municipalityAtvk}|${service}`;
    const c = cells.get(key) ?? recordCell(r.municipalityAtvk, service);
    const group = PROGRAMME_TARGET_GROUP[r.programme];
    c.clients = (c.clients ?? 0) + r.clients;
    if (group) c.clientsByGroup = { ...c.clientsByGroup, [group]: (c.clientsByGroup[group] ?? 0) + r.clients };
    cells.set(key, c);
  }
  // RP-2 the waiting list beside the clients served: persons waiting at the period's end; the mean wait of those placed in it, only when 5 or more were placed
  for (const w of await repo.countWaitingFromRecords(db, atvks, `${year}-01-01`, to)) {
    const service = mapToCatalogue(w.programme);
    if (!service) continue;
    const key = `${w.municipalityAtvk}|${service}`;
    const c = cells.get(key) ?? recordCell(w.municipalityAtvk, service);
    const group = PROGRAMME_TARGET_GROUP[w.programme];
    c.waiting = (c.waiting ?? 0) + w.waiting;
    // RP-7 the waiting list's persons in the programme's target group (Housing First's are homeless people)
    if (group) c.waitingByGroup = { ...c.waitingByGroup, [group]: (c.waitingByGroup[group] ?? 0) + w.waiting };
    if (w.placed >= SMALL_CELL && w.meanDays !== null && c.waitingDays === null) c.waitingDays = w.meanDays;
    cells.set(key, c);
  }
  return [...cells.values()];
}

const roundCells = (figures: Awaited<ReturnType<typeof repo.findFigures>>): SituationCell[] =>
  figures.map((f) => ({
    municipalityAtvk: f.municipalityAtvk, service: f.service, source: 'round', providers: f.providers, places: f.places, clients: f.clients, waiting: f.waiting, waitingDays: f.waitingDays, costCents: f.costCents,
    clientsByGroup: f.clientsByGroup, placesByGroup: f.placesByGroup, waitingByGroup: f.waitingByGroup, costCentsByGroup: f.costCentsByGroup,
  }));

/**
 * RP-2 – RP-4, RP-7 the region's situation in a round (default: the latest closed, else the open one); a
 * municipality not in it (or not confirmed) with its latest earlier confirmed figures. Per municipality and catalogue service, the records' clients where the services use the product, the round's
 * entry elsewhere; the gaps; the development models; the cooperation in force.
 */
export async function getOverview(query: { roundId?: string }, ctx: Ctx) {
  const viewer = await viewerOf(ctx.db, ctx);
  const day = today(ctx);
  const rounds = await repo.findRounds(ctx.db, viewer.regionCode);
  const round = query.roundId ? await requireRound(ctx.db, query.roundId, viewer) : rounds.find((r) => r.status === 'closed') ?? rounds[0] ?? null;
  const municipalities = await repo.findRegionMunicipalities(ctx.db, viewer.regionCode, day);
  const catalogue = versionOfRound(await catalogueVersions(ctx.db, viewer.regionCode), round, day);
  const atvks = municipalities.map((m) => m.atvk);
  const year = round ? yearOf(round.openedOn) : yearOf(day);
  // RP-6 versioned by round: each municipality's figures and model from the round asked where it took part (confirmed, or still open), else from its latest earlier closed round it confirmed
  const earlier = round ? rounds.filter((r) => r.openedOn <= round.openedOn && (r.id === round.id || r.status === 'closed')).sort((a, b) => b.openedOn.localeCompare(a.openedOn)) : [];
  const parts = await repo.findParts(ctx.db, earlier.map((r) => r.id));
  const sourceOf = new Map(atvks.flatMap((atvk) => {
    const found = earlier.find((r) => parts.some((p) => p.roundId === r.id && p.municipalityAtvk === atvk && (p.status === 'confirmed' || (r.id === round?.id && r.status === 'open'))));
    return found ? [[atvk, found.id] as const] : [];
  }));
  const fromSource = <T extends { roundId: string; municipalityAtvk: string }>(rows: readonly T[]) => rows.filter((x) => sourceOf.get(x.municipalityAtvk) === x.roundId);
  const sourceRounds = [...new Set(sourceOf.values())];
  const [allFigures, allModels, records, cooperation] = await Promise.all([
    repo.findFigures(ctx.db, sourceRounds), repo.findModels(ctx.db, sourceRounds), recordCells(ctx.db, atvks, year, day), repo.findCooperation(ctx.db, viewer.regionCode),
  ]);
  const figures = fromSource(allFigures);
  const models = fromSource(allModels);
  const inCatalogue = new Set(catalogue.services.map((x) => x.code));
  const cells = computeSituation(records, roundCells(figures)).filter((c) => inCatalogue.has(c.service)).map((c) => suppressCell(c, SMALL_CELL));
  const inForce = cooperation.filter((a) => isAgreementInForce(a, day));
  const cooperating = new Set(inForce.flatMap((a) => a.shares.map((s) => `${s.municipalityAtvk}|${a.service}`)));
  return {
    round: round ? presentRound(round) : null, year, smallCellLimit: SMALL_CELL, catalogue: { version: catalogue.version, validFrom: catalogue.validFrom },
    rounds: rounds.map(presentRound),
    municipalities, services: catalogue.services.map((s) => ({ code: s.code, names: s.names, lawType: s.lawType, setting: s.setting, targetGroups: s.targetGroups })),
    cells, gaps: computeGaps(atvks, catalogue.services.map((s) => s.code), cells, cooperating),
    models: models.map(({ municipalityAtvk, service, stance, reason }) => ({ municipalityAtvk, service, stance, reason })),
    cooperation: cooperation.map((a) => ({ id: a.id, service: a.service, name: a.name, validFrom: a.validFrom, validTo: a.validTo, shares: a.shares, inForce: isAgreementInForce(a, day) })),
  };
}

/**
 * RP-5 forecast beside actual for a service (or all) in a municipality (or the region): each year's forecast
 * from the last closed round opened before that year; the actual from the round of that year, the records'
 * clients winning where the services use the product; a total from records under 5 is hidden.
 */
export async function getForecastVsActual(query: { municipalityAtvk?: string; service?: string }, ctx: Ctx) {
  const viewer = await viewerOf(ctx.db, ctx);
  const day = today(ctx);
  const municipalities = await repo.findRegionMunicipalities(ctx.db, viewer.regionCode, day);
  if (query.municipalityAtvk && !municipalities.some((m) => m.atvk === query.municipalityAtvk)) throw invalidField('municipalityAtvk', 'rp.errors.notInRegion');
  const atvks = query.municipalityAtvk ? [query.municipalityAtvk] : municipalities.map((m) => m.atvk);
  const closed = (await repo.findRounds(ctx.db, viewer.regionCode)).filter((r) => r.status === 'closed').sort((a, b) => a.openedOn.localeCompare(b.openedOn));
  const forecasts = (await repo.findForecasts(ctx.db, closed.map((r) => r.id), query.municipalityAtvk, query.service)).filter((f) => atvks.includes(f.municipalityAtvk));
  const figures = (await repo.findFigures(ctx.db, closed.map((r) => r.id), query.municipalityAtvk)).filter((f) => atvks.includes(f.municipalityAtvk) && (!query.service || f.service === query.service));
  const forecastYears = [...new Set(forecasts.map((f) => f.year))];
  const forecast: YearValue[] = forecastYears.map((year) => {
    const made = closed.filter((r) => yearOf(r.openedOn) < year && forecasts.some((f) => f.roundId === r.id && f.year === year)).at(-1)!;
    return { year, value: forecasts.filter((f) => f.roundId === made.id && f.year === year).reduce((t, f) => t + f.clients, 0) };
  });
  let hidden = false;
  const actual: YearValue[] = [];
  for (const r of closed) {
    const year = yearOf(r.openedOn);
    const records = (await recordCells(ctx.db, atvks, year, day)).filter((c) => !query.service || c.service === query.service);
    const merged = computeSituation(records, roundCells(figures.filter((f) => f.roundId === r.id)));
    const fromRecords = merged.filter((c) => c.source === 'records').reduce((t, c) => t + (c.clients ?? 0), 0);
    const total = merged.reduce((t, c) => t + (c.clients ?? 0), 0);
    if (fromRecords > 0 && total < SMALL_CELL) { hidden = true; continue; }
    actual.push({ year, value: total });
  }
  return { municipalityAtvk: query.municipalityAtvk ?? null, service: query.service ?? null, hidden, rows: computeForecastVsActual(forecast, actual, day) };
}

/** RP-4 the region's cooperation agreements. */
export async function findCooperation(ctx: Ctx) {
  const viewer = await viewerOf(ctx.db, ctx);
  return { items: (await repo.findCooperation(ctx.db, viewer.regionCode)).map((a) => ({ id: a.id, service: a.service, name: a.name, validFrom: a.validFrom, validTo: a.validTo, shares: a.shares, inForce: isAgreementInForce(a, today(ctx)) })), mayAdd: viewer.kind === 'planner' };
}

const COOPERATION_KEYS = {
  too_few_partners: 'rp.errors.tooFewPartners', partner_twice: 'rp.errors.partnerTwice', cost_not_100: 'rp.errors.costNot100', places_not_100: 'rp.errors.placesNot100',
  share_out_of_range: 'rp.errors.shareOutOfRange', ends_before_start: 'rp.errors.endsBeforeStart',
} as const;

/** RP-4 the planner records an agreement: partners of the region, shares of cost and places each summing to 100 %; audited. */
export async function addCooperation(input: z.infer<typeof cooperationSchema>, ctx: Ctx) {
  const viewer = requirePlanner(await viewerOf(ctx.db, ctx));
  const problems = checkCooperationAgreement(input);
  if (problems.length) {
    throw new AppError(400, 'validation.failed', 'errors.validation', { fields: Object.fromEntries(problems.map((p) => [p.field, COOPERATION_KEYS[p.problem]])) });
  }
  const region = await repo.findRegionMunicipalities(ctx.db, viewer.regionCode, input.validFrom);
  if (input.shares.some((s) => !region.some((m) => m.atvk === s.municipalityAtvk))) throw invalidField('shares', 'rp.errors.notInRegion');
  if (!inForceOn(await catalogueVersions(ctx.db, viewer.regionCode), input.validFrom).services.some((x) => x.code === input.service)) throw invalidField('service', 'validation.invalidOption');
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertCooperation(tx, { ...input, regionCode: viewer.regionCode, createdBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'rp_cooperation', entityId: row.id, personId: null, changes: { ...input } }, ctx.now());
    return { id: row.id };
  });
}

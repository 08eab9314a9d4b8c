import type { z } from 'zod';
import {
  canManageDwellings, canWorkWithDwellings, foldForSearch,
  PROGRAMME_DEFINITIONS, type CorePart, type DwellingFields, type updateDwellingSchema,
} from '@socrehab/domain';
import { type Ctx, originOf } from '../../app/context';
import type { Tx } from '../../db/database';
import { AppError, conflict, forbidden } from '../../shared/errors';
import { appendAuditEvent } from '../audit/audit.repository';
import { diffFields } from '../audit/audit.events';
import { findServedMunicipalities } from '../programmes/programmes.repository';
import * as repo from './dwellings.repository';

export const dwellingNotFound = () => new AppError(404, 'dwellings.not_found', 'housing.errors.dwellingNotFound');

const toRow = (d: DwellingFields) => ({
  municipalityAtvk: d.municipalityAtvk, address: d.address, addressFolded: foldForSearch(d.address), source: d.source, landlord: d.landlord,
  rooms: d.rooms, floor: d.floor, hasLift: d.hasLift, accessible: d.accessible, petsAllowed: d.petsAllowed, amenities: d.amenities,
  rentCents: Math.round(d.rentEuros * 100), utilitiesCents: Math.round(d.utilitiesEuros * 100), notes: d.notes,
});

/** The municipalities an organisation works in: its own (a social service) or those it serves (a provider) in a programme that houses people. */
export async function workingMunicipalities(tx: Tx, ctx: Ctx, date: string) {
  const served: string[] = [];
  if (ctx.actor.organisationKind === 'service_provider') {
    for (const programme of PROGRAMME_DEFINITIONS) {
      if ((programme.uses as readonly CorePart[]).includes('dwelling')) served.push(...await findServedMunicipalities(tx, ctx.actor.organisationId, programme.code, date));
    }
  }
  return { served: [...new Set(served)], all: [...new Set([...served, ...(ctx.actor.municipalityAtvk ? [ctx.actor.municipalityAtvk] : [])])] };
}

/** HF-3.1.5 adds a dwelling to the housing stock of the actor's organisation. */
export async function createDwelling(input: DwellingFields, ctx: Ctx) {
  if (!canManageDwellings(ctx.actor, ctx.actor.organisationId) || !['housing_provider', 'service_provider', 'municipal_social_service'].includes(ctx.actor.organisationKind)) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const dwelling = await repo.insertDwelling(tx, { ...toRow(input), organisationId: ctx.actor.organisationId, createdBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'dwelling', entityId: dwelling.id, personId: null, changes: diffFields(null, toRow(input)) }, ctx.now());
    return { dwelling };
  });
}

/** Edits a dwelling and its status; the version guards against a silent overwrite. */
export async function updateDwelling(id: string, input: z.infer<typeof updateDwellingSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const current = await repo.getDwellingById(tx, id, true);
    if (!current) throw dwellingNotFound();
    if (!canManageDwellings(ctx.actor, current.organisationId)) throw forbidden();
    if (current.version !== input.version) throw conflict('dwellings.version_conflict', 'housing.errors.versionConflict', { current });
    const next = { ...toRow(input.dwelling), status: input.status };
    await repo.updateDwelling(tx, id, { ...next, version: current.version + 1, updatedAt: ctx.now().toISOString() });
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'update', entityType: 'dwelling', entityId: id, personId: null,
      changes: diffFields(pick(current, Object.keys(next)), next),
    }, ctx.now());
    return { dwelling: await repo.getDwellingById(tx, id) };
  });
}

const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));

/** The housing stock the actor works with: their organisation's and that of the municipalities they serve. */
export async function listDwellings(filter: { status?: string; municipalityAtvk?: string; date: string }, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const { all } = await workingMunicipalities(tx, ctx, filter.date);
    if (ctx.actor.organisationKind === 'funder' || ctx.actor.organisationKind === 'planning_region') throw forbidden();
    // a housing provider sees the dwellings it keeps, not other providers' in the same municipality (issue 11 §5)
    const municipalityAtvks = ctx.actor.organisationKind === 'housing_provider' ? [] : all;
    const rows = await repo.findDwellings(tx, { organisationId: ctx.actor.organisationId, municipalityAtvks, status: filter.status, municipalityAtvk: filter.municipalityAtvk });
    return { items: rows.map((r) => ({ ...presentDwelling(r.dwelling), organisationName: r.organisationName, canEdit: canManageDwellings(ctx.actor, r.dwelling.organisationId) })) };
  });
}

/** The handovers into the actor's organisation's own dwellings: what a housing provider sees of a move-in (issue 11 §5). */
export async function listHandovers(ctx: Ctx) {
  if (!canWorkWithDwellings(ctx.actor)) throw forbidden();
  return { items: await repo.findHandoversOfDwellingsKeptBy(ctx.db, ctx.actor.organisationId) };
}

export function presentDwelling(d: typeof import('../../db/schema').dwellings.$inferSelect) {
  const { addressFolded: _folded, rentCents, utilitiesCents, ...rest } = d;
  return { ...rest, rentEuros: rentCents / 100, utilitiesEuros: utilitiesCents / 100 };
}

/** HF-3.1.5 an application's offers side by side: location, floor, lift, amenities, rent. */
export async function findOfferComparison(tx: Tx, applicationId: string) {
  const rows = await repo.findOffersOfRound(tx, { applicationId });
  return rows.map((r) => ({ ...r.offer, dwelling: presentDwelling(r.dwelling) }));
}

import type { z } from 'zod';
import {
  canManageDwellings, canOfferDwellings, checkDwellingOffer, computeDwellingMatches, computeHousingFirstAbilities, foldForSearch,
  type answerOfferSchema, type DwellingFields, type HousingNeeds, type offerDwellingSchema, type updateDwellingSchema,
} from '@socrehab/domain';
import { type Ctx, originOf } from '../../app/context';
import type { Tx } from '../../db/database';
import { AppError, conflict, forbidden } from '../../shared/errors';
import { appendAuditEvent } from '../audit/audit.repository';
import { diffFields } from '../audit/audit.events';
import { requireVisibleApplication } from '../applications/applications.usecases';
import { getWaitingListEntryOfApplication } from '../applications/applications.repository';
import { findServedMunicipalities, getSettingsById } from '../programmes/programmes.repository';
import { requirePastDate } from '../../shared/fact-dates';
import * as repo from './dwellings.repository';
import { answerRehousingOffer } from './rehousing.usecases';

export const dwellingNotFound = () => new AppError(404, 'dwellings.not_found', 'housing.errors.dwellingNotFound');

const toRow = (d: DwellingFields) => ({
  municipalityAtvk: d.municipalityAtvk, address: d.address, addressFolded: foldForSearch(d.address), source: d.source, landlord: d.landlord,
  rooms: d.rooms, floor: d.floor, hasLift: d.hasLift, accessible: d.accessible, petsAllowed: d.petsAllowed, amenities: d.amenities,
  rentCents: Math.round(d.rentEuros * 100), utilitiesCents: Math.round(d.utilitiesEuros * 100), notes: d.notes,
});

/** The municipalities an organisation works in: its own (a social service) or those it serves (a provider). */
export async function workingMunicipalities(tx: Tx, ctx: Ctx, date: string) {
  const served = ctx.actor.organisationKind === 'service_provider' ? await findServedMunicipalities(tx, ctx.actor.organisationId, 'housing_first', date) : [];
  return { served, all: [...new Set([...served, ...(ctx.actor.municipalityAtvk ? [ctx.actor.municipalityAtvk] : [])])] };
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
  if (!computeHousingFirstAbilities(ctx.actor).dwellings) throw forbidden();
  return { items: await repo.findHandoversOfDwellingsKeptBy(ctx.db, ctx.actor.organisationId) };
}

export function presentDwelling(d: typeof import('../../db/schema').dwellings.$inferSelect) {
  const { addressFolded: _folded, rentCents, utilitiesCents, ...rest } = d;
  return { ...rest, rentEuros: rentCents / 100, utilitiesEuros: utilitiesCents / 100 };
}

/** What the questionnaire answers say for matching (HF-3.1.3 → HF-3.1.5). */
export function housingNeedsOf(answers: Record<string, unknown>): HousingNeeds {
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const bool = (v: unknown) => (typeof v === 'boolean' ? v : null);
  return {
    householdSize: num(answers.householdSize), maxFloorWithoutLift: num(answers.maxFloorWithoutLift),
    needsAccessible: bool(answers.needsAccessible), hasPets: bool(answers.hasPets),
    preferredArea: typeof answers.preferredArea === 'string' ? answers.preferredArea : null,
  };
}

async function requireOfferingRights(tx: Tx, ctx: Ctx, applicationId: string, date: string) {
  const application = await requireVisibleApplication(tx, ctx, applicationId, true);
  const { served } = await workingMunicipalities(tx, ctx, date);
  if (!canOfferDwellings(ctx.actor, served, application.municipalityAtvk)) throw forbidden();
  return application;
}

/** HF-3.1.5 the available dwellings that fit the person's questionnaire, best first. */
export async function proposeDwellings(applicationId: string, date: string, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const application = await requireOfferingRights(tx, ctx, applicationId, date);
    const needs = housingNeedsOf(application.answers);
    const candidates = await repo.findAvailableDwellingsIn(tx, application.municipalityAtvk);
    const matches = computeDwellingMatches(candidates, application.municipalityAtvk, needs, needs.preferredArea ? foldForSearch(needs.preferredArea) : null);
    return { items: matches.map((m) => ({ dwelling: presentDwelling(m.dwelling), score: m.score, reasons: m.reasons })) };
  });
}

/**
 * HF-3.1.5 offers a dwelling to a person on the waiting list: at most the programme's number of
 * offers (3) per housing round; the dwelling must be available and in the person's municipality.
 */
export async function offerDwelling(applicationId: string, input: z.infer<typeof offerDwellingSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const application = await requireOfferingRights(tx, ctx, applicationId, input.offeredOn);
    const entry = await getWaitingListEntryOfApplication(tx, applicationId);
    if (application.status !== 'granted' || !entry || entry.leftOn) throw new AppError(422, 'housing.not_on_waiting_list', 'housing.errors.notOnWaitingList');
    requirePastDate('offeredOn', input.offeredOn, ctx);
    if (input.offeredOn < entry.addedOn) throw new AppError(400, 'validation.failed', 'errors.validation', { fields: { offeredOn: 'housing.errors.beforeDecision' } });
    const dwelling = await repo.getDwellingById(tx, input.dwellingId, true);
    if (!dwelling) throw dwellingNotFound();
    if (dwelling.status !== 'available' || dwelling.municipalityAtvk !== application.municipalityAtvk) {
      throw new AppError(422, 'dwellings.not_available', 'housing.errors.dwellingNotAvailable');
    }
    const offers = await repo.findOffersOfRound(tx, { applicationId });
    const round = Math.max(1, ...offers.map((o) => o.offer.round));
    const inRound = offers.filter((o) => o.offer.round === round);
    if (inRound.some((o) => o.offer.answer === 'chosen')) throw conflict('offers.already_chosen', 'housing.errors.dwellingAlreadyChosen');
    if (inRound.some((o) => o.offer.dwellingId === input.dwellingId)) throw conflict('offers.already_offered', 'housing.errors.alreadyOffered');
    const { settings } = await getSettingsById(tx, application.settingsId);
    const check = checkDwellingOffer(inRound.length, settings.maxDwellingsOffered);
    if (!check.allowed) throw new AppError(422, 'offers.too_many', 'housing.errors.tooManyOffers', { params: { limit: check.limit } });
    const offer = await repo.insertOffer(tx, {
      organisationId: ctx.actor.organisationId, applicationId, dwellingId: input.dwellingId, round, offeredOn: input.offeredOn, offeredBy: ctx.actor.userId,
    });
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'dwelling_offer', entityId: offer.id, personId: application.personId, changes: { dwellingId: input.dwellingId, offeredOn: input.offeredOn, round } }, ctx.now());
    return { offer };
  });
}

/** HF-3.1.5 the person's choice or refusal; the chosen dwelling is reserved for them (a re-housing round's offer too, HF-3.2.6). */
export async function answerOffer(offerId: string, input: z.infer<typeof answerOfferSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const offer = await repo.getOfferById(tx, offerId);
    if (!offer) throw new AppError(404, 'offers.not_found', 'housing.errors.offerNotFound');
    requirePastDate('answeredOn', input.answeredOn, ctx);
    if (!offer.applicationId) return answerRehousingOffer(tx, ctx, offer, input);
    const application = await requireOfferingRights(tx, ctx, offer.applicationId, input.answeredOn);
    if (offer.answer !== 'pending') throw conflict('offers.already_answered', 'housing.errors.offerAlreadyAnswered');
    if (input.answeredOn < offer.offeredOn) {
      throw new AppError(400, 'validation.failed', 'errors.validation', { fields: { answeredOn: 'housing.errors.beforeSubmission' } });
    }
    if (input.answer === 'chosen') {
      const others = await repo.findOffersOfRound(tx, { applicationId: offer.applicationId });
      if (others.some((o) => o.offer.round === offer.round && o.offer.answer === 'chosen')) throw conflict('offers.already_chosen', 'housing.errors.dwellingAlreadyChosen');
      const dwelling = await repo.getDwellingById(tx, offer.dwellingId, true);
      if (dwelling!.status !== 'available') throw new AppError(422, 'dwellings.not_available', 'housing.errors.dwellingNotAvailable');
      await repo.updateDwelling(tx, offer.dwellingId, { status: 'reserved', version: dwelling!.version + 1, updatedAt: ctx.now().toISOString() });
    }
    await repo.updateOffer(tx, offerId, { answer: input.answer, answeredOn: input.answeredOn, note: input.note });
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'dwelling_offer', entityId: offerId, personId: application.personId, changes: { answer: { from: 'pending', to: input.answer } } }, ctx.now());
    return { offer: { ...offer, answer: input.answer, answeredOn: input.answeredOn, note: input.note } };
  });
}

/** HF-3.1.5 an application's offers side by side: location, floor, lift, amenities, rent. */
export async function findOfferComparison(tx: Tx, applicationId: string) {
  const rows = await repo.findOffersOfRound(tx, { applicationId });
  return rows.map((r) => ({ ...r.offer, dwelling: presentDwelling(r.dwelling) }));
}

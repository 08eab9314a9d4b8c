import type { ProgrammeSettings } from '@socrehab/domain/programmes/housing-first/index';
import type { z } from 'zod';
import { foldForSearch } from '@socrehab/domain';
import { canOfferDwellings, checkDwellingOffer, computeDwellingMatches, type answerOfferSchema, type offerDwellingSchema } from '@socrehab/domain/programmes/housing-first/index';
import { type Ctx, originOf } from '../../../app/context';
import type { Tx } from '../../../db/database';
import { AppError, conflict, forbidden } from '../../../shared/errors';
import { requirePastDate } from '../../../shared/fact-dates';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { requireVisibleApplication } from '../applications/applications.usecases';
import { getWaitingListEntryOfApplication } from '../applications/applications.repository';
import { housingNeedsOf } from './housing-needs';
import * as repo from '../../../modules/dwellings/dwellings.repository';
import { dwellingNotFound, presentDwelling, workingMunicipalities } from '../../../modules/dwellings/dwellings.usecases';
import { getSettingsById } from '../../../modules/programmes/programmes.repository';
import { answerRehousingOffer } from './rehousing.usecases';

/**
 * HF-3.1.5 offers of dwellings to the persons on the waiting list, and (rehousing.usecases.ts) HF-3.2.6
 * the offers of a re-housing round: above applications, cases and the housing stock, which it uses.
 */

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
    const { settings } = await getSettingsById<ProgrammeSettings>(tx, application.settingsId);
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

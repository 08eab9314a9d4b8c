import type { ProgrammeSettings } from '@socrehab/domain/programmes/housing-first/index';
import type { z } from 'zod';
import { canRecordOnCase, foldForSearch, type UiLanguage } from '@socrehab/domain';
import { canRehouse, checkRehousingOffer, computeRehousingProposals, type answerOfferSchema, type offerDwellingSchema, type recordRehousingMoveSchema, type RehousingOfferCheck } from '@socrehab/domain/programmes/housing-first/index';
import { type Ctx, originOf, today } from '../../../app/context';
import type { Tx } from '../../../db/database';
import type { dwellingOffers } from '../../../db/schema';
import { AppError, conflict, forbidden, invalidField } from '../../../shared/errors';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { addressAccessFor, printedAddress } from '../../../modules/access/address-protection';
import { getApplicationById } from '../applications/applications.repository';
import { findIncidents, findTeam, updateCase } from '../../../modules/cases/cases.repository';
import { requireVisibleCase, settingsOfCase } from '../../../modules/cases/cases.usecases';
import { requireFactDate } from '../../../shared/fact-dates';
import * as dwellingsRepo from '../../../modules/dwellings/dwellings.repository';
import { dwellingNotFound, presentDwelling } from '../../../modules/dwellings/dwellings.usecases';
import { housingNeedsOf } from './housing-needs';
import * as repo from './rehousing.repository';

type RoundRow = NonNullable<Awaited<ReturnType<typeof repo.getRoundById>>>;

const noOpenRound = () => new AppError(404, 'rehousing.no_open_round', 'housing.rehousing.noOpenRound');
const roundClosed = () => new AppError(422, 'rehousing.round_closed', 'housing.rehousing.roundClosed');

async function isOnTeam(tx: Tx, caseId: string, userId: string, date: string) {
  return (await findTeam(tx, caseId)).some(({ member }) => member.userId === userId && member.fromDate <= date && (!member.toDate || member.toDate >= date));
}

/** A visible, open case the actor may re-house (its team or manager, or the municipality's social service). */
async function requireRehousingCase(tx: Tx, ctx: Ctx, caseId: string) {
  const theCase = await requireVisibleCase(tx, ctx, caseId, true);
  if (!canRehouse(ctx.actor, theCase.organisationId, theCase.municipalityAtvk, await isOnTeam(tx, caseId, ctx.actor.userId, today(ctx)))) throw forbidden();
  if (theCase.closedOn) throw roundClosed();
  return theCase;
}

const presentOffer = (r: Awaited<ReturnType<typeof dwellingsRepo.findOffersOfRound>>[number]) => ({ ...r.offer, dwelling: presentDwelling(r.dwelling) });

/** A round as shown; the dwellings are the client's homes, so a protected address (issue 14) shows as its label to those without a need to know. */
async function presentRound(tx: Tx, round: RoundRow, home: (address: string | null) => string | null) {
  const address = async (id: string | null) => (id ? home((await dwellingsRepo.getDwellingById(tx, id))?.address ?? null) : null);
  return {
    ...round,
    fromAddress: await address(round.fromDwellingId),
    toAddress: await address(round.toDwellingId),
    offers: (await dwellingsRepo.findOffersOfRound(tx, { rehousingRoundId: round.id })).map(presentOffer)
      .map((o) => ({ ...o, dwelling: { ...o.dwelling, address: home(o.dwelling.address) ?? o.dwelling.address } })),
  };
}

/**
 * HF-3.2.6 the case's re-housing: the open round with its proposals (the first round's matching,
 * HF-3.1.5, without the dwelling being left) and offers, the closed rounds as the history of dwelling
 * changes, the incidents, and what the actor may do. The view is audited.
 */
export async function getRehousing(caseId: string, ctx: Ctx, language: UiLanguage = 'lv') {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireVisibleCase(tx, ctx, caseId);
    const access = await addressAccessFor(tx, ctx, theCase.personId);
    const home = (address: string | null) => (address === null ? null : printedAddress(address, access, language));
    const onTeam = await isOnTeam(tx, caseId, ctx.actor.userId, today(ctx));
    const rehouse = canRehouse(ctx.actor, theCase.organisationId, theCase.municipalityAtvk, onTeam) && !theCase.closedOn;
    const { settings } = await settingsOfCase<ProgrammeSettings>(tx, theCase);
    const rounds = await Promise.all((await repo.findRoundsOfCase(tx, caseId)).map((r) => presentRound(tx, r, home)));
    const open = rounds.find((r) => !r.closedOn) ?? null;
    let proposals: Array<{ dwelling: ReturnType<typeof presentDwelling>; score: number; reasons: string[] }> = [];
    if (open && rehouse && !open.offers.some((o) => o.answer === 'chosen')) {
      const application = theCase.applicationId ? await getApplicationById(tx, theCase.applicationId) : null;
      const needs = housingNeedsOf(application?.answers ?? {});
      const candidates = await dwellingsRepo.findAvailableDwellingsIn(tx, theCase.municipalityAtvk);
      proposals = computeRehousingProposals(candidates, theCase.municipalityAtvk, needs, needs.preferredArea ? foldForSearch(needs.preferredArea) : null, {
        currentDwellingId: open.fromDwellingId, offeredIds: open.offers.map((o) => o.dwellingId),
      }).map((m) => ({ dwelling: presentDwelling(m.dwelling), score: m.score, reasons: m.reasons }));
    }
    await appendAuditEvent(tx, originOf(ctx), { action: 'view', entityType: 'case', entityId: caseId, personId: theCase.personId, changes: { part: 'rehousing' } }, ctx.now());
    return {
      caseStatus: theCase.status,
      open,
      proposals,
      history: rounds.filter((r) => r.closedOn),
      incidents: await findIncidents(tx, caseId),
      maxDwellingsOffered: settings.maxDwellingsOffered,
      abilities: { rehouse, recordIncident: canRecordOnCase(ctx.actor, theCase.organisationId, onTeam) && !theCase.closedOn },
    };
  });
}

function refusal(check: Exclude<RehousingOfferCheck, { allowed: true }>): AppError {
  switch (check.reason) {
    case 'round_closed': return roundClosed();
    case 'current_dwelling': return new AppError(422, 'rehousing.current_dwelling', 'housing.rehousing.currentDwelling');
    case 'already_chosen': return conflict('offers.already_chosen', 'housing.errors.dwellingAlreadyChosen');
    case 'already_offered': return conflict('offers.already_offered', 'housing.errors.alreadyOffered');
    case 'too_many': return new AppError(422, 'rehousing.too_many_offers', 'housing.rehousing.tooManyOffers', { params: { limit: check.limit } });
  }
}

/**
 * HF-3.2.6 with HF-3.1.5 offers a dwelling in the open re-housing round: available, in the case's
 * municipality, not the dwelling being left, at most the programme's number (3) in this round.
 */
export async function offerRehousingDwelling(caseId: string, input: z.infer<typeof offerDwellingSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRehousingCase(tx, ctx, caseId);
    requireFactDate(theCase, 'offeredOn', input.offeredOn, ctx);
    const round = await repo.getOpenRoundOfCase(tx, caseId, true);
    if (!round) throw noOpenRound();
    const dwelling = await dwellingsRepo.getDwellingById(tx, input.dwellingId, true);
    if (!dwelling) throw dwellingNotFound();
    const offers = await dwellingsRepo.findOffersOfRound(tx, { rehousingRoundId: round.id });
    const { settings } = await settingsOfCase<ProgrammeSettings>(tx, theCase);
    const check = checkRehousingOffer(round, offers.map((o) => o.offer), input.dwellingId, settings.maxDwellingsOffered);
    if (!check.allowed) throw refusal(check);
    if (dwelling.status !== 'available' || dwelling.municipalityAtvk !== theCase.municipalityAtvk) {
      throw new AppError(422, 'dwellings.not_available', 'housing.errors.dwellingNotAvailable');
    }
    if (input.offeredOn < round.openedOn) throw invalidField('offeredOn', 'housing.rehousing.offerBeforeBreach');
    // the granting round is round 1; each re-housing round of the case counts on from there
    const ordinal = (await repo.findRoundsOfCase(tx, caseId)).filter((r) => r.openedOn < round.openedOn || r.id === round.id).length + 1;
    const offer = await dwellingsRepo.insertOffer(tx, {
      organisationId: ctx.actor.organisationId, applicationId: null, rehousingRoundId: round.id, dwellingId: input.dwellingId, round: ordinal,
      offeredOn: input.offeredOn, offeredBy: ctx.actor.userId,
    });
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'create', entityType: 'dwelling_offer', entityId: offer.id, personId: theCase.personId,
      changes: { dwellingId: input.dwellingId, offeredOn: input.offeredOn, rehousingRoundId: round.id },
    }, ctx.now());
    return { offer };
  });
}

/**
 * HF-3.2.6 the person's choice or refusal of a re-housing offer (called by the one answer endpoint,
 * inside its transaction); the chosen dwelling is reserved for the move.
 */
export async function answerRehousingOffer(tx: Tx, ctx: Ctx, offer: typeof dwellingOffers.$inferSelect, input: z.infer<typeof answerOfferSchema>) {
  const first = await repo.getRoundById(tx, offer.rehousingRoundId!);
  const theCase = await requireRehousingCase(tx, ctx, first!.caseId);
  const round = (await repo.getRoundById(tx, first!.id, true))!;
  if (round.closedOn) throw roundClosed();
  if (offer.answer !== 'pending') throw conflict('offers.already_answered', 'housing.errors.offerAlreadyAnswered');
  if (input.answeredOn < offer.offeredOn) throw invalidField('answeredOn', 'housing.rehousing.answerBeforeOffer');
  if (input.answer === 'chosen') {
    if ((await dwellingsRepo.findOffersOfRound(tx, { rehousingRoundId: round.id })).some((o) => o.offer.answer === 'chosen')) throw conflict('offers.already_chosen', 'housing.errors.dwellingAlreadyChosen');
    const dwelling = await dwellingsRepo.getDwellingById(tx, offer.dwellingId, true);
    if (dwelling!.status !== 'available') throw new AppError(422, 'dwellings.not_available', 'housing.errors.dwellingNotAvailable');
    await dwellingsRepo.updateDwelling(tx, offer.dwellingId, { status: 'reserved', version: dwelling!.version + 1, updatedAt: ctx.now().toISOString() });
  }
  await dwellingsRepo.updateOffer(tx, offer.id, { answer: input.answer, answeredOn: input.answeredOn, note: input.note });
  await appendAuditEvent(tx, originOf(ctx), {
    action: 'update', entityType: 'dwelling_offer', entityId: offer.id, personId: theCase.personId,
    changes: { answer: { from: 'pending', to: input.answer }, rehousingRoundId: round.id },
  }, ctx.now());
  return { offer: { ...offer, answer: input.answer, answeredOn: input.answeredOn, note: input.note } };
}

async function setDwellingStatus(tx: Tx, ctx: Ctx, id: string, from: string, to: string, version: number) {
  await dwellingsRepo.updateDwelling(tx, id, { status: to, version: version + 1, updatedAt: ctx.now().toISOString() });
  await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'dwelling', entityId: id, personId: null, changes: { status: { from, to } } }, ctx.now());
}

/**
 * HF-3.2.6 the move to the dwelling chosen in the open round, on its day: the new dwelling becomes
 * occupied, the one left available again (its keys handed back), the case points to the new one, and
 * the round closes as the history of the change. The case stays open — the service never pauses.
 */
export async function recordRehousingMove(caseId: string, input: z.infer<typeof recordRehousingMoveSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRehousingCase(tx, ctx, caseId);
    requireFactDate(theCase, 'movedOn', input.movedOn, ctx);
    const round = await repo.getOpenRoundOfCase(tx, caseId, true);
    if (!round) throw noOpenRound();
    const chosen = (await dwellingsRepo.findOffersOfRound(tx, { rehousingRoundId: round.id })).find((o) => o.offer.answer === 'chosen');
    if (!chosen) throw new AppError(422, 'rehousing.no_chosen_dwelling', 'housing.rehousing.noChosenDwelling');
    if (input.movedOn < chosen.offer.answeredOn!) throw invalidField('movedOn', 'housing.rehousing.moveBeforeChoice');
    const next = (await dwellingsRepo.getDwellingById(tx, chosen.dwelling.id, true))!;
    if (next.status !== 'reserved') throw new AppError(422, 'dwellings.not_available', 'housing.errors.dwellingNotAvailable');
    const leftId = theCase.dwellingId;
    if (leftId && leftId !== next.id) {
      const left = (await dwellingsRepo.getDwellingById(tx, leftId, true))!;
      // a dwelling under repair or withdrawn stays so; an occupied one is free for the next person
      if (left.status === 'occupied') await setDwellingStatus(tx, ctx, left.id, left.status, 'available', left.version);
      await repo.returnKeysOfCase(tx, left.id, caseId, input.movedOn);
    }
    await setDwellingStatus(tx, ctx, next.id, next.status, 'occupied', next.version);
    await updateCase(tx, caseId, { dwellingId: next.id, version: theCase.version + 1 });
    await repo.updateRound(tx, round.id, { fromDwellingId: leftId, toDwellingId: next.id, movedOn: input.movedOn, closedOn: input.movedOn, movedBy: ctx.actor.userId, note: input.note });
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'create', entityType: 'move_in', entityId: round.id, personId: theCase.personId,
      changes: { movedOn: input.movedOn, fromDwellingId: leftId, toDwellingId: next.id, rehousingRoundId: round.id },
    }, ctx.now());
    // the team member who recorded the move chose the dwelling: shown as it is
    return { round: await presentRound(tx, (await repo.getRoundById(tx, round.id))!, (address) => address) };
  });
}

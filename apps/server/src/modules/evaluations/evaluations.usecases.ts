import {
  answersProblemOf, computeDueEvaluations, computeTargetProgress, isProgrammeCode, programmeOf, scoreProblemOf, type DueEvaluation, type EvaluationInstrument, type RecordEvaluation,
} from '@socrehab/domain';
import { type Ctx, originOf, today } from '../../app/context';
import type { Reader } from '../../db/database';
import type { ServerProgramme } from '../../programmes/programme-module';
import { AppError, forbidden, invalidField, notFound } from '../../shared/errors';
import { requirePastDate } from '../../shared/fact-dates';
import { appendAuditEvent } from '../audit/audit.repository';
import { requireRecordableCase, requireVisibleCase } from '../cases/cases.usecases';
import * as repo from './evaluations.repository';

/** The server programmes, to learn of a programme what the core's schedule needs beyond its definition. */
export type ProgrammeLookup = (code: string) => ServerProgramme | undefined;

/**
 * The instruments of a programme the core schedules for a subject: all it declares for it, less those
 * whose due days its own worklist rules already give (Housing First's HF-2.4 re-assessment).
 */
export function scheduledInstruments(programmeCode: string, subject: EvaluationInstrument['subject'], lookup: ProgrammeLookup): EvaluationInstrument[] {
  if (!isProgrammeCode(programmeCode)) return [];
  const own = new Set(lookup(programmeCode)?.instrumentsInOwnWorklist ?? []);
  return programmeOf(programmeCode).evaluationInstruments.filter((i) => i.subject === subject && !own.has(i.code));
}

/** A case as the schedule reads it. */
export interface ScheduledCase { id: string; programme: string; openedOn: string; closedOn: string | null }

/**
 * The instruments due on each case as of `asOf` (issue 12; HF-4.3, IP-5): from the start, the agreed end
 * (where the programme records one), the ending and the days each instrument was recorded — read for all
 * the cases at once.
 */
export async function dueEvaluationsOfCases(tx: Reader, cases: readonly ScheduledCase[], asOf: string, lookup: ProgrammeLookup) {
  const due = new Map<string, DueEvaluation[]>();
  // each programme's instruments once, not once per case (Rīga's organisation list: 5 000 cases)
  const instrumentsOf = new Map<string, EvaluationInstrument[]>();
  for (const programme of new Set(cases.map((c) => c.programme))) instrumentsOf.set(programme, scheduledInstruments(programme, 'case', lookup));
  const scheduled = cases.filter((c) => instrumentsOf.get(c.programme)!.length);
  if (!scheduled.length) return due;
  // the days recorded and each programme's agreed ends, read at once
  const [recorded, ...endsOfProgrammes] = await Promise.all([
    repo.findRecordedDays(tx, scheduled.map((c) => c.id), asOf),
    ...[...new Set(scheduled.map((c) => c.programme))].map((programme) =>
      lookup(programme)?.agreedEndsOn?.(tx, scheduled.filter((c) => c.programme === programme).map((c) => c.id))),
  ]);
  const agreedEnds = new Map<string, string | null>();
  for (const ends of endsOfProgrammes) for (const [id, end] of ends ?? []) agreedEnds.set(id, end);
  for (const c of scheduled) {
    const history = { startedOn: c.openedOn, agreedEndOn: agreedEnds.get(c.id) ?? null, endedOn: c.closedOn, recorded: recorded.get(c.id) ?? {} };
    due.set(c.id, computeDueEvaluations(instrumentsOf.get(c.programme)!, history, asOf));
  }
  return due;
}

/**
 * The recording names one of the programme's instruments for the subject, its score fits the instrument's
 * scale and its answers its questions (issue 13: the field named, e.g. `answers.income`).
 */
function requireInstrument(programmeCode: string, subject: EvaluationInstrument['subject'], input: RecordEvaluation, lookup: ProgrammeLookup) {
  const instrument = scheduledInstruments(programmeCode, subject, lookup).find((i) => i.code === input.instrument);
  if (!instrument) throw invalidField('instrument', 'validation.invalidOption');
  const problem = scoreProblemOf(instrument, input.score);
  if (problem) throw invalidField('score', problem.key, problem.params);
  const wrong = answersProblemOf(instrument, input.answers);
  if (wrong) throw invalidField(wrong.field, wrong.key, wrong.params);
}

/** Records an instrument completed about a case, on a day within the case (issue 11 §2) — after its ending too (IP-5) — by someone who records on it. */
export async function recordCaseEvaluation(caseId: string, input: RecordEvaluation, ctx: Ctx, lookup: ProgrammeLookup) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireRecordableCase(tx, ctx, caseId, input.recordedOn, { field: 'recordedOn', onEndedCase: true });
    requireInstrument(theCase.programme, 'case', input, lookup);
    const evaluation = await repo.insertEvaluation(tx, { ...input, programmeCode: theCase.programme, caseId, recordedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'create', entityType: 'evaluation', entityId: evaluation.id, personId: theCase.personId,
      changes: { instrument: input.instrument, recordedOn: input.recordedOn, score: input.score ?? null },
    }, ctx.now());
    return { evaluation };
  });
}

/** A case's evaluations and the instruments due on it as of a day. */
export async function getCaseEvaluations(caseId: string, asOf: string, ctx: Ctx, lookup: ProgrammeLookup) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireVisibleCase(tx, ctx, caseId);
    const evaluations = await repo.findCaseEvaluations(tx, caseId);
    const due = (await dueEvaluationsOfCases(tx, [theCase], asOf, lookup)).get(caseId) ?? [];
    await appendAuditEvent(tx, originOf(ctx), { action: 'view', entityType: 'evaluation', entityId: caseId, personId: theCase.personId, changes: { asOf } }, ctx.now());
    return { asOf, instruments: scheduledInstruments(theCase.programme, 'case', lookup), evaluations, due };
  });
}

/** IP-6 a provider's own evaluation: its managers record and read it for their organisation. */
function requireProviderManager(ctx: Ctx, programmeCode: string) {
  if (!isProgrammeCode(programmeCode)) throw notFound('programmes.not_found', 'errors.notFound');
  if (ctx.actor.organisationKind !== 'service_provider' || !ctx.actor.roles.includes('manager')) throw forbidden();
}

/**
 * The provider's own instruments due as of a day: counted from its first service agreement in the
 * programme; its agreed end is the last day its agreements run to, when every one has an end (HF-4.3 (6)).
 */
export async function dueOfProvider(tx: Reader, providerId: string, programmeCode: string, asOf: string, lookup: ProgrammeLookup) {
  const startedOn = await repo.findProviderStart(tx, providerId, programmeCode);
  if (!startedOn) return [];
  const agreedEndOn = await repo.findProviderAgreedEnd(tx, providerId, programmeCode);
  const recorded = await repo.findProviderRecordedDays(tx, providerId, programmeCode, asOf);
  return computeDueEvaluations(scheduledInstruments(programmeCode, 'provider', lookup), { startedOn, agreedEndOn, endedOn: null, recorded }, asOf);
}

export async function recordProviderEvaluation(programmeCode: string, input: RecordEvaluation, ctx: Ctx, lookup: ProgrammeLookup) {
  requireProviderManager(ctx, programmeCode);
  requireInstrument(programmeCode, 'provider', input, lookup);
  requirePastDate('recordedOn', input.recordedOn, ctx);
  return ctx.db.transaction(async (tx) => {
    if (!(await repo.findProviderStart(tx, ctx.actor.organisationId, programmeCode))) throw new AppError(422, 'evaluations.no_agreement', 'errors.evaluations.noAgreement');
    const evaluation = await repo.insertEvaluation(tx, { ...input, programmeCode, providerOrganisationId: ctx.actor.organisationId, recordedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'create', entityType: 'evaluation', entityId: evaluation.id, personId: null,
      changes: { instrument: input.instrument, recordedOn: input.recordedOn, score: input.score ?? null },
    }, ctx.now());
    return { evaluation };
  });
}

export async function getProviderEvaluations(programmeCode: string, asOf: string | undefined, ctx: Ctx, lookup: ProgrammeLookup) {
  requireProviderManager(ctx, programmeCode);
  const day = asOf ?? today(ctx);
  return ctx.db.transaction(async (tx) => {
    const instruments = scheduledInstruments(programmeCode, 'provider', lookup);
    const evaluations = await repo.findProviderEvaluations(tx, ctx.actor.organisationId, programmeCode);
    return {
      asOf: day, instruments, evaluations,
      due: await dueOfProvider(tx, ctx.actor.organisationId, programmeCode, day, lookup),
      // HF-4.3 (7), (8) the programme-level events held, against their targets
      targets: computeTargetProgress(instruments, evaluations.map((e) => ({ ...e, answers: (e.answers ?? {}) as Record<string, unknown> })), day),
    };
  });
}

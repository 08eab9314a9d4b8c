import { computeSettingsInForce } from '@socrehab/domain';
import { computeCaseWorklist, computeEngagementStart, urgencyOf, type CaseFacts, type ExtensionFact, type ProgrammeSettings, type ReachFact, type VisitFact, type VisitOutcome, type WorklistItem } from '@socrehab/domain/programmes/housing-first/index';
import type { CaseScope } from '../../programme-module';
import type { Reader } from '../../../db/database';
import { AppError } from '../../../shared/errors';
import { findSettingsByIds, findSettingsVersions } from '../../../modules/programmes/programmes.repository';
import { findCaseOpeningsOfReapplicants } from '../../../modules/cases/cases.repository';
import { findServiceFacts, sumContactHoursFrom } from '../visits/visits.repository';
import { findPlanFacts } from '../plans/plans.repository';
import { findServedCases, holdsOn, worklistFactsOf, type RecordedFacts } from './worklist-facts.repository';
import { findPendingEndingDays } from '../endings/endings.repository';

/**
 * HF-2.2 per served case, the contact hours up to `asOf` of the person's earlier cases of the same
 * engagement (a re-application within it): the 300 hours count per person. Only persons with more than
 * one case are read.
 */
async function otherCasesContactHours(
  db: Reader, served: ReadonlyArray<{ id: string; personId: string; programme: string; openedOn: string; settingsId: string | null }>,
  settingsOf: (c: (typeof served)[number]) => ProgrammeSettings, asOf: string,
) {
  const byPerson = new Map<string, Array<{ id: string; openedOn: string }>>();
  for (const programme of new Set(served.map((c) => c.programme))) {
    for (const o of await findCaseOpeningsOfReapplicants(db, served.filter((c) => c.programme === programme).map((c) => c.personId), programme)) {
      byPerson.set(o.personId, [...(byPerson.get(o.personId) ?? []), o]);
    }
  }
  const pairs: Array<{ servedId: string; caseId: string; fromOn: string }> = [];
  for (const c of served) {
    const openings = byPerson.get(c.personId);
    if (!openings) continue;
    const from = computeEngagementStart(openings.map((o) => o.openedOn), c.openedOn, settingsOf(c).engagementMonths);
    for (const o of openings) if (o.id !== c.id && o.openedOn >= from && o.openedOn <= c.openedOn) pairs.push({ servedId: c.id, caseId: o.id, fromOn: from });
  }
  const sums = await sumContactHoursFrom(db, pairs, asOf);
  const hours = new Map<string, number>();
  for (const p of pairs) hours.set(p.servedId, (hours.get(p.servedId) ?? 0) + (sums.get(`${p.caseId}|${p.fromOn}`) ?? 0));
  return hours;
}

/** The list's order before urgency: by case number (without one last), then id — by code point, the same on every database. */
function byCaseNumber(a: { caseNumber: string | null; id: string }, b: { caseNumber: string | null; id: string }) {
  if (a.caseNumber !== b.caseNumber) return a.caseNumber === null ? 1 : b.caseNumber === null ? -1 : a.caseNumber < b.caseNumber ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The settings each case follows: the version it started under, else the programme's in force when it opened. */
export async function settingsOfCases(db: Reader, served: ReadonlyArray<{ settingsId: string | null; programme: string; openedOn: string }>) {
  const ids = [...new Set(served.map((c) => c.settingsId).filter((id): id is string => !!id))];
  const byId = new Map<string, ProgrammeSettings>();
  if (ids.length) {
    for (const row of await findSettingsByIds(db, ids)) byId.set(row.id, row.settings as ProgrammeSettings);
  }
  const versions = new Map<string, Awaited<ReturnType<typeof findSettingsVersions>>>();
  for (const programme of new Set(served.filter((c) => !c.settingsId).map((c) => c.programme))) versions.set(programme, await findSettingsVersions<ProgrammeSettings>(db, programme));
  return (c: { settingsId: string | null; programme: string; openedOn: string }): ProgrammeSettings => {
    if (c.settingsId) return byId.get(c.settingsId)!;
    const found = computeSettingsInForce(versions.get(c.programme)!, c.openedOn);
    if (!found) throw new AppError(422, 'programmes.no_settings', 'housing.errors.noSettings', { params: { date: c.openedOn } });
    return found.settings as ProgrammeSettings;
  };
}

/**
 * HF-3.2, HF-2.2, HF-2.4 — Housing First's worklist of a set of cases (`scope`, narrowed to the programme by the core's union) as of a day: every rule of the service
 * standards applied to what was recorded up to that day, the most urgent first. The rules read each
 * case's summarised record (`summariseCaseFacts`: the hours summed, the recent visits, the last review…):
 * kept per case over everything recorded (`worklistFactsOf`, migration 0012), which is the record as of
 * any day from its newest fact on — today's worklist; for an earlier day the repositories read it as of
 * that day, one statement each for all those cases. The cost grows with the cases, not their history.
 */
export async function computeHousingFirstWorklist(db: Reader, scope: CaseScope, asOf: string) {
  const served = (await findServedCases(db, scope, asOf)).sort(byCaseNumber);
  const servedIds = served.map((c) => c.id);
  // the reads below depend only on the served cases: they run at once (each on a free connection of the pool)
  const [{ kept, ids, plans, service }, { settingsOf, otherHours }, pendingEndings] = await Promise.all([
    (async () => {
      const kept = await worklistFactsOf(db, served);
      const ids = served.filter((c) => !holdsOn(kept.get(c.id)!, asOf)).map((c) => c.id);
      const plans = await findPlanFacts(db, ids, asOf);
      // HF-3.2.4 the first met visit matters only while no initial plan offer is recorded
      const service = await findServiceFacts(db, ids, asOf, ids.filter((id) => !plans.get(id)?.planOfferedOn));
      return { kept, ids, plans, service };
    })(),
    (async () => {
      const settingsOf = await settingsOfCases(db, served);
      return { settingsOf, otherHours: await otherCasesContactHours(db, served, settingsOf, asOf) };
    })(),
    // HF-2.2 endings awaiting confirmations (HF-3.3.2), warned of when dated before the minimum participation
    findPendingEndingDays(db, servedIds),
  ]);
  // One pass over the rows: each case's facts built once, in the rules' own shapes (no per-case filtering or copying).
  const factsOf = new Map<string, { visits: VisitFact[]; contacts: Array<ReachFact & { hours: number; reachedPerson: boolean }>; extensions: ExtensionFact[] }>();
  for (const id of ids) factsOf.set(id, { visits: [], contacts: [], extensions: [] });
  for (const v of service.visits) factsOf.get(v.caseId)?.visits.push({ on: v.on, outcome: v.outcome as VisitOutcome, healthRisk: v.healthRisk });
  for (const x of service.contacts) factsOf.get(x.caseId)?.contacts.push({ on: x.on, hours: x.hours, reachedPerson: x.reachedPerson });
  for (const e of service.extensions) factsOf.get(e.caseId)?.extensions.push({ on: e.on, reason: e.reason });
  /** The case's record as of `asOf`: the kept one where it holds, else the one just read for the day. */
  const recordOf = (id: string): RecordedFacts => {
    const read = factsOf.get(id);
    if (!read) return kept.get(id)!.facts!; // it holds on the day: read with the copy
    const plan = plans.get(id);
    return {
      visits: read.visits, contacts: read.contacts, extensions: read.extensions,
      unlistedContactHours: service.unlistedContactHours.get(id) ?? 0,
      planOfferedOn: plan?.planOfferedOn ?? null,
      activePlanStartedOn: plan?.activePlanStartedOn ?? null,
      planReviews: plan?.planReviews ?? [],
      assessments: plan?.assessments ?? [],
      serviceOffers: plan?.serviceOffers ?? [],
    };
  };

  const items: WorklistItem[] = [];
  for (const c of served) {
    const facts: CaseFacts = {
      caseId: c.id, movedInOn: c.movedInOn, closedOn: c.closedOn, inspectionAfterDays: c.inspectionAfterDays, otherCasesContactHours: otherHours.get(c.id) ?? 0, ...recordOf(c.id),
      // HF-2.2 the contract day, extensions and suspensions, read with the case (the rules count those up to `asOf`)
      engagement: { contractSignedOn: c.contractSignedOn, extensions: c.extensions, suspensions: c.suspensions }, pendingEndingOn: pendingEndings.get(c.id) ?? null,
    };
    items.push(...computeCaseWorklist(facts, settingsOf(c), asOf));
  }
  // the order of compareWorklistItems (a stable sort on its weight), the weight computed once per item
  const urgency = new Map<WorklistItem, number>();
  for (const item of items) urgency.set(item, urgencyOf(item));
  items.sort((a, b) => urgency.get(b)! - urgency.get(a)!);
  return items;
}

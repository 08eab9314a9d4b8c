import { and, eq, lte, or, isNull, gt, sql, type SQL } from 'drizzle-orm';
import { compareWorklistItems, computeCaseWorklist, type CaseFacts, type ProgrammeSettings, type VisitOutcome } from '@socrehab/domain';
import { type Ctx, originOf, today } from '../../app/context';
import type { Tx } from '../../db/database';
import { cases, moveIns, persons } from '../../db/schema';
import { forbidden } from '../../shared/errors';
import { appendAuditEvent } from '../audit/audit.repository';
import { visiblePersonsCondition } from '../access/person-scope';
import { getSettingsById, getSettingsInForce } from '../programmes/programmes.repository';
import { findServiceFacts } from '../visits/visits.repository';
import { findPlanFacts } from '../plans/plans.repository';

/** Cases being served on `asOf` in a scope, with what the worklist shows of them. */
async function findServedCases(tx: Tx, ctx: Ctx, scope: SQL, asOf: string) {
  return tx
    .select({
      id: cases.id, caseNumber: cases.caseNumber, settingsId: cases.settingsId, programme: cases.programme, openedOn: cases.openedOn, closedOn: cases.closedOn,
      personName: sql<string>`${persons.givenNames} || ' ' || ${persons.surnames}`, movedInOn: moveIns.movedInOn,
    })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .leftJoin(moveIns, eq(moveIns.caseId, cases.id))
    .where(and(scope, visiblePersonsCondition(ctx.actor, today(ctx)), lte(cases.openedOn, asOf), or(isNull(cases.closedOn), gt(cases.closedOn, asOf))))
    .limit(20_000);
}

/**
 * HF-3.2, HF-2.2, HF-2.4 — the worklist of a set of cases as of a day: every rule of the service
 * standards applied to what was recorded up to that day, the most urgent first.
 */
async function computeWorklist(tx: Tx, ctx: Ctx, scope: SQL, asOf: string) {
  const served = await findServedCases(tx, ctx, scope, asOf);
  const ids = served.map((c) => c.id);
  const service = await findServiceFacts(tx, ids, asOf);
  const plans = await findPlanFacts(tx, ids, asOf);
  const settingsCache = new Map<string, ProgrammeSettings>();
  const settingsOf = async (c: (typeof served)[number]) => {
    const key = c.settingsId ?? `${c.programme}@${c.openedOn}`;
    if (!settingsCache.has(key)) {
      settingsCache.set(key, (c.settingsId ? await getSettingsById(tx, c.settingsId) : await getSettingsInForce(tx, c.programme, c.openedOn)).settings);
    }
    return settingsCache.get(key)!;
  };
  const byCase = <T extends { caseId: string }>(rows: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows) map.set(r.caseId, [...(map.get(r.caseId) ?? []), r]);
    return (id: string) => map.get(id) ?? [];
  };
  const visitsOf = byCase(service.visits);
  const contactsOf = byCase(service.contacts);
  const extensionsOf = byCase(service.extensions);
  const offersOf = byCase(plans.offers);
  const plansOf = byCase(plans.plans);
  const reviewsOf = byCase(plans.reviews);
  const assessmentsOf = byCase(plans.assessments);

  const items = [];
  for (const c of served) {
    const offers = offersOf(c.id);
    const activePlan = plansOf(c.id).filter((p) => !p.endedOn || p.endedOn > asOf).sort((a, b) => a.version - b.version)[0];
    const facts: CaseFacts = {
      caseId: c.id, movedInOn: c.movedInOn, closedOn: c.closedOn,
      visits: visitsOf(c.id).map((v) => ({ on: v.on, outcome: v.outcome as VisitOutcome, healthRisk: v.healthRisk })),
      contacts: contactsOf(c.id).map((x) => ({ on: x.on, hours: Number(x.hours), reachedPerson: x.reachedPerson })),
      extensions: extensionsOf(c.id).map((e) => ({ on: e.on, reason: e.reason })),
      planOfferedOn: offers.filter((o) => o.offered === 'initial_plan').map((o) => o.offeredOn).sort()[0] ?? null,
      activePlanStartedOn: activePlan?.startedOn ?? null,
      planReviews: reviewsOf(c.id).map((r) => r.on),
      assessments: assessmentsOf(c.id).map((a) => a.on),
      serviceOffers: offers.filter((o) => o.offered !== 'initial_plan' && o.offered !== 'wrap').map((o) => ({ service: o.offered, answeredOn: o.offeredOn, answer: o.answer as 'accepted' | 'declined' | 'later' })),
    };
    for (const item of computeCaseWorklist(facts, await settingsOf(c), asOf)) items.push({ ...item, caseNumber: c.caseNumber, personName: c.personName });
  }
  return items.sort(compareWorklistItems);
}

/** A worker's morning (HF-3.2): the cases whose team they are on. */
export async function getWorkerWorklist(asOf: string, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const scope = sql`EXISTS (SELECT 1 FROM case_team_members m WHERE m.case_id = ${cases.id} AND m.user_id = ${ctx.actor.userId}
      AND m.from_date <= ${asOf} AND (m.to_date IS NULL OR m.to_date >= ${asOf}))`;
    const items = await computeWorklist(tx, ctx, scope, asOf);
    await appendAuditEvent(tx, originOf(ctx), { action: 'view', entityType: 'worklist', entityId: 'worker', personId: null, changes: { asOf, cases: [...new Set(items.map((i) => i.caseId))] } }, ctx.now());
    return { asOf, items };
  });
}

/** A manager's view (HF-2.4, HF-3.2): the same across the organisation, the most urgent first. */
export async function getOrganisationWorklist(asOf: string, ctx: Ctx) {
  if (!ctx.actor.roles.includes('manager')) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const items = await computeWorklist(tx, ctx, eq(cases.organisationId, ctx.actor.organisationId), asOf);
    await appendAuditEvent(tx, originOf(ctx), { action: 'view', entityType: 'worklist', entityId: 'organisation', personId: null, changes: { asOf, cases: [...new Set(items.map((i) => i.caseId))] } }, ctx.now());
    return { asOf, items };
  });
}

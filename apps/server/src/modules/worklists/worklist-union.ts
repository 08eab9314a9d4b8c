import { ENDING_EVALUATION_MONTHS, PROGRAMMES, addMonths, isOnWorklist, programmeOf, type DueEvaluation } from '@socrehab/domain';
import { type Ctx, originOf } from '../../app/context';
import type { Reader } from '../../db/database';
import type { CaseScope, DueWorklistItem, ListedWorklistItem, RankedWorklistItem, ServerProgramme, WorklistView } from '../../programmes/programme-module';
import { forbidden } from '../../shared/errors';
import { appendAuditEvent } from '../audit/audit.repository';
import { dueEvaluationsOfCases, dueOfProvider, scheduledInstruments, type ProgrammeLookup } from '../evaluations/evaluations.usecases';
import { findCaseLabels, findOpenCases, findProgrammesOf, inProgramme, organisationScope, workerScope } from './open-cases.repository';

/** An evaluation instrument due on a case (or, with no case, on the provider itself: IP-6). */
export type EvaluationDueItem = DueWorklistItem & {
  kind: 'evaluation_due'; programme: string; instrument: string; instrumentNames: { lv: string; en: string } | null; at: DueEvaluation['at']; due: { dueOn: string; daysLeft: number };
};

const namesOf = (programme: string, instrument: string) => programmeOf(programme).evaluationInstruments.find((i) => i.code === instrument)?.names ?? null;

const rankedEvaluation = (item: EvaluationDueItem): RankedWorklistItem => ({ item, urgency: -item.due.daysLeft, overdue: item.due.daysLeft < 0 });
/**
 * Issue 12 — the core's evaluation schedule on the worklist: the instruments due (or due within two
 * weeks) on every open case in the scope, of any registered programme, moved in or not; and, for a month
 * after a case ended, the evaluation its ending makes due (IP-5).
 */
async function evaluationItems(db: Reader, scope: CaseScope, asOf: string, lookup: ProgrammeLookup) {
  const scheduled = PROGRAMMES.filter((code) => scheduledInstruments(code, 'case', lookup).length);
  const open = await findOpenCases(db, scope, scheduled, asOf, addMonths(asOf, -ENDING_EVALUATION_MONTHS));
  const due = await dueEvaluationsOfCases(db, open, asOf, lookup);
  const ranked: RankedWorklistItem[] = [];
  for (const c of open) {
    for (const d of due.get(c.id) ?? []) {
      if (!isOnWorklist(d, c.closedOn, asOf)) continue;
      ranked.push(rankedEvaluation({
        kind: 'evaluation_due', caseId: c.id, programme: c.programme, instrument: d.instrument, instrumentNames: namesOf(c.programme, d.instrument), at: d.at, due: { dueOn: d.dueOn, daysLeft: d.daysLeft },
      }));
    }
  }
  return ranked;
}

/** IP-6 the provider's own instruments due, on its managers' organisation worklist. */
async function providerItems(db: Reader, ctx: Ctx, asOf: string, lookup: ProgrammeLookup) {
  if (ctx.actor.organisationKind !== 'service_provider') return [];
  const ranked: RankedWorklistItem[] = [];
  for (const code of PROGRAMMES) {
    if (!scheduledInstruments(code, 'provider', lookup).length) continue;
    for (const d of await dueOfProvider(db, ctx.actor.organisationId, code, asOf, lookup)) {
      if (!isOnWorklist(d, null, asOf)) continue;
      ranked.push(rankedEvaluation({
        kind: 'evaluation_due', caseId: null, programme: code, instrument: d.instrument, instrumentNames: namesOf(code, d.instrument), at: d.at, due: { dueOn: d.dueOn, daysLeft: d.daysLeft },
      }));
    }
  }
  return ranked;
}

/**
 * Issue 12 — a worklist is the union of every programme's rules over the open cases in the scope, with
 * the core's evaluation schedule, the most urgent first. Each programme's items keep their own order
 * among equals (a stable sort): with Housing First alone, its list is exactly its rules' list (HF-3.2).
 * Every programme reads at once, each statement on a free connection of the pool (one after another on the
 * embedded database): the list takes as long as its slowest programme, not their sum. No transaction: the
 * reads are each a statement of their own (read committed), and a transaction would only add its BEGIN and
 * COMMIT and hold one connection for all of a programme's reads.
 * A programme with cases is asked only when the scope holds a case of it (its items are about its cases in the
 * scope), one without cases only when it has items for the viewer (its `worklist` ability): a Housing First
 * worker's morning does not wait for the other programmes' empty answers.
 */
async function worklistUnion(ctx: Ctx, scope: CaseScope, asOf: string, programmes: readonly ServerProgramme[], view: WorklistView) {
  const lookup: ProgrammeLookup = (code) => programmes.find((p) => p.definition.code === code);
  const ownItems = async () => {
    const held = new Set(await findProgrammesOf(ctx.db, scope));
    const asked = programmes.filter((p) => p.worklist && (p.definition.caseNumbering === null ? p.abilities?.(ctx.actor).worklist ?? true : held.has(p.definition.code)));
    return Promise.all(asked.map(async (p) => (await p.worklist!(ctx.db, ctx, inProgramme(scope, p.definition.code), asOf, view)).map((r) => ({ ...r, item: { ...r.item, programme: p.definition.code } }))));
  };
  // the evaluation schedule does not wait for the programmes the scope holds to be known
  const parts = await Promise.all([
    ownItems().then((lists) => lists.flat()),
    evaluationItems(ctx.db, scope, asOf, lookup),
    view === 'organisation' ? providerItems(ctx.db, ctx, asOf, lookup) : Promise.resolve([]),
  ]);
  return parts.flat().sort((a, b) => b.urgency - a.urgency);
}

/**
 * The items as the list shows them: each with its case's number, the person's name and the team on the day
 * (`findCaseLabels`), an item on a case whose person the viewer may not see left out — the access rule,
 * applied here once for every programme and the evaluation schedule.
 */
async function labelItems(ctx: Ctx, items: readonly DueWorklistItem[], asOf: string): Promise<ListedWorklistItem[]> {
  const labels = await findCaseLabels(ctx.db, ctx, casesOf(items), asOf);
  return items.flatMap((item): ListedWorklistItem[] => {
    if (item.caseId === null) return [{ ...item, caseNumber: null, personName: null, workers: [] }];
    const label = labels.get(item.caseId);
    return label ? [{ ...item, ...label }] : [];
  });
}

const casesOf = (items: readonly DueWorklistItem[]) => [...new Set(items.flatMap((i) => (i.caseId ? [i.caseId] : [])))];

/** A worker's morning (HF-3.2): the cases whose team they are on, of every programme. */
export async function getWorkerWorklist(asOf: string, ctx: Ctx, programmes: readonly ServerProgramme[]) {
  const items = await labelItems(ctx, (await worklistUnion(ctx, workerScope(ctx.actor.userId, asOf), asOf, programmes, 'worker')).map((r) => r.item), asOf);
  await appendAuditEvent(ctx.db, originOf(ctx), { action: 'view', entityType: 'worklist', entityId: 'worker', personId: null, changes: { asOf, cases: casesOf(items) } }, ctx.now());
  return { asOf, items };
}

/** What of the organisation's worklist a manager asks for: one page, of the overdue items only or of one case. */
export interface OrganisationWorklistView { overdue: boolean; caseId?: string; page: number; pageSize: number }

/**
 * A manager's view (HF-2.4, HF-3.2): the same across the organisation, the most urgent first — a page at
 * a time (the Rīga social service has ~9 000 items on a day), with the number of items of each kind and of
 * those overdue. Every case of the organisation is counted (its manager sees their persons:
 * `organisationScope`); the page's items are labelled with their cases, persons and workers, read for the
 * page only. The audit entry names the cases on the page: what was shown.
 */
export async function getOrganisationWorklist(asOf: string, view: OrganisationWorklistView, ctx: Ctx, programmes: readonly ServerProgramme[]) {
  if (!ctx.actor.roles.includes('manager')) throw forbidden();
  const all = await worklistUnion(ctx, organisationScope(ctx.actor, view.caseId), asOf, programmes, view.caseId ? 'case' : 'organisation');
  const counts: Record<string, number> = {};
  let overdue = 0;
  for (const { item, overdue: isOverdue } of all) {
    counts[item.kind] = (counts[item.kind] ?? 0) + 1;
    if (isOverdue) overdue++;
  }
  const listed = view.overdue ? all.filter((r) => r.overdue) : all;
  const items = await labelItems(ctx, listed.slice((view.page - 1) * view.pageSize, view.page * view.pageSize).map((r) => r.item), asOf);
  await appendAuditEvent(ctx.db, originOf(ctx), { action: 'view', entityType: 'worklist', entityId: 'organisation', personId: null, changes: { asOf, ...view, cases: casesOf(items) } }, ctx.now());
  return { asOf, total: all.length, overdue, counts, matching: listed.length, page: view.page, pageSize: view.pageSize, items };
}

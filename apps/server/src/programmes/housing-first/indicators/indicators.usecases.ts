import {
  computeExitDestinations, computeHfIndicatorsView, computeHousingRetention, computeLengthOfStay, computeQuestionnaireOutcomes, computeServedAgainstCapacity, housingFirstProgramme,
  casesBehind, suppressCountsInEquations, type CountEquation, type CrisisMeasure, type ExitDestination, type HfIndicatorsView, type IndicatorCase, type IndicatorFigure, type OutcomeCase,
  type Period, type ProgrammeSettings,
} from '@socrehab/domain/programmes/housing-first/index';
import { type Ctx, originOf, today } from '../../../app/context';
import { forbidden, invalidField } from '../../../shared/errors';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { getSettingsInForce } from '../../../modules/programmes/programmes.repository';
import { SMALL_CELL } from '../../../modules/stats/stats.routes';
import * as repo from './indicators.repository';

/** A count and the share it is of a whole; null where it is suppressed (or there is nothing to divide). */
export interface ShownShare { count: number | null; of: number | null; share: number | null }

/** HF-4.2 A, B, C for one group of cases: the programme, a municipality or a provider. */
export interface IndicatorFigures {
  /** A the clients served in the period; their share of the capacity only for the programme as a whole. */
  served: ShownShare;
  /** B the cases that ended in the period: their number, mean and median length of stay in days. */
  lengthOfStay: { cases: number | null; meanDays: number | null; medianDays: number | null };
  /** B i, ii the share of clients still housed 6 and 12 months after moving in, as of `asOf`. */
  housedAfter6Months: ShownShare;
  housedAfter12Months: ShownShare;
  /** C where those whose service ended in the period went. */
  exitDestinations: Array<{ destination: ExitDestination | 'not_recorded' } & ShownShare>;
  /** D, E, F from the client questionnaire at the start and at the exit (HF-4.3 (2)), of those whose service ended in the period. */
  outcomes: OutcomeFigures;
}

/** HF-4.2 D, E, F for one group: every figure null where its count is suppressed (the means and sums with the number of clients). */
export interface OutcomeFigures {
  /** the clients with both questionnaires */
  cases: number | null;
  /** D the mean monthly income (€) at the start and at the exit, and the clients whose income rose */
  income: { meanAtStart: number | null; meanAtExit: number | null; increased: ShownShare };
  /** E i working full or part time at the start and at the exit; E ii–iv at the exit */
  workingAtStart: ShownShare;
  workingAtExit: ShownShare;
  training: ShownShare;
  volunteering: ShownShare;
  addictionRehabilitation: ShownShare;
  /** F each crisis service in all, in the 6 months before the start's and before the exit's questionnaire */
  crisisServices: Array<{ measure: CrisisMeasure; atStart: number | null; atExit: number | null }>;
}

/** The yes/no figures of E (and D's rise) a suppression keeps with their complements. */
const OUTCOME_SHARES = ['workingAtStart', 'workingAtExit', 'training', 'volunteering', 'addictionRehabilitation'] as const;

export interface IndicatorGroup { id: string; nameLv: string; nameEn: string; figures: IndicatorFigures }

export interface HfIndicatorsReport {
  from: string; to: string; asOf: string;
  /** whose cases: a provider's, a municipality's, or the whole programme's as aggregates */
  scope: 'provider' | 'municipality' | 'aggregates';
  suppressed: boolean;
  smallCell: number;
  capacity: number | null;
  programme: IndicatorFigures;
  municipalities: IndicatorGroup[];
  providers: IndicatorGroup[];
}

interface Raw {
  served: { count: number; of: number; share: number | null };
  los: ReturnType<typeof computeLengthOfStay>;
  after6: { count: number; of: number; share: number | null };
  after12: { count: number; of: number; share: number | null };
  destinations: ReturnType<typeof computeExitDestinations>;
  outcomes: ReturnType<typeof computeQuestionnaireOutcomes>;
}

/** One case as every indicator reads it: its facts, its client questionnaires, and the groups it is counted in. */
type Fact = IndicatorCase & OutcomeCase & { organisationId: string; municipalityAtvk: string };
const NO_QUESTIONNAIRES: Fact['questionnaires'] = Object.freeze([]);
const latvianOrder = new Intl.Collator('lv');
const caseNumberOrder = new Intl.Collator('lv', { numeric: true });

const rawFigures = (cases: readonly Fact[], period: Period, asOf: string, capacity: number): Raw => ({
  served: computeServedAgainstCapacity(cases, period, capacity),
  los: computeLengthOfStay(cases, period),
  after6: computeHousingRetention(cases, 6, asOf, period),
  after12: computeHousingRetention(cases, 12, asOf, period),
  destinations: computeExitDestinations(cases, period),
  outcomes: computeQuestionnaireOutcomes(cases, period, asOf),
});

/**
 * The programme's cases the view holds (all of them for aggregates), one object each with its facts as the
 * indicators read them, and the names of the groups (providers, municipalities) to show them under.
 */
async function loadFacts(ctx: Ctx, view: Exclude<HfIndicatorsView, { kind: 'none' }>) {
  const scope: repo.IndicatorScope = view.kind === 'provider' ? { organisationId: view.organisationId } : view.kind === 'municipality' ? { municipalityAtvk: view.municipalityAtvk } : null;
  // five independent reads, each on its own connection of the pool (one after another they took the sum of their times)
  const [cases, firstMoveIns, finalEndings, questionnaireRows, names] = await Promise.all([
    repo.findIndicatorCases(ctx.db, scope), repo.findFirstMoveIns(ctx.db, scope), repo.findFinalEndings(ctx.db, scope),
    repo.findClientQuestionnaires(ctx.db, scope), repo.findGroupNames(ctx.db),
  ]);
  const moved = new Map(firstMoveIns.map((m) => [m.caseId, m.movedInOn]));
  const endings = new Map(finalEndings.map((e) => [e.caseId, e.destination as ExitDestination]));
  const questionnaires = new Map<string, Fact['questionnaires'][number][]>();
  for (const q of questionnaireRows) {
    const record = { recordedOn: q.recordedOn, answers: (q.answers ?? {}) as Record<string, unknown> };
    const known = questionnaires.get(q.caseId);
    if (known) known.push(record); else questionnaires.set(q.caseId, [record]);
  }
  const facts = cases.map((c): Fact => ({
    caseId: c.caseId, organisationId: c.organisationId, municipalityAtvk: c.municipalityAtvk,
    startedOn: c.serviceBeganOn ?? c.openedOn, movedInOn: moved.get(c.caseId) ?? null, endedOn: c.closedOn,
    exitDestination: c.closedOn ? endings.get(c.caseId) ?? null : null, questionnaires: questionnaires.get(c.caseId) ?? NO_QUESTIONNAIRES,
  }));
  const municipalityName = (atvk: string) => {
    const place = names.municipalities.get(atvk);
    return { nameLv: place?.nameLv ?? atvk, nameEn: place?.nameEn ?? atvk };
  };
  const providerName = (id: string) => {
    const name = names.providers.get(id) ?? '';
    return { nameLv: name, nameEn: name };
  };
  return { facts, municipalityName, providerName };
}

/** The period asked, its defaults filled in (this calendar year, retention as of today) and its order checked. */
function periodOf(input: { from?: string | undefined; to?: string | undefined; asOf?: string | undefined }, ctx: Ctx) {
  const day = today(ctx);
  const from = input.from ?? `${day.slice(0, 4)}-01-01`, to = input.to ?? `${day.slice(0, 4)}-12-31`, asOf = input.asOf ?? day;
  if (from > to) throw invalidField('to', 'housing.errors.periodToBeforeFrom');
  return { from, to, asOf };
}

/**
 * HF-4.2 A, B, C for the period `from`–`to` (default: this calendar year) and retention as of `asOf`
 * (default: today), for the programme as a whole and per municipality and per provider, over the cases
 * the actor may see; for funders and planners every count under SMALL_CELL is suppressed, with what
 * would give it back and the shares and lengths derived from it. The read is audited without personal data.
 */
export async function getHfIndicators(input: { from?: string | undefined; to?: string | undefined; asOf?: string | undefined }, ctx: Ctx, format: 'json' | 'pdf' | 'xlsx' = 'json'): Promise<HfIndicatorsReport> {
  const view = computeHfIndicatorsView(ctx.actor);
  if (view.kind === 'none') throw forbidden();
  const { from, to, asOf } = periodOf(input, ctx);
  const { facts, municipalityName, providerName } = await loadFacts(ctx, view);
  let capacity: number | null = null;
  try {
    capacity = (await getSettingsInForce<ProgrammeSettings>(ctx.db, housingFirstProgramme.code, to)).settings.capacity ?? null;
  } catch {
    capacity = null; // no settings in force: the served are shown without the capacity
  }

  const period = { from, to };
  const groupsBy = (key: (f: Fact) => string, name: (id: string) => { nameLv: string; nameEn: string }, prefix: string) => {
    const found = new Map<string, Fact[]>();
    for (const fact of facts) {
      const id = key(fact);
      const group = found.get(id);
      if (group) group.push(fact); else found.set(id, [fact]);
    }
    return [...found].map(([id, cases]) => ({ id, cases, ...name(id) })).sort((a, b) => latvianOrder.compare(a.nameLv, b.nameLv))
      .map((g) => ({ id: g.id, key: `${prefix}:${g.id}`, nameLv: g.nameLv, nameEn: g.nameEn, raw: rawFigures(g.cases, period, asOf, capacity ?? 0) }));
  };
  const total = { key: 'all', raw: rawFigures(facts, period, asOf, capacity ?? 0) };
  const municipalities = groupsBy((f) => f.municipalityAtvk, municipalityName, 'm');
  const providers = groupsBy((f) => f.organisationId, providerName, 'p');

  const suppressed = view.kind === 'aggregates';
  const hidden = suppressed ? hiddenCounts(total, municipalities, providers) : new Set<string>();
  const shown = (key: string, n: number) => (hidden.has(key) ? null : n);
  const share = (key: string, count: string, of: string, s: { count: number; of: number; share: number | null }): ShownShare => {
    const c = shown(`${key}.${count}`, s.count), o = shown(`${key}.${of}`, s.of);
    return { count: c, of: o, share: c === null || o === null ? null : s.share };
  };
  const present = (key: string, raw: Raw, withCapacity: boolean): IndicatorFigures => {
    const served = shown(`${key}.served`, raw.served.count);
    const ended = shown(`${key}.ended`, raw.los.cases);
    return {
      served: { count: served, of: withCapacity ? capacity : null, share: withCapacity && served !== null && capacity ? raw.served.share : null },
      lengthOfStay: { cases: ended, meanDays: ended === null ? null : raw.los.meanDays, medianDays: ended === null ? null : raw.los.medianDays },
      housedAfter6Months: share(key, 'housed6', 'reached6', raw.after6),
      housedAfter12Months: share(key, 'housed12', 'reached12', raw.after12),
      exitDestinations: raw.destinations.map((d) => {
        const count = shown(`${key}.dest.${d.destination}`, d.count);
        return { destination: d.destination, count, of: ended, share: count === null || ended === null ? null : d.share };
      }),
      outcomes: presentOutcomes(key, raw.outcomes),
    };
  };
  const presentOutcomes = (key: string, o: Raw['outcomes']): OutcomeFigures => {
    const cases = shown(`${key}.outcomes`, o.cases);
    const known = <T>(v: T) => (cases === null ? null : v);
    return {
      cases,
      income: { meanAtStart: known(o.income.meanAtStart), meanAtExit: known(o.income.meanAtExit), increased: share(key, 'income_up', 'outcomes', o.income.increased) },
      workingAtStart: share(key, 'workingAtStart', 'outcomes', o.workingAtStart),
      workingAtExit: share(key, 'workingAtExit', 'outcomes', o.workingAtExit),
      training: share(key, 'training', 'outcomes', o.training),
      volunteering: share(key, 'volunteering', 'outcomes', o.volunteering),
      addictionRehabilitation: share(key, 'addictionRehabilitation', 'outcomes', o.addictionRehabilitation),
      crisisServices: o.crisisServices.map((m) => ({ measure: m.measure, atStart: known(m.atStart), atExit: known(m.atExit) })),
    };
  };

  // read on the page: a view; as a PDF or a workbook: an export (issue 13), both of the report itself, not of a case
  const read = format === 'json' ? { action: 'view' as const, changes: {} } : { action: 'export' as const, changes: { format } };
  await appendAuditEvent(ctx.db, originOf(ctx), { action: read.action, entityType: 'indicator_report', entityId: null, personId: null, changes: { report: 'hf_indicators', from, to, asOf, scope: view.kind, suppressed, ...read.changes } }, ctx.now());
  return {
    from, to, asOf, scope: view.kind, suppressed, smallCell: SMALL_CELL, capacity,
    programme: present(total.key, total.raw, true),
    municipalities: municipalities.map((g) => ({ id: g.id, nameLv: g.nameLv, nameEn: g.nameEn, figures: present(g.key, g.raw, false) })),
    providers: providers.map((g) => ({ id: g.id, nameLv: g.nameLv, nameEn: g.nameEn, figures: present(g.key, g.raw, false) })),
  };
}

/**
 * The counts a funder or planner may not see. The sums that tie them: each figure of the programme is
 * the sum of the municipalities' and, again, of the providers'; within a group, those reaching 6 (12)
 * months are the housed and the not housed, and the ended are the sum of the exit destinations.
 */
function hiddenCounts(total: { key: string; raw: Raw }, ...breakdowns: Array<Array<{ key: string; raw: Raw }>>) {
  const counts = new Map<string, number>();
  const equations: CountEquation[] = [];
  const all = [total, ...breakdowns.flat()];
  const metrics = new Set<string>();
  for (const { key, raw } of all) {
    const put = (metric: string, n: number) => { counts.set(`${key}.${metric}`, n); metrics.add(metric); };
    put('served', raw.served.count);
    put('ended', raw.los.cases);
    put('reached6', raw.after6.of); put('housed6', raw.after6.count); put('out6', raw.after6.of - raw.after6.count);
    put('reached12', raw.after12.of); put('housed12', raw.after12.count); put('out12', raw.after12.of - raw.after12.count);
    for (const d of raw.destinations) put(`dest.${d.destination}`, d.count);
    // D, E: the clients with both questionnaires, each yes/no figure and its complement
    put('outcomes', raw.outcomes.cases);
    put('income_up', raw.outcomes.income.increased.count); put('income_not_up', raw.outcomes.cases - raw.outcomes.income.increased.count);
    equations.push({ total: `${key}.outcomes`, parts: [`${key}.income_up`, `${key}.income_not_up`] });
    for (const figure of OUTCOME_SHARES) {
      put(figure, raw.outcomes[figure].count); put(`${figure}_not`, raw.outcomes.cases - raw.outcomes[figure].count);
      equations.push({ total: `${key}.outcomes`, parts: [`${key}.${figure}`, `${key}.${figure}_not`] });
    }
    equations.push({ total: `${key}.reached6`, parts: [`${key}.housed6`, `${key}.out6`] });
    equations.push({ total: `${key}.reached12`, parts: [`${key}.housed12`, `${key}.out12`] });
    equations.push({ total: `${key}.ended`, parts: raw.destinations.map((d) => `${key}.dest.${d.destination}`) });
  }
  for (const parts of breakdowns) for (const metric of metrics) equations.push({ total: `${total.key}.${metric}`, parts: parts.map((g) => `${g.key}.${metric}`) });
  return suppressCountsInEquations(counts, equations, SMALL_CELL);
}

/** One case behind a figure, as the drill-down lists it. */
export interface IndicatorCaseRow {
  caseId: string; caseNumber: string | null; givenNames: string; surnames: string; municipalityNameLv: string; municipalityNameEn: string;
  startedOn: string; movedInOn: string | null; endedOn: string | null; exitDestination: ExitDestination | null;
}

/**
 * HF-4.2 the cases behind one figure of the report — of the programme (`all`), a municipality (`m:<atvk>`) or a
 * provider (`p:<organisation>`) — for the same period and day, by the same rule (`casesBehind`), sorted by case
 * number. Only for those who hold the cases (a provider's staff, a municipality); funders and planners read
 * aggregates only. Audited as a read of personal data: one event with the cases listed.
 */
export async function getHfIndicatorCases(input: { figure: IndicatorFigure; group: string; from?: string | undefined; to?: string | undefined; asOf?: string | undefined }, ctx: Ctx) {
  const view = computeHfIndicatorsView(ctx.actor);
  if (view.kind === 'none' || view.kind === 'aggregates') throw forbidden();
  const { from, to, asOf } = periodOf(input, ctx);
  const inGroup = (f: Fact) => input.group === 'all' || input.group === `m:${f.municipalityAtvk}` || input.group === `p:${f.organisationId}`;
  const loaded = await loadFacts(ctx, view);
  const facts = loaded.facts.filter(inGroup);
  const behind = casesBehind(input.figure, facts, { from, to }, asOf);
  const named = new Map((await repo.findCasesNamed(ctx.db, behind.map((c) => c.caseId))).map((n) => [n.caseId, n]));
  const cases: IndicatorCaseRow[] = behind.map((c) => {
    const n = named.get(c.caseId)!;
    return {
      caseId: c.caseId, caseNumber: n.caseNumber, givenNames: n.givenNames, surnames: n.surnames,
      municipalityNameLv: n.municipalityNameLv ?? n.municipalityAtvk, municipalityNameEn: n.municipalityNameEn ?? n.municipalityAtvk,
      startedOn: c.startedOn, movedInOn: c.movedInOn, endedOn: c.endedOn, exitDestination: c.exitDestination,
    };
  }).sort((a, b) => caseNumberOrder.compare(a.caseNumber ?? '', b.caseNumber ?? '') || (a.caseId < b.caseId ? -1 : 1));
  await appendAuditEvent(ctx.db, originOf(ctx), {
    action: 'view', entityType: 'indicator_report', entityId: null, personId: null,
    changes: { report: 'hf_indicators', view: 'cases', figure: input.figure, group: input.group, from, to, asOf, scope: view.kind, cases: cases.map((c) => c.caseId) },
  }, ctx.now());
  // the group's name for the page's heading: the programme's has none
  const first = facts[0];
  const group = !first || input.group === 'all' ? null : input.group.startsWith('m:') ? loaded.municipalityName(first.municipalityAtvk) : loaded.providerName(first.organisationId);
  const groupName = group && { lv: group.nameLv, en: group.nameEn };
  return { figure: input.figure, group: input.group, groupName, scope: view.kind, from, to, asOf, cases };
}

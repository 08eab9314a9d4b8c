import { addMonths, daysBetween } from '../../shared/dates';
import { EXIT_DESTINATIONS, type ExitDestination } from './ending.rules';

/**
 * HF-4.2 the pilot's indicators (seed 004 §4.2, after the Canadian Housing First performance guide),
 * as pure functions of the cases' recorded facts and a day. Indicators D–F read the client
 * questionnaire (HF-4.3 (2)), which is recorded later (issue 13).
 */

/** One Housing First case as the indicators read it. */
export interface IndicatorCase {
  caseId: string;
  /** The day the client began to receive the service (the case's `serviceBeganOn`, else its opening). */
  startedOn: string;
  /** The day the client moved into the dwelling, if they have. */
  movedInOn: string | null;
  /** The service's last day, if it has ended. */
  endedOn: string | null;
  /** Where the client went when the service ended (HF-4.2 C). */
  exitDestination: ExitDestination | null;
}

export interface Period { from: string; to: string }

/** A share of a whole, null while the whole is empty (nothing to divide). */
export interface Share { count: number; of: number; share: number | null }
const shareOf = (count: number, of: number): Share => ({ count, of, share: of === 0 ? null : count / of });

/** HF-4.2 F the crisis services the questionnaire counts (over the last 6 months before it was filled in). */
const CRISIS_MEASURES_LIST = ['hospitalisations', 'day_hospital_stays', 'inpatient_stays', 'emergency_calls', 'police_contacts', 'jail_times', 'jail_days'] as const;

/** Someone leaving to one of these lives in a dwelling of their own after the service (HF-4.2 C i, ii). */
export const HOUSED_DESTINATIONS: readonly ExitDestination[] = ['market_flat', 'social_flat'];

/** Served in the period: the service began on or before its last day and had not ended before its first. */
const servedIn = (c: IndicatorCase, period: Period) => c.startedOn <= period.to && (c.endedOn === null || c.endedOn >= period.from);

/** Ended in the period: the service's last day falls within it (HF-4.2 B, C, D–F). */
const endedIn = (c: IndicatorCase | OutcomeCase, period: Period) => c.endedOn !== null && c.endedOn >= period.from && c.endedOn <= period.to;

/** HF-4.2 A the clients who took part in the programme in the period, against its capacity (the pilot: 100). */
export function computeServedAgainstCapacity(cases: readonly IndicatorCase[], period: Period, capacity: number): Share {
  return shareOf(casesBehind('served', cases, period, period.to).length, capacity);
}

/**
 * HF-4.2 B the length of stay "from receiving the service to its end", in days, of the cases that ended
 * in the period (those still served have no length yet): their number, mean and median.
 */
export function computeLengthOfStay(cases: readonly IndicatorCase[], period: Period) {
  const days = casesBehind('ended', cases, period, period.to)
    .map((c) => daysBetween(c.startedOn, c.endedOn!))
    .sort((a, b) => a - b);
  if (days.length === 0) return { cases: 0, meanDays: null, medianDays: null };
  const middle = Math.floor(days.length / 2);
  return {
    cases: days.length,
    meanDays: days.reduce((sum, d) => sum + d, 0) / days.length,
    medianDays: days.length % 2 ? days[middle]! : (days[middle - 1]! + days[middle]!) / 2,
  };
}

/**
 * HF-4.2 B i, ii the share of clients living in a dwelling `months` calendar months after they moved in
 * (31 January + 6 months is 31 July; 29 February + 12 months is 28 February). Counted are the clients
 * whose mark falls on or before `asOf`; one is housed on the mark when the service had not ended before
 * that day, or it ended with the client moving to a market or a social flat. Given a period, the clients
 * are those served in it (a funder asking about the pilot's year reads the pilot's clients, their marks
 * as of `asOf` even when they fall after the period's end).
 */
export function computeHousingRetention(cases: readonly IndicatorCase[], months: number, asOf: string, period: Period | null = null): Share {
  // one pass, each client's mark computed once: the cohort of `retentionCohort`, counted as `casesBehind` lists it
  let housed = 0, reached = 0;
  for (const c of cases) {
    if (period && !servedIn(c, period)) continue;
    const onTheMark = isHousedAfter(c, months, asOf);
    if (onTheMark === null) continue;
    reached += 1;
    if (onTheMark) housed += 1;
  }
  return shareOf(housed, reached);
}

/** HF-4.2 B i, ii the clients counted: those served in the period (any, without one) whose mark falls by `asOf`. */
const retentionCohort = <C extends IndicatorCase>(cases: readonly C[], months: number, asOf: string, period: Period | null) =>
  cases.filter((c) => (!period || servedIn(c, period)) && isHousedAfter(c, months, asOf) !== null);

/** HF-4.2 B i, ii one client: housed `months` calendar months after moving in; null when the mark is not reached by `asOf` (or they never moved in). */
export function isHousedAfter(c: IndicatorCase, months: number, asOf: string): boolean | null {
  if (c.movedInOn === null) return null;
  const mark = addMonths(c.movedInOn, months);
  if (mark > asOf) return null;
  return c.endedOn === null || c.endedOn >= mark || (c.exitDestination !== null && HOUSED_DESTINATIONS.includes(c.exitDestination));
}

/** HF-4.2 C where the clients whose service ended in the period went: each destination's count and share. */
export function computeExitDestinations(cases: readonly IndicatorCase[], period: Period) {
  const ended = casesBehind('ended', cases, period, period.to);
  // one pass over the ended, counted by `destinationOf` as `casesBehind('destination:…')` lists them; listed in the
  // destinations' own order, not as the rows happened to come (a server's scan may begin anywhere)
  const counts = new Map<ExitDestination | 'not_recorded', number>();
  for (const c of ended) counts.set(destinationOf(c), (counts.get(destinationOf(c)) ?? 0) + 1);
  return [...EXIT_DESTINATIONS, 'not_recorded' as const].flatMap((destination) => {
    const count = counts.get(destination);
    return count ? [{ destination, ...shareOf(count, ended.length) }] : [];
  });
}

const destinationOf = (c: IndicatorCase): ExitDestination | 'not_recorded' => c.exitDestination ?? 'not_recorded';

/**
 * HF-4.2 the figures a count on the report stands for, each drilling down to its cases: A `served`;
 * B `ended` (the length of stay's cases); B i, ii `reached6` = `housed6` + `notHoused6` (and 12);
 * C `destination:<code>` (`not_recorded` when none was); D–F `outcomes` (the cases with both questionnaires),
 * D `income_up`, E `working_at_start`, `working_at_exit`, `training`, `volunteering`, `addiction_rehabilitation`
 * (the clients each share counts), F `crisis_start:<measure>` and `crisis_exit:<measure>` (the clients whose
 * questionnaire gives that crisis service at least once: the ones the sum is made of).
 */
export const INDICATOR_FIGURES = [
  'served', 'ended', 'reached6', 'housed6', 'notHoused6', 'reached12', 'housed12', 'notHoused12', 'outcomes',
  ...[...EXIT_DESTINATIONS, 'not_recorded' as const].map((d) => `destination:${d}` as const),
  'income_up', 'working_at_start', 'working_at_exit', 'training', 'volunteering', 'addiction_rehabilitation',
  ...CRISIS_MEASURES_LIST.flatMap((m) => [`crisis_start:${m}` as const, `crisis_exit:${m}` as const]),
] as const;
export type IndicatorFigure = (typeof INDICATOR_FIGURES)[number];

/**
 * HF-4.2 the cases behind one figure for the period and `asOf`: the very lists the counting functions
 * above count (they call this), so a figure and its drill-down can never disagree.
 */
export function casesBehind<C extends IndicatorCase & { questionnaires?: readonly QuestionnaireRecord[] }>(figure: IndicatorFigure, cases: readonly C[], period: Period, asOf: string): C[] {
  switch (figure) {
    case 'served': return cases.filter((c) => servedIn(c, period));
    case 'ended': return cases.filter((c) => endedIn(c, period));
    case 'reached6': return retentionCohort(cases, 6, asOf, period);
    case 'housed6': return retentionCohort(cases, 6, asOf, period).filter((c) => isHousedAfter(c, 6, asOf));
    case 'notHoused6': return retentionCohort(cases, 6, asOf, period).filter((c) => !isHousedAfter(c, 6, asOf));
    case 'reached12': return retentionCohort(cases, 12, asOf, period);
    case 'housed12': return retentionCohort(cases, 12, asOf, period).filter((c) => isHousedAfter(c, 12, asOf));
    case 'notHoused12': return retentionCohort(cases, 12, asOf, period).filter((c) => !isHousedAfter(c, 12, asOf));
    case 'outcomes': return cases.filter((c) => hasBothQuestionnaires({ ...c, questionnaires: c.questionnaires ?? [] }, period, asOf));
    case 'income_up': case 'working_at_start': case 'working_at_exit': case 'training': case 'volunteering': case 'addiction_rehabilitation':
      return outcomeCasesWhere(cases, period, asOf, OUTCOME_TESTS[figure]);
    default: {
      if (figure.startsWith('crisis_start:') || figure.startsWith('crisis_exit:')) {
        const [when, measure] = figure.split(':') as [string, CrisisMeasure];
        return outcomeCasesWhere(cases, period, asOf, (p) => amount(when === 'crisis_start' ? p.start : p.exit, measure) > 0);
      }
      const destination = figure.slice('destination:'.length);
      return cases.filter((c) => endedIn(c, period) && destinationOf(c) === destination);
    }
  }
}

/** One client questionnaire (HF-4.3 (2)) as indicators D–F read it: its day and answers. */
export interface QuestionnaireRecord { recordedOn: string; answers: Readonly<Record<string, unknown>> }

/** A case with its client questionnaires, for HF-4.2 D–F. */
export interface OutcomeCase { caseId: string; startedOn: string; endedOn: string | null; questionnaires: readonly QuestionnaireRecord[] }

/** HF-4.2 F the crisis services the questionnaire counts (over the last 6 months before it was filled in). */
export const CRISIS_MEASURES = CRISIS_MEASURES_LIST;
export type CrisisMeasure = (typeof CRISIS_MEASURES)[number];

/**
 * HF-4.3 (2) a case's questionnaire at the start and at the exit, as of `asOf`: at the exit, the last one
 * recorded from one calendar month before the service's last day on (31 March → from 28 February; a
 * questionnaire filled in a few days after the last day counts too); at the start, the earliest one before
 * that window (normally the one within the first month; the core keeps every one within the case's life, so
 * one filled in between the opening and the service's start counts). Either is null when missing; a case that
 * has not ended by `asOf` has no exit.
 */
export function questionnairesAtStartAndExit(c: OutcomeCase, asOf: string): { start: QuestionnaireRecord | null; exit: QuestionnaireRecord | null } {
  const known = c.questionnaires.filter((q) => q.recordedOn <= asOf).sort((a, b) => (a.recordedOn < b.recordedOn ? -1 : a.recordedOn > b.recordedOn ? 1 : 0));
  if (c.endedOn === null || c.endedOn > asOf) return { start: known[0] ?? null, exit: null };
  const exitFrom = addMonths(c.endedOn, -1);
  return { start: known.find((q) => q.recordedOn < exitFrom) ?? null, exit: known.filter((q) => q.recordedOn >= exitFrom).at(-1) ?? null };
}

/** HF-4.2 D, E, F for one group of cases: counts and sums, before any suppression. */
export interface QuestionnaireOutcomes {
  /** the clients whose service ended in the period with a questionnaire at the start and at the exit */
  cases: number;
  /** D monthly income (€) at the start and at the exit: the means, and those whose income rose */
  income: { meanAtStart: number | null; meanAtExit: number | null; increased: Share };
  /** E i working full or part time at the start, and at the exit */
  workingAtStart: Share;
  workingAtExit: Share;
  /** E ii–iv at the exit: took up skills or qualification training; volunteering, hobbies or community activities; began addiction rehabilitation */
  training: Share;
  volunteering: Share;
  addictionRehabilitation: Share;
  /** F each crisis service: the times (days in jail: days) in the 6 months before the start's and before the exit's questionnaire, in all */
  crisisServices: Array<{ measure: CrisisMeasure; atStart: number; atExit: number }>;
}

const isWorking = (a: Readonly<Record<string, unknown>>) => a.work === 'full_time' || a.work === 'part_time';
const amount = (a: Readonly<Record<string, unknown>>, code: string) => (typeof a[code] === 'number' ? (a[code] as number) : 0);

/** A client's answers at the start and at the exit. */
interface AnswerPair { start: Readonly<Record<string, unknown>>; exit: Readonly<Record<string, unknown>> }

/** HF-4.2 D, E what puts a client in each yes/no figure: the count of `computeQuestionnaireOutcomes` and the drill-down's list. */
const OUTCOME_TESTS = {
  income_up: (p: AnswerPair) => amount(p.exit, 'income_eur') > amount(p.start, 'income_eur'),
  working_at_start: (p: AnswerPair) => isWorking(p.start),
  working_at_exit: (p: AnswerPair) => isWorking(p.exit),
  training: (p: AnswerPair) => p.exit.training === true,
  volunteering: (p: AnswerPair) => p.exit.volunteering === true,
  addiction_rehabilitation: (p: AnswerPair) => p.exit.addiction_rehabilitation === true,
} as const;

const answersOf = (c: OutcomeCase, asOf: string): AnswerPair => {
  const { start, exit } = questionnairesAtStartAndExit(c, asOf);
  return { start: start!.answers, exit: exit!.answers };
};

/** HF-4.2 D–F the clients with both questionnaires whose answers pass `test`. */
function outcomeCasesWhere<C extends IndicatorCase & { questionnaires?: readonly QuestionnaireRecord[] }>(cases: readonly C[], period: Period, asOf: string, test: (p: AnswerPair) => boolean): C[] {
  return cases.filter((c) => {
    const withQuestionnaires = { ...c, questionnaires: c.questionnaires ?? [] };
    return hasBothQuestionnaires(withQuestionnaires, period, asOf) && test(answersOf(withQuestionnaires, asOf));
  });
}
const mean = (values: readonly number[]) => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : null);

/**
 * HF-4.2 D, E, F over the cases whose service ended in the period (as C), counting only those with a
 * questionnaire at the start and at the exit (`questionnairesAtStartAndExit`) — a client asked once says
 * nothing of a change. An unanswered yes/no counts as no, an unanswered number as 0.
 */
export function computeQuestionnaireOutcomes(cases: readonly OutcomeCase[], period: Period, asOf: string): QuestionnaireOutcomes {
  const pairs = casesWithBothQuestionnaires(cases, period, asOf).map((c) => answersOf(c, asOf));
  const n = pairs.length;
  const count = (test: (p: AnswerPair) => boolean) => shareOf(pairs.filter(test).length, n);
  return {
    cases: n,
    income: {
      meanAtStart: mean(pairs.map((p) => amount(p.start, 'income_eur'))),
      meanAtExit: mean(pairs.map((p) => amount(p.exit, 'income_eur'))),
      increased: count(OUTCOME_TESTS.income_up),
    },
    workingAtStart: count(OUTCOME_TESTS.working_at_start),
    workingAtExit: count(OUTCOME_TESTS.working_at_exit),
    training: count(OUTCOME_TESTS.training),
    volunteering: count(OUTCOME_TESTS.volunteering),
    addictionRehabilitation: count(OUTCOME_TESTS.addiction_rehabilitation),
    crisisServices: CRISIS_MEASURES.map((measure) => ({
      measure, atStart: pairs.reduce((s, p) => s + amount(p.start, measure), 0), atExit: pairs.reduce((s, p) => s + amount(p.exit, measure), 0),
    })),
  };
}

/** HF-4.2 D–F the cases the outcomes are counted over: ended in the period, with a questionnaire at the start and at the exit. */
export function casesWithBothQuestionnaires<C extends OutcomeCase>(cases: readonly C[], period: Period, asOf: string): C[] {
  return cases.filter((c) => hasBothQuestionnaires(c, period, asOf));
}

function hasBothQuestionnaires(c: OutcomeCase, period: Period, asOf: string) {
  // the start's and the exit's are two records: fewer say nothing of a change (and most cases have none)
  if (c.questionnaires.length < 2 || !endedIn(c, period)) return false;
  const { start, exit } = questionnairesAtStartAndExit(c, asOf);
  return start !== null && exit !== null;
}

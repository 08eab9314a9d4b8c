/**
 * Impossible and inconsistent dates (issue 11 §2). A fact recorded about a person or a case — a visit, a
 * contact, a work-log entry, an assessment, a review, a plan version, an offer and its answer, an incident,
 * a decision, an ending… — has happened: it is dated today (in Riga) at the latest. A fact of a case is
 * dated on or after the day the case opened and, once the case has ended, no later than the day it ended.
 * The days are `yyyy-mm-dd`, so they compare as text; `today` comes from the caller's clock.
 */

/** Why a fact's date is refused; translated as `validation.<problem>` (the field) and `errors.facts.<problem>` (the message). */
export type FactDateProblem = 'dateInFuture' | 'beforeCaseOpened' | 'afterCaseClosed';

/** The days a case is served: from its opening day to its closing day (null while it runs). */
export interface CaseSpan { openedOn: string; closedOn: string | null }

/** A fact outside the case: it has happened, so it is dated today at the latest. */
export function checkPastDate(on: string, today: string): 'dateInFuture' | null {
  return on > today ? 'dateInFuture' : null;
}

/**
 * A fact of a case: not after today, not before the case opened (the opening day itself is fine), not after
 * the case ended (the closing day itself is fine). What is planned ahead — the weekly visit slot, a worker
 * joining the team from a day — may be dated after today, still within the case.
 */
export function checkFactDate(on: string, theCase: CaseSpan, today: string, options: { plannedAhead?: boolean } = {}): FactDateProblem | null {
  if (on > today && !options.plannedAhead) return 'dateInFuture';
  if (on < theCase.openedOn) return 'beforeCaseOpened';
  if (theCase.closedOn !== null && on > theCase.closedOn) return 'afterCaseClosed';
  return null;
}

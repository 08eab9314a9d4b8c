import { checkFactDate, checkPastDate, formatDate, type CaseSpan, type FactDateProblem } from '@socrehab/domain';
import { type Deps, today } from '../app/context';
import { AppError } from './errors';

const CODE: Record<FactDateProblem, string> = { dateInFuture: 'facts.date_in_future', beforeCaseOpened: 'facts.before_case_opened', afterCaseClosed: 'facts.after_case_closed' };

function refuse(problem: FactDateProblem, field: string, on: string, day: string, span?: CaseSpan): never {
  throw new AppError(422, CODE[problem], `errors.facts.${problem}`, {
    fields: { [field]: `validation.${problem}` },
    params: { field, date: formatDate(on), today: formatDate(day), openedOn: formatDate(span?.openedOn), closedOn: formatDate(span?.closedOn) },
  });
}

/**
 * Issue 11 §2 — a new fact of a case (a visit, a contact, a work-log entry, an assessment, a plan, an
 * offer, an incident, an ending…): a closed case takes none (409), and its date is within the case and
 * not after today in Riga (422 naming the field), by the one rule `checkFactDate`.
 */
export function requireFactDate(theCase: CaseSpan & { status: string }, field: string, on: string, deps: Pick<Deps, 'now'>, options: { plannedAhead?: boolean; onEndedCase?: boolean } = {}) {
  // an ended case takes no new facts, except what its ending asks for, dated within its life (IP-5 the ending's survey)
  if (theCase.status === 'closed' && !options.onEndedCase) {
    throw new AppError(409, 'cases.closed', 'errors.facts.caseClosed', { params: { closedOn: formatDate(theCase.closedOn) } });
  }
  const day = today(deps);
  const problem = checkFactDate(on, theCase, day, options);
  if (problem) refuse(problem, field, on, day, theCase);
}

/** Issue 11 §2 — a fact outside a case (a first contact, an application, an assessment, a decision…) has happened: today at the latest. */
export function requirePastDate(field: string, on: string | null | undefined, deps: Pick<Deps, 'now'>) {
  if (!on) return;
  const day = today(deps);
  if (checkPastDate(on, day)) refuse('dateInFuture', field, on, day);
}

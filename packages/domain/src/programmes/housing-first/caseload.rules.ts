import type { ProgrammeSettings } from './settings';

export type TeamRole = 'social_worker' | 'social_mentor' | 'specialist' | 'municipal_social_worker';

export interface Caseload {
  /** Open cases the worker is on in this role. */
  cases: number;
  /** Of those, the cases with no mentor: the social worker works with the client alone. */
  casesAlone: number;
}

export type CaseloadCheck =
  | { allowed: true }
  | { allowed: false; rule: 'social_worker' | 'social_mentor' | 'social_worker_alone'; limit: number; current: number };

/**
 * HF-2.4 — may this worker take one more client in this role? A social worker at most 10 clients,
 * a mentor at most 7, a social worker who works alone (no mentor on the case) at most 7 such clients.
 * The 10th client is allowed, the 11th refused; a manager may override with a written reason.
 */
export function checkCaseload(role: TeamRole, load: Caseload, caseHasMentor: boolean, settings: ProgrammeSettings): CaseloadCheck {
  if (role === 'social_worker') {
    if (load.cases + 1 > settings.caseloadSocialWorker) {
      return { allowed: false, rule: 'social_worker', limit: settings.caseloadSocialWorker, current: load.cases };
    }
    if (!caseHasMentor && load.casesAlone + 1 > settings.caseloadSocialWorkerAlone) {
      return { allowed: false, rule: 'social_worker_alone', limit: settings.caseloadSocialWorkerAlone, current: load.casesAlone };
    }
  }
  if (role === 'social_mentor' && load.cases + 1 > settings.caseloadMentor) {
    return { allowed: false, rule: 'social_mentor', limit: settings.caseloadMentor, current: load.cases };
  }
  return { allowed: true };
}

/** The cap that applies to a worker's role, for the managers' caseload overview. */
export function caseloadCapOf(role: TeamRole, settings: ProgrammeSettings): number | null {
  if (role === 'social_worker') return settings.caseloadSocialWorker;
  if (role === 'social_mentor') return settings.caseloadMentor;
  return null;
}

import { describe, expect, it } from 'vitest';
import { type Actor, canMergePersons, canReadAudit, canReadPersons, computePersonScope } from './roles';

const actor = (roles: Actor['roles'], extra: Partial<Actor> = {}): Actor => ({
  userId: 'u1',
  organisationId: 'o1',
  organisationKind: 'service_provider',
  municipalityAtvk: null,
  roles,
  ...extra,
});

describe('person scope by role', () => {
  it('a social worker, mentor or specialist sees only persons whose case team they are on', () => {
    for (const role of ['social_worker', 'social_mentor', 'specialist'] as const) {
      expect(computePersonScope(actor([role]))).toEqual({ kind: 'caseTeam', userId: 'u1', organisationId: 'o1', seesWaitingLists: role === 'social_worker' });
    }
  });
  it('a manager sees the organisation', () => {
    expect(computePersonScope(actor(['social_worker', 'manager']))).toMatchObject({ kind: 'organisation', organisationId: 'o1' });
  });
  it('a municipal social worker sees the municipality', () => {
    const scope = computePersonScope(actor(['municipal_social_worker'], { municipalityAtvk: '0001000' }));
    expect(scope).toMatchObject({ kind: 'municipality', municipalityAtvk: '0001000' });
  });
  it('funder analysts, planners and administrators see no personal data', () => {
    for (const role of ['funder_analyst', 'planner', 'administrator'] as const) {
      expect(computePersonScope(actor([role]))).toEqual({ kind: 'none' });
      expect(canReadPersons(actor([role]))).toBe(false);
    }
  });
  it('only managers and municipal social workers merge; only managers and administrators read the audit log', () => {
    expect(canMergePersons(actor(['social_worker']))).toBe(false);
    expect(canMergePersons(actor(['manager']))).toBe(true);
    expect(canReadAudit(actor(['social_worker']))).toBe(false);
    expect(canReadAudit(actor(['manager']))).toBe(true);
  });
  it('a housing provider\'s manager sees no people, merges none and reads no audit log; nor does a funder\'s (issue 11 §5)', () => {
    for (const organisationKind of ['housing_provider', 'funder', 'planning_region'] as const) {
      const manager = actor(['manager'], { organisationKind, municipalityAtvk: '0001000' });
      expect(computePersonScope(manager)).toEqual({ kind: 'none' });
      expect(canReadPersons(manager)).toBe(false);
      expect(canMergePersons(manager)).toBe(false);
      expect(canReadAudit(manager)).toBe(false);
    }
  });
});

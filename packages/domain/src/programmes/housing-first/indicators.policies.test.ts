import { describe, expect, it } from 'vitest';
import type { Actor } from '../../access/roles';
import { computeHfIndicatorsView, suppressCountsInEquations } from './indicators.policies';

const actor = (organisationKind: Actor['organisationKind'], roles: Actor['roles'], municipalityAtvk: string | null = null): Actor =>
  ({ userId: 'u', organisationId: 'o', organisationKind, municipalityAtvk, roles });

describe('HF-4.2 who reads the indicators', () => {
  it('gives a provider’s staff their organisation, a municipal social service its municipality, funders and planners aggregates, others nothing', () => {
    expect(computeHfIndicatorsView(actor('service_provider', ['social_mentor']))).toEqual({ kind: 'provider', organisationId: 'o' });
    expect(computeHfIndicatorsView(actor('municipal_social_service', ['municipal_social_worker'], '0001000'))).toEqual({ kind: 'municipality', municipalityAtvk: '0001000' });
    expect(computeHfIndicatorsView(actor('funder', ['funder_analyst'])).kind).toBe('aggregates');
    expect(computeHfIndicatorsView(actor('service_provider', ['administrator'])).kind).toBe('none');
  });
});

describe('HF-4.2 small cells over several sums', () => {
  it('hides a small count and, in every sum it is part of, a complement that would give it back', () => {
    const counts = new Map([['all', 12], ['m:a', 9], ['m:b', 3], ['p:x', 6], ['p:y', 6]]);
    const hidden = suppressCountsInEquations(counts, [{ total: 'all', parts: ['m:a', 'm:b'] }, { total: 'all', parts: ['p:x', 'p:y'] }], 5);
    expect([...hidden].sort()).toEqual(['m:a', 'm:b']);
  });

  it('hides the total when it is the only other member left shown, and leaves zeros alone when a non-zero part can be hidden', () => {
    expect([...suppressCountsInEquations(new Map([['all', 7], ['a', 3]]), [{ total: 'all', parts: ['a'] }], 5)].sort()).toEqual(['a', 'all']);
    expect([...suppressCountsInEquations(new Map([['t', 7], ['s', 2], ['u', 0], ['v', 5]]), [{ total: 't', parts: ['s', 'u', 'v'] }], 5)].sort()).toEqual(['s', 'v']);
  });
});

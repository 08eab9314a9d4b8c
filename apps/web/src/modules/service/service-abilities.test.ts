import { describe, expect, it } from 'vitest';
import type { Me } from '../auth/auth.api';
import { serviceAbilitiesOf } from './service-abilities';

const me = (kind: 'service_provider' | 'municipal_social_service', programmes: Record<string, Record<string, boolean>>) =>
  ({ user: { id: 'u', email: 'e', displayName: 'd', roles: [], organisation: { id: 'o', name: 'n', kind, municipalityAtvk: null } }, csrfToken: '', abilities: {}, programmes }) as unknown as Me;

describe('who sees which worklist', () => {
  it('the provider’s staff: my morning by cases, the organisation’s list by caseloads, the planned visits with either', () => {
    expect(serviceAbilitiesOf(me('service_provider', { housing_first: { cases: true } }))).toEqual({ worker: true, organisation: false, visits: true });
    expect(serviceAbilitiesOf(me('service_provider', { housing_first: { cases: true, caseloads: true } }))).toEqual({ worker: true, organisation: true, visits: true });
    expect(serviceAbilitiesOf(me('municipal_social_service', { individual_budget: { cases: true } }))).toEqual({ worker: false, organisation: false, visits: false });
  });
  it('RP-6 a programme with items about the user’s organisation gives a municipal officer my morning, not the planned visits', () => {
    expect(serviceAbilitiesOf(me('municipal_social_service', { regional_planning: { view: true, worklist: true } }))).toEqual({ worker: true, organisation: false, visits: false });
    expect(serviceAbilitiesOf(me('municipal_social_service', { regional_planning: { view: true, worklist: false } }))).toEqual({ worker: false, organisation: false, visits: false });
  });
});

import { describe, expect, it } from 'vitest';
import type { Actor } from '../../access/roles';
import type { DwellingForMatching } from './dwelling-offers.rules';
import { canRehouse, checkRehousingOffer, computeRehousingProposals, startsRehousing } from './rehousing.rules';

const dwelling = (id: string, extra: Partial<DwellingForMatching> = {}): DwellingForMatching => ({
  id, municipalityAtvk: '0001000', addressFolded: 'purvciema iela 3, riga', rooms: 1, floor: 1, hasLift: false, accessible: false, petsAllowed: false,
  amenities: { water: true, heating: true }, status: 'available', ...extra,
});

describe('HF-3.2.6 a lease breach starts re-housing; damage does not; neither ends the service', () => {
  it('only a lease breach opens a round', () => {
    expect(startsRehousing('lease_breach')).toBe(true);
    expect(startsRehousing('dwelling_damage')).toBe(false);
    expect(startsRehousing('other')).toBe(false);
  });
});

describe('HF-3.2.6 with HF-3.1.5 proposals of a re-housing round', () => {
  it('never proposes the dwelling the person is leaving nor one already offered in the round', () => {
    const all = [dwelling('a'), dwelling('b'), dwelling('c'), dwelling('d', { status: 'reserved' })];
    const ids = computeRehousingProposals(all, '0001000', {}, null, { currentDwellingId: 'a', offeredIds: ['b'] }).map((m) => m.dwelling.id);
    expect(ids).toEqual(['c']);
  });

  it('keeps the first round’s matching: the questionnaire’s needs still apply', () => {
    const all = [dwelling('a', { floor: 5 }), dwelling('b', { floor: 2 })];
    expect(computeRehousingProposals(all, '0001000', { maxFloorWithoutLift: 2 }, null, { currentDwellingId: null, offeredIds: [] }).map((m) => m.dwelling.id)).toEqual(['b']);
  });
});

describe('HF-3.2.6 with HF-3.1.5 at most 3 offers per re-housing round', () => {
  const open = { closedOn: null, fromDwellingId: 'old' };
  const offered = (n: number) => Array.from({ length: n }, (_, i) => ({ dwellingId: `d${i}`, answer: 'refused' }));

  it('allows the third offer of the round and refuses the fourth — a new round counts from zero', () => {
    expect(checkRehousingOffer(open, offered(2), 'new', 3)).toEqual({ allowed: true });
    expect(checkRehousingOffer(open, offered(3), 'new', 3)).toEqual({ allowed: false, reason: 'too_many', limit: 3 });
    expect(checkRehousingOffer(open, [], 'new', 3)).toEqual({ allowed: true });
  });

  it('refuses the dwelling being left, a repeat, an offer after a choice and any offer in a closed round', () => {
    expect(checkRehousingOffer(open, [], 'old', 3)).toMatchObject({ reason: 'current_dwelling' });
    expect(checkRehousingOffer(open, offered(1), 'd0', 3)).toMatchObject({ reason: 'already_offered' });
    expect(checkRehousingOffer(open, [{ dwellingId: 'x', answer: 'chosen' }], 'new', 3)).toMatchObject({ reason: 'already_chosen' });
    expect(checkRehousingOffer({ closedOn: '2026-11-01', fromDwellingId: 'old' }, [], 'new', 3)).toMatchObject({ reason: 'round_closed' });
  });
});

describe('HF-3.2.6 who re-houses', () => {
  const actor = (extra: Partial<Actor>): Actor => ({
    userId: 'u', organisationId: 'prov', organisationKind: 'service_provider', municipalityAtvk: null, roles: ['social_worker'], ...extra,
  } as Actor);

  it('the provider’s team or manager, and the municipality’s social service; not another organisation', () => {
    expect(canRehouse(actor({}), 'prov', '0001000', true)).toBe(true);
    expect(canRehouse(actor({}), 'prov', '0001000', false)).toBe(false);
    expect(canRehouse(actor({ roles: ['manager'] }), 'prov', '0001000', false)).toBe(true);
    expect(canRehouse(actor({ organisationId: 'riga', organisationKind: 'municipal_social_service', municipalityAtvk: '0001000', roles: ['municipal_social_worker'] }), 'prov', '0001000', false)).toBe(true);
    expect(canRehouse(actor({ organisationId: 'other', roles: ['manager'] }), 'prov', '0001000', false)).toBe(false);
  });
});

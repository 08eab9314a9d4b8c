import { describe, expect, it } from 'vitest';
import type { Actor, OrganisationKind, Role } from '../access/roles';
import { addressProtectionChangeSchema, computeAddressAccess, hasAddressNeedToKnow, type AddressProtectionFacts } from './address-protection';

const actor = (userId: string, organisationId: string, roles: Role[], organisationKind: OrganisationKind = 'service_provider'): Actor => ({
  userId, organisationId, organisationKind, municipalityAtvk: organisationKind === 'municipal_social_service' ? '0001000' : null, roles,
});
const facts = (over: Partial<AddressProtectionFacts> = {}): AddressProtectionFacts => ({
  protection: { setAt: '2026-12-01T10:00:00Z', reason: 'Vardarbība ģimenē' },
  ownerOrganisationId: 'municipality',
  openCases: [{ organisationId: 'provider', teamUserIds: ['worker', 'msw'] }],
  ...over,
});

describe('issue 14, protected address: who has a need to know', () => {
  it('the worker on the team of an open case sees it and may change the protection', () => {
    expect(computeAddressAccess(actor('worker', 'provider', ['social_worker']), facts())).toEqual({ protected: true, hidden: false, canChange: true });
  });
  it('the municipal social worker on the team sees it; the same service not on the team does not', () => {
    expect(computeAddressAccess(actor('msw', 'municipality', ['municipal_social_worker'], 'municipal_social_service'), facts()).hidden).toBe(false);
    expect(computeAddressAccess(actor('msw2', 'municipality', ['municipal_social_worker'], 'municipal_social_service'), facts())).toEqual({ protected: true, hidden: true, canChange: false });
  });
  it('another worker of the same organisation does not', () => {
    expect(computeAddressAccess(actor('worker2', 'provider', ['social_worker']), facts()).hidden).toBe(true);
  });
  it('the manager of the organisation holding the open case does; a manager of another organisation does not', () => {
    expect(computeAddressAccess(actor('boss', 'provider', ['manager']), facts()).hidden).toBe(false);
    expect(computeAddressAccess(actor('other', 'other-provider', ['manager']), facts()).hidden).toBe(true);
  });
  it('the record keeper’s manager only while the person has no open case (boundary: one open case elsewhere)', () => {
    const keeper = actor('m', 'municipality', ['manager'], 'municipal_social_service');
    expect(hasAddressNeedToKnow(keeper, facts())).toBe(false);
    expect(hasAddressNeedToKnow(keeper, facts({ openCases: [] }))).toBe(true);
  });
  it('a team member of an open case is the team of today: the rule reads the teams of open cases only', () => {
    expect(computeAddressAccess(actor('worker', 'provider', ['social_worker']), facts({ openCases: [] })).hidden).toBe(true);
  });
  it('funders, planners, administrators and housing providers never see it, whatever their role', () => {
    for (const a of [actor('f', 'fund', ['funder_analyst'], 'funder'), actor('p', 'region', ['planner'], 'planning_region'), actor('h', 'housing', ['manager'], 'housing_provider'), actor('a', 'provider', ['administrator'])]) {
      expect(computeAddressAccess(a, facts()).hidden).toBe(true);
      expect(computeAddressAccess(a, facts()).canChange).toBe(false);
    }
  });
  it('without a protection nobody’s view changes', () => {
    expect(computeAddressAccess(actor('worker2', 'provider', ['social_worker']), facts({ protection: null }))).toEqual({ protected: false, hidden: false, canChange: false });
  });
  it('setting or clearing needs a reason', () => {
    expect(addressProtectionChangeSchema.safeParse({ reason: '  ' }).success).toBe(false);
    expect(addressProtectionChangeSchema.safeParse({ reason: 'Tiesas lēmums par aizsardzību' }).success).toBe(true);
  });
});

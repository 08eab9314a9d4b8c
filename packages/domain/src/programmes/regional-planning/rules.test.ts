import { describe, expect, it } from 'vitest';
import type { Actor } from '../../access/roles';
import {
  checkCatalogueVersion, computeCatalogueChanges, computeCatalogueInForce, computeNewServiceCode, LAW_SERVICE_TYPES, mapToCatalogue, PROGRAMME_SERVICE_MAP, RP_CATALOGUE_VERSIONS, RP_SERVICES_V1, RP_SERVICE_CODES, TARGET_GROUPS,
} from './catalogue';
import { computeForecastVsActual, computeRateForecast, computeTrendForecast } from './forecast.rules';
import { checkRoundOpening, computeCloseRefusal, computeNextPartStatus, computePartEditRefusal, computeRoundProgress, isRegionPlanner } from './round.rules';
import { checkCooperationAgreement, computeCooperationSplit, isAgreementInForce } from './cooperation.rules';
import { checkTargetGroupSplit, computeGaps, computeGroupFigure, computeSituation, computeSplitTotals, suppressCell, type SituationCell } from './situation.rules';
import { cooperationSchema, savePartSchema } from './api.schemas';
import { regionalPlanningProgramme } from './programme';

const actor = (over: Partial<Actor>): Actor => ({ userId: 'u', organisationId: 'o', organisationKind: 'municipal_social_service', municipalityAtvk: '0001000', roles: ['municipal_social_worker'], ...over });
const planner = actor({ organisationKind: 'planning_region', municipalityAtvk: null, roles: ['planner'] });
const rigaOfficer = actor({});
const cell = (over: Partial<SituationCell>): SituationCell => ({
  municipalityAtvk: '0001000', service: 'shelter', source: 'records', providers: null, places: null, clients: null, waiting: null, waitingDays: null, costCents: null, clientsByGroup: {}, placesByGroup: {}, waitingByGroup: {}, costCentsByGroup: {}, ...over,
});

describe('RP-1 the regional catalogue', () => {
  it('holds the programme’s 22 services, each once, classified by the law’s service types and for at least one target group', () => {
    expect(RP_SERVICES_V1).toHaveLength(22);
    expect(new Set(RP_SERVICE_CODES).size).toBe(22);
    for (const s of RP_SERVICES_V1) {
      expect(LAW_SERVICE_TYPES).toContain(s.lawType);
      expect(s.targetGroups.length).toBeGreaterThan(0);
      expect(s.names.lv).not.toBe('');
      expect(s.description.en).not.toBe('');
    }
  });
  it('is versioned: the version in force on a day is the latest started; none before the first (boundary: its first day)', () => {
    const v2 = { version: 2, validFrom: '2025-01-01', services: [...RP_SERVICES_V1.filter((s) => s.code !== 'night_shelter'), { ...RP_SERVICES_V1[0]!, code: 'telecare' }] };
    const versions = [...RP_CATALOGUE_VERSIONS, v2];
    expect(computeCatalogueInForce(versions, '2018-12-10')).toBeNull();
    expect(computeCatalogueInForce(versions, '2018-12-11')?.version).toBe(1);
    expect(computeCatalogueInForce(versions, '2024-12-31')?.version).toBe(1);
    expect(computeCatalogueInForce(versions, '2025-01-01')?.version).toBe(2);
    expect(computeCatalogueChanges(RP_CATALOGUE_VERSIONS[0]!, v2)).toEqual({ added: ['telecare'], removed: ['night_shelter'], changed: [] });
  });
  it('a planner’s new version follows the latest: the next number, in force later, each service once, something changed; a new service’s code from its English name', () => {
    const v1 = RP_CATALOGUE_VERSIONS[0]!;
    const next = (over: Partial<typeof v1>) => ({ version: 2, validFrom: '2027-01-01', services: [...RP_SERVICES_V1, { ...RP_SERVICES_V1[0]!, code: 's_telecare' }], ...over });
    expect(checkCatalogueVersion(v1, next({}))).toBeNull();
    expect(checkCatalogueVersion(v1, next({ version: 3 }))).toBe('not_next_version');
    expect(checkCatalogueVersion(v1, next({ validFrom: '2018-12-11' }))).toBe('not_after_latest');
    expect(checkCatalogueVersion(v1, next({ services: [...RP_SERVICES_V1, RP_SERVICES_V1[0]!] }))).toBe('service_twice');
    expect(checkCatalogueVersion(v1, next({ services: RP_SERVICES_V1 }))).toBe('no_changes');
    expect(checkCatalogueVersion(v1, next({ services: RP_SERVICES_V1.map((x) => (x.code === 'shelter' ? { ...x, description: { ...x.description, lv: 'Jauns apraksts' } } : x)) }))).toBeNull();
    expect(computeNewServiceCode('Telecare (alarm button)', new Set(RP_SERVICE_CODES))).toBe('s_telecare_alarm_button');
    expect(computeNewServiceCode('Telecare', new Set(['s_telecare']))).toBe('s_telecare_2');
  });
  it('maps the other programmes’ services onto it: a service by its own code, else the programme’s main service; every target a catalogue service', () => {
    expect(mapToCatalogue('housing_first')).toBe('housing_first');
    expect(mapToCatalogue('individual_budget', 'respite_care')).toBe('respite_care');
    expect(mapToCatalogue('individual_budget', 'hippotherapy')).toBe('case_management');
    expect(mapToCatalogue('individual_programme', 'consultations')).toBe('case_management');
    expect(mapToCatalogue('family_support', 'domestic_violence')).toBe('violence_rehabilitation');
    expect(mapToCatalogue('unknown_programme')).toBeNull();
    for (const m of PROGRAMME_SERVICE_MAP) expect(RP_SERVICE_CODES).toContain(m.catalogue);
  });
  it('is a programme without cases of its own, written in the catalogue', () => {
    expect(regionalPlanningProgramme.caseNumbering).toBeNull();
    expect(regionalPlanningProgramme.lifeDomains).toHaveLength(22);
  });
});

describe('RP-2 the current situation, aggregates only', () => {
  it('hides a person count from records under 5 (4 hidden, 5 shown, 0 shown as none); entered figures are never hidden', () => {
    expect(suppressCell(cell({ clients: 4 }), 5).clients).toBeNull();
    expect(suppressCell(cell({ clients: 5 }), 5).clients).toBe(5);
    expect(suppressCell(cell({ clients: 0 }), 5).clients).toBe(0);
    expect(suppressCell(cell({ source: 'round', clients: 3 }), 5).clients).toBe(3);
  });
  it('RP-7 hides a small target group and the next smallest, so it cannot be got back from the total', () => {
    const out = suppressCell(cell({ clients: 20, clientsByGroup: { homeless: 3, functional_impairment: 7, social_exclusion_risk: 10 } }), 5);
    expect(out.clients).toBe(20);
    expect(out.clientsByGroup).toEqual({ social_exclusion_risk: 10 });
  });
  it('the records’ clients win over the round’s entry where the services use the product; the entry fills the rest', () => {
    const merged = computeSituation([cell({ clients: 12 })], [cell({ source: 'round', clients: 9, places: 30 }), cell({ source: 'round', service: 'home_care', clients: 40 })]);
    expect(merged.find((c) => c.service === 'shelter')).toMatchObject({ source: 'records', clients: 12, places: 30 });
    expect(merged.find((c) => c.service === 'home_care')).toMatchObject({ source: 'round', clients: 40 });
  });
  it('a gap is a service a municipality has neither itself nor through cooperation', () => {
    const gaps = computeGaps(['0001000', '0004000'], ['shelter', 'home_care'], [cell({ places: 10 }), cell({ municipalityAtvk: '0004000', service: 'home_care', clients: 0, source: 'round' })], new Set(['0004000|shelter']));
    expect(gaps).toEqual([{ municipalityAtvk: '0001000', service: 'home_care' }, { municipalityAtvk: '0004000', service: 'home_care' }]);
  });
});

describe('RP-4 inter-municipal cooperation', () => {
  const shares = [{ municipalityAtvk: '0001000', costPercent: 33.33, placesPercent: 50 }, { municipalityAtvk: '0004000', costPercent: 33.33, placesPercent: 25 }, { municipalityAtvk: '0045000', costPercent: 33.34, placesPercent: 25 }];
  it('accepts shares of cost and places each summing to exactly 100 %', () => {
    expect(checkCooperationAgreement({ service: 'crisis_centre', validFrom: '2026-01-01', validTo: null, shares })).toEqual([]);
  });
  it('refuses 99,99 % and 100,01 %, one partner, a partner twice and an end before the start', () => {
    const off = [{ ...shares[0]!, costPercent: 33.32 }, shares[1]!, shares[2]!];
    expect(checkCooperationAgreement({ service: 'crisis_centre', validFrom: '2026-01-01', validTo: null, shares: off })).toEqual([{ field: 'shares', problem: 'cost_not_100' }]);
    const over = [shares[0]!, shares[1]!, { ...shares[2]!, placesPercent: 25.01 }];
    expect(checkCooperationAgreement({ service: 'crisis_centre', validFrom: '2026-01-01', validTo: null, shares: over })).toEqual([{ field: 'shares', problem: 'places_not_100' }]);
    expect(checkCooperationAgreement({ service: 'crisis_centre', validFrom: '2026-01-01', validTo: null, shares: [{ municipalityAtvk: '0001000', costPercent: 100, placesPercent: 100 }] }).map((p) => p.problem)).toContain('too_few_partners');
    expect(checkCooperationAgreement({ service: 'crisis_centre', validFrom: '2026-01-01', validTo: '2025-12-31', shares: [shares[0]!, { ...shares[0]!, costPercent: 66.67, placesPercent: 50 }] }).map((p) => p.problem)).toEqual(['partner_twice', 'ends_before_start']);
  });
  it('splits cost and places by the shares, the rounding remainder to the largest share', () => {
    expect(computeCooperationSplit(shares, 100_000, 10)).toEqual([
      { municipalityAtvk: '0001000', costCents: 33_330, places: 6 }, { municipalityAtvk: '0004000', costCents: 33_330, places: 2 }, { municipalityAtvk: '0045000', costCents: 33_340, places: 2 },
    ]);
    expect(isAgreementInForce({ validFrom: '2026-01-01', validTo: '2026-12-31' }, '2026-12-31')).toBe(true);
    expect(isAgreementInForce({ validFrom: '2026-01-01', validTo: '2026-12-31' }, '2027-01-01')).toBe(false);
  });
  it('the API refuses a share with more than two decimals', () => {
    expect(cooperationSchema.safeParse({ service: 'crisis_centre', name: 'Krīzes centrs', validFrom: '2026-01-01', validTo: null, shares: [{ municipalityAtvk: '0001000', costPercent: 33.333, placesPercent: 50 }] }).success).toBe(false);
  });
});

describe('RP-5 forecasts', () => {
  it('rate per resident of the target group × the population projection', () => {
    const f = computeRateForecast({ clients: 30, residents: 12_000, projection: [{ year: 2027, value: 12_400 }, { year: 2028, value: 11_600 }] });
    expect(f.ratePerThousand).toBe(2.5);
    expect(f.years).toEqual([{ year: 2027, value: 31 }, { year: 2028, value: 29 }]);
    expect(() => computeRateForecast({ clients: 1, residents: 0, projection: [] })).toThrow();
  });
  it('linear trend of the recorded figures (least squares), never below 0; one year is no trend', () => {
    expect(computeTrendForecast([{ year: 2023, value: 10 }, { year: 2024, value: 12 }, { year: 2025, value: 14 }], [2026, 2027])).toEqual({ slope: 2, years: [{ year: 2026, value: 16 }, { year: 2027, value: 18 }] });
    expect(computeTrendForecast([{ year: 2024, value: 4 }, { year: 2025, value: 2 }], [2028])?.years).toEqual([{ year: 2028, value: 0 }]);
    expect(computeTrendForecast([{ year: 2025, value: 4 }], [2026])).toBeNull();
  });
  it('forecast beside the actual only for a finished year (31.12 still running, 01.01 over)', () => {
    const fc = [{ year: 2025, value: 40 }, { year: 2026, value: 44 }];
    const act = [{ year: 2025, value: 46 }, { year: 2026, value: 20 }];
    expect(computeForecastVsActual(fc, act, '2026-12-31')).toEqual([
      { year: 2025, forecast: 40, actual: 46, difference: 6, differencePercent: 15 },
      { year: 2026, forecast: 44, actual: null, difference: null, differencePercent: null },
    ]);
    expect(computeForecastVsActual(fc, act, '2027-01-01')[1]).toMatchObject({ actual: 20, difference: -24 });
  });
});

describe('RP-6 the update round', () => {
  const round = { status: 'open' as const, openedOn: '2026-11-02', deadline: '2026-11-30' };
  it('opens with a deadline after the opening day', () => {
    expect(checkRoundOpening('2026-11-02', '2026-11-02')).toBe('deadline_not_after_opening');
    expect(checkRoundOpening('2026-11-02', '2026-11-03')).toBeNull();
  });
  it('a municipality’s officer edits only its own part while the round is open; the planner edits none', () => {
    expect(computePartEditRefusal(round, rigaOfficer, '0001000')).toBeNull();
    expect(computePartEditRefusal(round, rigaOfficer, '0004000')).toBe('not_own_municipality');
    expect(computePartEditRefusal(round, planner, '0001000')).toBe('not_own_municipality');
    expect(computePartEditRefusal({ ...round, status: 'closed' }, rigaOfficer, '0001000')).toBe('round_closed');
    expect(isRegionPlanner(planner)).toBe(true);
    expect(isRegionPlanner(rigaOfficer)).toBe(false);
  });
  it('saving puts a part in progress (a confirmed one too); confirming needs figures', () => {
    expect(computeNextPartStatus('not_started', 'save')).toBe('in_progress');
    expect(computeNextPartStatus('confirmed', 'save')).toBe('in_progress');
    expect(computeNextPartStatus('not_started', 'confirm')).toBe('nothing_to_confirm');
    expect(computeNextPartStatus('in_progress', 'confirm')).toBe('confirmed');
  });
  it('the region sees who is done and whom to remind (once a day); overdue the day after the deadline', () => {
    const parts = [
      { municipalityAtvk: '0001000', status: 'confirmed' as const, lastRemindedOn: null },
      { municipalityAtvk: '0004000', status: 'in_progress' as const, lastRemindedOn: '2026-11-20' },
      { municipalityAtvk: '0045000', status: 'not_started' as const, lastRemindedOn: '2026-11-30' },
    ];
    expect(computeRoundProgress(round, parts, '2026-11-30')).toEqual({ total: 3, confirmed: 1, inProgress: 1, notStarted: 1, overdue: false, toRemind: ['0004000'] });
    expect(computeRoundProgress(round, parts, '2026-12-01').overdue).toBe(true);
  });
  it('closes when every part is confirmed, or after the deadline; never twice', () => {
    const unconfirmed = [{ municipalityAtvk: '0001000', status: 'in_progress' as const, lastRemindedOn: null }];
    expect(computeCloseRefusal(round, unconfirmed, '2026-11-30')).toBe('parts_unconfirmed_before_deadline');
    expect(computeCloseRefusal(round, unconfirmed, '2026-12-01')).toBeNull();
    expect(computeCloseRefusal(round, [{ ...unconfirmed[0]!, status: 'confirmed' }], '2026-11-10')).toBeNull();
    expect(computeCloseRefusal({ ...round, status: 'closed' }, [], '2026-12-01')).toBe('already_closed');
  });
});

describe('RP-7 target groups', () => {
  it('the programme’s three groups; a split must add up to the clients', () => {
    expect(TARGET_GROUPS).toEqual(['functional_impairment', 'homeless', 'social_exclusion_risk']);
    expect(checkTargetGroupSplit(10, { homeless: 4, functional_impairment: 6 })).toBeNull();
    expect(checkTargetGroupSplit(10, { homeless: 4, functional_impairment: 5 })).toBe('split_not_total');
    expect(checkTargetGroupSplit(10, {})).toBeNull();
    expect(computeSplitTotals([cell({ clientsByGroup: { homeless: 4 } }), cell({ clientsByGroup: { homeless: 1, functional_impairment: 2 } })])).toEqual({ functional_impairment: 2, homeless: 5, social_exclusion_risk: 0 });
  });
  it('every figure that adds up is split: a cell’s own split; a single-group service wholly in its group; a service not for the group has none; else not split; hidden stays hidden', () => {
    const c = cell({ source: 'round', service: 'support_groups', clients: 10, places: 12, waiting: 3, costCents: 5000, clientsByGroup: { homeless: 4, functional_impairment: 6 }, costCentsByGroup: { homeless: 5000 } });
    const groups = ['functional_impairment', 'homeless', 'social_exclusion_risk'] as const;
    expect(computeGroupFigure(c, 'clients', 'homeless', groups)).toBe(4);
    expect(computeGroupFigure(c, 'clients', 'social_exclusion_risk', groups)).toBe(0);
    expect(computeGroupFigure(c, 'costCents', 'functional_impairment', groups)).toBe(0);
    expect(computeGroupFigure(c, 'places', 'homeless', groups)).toBe('not_split');
    expect(computeGroupFigure(cell({ source: 'round', clients: 30 }), 'clients', 'homeless', ['homeless'])).toBe(30); // a shelter's clients are homeless people
    expect(computeGroupFigure(cell({ source: 'round', clients: 30 }), 'clients', 'functional_impairment', ['homeless'])).toBe(0);
    expect(computeGroupFigure(cell({ clients: null }), 'clients', 'homeless', ['homeless'])).toBeNull(); // hidden: under 5
    // records: a group hidden from a split is not shown as none
    const hidden = suppressCell(cell({ clients: 20, clientsByGroup: { homeless: 3, functional_impairment: 7, social_exclusion_risk: 10 } }), 5);
    expect(computeGroupFigure(hidden, 'clients', 'homeless', groups)).toBeNull();
    expect(computeGroupFigure(hidden, 'clients', 'social_exclusion_risk', groups)).toBe(10);
    expect(computeSplitTotals([c], 'costCents')).toEqual({ functional_impairment: 0, homeless: 5000, social_exclusion_risk: 0 });
    // the waiting list's split from records is hidden as the clients' is
    expect(suppressCell(cell({ waiting: 6, waitingByGroup: { homeless: 2, social_exclusion_risk: 4 } }), 5).waitingByGroup).toEqual({});
  });
  it('the API refuses an unknown group and a negative figure', () => {
    const part = (row: Record<string, unknown>) => savePartSchema.safeParse({ expectedVersion: 1, figures: [{ service: 'shelter', providers: 1, places: 10, clients: 8, waiting: 0, waitingDays: 0, costCents: 1000, ...row }] }).success;
    expect(part({})).toBe(true);
    expect(part({ clientsByGroup: { pensioners: 3 } })).toBe(false);
    expect(part({ places: -1 })).toBe(false);
    expect(part({ service: 'Unknown service' })).toBe(false); // not a code; whether the round's catalogue has a code is the server's check
    expect(part({ placesByGroup: { homeless: -1 } })).toBe(false);
  });
});

import { addDays, isoDayInRiga } from '@socrehab/domain';
import {
  computeRateForecast, computeTrendForecast, RP_SERVICES_V1, type Stance, type TargetGroup, type YearValue,
} from '@socrehab/domain/programmes/regional-planning/index';
import { MUNICIPALITIES } from '@socrehab/domain/reference/municipalities';
import type { Deps } from '../../app/context';
import { appendAuditEvent } from '../../modules/audit/audit.repository';
import * as demo from './demo.repository';

/**
 * The regional planning demo (seed 001): the Rīga planning region as it is since the 2021 reform — Rīga,
 * Jūrmala and the eleven counties around them — with the 22 services; three closed update rounds (the last
 * three years, each opened on 1 October with a six-week deadline) holding every municipality's figures,
 * development model and forecasts, so the forecasts of the earlier rounds meet the later rounds' actuals;
 * two cooperation agreements; each municipality's part in the programme (an agreement with the region, so its
 * officers are offered the planning pages); Jūrmala's social service with its officer (Rīga's officer and the region's
 * planner are the core demo's). No round is open: the planner opens the next one.
 */
const ORIGIN = { actorUserId: null, actorOrganisationId: null, requestId: 'demo-seed', clientAddress: null };
const REGION = 'riga';

/** Residents (thousands, rounded) of each municipality — the sizes the demo's figures are scaled by. */
const RESIDENTS: Record<string, number> = {
  '0001000': 605, '0004000': 50, '0023000': 21, '0034000': 30, '0035000': 30, '0039000': 35, '0040000': 55, '0041000': 20, '0044000': 32, '0045000': 23, '0047000': 6, '0048000': 30, '0052000': 42,
};
/** Clients per 1 000 residents of each service where it is given (the region's usual rate). */
const RATE: Record<string, number> = {
  home_care: 4, assistant: 3, respite_care: 0.3, day_centre_mental: 0.6, day_centre_children: 0.4, day_centre_seniors: 1.2, group_home: 0.3, specialised_workshops: 0.4, supported_employment: 0.2,
  halfway_house: 0.15, shelter: 0.8, night_shelter: 0.6, housing_first: 0.1, crisis_centre: 0.3, violence_rehabilitation: 0.5, support_groups: 1, family_assistant: 0.8, social_mentor: 0.3,
  service_apartment: 0.2, youth_house: 0.1, case_management: 2, psychosocial_support: 0.6,
};
/** Services a smaller municipality does not give itself (deterministic by its code and the service's place in the catalogue). */
const gives = (atvk: string, index: number) => atvk === '0001000' || (RESIDENTS[atvk] ?? 0) >= 50 || (Number(atvk.slice(2, 4)) * 7 + index * 3) % 5 !== 0;
/** RP-7 Ropaži enters its figures without splitting them by target group (the planner sees "not split"). */
const UNSPLIT = '0044000';
const split = (service: (typeof RP_SERVICES_V1)[number], clients: number): Partial<Record<TargetGroup, number>> => {
  const groups = service.targetGroups;
  const parts = groups.map((_, i) => (i === groups.length - 1 ? 0 : Math.floor(clients / groups.length)));
  parts[parts.length - 1] = clients - parts.reduce((t, x) => t + x, 0);
  return Object.fromEntries(groups.map((g, i) => [g, parts[i]!]));
};
const STANCE_REASONS: Record<Stance, { lv: string }> = {
  priority: { lv: 'Pieprasījums pārsniedz pieejamās vietas; rinda ilgāka par trim mēnešiem' },
  ready_to_support: { lv: 'Gatavi atbalstīt kopā ar kaimiņu pašvaldībām' },
  not_planned: { lv: 'Pakalpojumu saņem kaimiņu pašvaldībā' },
};

export async function seedRegionalPlanningDemo(deps: Deps) {
  const today = isoDayInRiga(deps.now());
  const year = Number(today.slice(0, 4));
  await deps.db.transaction(async (tx) => {
    const regionOrg = await demo.findPlanningRegionOrganisation(tx, REGION);
    const planner = await demo.findUserByEmail(tx, 'planotajs@demo.lv');
    if (!regionOrg || !planner || (await demo.hasRounds(tx, REGION))) return;
    // Jūrmala's social service and its officer (the second municipality of the demo's update round)
    const passwordHash = await demo.findDemoPasswordHash(tx);
    if (passwordHash && !(await demo.findUserByEmail(tx, 'jurmala@demo.lv'))) {
      const org = (await demo.findMunicipalSocialService(tx, '0004000'))
        ?? await demo.insertOrganisation(tx, { name: 'Jūrmalas valstspilsētas pašvaldības Sociālais dienests', kind: 'municipal_social_service', municipalityAtvk: '0004000', regionCode: REGION });
      await demo.insertUser(tx, { organisationId: org, email: 'jurmala@demo.lv', displayName: 'Jana Jūrmalniece', roles: ['municipal_social_worker'], passwordHash, isDemo: true });
    }
    const municipalities = MUNICIPALITIES.filter((m) => m.region === REGION && m.validTo === null);
    // each municipality of the region takes part in its planning since the 2021 reform (its officers are offered the planning pages)
    await demo.insertServiceAgreements(tx, municipalities.map((m) => ({ providerOrganisationId: regionOrg, programmeCode: 'regional_planning', municipalityAtvk: m.atvk, validFrom: '2021-07-01' })));
    const recorded = new Map<string, YearValue[]>();
    for (const [k, roundYear] of [year - 3, year - 2, year - 1].entries()) {
      const openedOn = `${roundYear}-10-01`;
      const roundId = await demo.insertRound(tx, {
        regionCode: REGION, name: `${roundYear}. gada aktualizācija`, openedOn, deadline: addDays(openedOn, 42), status: 'closed', closedOn: addDays(openedOn, 45), catalogueVersion: 1, openedBy: planner, closedBy: planner,
      });
      await demo.insertParts(tx, municipalities.map((m, i) => ({ roundId, municipalityAtvk: m.atvk, status: 'confirmed', version: 3, confirmedOn: addDays(openedOn, 20 + i), confirmedBy: planner, updatedBy: planner })));
      for (const m of municipalities) {
        const residents = RESIDENTS[m.atvk] ?? 20;
        const figures = [];
        const models = [];
        const forecasts = [];
        for (const [index, service] of RP_SERVICES_V1.entries()) {
          const key = `${m.atvk}|${service.code}`;
          if (!gives(m.atvk, index)) {
            const stance: Stance = index % 3 === 0 ? 'priority' : index % 3 === 1 ? 'ready_to_support' : 'not_planned';
            models.push({ service: service.code, stance, reason: STANCE_REASONS[stance].lv });
            continue;
          }
          // the need grows a little every year, faster for home care and day centres
          const growth = 1 + k * (service.setting === 'residential' ? 0.03 : 0.08) + ((index + residents) % 4) * 0.02;
          const clients = Math.max(1, Math.round((RATE[service.code] ?? 0.5) * residents * growth));
          const places = service.setting === 'residential' || service.setting === 'day' ? Math.round(clients * 0.9) : null;
          const waiting = Math.round(clients * (0.05 + (index % 3) * 0.05));
          figures.push({
            service: service.code, providers: Math.max(1, Math.round(residents / 150)), places, clients, waiting, waitingDays: waiting ? 20 + (index % 5) * 15 : 0,
            costCents: clients * (service.setting === 'residential' ? 480_000 : 120_000),
            // RP-7 every figure that adds up, split by the service's target groups
            ...(m.atvk === UNSPLIT ? { clientsByGroup: {} } : {
              clientsByGroup: split(service, clients), placesByGroup: places === null ? {} : split(service, places), waitingByGroup: split(service, waiting),
              costCentsByGroup: split(service, clients * (service.setting === 'residential' ? 480_000 : 120_000)),
            }),
          });
          if (index % 4 === 0) models.push({ service: service.code, stance: 'priority' as Stance, reason: STANCE_REASONS.priority.lv });
          const history = [...(recorded.get(key) ?? []), { year: roundYear, value: clients }];
          recorded.set(key, history);
          const years = [roundYear + 1, roundYear + 2, roundYear + 3];
          const trend = computeTrendForecast(history, years);
          if (trend) forecasts.push(...trend.years.map((y) => ({ service: service.code, year: y.year, method: 'linear_trend', ratePerThousand: null, clients: y.value, residents: null, projected: null })));
          else {
            const groupResidents = Math.round(residents * 1000 * 0.12);
            const projection = years.map((y, i) => ({ year: y, value: Math.round(groupResidents * (1 + 0.01 * (i + 1))) }));
            const rate = computeRateForecast({ clients, residents: groupResidents, projection });
            forecasts.push(...rate.years.map((y) => ({ service: service.code, year: y.year, method: 'rate_per_resident', ratePerThousand: String(rate.ratePerThousand), clients: y.value,
              residents: groupResidents, projected: projection.find((p) => p.year === y.year)?.value ?? null })));
          }
        }
        await demo.insertFigures(tx, figures.map((f) => ({ ...f, roundId, municipalityAtvk: m.atvk })));
        await demo.insertModels(tx, models.map((f) => ({ ...f, roundId, municipalityAtvk: m.atvk })));
        await demo.insertForecasts(tx, forecasts.map((f) => ({ ...f, roundId, municipalityAtvk: m.atvk })));
      }
      await appendAuditEvent(tx, { ...ORIGIN, actorUserId: planner, actorOrganisationId: regionOrg }, { action: 'create', entityType: 'rp_round', entityId: roundId, personId: null, changes: { demo: true, openedOn } }, deps.now());
    }
    // RP-4 two services the neighbours build together
    await demo.insertCooperation(tx, [
      { regionCode: REGION, service: 'crisis_centre', name: 'Pierīgas krīzes centrs', validFrom: `${year - 2}-01-01`, validTo: null, createdBy: planner,
        shares: [{ municipalityAtvk: '0045000', costPercent: 40, placesPercent: 40 }, { municipalityAtvk: '0041000', costPercent: 30, placesPercent: 30 }, { municipalityAtvk: '0034000', costPercent: 30, placesPercent: 30 }] },
      { regionCode: REGION, service: 'youth_house', name: 'Vidzemes piekrastes jauniešu māja', validFrom: `${year - 1}-09-01`, validTo: `${year + 3}-08-31`, createdBy: planner,
        shares: [{ municipalityAtvk: '0047000', costPercent: 33.33, placesPercent: 25 }, { municipalityAtvk: '0023000', costPercent: 33.33, placesPercent: 25 }, { municipalityAtvk: '0035000', costPercent: 33.34, placesPercent: 50 }] },
    ]);
  });
}


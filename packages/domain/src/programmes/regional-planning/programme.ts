import type { ProgrammeDefinition } from '../programme';
import { regionalPlanningEn } from './i18n/regional-planning.en';
import { regionalPlanningLv } from './i18n/regional-planning.lv';
import { RP_SERVICE_CODES } from './catalogue';
import { DEFAULT_RP_SETTINGS, rpSettingsSchema, type RpSettings } from './settings';

/**
 * Regional planning of social services (seed 001, the Rīga planning region's social services programme):
 * what it declares to the core. It keeps no cases of its own (`caseNumbering: null`): it reads the other
 * programmes' cases as aggregates and keeps the region's plan.
 */
export const regionalPlanningProgramme = {
  code: 'regional_planning',
  names: { lv: 'Sociālo pakalpojumu reģionālā plānošana', en: 'Regional planning of social services' },
  caseNumbering: null,
  subject: 'person',
  uses: [],
  settingsSchema: rpSettingsSchema,
  defaultSettings: DEFAULT_RP_SETTINGS,
  lifeDomains: RP_SERVICE_CODES, // RP-1 the plan is written in the regional catalogue
  evaluationInstruments: [],
  documents: ['programme_document', 'programme_tables'],
  indicators: [
    { code: 'clients_per_service', names: { lv: 'Klienti pa pakalpojumiem un pašvaldībām', en: 'Clients per service and municipality' } },
    { code: 'forecast_vs_actual', names: { lv: 'Prognoze un faktiskais', en: 'Forecast and actual' } },
  ],
  messages: { namespace: 'rp', lv: regionalPlanningLv, en: regionalPlanningEn },
  referenceData: { settingsFrom: '2018-12-11' },
} as const satisfies ProgrammeDefinition<RpSettings, 'regional_planning'>;

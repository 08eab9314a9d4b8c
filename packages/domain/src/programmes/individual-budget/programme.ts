import type { ProgrammeDefinition } from '../programme';
import { individualBudgetEn } from './i18n/individual-budget.en';
import { individualBudgetLv } from './i18n/individual-budget.lv';
import { IB_SERVICES } from './catalogue';
import { IB_EVALUATION_INSTRUMENTS } from './instruments';
import { DEFAULT_IB_SETTINGS, ibSettingsSchema, type IbSettings } from './settings';

/** The Individual Budget model (“Individuālā budžeta modelis”, seed 002, the Ministry of Welfare's pilots): what it declares to the core. */
export const individualBudgetProgramme = {
  code: 'individual_budget',
  names: { lv: 'Individuālā budžeta modelis', en: 'Individual budget model' },
  // counted per municipality: the pilots ran in each municipality's social service
  caseNumbering: { format: 'IB-{YYYY}-{NNNN}', scope: 'municipality' },
  subject: 'person',
  uses: ['plan', 'assessments', 'costs'],
  settingsSchema: ibSettingsSchema,
  defaultSettings: DEFAULT_IB_SETTINGS, // IB-4 the warning threshold
  lifeDomains: IB_SERVICES, // IB-3 the plan is written in the service catalogue
  evaluationInstruments: IB_EVALUATION_INSTRUMENTS, // IB-2, IB-6
  documents: ['unmet_services_report'], // IB-5
  indicators: [
    { code: 'budget_spent_share', names: { lv: 'Izlietotā budžeta daļa', en: 'Share of the budget spent' } },
    { code: 'unmet_services', names: { lv: 'Nesaņemtie un pārtrauktie pakalpojumi', en: 'Unmet and interrupted services' } },
  ],
  messages: { namespace: 'ib', lv: individualBudgetLv, en: individualBudgetEn },
  referenceData: { settingsFrom: '2018-09-01' },
} as const satisfies ProgrammeDefinition<IbSettings, 'individual_budget'>;

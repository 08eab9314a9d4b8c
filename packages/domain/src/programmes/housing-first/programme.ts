import type { ProgrammeDefinition } from '../programme';
import { housingFirstEn } from './i18n/housing-first.en';
import { housingFirstLv } from './i18n/housing-first.lv';
import { DEFAULT_CASE_NUMBER_FORMAT } from './case-number';
import { housingFirstCaseHistory } from './case-history';
import { HOUSING_FIRST_PILOT_SETTINGS, programmeSettingsSchema, type ProgrammeSettings } from './settings';
import { LIFE_DOMAINS } from './support-team.rules';
import { CONSENT_TEXTS } from './consent-text';
import { HOUSING_FIRST_CRITERIA_SEEDS } from './eligibility-criteria';
import { DEFAULT_HOUSING_QUESTIONNAIRE } from './granting.schemas';
import { HF_EVALUATION_INSTRUMENTS } from './instruments';

/** Housing First (“Mājoklis vispirms”, seed 004): what it declares to the core (issue 12). */
export const housingFirstProgramme = {
  code: 'housing_first',
  names: { lv: 'Mājoklis vispirms', en: 'Housing First' },
  // HF-3.1.7.3 the provider's register of adult client cases, in the provider's own format
  caseNumbering: { format: DEFAULT_CASE_NUMBER_FORMAT, scope: 'organisation', organisationFormatWins: true },
  subject: 'person',
  uses: ['application', 'waiting_list', 'dwelling', 'plan', 'contacts', 'work_log', 'assessments', 'costs'],
  settingsSchema: programmeSettingsSchema,
  defaultSettings: HOUSING_FIRST_PILOT_SETTINGS,
  lifeDomains: LIFE_DOMAINS, // HF-2.1
  evaluationInstruments: HF_EVALUATION_INSTRUMENTS, // HF-4.3 the eight tools; (1) is HF-2.4's re-assessment
  documents: ['decision_letter', 'title_page', 'contract', 'consent', 'handover_act', 'plan'], // HF-3.1, HF-3.4
  indicators: [
    // HF-4.2 B share still housed after 6 and after 12 months
    { code: 'housed_after_6_months', names: { lv: 'Joprojām mājoklī pēc 6 mēnešiem', en: 'Still housed after 6 months' } },
    { code: 'housed_after_12_months', names: { lv: 'Joprojām mājoklī pēc 12 mēnešiem', en: 'Still housed after 12 months' } },
  ],
  messages: { namespace: 'housing', lv: housingFirstLv, en: housingFirstEn },
  // the case-history format's records, versions 1 and 2 (issue 4, issue 12)
  caseHistory: housingFirstCaseHistory,
  // seed 004: the pilot's settings from its start on 1 September 2022 (HF-2.2), the municipalities' criteria (HF-1.4), the questionnaire (HF-3.1.3), the consent text (HF-4.4)
  referenceData: { settingsFrom: '2022-09-01', criteria: HOUSING_FIRST_CRITERIA_SEEDS, questionnaire: DEFAULT_HOUSING_QUESTIONNAIRE, consentTexts: CONSENT_TEXTS },
} as const satisfies ProgrammeDefinition<ProgrammeSettings, 'housing_first'>;

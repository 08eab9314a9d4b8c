import type { ProgrammeDefinition } from '../programme';
import { familySupportEn } from './i18n/family-support.en';
import { familySupportLv } from './i18n/family-support.lv';
import { FS_EVALUATION_INSTRUMENTS } from './instruments';
import { FS_DEFAULT_SETTINGS, fsSettingsSchema, type FsSettings } from './settings';

/** Family support for families with children at risk of social exclusion (seed 003, FS-1 – FS-6): what it declares to the core. */
export const familySupportProgramme = {
  code: 'family_support',
  names: { lv: 'Atbalsts ģimenēm ar bērniem', en: 'Support for families with children' },
  // the provider's register of families, counted per organisation: GA-2026-0001
  caseNumbering: { format: 'GA-{YYYY}-{NNNN}', scope: 'organisation' },
  subject: 'person_or_household', // FS-1 the family is the case subject
  uses: ['plan', 'contacts', 'assessments', 'costs'],
  settingsSchema: fsSettingsSchema,
  defaultSettings: FS_DEFAULT_SETTINGS,
  lifeDomains: ['parenting', 'child_wellbeing', 'safety', 'income_and_housing', 'health', 'social_network'],
  evaluationInstruments: FS_EVALUATION_INSTRUMENTS,
  documents: ['family_support_report'],
  indicators: [
    { code: 'families_and_children', names: { lv: 'Atbalstītās ģimenes un bērni', en: 'Families and children supported' } },
    { code: 'finance_against_grant', names: { lv: 'Izdevumi pret grantu', en: 'Spending against the grant' } },
  ],
  messages: { namespace: 'fs', lv: familySupportLv, en: familySupportEn },
  referenceData: { settingsFrom: '2014-01-01' },
} as const satisfies ProgrammeDefinition<FsSettings, 'family_support'>;

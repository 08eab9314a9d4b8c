import type { ProgrammeDefinition } from '../programme';
import { individualProgrammeEn } from './i18n/individual-programme.en';
import { individualProgrammeLv } from './i18n/individual-programme.lv';
import { IP_EVALUATION_INSTRUMENTS } from './instruments';
import { SERVICE_LINES } from './service-lines';
import { IP_CASE_HISTORY } from './case-history.format';
import { ipSettingsSchema, RIGA_IP_SETTINGS, type IpSettings } from './settings';

/** The Individual Programme (“Individuālā programma”, seed 000, Rīga): what it declares to the core (issue 12). */
export const individualProgramme = {
  code: 'individual_programme',
  names: { lv: 'Individuālā sociālās rehabilitācijas programma', en: 'Individual social rehabilitation programme' },
  // the Rīga welfare department's register of the programme's cases, counted per municipality
  caseNumbering: { format: 'IP-{YYYY}-{NNNN}', scope: 'municipality' },
  subject: 'person_or_household', // IP-1 a person or a family
  uses: ['dwelling', 'plan', 'contacts', 'work_log', 'assessments', 'costs'], // IP-1 no waiting list; IP-2 housing if needed
  settingsSchema: ipSettingsSchema,
  defaultSettings: RIGA_IP_SETTINGS, // IP-3
  lifeDomains: SERVICE_LINES, // IP-2 the plan is written in the content catalogue's service lines
  evaluationInstruments: IP_EVALUATION_INSTRUMENTS, // IP-5, IP-6
  documents: ['target_group_report'], // IP-4
  indicators: [
    { code: 'recipients_by_target_group', names: { lv: 'Pakalpojuma saņēmēji pa mērķa grupām', en: 'Recipients by target group' } },
    { code: 'cost_per_person_month', names: { lv: 'Izmaksas uz personu mēnesī', en: 'Cost per person per month' } },
  ],
  messages: { namespace: 'ip', lv: individualProgrammeLv, en: individualProgrammeEn },
  // the case-history format's records (issue 12): the case, its recipients, plan, deliveries, costs, co-payments, surveys and ending
  caseHistory: IP_CASE_HISTORY,
} as const satisfies ProgrammeDefinition<IpSettings, 'individual_programme'>;

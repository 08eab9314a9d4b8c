import type { outcomesLv } from './outcomes.lv';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** Indicators D, E, F on the indicators page: English, the same keys as Latvian. */
export const outcomesEn: Strings<typeof outcomesLv> = {
  intro: 'Clients whose service ended in the period with a client questionnaire both at the start and at the exit: {{count}}. Income: the last full month; everything else: the last 6 months before the questionnaire.',
  introHidden: 'Clients whose service ended in the period with a client questionnaire both at the start and at the exit (a small number is not shown).',
  d: 'D. Income',
  incomeAtStart: 'Mean income at the start',
  incomeAtExit: 'Mean income at the exit',
  increased: 'Income rose',
  e: 'E. Self-sufficiency',
  figure: 'Figure',
  clients: 'Clients',
  share: 'Share',
  workingAtStart: 'Worked full or part time at the start',
  workingAtExit: 'Worked full or part time at the exit',
  training: 'Took up skills or qualification training',
  volunteering: 'Took part in volunteering, hobbies or community activities',
  addictionRehabilitation: 'Began addiction rehabilitation',
  f: 'F. Crisis-service use',
  fIntro: 'Times in all in the last 6 months before the questionnaire at the start and at the exit.',
  measure: 'Service',
  atStart: 'At the start',
  atExit: 'At the exit',
  measures: {
    hospitalisations: 'Hospitalisations',
    day_hospital_stays: 'Day hospital',
    inpatient_stays: 'In-patient stays',
    emergency_calls: 'Emergency medical calls',
    police_contacts: 'Police contacts',
    jail_times: 'Times in jail or custody',
    jail_days: 'Days in jail or custody',
  },
  none: 'No client in the period has both questionnaires.',
  byGroup: 'D–F by municipality and provider',
  group: 'Group',
};

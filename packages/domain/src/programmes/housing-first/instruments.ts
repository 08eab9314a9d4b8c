import type { EvaluationInstrument, InstrumentQuestion } from '../programme';

/**
 * HF-4.3 the pilot's eight evaluation tools (seed 004 §4.3) on the core's evaluation schedule. The agreed
 * end the `before_agreed_end` rules count back from is the case's contract end (the engagements, HF-2.2);
 * a provider's is the last day of its service agreements.
 */

/** Code of the client questionnaire (HF-4.3 (2)), whose answers the indicators D–F read (HF-4.2). */
export const CLIENT_QUESTIONNAIRE = 'client_questionnaire';

const times = (code: string, lv: string, en: string): InstrumentQuestion => ({ code, names: { lv, en }, type: 'number', min: 0, max: 999, unit: 'times' });
const yesNo = (code: string, lv: string, en: string): InstrumentQuestion => ({ code, names: { lv, en }, type: 'yes_no' });

/**
 * HF-4.3 (2) what the indicators need (HF-4.2 D, E, F), asked at the start and at the exit. The money is
 * the client's income in the last full calendar month; everything else is about the last 6 months before
 * the day the questionnaire is filled in (at the start: the half year before the service).
 */
export const CLIENT_QUESTIONNAIRE_QUESTIONS = [
  // HF-4.2 D income and its sources
  { code: 'income_eur', names: { lv: 'Ienākumi pēdējā pilnajā kalendārajā mēnesī kopā (€)', en: 'Total income in the last full calendar month (€)' }, type: 'number', min: 0, max: 100000, decimals: 2, unit: 'eur', required: true },
  yesNo('income_from_work', 'Ienākumu avots: darba alga', 'Income source: wages'),
  yesNo('income_from_benefits', 'Ienākumu avots: pašvaldības pabalsti', 'Income source: municipal benefits'),
  yesNo('income_from_pension', 'Ienākumu avots: pensija vai invaliditātes pensija', 'Income source: pension or disability pension'),
  yesNo('income_other', 'Ienākumu avots: cits', 'Income source: other'),
  // HF-4.2 E self-sufficiency
  {
    code: 'work', names: { lv: 'Darbs', en: 'Work' }, type: 'choice', required: true,
    options: [
      { code: 'full_time', names: { lv: 'Strādā pilnu slodzi', en: 'Works full time' } },
      { code: 'part_time', names: { lv: 'Strādā nepilnu slodzi', en: 'Works part time' } },
      { code: 'none', names: { lv: 'Nestrādā', en: 'Does not work' } },
    ],
  },
  yesNo('training', 'Uzsāka prasmju vai kvalifikācijas apguvi', 'Started skills or qualification training'),
  yesNo('volunteering', 'Iesaistījās brīvprātīgajā darbā, hobijā vai kopienas aktivitātēs', 'Took part in volunteering, hobbies or community activities'),
  yesNo('addiction_rehabilitation', 'Uzsāka rehabilitāciju no atkarībām', 'Began addiction rehabilitation'),
  // HF-4.2 F crisis services in the last 6 months
  times('hospitalisations', 'Hospitalizācijas reizes', 'Hospitalisations'),
  times('day_hospital_stays', 'Reizes dienas stacionārā', 'Day-hospital stays'),
  times('inpatient_stays', 'Reizes stacionārā', 'In-patient stays'),
  times('emergency_calls', 'Neatliekamās medicīniskās palīdzības izsaukumi', 'Emergency medical calls'),
  times('police_contacts', 'Saskarsmes reizes ar policiju', 'Police contacts'),
  times('jail_times', 'Reizes cietumā vai īslaicīgās aizturēšanas vietā', 'Times in jail or police custody'),
  { code: 'jail_days', names: { lv: 'Dienas cietumā vai īslaicīgās aizturēšanas vietā', en: 'Days in jail or police custody' }, type: 'number', min: 0, max: 184, unit: 'days' },
] as const satisfies readonly InstrumentQuestion[];

const INTERVIEWEES = [
  { code: 'provider', names: { lv: 'Pakalpojuma sniedzējs (sociālais mentors vai darbinieks)', en: 'Provider (social mentor or staff member)' } },
  { code: 'client', names: { lv: 'Pakalpojuma saņēmējs', en: 'Client' } },
] as const;

/** HF-4.3 the instruments, in the seed's order; (1) is the social functioning assessment HF-2.4 already schedules. */
export const HF_EVALUATION_INSTRUMENTS = [
  // HF-2.4, HF-4.3 (1) social situation and functioning (the profiling questionnaire): at the start, again after 6 months
  { code: 'social_functioning', subject: 'case', names: { lv: 'Sociālās funkcionēšanas novērtējums', en: 'Social functioning assessment' }, when: [{ at: 'start' }, { at: 'every', months: 6 }] },
  // HF-4.3 (2) within the first month of the service, one month before the contract ends, or when the service ends
  {
    code: CLIENT_QUESTIONNAIRE, subject: 'case', names: { lv: 'Klienta anketa indikatoru datiem', en: 'Client questionnaire for the indicators' },
    when: [{ at: 'start', withinMonths: 1 }, { at: 'before_agreed_end', months: 1 }, { at: 'ending' }],
    intro: {
      lv: 'Ienākumi – par pēdējo pilno kalendāro mēnesi. Pārējie jautājumi – par pēdējiem 6 mēnešiem pirms anketas aizpildīšanas dienas (pakalpojumu sākot – par pusgadu pirms tā).',
      en: 'Income: the last full calendar month. Every other question: the last 6 months before the day the questionnaire is filled in (at the start, the half year before the service).',
    },
    questions: CLIENT_QUESTIONNAIRE_QUESTIONS,
  },
  // HF-4.3 (3) as needed, at least every 6 months from the contract date, and one month before the end or at the ending
  { code: 'rehabilitation_review', subject: 'case', names: { lv: 'Sociālās rehabilitācijas procesa izvērtējums', en: 'Review of the rehabilitation process' }, when: [{ at: 'every', months: 6 }, { at: 'before_agreed_end', months: 1 }, { at: 'ending' }] },
  // HF-4.3 (4) documented: one month before the contract ends or when the service ends
  { code: 'client_satisfaction', subject: 'case', names: { lv: 'Klienta apmierinātība ar pakalpojumu', en: 'Client satisfaction with the service' }, when: [{ at: 'before_agreed_end', months: 1 }, { at: 'ending' }], score: { min: 1, max: 5, required: true } },
  // HF-4.3 (5) before the contract ends (a month before, as the others) or when the service ends
  { code: 'service_quality', subject: 'case', names: { lv: 'Pakalpojuma kvalitātes novērtējums', en: 'Service quality evaluation' }, when: [{ at: 'before_agreed_end', months: 1 }, { at: 'ending' }], score: { min: 1, max: 5 } },
  // HF-4.3 (6) the provider about itself, one month before its contract ends
  { code: 'provider_self_assessment', subject: 'provider', names: { lv: 'Pakalpojuma sniedzēja darbības pašnovērtējums', en: 'Provider self-assessment' }, when: [{ at: 'before_agreed_end', months: 1 }], score: { min: 1, max: 5 } },
  // HF-4.3 (7) design-thinking workshops: 3 during the pilot
  {
    code: 'design_workshop', subject: 'provider', names: { lv: 'Dizaina domāšanas darbnīca', en: 'Design-thinking workshop' }, when: [], target: { count: 3 },
    questions: [
      { code: 'topic', names: { lv: 'Tēma', en: 'Topic' }, type: 'text', maxLength: 200, required: true },
      { code: 'participants', names: { lv: 'Dalībnieku skaits', en: 'Participants' }, type: 'number', min: 1, max: 500 },
    ],
  },
  // HF-4.3 (8) individual interviews: at least 10 once during the pilot, at least 4 with providers and 6 with clients
  {
    code: 'experience_interview', subject: 'provider', names: { lv: 'Pieredzes intervija', en: 'Experience interview' }, when: [],
    target: { count: 10, byAnswer: { question: 'interviewee', atLeast: { provider: 4, client: 6 } } },
    questions: [{ code: 'interviewee', names: { lv: 'Intervētais', en: 'Interviewee' }, type: 'choice', options: INTERVIEWEES, required: true }],
  },
] as const satisfies readonly EvaluationInstrument[];

/**
 * IB-1, IB-3 the Individual Budget model's vocabulary (seed 002): the two pilots, the community-based
 * services a support plan may choose from (the seed's lists, children's and adults' pilots together),
 * the unit each is counted in, and the multi-professional assessment team (IB-2).
 */

/** IB-1 the two pilots of the Ministry of Welfare: each ran in 10 municipalities with 10 people each. */
export const PILOTS = ['children_functional_impairments', 'adults_mental_disorders'] as const;
export type Pilot = (typeof PILOTS)[number];
/** IB-1 when each pilot started (seed 002: "kopš pērnā gada septembra" — September 2018; "šī gada novembrī" — November 2019). */
export const PILOT_STARTS: Record<Pilot, string> = { children_functional_impairments: '2018-09-01', adults_mental_disorders: '2019-11-01' };
/** IB-1 each pilot: 10 municipalities × 10 people. */
export const PILOT_SIZE = { municipalities: 10, peoplePerMunicipality: 10 } as const;

/** IB-3 the service catalogue (seed 002's lists). */
export const IB_SERVICES = [
  'support_person', // atbalsta personas pakalpojums
  'physiotherapy', // fizioterapeita konsultācijas
  'physiotherapy_pool', // fizioterapija baseinā
  'occupational_therapy', // ergoterapija
  'home_care', // aprūpe mājās
  'assistant', // asistenta vai pavadoņa pakalpojums
  'psychologist', // psihologa konsultācijas (also for the parents and relatives)
  'day_care_centre', // dienas aprūpes centrs
  'music_therapy',
  'aba_therapy',
  'canistherapy',
  'hippotherapy', // reitterapija
  'alternative_communication', // alternatīvās komunikācijas speciālista konsultācijas
  'speech_therapist', // logopēds, audiologopēds, mikrologopēds
  'special_educator', // speciālā pedagoga nodarbības (stopped during the 2020 emergency)
  'group_sessions_person', // grupu nodarbības personām
  'group_sessions_relatives', // grupu nodarbības tuviniekiem
  'respite_care', // atelpas brīža pakalpojums
  'group_home', // grupu mājas pakalpojums
  'transport', // transporta izmaksas
] as const;
export type IbService = (typeof IB_SERVICES)[number];

/** What a service's planned and delivered volume counts. */
export const IB_UNITS = ['hour', 'session', 'day', 'trip'] as const;
export type IbUnit = (typeof IB_UNITS)[number];

/** IB-3 the unit each service is counted in (the catalogue's prices are per this unit). */
export const UNIT_OF_SERVICE: Record<IbService, IbUnit> = {
  support_person: 'hour', physiotherapy: 'session', physiotherapy_pool: 'session', occupational_therapy: 'session', home_care: 'hour', assistant: 'hour',
  psychologist: 'session', day_care_centre: 'day', music_therapy: 'session', aba_therapy: 'hour', canistherapy: 'session', hippotherapy: 'session',
  alternative_communication: 'session', speech_therapist: 'session', special_educator: 'session', group_sessions_person: 'session',
  group_sessions_relatives: 'session', respite_care: 'day', group_home: 'day', transport: 'trip',
};

/** IB-2 the multi-professional assessment team (seed 002, 18.03.2019). */
export const ASSESSMENT_PROFESSIONS = [
  'rehabilitation_doctor', 'physiotherapist', 'occupational_therapist', 'psychologist', 'speech_therapist', 'special_educator', 'social_worker',
] as const;
export type AssessmentProfession = (typeof ASSESSMENT_PROFESSIONS)[number];

/** IB-2, IB-3 who ranks the services beside the team and shares responsibility for the plan: the parents, the person, or the guardian. */
export const FAMILY_RANKERS = ['parents', 'person', 'guardian'] as const;
export type FamilyRanker = (typeof FAMILY_RANKERS)[number];

/** How an Individual Budget case ends. */
export const IB_ENDING_REASONS = ['pilot_ended', 'goals_reached', 'person_withdrew', 'moved_away', 'died', 'other'] as const;

/**
 * HF-1.4 — eligibility criteria defined by each municipality for the Housing First pilot, verbatim
 * from the service description (seed 004, section 1), with an English translation. They are seeded as
 * version 1 of each municipality's criteria; a municipality changes them by adding a new version.
 */
export type { CriterionText } from '../../core/application-forms';
import type { CriterionText } from '../../core/application-forms';

export interface CriteriaSeed {
  municipalityNameLv: string;
  validFrom: string;
  criteria: CriterionText[];
}

const PILOT_START = '2022-09-01';

export const HOUSING_FIRST_CRITERIA_SEEDS: CriteriaSeed[] = [
  {
    municipalityNameLv: 'Rīga',
    validFrom: PILOT_START,
    criteria: [
      { key: 'riga-1', textLv: 'Nav patstāvīgas dzīvesvietas', textEn: 'Has no permanent place of residence' },
      { key: 'riga-2', textLv: 'Persona darbspējīgā vecumā', textEn: 'The person is of working age' },
      { key: 'riga-3', textLv: 'Ir motivēta dzīvot patstāvīgi', textEn: 'Is motivated to live independently' },
      { key: 'riga-4', textLv: 'Ir motivēta nelietot atkarību izraisošās vielas', textEn: 'Is motivated not to use addictive substances' },
      { key: 'riga-5', textLv: 'Perspektīvā ir motivēta veikt algotu darbu (iespējams jau ir darba attiecībās)', textEn: 'Is motivated to take up paid work in future (may already be employed)' },
      { key: 'riga-6', textLv: 'Persona pensijas vecumā', textEn: 'The person is of pension age' },
    ],
  },
  {
    municipalityNameLv: 'Valmieras novads',
    validFrom: PILOT_START,
    criteria: [
      { key: 'valmiera-1', textLv: 'Persona bez noteiktas dzīvesvietas', textEn: 'A person without a fixed place of residence' },
      { key: 'valmiera-2', textLv: 'Persona, kura pakļauta bezpajumtniecības riskam (lielas komunālo maksājumu parādsaistības u.c.)', textEn: 'A person at risk of homelessness (large utility-payment debts, etc.)' },
      { key: 'valmiera-3', textLv: 'Persona, kura ir motivēta uzlabot savu sociālo situāciju un risināt sociālās problēmas', textEn: 'A person motivated to improve their social situation and solve social problems' },
      { key: 'valmiera-4', textLv: 'Persona, kura piekrīt dalībai pilotprojektā', textEn: 'A person who agrees to take part in the pilot project' },
    ],
  },
  {
    municipalityNameLv: 'Liepāja',
    validFrom: PILOT_START,
    criteria: [
      { key: 'liepaja-1', textLv: 'Atbilst darbspējas vecuma grupai (no 18 līdz 63)', textEn: 'Is of working age (from 18 to 63)' },
      { key: 'liepaja-2', textLv: 'Liepājas Nakts patversmes klients', textEn: 'A client of the Liepāja Night Shelter' },
      { key: 'liepaja-3', textLv: 'Multiplas sociālās problēmas', textEn: 'Multiple social problems' },
      { key: 'liepaja-4', textLv: 'Motivēts iesaistīties projektā', textEn: 'Motivated to take part in the project' },
      { key: 'liepaja-5', textLv: 'Nav savas patstāvīgas dzīvesvietas un reģistrētu īpašumu valdījumā', textEn: 'Has no permanent residence of their own and no registered property in their possession' },
      { key: 'liepaja-6', textLv: 'Ieinteresēts līdzdarboties atkarības problēmu novēršanā, apmeklējot Atkarības profilakses centra speciālistus vai atbalsta grupas', textEn: 'Interested in working on addiction problems by seeing the specialists of the Addiction Prevention Centre or attending support groups' },
      { key: 'liepaja-7', textLv: 'Spēj veikt ikdienas pienākumus, rūpēties par personīgo higiēnu un risināt jautājumus, kas saistīti ar veselības stāvokļa uzlabošanu', textEn: 'Is able to carry out daily duties, look after personal hygiene and deal with matters of improving their health' },
      { key: 'liepaja-8', textLv: 'Spēj uzņemties atbildību par savām parādsaistībām un tās risināt, ja tādas ir', textEn: 'Is able to take responsibility for their debts, if any, and deal with them' },
      { key: 'liepaja-9', textLv: 'Sadarbojas ar Nakts patversmes sociālo darbinieku, lai risinātu savas sociālās problēmas', textEn: 'Works with the Night Shelter social worker to solve their social problems' },
      { key: 'liepaja-10', textLv: 'Izrāda iniciatīvu un ieinteresētību sakārtot dokumentus, deklarēt dzīvesvietu, reģistrēties Nodarbinātības valsts aģentūrā gan kā bezdarbnieks, gan kā darba meklētājs', textEn: 'Shows initiative and interest in putting documents in order, declaring a residence, and registering with the State Employment Agency both as unemployed and as a job seeker' },
    ],
  },
];

/** HF-1.4 how each criterion was found in an eligibility assessment. */
export const CRITERION_FINDINGS = ['met', 'not_met', 'unknown'] as const;
export type CriterionFinding = (typeof CRITERION_FINDINGS)[number];

/** HF-3.1.2 other services a person who does not fit the target group can be offered. */
export const ALTERNATIVE_SERVICES = [
  'night_shelter', 'shelter', 'social_housing', 'crisis_centre', 'day_centre', 'addiction_treatment',
  'mental_health_services', 'social_assistance_benefits', 'other',
] as const;

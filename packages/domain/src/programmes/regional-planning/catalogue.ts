/**
 * RP-1 the regional catalogue of services (seed 001: "Kopumā programmā definēti 22 pakalpojumi, veikts to
 * detalizēts apraksts un klasifikācija atbilstoši likumā noteiktajiem sociālo pakalpojumu veidiem"), each
 * classified by the types of social services in the Social Services and Social Assistance Law (social work,
 * social care, social rehabilitation, vocational rehabilitation) and where it is given (at home, by day,
 * with accommodation). Versioned: a version is in force from its day; a service keeps its code across versions.
 */

/** RP-7 the programme's target groups (seed 001's "Programmas mērķis"). */
export const TARGET_GROUPS = ['functional_impairment', 'homeless', 'social_exclusion_risk'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** RP-1 the law's types of social services. */
export const LAW_SERVICE_TYPES = ['social_work', 'social_care', 'social_rehabilitation', 'vocational_rehabilitation'] as const;
export type LawServiceType = (typeof LAW_SERVICE_TYPES)[number];

/** RP-1 where the service is given: at the person's home, in a day centre or community, with accommodation. */
export const SERVICE_SETTINGS = ['at_home', 'day', 'residential'] as const;
export type ServiceSetting = (typeof SERVICE_SETTINGS)[number];

export interface CatalogueService {
  code: string;
  names: { lv: string; en: string };
  description: { lv: string; en: string };
  lawType: LawServiceType;
  setting: ServiceSetting;
  targetGroups: readonly TargetGroup[];
}

export interface CatalogueVersion { version: number; validFrom: string; services: readonly CatalogueService[] }

const s = (code: string, lv: string, en: string, lawType: LawServiceType, setting: ServiceSetting, targetGroups: readonly TargetGroup[], dLv: string, dEn: string): CatalogueService =>
  ({ code, names: { lv, en }, description: { lv: dLv, en: dEn }, lawType, setting, targetGroups });

const FI: TargetGroup = 'functional_impairment';
const HL: TargetGroup = 'homeless';
const SX: TargetGroup = 'social_exclusion_risk';

/** RP-1 the programme's 22 services (version 1, the programme of 11 December 2018). */
export const RP_SERVICES_V1: readonly CatalogueService[] = [
  s('home_care', 'Aprūpe mājās', 'Home care', 'social_care', 'at_home', [FI, SX], 'Palīdzība pašaprūpē un mājsaimniecībā personas dzīvesvietā.', 'Help with self-care and the household in the person’s home.'),
  s('assistant', 'Asistenta pakalpojums', 'Personal assistant', 'social_care', 'at_home', [FI], 'Asistents palīdz personai ar invaliditāti pārvietoties, mācīties un strādāt.', 'An assistant helps a person with a disability to move about, study and work.'),
  s('respite_care', 'Atelpas brīža pakalpojums', 'Respite care', 'social_care', 'residential', [FI], 'Īslaicīga aprūpe, lai ģimene, kas aprūpē tuvinieku, varētu atpūsties.', 'Short-term care so that a family caring for a relative can rest.'),
  s('day_centre_mental', 'Dienas aprūpes centrs personām ar garīga rakstura traucējumiem', 'Day care centre for adults with mental disorders', 'social_care', 'day', [FI], 'Dienas aprūpe, nodarbības un sociālo prasmju attīstīšana.', 'Day care, activities and social skills.'),
  s('day_centre_children', 'Dienas aprūpes centrs bērniem ar funkcionāliem traucējumiem', 'Day care centre for children with functional impairments', 'social_care', 'day', [FI], 'Bērnu aprūpe, attīstība un vecāku atbalsts dienas laikā.', 'Care and development of children and support for parents by day.'),
  s('day_centre_seniors', 'Dienas centrs senioriem', 'Day centre for older people', 'social_care', 'day', [SX], 'Dienas aprūpe un brīvā laika pavadīšana vientuļiem senioriem.', 'Day care and activities for lonely older people.'),
  s('group_home', 'Grupu dzīvoklis (māja)', 'Group home', 'social_rehabilitation', 'residential', [FI], 'Mājoklis un sociālā darbinieka atbalsts patstāvīgai dzīvei.', 'Housing with a social worker’s support for independent living.'),
  s('specialised_workshops', 'Specializētās darbnīcas', 'Specialised workshops', 'social_rehabilitation', 'day', [FI], 'Darba prasmju apguve un uzturēšana personām ar funkcionāliem traucējumiem.', 'Learning and keeping work skills for persons with functional impairments.'),
  s('supported_employment', 'Atbalstītā nodarbinātība', 'Supported employment', 'vocational_rehabilitation', 'day', [FI, SX], 'Darba meklēšana un atbalsts darba vietā.', 'Finding a job and support at the workplace.'),
  s('halfway_house', 'Pusceļa māja', 'Halfway house', 'social_rehabilitation', 'residential', [HL, SX], 'Pagaidu mājoklis un atbalsts pēc ilgstošas aprūpes vai ieslodzījuma.', 'Temporary housing and support after long-term care or prison.'),
  s('shelter', 'Patversme', 'Shelter', 'social_care', 'residential', [HL], 'Naktsmītne, uzturs un sociālā darbinieka konsultācijas bezpajumtniekiem.', 'A bed, food and a social worker’s advice for homeless people.'),
  s('night_shelter', 'Naktspatversme', 'Night shelter', 'social_care', 'residential', [HL], 'Naktsmītne un higiēnas iespējas.', 'A bed for the night and a place to wash.'),
  s('housing_first', 'Sociālā rehabilitācija dzīvesvietā bezpajumtniekiem („Mājoklis vispirms”)', 'Social rehabilitation at home for homeless people (Housing First)', 'social_rehabilitation', 'at_home', [HL], 'Pastāvīgs mājoklis un komandas atbalsts tā saglabāšanai.', 'A permanent home and a team’s support to keep it.'),
  s('crisis_centre', 'Krīzes centrs', 'Crisis centre', 'social_rehabilitation', 'residential', [SX], 'Īslaicīga izmitināšana un palīdzība krīzē nonākušām ģimenēm.', 'Short stays and help for families in crisis.'),
  s('violence_rehabilitation', 'Sociālā rehabilitācija no vardarbības cietušām personām', 'Social rehabilitation for victims of violence', 'social_rehabilitation', 'day', [SX], 'Psihologa, jurista un sociālā darbinieka palīdzība.', 'Help from a psychologist, a lawyer and a social worker.'),
  s('support_groups', 'Atbalsta grupas', 'Support groups', 'social_work', 'day', [FI, HL, SX], 'Sociālā darbinieka vadītas grupas personām un ģimenēm ar līdzīgām grūtībām.', 'Groups led by a social worker for people and families with similar difficulties.'),
  s('family_assistant', 'Ģimenes asistents', 'Family assistant', 'social_rehabilitation', 'at_home', [SX], 'Atbalsts ģimenei bērnu audzināšanā un sadzīves prasmēs.', 'Support for a family in raising children and everyday skills.'),
  s('social_mentor', 'Sociālais mentors', 'Social mentor', 'social_rehabilitation', 'at_home', [HL, SX], 'Mentora atbalsts sociālo problēmu risināšanā un prasmju attīstīšanā.', 'A mentor’s support in solving social problems and building skills.'),
  s('service_apartment', 'Servisa dzīvoklis', 'Service apartment', 'social_care', 'residential', [FI, SX], 'Pielāgots dzīvoklis ar aprūpi pēc vajadzības.', 'An adapted apartment with care as needed.'),
  s('youth_house', 'Jauniešu māja', 'Youth house', 'social_rehabilitation', 'residential', [SX], 'Atbalsts bāreņiem un jauniešiem pēc ārpusģimenes aprūpes.', 'Support for orphans and young people leaving out-of-family care.'),
  s('case_management', 'Gadījuma vadība', 'Case management', 'social_work', 'day', [FI, HL, SX], 'Sociālā darba gadījuma vadība ar individuālu sociālās rehabilitācijas plānu.', 'Social work case management with an individual rehabilitation plan.'),
  s('psychosocial_support', 'Kompleksais psihosociālais atbalsts ģimenēm', 'Complex psychosocial support for families', 'social_rehabilitation', 'day', [FI, SX], 'Psihologa un sociālā darbinieka darbs ar ģimeni un tās tīklu.', 'A psychologist’s and social worker’s work with the family and its network.'),
];

/** RP-1 the catalogue's versions, oldest first. */
export const RP_CATALOGUE_VERSIONS: readonly CatalogueVersion[] = [{ version: 1, validFrom: '2018-12-11', services: RP_SERVICES_V1 }];

/** RP-1 the version in force on a day (the latest that has started), or null before the first. */
export function computeCatalogueInForce(versions: readonly CatalogueVersion[], on: string): CatalogueVersion | null {
  let found: CatalogueVersion | null = null;
  for (const v of versions) if (v.validFrom <= on && (!found || v.validFrom >= found.validFrom)) found = v;
  return found;
}

/** A service's content in a fixed order (a stored copy may list its fields in another). */
const canonical = (x: CatalogueService) => JSON.stringify([x.code, x.names.lv, x.names.en, x.description.lv, x.description.en, x.lawType, x.setting, [...x.targetGroups].sort()]);

/** RP-1 what changed between two versions: codes added, removed, and services whose description or classification changed. */
export function computeCatalogueChanges(before: CatalogueVersion, after: CatalogueVersion) {
  const old = new Map(before.services.map((x) => [x.code, x]));
  const now = new Map(after.services.map((x) => [x.code, x]));
  return {
    added: after.services.filter((x) => !old.has(x.code)).map((x) => x.code),
    removed: before.services.filter((x) => !now.has(x.code)).map((x) => x.code),
    changed: after.services.filter((x) => old.has(x.code) && canonical(old.get(x.code)!) !== canonical(x)).map((x) => x.code),
  };
}

/**
 * RP-1 a new version the region's planner publishes: it follows the latest (its number one more, in force
 * later than the latest), changes something, and names each service once.
 */
export function checkCatalogueVersion(latest: CatalogueVersion, next: CatalogueVersion): 'not_next_version' | 'not_after_latest' | 'service_twice' | 'no_changes' | null {
  if (next.version !== latest.version + 1) return 'not_next_version';
  if (next.validFrom <= latest.validFrom) return 'not_after_latest';
  if (new Set(next.services.map((x) => x.code)).size !== next.services.length) return 'service_twice';
  const changes = computeCatalogueChanges(latest, next);
  return changes.added.length + changes.removed.length + changes.changed.length === 0 ? 'no_changes' : null;
}

/** RP-1 a new service's code from its English name (`Telecare` → `telecare`), unlike any code taken (`_2`, `_3`, …). */
export function computeNewServiceCode(nameEn: string, taken: ReadonlySet<string>): string {
  const base = `s_${nameEn.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40)}`.replace(/_$/, '');
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}_${n}`;
  return code;
}

export const RP_SERVICE_CODES = RP_SERVICES_V1.map((x) => x.code);
export const isRpService = (code: string) => RP_SERVICE_CODES.includes(code);

/**
 * RP-1 the other programmes' services on the regional catalogue: a programme's case counts under its
 * main service (`*`); its own service or service-line codes under theirs (data, not an import of the programme).
 */
export const PROGRAMME_SERVICE_MAP: readonly { programme: string; service: string; catalogue: string }[] = [
  { programme: 'housing_first', service: '*', catalogue: 'housing_first' },
  { programme: 'individual_programme', service: '*', catalogue: 'halfway_house' },
  { programme: 'individual_programme', service: 'housing', catalogue: 'halfway_house' },
  { programme: 'individual_programme', service: 'monitoring_24h', catalogue: 'halfway_house' },
  { programme: 'individual_programme', service: 'consultations', catalogue: 'case_management' },
  { programme: 'individual_programme', service: 'skills_support', catalogue: 'social_mentor' },
  { programme: 'individual_programme', service: 'communication_support', catalogue: 'social_mentor' },
  { programme: 'individual_programme', service: 'integration_events', catalogue: 'support_groups' },
  { programme: 'individual_budget', service: '*', catalogue: 'case_management' },
  { programme: 'individual_budget', service: 'support_person', catalogue: 'assistant' },
  { programme: 'individual_budget', service: 'assistant', catalogue: 'assistant' },
  { programme: 'individual_budget', service: 'home_care', catalogue: 'home_care' },
  { programme: 'individual_budget', service: 'day_care_centre', catalogue: 'day_centre_mental' },
  { programme: 'individual_budget', service: 'respite_care', catalogue: 'respite_care' },
  { programme: 'individual_budget', service: 'group_home', catalogue: 'group_home' },
  { programme: 'individual_budget', service: 'group_sessions_person', catalogue: 'support_groups' },
  { programme: 'individual_budget', service: 'group_sessions_relatives', catalogue: 'support_groups' },
  { programme: 'individual_budget', service: 'psychologist', catalogue: 'psychosocial_support' },
  { programme: 'family_support', service: '*', catalogue: 'psychosocial_support' },
  { programme: 'family_support', service: 'parents_disabled_children', catalogue: 'support_groups' },
  { programme: 'family_support', service: 'domestic_violence', catalogue: 'violence_rehabilitation' },
  { programme: 'family_support', service: 'camp', catalogue: 'psychosocial_support' },
  { programme: 'family_support', service: 'volunteer_mentor', catalogue: 'social_mentor' },
];

/** RP-1 the catalogue service a programme's service (or, with none, its cases) counts under; null when unmapped. */
export function mapToCatalogue(programme: string, service?: string): string | null {
  const exact = service ? PROGRAMME_SERVICE_MAP.find((m) => m.programme === programme && m.service === service) : undefined;
  return (exact ?? PROGRAMME_SERVICE_MAP.find((m) => m.programme === programme && m.service === '*'))?.catalogue ?? null;
}

/** RP-7 the target group a programme's cases are counted in (Housing First: homeless; IB: functional impairments). */
export const PROGRAMME_TARGET_GROUP: Readonly<Record<string, TargetGroup>> = {
  housing_first: 'homeless', individual_programme: 'homeless', individual_budget: 'functional_impairment', family_support: 'social_exclusion_risk',
};

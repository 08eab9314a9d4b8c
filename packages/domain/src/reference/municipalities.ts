/**
 * Latvian municipalities (pašvaldības) after the 2021 administrative-territorial reform, with their
 * codes in the classifier of administrative territories and territorial units (ATVK) and the planning
 * region (plānošanas reģions) each belongs to under the Regional Development Law.
 *
 * 43 municipalities from 1 July 2021 (7 state cities, 36 counties); 42 since 1 July 2025, when
 * Varakļāni county joined Madona county (the enlarged county is a new classifier entry). Records keep
 * the ATVK code they had, so a closed municipality stays readable with its validity dates.
 */

export const PLANNING_REGIONS = [
  { code: 'riga', nameLv: 'Rīgas plānošanas reģions', nameEn: 'Riga Planning Region' },
  { code: 'kurzeme', nameLv: 'Kurzemes plānošanas reģions', nameEn: 'Kurzeme Planning Region' },
  { code: 'zemgale', nameLv: 'Zemgales plānošanas reģions', nameEn: 'Zemgale Planning Region' },
  { code: 'latgale', nameLv: 'Latgales plānošanas reģions', nameEn: 'Latgale Planning Region' },
  { code: 'vidzeme', nameLv: 'Vidzemes plānošanas reģions', nameEn: 'Vidzeme Planning Region' },
] as const;

export type PlanningRegionCode = (typeof PLANNING_REGIONS)[number]['code'];

export interface Municipality {
  atvk: string;
  nameLv: string;
  nameEn: string;
  kind: 'state_city' | 'county';
  region: PlanningRegionCode;
  validFrom: string;
  validTo: string | null;
  /** Where a closed municipality's territory went. */
  successorAtvk?: string;
}

const REFORM_2021 = '2021-07-01';
const MADONA_VARAKLANI_2025 = '2025-07-01';

const city = (atvk: string, nameLv: string, nameEn: string, region: PlanningRegionCode): Municipality =>
  ({ atvk, nameLv, nameEn, kind: 'state_city', region, validFrom: REFORM_2021, validTo: null });
const county = (atvk: string, nameLv: string, nameEn: string, region: PlanningRegionCode): Municipality =>
  ({ atvk, nameLv, nameEn, kind: 'county', region, validFrom: REFORM_2021, validTo: null });

export const MUNICIPALITIES: readonly Municipality[] = [
  city('0001000', 'Rīga', 'Riga', 'riga'),
  city('0002000', 'Daugavpils', 'Daugavpils', 'latgale'),
  city('0003000', 'Jelgava', 'Jelgava', 'zemgale'),
  city('0004000', 'Jūrmala', 'Jurmala', 'riga'),
  city('0005000', 'Liepāja', 'Liepaja', 'kurzeme'),
  city('0006000', 'Rēzekne', 'Rezekne', 'latgale'),
  city('0007000', 'Ventspils', 'Ventspils', 'kurzeme'),
  county('0020000', 'Aizkraukles novads', 'Aizkraukle Municipality', 'zemgale'),
  county('0021000', 'Alūksnes novads', 'Aluksne Municipality', 'vidzeme'),
  county('0022000', 'Augšdaugavas novads', 'Augsdaugava Municipality', 'latgale'),
  county('0023000', 'Ādažu novads', 'Adazi Municipality', 'riga'),
  county('0024000', 'Balvu novads', 'Balvi Municipality', 'latgale'),
  county('0025000', 'Bauskas novads', 'Bauska Municipality', 'zemgale'),
  county('0026000', 'Cēsu novads', 'Cesis Municipality', 'vidzeme'),
  county('0027000', 'Dienvidkurzemes novads', 'South Kurzeme Municipality', 'kurzeme'),
  county('0028000', 'Dobeles novads', 'Dobele Municipality', 'zemgale'),
  county('0029000', 'Gulbenes novads', 'Gulbene Municipality', 'vidzeme'),
  county('0030000', 'Jelgavas novads', 'Jelgava Municipality', 'zemgale'),
  county('0031000', 'Jēkabpils novads', 'Jekabpils Municipality', 'zemgale'),
  county('0032000', 'Krāslavas novads', 'Kraslava Municipality', 'latgale'),
  county('0033000', 'Kuldīgas novads', 'Kuldiga Municipality', 'kurzeme'),
  county('0034000', 'Ķekavas novads', 'Kekava Municipality', 'riga'),
  county('0035000', 'Limbažu novads', 'Limbazi Municipality', 'riga'),
  county('0036000', 'Līvānu novads', 'Livani Municipality', 'latgale'),
  county('0037000', 'Ludzas novads', 'Ludza Municipality', 'latgale'),
  { ...county('0038000', 'Madonas novads', 'Madona Municipality', 'vidzeme'), validTo: '2025-06-30', successorAtvk: '0038001' },
  { ...county('0038001', 'Madonas novads', 'Madona Municipality', 'vidzeme'), validFrom: MADONA_VARAKLANI_2025 },
  county('0039000', 'Mārupes novads', 'Marupe Municipality', 'riga'),
  county('0040000', 'Ogres novads', 'Ogre Municipality', 'riga'),
  county('0041000', 'Olaines novads', 'Olaine Municipality', 'riga'),
  county('0042000', 'Preiļu novads', 'Preili Municipality', 'latgale'),
  county('0043000', 'Rēzeknes novads', 'Rezekne Municipality', 'latgale'),
  county('0044000', 'Ropažu novads', 'Ropazi Municipality', 'riga'),
  county('0045000', 'Salaspils novads', 'Salaspils Municipality', 'riga'),
  county('0046000', 'Saldus novads', 'Saldus Municipality', 'kurzeme'),
  county('0047000', 'Saulkrastu novads', 'Saulkrasti Municipality', 'riga'),
  county('0048000', 'Siguldas novads', 'Sigulda Municipality', 'riga'),
  county('0049000', 'Smiltenes novads', 'Smiltene Municipality', 'vidzeme'),
  county('0051000', 'Talsu novads', 'Talsi Municipality', 'kurzeme'),
  county('0052000', 'Tukuma novads', 'Tukums Municipality', 'riga'),
  county('0053000', 'Valkas novads', 'Valka Municipality', 'vidzeme'),
  county('0054000', 'Valmieras novads', 'Valmiera Municipality', 'vidzeme'),
  { ...county('0055000', 'Varakļānu novads', 'Varaklani Municipality', 'latgale'), validTo: '2025-06-30', successorAtvk: '0038001' },
  county('0056000', 'Ventspils novads', 'Ventspils Municipality', 'kurzeme'),
];

/** The municipalities that existed on `date` (YYYY-MM-DD). */
export function findMunicipalitiesValidOn(date: string): Municipality[] {
  return MUNICIPALITIES.filter((m) => m.validFrom <= date && (m.validTo === null || date <= m.validTo));
}

/** The municipality with this ATVK code, current or historical. */
export function getMunicipalityByAtvk(atvk: string): Municipality | undefined {
  return MUNICIPALITIES.find((m) => m.atvk === atvk);
}

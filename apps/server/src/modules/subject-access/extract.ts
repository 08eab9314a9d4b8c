/**
 * HF-2.7, GDPR Art. 15 — "what we hold about you": the plain, already-worded data of a person's extract.
 * Each programme words its own records (`ServerProgramme.personExtract`); the core adds the person, the
 * household, the cases and the audit log's entries about the person.
 */
import { formatDate, formatDateTime, formatEuro } from '@socrehab/domain';
import type { DocumentLanguage } from '../documents/documents.types';
import { translate } from '../../shared/i18n';

/** One record: label → value, in the requested language, in the order shown. */
export type ExtractRecord = Record<string, string>;
export interface ExtractSection { title: string; records: ExtractRecord[] }

/** Keys never shown: internal identifiers and technical columns. */
const HIDDEN = new Set(['id', 'version', 'searchName', 'addressFolded', 'passwordHash', 'txid', 'prevHash', 'hash', 'chain']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const LV_LABELS: Record<string, string> = {
  status: 'Statuss', note: 'Piezīme', notes: 'Piezīmes', reason: 'Iemesls', createdAt: 'Izveidots', updatedAt: 'Mainīts',
  submittedOn: 'Iesniegts', decidedOn: 'Lēmuma datums', decision: 'Lēmums', openedOn: 'Atvērta', closedOn: 'Slēgta',
  movedInOn: 'Ievākšanās datums', endedOn: 'Beigu datums', on: 'Datums', date: 'Datums', kind: 'Veids', text: 'Saturs',
  fromDate: 'No', toDate: 'Līdz', teamRole: 'Loma komandā', worker: 'Darbinieks', month: 'Mēnesis', delivered: 'Sniegts',
  line: 'Pakalpojums', unit: 'Mērvienība', plannedPerMonth: 'Plānots mēnesī', fromMonth: 'No mēneša', toMonth: 'Līdz mēnesim',
  plannedCents: 'Plānotās izmaksas', actualCents: 'Faktiskās izmaksas', rentCents: 'Īres maksa', managementCents: 'Apsaimniekošana',
  electricityCents: 'Elektroenerģija', gasCents: 'Gāze', utilitiesCents: 'Komunālie maksājumi', basis: 'Pamatojums', assessedOn: 'Izvērtēts',
  effectiveFrom: 'Spēkā no', instrument: 'Instruments', recordedOn: 'Reģistrēts', score: 'Vērtējums', answers: 'Atbildes',
  targetGroup: 'Mērķa grupa', servicePlace: 'Pakalpojuma vieta', agreementEndsOn: 'Līgums beidzas', title: 'Nosaukums',
  signedOn: 'Parakstīts', givenOn: 'Dots', withdrawnOn: 'Atsaukts', plannedOn: 'Plānots', happenedOn: 'Notika', domains: 'Dzīves jomas',
  accompaniedBy: 'Pavadīja', givenNames: 'Vārds', surnames: 'Uzvārds', crisisAgreement: 'Vienošanās krīzes gadījumam',
  spareKeyUseAllowed: 'Atļauts izmantot rezerves atslēgu', equipmentExplained: 'Iekārtu lietošana izskaidrota', nothingEssentialMissing: 'Nekā būtiska netrūkst',
  lease: 'Īres līgums', entryOn: 'Ieraksta datums', done: 'Paveiktais', topics: 'Tēmas', results: 'Rezultāti', conclusions: 'Secinājumi',
  interProfessionalNotes: 'Starpprofesionālās piezīmes', lifeDomains: 'Dzīves jomas', communityServicesConsidered: 'Izvērtētie sabiedrībā balstītie pakalpojumi',
  unmetNeedReason: 'Neapmierinātās vajadzības pamatojums', handoverItems: 'Nodotās lietas', endingReason: 'Izbeigšanas iemesls', endingNote: 'Piezīme par izbeigšanu', recordedAt: 'Reģistrēts', summary: 'Kopsavilkums', goals: 'Mērķi', outcome: 'Rezultāts',
  // the other fields the programmes' records carry (every label Latvian in a Latvian extract)
  actionTaken: 'Veiktā rīcība', addedOn: 'Iekļauts rindā', alternativesOffered: 'Piedāvātie citi pakalpojumi', answer: 'Atbilde', answeredOn: 'Atbildēts',
  assessedBy: 'Izvērtēja', assignedBy: 'Norīkoja', atTime: 'Laiks', caseNumber: 'Lietas numurs', changeReason: 'Maiņas iemesls',
  consentTextVersion: 'Piekrišanas teksta versija', contactOn: 'Kontakta datums', contactedOn: 'Sazināšanās datums', contractSignedOn: 'Līgums parakstīts',
  createdBy: 'Reģistrēja', data: 'Dati', dataProcessingInformedOn: 'Informēts par datu apstrādi', decidedBy: 'Lēma', decisionReason: 'Lēmuma pamatojums',
  description: 'Apraksts', destination: 'Dzīvesvieta pēc pakalpojuma', domainNeeds: 'Atbalsta vajadzības dzīves jomās', dwellingCondition: 'Mājokļa stāvoklis',
  endsOn: 'Beidzas', findings: 'Konstatējumi', healthRisk: 'Veselības risks', hours: 'Stundas', inspectionAfterDays: 'Pārbaude pēc dienām',
  justification: 'Pamatojums', justifiedBy: 'Pamatoja', leftOn: 'Izslēgts no rindas', leftReason: 'Izslēgšanas iemesls', mode: 'Veids',
  municipalityAtvk: 'Pašvaldība', noticeGivenOn: 'Paziņots', occurredOn: 'Notika', offered: 'Piedāvāts', offeredBy: 'Piedāvāja', offeredOn: 'Piedāvāts',
  onDate: 'Datums', overrideReason: 'Griestu pārsniegšanas pamatojums', personState: 'Personas stāvoklis', place: 'Vieta', priorityFactors: 'Prioritātes faktori',
  programme: 'Programma', programmeCode: 'Programma', proposedBy: 'Ierosināja', reachedPerson: 'Persona sasniegta', recordedBy: 'Reģistrēja',
  removalNote: 'Piezīme par izslēgšanu', removedBy: 'Izslēdza', reviewedOn: 'Pārskatīts', round: 'Kārta', ruleVersion: 'Noteikumu versija',
  serviceBeganOn: 'Pakalpojums sākts', serviceRulesInformedOn: 'Iepazīstināts ar pakalpojuma noteikumiem', skillAreas: 'Prasmju jomas', source: 'Avots',
  startedOn: 'Sākts', startsOn: 'Sākas', supportNeedLevel: 'Atbalsta vajadzību līmenis', technicalFaults: 'Tehniski bojājumi',
  toldNotACondition: 'Izskaidrots, ka tas nav nosacījums', visitedOn: 'Apmeklējuma datums', workerIds: 'Darbinieki', signedBy: 'Parakstīja',
  rentEuros: 'Īres maksa', landlord: 'Izīrētājs',
  // HF-3.4.6 cooperation protocols
  heldOn: 'Sanāksmes datums', institutions: 'Institūcijas', participants: 'Dalībnieki', topic: 'Temats', agreed: 'Panāktā vienošanās',
  actions: 'Turpmākās darbības', correctionReason: 'Labojuma iemesls', what: 'Darbība', who: 'Atbildīgais', byDate: 'Termiņš',
  // HF-2.2 the engagement's extensions and suspensions
  months: 'Mēneši', newEndOn: 'Jaunās beigas', fromOn: 'No', toOn: 'Līdz', cancelledAt: 'Atcelts', cancelledBy: 'Atcēla', cancelReason: 'Atcelšanas iemesls',
};

/** `movedInOn` → `Moved in on`. */
function humanise(key: string): string {
  const words = key.replace(/Cents$/, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function labelOf(key: string, language: DocumentLanguage, labels: Record<string, string> = {}): string {
  return labels[key] ?? (language === 'lv' ? LV_LABELS[key] : undefined) ?? humanise(key);
}

/** Stored keys whose values the shared messages name under another key. */
const ENUM_KEYS: Record<string, string> = { status: 'caseStatus', relation: 'relationKind', languages: 'language', teamRole: 'role', line: 'serviceLine', kind: 'costKind' };

/** A stored code (`social_worker`) by its name in the shared messages (`<prefix>.<key>.<code>`), if they have one. */
function codeName(key: string, value: string, language: DocumentLanguage, enumPrefixes: readonly string[]): string | null {
  if (!/^[a-z][a-z0-9_]*$/.test(value)) return null;
  for (const prefix of enumPrefixes) {
    for (const k of [key, ENUM_KEYS[key]]) {
      if (!k) continue;
      const path = `${prefix}.${k}.${value}`;
      const named = translate(language, path, { defaultValue: '' });
      if (typeof named === 'string' && named !== '' && named !== path) return named;
    }
  }
  return null;
}

/**
 * A stored value as read: dates dd.mm.yyyy, moments dd.mm.yyyy hh:mm, euro cents `1 234,56 €`, yes/no,
 * codes by their names under `enumPrefixes` (e.g. `enums`, a programme's `<namespace>.enums`).
 */
export function wordValue(key: string, value: unknown, language: DocumentLanguage, enumPrefixes: readonly string[] = ['enums']): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return formatDateTime(value);
  if (typeof value === 'number' && /Cents$/.test(key)) return formatEuro(value / 100, language);
  if (typeof value === 'boolean') return value ? (language === 'lv' ? 'jā' : 'yes') : (language === 'lv' ? 'nē' : 'no');
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    const named = codeName(key, value, language, enumPrefixes);
    if (named) return named;
    // moments as read from the database (`2026-03-01 10:00:00.5+00`) or as ISO text
    if (/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/.test(value)) return formatDateTime(new Date(value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')));
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => wordValue(key, v, language, enumPrefixes)).filter(Boolean).join(', ');
  if (typeof value === 'object') {
    // a stored document (a lease, answers): its fields one after another, so that long ones wrap
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => `${labelOf(k, language)}: ${wordValue(k, v, language, enumPrefixes)}`).join('; ');
  }
  return String(value);
}

/** A stored row as a record: identifiers and empty values left out, every label and value worded. */
export function wordRow(row: Record<string, unknown>, language: DocumentLanguage, labels: Record<string, string> = {}, enumPrefixes: readonly string[] = ['enums']): ExtractRecord {
  const out: ExtractRecord = {};
  for (const [key, value] of Object.entries(row)) {
    if (HIDDEN.has(key) || /Id$/.test(key) || value === null || value === undefined || value === '') continue;
    if (typeof value === 'string' && UUID.test(value)) continue; // a reference to another record (a worker, a dwelling), not data

    const worded = wordValue(key, value, language, enumPrefixes);
    if (worded !== '') out[labelOf(key, language, labels)] = worded;
  }
  return out;
}

/** Sections of rows read per table: empty ones are kept, so that the extract shows what is not held. */
export function sectionsOf(tables: ReadonlyArray<{ title: string; rows: ReadonlyArray<Record<string, unknown>> }>, language: DocumentLanguage, enumPrefixes: readonly string[] = ['enums']): ExtractSection[] {
  return tables.map((t) => ({ title: t.title, records: t.rows.map((r) => wordRow(r, language, {}, enumPrefixes)) }));
}

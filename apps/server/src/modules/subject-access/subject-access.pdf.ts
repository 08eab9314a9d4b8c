import type { Content } from 'pdfmake/interfaces';
import { formatDate, formatDateTime } from '@socrehab/domain';
import { gridTable, heading, labelledTable, letterheadBlock, metaLine, paragraph, renderPdf, titleBlock } from '../documents/documents.layout';
import { DOCUMENT_TEXT } from '../documents/documents.text';
import type { ExtractRecord } from './extract';
import type { PersonExtract } from './subject-access.usecases';

const WORDING = {
  lv: {
    title: 'KO MĒS PAR JUMS GLABĀJAM', header: 'Ko mēs par jums glabājam',
    subtitle: 'Izraksts par personas datiem, kas tiek apstrādāti (Vispārīgās datu aizsardzības regulas 15. pants)',
    produced: (on: string, by: string, organisation: string) => `Sagatavots ${on}, sagatavoja ${by} (${organisation})`,
    person: 'Personas dati', codes: 'Personas kodi', relations: 'Saites ar citām personām', household: 'Mājsaimniecība',
    cases: 'Lietas', noCases: 'Mūsu organizācijā par jums lietu nav.', caseTitle: (programme: string, number: string) => `${programme}: lieta ${number}`,
    noNumber: 'bez numura', nothing: 'Ierakstu nav.', accessLog: 'Kas skatīja vai mainīja jūsu datus',
    accessIntro: 'Ieraksti no notikumu žurnāla par jums, jaunākie vispirms.', when: 'Kad', who: 'Kas', organisation: 'Organizācija', what: 'Darbība',
    fullName: 'Vārds, uzvārds', birthDate: 'Dzimšanas datums', record: (n: number) => `Ieraksts ${n}`,
  },
  en: {
    title: 'WHAT WE HOLD ABOUT YOU', header: 'What we hold about you',
    subtitle: 'An extract of the personal data processed (Article 15 of the General Data Protection Regulation)',
    produced: (on: string, by: string, organisation: string) => `Produced ${on} by ${by} (${organisation})`,
    person: 'Personal data', codes: 'Personal codes', relations: 'Relations to other persons', household: 'Household',
    cases: 'Cases', noCases: 'Our organisation holds no cases about you.', caseTitle: (programme: string, number: string) => `${programme}: case ${number}`,
    noNumber: 'without a number', nothing: 'No records.', accessLog: 'Who read or changed your data',
    accessIntro: 'Entries of the audit log about you, newest first.', when: 'When', who: 'Who', organisation: 'Organisation', what: 'Action',
    fullName: 'Full name', birthDate: 'Date of birth', record: (n: number) => `Record ${n}`,
  },
} as const;

/** HF-4.4 the same pages as a client's case file handed over to the funder: its own title, no access log. */
const CASE_FILE = {
  lv: { title: 'KLIENTA LIETA', header: 'Klienta lieta', subtitle: 'Klienta lietas dati nodošanai finansētājam glabāšanā' },
  en: { title: 'CLIENT CASE FILE', header: 'Client case file', subtitle: 'The client’s case file handed over to the funder for keeping' },
} as const;

const pairs = (record: ExtractRecord): Array<[string, string]> => Object.entries(record);

/**
 * The extract as a PDF: the person's identity, each case's sections as tables, the access log, page numbers,
 * produced on/by. As a `case_file` (HF-4.4) it is titled as the client's case file and has no access log.
 */
export function renderPersonExtract(data: PersonExtract, kind: 'subject_access' | 'case_file' = 'subject_access'): Promise<Buffer> {
  const language = data.language;
  const w = kind === 'case_file' ? { ...WORDING[language], ...CASE_FILE[language] } : WORDING[language];
  const text = DOCUMENT_TEXT[language];
  const producedOn = formatDateTime(data.producedAt);
  const records = (list: readonly ExtractRecord[]): Content[] =>
    list.length === 0 ? [paragraph(w.nothing, { italics: true })] : list.flatMap((r, i) => [
      ...(list.length > 1 ? [{ text: w.record(i + 1), style: 'caption', margin: [0, 2, 0, 1] } as Content] : []),
      labelledTable(pairs(r), 150),
    ]);
  const content: Content[] = [
    ...letterheadBlock(data.producedBy.organisation),
    metaLine(w.produced(producedOn, data.producedBy.name, data.producedBy.organisation)),
    ...titleBlock(w.title, w.subtitle, data.person.fullName),
    heading(w.person),
    labelledTable(pairs(data.person.record), 150),
  ];
  if (data.person.codes.length) content.push(heading(w.codes), ...records(data.person.codes));
  if (data.person.relations.length) content.push(heading(w.relations), ...records(data.person.relations));
  if (data.household.length) {
    content.push(heading(w.household), gridTable([w.fullName, w.birthDate], data.household.map((m) => [m.fullName, formatDate(m.birthDate)]), ['*', 100]));
  }
  content.push(heading(w.cases));
  if (data.cases.length === 0) content.push(paragraph(w.noCases, { italics: true }));
  for (const c of data.cases) {
    content.push({ text: w.caseTitle(c.programmeName, c.caseNumber ?? w.noNumber), fontSize: 11, bold: true, margin: [0, 12, 0, 4], headlineLevel: 1 } as Content);
    content.push(labelledTable(pairs(c.details), 150));
    for (const s of c.sections) content.push(heading(s.title), ...records(s.records));
  }
  if (kind === 'subject_access') {
    content.push(heading(w.accessLog), paragraph(w.accessIntro));
    content.push(gridTable([w.when, w.who, w.organisation, w.what], data.accessLog.map((l) => [l.at, l.who, l.organisation, l.action]), [92, 90, 110, '*']));
  }
  return renderPdf({
    letterhead: { organisationName: data.producedBy.organisation, printedOn: data.producedAt, printedBy: data.producedBy.name },
    text, language, title: `${w.header} — ${data.person.fullName}`, headerTitle: w.header, reference: data.person.fullName, content,
  });
}

import { formatDate } from '@socrehab/domain';
import type { Content } from 'pdfmake/interfaces';
import { gridTable, heading, labelledTable, letterheadBlock, metaLine, paragraph, personRows, renderPdf, titleBlock } from './documents.layout';
import { DOCUMENT_TEXT } from './documents.text';
import type { DocumentLanguage, Letterhead, PersonLine } from './documents.types';

/** HF-3.4.5 the unified work log, as printed for the case file. */
export interface WorkLogData extends Letterhead {
  caseNumber: string;
  person: PersonLine;
  period: string;
  entries: Array<{ on: string; kind: string; workers: string; domains: string; text: string }>;
}

const WORDING = {
  lv: {
    workLog: 'KLIENTA DARBA ŽURNĀLS', workLogHeader: 'Darba žurnāls', period: 'Periods', date: 'Datums', kind: 'Ieraksts', workers: 'Darbinieki',
    domains: 'Dzīves jomas', content: 'Saturs', none: 'Šajā periodā ierakstu nav.',
  },
  en: {
    workLog: 'CLIENT WORK LOG', workLogHeader: 'Work log', period: 'Period', date: 'Date', kind: 'Entry', workers: 'Workers',
    domains: 'Life domains', content: 'Content', none: 'No entries in this period.',
  },
} as const;

export function renderWorkLog(data: WorkLogData, language: DocumentLanguage = 'lv'): Promise<Buffer> {
  const w = WORDING[language];
  const text = DOCUMENT_TEXT[language];
  const content: Content[] = [
    ...letterheadBlock(data.organisationName),
    metaLine(`${w.period}: ${data.period}`, `${text.common.caseNumber} ${data.caseNumber}`),
    ...titleBlock(w.workLog),
    labelledTable(personRows(data.person, text, false)),
    heading(w.content),
    data.entries.length
      ? gridTable([w.date, w.kind, w.workers, w.domains, w.content], data.entries.map((e) => [formatDate(e.on), e.kind, e.workers, e.domains, e.text]), [58, 62, 80, 80, '*'])
      : paragraph(w.none, { italics: true }),
  ];
  return renderPdf({ letterhead: data, text, language, title: w.workLog, headerTitle: w.workLogHeader, reference: data.caseNumber, content });
}

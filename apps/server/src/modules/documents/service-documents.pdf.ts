import { formatDate } from '@socrehab/domain';
import type { Content } from 'pdfmake/interfaces';
import { gridTable, heading, labelledTable, letterheadBlock, metaLine, paragraph, personRows, renderPdf, signatureBlock, titleBlock } from './documents.layout';
import { DOCUMENT_TEXT } from './documents.text';
import type { DocumentLanguage, Letterhead, PersonLine } from './documents.types';

/** HF-3.4.5 the unified work log, as printed for the case file. */
export interface WorkLogData extends Letterhead {
  caseNumber: string;
  person: PersonLine;
  period: string;
  entries: Array<{ on: string; kind: string; workers: string; domains: string; text: string }>;
}

/** HF-3.3 the record of the ending; for violence, signed by the three who decided jointly (HF-3.3.2). */
export interface EndingRecordData extends Letterhead {
  caseNumber: string;
  person: PersonLine;
  reason: string;
  endsOn: string;
  noticeGivenOn: string | null;
  destination: string;
  note: string | null;
  signers: Array<{ role: string; name: string; confirmedOn: string | null }>;
}

const WORDING = {
  lv: {
    workLog: 'KLIENTA DARBA ŽURNĀLS', workLogHeader: 'Darba žurnāls', period: 'Periods', date: 'Datums', kind: 'Ieraksts', workers: 'Darbinieki',
    domains: 'Dzīves jomas', content: 'Saturs', none: 'Šajā periodā ierakstu nav.',
    ending: 'LIETAS IZBEIGŠANAS AKTS', endingHeader: 'Izbeigšanas akts', reason: 'Izbeigšanas iemesls', endsOn: 'Pakalpojums izbeigts',
    notice: 'Persona paziņoja', destination: 'Kur persona dodas', note: 'Piezīmes', decision: 'Lēmums', signed: 'Apstiprināts',
  },
  en: {
    workLog: 'CLIENT WORK LOG', workLogHeader: 'Work log', period: 'Period', date: 'Date', kind: 'Entry', workers: 'Workers',
    domains: 'Life domains', content: 'Content', none: 'No entries in this period.',
    ending: 'RECORD OF ENDING THE SERVICE', endingHeader: 'Record of ending', reason: 'Reason for ending', endsOn: 'Service ended on',
    notice: 'Notice given on', destination: 'Destination', note: 'Notes', decision: 'Decision', signed: 'Confirmed',
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

export function renderEndingRecord(data: EndingRecordData, language: DocumentLanguage = 'lv'): Promise<Buffer> {
  const w = WORDING[language];
  const text = DOCUMENT_TEXT[language];
  const rows: Array<[string, string]> = [
    [w.reason, data.reason], [w.endsOn, formatDate(data.endsOn)],
    ...(data.noticeGivenOn ? [[w.notice, formatDate(data.noticeGivenOn)] as [string, string]] : []),
    [w.destination, data.destination], ...(data.note ? [[w.note, data.note] as [string, string]] : []),
  ];
  const content: Content[] = [
    ...letterheadBlock(data.organisationName),
    metaLine(`${text.common.documentDate}: ${formatDate(data.endsOn)}`, `${text.common.caseNumber} ${data.caseNumber}`),
    ...titleBlock(w.ending),
    labelledTable(personRows(data.person, text)),
    heading(w.decision),
    labelledTable(rows),
    signatureBlock(data.signers.map((s) => ({ role: s.role, name: s.name, date: s.confirmedOn ? `${w.signed} ${formatDate(s.confirmedOn)}` : null })), text),
  ];
  return renderPdf({ letterhead: data, text, language, title: w.ending, headerTitle: w.endingHeader, reference: data.caseNumber, content });
}

import { formatDate } from '@socrehab/domain';
import type { Content } from 'pdfmake/interfaces';
import { heading, labelledTable, letterheadBlock, metaLine, personRows, renderPdf, signatureBlock, titleBlock } from '../../../modules/documents/documents.layout';
import { DOCUMENT_TEXT } from '../../../modules/documents/documents.text';
import type { DocumentLanguage, Letterhead, PersonLine } from '../../../modules/documents/documents.types';

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
    ending: 'LIETAS IZBEIGŠANAS AKTS', endingHeader: 'Izbeigšanas akts', reason: 'Izbeigšanas iemesls', endsOn: 'Pakalpojums izbeigts',
    notice: 'Persona paziņoja', destination: 'Kur persona dodas', note: 'Piezīmes', decision: 'Lēmums', signed: 'Apstiprināts',
  },
  en: {
    ending: 'RECORD OF ENDING THE SERVICE', endingHeader: 'Record of ending', reason: 'Reason for ending', endsOn: 'Service ended on',
    notice: 'Notice given on', destination: 'Destination', note: 'Notes', decision: 'Decision', signed: 'Confirmed',
  },
} as const;

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

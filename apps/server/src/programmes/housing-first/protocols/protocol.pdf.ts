import { formatDate } from '@socrehab/domain';
import type { Content } from 'pdfmake/interfaces';
import { gridTable, heading, labelledTable, letterheadBlock, metaLine, numberedClauses, paragraph, renderPdf, signatureBlock, titleBlock } from '../../../modules/documents/documents.layout';
import { DOCUMENT_TEXT } from '../../../modules/documents/documents.text';
import type { DocumentLanguage, Letterhead } from '../../../modules/documents/documents.types';

/** HF-3.4.6 a version of an inter-institutional cooperation protocol, as printed for the case file. */
export interface ProtocolData extends Letterhead {
  caseNumber: string;
  clientName: string;
  version: number;
  heldOn: string;
  institutions: string[];
  participants: string[];
  topic: string;
  agreed: string;
  actions: Array<{ what: string; who: string; byDate: string | null }>;
  correctionReason: string | null;
  recordedByName: string | null;
}

const WORDING = {
  lv: {
    title: 'STARPINSTITUCIONĀLĀS SADARBĪBAS PROTOKOLS', header: 'Sadarbības protokols', version: (v: number) => `Versija ${v}`, heldOn: 'Sanāksmes datums',
    client: 'Klients', institutions: 'Iesaistītās institūcijas', participants: 'Dalībnieki', topic: '1. Sanāksmes temats', agreed: '2. Panāktā vienošanās',
    actions: '3. Turpmākās darbības', no: 'Nr.', what: 'Darbība', who: 'Atbildīgais', byDate: 'Termiņš', noActions: 'Turpmākas darbības nav norunātas.',
    correction: 'Labojuma iemesls', recordedBy: 'Protokolēja',
  },
  en: {
    title: 'INTER-INSTITUTIONAL COOPERATION PROTOCOL', header: 'Cooperation protocol', version: (v: number) => `Version ${v}`, heldOn: 'Meeting date',
    client: 'Client', institutions: 'Institutions taking part', participants: 'Participants', topic: '1. Topic', agreed: '2. What was agreed',
    actions: '3. Actions agreed', no: 'No.', what: 'Action', who: 'Responsible', byDate: 'By', noActions: 'No further actions were agreed.',
    correction: 'Reason for the correction', recordedBy: 'Recorded by',
  },
} as const;

export function renderProtocol(data: ProtocolData, language: DocumentLanguage = 'lv'): Promise<Buffer> {
  const w = WORDING[language];
  const text = DOCUMENT_TEXT[language];
  const content: Content[] = [
    ...letterheadBlock(data.organisationName),
    metaLine(`${text.common.documentDate}: ${formatDate(data.heldOn)}`, `${text.common.caseNumber} ${data.caseNumber}`),
    ...titleBlock(w.title, undefined, w.version(data.version)),
    labelledTable([
      [w.heldOn, formatDate(data.heldOn)],
      [w.client, data.clientName],
      [w.institutions, data.institutions.join('; ')],
      ...(data.correctionReason ? [[w.correction, data.correctionReason] as [string, string]] : []),
    ]),
    heading(w.participants),
    numberedClauses(data.participants),
    heading(w.topic),
    paragraph(data.topic),
    heading(w.agreed),
    ...data.agreed.split(/\n\s*\n/).map((p) => paragraph(p.trim())),
    heading(w.actions),
    data.actions.length > 0
      ? gridTable([w.no, w.what, w.who, w.byDate], data.actions.map((a, i) => [`${i + 1}.`, a.what, a.who, formatDate(a.byDate)]), [30, '*', 140, 70])
      : paragraph(w.noActions),
    signatureBlock([{ role: w.recordedBy, name: data.recordedByName, date: data.heldOn }, ...data.participants.slice(0, 6).map((p) => ({ role: p, name: null }))], text),
  ];
  return renderPdf({ letterhead: data, text, language, title: `${w.title} ${formatDate(data.heldOn)}`, headerTitle: w.header, reference: `${text.common.caseNumber} ${data.caseNumber}`, content });
}

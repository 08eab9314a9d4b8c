import type { Content } from 'pdfmake/interfaces';
import { formatDate } from '@socrehab/domain';
import { gridTable, heading, labelledTable, letterheadBlock, metaLine, paragraph, renderPdf, signatureBlock, titleBlock } from '../documents/documents.layout';
import { DOCUMENT_TEXT } from '../documents/documents.text';
import type { DocumentLanguage } from '../documents/documents.types';
import type { DisclosedFile } from './disclosures.usecases';

/**
 * HF-4.4 "the case files are handed over to the funder for keeping, the handover act signed by both
 * sides; the data file is handed over with them" (seed 004 §4.4): the act of handing over the case files
 * and the data file — not the dwelling's handover act (HF-3.1.9) — listing every file with its SHA-256,
 * the parties, the day and a signature line for each side.
 */
export interface CaseFilesHandoverAct {
  language: DocumentLanguage;
  /** The handing-over organisation and the producer. */
  provider: string;
  producedBy: string;
  producedAt: string;
  handedOverOn: string;
  recipient: string;
  legalBasis: string;
  purpose: string;
  programmeName: string;
  caseFiles: number;
  dataRows: number;
  files: readonly DisclosedFile[];
}

const WORDING = {
  lv: {
    title: 'PIEŅEMŠANAS-NODOŠANAS AKTS', header: 'Klientu lietu pieņemšanas-nodošanas akts',
    subtitle: (programme: string) => `par klientu lietu un pakalpojuma saņēmēju datu datnes nodošanu glabāšanā („${programme}”)`,
    handingOver: 'Nodevējs', receiving: 'Pieņēmējs', on: 'Nodošanas datums', basis: 'Tiesiskais pamats', purpose: 'Mērķis',
    counts: 'Nodoto lietu skaits', rows: 'Datu datnes rindu skaits',
    intro: 'Nodevējs nodod un pieņēmējs pieņem turpmāk uzskaitītās datnes. Katras datnes SHA-256 kontrolsumma ļauj pārbaudīt, ka saņemtā datne ir tā pati, kas nodota.',
    files: 'Nodotās datnes', no: 'Nr.', file: 'Datne', size: 'Izmērs, baiti', checksum: 'SHA-256 kontrolsumma',
    signatures: 'Paraksti', handedOver: (who: string) => `Nodeva: ${who}`, received: (who: string) => `Pieņēma: ${who}`,
    produced: (on: string, by: string) => `Sagatavots ${on}, sagatavoja ${by}`,
  },
  en: {
    title: 'HANDOVER ACT', header: 'Case files handover act',
    subtitle: (programme: string) => `on handing over the client case files and the data file for keeping (“${programme}”)`,
    handingOver: 'Handed over by', receiving: 'Received by', on: 'Day of the handover', basis: 'Legal basis', purpose: 'Purpose',
    counts: 'Case files handed over', rows: 'Rows of the data file',
    intro: 'The handing-over party hands over and the receiving party receives the files listed below. Each file’s SHA-256 checksum shows that the file received is the one handed over.',
    files: 'Files handed over', no: 'No.', file: 'File', size: 'Size, bytes', checksum: 'SHA-256 checksum',
    signatures: 'Signatures', handedOver: (who: string) => `Handed over: ${who}`, received: (who: string) => `Received: ${who}`,
    produced: (on: string, by: string) => `Produced ${on} by ${by}`,
  },
} as const;

/** The checksum in four groups of 16 on four lines, so it fits its column and is compared group by group. */
const inGroups = (sha256: string) => sha256.match(/.{1,16}/g)!.join('\n');

export function renderCaseFilesHandoverAct(act: CaseFilesHandoverAct): Promise<Buffer> {
  const w = WORDING[act.language];
  const text = DOCUMENT_TEXT[act.language];
  const content: Content[] = [
    ...letterheadBlock(act.provider),
    metaLine(w.produced(formatDate(act.handedOverOn), act.producedBy)),
    ...titleBlock(w.title, w.subtitle(act.programmeName)),
    labelledTable([
      [w.handingOver, act.provider], [w.receiving, act.recipient], [w.on, formatDate(act.handedOverOn)],
      [w.basis, act.legalBasis], [w.purpose, act.purpose], [w.counts, String(act.caseFiles)], [w.rows, String(act.dataRows)],
    ], 150),
    heading(w.files),
    paragraph(w.intro),
    gridTable([w.no, w.file, w.size, w.checksum], act.files.map((f, i) => [String(i + 1), f.name, String(f.bytes), inGroups(f.sha256)]), [24, '*', 56, 110], [2]),
    heading(w.signatures),
    signatureBlock([{ role: w.handedOver(act.provider) }, { role: w.received(act.recipient) }], text),
  ];
  return renderPdf({
    letterhead: { organisationName: act.provider, printedOn: act.producedAt, printedBy: act.producedBy },
    text, language: act.language, title: w.header, headerTitle: w.header, content,
  });
}

/**
 * The shared look of the printed documents — letterhead, headings, clause lists, tables, signature
 * lines, page footer — and the one place that talks to pdfmake. A4, DejaVu Sans (every Latvian
 * letter), black on white so that copies and faxes stay legible.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Column, Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import { formatDate, formatDateTime, formatPersonalCode } from '@socrehab/domain';
import type { DocumentText } from './documents.text';
import type { Letterhead, PersonLine } from './documents.types';

// pdfmake is a CommonJS singleton; require keeps its real shape under tsx, vitest and node alike. Loaded with
// the first document, not at start (~0.3–0.9 s and its memory; issue 16).
let pdfmake: typeof import('pdfmake');

/** Debian's fonts-dejavu-core (installed by scripts/ensure-system-packages.sh). */
export const DEJAVU_DIR = '/usr/share/fonts/truetype/dejavu';
const DEJAVU_FILES = {
  normal: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italics: 'DejaVuSans-Oblique.ttf',
  bolditalics: 'DejaVuSans-BoldOblique.ttf',
} as const;

const PAGE_WIDTH = 595.28; // A4 in points
const MARGIN_X = 56; // ≈ 2 cm
/** The width between the side margins, for lines and fixed-width columns. */
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
const GREY = '#555555';

let pdfmakeReady = false;
/**
 * Points pdfmake at the four DejaVu faces and allows reading those files only: documents are built
 * from data, with no images or fonts fetched from URLs or elsewhere on the disk. (pdfmake 0.3 on
 * Node resolves fonts as paths; buffers are not accepted there.)
 */
function ensurePdfmakeReady(): void {
  if (pdfmakeReady) return;
  pdfmake = createRequire(import.meta.url)('pdfmake') as typeof import('pdfmake');
  const paths = {
    normal: join(DEJAVU_DIR, DEJAVU_FILES.normal),
    bold: join(DEJAVU_DIR, DEJAVU_FILES.bold),
    italics: join(DEJAVU_DIR, DEJAVU_FILES.italics),
    bolditalics: join(DEJAVU_DIR, DEJAVU_FILES.bolditalics),
  };
  const missing = Object.values(paths).filter((p) => !existsSync(p));
  if (missing.length > 0) {
    throw new Error(
      `documents.fonts_missing: ${missing.join(', ')} not found; run \`bash scripts/ensure-system-packages.sh\` (Debian fonts-dejavu-core)`,
    );
  }
  const allowed = new Set<string>(Object.values(paths));
  pdfmake.setFonts({ DejaVuSans: paths });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  pdfmakeReady = true;
}

/** `printedOn` may be a date or a moment; both print the Latvian way. */
export function formatPrintedOn(value: string): string {
  return /T\d{2}:\d{2}/.test(value) ? formatDateTime(value) : formatDate(value);
}

export interface PageSetup {
  letterhead: Letterhead;
  text: DocumentText;
  language: 'lv' | 'en';
  /** Document title for the PDF metadata and the running header from page 2. */
  title: string;
  /** A shorter title for the running header, when `title` is long. */
  headerTitle?: string;
  /** Shown at the right of the running header (the case number), when the document has one. */
  reference?: string;
  content: Content[];
}

/** Lays out the pages and returns the PDF bytes. */
export async function renderPdf({ letterhead, text, language, title, headerTitle, reference, content }: PageSetup): Promise<Buffer> {
  ensurePdfmakeReady();
  const printed = text.common.printed(formatPrintedOn(letterhead.printedOn), letterhead.printedBy);
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [MARGIN_X, 52, MARGIN_X, 60],
    language: language === 'lv' ? 'lv-LV' : 'en-GB',
    info: { title, author: letterhead.organisationName, subject: title, creator: letterhead.organisationName, producer: 'socrehab' },
    header: (currentPage: number) =>
      currentPage === 1
        ? null
        : {
            margin: [MARGIN_X, 24, MARGIN_X, 0],
            columns: [
              { text: `${letterhead.organisationName} · ${headerTitle ?? title}`, fontSize: 8, color: GREY },
              { text: reference ?? '', fontSize: 8, color: GREY, alignment: 'right', width: 'auto' },
            ],
          },
    footer: (currentPage: number, pageCount: number) => ({
      margin: [MARGIN_X, 14, MARGIN_X, 0],
      stack: [
        { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: '#999999' }] },
        {
          margin: [0, 4, 0, 0],
          columns: [
            { text: printed, fontSize: 8, color: GREY },
            { text: text.common.pageOf(currentPage, pageCount), fontSize: 8, color: GREY, alignment: 'right', width: 'auto' },
          ],
        },
      ],
    }),
    content,
    // A heading in the last few lines of a page moves to the next page with its section.
    pageBreakBefore: (node) => node.headlineLevel === 1 && node.startPosition.verticalRatio > 0.88,
    defaultStyle: { font: 'DejaVuSans', fontSize: 9.5, lineHeight: 1.2 },
    styles: {
      organisation: { fontSize: 13, bold: true, alignment: 'center' },
      title: { fontSize: 15, bold: true, alignment: 'center', characterSpacing: 1 },
      subtitle: { fontSize: 11, alignment: 'center' },
      heading: { fontSize: 10, bold: true, margin: [0, 10, 0, 3] },
      label: { color: GREY },
      caption: { fontSize: 7.5, color: GREY },
    },
  };
  return pdfmake.createPdf(definition).getBuffer();
}

/** Organisation name over a double rule, as on a municipal letterhead blank. */
export function letterheadBlock(organisationName: string): Content[] {
  return [
    { text: organisationName, style: 'organisation' },
    {
      margin: [0, 4, 0, 14],
      canvas: [
        { type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 1.4 },
        { type: 'line', x1: 0, y1: 2.5, x2: CONTENT_WIDTH, y2: 2.5, lineWidth: 0.4 },
      ],
    },
  ];
}

/** A line with one text at the left margin and one at the right (date and number). */
export function metaLine(left: string, right = ''): Content {
  return { columns: [{ text: left }, { text: right, alignment: 'right' }], margin: [0, 0, 0, 14] };
}

export function titleBlock(title: string, subtitle?: string, number?: string): Content[] {
  const out: Content[] = [{ text: title, style: 'title' }];
  if (subtitle) out.push({ text: subtitle, style: 'subtitle', margin: [40, 2, 40, 0] });
  if (number) out.push({ text: number, style: 'subtitle', bold: true, margin: [0, 2, 0, 0] });
  out.push({ text: '', margin: [0, 0, 0, 12] });
  return out;
}

export function heading(text: string): Content {
  return { text, style: 'heading', headlineLevel: 1 };
}

export function paragraph(text: string, extra: Partial<{ bold: boolean; italics: boolean }> = {}): Content {
  return { text, ...extra, alignment: 'justify', margin: [0, 0, 0, 6] };
}

/** Clauses numbered `3.1.`, `3.2.` … (or `1.`, `2.` … without a prefix), hanging indent. */
export function numberedClauses(items: readonly string[], prefix = ''): Content {
  return {
    stack: items.map((item, i) => ({
      columns: [
        { text: `${prefix}${i + 1}.`, width: prefix ? 30 : 18 },
        { text: item, width: '*', alignment: 'justify' },
      ],
      margin: [0, 0, 0, 3],
      unbreakable: true,
    })),
  } as Content;
}

/** Label–value pairs in a ruled two-column table (parties, facts, terms). */
export function labelledTable(rows: ReadonlyArray<readonly [string, string]>, labelWidth = 170): Content {
  return {
    table: {
      widths: [labelWidth, '*'],
      body: rows.map(([label, value]) => [
        { text: label, style: 'label' },
        { text: value, bold: true },
      ]),
    },
    layout: {
      hLineWidth: () => 0.4,
      vLineWidth: () => 0,
      hLineColor: () => '#aaaaaa',
      paddingTop: () => 4,
      paddingBottom: () => 4,
      paddingLeft: () => 2,
      paddingRight: () => 6,
    },
    margin: [0, 0, 0, 10],
  };
}

/** A gridded table with a shaded header row repeated on every page. */
export function gridTable(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string>>, widths: Array<number | string>, alignRight: number[] = []): Content {
  const cell = (text: string, col: number): TableCell => ({ text, alignment: alignRight.includes(col) ? 'right' : 'left' });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [
        headers.map((h, col) => ({ text: h, bold: true, fillColor: '#e6e6e6', fontSize: 9, alignment: alignRight.includes(col) ? 'right' : 'left' })),
        ...rows.map((row) => row.map(cell)),
      ],
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => '#777777',
      vLineColor: () => '#777777',
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    margin: [0, 2, 0, 10],
  };
}

/** The person's identifying lines; missing ones say so rather than leave a gap. */
export function personRows(person: PersonLine, text: DocumentText, withAddress = true): Array<[string, string]> {
  const rows: Array<[string, string]> = [[text.common.fullName, person.fullName]];
  rows.push([text.common.personalCode, person.personalCode ? formatPersonalCode(person.personalCode) : text.common.notStated]);
  if (person.birthDate) rows.push([text.common.birthDate, formatDate(person.birthDate)]);
  if (withAddress) rows.push([text.common.address, person.address ?? text.common.notStated]);
  return rows;
}

export interface Signer {
  role: string;
  /** Pre-printed above the name line; a blank line to fill in by hand when absent. */
  name?: string | null;
  /** Pre-printed above the date line; blank when absent. */
  date?: string | null;
}

/** "Paraksts / Vārds, uzvārds / Datums" lines for each signer, kept together on one page. */
export function signatureBlock(signers: readonly Signer[], text: DocumentText): Content {
  const gap = 18;
  const colWidth = (CONTENT_WIDTH - 2 * gap) / 3;
  const column = (value: string, caption: string): Column => ({
    width: colWidth,
    stack: [
      { text: value || ' ', margin: [0, 18, 0, 2] },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: colWidth, y2: 0, lineWidth: 0.6 }] },
      { text: caption, style: 'caption', margin: [0, 2, 0, 0] },
    ],
  });
  return {
    unbreakable: true,
    margin: [0, 16, 0, 0],
    stack: signers.map((s) => ({
      margin: [0, 0, 0, 10],
      stack: [
        { text: s.role, bold: true },
        {
          columnGap: gap,
          columns: [
            column('', text.common.signature),
            column(s.name ?? '', text.common.fullName),
            column(s.date ? formatDate(s.date) : '', text.common.date),
          ],
        },
      ],
    })),
  } as Content;
}

import { loadExcelJS } from '../../modules/documents/spreadsheet';
import { formatDate, formatEuro } from '@socrehab/domain';
import { translate } from '../../shared/i18n';
import { gridTable, heading, letterheadBlock, paragraph, renderPdf, titleBlock } from '../../modules/documents/documents.layout';
import { DOCUMENT_TEXT } from '../../modules/documents/documents.text';
import type { FsReport } from './report.usecases';

/** The family support report as a PDF (pdfmake, DejaVu) and an Excel workbook (exceljs), Latvian or English. */

type Language = 'lv' | 'en';
const cell = (n: number | null) => (n === null ? '•' : String(n));
const percent = (share: number, language: Language) => `${(share * 100).toLocaleString(language === 'lv' ? 'lv-LV' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} %`;

/** The report's sections as titled tables of [label, value] rows (the same for the PDF and the workbook). */
export function reportSections(report: FsReport, language: Language) {
  const t = (key: string) => translate(language, `fs.report.${key}`);
  const euro = (cents: number) => formatEuro(cents / 100, language);
  const sections: { title: string; headers: string[]; rows: string[][] }[] = [
    {
      title: t('families'), headers: [t('figure'), t('value')], rows: [
        [t('familiesTotal'), cell(report.families.total)], [t('children'), cell(report.families.children)], [t('openFamilies'), cell(report.families.open)],
        [t('inProject'), cell(report.families.inProject)], [t('childrenInProject'), cell(report.families.childrenInProject)],
        [t('continuingAfterProject'), cell(report.families.continuingAfterProject)], [t('openedAfterProject'), cell(report.families.openedAfterProject)],
      ],
    },
    { title: t('centre'), headers: [t('centre'), t('families'), t('children')], rows: report.families.byCentre.map((c) => [c.centre, cell(c.families), cell(c.children)]) },
    {
      title: t('sessions'), headers: [t('figure'), t('groups'), t('groupSessions'), t('attendances')], rows: [
        [translate(language, 'fs.enums.sessionKind.individual'), '', cell(report.sessions.individual), ''],
        [translate(language, 'fs.enums.sessionKind.family'), '', cell(report.sessions.family), ''],
        [translate(language, 'fs.enums.sessionKind.crisis'), '', cell(report.sessions.crisis), ''],
        ...report.sessions.groups.map((g) => [translate(language, `fs.enums.groupKind.${g.kind}`), String(g.groups), String(g.sessions), cell(g.attendances)]),
      ],
    },
    { title: t('conferences'), headers: [t('figure'), t('value')], rows: [[t('started'), cell(report.conferences.started)], [t('held'), cell(report.conferences.held)], [t('reviewed'), cell(report.conferences.reviewed)]] },
    { title: t('mentors'), headers: [t('figure'), t('value')], rows: [[t('matchings'), cell(report.mentors.matchings)], [t('activeMatchings'), cell(report.mentors.active)], [t('mentorsMatched'), cell(report.mentors.mentors)]] },
  ];
  const f = report.finance;
  if (f) {
    sections.push({
      title: `${t('finance')} — ${f.project.code} ${f.project.name}`, headers: [t('figure'), t('value')], rows: [
        [t('period'), `${formatDate(f.project.startsOn)}–${formatDate(f.project.endsOn)}`],
        [t('initialCost'), euro(f.project.initialCostCents)], [t('finalCost'), euro(f.project.finalCostCents)], [`${t('grant')} (${f.project.grantSource})`, euro(f.project.grantCents)],
        [t('grantShare'), percent(f.grantShare, language)], [t('providerShare'), euro(f.providerShareCents)], [t('spentInProject'), euro(f.spentInProjectCents)],
        [t('grantUsed'), euro(f.grantUsedCents)], [t('grantLeft'), euro(f.grantLeftCents)], [t('spentAfterProject'), euro(f.spentAfterProjectCents)],
      ],
    });
  }
  return { title: translate(language, 'fs.report.title', { date: formatDate(report.asOf) }), sections, note: report.view === 'aggregates' ? t('hiddenNote') : null };
}

export async function renderReportPdf(report: FsReport, letterhead: { organisationName: string; printedOn: string; printedBy: string }, language: Language): Promise<Buffer> {
  const { title, sections, note } = reportSections(report, language);
  return renderPdf({
    letterhead, text: DOCUMENT_TEXT[language], language, title,
    content: [
      ...letterheadBlock(letterhead.organisationName),
      ...titleBlock(title),
      ...sections.flatMap((s) => [heading(s.title), gridTable(s.headers, s.rows, ['*', ...s.headers.slice(1).map(() => 80)], s.headers.slice(1).map((_, i) => i + 1)), { text: ' ' }]),
      ...(note ? [paragraph(note, { italics: true })] : []),
    ],
  });
}

export async function renderReportXlsx(report: FsReport, language: Language): Promise<Buffer> {
  const { title, sections, note } = reportSections(report, language);
  const book = new (await loadExcelJS()).Workbook();
  book.creator = 'socrehab';
  const sheet = book.addWorksheet(language === 'lv' ? 'Ģimenes atbalsts' : 'Family support');
  const asNumber = (v: string) => (/^\d+$/.test(v) ? Number(v) : v);
  sheet.addRow([title]).font = { bold: true, size: 13 };
  for (const s of sections) {
    sheet.addRow([]);
    sheet.addRow([s.title]).font = { bold: true };
    sheet.addRow(s.headers).font = { bold: true };
    for (const r of s.rows) sheet.addRow(r.map(asNumber));
  }
  if (note) { sheet.addRow([]); sheet.addRow([note]).font = { italic: true }; }
  sheet.getColumn(1).width = 70;
  for (const c of [2, 3, 4]) sheet.getColumn(c).width = 18;
  return Buffer.from(await book.xlsx.writeBuffer());
}

import { loadExcelJS } from '../../modules/documents/spreadsheet';
import type { TargetGroupReport } from '@socrehab/domain/programmes/individual-programme/index';
import { getMunicipalityByAtvk } from '@socrehab/domain/reference/municipalities';
import { translate } from '../../shared/i18n';
import { gridTable, letterheadBlock, metaLine, paragraph, renderPdf, titleBlock } from '../../modules/documents/documents.layout';
import { DOCUMENT_TEXT } from '../../modules/documents/documents.text';

/** IP-4 the target-group report as a PDF (pdfmake, DejaVu) and as an Excel workbook (exceljs), Latvian or English. */

type Language = 'lv' | 'en';
/** A hidden small cell prints as a bullet, as the footnote explains. */
const cell = (n: number | null) => (n === null ? '•' : String(n));

function tableOf(report: TargetGroupReport, language: Language) {
  const t = (key: string) => translate(language, `ip.report.${key}`);
  const headers = [t('targetGroup'), t('recipients'), t('women'), t('men'), t('adults'), t('children')];
  const rows = report.rows.map((r) => [translate(language, `ip.enums.targetGroup.${r.targetGroup}`), cell(r.total), cell(r.women), cell(r.men), cell(r.adults), cell(r.children)]);
  rows.push([t('total'), cell(report.total), '', '', '', '']);
  const md = report.adultsWithMentalDisorders;
  const summary = [
    [t('adultsWithMentalDisorders'), cell(md.total), cell(md.women), cell(md.men)],
    [t('inFamilyWithChild'), cell(md.inFamilyWithChild), '', ''],
    [t('providers'), cell(report.providers), '', ''],
  ];
  return { headers, rows, summary, title: translate(language, 'ip.report.title', { year: report.year }) };
}

const municipalityName = (atvk: string, language: Language) => {
  const m = getMunicipalityByAtvk(atvk);
  return m ? (language === 'lv' ? m.nameLv : m.nameEn) : atvk;
};

export async function renderTargetGroupReportPdf(report: TargetGroupReport, letterhead: { organisationName: string; printedOn: string; printedBy: string }, language: Language): Promise<Buffer> {
  const { headers, rows, summary, title } = tableOf(report, language);
  const t = (key: string) => translate(language, `ip.report.${key}`);
  return renderPdf({
    letterhead, text: DOCUMENT_TEXT[language], language, title,
    content: [
      ...letterheadBlock(letterhead.organisationName),
      ...titleBlock(title),
      metaLine(`${t('municipality')}: ${municipalityName(report.municipalityAtvk, language)}`),
      gridTable(headers, rows, ['*', 74, 56, 50, 62, 42], [1, 2, 3, 4, 5]),
      { text: ' ' },
      gridTable([t('adultsWithMentalDisorders'), t('recipients'), t('women'), t('men')], summary.slice(0, 2).map((r) => [...r]), ['*', 74, 56, 50], [1, 2, 3]),
      { text: ' ' },
      gridTable([t('providers'), ''], [[summary[2]![0]!, summary[2]![1]!]], ['*', 74], [1]),
      paragraph(report.footnote, { italics: true }),
    ],
  });
}

export async function renderTargetGroupReportXlsx(report: TargetGroupReport, language: Language): Promise<Buffer> {
  const { headers, rows, summary, title } = tableOf(report, language);
  const t = (key: string) => translate(language, `ip.report.${key}`);
  const book = new (await loadExcelJS()).Workbook();
  book.creator = 'socrehab';
  const sheet = book.addWorksheet(language === 'lv' ? 'Mērķa grupas' : 'Target groups');
  const asNumber = (v: string) => (/^\d+$/.test(v) ? Number(v) : v);
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.addRow([`${t('municipality')}: ${municipalityName(report.municipalityAtvk, language)}`]);
  sheet.addRow([]);
  sheet.addRow(headers).font = { bold: true };
  for (const r of rows) sheet.addRow(r.map(asNumber));
  sheet.addRow([]);
  sheet.addRow([t('adultsWithMentalDisorders'), t('recipients'), t('women'), t('men')]).font = { bold: true };
  for (const r of summary) sheet.addRow(r.map(asNumber));
  sheet.addRow([]);
  sheet.addRow([report.footnote]).font = { italic: true };
  sheet.getColumn(1).width = 70;
  for (const c of [2, 3, 4, 5, 6]) sheet.getColumn(c).width = 14;
  return Buffer.from(await book.xlsx.writeBuffer());
}

import { loadExcelJS } from '../../modules/documents/spreadsheet';
import { translate } from '../../shared/i18n';
import { gridTable, letterheadBlock, metaLine, paragraph, renderPdf, titleBlock } from '../../modules/documents/documents.layout';
import { DOCUMENT_TEXT } from '../../modules/documents/documents.text';
import type { UnmetReport } from './individual-budget.reports';

/** IB-5 the report of unmet and interrupted services as a PDF (pdfmake, DejaVu) and as an Excel workbook (exceljs), Latvian or English. */

type Language = 'lv' | 'en';
const number = (n: number | null, language: Language) => (n === null ? '•' : new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'lv-LV', { maximumFractionDigits: 2 }).format(n));
const monthText = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`;

function tableOf(report: UnmetReport, language: Language) {
  const t = (key: string) => translate(language, `ib.report.${key}`);
  const headers = [t('municipality'), t('service'), t('cases'), t('planned'), t('delivered'), t('notCarriedOut'), t('interruptedShortfall'), t('interruptions'), t('interruptedDays'), t('shortage'), t('nearestKm')];
  const rows = report.rows.map((r) => [
    language === 'lv' ? r.municipalityName : r.municipalityNameEn, translate(language, `ib.enums.service.${r.service}`),
    number(r.cases, language), number(r.planned, language), number(r.delivered, language), number(r.notCarriedOut, language), number(r.interruptedShortfall, language),
    number(r.interruptions, language), number(r.interruptedDays, language), r.shortage ? t('yes') : t('no'), r.nearestKm === null ? '' : number(r.nearestKm, language),
  ]);
  return { headers, rows, title: t('title'), subtitle: translate(language, 'ib.report.subtitle', { from: monthText(report.from), to: monthText(report.to) }) };
}

export async function renderUnmetReportPdf(report: UnmetReport, letterhead: { organisationName: string; printedOn: string; printedBy: string }, language: Language): Promise<Buffer> {
  const { title, subtitle } = tableOf(report, language);
  const s = (key: string) => translate(language, `ib.report.short.${key}`);
  const headers = [s('service'), s('cases'), s('planned'), s('delivered'), s('notCarriedOut'), s('interruptedShortfall'), s('interruptions'), s('interruptedDays'), s('shortage'), s('nearestKm')];
  // a portrait page: the municipality and the service share the first column
  const rows = report.rows.map((r) => [
    `${translate(language, `ib.enums.service.${r.service}`)} (${language === 'lv' ? r.municipalityName : r.municipalityNameEn})`,
    number(r.cases, language), number(r.planned, language), number(r.delivered, language), number(r.notCarriedOut, language), number(r.interruptedShortfall, language),
    number(r.interruptions, language), number(r.interruptedDays, language), r.shortage ? translate(language, 'ib.report.yes') : translate(language, 'ib.report.no'), r.nearestKm === null ? '' : number(r.nearestKm, language),
  ]);
  return renderPdf({
    letterhead, text: DOCUMENT_TEXT[language], language, title,
    content: [
      ...letterheadBlock(letterhead.organisationName),
      ...titleBlock(title),
      metaLine(subtitle),
      gridTable(headers, rows, ['*', 32, 40, 42, 48, 52, 50, 34, 42, 28], [1, 2, 3, 4, 5, 6, 7, 9]),
      ...(report.suppressed ? [paragraph(translate(language, 'ib.report.footnoteHidden'), { italics: true })] : []),
    ],
  });
}

export async function renderUnmetReportXlsx(report: UnmetReport, language: Language): Promise<Buffer> {
  const { headers, title, subtitle } = tableOf(report, language);
  const t = (key: string) => translate(language, `ib.report.${key}`);
  const book = new (await loadExcelJS()).Workbook();
  book.creator = 'socrehab';
  const sheet = book.addWorksheet(t('sheet'));
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.addRow([subtitle]);
  sheet.addRow([]);
  sheet.addRow(headers).font = { bold: true };
  const value = (n: number | null) => (n === null ? '•' : n);
  for (const r of report.rows) {
    sheet.addRow([
      language === 'lv' ? r.municipalityName : r.municipalityNameEn, translate(language, `ib.enums.service.${r.service}`), value(r.cases), value(r.planned), value(r.delivered),
      value(r.notCarriedOut), value(r.interruptedShortfall), value(r.interruptions), value(r.interruptedDays), r.shortage ? t('yes') : t('no'), r.nearestKm ?? '',
    ]);
  }
  if (report.suppressed) sheet.addRow([t('footnoteHidden')]).font = { italic: true };
  sheet.getColumn(1).width = 22;
  sheet.getColumn(2).width = 44;
  for (let c = 3; c <= 11; c++) sheet.getColumn(c).width = 16;
  return Buffer.from(await book.xlsx.writeBuffer());
}

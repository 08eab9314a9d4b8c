import { loadExcelJS } from '../../../modules/documents/spreadsheet';
import { formatDate } from '@socrehab/domain';
import { CLIENT_QUESTIONNAIRE_QUESTIONS } from '@socrehab/domain/programmes/housing-first/index';
import type { Letterhead } from '../../../modules/documents/documents.types';
import { gridTable, letterheadBlock, paragraph, renderPdf, titleBlock } from '../../../modules/documents/documents.layout';
import { DOCUMENT_TEXT } from '../../../modules/documents/documents.text';
import { translate } from '../../../shared/i18n';
import type { HfIndicatorsReport, IndicatorFigures, IndicatorGroup, ShownShare } from './indicators.usecases';

/**
 * HF-4.2 the indicator report (A–F) as PDF (pdfmake, DejaVu) and as an Excel workbook (exceljs), Latvian or
 * English: both print the same labelled tables, made from the report once (`indicatorTables`), so the
 * figures, the suppressed cells (•) and the empty ones (—) are the same in both and on the page.
 */

export type ExportLanguage = 'lv' | 'en';

/** A figure as exported: a number of a kind, hidden (a suppressed small cell) or none (nothing to count). */
export type ExportCell = { kind: 'count' | 'days' | 'share' | 'euro'; value: number } | { kind: 'hidden' } | { kind: 'none' } | { kind: 'text'; value: string };
export interface ExportTable { title: string; headers: string[]; rows: Array<{ label: string; cells: ExportCell[] }>; widths: Array<number | string> }

const TEXT = {
  lv: {
    title: 'Rezultatīvie rādītāji',
    programmeName: 'Programma „Mājoklis vispirms”',
    sheet: 'Rādītāji',
    period: (from: string, to: string, asOf: string) => `Periods ${from}–${to}; mājoklī dzīvojošie uz ${asOf}`,
    scope: { provider: 'Organizācijas klienti', municipality: 'Pašvaldības klienti', aggregates: 'Visa programma (apkopoti dati)' },
    programme: 'Programma kopā', indicator: 'Rādītājs', value: 'Vērtība', of: 'No', share: 'Daļa',
    served: 'A. Klienti periodā', capacity: 'no programmas vietām',
    ended: 'B. Klienti, kuru pakalpojums beidzās periodā', meanDays: 'B. Vidējais pakalpojuma ilgums, dienas', medianDays: 'B. Pakalpojuma ilguma mediāna, dienas',
    housed6: 'B i. Mājoklī pēc 6 mēnešiem', housed12: 'B ii. Mājoklī pēc 12 mēnešiem',
    destinations: 'C. Kurp klienti devās pēc pakalpojuma', destination: 'Dzīvesvieta pēc pakalpojuma', clients: 'Klienti', notRecorded: 'Nav norādīta',
    byMunicipality: 'Pa pašvaldībām', municipality: 'Pašvaldība', byProvider: 'Pa pakalpojuma sniedzējiem', provider: 'Pakalpojuma sniedzējs',
    servedShort: 'Klienti periodā', endedShort: 'Beiguši', meanShort: 'Vidēji dienas', medianShort: 'Mediāna, dienas', housed6Short: 'Mājoklī pēc 6 mēn.', housed12Short: 'Mājoklī pēc 12 mēn.',
    suppressed: (limit: number) => `Skaitļi, kas mazāki par ${limit}, un tie, no kuriem tos varētu izrēķināt, nav rādīti (•), lai nevarētu atpazīt personas. „—” — nav ko skaitīt.`,
    none: '„—” — nav ko skaitīt.',
    d: 'D. Ienākumi', outcomeCases: 'Klienti ar anketu pakalpojuma sākumā un beigās', incomeAtStart: 'D. Vidējie ienākumi mēnesī sākumā', incomeAtExit: 'D. Vidējie ienākumi mēnesī beigās',
    incomeIncreased: 'D. Klienti, kuru ienākumi pieauga',
    e: 'E. Pašpietiekamība', workingAtStart: 'E i. Strādā (pilnu vai nepilnu slodzi) pakalpojuma sākumā', workingAtExit: 'E i. Strādā (pilnu vai nepilnu slodzi) pakalpojuma beigās',
    training: 'E ii. Uzsāka prasmju vai kvalifikācijas apguvi', volunteering: 'E iii. Iesaistījās brīvprātīgajā darbā, hobijā vai kopienas aktivitātēs', addictionRehabilitation: 'E iv. Uzsāka rehabilitāciju no atkarībām',
    f: 'F. Krīzes pakalpojumi 6 mēnešos pirms anketas, kopā', measure: 'Krīzes pakalpojums', atStart: 'Sākumā', atExit: 'Beigās',
  },
  en: {
    title: 'Indicators',
    programmeName: 'The Housing First programme',
    sheet: 'Indicators',
    period: (from: string, to: string, asOf: string) => `Period ${from}–${to}; housed as of ${asOf}`,
    scope: { provider: 'The organisation’s clients', municipality: 'The municipality’s clients', aggregates: 'The whole programme (aggregates)' },
    programme: 'The programme', indicator: 'Indicator', value: 'Value', of: 'Of', share: 'Share',
    served: 'A. Clients in the period', capacity: 'of the programme’s places',
    ended: 'B. Clients whose service ended in the period', meanDays: 'B. Mean length of stay, days', medianDays: 'B. Median length of stay, days',
    housed6: 'B i. Housed after 6 months', housed12: 'B ii. Housed after 12 months',
    destinations: 'C. Where clients went after the service', destination: 'Destination after the service', clients: 'Clients', notRecorded: 'Not recorded',
    byMunicipality: 'By municipality', municipality: 'Municipality', byProvider: 'By service provider', provider: 'Service provider',
    servedShort: 'Clients in the period', endedShort: 'Ended', meanShort: 'Mean, days', medianShort: 'Median, days', housed6Short: 'Housed after 6 mo.', housed12Short: 'Housed after 12 mo.',
    suppressed: (limit: number) => `Counts under ${limit}, and those they could be worked out from, are not shown (•), so that no person can be recognised. “—”: nothing to count.`,
    none: '“—”: nothing to count.',
    d: 'D. Income', outcomeCases: 'Clients with a questionnaire at the start and at the exit', incomeAtStart: 'D. Mean monthly income at the start', incomeAtExit: 'D. Mean monthly income at the exit',
    incomeIncreased: 'D. Clients whose income rose',
    e: 'E. Self-sufficiency', workingAtStart: 'E i. Working (full or part time) at the start', workingAtExit: 'E i. Working (full or part time) at the exit',
    training: 'E ii. Started skills or qualification training', volunteering: 'E iii. Took part in volunteering, hobbies or community activities', addictionRehabilitation: 'E iv. Began addiction rehabilitation',
    f: 'F. Crisis services in the 6 months before the questionnaire, in all', measure: 'Crisis service', atStart: 'At the start', atExit: 'At the exit',
  },
} as const;

/** The report's words in a language, for the file names and headings. */
export const exportText = (language: ExportLanguage) => TEXT[language];

/** A count: hidden when the report suppressed it, else none when there is nothing (the same as the page). */
const count = (n: number | null, suppressed: boolean): ExportCell => (n !== null ? { kind: 'count', value: n } : suppressed ? { kind: 'hidden' } : { kind: 'none' });
const days = (n: number | null, shownCases: number | null): ExportCell => (shownCases === null ? { kind: 'hidden' } : n === null ? { kind: 'none' } : { kind: 'days', value: n });
const share = (s: ShownShare, suppressed: boolean): ExportCell =>
  s.share !== null ? { kind: 'share', value: s.share } : suppressed && (s.count === null || s.of === null) ? { kind: 'hidden' } : { kind: 'none' };

/** The labelled tables of the report: the programme's figures, C, and the breakdowns per municipality and provider. */
export function indicatorTables(report: HfIndicatorsReport, language: ExportLanguage): ExportTable[] {
  const t = TEXT[language];
  const s = report.suppressed;
  const p: IndicatorFigures = report.programme;
  const shareRow = (label: string, x: ShownShare) => ({ label, cells: [count(x.count, s), count(x.of, s), share(x, s)] });
  const none: ExportCell = { kind: 'none' };
  const programme: ExportTable = {
    title: t.programme, headers: [t.indicator, t.value, t.of, t.share], widths: ['*', 60, 60, 60],
    rows: [
      { label: t.served, cells: [count(p.served.count, s), report.capacity === null ? none : { kind: 'count', value: report.capacity }, share(p.served, s)] },
      { label: t.ended, cells: [count(p.lengthOfStay.cases, s), none, none] },
      { label: t.meanDays, cells: [days(p.lengthOfStay.meanDays, p.lengthOfStay.cases), none, none] },
      { label: t.medianDays, cells: [days(p.lengthOfStay.medianDays, p.lengthOfStay.cases), none, none] },
      shareRow(t.housed6, p.housedAfter6Months),
      shareRow(t.housed12, p.housedAfter12Months),
    ],
  };
  const destinations: ExportTable = {
    title: t.destinations, headers: [t.destination, t.clients, t.share], widths: ['*', 70, 70],
    rows: p.exitDestinations.map((d) => ({
      label: d.destination === 'not_recorded' ? t.notRecorded : translate(language, `housing.enums.exitDestination.${d.destination}`),
      cells: [count(d.count, s), share(d, s)],
    })),
  };
  const breakdown = (title: string, heading: string, groups: IndicatorGroup[]): ExportTable => ({
    title, headers: [heading, t.servedShort, t.endedShort, t.meanShort, t.medianShort, t.housed6Short, t.housed12Short], widths: ['*', 44, 40, 44, 48, 50, 50],
    rows: groups.map((g) => {
      const x = g.figures;
      return {
        label: language === 'lv' ? g.nameLv : g.nameEn,
        cells: [count(x.served.count, s), count(x.lengthOfStay.cases, s), days(x.lengthOfStay.meanDays, x.lengthOfStay.cases), days(x.lengthOfStay.medianDays, x.lengthOfStay.cases),
          share(x.housedAfter6Months, s), share(x.housedAfter12Months, s)],
      };
    }),
  });
  // D, E, F over the clients with a questionnaire at the start and at the exit; a figure null with some clients is a hidden one
  const o = p.outcomes;
  const fromClients = (n: number | null, kind: 'count' | 'euro'): ExportCell => (o.cases === 0 ? { kind: 'none' } : n === null ? { kind: 'hidden' } : { kind, value: n });
  const outcomes: ExportTable = {
    title: t.d, headers: [t.indicator, t.value, t.of, t.share], widths: ['*', 60, 60, 60],
    rows: [
      { label: t.outcomeCases, cells: [count(o.cases, s), none, none] },
      { label: t.incomeAtStart, cells: [fromClients(o.income.meanAtStart, 'euro'), none, none] },
      { label: t.incomeAtExit, cells: [fromClients(o.income.meanAtExit, 'euro'), none, none] },
      shareRow(t.incomeIncreased, o.income.increased),
    ],
  };
  const selfSufficiency: ExportTable = {
    title: t.e, headers: [t.indicator, t.clients, t.of, t.share], widths: ['*', 60, 60, 60],
    rows: (['workingAtStart', 'workingAtExit', 'training', 'volunteering', 'addictionRehabilitation'] as const).map((key) => shareRow(t[key], o[key])),
  };
  const measureName = (code: string) => CLIENT_QUESTIONNAIRE_QUESTIONS.find((q) => q.code === code)?.names[language] ?? code;
  const crisis: ExportTable = {
    title: t.f, headers: [t.measure, t.atStart, t.atExit], widths: ['*', 70, 70],
    rows: o.crisisServices.map((m) => ({ label: measureName(m.measure), cells: [fromClients(m.atStart, 'count'), fromClients(m.atExit, 'count')] })),
  };
  return [programme, destinations, outcomes, selfSufficiency, crisis, breakdown(t.byMunicipality, t.municipality, report.municipalities), breakdown(t.byProvider, t.provider, report.providers)]
    .filter((table) => table.rows.length > 0);
}

/** A cell as printed: `1 234`, `183,5`, `75,0 %` in Latvian; `1,234`, `183.5`, `75.0%` in English. */
export function printCell(cell: ExportCell, language: ExportLanguage): string {
  const locale = language === 'lv' ? 'lv-LV' : 'en-GB';
  switch (cell.kind) {
    case 'hidden': return '•';
    case 'none': return '—';
    case 'text': return cell.value;
    case 'count': return new Intl.NumberFormat(locale).format(cell.value).replace(/\u00a0/g, ' ');
    case 'days': return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(cell.value).replace(/\u00a0/g, ' ');
    case 'euro': {
      const n = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cell.value).replace(/\u00a0/g, ' ');
      return language === 'lv' ? `${n} €` : `€${n}`;
    }
    case 'share': {
      const n = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(cell.value * 100);
      return language === 'lv' ? `${n} %` : `${n}%`;
    }
  }
}

const periodLine = (report: HfIndicatorsReport, language: ExportLanguage) => TEXT[language].period(formatDate(report.from), formatDate(report.to), formatDate(report.asOf));
const footnote = (report: HfIndicatorsReport, language: ExportLanguage) => (report.suppressed ? TEXT[language].suppressed(report.smallCell) : TEXT[language].none);

export async function renderIndicatorsPdf(report: HfIndicatorsReport, letterhead: Letterhead, language: ExportLanguage): Promise<Buffer> {
  const t = TEXT[language];
  const tables = indicatorTables(report, language);
  return renderPdf({
    letterhead, text: DOCUMENT_TEXT[language], language, title: t.title,
    content: [
      ...letterheadBlock(letterhead.organisationName),
      ...titleBlock(t.title, t.programmeName),
      paragraph(periodLine(report, language)),
      paragraph(t.scope[report.scope]),
      ...tables.flatMap((table) => [
        { text: table.title, style: 'heading', headlineLevel: 1 },
        gridTable(table.headers, table.rows.map((r) => [r.label, ...r.cells.map((c) => printCell(c, language))]), table.widths, table.headers.map((_, i) => i).slice(1)),
      ]),
      paragraph(footnote(report, language), { italics: true }),
    ],
  });
}

/** The same tables on one sheet: numbers as numbers (shares as percentages), a hidden cell as •, none as —. */
export async function renderIndicatorsXlsx(report: HfIndicatorsReport, language: ExportLanguage): Promise<Buffer> {
  const t = TEXT[language];
  const book = new (await loadExcelJS()).Workbook();
  book.creator = 'socrehab';
  const sheet = book.addWorksheet(t.sheet);
  sheet.addRow([`${t.programmeName}: ${t.title.toLowerCase()}`]).font = { bold: true, size: 13 };
  sheet.addRow([periodLine(report, language)]);
  sheet.addRow([t.scope[report.scope]]);
  for (const table of indicatorTables(report, language)) {
    sheet.addRow([]);
    sheet.addRow([table.title]).font = { bold: true, size: 12 };
    sheet.addRow(table.headers).font = { bold: true };
    for (const r of table.rows) {
      const row = sheet.addRow([r.label, ...r.cells.map((c) => (c.kind === 'count' || c.kind === 'days' || c.kind === 'share' || c.kind === 'euro' ? c.value : printCell(c, language)))]);
      r.cells.forEach((c, i) => {
        const target = row.getCell(i + 2);
        if (c.kind === 'share') target.numFmt = '0.0%';
        else if (c.kind === 'days') target.numFmt = '0.0';
        else if (c.kind === 'euro') target.numFmt = '#,##0.00 "€"';
        else target.alignment = { horizontal: 'right' };
      });
    }
  }
  sheet.addRow([]);
  sheet.addRow([footnote(report, language)]).font = { italic: true };
  sheet.getColumn(1).width = 52;
  for (const c of [2, 3, 4, 5, 6, 7]) sheet.getColumn(c).width = 16;
  return Buffer.from(await book.xlsx.writeBuffer());
}

import { loadExcelJS } from '../../modules/documents/spreadsheet';
import { formatDate, formatEuro } from '@socrehab/domain';
import { computeGroupFigure, SPLIT_FIGURES, TARGET_GROUPS, type ForecastVsActual } from '@socrehab/domain/programmes/regional-planning/index';
import { PLANNING_REGIONS } from '@socrehab/domain/reference/municipalities';
import { translate } from '../../shared/i18n';
import { gridTable, heading, letterheadBlock, metaLine, paragraph, renderPdf, titleBlock } from '../../modules/documents/documents.layout';
import { DOCUMENT_TEXT } from '../../modules/documents/documents.text';
import type { getOverview } from './regional-planning.usecases';

/** RP-1 – RP-7 the programme document as a PDF (pdfmake) and its tables as an Excel workbook (exceljs), Latvian or English. Aggregates only. */

type Language = 'lv' | 'en';
export interface ProgrammeExport { overview: Awaited<ReturnType<typeof getOverview>>; forecast: ForecastVsActual[]; regionCode: string }

const num = (n: number | null, language: Language) => (n === null ? '•' : new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'lv-LV').format(n));
const euros = (cents: number | null, language: Language) => (cents === null ? '' : formatEuro(cents / 100, language));

function textOf(x: ProgrammeExport, language: Language) {
  const t = (key: string, params?: Record<string, string | number>) => translate(language, `rp.${key}`, params);
  const { overview } = x;
  const region = PLANNING_REGIONS.find((r) => r.code === x.regionCode);
  const regionName = region ? (language === 'lv' ? region.nameLv : region.nameEn) : x.regionCode;
  const serviceName = (code: string) => overview.services.find((s) => s.code === code)?.names[language] ?? code;
  const muniName = (atvk: string) => { const m = overview.municipalities.find((y) => y.atvk === atvk); return m ? (language === 'lv' ? m.nameLv : m.nameEn) : atvk; };
  const catalogue = { ...overview.catalogue, services: overview.services };
  const cells = [...overview.cells].sort((a, b) => muniName(a.municipalityAtvk).localeCompare(muniName(b.municipalityAtvk), 'lv') || serviceName(a.service).localeCompare(serviceName(b.service), 'lv'));
  return {
    t, regionName, serviceName, muniName, catalogue, cells,
    title: t('doc.title'),
    subtitle: overview.round ? t('doc.subtitle', { region: regionName, round: overview.round.name }) : `${regionName} · ${t('doc.noRound')}`,
    catalogueRows: catalogue.services.map((s) => [s.names[language], t(`enums.lawType.${s.lawType}`), t(`enums.setting.${s.setting}`), s.targetGroups.map((g) => t(`enums.targetGroup.${g}`)).join('; ')]),
    situationRows: cells.map((c) => [muniName(c.municipalityAtvk), serviceName(c.service), num(c.providers, language), num(c.places, language), num(c.clients, language), num(c.waiting, language), num(c.waitingDays, language), euros(c.costCents, language),
      c.source === 'records' ? t('doc.sourceRecords') : t('doc.sourceRound')]),
    modelRows: overview.models.filter((m) => m.stance !== 'not_planned').map((m) => [muniName(m.municipalityAtvk), serviceName(m.service), t(`enums.stance.${m.stance}`), m.reason ?? '']),
    cooperationRows: overview.cooperation.map((a) => [a.name, serviceName(a.service), a.shares.map((s) => `${muniName(s.municipalityAtvk)} ${num(s.costPercent, language)} % / ${num(s.placesPercent, language)} %`).join('; '),
      `${formatDate(a.validFrom)} – ${a.validTo ? formatDate(a.validTo) : ''}`]),
    forecastRows: x.forecast.map((f) => [String(f.year), num(f.forecast, language), num(f.actual, language), f.difference === null ? '' : num(f.difference, language)]),
  };
}

export async function renderProgrammePdf(x: ProgrammeExport, letterhead: { organisationName: string; printedOn: string; printedBy: string }, language: Language): Promise<Buffer> {
  const d = textOf(x, language);
  const { t } = d;
  const gapsBy = x.overview.municipalities.map((m) => [d.muniName(m.atvk), String(x.overview.gaps.filter((g) => g.municipalityAtvk === m.atvk).length), x.overview.gaps.filter((g) => g.municipalityAtvk === m.atvk).map((g) => d.serviceName(g.service)).join(', ')]);
  return renderPdf({
    letterhead, text: DOCUMENT_TEXT[language], language, title: d.title,
    content: [
      ...letterheadBlock(letterhead.organisationName),
      ...titleBlock(d.title),
      metaLine(d.subtitle),
      heading(t('doc.catalogue', { version: d.catalogue.version, from: formatDate(d.catalogue.validFrom) })),
      gridTable([t('doc.service'), t('doc.lawType'), t('doc.setting'), t('doc.targetGroups')], d.catalogueRows, ['*', 90, 70, 120]),
      heading(t('doc.situation')),
      gridTable([t('doc.municipality'), t('doc.service'), t('doc.providers'), t('doc.places'), t('doc.clients'), t('doc.waiting'), t('doc.waitingDays'), t('doc.cost'), t('doc.source')],
        d.situationRows, [70, '*', 36, 32, 34, 30, 40, 52, 50], [2, 3, 4, 5, 6, 7]),
      paragraph(t('doc.hidden'), { italics: true }),
      heading(t('doc.gaps')),
      gridTable([t('doc.municipality'), t('doc.gaps'), t('doc.services')], gapsBy, [90, 40, '*'], [1]),
      heading(t('doc.models')),
      gridTable([t('doc.municipality'), t('doc.service'), t('doc.stance'), t('doc.reason')], d.modelRows, [80, '*', 70, 130]),
      heading(t('doc.cooperation')),
      gridTable([t('doc.cooperation'), t('doc.service'), t('doc.partners'), t('doc.period')], d.cooperationRows, [90, 90, '*', 80]),
      heading(t('doc.forecast')),
      gridTable([t('doc.year'), t('doc.forecastShort'), t('doc.actual'), t('doc.difference')], d.forecastRows, [60, 80, 80, 80], [1, 2, 3]),
    ],
  });
}

export async function renderProgrammeXlsx(x: ProgrammeExport, language: Language): Promise<Buffer> {
  const d = textOf(x, language);
  const { t } = d;
  const book = new (await loadExcelJS()).Workbook();
  book.creator = 'socrehab';
  const sheet = (name: string, title: string, headers: string[], rows: ReadonlyArray<ReadonlyArray<string | number>>, widths: number[]) => {
    const s = book.addWorksheet(name);
    s.addRow([title]).font = { bold: true, size: 13 };
    s.addRow([d.subtitle]);
    s.addRow([]);
    s.addRow(headers).font = { bold: true };
    for (const r of rows) s.addRow([...r]);
    widths.forEach((w, i) => { s.getColumn(i + 1).width = w; });
    return s;
  };
  const value = (n: number | null) => (n === null ? '•' : n);
  sheet(t('doc.sheetCatalogue'), t('doc.catalogue', { version: d.catalogue.version, from: formatDate(d.catalogue.validFrom) }), [t('doc.service'), t('doc.lawType'), t('doc.setting'), t('doc.targetGroups')], d.catalogueRows, [50, 26, 20, 60]);
  const situation = sheet(t('doc.sheetSituation'), t('doc.situation'),
    [t('doc.municipality'), t('doc.service'), t('doc.providers'), t('doc.places'), t('doc.clients'), t('doc.waiting'), t('doc.waitingDays'), t('doc.cost'), t('doc.source')],
    d.cells.map((c) => [d.muniName(c.municipalityAtvk), d.serviceName(c.service), value(c.providers), value(c.places), value(c.clients), value(c.waiting), value(c.waitingDays),
      c.costCents === null ? '' : c.costCents / 100, c.source === 'records' ? t('doc.sourceRecords') : t('doc.sourceRound')]), [22, 50, 12, 10, 10, 10, 16, 14, 20]);
  situation.getColumn(8).numFmt = '#,##0.00 "€"';
  situation.addRow([t('doc.hidden')]).font = { italic: true };
  // RP-7 every figure that adds up, by target group: a cell's split, a single-group service wholly in its group, else "not split"
  const groupValue = (v: number | null | 'not_split') => (v === 'not_split' ? t('doc.notSplit') : value(v));
  const groupRows = d.cells.flatMap((c) => {
    const groups = x.overview.services.find((s) => s.code === c.service)?.targetGroups ?? [];
    return TARGET_GROUPS.filter((g) => groups.includes(g) || SPLIT_FIGURES.some((f) => (c[`${f}ByGroup`][g] ?? 0) > 0))
      .map((g) => [d.muniName(c.municipalityAtvk), d.serviceName(c.service), t(`enums.targetGroup.${g}`), ...SPLIT_FIGURES.map((f) => {
        const v = computeGroupFigure(c, f, g, groups);
        return f === 'costCents' && typeof v === 'number' ? v / 100 : groupValue(v);
      })]);
  });
  const byGroup = sheet(t('doc.sheetGroups'), t('doc.groups'), [t('doc.municipality'), t('doc.service'), t('doc.targetGroup'), t('doc.places'), t('doc.clients'), t('doc.waiting'), t('doc.cost')], groupRows, [22, 50, 44, 10, 10, 10, 14]);
  byGroup.getColumn(7).numFmt = '#,##0.00 "€"';
  byGroup.addRow([t('doc.hidden')]).font = { italic: true };
  sheet(t('doc.sheetModels'), t('doc.models'), [t('doc.municipality'), t('doc.service'), t('doc.stance'), t('doc.reason')], d.modelRows, [22, 50, 20, 60]);
  sheet(t('doc.sheetCooperation'), t('doc.cooperation'), [t('doc.cooperation'), t('doc.service'), t('doc.partners'), t('doc.period')], d.cooperationRows, [30, 40, 70, 26]);
  sheet(t('doc.sheetForecast'), t('doc.forecast'), [t('doc.year'), t('doc.forecastShort'), t('doc.actual'), t('doc.difference')],
    x.forecast.map((f) => [f.year, value(f.forecast), value(f.actual), f.difference ?? '']), [10, 14, 14, 14]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

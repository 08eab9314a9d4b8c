import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../../../modules/documents/spreadsheet';
import { daysBetween } from '@socrehab/domain';
import {
  CLIENT_QUESTIONNAIRE_QUESTIONS, EXIT_DESTINATIONS, computeHousingRetention, questionnairesAtStartAndExit, type ExitDestination, type IndicatorCase, type QuestionnaireRecord,
} from '@socrehab/domain/programmes/housing-first/index';
import { computeCompletionView } from '@socrehab/domain/programmes/housing-first/completion.policies';
import { type Ctx, originOf, today } from '../../../app/context';
import { forbidden, invalidField } from '../../../shared/errors';
import { translate } from '../../../shared/i18n';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import type { ExportLanguage } from './indicators.export';
import * as repo from './completion.repository';

/**
 * HF-4.4 the completion spreadsheet: one row per client whose service ended (the case closed) in the
 * period — cases still open at the period's end have not completed and are not in it — with the
 * indicator data of HF-4.2: municipality, provider, start, move-in, end, length of stay in days, housed
 * 6 and 12 months after moving in (as of `asOf`, the same rule as the report; "—" before the mark),
 * exit destination, and each answer of the client questionnaire (HF-4.3 (2)) at the start and at the exit
 * as the indicators D–F read them (empty where one is missing). The managers who hold the cases get them by
 * case number (`computeCompletionView`), never with a name or a personal code. Written by exceljs's streaming writer
 * from pages of rows read by keyset, so memory does not grow with the number of clients.
 */

/** Rows per database page: big enough to keep round trips few, small enough to keep memory flat. */
export const COMPLETION_PAGE = 2_000;

const TEXT = {
  lv: {
    sheet: 'Pabeigtie', number: 'Lietas numurs', municipality: 'Pašvaldība', provider: 'Pakalpojuma sniedzējs', startedOn: 'Pakalpojuma sākums',
    movedInOn: 'Ievākšanās', endedOn: 'Pakalpojuma beigas', days: 'Ilgums, dienas', housed6: 'Mājoklī pēc 6 mēnešiem', housed12: 'Mājoklī pēc 12 mēnešiem',
    destination: 'Dzīvesvieta pēc pakalpojuma', yes: 'Jā', no: 'Nē', notReached: '—', notRecorded: 'Nav norādīta', atStart: 'sākumā', atExit: 'beigās',
  },
  en: {
    sheet: 'Completed', number: 'Case number', municipality: 'Municipality', provider: 'Service provider', startedOn: 'Service began',
    movedInOn: 'Moved in', endedOn: 'Service ended', days: 'Length of stay, days', housed6: 'Housed after 6 months', housed12: 'Housed after 12 months',
    destination: 'Destination after the service', yes: 'Yes', no: 'No', notReached: '—', notRecorded: 'Not recorded', atStart: 'at the start', atExit: 'at the exit',
  },
} as const;

export interface CompletionInput { from?: string | undefined; to?: string | undefined; asOf?: string | undefined }

/**
 * Checks the access and the period, audits the export, and returns the workbook as a stream that is
 * written while it is read (the rows follow page by page as the reader takes them).
 */
export async function openCompletionSpreadsheet(input: CompletionInput, ctx: Ctx, language: ExportLanguage, pageSize = COMPLETION_PAGE): Promise<{ from: string; to: string; stream: Readable }> {
  const view = computeCompletionView(ctx.actor);
  if (view.kind === 'none') throw forbidden();
  const day = today(ctx);
  const from = input.from ?? `${day.slice(0, 4)}-01-01`, to = input.to ?? `${day.slice(0, 4)}-12-31`, asOf = input.asOf ?? day;
  if (from > to) throw invalidField('to', 'housing.errors.periodToBeforeFrom');
  const scope: repo.CompletionScope = view.kind === 'provider' ? { organisationId: view.organisationId } : { municipalityAtvk: view.municipalityAtvk };
  await appendAuditEvent(ctx.db, originOf(ctx), {
    action: 'export', entityType: 'indicator_report', entityId: null, personId: null,
    changes: { report: 'hf_completion', format: 'xlsx', from, to, asOf, scope: view.kind },
  }, ctx.now());

  const stream = new PassThrough();
  writeRows(ctx, scope, { from, to }, asOf, language, stream, pageSize).catch((error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error))));
  return { from, to, stream };
}

/**
 * Waits for the writer to catch up before the next page: the reader sets the pace (`out` drained), and
 * the zip's deflate, which exceljs's worksheet stream writes into without waiting, holds at most ~1 MB.
 */
async function caughtUp(sheet: ExcelJS.Worksheet, out: PassThrough) {
  const entry = (sheet as unknown as { _stream?: { pipes?: Array<{ _writableState?: { length: number }; _readableState?: { length: number } }> } })._stream?.pipes?.[0];
  const pending = () => (entry?._writableState?.length ?? 0) + (entry?._readableState?.length ?? 0);
  while (pending() > 1 << 20) await new Promise((resolve) => setTimeout(resolve, 2));
  if (out.writableNeedDrain) await once(out, 'drain');
}

async function writeRows(ctx: Ctx, scope: repo.CompletionScope, period: { from: string; to: string }, asOf: string, language: ExportLanguage, out: PassThrough, pageSize: number) {
  const t = TEXT[language];
  const book = new (await loadExcelJS()).stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  book.creator = 'socrehab';
  const sheet = book.addWorksheet(t.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: t.number, width: 16 }, { header: t.municipality, width: 22 }, { header: t.provider, width: 30 },
    { header: t.startedOn, width: 14 }, { header: t.movedInOn, width: 14 },
    { header: t.endedOn, width: 14 }, { header: t.days, width: 12 },
    { header: t.housed6, width: 14 }, { header: t.housed12, width: 14 }, { header: t.destination, width: 28 },
    ...CLIENT_QUESTIONNAIRE_QUESTIONS.flatMap((q) => [{ header: `${q.names[language]} — ${t.atStart}`, width: 18 }, { header: `${q.names[language]} — ${t.atExit}`, width: 18 }]),
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  // One style object per kind of cell, shared by every row: exceljs gives each new cell a style object of its
  // own and renders it to XML to find its style id, which for 100 000 rows cost seconds; a shared object is
  // looked up by identity (its WeakMap) instead.
  const DATE_STYLE: Partial<ExcelJS.Style> = { numFmt: 'dd.mm.yyyy' }, PLAIN_STYLE: Partial<ExcelJS.Style> = {};
  const DATE_COLUMNS = new Set([4, 5, 6]);
  const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
  const housed = (fact: IndicatorCase, months: number) => {
    const r = computeHousingRetention([fact], months, asOf); // HF-4.2 B i, ii for one client: of 0 — the mark not reached
    return r.of === 0 ? t.notReached : r.count === 1 ? t.yes : t.no;
  };
  /** Each question's answer at the start and at the exit: numbers as numbers, yes/no and choices in words (no cells without either). */
  const answers = ({ start, exit }: { start: QuestionnaireRecord | null; exit: QuestionnaireRecord | null }) => (!start && !exit ? [] : CLIENT_QUESTIONNAIRE_QUESTIONS.flatMap((q) => [start, exit].map((record) => {
    const value = record?.answers[q.code];
    if (value === undefined || value === null) return undefined; // no cell at all (exceljs writes an empty one for null)
    if (typeof value === 'boolean') return value ? t.yes : t.no;
    if (q.type === 'choice') return q.options.find((o) => o.code === value)?.names[language] ?? String(value);
    return typeof value === 'number' ? value : String(value);
  })));
  // each exit destination's name translated once, not once a row
  const destinationName = new Map(EXIT_DESTINATIONS.map((d) => [d as string, translate(language, `housing.enums.exitDestination.${d}`)]));
  let after: string | null = null;
  for (;;) {
    const page = await repo.findCompletedCasesPage(ctx.db, scope, period, after, pageSize);
    const questionnaires = new Map<string, QuestionnaireRecord[]>();
    for (const q of await repo.findQuestionnairesOf(ctx.db, page.map((c) => c.caseId))) {
      questionnaires.set(q.caseId!, [...(questionnaires.get(q.caseId!) ?? []), { recordedOn: q.recordedOn, answers: (q.answers ?? {}) as Record<string, unknown> }]);
    }
    for (const c of page) {
      const startedOn = c.serviceBeganOn ?? c.openedOn;
      const fact: IndicatorCase = { caseId: c.caseId, startedOn, movedInOn: c.movedInOn, endedOn: c.closedOn, exitDestination: (c.destination as ExitDestination | null) ?? null };
      const row = sheet.addRow([
        c.caseNumber ?? '',
        (language === 'lv' ? c.municipalityNameLv : c.municipalityNameEn) ?? c.municipalityAtvk, c.providerName ?? '',
        asDate(startedOn), asDate(c.movedInOn), asDate(c.closedOn), daysBetween(startedOn, c.closedOn!),
        housed(fact, 6), housed(fact, 12),
        c.destination ? destinationName.get(c.destination) ?? c.destination : t.notRecorded,
        ...answers(questionnairesAtStartAndExit({ caseId: c.caseId, startedOn, endedOn: c.closedOn, questionnaires: questionnaires.get(c.caseId) ?? [] }, asOf)),
      ]);
      row.eachCell((cell, column) => { cell.style = DATE_COLUMNS.has(column) ? DATE_STYLE : PLAIN_STYLE; });
      row.commit();
    }
    if (page.length < pageSize) break;
    after = page[page.length - 1]!.caseId;
    await caughtUp(sheet, out);
  }
  sheet.commit();
  await book.commit();
}

import { loadExcelJS } from '../../../modules/documents/spreadsheet';
import { zipSync } from 'fflate';
import { anonymise, DEFAULT_K, type Anonymised } from '@socrehab/domain/core/k-anonymity';
import { type ExitDestination, housingFirstProgramme, questionnairesAtStartAndExit } from '@socrehab/domain/programmes/housing-first/index';
import {
  canDiscloseHousingFirstData, type FundersHandoverInput, RESEARCH_GENERALISATIONS, RESEARCH_QUASI_IDENTIFIERS, type ResearchExtractInput, type ResearchRow, researchRowOf,
} from '@socrehab/domain/programmes/housing-first/research.rules';
import { type Ctx, originOf, today } from '../../../app/context';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { forbidden, invalidField } from '../../../shared/errors';
import { getOrganisation, getUser } from '../../../modules/cases/cases.repository';
import type { DocumentLanguage } from '../../../modules/documents/documents.types';
import { fileOf, recordDisclosure } from '../../../modules/disclosures/disclosures.usecases';
import { renderCaseFilesHandoverAct } from '../../../modules/disclosures/handover-act.pdf';
import { PackageWriter, safeFileName } from '../../../modules/disclosures/package-writer';
import { pseudonymOf, resolveResearchPseudonymKey } from '../../../modules/disclosures/pseudonyms';
import { readPersonExtract } from '../../../modules/subject-access/subject-access.usecases';
import { renderPersonExtract } from '../../../modules/subject-access/subject-access.pdf';
import { findClientQuestionnaires, findFinalEndings, findFirstMoveIns } from '../indicators/indicators.repository';
import { openCompletionSpreadsheet } from '../indicators/completion.usecases';
import { housingFirstPersonExtract } from '../subject-access/extract';
import { findCasesToDisclose, findScoresOfCases } from './research.repository';

/**
 * HF-4.4 (seed 004 §4.4) "research uses pseudonymised data, passed by the provider to the responsible
 * experts" and "at the end the case files are handed over to the funder with a signed handover act, and
 * with them the data file": the provider's manager produces both for the organisation's cases, for a named
 * recipient on a legal basis and for a purpose; each is recorded in the register of disclosures and audited.
 */

const PROGRAMME = housingFirstProgramme.code;

async function researchRowsOf(ctx: Ctx, onlyEnded: boolean) {
  const organisationId = ctx.actor.organisationId;
  const found = await findCasesToDisclose(ctx.db, organisationId, onlyEnded);
  const moved = new Map((await findFirstMoveIns(ctx.db, { organisationId })).map((m) => [m.caseId, m.movedInOn]));
  const endings = new Map((await findFinalEndings(ctx.db, { organisationId })).map((e) => [e.caseId, e.destination as ExitDestination]));
  const scores = new Map<string, Record<string, { first: number | null; last: number | null }>>();
  for (const s of await findScoresOfCases(ctx.db, found.map((c) => c.caseId))) {
    const ofCase = scores.get(s.caseId!) ?? {};
    ofCase[s.instrument] = { first: ofCase[s.instrument]?.first ?? s.score, last: s.score };
    scores.set(s.caseId!, ofCase);
  }
  const questionnaires = new Map<string, Array<{ recordedOn: string; answers: Readonly<Record<string, unknown>> }>>();
  for (const q of await findClientQuestionnaires(ctx.db, { organisationId })) {
    questionnaires.set(q.caseId, [...(questionnaires.get(q.caseId) ?? []), { recordedOn: q.recordedOn, answers: q.answers as Readonly<Record<string, unknown>> }]);
  }
  const key = resolveResearchPseudonymKey(ctx.config);
  const asOf = today(ctx);
  const questionnaireOf = (caseId: string, startedOn: string, endedOn: string | null) => {
    const { start, exit } = questionnairesAtStartAndExit({ caseId, startedOn, endedOn, questionnaires: questionnaires.get(caseId) ?? [] }, asOf);
    return { start: start?.answers ?? null, exit: exit?.answers ?? null };
  };
  return found.map((c) => researchRowOf({
    caseId: c.caseId, pseudonym: pseudonymOf(key, c.personId), birthDate: c.birthDate, gender: c.gender, municipality: c.municipality ?? c.municipalityAtvk,
    startedOn: c.serviceBeganOn ?? c.openedOn, movedInOn: moved.get(c.caseId) ?? null, endedOn: c.closedOn,
    exitDestination: c.closedOn ? endings.get(c.caseId) ?? null : null, scores: scores.get(c.caseId) ?? {},
    questionnaire: questionnaireOf(c.caseId, c.serviceBeganOn ?? c.openedOn, c.closedOn),
  }, asOf));
}

/** The columns in a fixed order: the row's own, then each instrument's first and last score. */
function columnsOf(rows: readonly ResearchRow[]): string[] {
  const fixed = ['pseudonym', 'ageBand', 'gender', 'municipality', 'startMonth', 'endMonth', 'lengthOfStayMonths', 'exitDestination', 'housedAt6Months', 'housedAt12Months'];
  const scores = [...new Set(rows.flatMap((r) => Object.keys(r).filter((k) => !fixed.includes(k))))].sort();
  return [...fixed, ...scores];
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  // a cell a spreadsheet would take for a formula is quoted with a leading apostrophe (CSV injection)
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function researchCsv(rows: readonly ResearchRow[], columns: readonly string[] = columnsOf(rows)): Uint8Array {
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))];
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

async function rowsXlsx(sheet: string, columns: readonly string[], rows: ReadonlyArray<Record<string, unknown>>): Promise<Uint8Array> {
  const workbook = new (await loadExcelJS()).Workbook();
  const ws = workbook.addWorksheet(sheet);
  ws.addRow([...columns]).font = { bold: true };
  for (const r of rows) ws.addRow(columns.map((c) => r[c] ?? null));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The report that goes with the extract: how the pseudonyms are made, and the k-anonymity check before and after. */
function reportOf(input: ResearchExtractInput, anonymised: Anonymised<ResearchRow>, producedOn: string) {
  return {
    producedOn, recipient: input.recipient, legalBasis: input.legalBasis, purpose: input.purpose, cases: input.cases,
    pseudonym: 'HMAC-SHA-256 of the person’s identifier with a key kept by the provider and never disclosed; the same person has the same pseudonym in every extract',
    excluded: 'names, personal codes, addresses, phones, e-mails, free text; the birth date as an age band at the start, dates as months',
    kAnonymity: {
      k: DEFAULT_K, quasiIdentifiers: RESEARCH_QUASI_IDENTIFIERS, method: 'generalise in a fixed order, then suppress what is still below k',
      before: anonymised.before, generalised: anonymised.generalised, suppressedRows: anonymised.suppressedRows, after: anonymised.after,
    },
  };
}

/**
 * HF-4.4 the research extract: a ZIP of the data (CSV or XLSX) and the k-anonymity report (JSON), the
 * rows made k-anonymous over the quasi-identifiers. Recorded in the register with both files' checksums.
 */
export async function produceResearchExtract(ctx: Ctx, input: ResearchExtractInput) {
  if (!canDiscloseHousingFirstData(ctx.actor)) throw forbidden();
  const rows = await researchRowsOf(ctx, input.cases === 'ended');
  const anonymised = anonymise(rows, RESEARCH_QUASI_IDENTIFIERS, RESEARCH_GENERALISATIONS);
  const producedOn = today(ctx);
  const columns = columnsOf(rows);
  const data = input.format === 'xlsx'
    ? await rowsXlsx('research', columns, anonymised.rows)
    : researchCsv(anonymised.rows, columns);
  const dataName = `research-extract-${producedOn}.${input.format}`;
  const report = reportOf(input, anonymised, producedOn);
  const reportBytes = new TextEncoder().encode(`${JSON.stringify(report, null, 2)}\n`);
  const files = [fileOf(dataName, data), fileOf('k-anonymity-report.json', reportBytes)];
  const disclosure = await ctx.db.transaction((tx) => recordDisclosure(tx, ctx, {
    programme: PROGRAMME, kind: 'research_extract', recipient: input.recipient, legalBasis: input.legalBasis, purpose: input.purpose,
    dataRows: anonymised.rows.length, caseFiles: 0, files,
    report: { k: DEFAULT_K, smallestClass: anonymised.after.smallestClass, generalised: anonymised.generalised.map((g) => g.name), suppressedRows: anonymised.suppressedRows, format: input.format },
  }));
  const zip = zipSync({ [dataName]: data, 'k-anonymity-report.json': reportBytes });
  return { disclosureId: disclosure.id, fileName: `research-extract-${producedOn}.zip`, zip };
}

/**
 * HF-4.4 the handover package to the funder: a ZIP of each selected case's file (PDF), the data file (one
 * row per case, by case number) and the handover act (PDF) listing every file with its SHA-256, the parties,
 * the day and both sides' signature lines. Written to a temporary file one case at a time; recorded in the
 * register with the act's own checksum and audited ('handover') in the one transaction that reads the cases.
 */
export async function produceFundersHandover(ctx: Ctx, input: FundersHandoverInput, language: DocumentLanguage) {
  if (!canDiscloseHousingFirstData(ctx.actor)) throw forbidden();
  const found = await findCasesToDisclose(ctx.db, ctx.actor.organisationId, input.cases === 'ended');
  if (found.length === 0) throw invalidField('cases', 'housing.errors.noCasesToHandOver');
  const completed = found.filter((c) => c.closedOn !== null && c.closedOn <= today(ctx)).length;
  const writer = new PackageWriter();
  try {
    const producedAt = ctx.now();
    const handedOverOn = today(ctx);
    const programmes = [{ definition: housingFirstProgramme, personExtract: housingFirstPersonExtract }];
    const [me, organisation] = [await getUser(ctx.db, ctx.actor.userId), await getOrganisation(ctx.db, ctx.actor.organisationId)];
    // HF-4.4 the data file: the completion spreadsheet, one row per client whose service ended (by case number),
    // read before the transaction: it reads and audits on its own connection (and the embedded database has one)
    const firstEnd = found.map((c) => c.closedOn).filter((d): d is string => d !== null).sort()[0] ?? handedOverOn;
    const completion = await openCompletionSpreadsheet({ from: firstEnd < handedOverOn ? firstEnd : handedOverOn, to: handedOverOn, asOf: handedOverOn }, ctx, language);
    await writer.addStream(`data/completed-clients-${handedOverOn}.xlsx`, completion.stream);
    const disclosure = await ctx.db.transaction(async (tx) => {
      const used = new Set<string>();
      for (const [i, c] of found.entries()) {
        const extract = await readPersonExtract(tx, ctx, c.personId, language, programmes, { audit: false, caseId: c.caseId });
        let name = safeFileName(c.caseNumber ?? `case-${i + 1}`);
        if (used.has(name)) name = `${name}-${i + 1}`;
        used.add(name);
        writer.add(`case-files/${name}.pdf`, await renderPersonExtract(extract, 'case_file'));
      }
      const act = await renderCaseFilesHandoverAct({
        language, provider: organisation.name, producedBy: me?.displayName ?? '', producedAt: producedAt.toISOString(), handedOverOn,
        recipient: input.recipient, legalBasis: input.legalBasis, purpose: input.purpose, programmeName: housingFirstProgramme.names[language],
        caseFiles: found.length, dataRows: completed, files: [...writer.files],
      });
      const actFile = writer.add(`handover-act-${handedOverOn}.pdf`, act);
      const recorded = await recordDisclosure(tx, ctx, {
        programme: PROGRAMME, kind: 'funder_handover', recipient: input.recipient, legalBasis: input.legalBasis, purpose: input.purpose,
        dataRows: completed, caseFiles: found.length, files: [...writer.files], actSha256: actFile.sha256,
      });
      // each person's own trail shows that their case file was handed over, and to whom (GDPR Art. 15)
      for (const c of found) {
        await appendAuditEvent(tx, originOf(ctx), {
          action: 'handover', entityType: 'case', entityId: c.caseId, personId: c.personId, changes: { disclosureId: recorded.id, recipient: input.recipient },
        }, producedAt);
      }
      return recorded;
    });
    const path = await writer.finish();
    return { disclosureId: disclosure.id, fileName: `handover-${handedOverOn}.zip`, path, dispose: () => writer.dispose() };
  } catch (error) {
    writer.dispose();
    throw error;
  }
}


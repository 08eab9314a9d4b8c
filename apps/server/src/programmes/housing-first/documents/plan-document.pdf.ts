/**
 * HF-3.4.4 the individual social rehabilitation plan, printed for the person's signature: a pure
 * renderer (data in, PDF bytes out) like documents.pdf.ts. Its wording is the `housing.planDocument`
 * messages, so the server's errors and the printed plan share one translation.
 */
import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { formatDate } from '@socrehab/domain';
import { LIFE_DOMAINS } from '@socrehab/domain/programmes/housing-first/index';
import { housingFirstEn } from '@socrehab/domain/programmes/housing-first/i18n/housing-first.en';
import { housingFirstLv } from '@socrehab/domain/programmes/housing-first/i18n/housing-first.lv';
import type { PlanGoalView } from '@socrehab/domain/programmes/housing-first/plan-responses.schemas';
import { CONTENT_WIDTH, gridTable, heading, labelledTable, letterheadBlock, metaLine, paragraph, personRows, renderPdf, signatureBlock, titleBlock } from '../../../modules/documents/documents.layout';
import { DOCUMENT_TEXT } from '../../../modules/documents/documents.text';
import type { DocumentLanguage, Letterhead, PersonLine } from '../../../modules/documents/documents.types';

export interface PlanDocumentData extends Letterhead {
  caseNumber: string;
  person: PersonLine;
  version: number;
  startedOn: string;
  endedOn: string | null;
  /** Whether this is the version in force (the newest). */
  current: boolean;
  recordedByName: string | null;
  /** The social worker who signs with the person; a blank line when absent. */
  socialWorkerName: string | null;
  goals: readonly PlanGoalView[];
  /** HF-3.2.5 the reviews of this version, oldest first. */
  reviews: ReadonlyArray<{ reviewedOn: string; note: string; recordedByName: string | null }>;
}

const MESSAGES = { lv: housingFirstLv, en: housingFirstEn } as const;
const DASH = '—';

/** The shared grid in a smaller type: seven HF-3.4.4 columns across a portrait page. */
function compactTable(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string>>, widths: Array<number | string>): Content {
  const table = gridTable(headers, rows, widths) as ContentTable;
  const [head, ...body] = table.table.body;
  return { ...table, fontSize: 8, table: { ...table.table, body: [head!.map((cell) => ({ ...(cell as object), fontSize: 7.5 }) as TableCell), ...body] } };
}

export function renderPlanDocument(data: PlanDocumentData, language: DocumentLanguage = 'lv'): Promise<Buffer> {
  const text = DOCUMENT_TEXT[language];
  const { planDocument: p, enums } = MESSAGES[language];
  const version = p.version.replace('{{version}}', String(data.version));
  const facts: Array<[string, string]> = [
    ...personRows(data.person, text, false),
    [text.common.caseNumber, data.caseNumber],
    [p.provider, data.organisationName],
    [p.planVersion, data.current ? `${data.version} (${p.inForce})` : String(data.version)],
    [p.startedOn, formatDate(data.startedOn)],
    ...(data.endedOn ? [[p.endedOn, formatDate(data.endedOn)] as [string, string]] : []),
    ...(data.recordedByName ? [[p.drawnUpBy, data.recordedByName] as [string, string]] : []),
  ];

  const goalRow = (g: PlanGoalView, i: number) => [
    `${i + 1}.`,
    `${p.term[g.term]}:\n${g.goal}`,
    g.problem ?? DASH,
    g.tasks ?? DASH,
    g.deadline ? formatDate(g.deadline) : DASH,
    g.responsibleName ?? DASH,
    [p.status[g.status], g.reviewOn ? `${p.plannedReview}: ${formatDate(g.reviewOn)}` : null, g.result ? `${p.result}: ${g.result}` : null].filter(Boolean).join('\n'),
  ];
  // long-term goals first within a domain, as the plan reads from the aim to the next steps
  const byDomain = LIFE_DOMAINS
    .map((domain) => ({ domain, goals: data.goals.filter((g) => g.domain === domain).sort((a, b) => (a.term === b.term ? 0 : a.term === 'long' ? -1 : 1)) }))
    .filter((d) => d.goals.length > 0);

  const content: Content[] = [
    ...letterheadBlock(data.organisationName),
    metaLine(`${text.common.documentDate}: ${formatDate(data.startedOn)}`, `${text.common.caseNumber} ${data.caseNumber}`),
    ...titleBlock(p.title, version),
    labelledTable(facts),
    paragraph(p.intro, { italics: true }),
    heading(p.goalsHeading),
    ...byDomain.flatMap(({ domain, goals }) => [
      { text: enums.lifeDomain[domain], bold: true, margin: [0, 6, 0, 0] } as Content,
      compactTable([p.no, p.goal, p.problem, p.tasks, p.deadline, p.responsible, p.completion], goals.map(goalRow), [14, '*', '*', '*', 46, 58, 92]),
    ]),
    heading(p.reviewsHeading),
    data.reviews.length > 0
      ? gridTable([p.reviewedOn, p.reviewNote, p.reviewedBy], data.reviews.map((r) => [formatDate(r.reviewedOn), r.note, r.recordedByName ?? DASH]), [64, '*', 110])
      : paragraph(p.noReviews, { italics: true }),
    {
      unbreakable: true,
      stack: [
        { text: p.evaluationHeading, style: 'heading' },
        { canvas: [14, 34, 54].map((y) => ({ type: 'line' as const, x1: 0, y1: y, x2: CONTENT_WIDTH, y2: y, lineWidth: 0.4, lineColor: '#888888' })) },
      ],
    },
    heading(p.signaturesHeading),
    signatureBlock([
      { role: p.client, name: data.person.fullName },
      { role: p.socialWorker, name: data.socialWorkerName },
    ], text),
  ];
  return renderPdf({
    letterhead: data, text, language, title: `${p.title} — ${version}`, headerTitle: p.headerTitle,
    reference: `${text.common.caseNumber} ${data.caseNumber}`, content,
  });
}
